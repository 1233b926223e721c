"""Clock times (15:40, 晚上8时, 下午3点半), their part of the day, ranges of clock times, and a
time on a day named before it (当日19时许)."""
from __future__ import annotations

import datetime as _dt
from itertools import islice

from .. import vocab as V
from .patterns import _CLOCK, _HOUR, _TIME_TAIL
from .records import DateContext, DateReading, DateStep
from .values import _small, _to_the_second
from .vocabulary import DAY_PARTS, HOUR_NOT_BEFORE, SAME_DAY_WORDS


def _about_time(s: str, end: int) -> tuple[int, str, tuple[DateStep, ...]]:
    """许/左右/上下 after a clock time (22时许): the time is approximate."""
    word = next((w for w, q in V.SUFFIX_QUALIFIERS if q == "about" and s.startswith(w, end)), None)
    if word is None:
        return end, "exact", ()
    return end + len(word), "about", (DateStep("time.about", end, end + len(word), f"{word} -> about"),)


_PARTS_LONGEST_FIRST = tuple(sorted(DAY_PARTS, key=len, reverse=True))


def _hour24(h: int, kind: str | None) -> int:
    if kind == "pm" and 1 <= h <= 11 or kind == "night" and 6 <= h <= 11 or kind == "noon" and 1 <= h <= 5:
        return h + 12
    if kind in ("am", "night") and h == 12:
        return 0
    return h


def _clock_point(s: str, pos: int, inherit: str | None = None
                 ) -> tuple[int, int, str, str | None, tuple[DateStep, ...]] | None:
    """A clock time at ``pos``: (start with its part of the day, end, hh:mm[:ss], part kind, steps)."""
    m = _CLOCK.match(s, pos)
    if m:
        if pos and (s[pos - 1].isdigit() or s[pos - 1] in ":.："):
            return None
        value = f"{int(m['h']):02d}:{m['mi']}" + (f":{m['se']}" if m["se"] else "")
        return pos, m.end(), value, None, (DateStep("time.clock", pos, m.end(), m.group(0)),)
    m = _HOUR.match(s, pos)
    if not m or not (m["mi"] or m["half"]) and s.startswith(HOUR_NOT_BEFORE, m.end()):
        return None
    part = next((p for p in _PARTS_LONGEST_FIRST if s.endswith(p, 0, pos)), None)
    kind = DAY_PARTS[part] if part else inherit
    if kind is None and (m["mark"] in "点點" or m["h"] == "一" and not m["mi"]):
        return None  # 4点2 is a decimal, 一时 an adverb (一时冲动): not times without a part of the day
    h, mi, se = _small(m["h"]), 30 if m["half"] else (_small(m["mi"]) or 0), _small(m["se"])
    h = _hour24(h, kind)
    if not (0 <= h <= 23 and 0 <= mi <= 59 and (se or 0) <= 59 or (h, mi, se or 0) == (24, 0, 0)):
        return None
    start = pos - len(part) if part else pos
    steps = (DateStep("time.hour", pos, m.end(), m.group(0)),)
    if kind:
        steps += (DateStep("time.day_part", start, pos, f"{part or 'inherited'} ({kind}) -> {h:02d} h"),)
    value = f"{h:02d}:{mi:02d}" + (f":{se:02d}" if se is not None else "")
    return start, m.end(), value, kind, steps


def time_at(s: str, pos: int, context: DateContext | None = None) -> DateReading | None:
    """A clock time or a range of clock times at ``s[pos]`` (晚10时至次日凌晨2时 -> 22:00/02:00).

    >>> time_at("晚上8时", 2).value, time_at("19时至凌晨2时", 0).value
    ('20:00', '19:00/02:00')
    """
    first = _clock_point(s, pos)
    if first is None:
        return None
    start, end, value, kind, steps = first
    t = _TIME_TAIL.match(s, end)
    if t:
        at = t.end()
        part = next((p for p in _PARTS_LONGEST_FIRST if s.startswith(p, at)), "")
        second = _clock_point(s, at + len(part), None if part else kind)
        if second:
            overnight = second[2] < value
            detail = ("overnight: the end is on the next day" if overnight or t["next"] else "same day")
            steps += second[4] + (DateStep("time.range", end, second[1], detail),)
            return DateReading(start, second[1], f"{value}/{second[2]}", "time_range", (), steps)
    end, qualifier, about = _about_time(s, end)
    reading = DateReading(start, end, value, "time", (), steps + about, qualifier)
    return _on_named_day(s, reading, context) or reading


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
    return DateReading(start, time.end, f"{day.isoformat()}T{_to_the_second(time.value)}", "datetime", ("inferred_year",), steps,
                       time.qualifier)
