"""A Latin AM/PM after a clock time (2021-4-27 10:06 PM: a Taiwan news site's time stamp in the
fourteenth held-out set), tested by property: the reading is known by construction."""
from __future__ import annotations

from hypothesis import given, strategies as st

from analysis.engine.figures import extract

MARKS = st.sampled_from((("PM", "pm"), ("p.m.", "pm"), ("AM", "am"), ("a.m.", "am")))


def _hour24(h: int, half: str) -> int:
    return h % 12 + (12 if half == "pm" else 0)


@given(st.integers(1, 12), st.integers(0, 59), MARKS, st.sampled_from(("", " ")), st.booleans())
def test_a_meridiem_sets_the_half_of_the_day(h, mi, mark, space, dated):
    """A PM time is at or after 12:00, an AM time before it; with a date, one datetime."""
    word, half = mark
    date = "2021-4-27 " if dated else "會議於"
    figs = [f for f in extract(f"{date}{h}:{mi:02d}{space}{word} 開始")]
    want = f"{_hour24(h, half):02d}:{mi:02d}"
    assert len(figs) == 1 and figs[0].text.endswith(word)
    value = figs[0].value
    assert value == (f"2021-04-27T{want}:00" if dated else want)
    hour = int(value[-8:-6] if dated else value[:2])
    assert (hour >= 12) == (half == "pm")


@given(st.integers(13, 23), st.integers(0, 59), MARKS)
def test_an_hour_past_twelve_keeps_pm_and_disagrees_with_am(h, mi, mark):
    """20:54 pm (a Taiwan news site's time stamp) is 20:54; 20:54 AM disagrees: nothing is read
    rather than a guess."""
    word, half = mark
    got = [f.value for f in extract(f"2021-4-27 {h}:{mi:02d} {word} 開始")]
    assert got == ([f"2021-04-27T{h:02d}:{mi:02d}:00"] if half == "pm" else [])


def test_a_latin_word_starting_with_pm_is_no_meridiem():
    assert [f.value for f in extract("会议于9:30 PMC会场召开")] == ["09:30"]
