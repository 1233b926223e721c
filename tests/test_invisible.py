"""Invisible and odd characters inside a number: the number is read whole or not at all, never
a part of it (issue 23, item 7). Cases are generated, so the right value is known by
construction: a number, a character put between two of its digits, a measure word."""
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from analysis.engine import clean, explain, extract
from analysis.engine._chars import FORMAT_CHARS, FORMAT_RANGES, OTHER_SPACES

#: Characters a page shows as nothing: reading goes through them.
INVISIBLE = st.sampled_from(FORMAT_CHARS)
#: Characters a page shows as a gap or a mark: the number is not read.
BREAKING = st.sampled_from(OTHER_SPACES + " \u0301\u0308\ufe0f\u20e3😀©\ue000\U0001f600")
FRAMES = st.sampled_from([("破获案件", "起"), ("抓获犯罪嫌疑人", "名"), ("涉案金额", "万元"),
                          ("破获案件", "起，同比上升178.8%")])


def _split(draw, digits: str) -> int:
    return draw(st.integers(1, len(digits) - 1))


@st.composite
def broken(draw, chars):
    digits = str(draw(st.integers(10, 10**9)))
    if draw(st.booleans()):
        digits = digits[:-1] + "." + digits[-1]  # a decimal point: 4.88
    at = _split(draw, digits)
    before, after = draw(FRAMES)
    char = draw(chars)
    return f"{before}{digits[:at]}{char}{digits[at:]}{after}", float(digits), before


@given(broken(INVISIBLE))
def test_a_format_character_inside_a_number_is_read_through(case):
    text, number, _ = case
    figs = extract(text)
    assert figs and float(figs[0].low if figs[0].unit == "CNY" else figs[0].value) == \
        number * (10_000 if "万元" in text else 1)
    assert text[figs[0].start:figs[0].end] == figs[0].text  # the raw span keeps the character


@given(broken(BREAKING))
def test_a_visible_break_inside_a_number_gives_no_part_of_it(case):
    text, number, metric = case
    whole = number * (10_000 if "万元" in text else 1)
    for f in extract(text):  # a change left alone (no value) is right: its figure is unclear
        if f.value is not None and (f.metric == metric or f.change_pct is not None):
            assert f.value == whole, (text, f)


def test_the_issue_examples():
    assert [f.value for f in extract("破获案件1\u200b000起")] == [1000]
    assert [f.value for f in extract("涉案4.\u200b88亿元")] == [488_000_000]
    assert [(f.value, f.change_pct) for f in extract("破获案件2\u200b37起，同比上升178.8%")] == [(237, 178.8)]
    for mark in ("\ufeff", "\u00ad"):
        assert [f.value for f in extract(f"破获案件1{mark}000起")] == [1000]
    for space in ("\u202f", "\u2009", "\u00a0"):
        assert extract(f"涉案金额1{space}234{space}567元") == []
    for odd in ("\u0301", "😀"):
        assert extract(f"破获案件1{odd}000起") == []
    rejected = explain("破获案件1😀000起").rejected
    assert "veto.spaced_digits" in {r.rule for r in rejected}


def test_clean_keeps_the_way_back_to_the_raw_text():
    r = clean("破获案件1\u200b000起\u00a0抓获6名")
    assert r.text == "破获案件1000起 抓获6名" and dict(r.counts)["invisible"] == 2
    assert [r.raw[r.offsets[i]] for i in range(len(r.text))][4:9] == ["1", "0", "0", "0", "起"]
    assert r.raw[slice(*r.raw_span(4, 9))] == "1\u200b000起"


def test_the_format_character_table_is_unicode_s():
    """FORMAT_RANGES is written out (a scan of Unicode at import costs a second): it must be
    exactly category Cf in the Unicode data of this Python."""
    import sys

    listed = {c for lo, hi in FORMAT_RANGES for c in range(lo, hi + 1)}
    assert listed == {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"}


def _space_grouped(n: int) -> str:
    return f"{n:,}".replace(",", " ")


@given(st.integers(1000, 10**9), st.integers(1000, 10**9))
def test_a_text_that_groups_thousands_by_a_space_reads_each_number_whole(a, b):
    """Hong Kong's convention (59 225宗): in a text that writes two or more such numbers and no
    thousands comma, each is one number; the values are known by construction."""
    text = f"罪案總數是{_space_grouped(a)}宗，較去年的{_space_grouped(b)}宗為多。"
    assert [f.value for f in extract(text)] == [a, b]


@given(st.integers(1000, 10**9), st.integers(1000, 10**9), st.integers(1, 99))
def test_a_space_that_does_not_group_thousands_gives_no_part_of_a_number(a, b, odd):
    """A space before a group of other than three digits, or in a text that also writes a
    thousands comma, is a break: no part of the number is read."""
    text = f"罪案總數是{_space_grouped(a)} {odd}宗，較去年的{_space_grouped(b)}宗為多。"
    assert {f.value for f in extract(text)} <= {b}, text
    mixed = f"罪案總數是{_space_grouped(a)}宗，較去年的{b:,}宗為多。"
    assert {f.value for f in extract(mixed)} <= {b}, mixed
