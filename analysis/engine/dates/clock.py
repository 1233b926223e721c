"""Clock times (15:40, 晚上8时, 下午3点半), their part of the day, ranges of clock times, and a
time on a day named before it (当日19时许)."""
from __future__ import annotations

import datetime as _dt
import re
from itertools import islice
from typing import NamedTuple

from .. import vocab as V
from .patterns import _CLOCK, _HOUR, _HOUR_SPAN, _TIME_TAIL
from .records import DateContext, DateReading, DateStep
from .values import _small, _to_the_second
from .vocabulary import (ABOUT_BEFORE_TIME, DAY_ENDINGS, DAY_PARTS, HOUR_NOT_BEFORE, HOUR_RELATIONS_AFTER,
                         LATIN_MERIDIEMS, LATIN_MERIDIEMS_LONGEST_FIRST, RELATIVE_DAY_PARTS, RELATIVE_DAYS,
                         SAME_DAY_WORDS)


def _about_time(s: str, end: int) -> tuple[int, str, tuple[DateStep, ...]]:
    """许/左右/上下 after a clock time (22时许): the time is approximate."""
    word = next((w for w, q in V.SUFFIX_QUALIFIERS if q == "about" and s.startswith(w, end)), None)
    if word is None:
        return end, "exact", ()
    return end + len(word), "about", (DateStep("time.about", end, end + len(word), f"{word} -> about"),)


_PARTS_LONGEST_FIRST = tuple(sorted(DAY_PARTS, key=len, reverse=True))


class _Clock(NamedTuple):
    """A clock time read at a number: its span with its part of the day, hh:mm[:ss], the part's
    kind, the steps, and whether 约 before it makes it approximate."""

    start: int
    end: int
    value: str
    kind: str | None
    steps: tuple[DateStep, ...]
    about: bool = False


def _hour24(h: int, kind: str | None) -> int | None:
    """The 24-hour reading of hour ``h`` after a part of the day of ``kind`` (None: not a time)."""
    if kind == "evening" and 1 <= h <= 4 or kind in ("pm", "evening", "noon") and h == 0:
        return None  # 晚上2点: 02:00 or 14:00, and neither is an evening hour; 下午0时 is no hour
    if kind in ("evening", "night") and h == 12:
        return 24  # the midnight that ends the day
    if kind == "pm" and 1 <= h <= 11 or kind in ("night", "evening") and 6 <= h <= 11 or kind == "noon" and 1 <= h <= 5 \
            or kind == "evening" and h == 5:
        return h + 12
    if kind == "am" and h == 12:
        return 0
    return h


def latin_meridiem(s: str, end: int) -> tuple[str, int] | None:
    """AM/PM (a.m./p.m.) after a clock time ending at ``end``, one space before it or none:
    (its kind, where it ends); not the start of a Latin word (PMC).

    >>> latin_meridiem("10:06 PM ⏱", 5), latin_meridiem("10:06 PMC", 5), latin_meridiem("9:30a.m.", 4)
    (('pm', 8), None, ('am', 8))
    """
    pos = end + 1 if s.startswith(" ", end) else end
    word = next((w for w in LATIN_MERIDIEMS_LONGEST_FIRST if s.startswith(w, pos)), None)
    after = s[pos + len(word):pos + len(word) + 1] if word else ""
    if word is None or after.isascii() and after.isalpha():
        return None
    return LATIN_MERIDIEMS[word], pos + len(word)


def meridiem_hour(h: int, kind: str) -> int | None:
    """The 24-hour reading of hour ``h`` written before AM/PM: 1-12 turned by it; 13-23 kept before
    PM, which agrees (2016.06.18 20:54 pm, udn 2016), and no time before AM, which does not.

    >>> [meridiem_hour(h, k) for h, k in ((10, "pm"), (12, "pm"), (12, "am"), (20, "pm"), (20, "am"), (0, "pm"))]
    [22, 12, 0, 20, None, None]
    """
    if 13 <= h <= 23:
        return h if kind == "pm" else None
    return _hour24(h, kind) if 1 <= h <= 12 else None


