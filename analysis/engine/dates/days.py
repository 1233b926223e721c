"""A day written without its month (20日召开), named from today (今天(27日), 今（25）日) or after a
relative month (本月四日)."""
from __future__ import annotations

import datetime as _dt
import re

from .patterns import _BRACKETED_DAY, _DAY_ALONE, _DAY_LISTED, _MONTH_DAY
from .records import DateContext, DateReading, DateStep
from .values import _edtf, _inferred_flags, _real, _small
from .vocabulary import (BRACKETED_DAY_HEADS, DAY_ALONE_NEXT, DAY_ALONE_NOT_AFTER, LENGTH_BEFORE, RELATIVE_DAYS,
                         RELATIVE_MONTHS)
from .years import _infer_year


def _day_alone(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """20日召开, 23日，记者…, 今天(27日), 13日、14日、15日进行: a day of the month written without its
    month."""
    m = _DAY_ALONE.match(s, pos)
    listed = _DAY_LISTED.search(s, max(0, pos - 6), pos) is not None  # 13日、14日、15日进行收网
    if not m or not (listed or s.startswith(DAY_ALONE_NEXT, m.end())) or s.endswith(DAY_ALONE_NOT_AFTER + LENGTH_BEFORE, 0, pos):
        return None
    if pos and (s[pos - 1].isascii() and s[pos - 1].isalnum() or s[pos - 1] in ".-/"):
        return None
    d = _small(m["d"])
    y, mo, steps = _day_month(s, pos, d, ctx)
    if not _real(y, mo, d):
        return None
    flags = _inferred_flags(y, mo)
    ctx.note(pos, y, mo, d, False)
    steps = (DateStep("date.day_alone", pos, m.end(), m.group(0)), *steps)
    return DateReading(pos, m.end(), _edtf(y, mo, d), "date", flags, steps)


def _day_month(s: str, pos: int, d: int, ctx: DateContext) -> tuple[int | None, int | None, tuple]:
    """Year and month of a day written alone, and the steps that found them."""
    doc = None if ctx.doubted else ctx.document
    rel = re.search(r"(今天|今日|昨天|昨日|前天|前日)[（(]$", s[max(0, pos - 4):pos])
    if rel:
        return _relative_day(ctx, rel[1], RELATIVE_DAYS[rel[1]], d, pos, "date.relative_day")
    near = next((x for x in ctx.before(pos) if x.month), None)
    if near:
        y = near.year or _infer_year(s, pos, near.month, d, ctx)[0]
        return y, near.month, (DateStep("date.inferred_month", pos, pos, f"month {near.month} from the date before it"),)
    if doc and d <= doc.day:
        return doc.year, doc.month, (DateStep("date.inferred_month", pos, pos, f"{doc:%Y-%m} from the document date"),)
    return None, None, ()


def _relative_day(ctx: DateContext, word: str, back: int, d: int, pos: int, rule: str
                  ) -> tuple[int | None, int | None, tuple]:
    """Year and month of day ``d`` named by a word ``back`` days before the document date;
    a day that does not match that date leaves both open and doubts the document date."""
    doc = None if ctx.doubted else ctx.document
    if doc is None:
        return None, None, ()
    day = doc - _dt.timedelta(days=back)
    if day.day != d:  # the page's date is not the day it was written: leave the month open
        ctx.doubted = True
        return None, None, (DateStep(rule, pos, pos, f"{word} is {day}, not day {d}"),)
    return day.year, day.month, (DateStep(rule, pos, pos, f"{word} = {day}"),)


def _bracketed_day(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """今（25）日, 昨（二十四）日: the day in brackets inside a word for today or yesterday."""
    if pos < 2 or s[pos - 1] not in "（(" or s[pos - 2] not in BRACKETED_DAY_HEADS:
        return None
    m = _BRACKETED_DAY.match(s, pos)
    if not m:
        return None
    d, head = _small(m["d"]), s[pos - 2]
    y, mo, steps = _relative_day(ctx, head, BRACKETED_DAY_HEADS[head], d, pos, "date.bracketed_day")
    if not _real(y, mo, d):
        return None
    flags = _inferred_flags(y, mo)
    ctx.note(pos, y, mo, d, False)
    steps = (DateStep("date.bracketed_day", pos - 2, m.end(), s[pos - 2:m.end()]), *steps)
    return DateReading(pos - 2, m.end(), _edtf(y, mo, d), "date", flags, steps)


def _relative_month_day(s: str, pos: int, ctx: DateContext) -> DateReading | None:
    """本月四日, 上月20日: a day of the month counted from the document's month."""
    word = next((w for w in RELATIVE_MONTHS if s.endswith(w, 0, pos)), None)
    m = _MONTH_DAY.match(s, pos) if word else None
    if m is None:
        return None
    d, doc = _small(m["d"]), None if ctx.doubted else ctx.document
    y = mo = None
    if doc is not None:
        y, month0 = divmod(doc.year * 12 + doc.month - 1 + RELATIVE_MONTHS[word], 12)
        mo = month0 + 1
    if not _real(y, mo, d):
        return None
    start = pos - len(word)
    ctx.note(start, y, mo, d, y is not None)
    detail = f"{word} = {y}-{mo:02d}" if y else f"{word} with no document date"
    steps = (DateStep("date.relative_month", start, m.end(), detail),)
    return DateReading(start, m.end(), _edtf(y, mo, d), "date", ("relative_month",) if y else (), steps)
