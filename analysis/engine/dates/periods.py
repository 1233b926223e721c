"""Half-years, quarters and runs of months (今年上半年, 一季度, 1至8月, 七八月份)."""
from __future__ import annotations

import re

from .patterns import _MONTH_PAIR, _MONTH_RANGE, _PERIOD
from .records import DateContext, DateReading, DateStep, DateVeto
from .values import _edtf, _part_days, _small
from .vocabulary import PERIOD_PART_WORDS, PERIODS, PERIODS_AFTER_A_YEAR, YEAR_END_WORDS
from .years import _resolve_year


def _period_months(m: re.Match) -> tuple[int, int]:
    if m["n"] is not None:  # 今年首八月, 今年前八个月: January to the Nth month
        return 1, int(m["n"]) if m["n"].isascii() else _small(m["n"])
    if m["nl"] is not None:  # 2021年后三个月: the last N months, to December
        return 13 - (int(m["nl"]) if m["nl"].isascii() else _small(m["nl"])), 12
    if m["fq"] is not None:  # 首季 (the first quarter), 首三季, 前两季: the first N quarters
        return 1, 3 * (_small(m["fq"]) if m["fq"] else 1)
    written = m["q"] or m["q2"]
    if written is None:
        return PERIODS[m["p"]]
    q = int(written) if written.isascii() else "一二三四".index(written) + 1
    return PERIODS["一二三四"[q - 1] + "季度"]


def _period(s: str, pos: int, ctx: DateContext) -> DateReading | DateVeto | None:
    """上半年, 一季度, 第三季度, 前三季度 after a relative or anchored year (今年上半年), else in
    the year the context gives (flagged ``inferred_year``); with no year at all, vetoed."""
    m = next((x for x in (_PERIOD.match(s, p) for p in (pos - 1, pos) if p >= 0)
              if x and x.end() > pos), None)
    if m is None:
        return None
    first, last = _period_months(m)
    start, y, flags, steps = _resolve_year(s, m.start(), first, None, ctx)
    if (m["n"] is not None or m["nl"] is not None or m["p"] in PERIODS_AFTER_A_YEAR) and (not steps or "inferred_year" in flags):
        return None  # 行动前三个月: the first months of what? 此后半年: a length. Only after a year word
    if not steps:
        return DateVeto("veto.date.no_year", m.start(), m.end(), f"{m.group(0)} with no year to give it")
    if y and "inferred_year" not in flags:
        ctx.note(start, y, first, None, True)
    steps += (DateStep("date.period", m.start(), m.end(), f"{m.group(0)} = months {first}–{last}"),)
    return _period_reading(s, start, m.end(), y, (first, last), flags, steps)


def _period_reading(s: str, start: int, end: int, y: int | None, months: tuple[int, int],
                    flags: tuple[str, ...], steps: tuple[DateStep, ...]) -> DateReading:
    """A half-year or quarter as a range of months, or its start or end where 初/末/底 follows it
    (2013年一季度末 = 31 March, as 月底 is the month's last day; 四季度初 = October, its first month,
    as 月初 is the first third of a month)."""
    first, last = months
    part = s[end:end + 1]
    if part in PERIOD_PART_WORDS:
        steps += (DateStep("date.period_part", end, end + 1, f"{part} = {'its first month' if part == '初' else 'its last day'}"),)
        value = _edtf(y, first) if part == "初" else _edtf(y, last, _part_days(y, last, "底")[1])
        return DateReading(start, end + 1, value, "date", flags, steps)
    return DateReading(start, end, f"{_edtf(y, first)}/{_edtf(y, last)}", "date_range", flags, steps)


def _year_period(s: str, pos: int, end: int, y: int, ctx: DateContext, flags: tuple[str, ...] = ()
                 ) -> DateReading | None:
    """A half-year or quarter right after a written year (2019年上半年), or its end (2025年年底, 19年底);
    ``flags`` those of the year (inferred_year for a year of two digits)."""
    word = next((w for w in YEAR_END_WORDS if s.startswith(w, end)), None)
    if word:
        ctx.note(pos, y, 12, 31, True)
        steps = (DateStep("date.written", pos, end, f"{y}"), DateStep("date.year_end", end, end + len(word), "年底 = 31 December"))
        return DateReading(pos, end + len(word), _edtf(y, 12, 31), "date", flags, steps)
    m = _PERIOD.match(s, end)
    if not m:
        return None
    first, last = _period_months(m)
    ctx.note(pos, y, first, None, True)
    steps = (DateStep("date.written", pos, end, f"{y}"),
             DateStep("date.period", m.start(), m.end(), f"{m.group(0)} = months {first}–{last}"))
    return _period_reading(s, pos, m.end(), y, (first, last), flags, steps)


def _year_months(s: str, start: int, end: int, y: int, ctx: DateContext,
                 steps: tuple[DateStep, ...]) -> DateReading | None:
    """A run of months right after a written year (2023年1至8月, 2023年七八月份)."""
    got = _months(s, end, DateContext(year=y))
    if not isinstance(got, DateReading):
        return None
    ctx.note(start, y, int(got.value[5:7]), None, True)
    return DateReading(start, got.end, got.value, got.unit, (), steps + got.steps[-1:])


def _months(s: str, pos: int, ctx: DateContext) -> DateReading | DateVeto | None:
    """1至8月, 1-2月, 一二月份, 七八月份, 十一二月: an interval of whole months."""
    m = _MONTH_RANGE.match(s, pos)
    if m:
        a, b, rule = _small(m["m1"]), _small(m["m2"]), "date.range"
    else:
        m = _MONTH_PAIR.match(s, pos)
        if not m:
            return None
        pair = {"十一二": "十一十二", "九十": "九十"}.get(m["pair"], m["pair"])
        a, b = (11, 12) if pair == "十一十二" else (_small(pair[0]), _small(pair[1]))
        if b != a + 1:
            return None
        rule = "date.month_pair"
    if not (1 <= a < b <= 12):
        return DateVeto("veto.date.invalid", pos, m.end(), f"{m.group(0)!r} is not a run of months")
    start, y, flags, steps = _resolve_year(s, pos, a, None, ctx)
    if y:
        ctx.note(pos, y, a, None, "relative_year" in flags)
    steps += (DateStep(rule, pos, m.end(), f"months {a}–{b}"),)
    return DateReading(start, m.end(), f"{_edtf(y, a)}/{_edtf(y, b)}", "date_range", flags, steps)