def _lead_in(s: str, pos: int) -> tuple[int, str | None, bool]:
    """What is written just before a clock time: (where it starts, the part of the day, about),
    the part and 约 in either order (下午约4时30分, 约晚上10时), one space between them and the
    number as Taiwanese pages write it (下午 14 時)."""
    gap = pos - 1 if s.startswith(" ", pos - 1) and pos else pos
    start, part, about = gap, None, False
    for _ in range(2):
        word = next((w for w in ABOUT_BEFORE_TIME if s.endswith(w, 0, start)), None) if not about else None
        if word:
            start, about = start - len(word), True
            continue
        found = next((p for p in _PARTS_LONGEST_FIRST if s.endswith(p, 0, start)), None) if part is None else None
        if found is None:
            break
        start, part = start - len(found), found
    return (pos, None, False) if start == gap else (start, part, about)


def skip_lead_in(s: str, pos: int) -> int:
    """The position after a part of the day and 约 written before a clock time at ``pos``."""
    start = pos
    for _ in range(2):
        word = next((w for w in _PARTS_LONGEST_FIRST + ABOUT_BEFORE_TIME if s.startswith(w, pos)), "")
        pos += len(word)
    return pos + 1 if pos > start and s.startswith(" ", pos) else pos


def _minutes(m: re.Match, kind: str | None, dated: bool) -> tuple[int, int | None, int] | None:
    """(minutes, seconds, end) of an N时/N点 match: 分 written, 半, N刻, 整/钟, or minutes after 点
    alone where they cannot be a decimal (a part of the day or a day before it, or tens: 三点十五);
    else the hour alone (None where nothing after the hour makes it a time)."""
    if m["half"]:
        return 30, None, m.end()
    if m["quarter"]:
        return 15 * _small(m["quarter"]), None, m.end()
    if m["whole"]:
        return 0, None, m.end()
    if m["mi"] and (m["fen"] or m["mark"] in "点點" and (kind or dated or "十" in m["mi"])):
        return _small(m["mi"]), _small(m["se"]), m.end()
    return 0, None, m.end("mark")


def _hour_point(s: str, pos: int, inherit: str | None) -> _Clock | None:
    """N时(N分)(N秒), N点半, N时1刻 at ``pos`` with the part of the day before it."""
    m = _HOUR.match(s, pos)
    if not m or _after_days(s, pos):
        return None
    start, part, about = _lead_in(s, pos)
    kind = DAY_PARTS[part] if part else inherit
    dated = s.endswith(DAY_ENDINGS, 0, start)  # 1987年1月11日八点, 今天9点20: an hour of that day
    mi, se, end = _minutes(m, kind, dated)
    timed = end > m.end("mark")
    if not timed and s.startswith(HOUR_NOT_BEFORE, end):
        return None
    related = about or s.startswith(HOUR_RELATIONS_AFTER, end)  # 大约十点, 十二点之后
    if kind is None and not timed and not dated and not related and (m["mark"] in "点點" or m["h"] == "一"):
        return None  # 4点2 is a decimal, 一时 an adverb (一时冲动): not times without a part of the day
    h = _hour24(_small(m["h"]), kind)
    if h is None or not (0 <= h <= 23 and 0 <= mi <= 59 and (se or 0) <= 59 or (h, mi, se or 0) == (24, 0, 0)):
        return None
    steps = (DateStep("time.hour", pos, end, s[pos:end]),) + _day_part_step(start, pos, part, kind, h)
    value = f"{h:02d}:{mi:02d}" + (f":{se:02d}" if se is not None else "")
    return _Clock(start if part or about else pos, end, value, kind, steps, about)


def _after_days(s: str, pos: int) -> bool:
    """8天20时: hours after a number of days are a length of time, not a clock time (第二天19时,
    a day named by its order, is a day)."""
    if pos < 2 or s[pos - 1] != "天" or s.endswith(tuple(SAME_DAY_WORDS), 0, pos):
        return False
    first = pos - 1
    while first > max(0, pos - 8) and (s[first - 1].isdigit() or s[first - 1] in "一二两三四五六七八九十"):
        first -= 1
    return first < pos - 1 and not s.endswith("第", 0, first)


