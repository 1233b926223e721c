"""The start or the end of a year or a month named from the document's date, written without a
numeral: 去年底 (31 December of last year), 今年初 and 今年年初 (January), 上年末, 本月初 (the first
ten days of this month), 上月底, 本月中旬, and 年初以来 (since January of the year the text reports
on). Without a document date nothing is read (no numeral is written: never a guess)."""
from __future__ import annotations

import re

from .patterns import _RELATIVE_EDGE
from .days import _day_month
from .records import DateContext, DateReading, DateStep
from .values import _edtf, _part_days
from .vocabulary import HALF_MONTH_NOT_BEFORE, HALF_MONTHS, NOT_AN_EDGE, RELATIVE_MONTHS, RELATIVE_YEARS
from .years import _resolve_year


def _relative_edge(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """去年底, 今年初, 本月初, 上月底, 年初以来 at ``s[pos]``, or None."""
    m = _RELATIVE_EDGE.match(s, pos)
    if m is None or s.startswith(NOT_AN_EDGE, m.start("yp") if m["yp"] else m.start("mp") if m["mp"] else m.end() - 1):
        return None
    if m["yw"]:
        return _year_edge(m, ctx)
    if m["mw"]:
        return _month_edge(s, m, ctx)
    return _year_start_since(s, m, ctx)


def _year_value(y: int, part: str) -> str:
    """初: the year's first month; 底/末: its last day (as 月初 and 月底 are the month's)."""
    return _edtf(y, 1) if part == "初" else _edtf(y, 12, 31)


def _year_edge(m: re.Match, ctx: DateContext) -> DateReading | None:
    """去年底, 今年年初: nothing without a document date (no numeral is written: an open year and a
    month would tell the reader nothing the words do not)."""
    if not ctx.year or ctx.doubted:
        return None
    y, part = ctx.year + RELATIVE_YEARS[m["yw"]], m["yp"]
    ctx.note(m.start(), y, 1 if part == "初" else 12, None if part == "初" else 31, True)
    detail = f"{m['yw']} = {y}, {part} = {'its first month' if part == '初' else 'its last day'}"
    steps = (DateStep("date.relative_edge", m.start(), m.end(), detail),)
    return DateReading(m.start(), m.end(), _year_value(y, part), "date", ("relative_year",), steps)


def _month_edge(s: str, m: re.Match, ctx: DateContext) -> DateReading | None:
    """本月初, 上月底, 去年本月下旬: a part of the month counted from the document's (after a year
    word, in that year); nothing without a document date."""
    doc = None if ctx.doubted else ctx.document
    if doc is None:
        return None
    year_word = next((w for w in RELATIVE_YEARS if s.endswith(w, 0, m.start())), None)
    months = (doc.year + RELATIVE_YEARS.get(year_word, 0)) * 12 + doc.month - 1 + RELATIVE_MONTHS[m["mw"]]
    y, mo = months // 12, months % 12 + 1
    first, last = _part_days(y, mo, m["mp"])
    start = m.start() - len(year_word or "")
    ctx.note(start, y, mo, first if first == last else None, True)
    steps = (DateStep("date.relative_edge", start, m.end(), f"{s[start:m.start()]}{m['mw']} = {y}-{mo:02d}, {m['mp']} = days {first}–{last}"),)
    value = _edtf(y, mo, first) if first == last else f"{_edtf(y, mo, first)}/{_edtf(y, mo, last)}"
    flags = ("relative_year", "relative_month") if year_word else ("relative_month",)
    return DateReading(start, m.end(), value, "date" if first == last else "date_range", flags, steps)


def _year_start_since(s: str, m: re.Match, ctx: DateContext) -> DateReading | None:
    """年初以来 at the start of a clause: January of the year the text reports on (a date before it
    in the paragraph, else the document's), flagged ``inferred_year``; nothing where neither gives one."""
    _, y, flags, steps = _resolve_year(s, m.start(), 1, None, ctx)
    if y is None:
        return None
    steps += (DateStep("date.year_start_since", m.start(), m.end(), f"年初 = January {y}"),)
    return DateReading(m.start(), m.end(), _edtf(y, 1), "date", flags, steps)


def _half_month(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """上半月, 下半月 alone (its 半 at ``pos``): that half of the month of the date before it, else of
    the document's where the half has begun by the document's day (as for a day alone); after a
    written month (3月上半月) or with no such month, nothing."""
    if not (s.startswith("半月", pos) and s[pos - 1:pos] in HALF_MONTHS) or s.startswith(HALF_MONTH_NOT_BEFORE, pos + 2) \
            or pos >= 2 and s[pos - 2] in "月个個":
        return None
    part = HALF_MONTHS[s[pos - 1]]
    first = _part_days(2001, 1, part)[0]
    got = _day_month(s, pos - 1, first, ctx)
    if got is None or None in got[:2]:
        return None
    y, mo, steps = got
    last = _part_days(y, mo, part)[1]
    steps += (DateStep("date.half_month", pos - 1, pos + 2, f"{part} = days {first}–{last} of {y}-{mo:02d}"),)
    return DateReading(pos - 1, pos + 2, f"{_edtf(y, mo, first)}/{_edtf(y, mo, last)}", "date_range",
                       ("inferred_year", "inferred_month"), steps)