def _colon_point(s: str, pos: int, inherit: str | None) -> _Clock | None:
    """hh:mm(:ss) at ``pos``, turned to 24 hours by the part of the day before it (下午5:00)."""
    m = _CLOCK.match(s, pos)
    if not m or pos and (s[pos - 1].isdigit() or s[pos - 1] in ":.："):
        return None
    start, part, about = _lead_in(s, pos)
    kind = DAY_PARTS[part] if part else inherit
    meridiem = latin_meridiem(s, m.end())
    if meridiem:
        return _meridiem_clock(m, pos, start if part or about else pos, meridiem, about)
    if m["colon"] == "：" and not kind and (len(m["h"]) < 2 or "比" in s[max(0, pos - 4):pos]):
        return None  # 比例为3：1, 比分12：10: the full-width colon of a ratio
    h = _hour24(int(m["h"]), kind) if int(m["h"]) <= 12 else int(m["h"])
    if h is None or h == 24 and m["mi"] != "00":
        return None
    value = f"{h:02d}:{m['mi']}" + (f":{m['se']}" if m["se"] else "")
    steps = (DateStep("time.clock", pos, m.end(), m.group(0)),) + _day_part_step(start, pos, part, kind, h)
    return _Clock(start if part or about else pos, m.end(), value, kind, steps, about)


def _meridiem_clock(m: re.Match, pos: int, start: int, meridiem: tuple[str, int], about: bool) -> _Clock | None:
    """hh:mm then AM/PM (10:06 PM = 22:06); an hour outside 1-12 before it is no time."""
    kind, end = meridiem
    h = meridiem_hour(int(m["h"]), kind)
    if h is None:
        return None
    value = f"{h:02d}:{m['mi']}" + (f":{m['se']}" if m["se"] else "")
    steps = (DateStep("time.clock", pos, m.end(), m.group(0)),
             DateStep("time.meridiem", m.end(), end, f"{kind} -> {h:02d} h"))
    return _Clock(start, end, value, kind, steps, about)


def _day_part_step(start: int, pos: int, part: str | None, kind: str | None, h: int) -> tuple[DateStep, ...]:
    """The step of the part of the day that set the hour (none where there is no part)."""
    return (DateStep("time.day_part", start, pos, f"{part or 'inherited'} ({kind}) -> {h:02d} h"),) if kind else ()


def _clock_point(s: str, pos: int, inherit: str | None = None) -> _Clock | None:
    """A clock time at ``pos``, with its part of the day (or the one ``inherit``-ed from the start
    of a range)."""
    return _colon_point(s, pos, inherit) or _hour_point(s, pos, inherit)


def time_at(s: str, pos: int, context: DateContext | None = None) -> DateReading | None:
    """A clock time or a range of clock times at ``s[pos]`` (晚10时至次日凌晨2时 -> 22:00/02:00).

    >>> time_at("晚上8时", 2).value, time_at("19时至凌晨2时", 0).value
    ('20:00', '19:00/02:00')
    """
    first = _clock_point(s, pos)
    if first is None:
        return _hour_span(s, pos)
    t = _TIME_TAIL.match(s, first.end)
    second = _clock_point(s, skip_lead_in(s, t.end()), _inherited(s, t.end(), first.kind)) if t else None
    if second:
        overnight = second.value < first.value
        detail = ("overnight: the end is on the next day" if overnight or t["next"] else "same day")
        steps = first.steps + second.steps + (DateStep("time.range", first.end, second.end, detail),)
        return DateReading(first.start, second.end, f"{first.value}/{second.value}", "time_range", (), steps)
    end, qualifier, about = _about_time(s, first.end)
    if first.about:
        qualifier, about = "about", about + (DateStep("time.about", first.start, pos, "约 before the time -> about"),)
    reading = DateReading(first.start, end, first.value, "time", (), first.steps + about, qualifier)
    return _on_named_day(s, reading, context) or _on_relative_day(s, reading, context) or reading


def _hour_span(s: str, pos: int) -> DateReading | None:
    """9至11时, 早上五到六点, 晚上9~11点半: two hours with 时/点 written once (点 only after a part of
    the day or before 半), both in that part of the day; the end as written may be earlier (overnight)."""
    m = _HOUR_SPAN.match(s, pos)
    if m is None or _after_days(s, pos):
        return None
    start, part, _ = _lead_in(s, pos)
    kind = DAY_PARTS[part] if part else None
    if kind is None and m["mark"] in "点點" and not m["half"]:
        return None  # 9~12点 may be points; 9~12点半 is a time
    h1, h2 = _hour24(_small(m["h1"]), kind), _hour24(_small(m["h2"]), "night" if kind == "evening" else kind)
    if h1 is None or h2 is None or not (h1 < 24 and h2 <= 24) or h1 == h2:  # 20到24時: to the midnight ending the day
        return None
    value = f"{h1:02d}:00/{h2:02d}:{30 if m['half'] else 0:02d}"
    steps = (DateStep("time.hour", pos, m.end(), m.group(0)), DateStep("time.range", pos, m.end(), "one 时/点 for both hours"))
    return DateReading(start if part else pos, m.end(), value, "time_range", (), steps + _day_part_step(start, pos, part, kind, h1))


def _inherited(s: str, at: int, kind: str | None) -> str | None:
    """The part of the day the end of a range takes from its start: none where it writes its own;
    after an evening start, the night (晚10时至2时: 02:00)."""
    if any(s.startswith(p, at) for p in _PARTS_LONGEST_FIRST):
        return None
    return "night" if kind == "evening" else kind


def _on_named_day(s: str, time: DateReading, ctx: DateContext | None) -> DateReading | None:
    """当日19时许, 次日凌晨2时: the clock time on the day of the last full date read before it."""
    word = next((w for w in SAME_DAY_WORDS if s.endswith(w, 0, time.start)), None)
    if word is None and s.endswith("当", 0, time.start) and time.start < time.end and any(
            st.rule == "time.day_part" for st in time.steps):
        word = "当"
    seen = list(islice(ctx.before(time.start), 2)) if ctx is not None and word else []
    if not seen or None in (seen[0].year, seen[0].month, seen[0].day):
        return None
    if len(seen) == 2 and seen[0].pos == seen[1].pos + 1:  # the end of a range (noted one after its start)
        return None
    last = seen[0]
    day = _dt.date(last.year, last.month, last.day) + _dt.timedelta(days=SAME_DAY_WORDS.get(word, 0))
    start = time.start - len(word)
    steps = time.steps + (DateStep("date.same_day", start, time.end, f"{word} = {day}"),)
    return DateReading(start, time.end, day_and_time(day, time.value), "datetime", ("inferred_year",), steps,
                       time.qualifier)


_RELATIVE_DAYS_LONGEST_FIRST = tuple(sorted(RELATIVE_DAYS, key=len, reverse=True))


def _relative_day_word(s: str, time: DateReading) -> tuple[int, int] | None:
    """Where the word before a clock time that names its day from the document date starts, and
    how many days back that day is (明天 -1, 昨天 1; 昨晚: 昨 before the part of the day 晚)."""
    word = next((w for w in _RELATIVE_DAYS_LONGEST_FIRST if s.endswith(w, 0, time.start)), None)
    if word:
        return time.start - len(word), RELATIVE_DAYS[word]
    both = s[time.start - 1:time.start + 1] if time.start else ""
    return (time.start - 1, RELATIVE_DAY_PARTS[both]) if both in RELATIVE_DAY_PARTS else None


def _on_relative_day(s: str, time: DateReading, ctx: DateContext | None) -> DateReading | None:
    """明天下午5:00, 昨晚8时35分, 大后天上午10点: the clock time on a day counted from the document
    date (flag ``relative_day``); without a document date, the time alone."""
    doc = None if ctx is None or ctx.doubted else ctx.document
    got = _relative_day_word(s, time) if doc is not None else None
    if got is None:
        return None
    start, back = got
    day = doc - _dt.timedelta(days=back)
    steps = time.steps + (DateStep("date.relative_day", start, time.end, f"{s[start:time.start]} = {day}"),)
    return DateReading(start, time.end, day_and_time(day, time.value), "datetime", ("relative_day",), steps,
                       time.qualifier)


def day_and_time(day: _dt.date, clock: str) -> str:
    """A day and a clock time as one EDTF datetime; 24:00 (晚上12时, the midnight that ends the day)
    is 00:00 of the next day.

    >>> day_and_time(_dt.date(2021, 6, 14), "24:00"), day_and_time(_dt.date(2021, 6, 14), "08:05")
    ('2021-06-15T00:00:00', '2021-06-14T08:05:00')
    """
    if clock.startswith("24"):
        return f"{day + _dt.timedelta(days=1)}T00:00:00"
    return f"{day.isoformat()}T{_to_the_second(clock)}"
