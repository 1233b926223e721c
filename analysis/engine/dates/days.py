"""A day written without its month (20日召开), named from today (今天(27日), 今（25）日) or after a
relative month (本月四日)."""
from __future__ import annotations

import datetime as _dt
import re
from itertools import islice

from .patterns import _BRACKETED_DAY, _DAY_ALONE, _DAY_ALONE_END, _DAY_LISTED, _MONTH_DAY
from .records import DateContext, DateReading, DateStep, DateVeto, _Seen
from .values import _edtf, _inferred_flags, _real, _small
from .vocabulary import (BRACKETED_DAY_HEADS, CLAUSE_BREAKS, DAY_ALONE_AFTER, DAY_ALONE_AFTER_OPENING, DAY_ALONE_NEXT,
                         DAY_ALONE_NOT_AFTER, DAYS_LENGTH_AFTER, LENGTH_BEFORE, RELATIVE_DAYS, RELATIVE_MONTHS,
                         RELATIVE_YEARS)
from .clock import skip_lead_in, time_at
from .written import _datetime, _tail, _time_after
from .years import _infer_year

#: How many dates before a day alone are consulted for its month.
_DATES_CONSULTED = 3


def _day_alone(s: str, pos: int, ctx: DateContext) -> DateReading | DateVeto | None:
    """20日召开, 23日，记者…, 今天(27日), 13日、14日、15日进行: a day of the month written without its
    month."""
    m = _DAY_ALONE.match(s, pos)
    listed = _DAY_LISTED.search(s, max(0, pos - 6), pos) is not None  # 13日、14日、15日进行收网
    clock = _time_after(s, m.end()) if m else None  # 12日晚21时20分许: one datetime
    hours = m and not clock and _hours_after(s, m.end())  # 9日0时至18时: the day, then its hours
    span = _DAY_ALONE_END.match(s, m.end()) if m else None  # 3日至10日: a range of days
    if not m or not (listed or clock or hours or span or _day_context(s, pos, m.end())) \
            or s.endswith(DAY_ALONE_NOT_AFTER + LENGTH_BEFORE, 0, pos):
        return None
    if pos and (s[pos - 1].isascii() and s[pos - 1].isalnum() or s[pos - 1] in ".-/"):
        return None
    if span and s.startswith(DAYS_LENGTH_AFTER, span.end()):
        return None  # 3日至5日内: a range of lengths
    d = _small(m["d"])
    got = _day_month(s, pos, d, ctx)
    if got is None:
        return DateVeto("veto.date.day_unsure", pos, m.end(), f"{m.group(0)}: the dates before it name two months")
    y, mo, steps = got
    if not _real(y, mo, d):
        return None
    flags = _inferred_flags(y, mo)
    ctx.note(pos, y, mo, d, False)
    steps = (DateStep("date.day_alone", pos, m.end(), m.group(0)), *steps)
    if not clock and not hours and span:
        return _days_alone(s, pos, m.end(), (y, mo, d), flags, steps, ctx)
    when = _datetime(pos, (y, mo, d), clock, flags, steps) if clock and None not in (y, mo) else None
    return when or DateReading(pos, m.end(), _edtf(y, mo, d), "date", flags, steps)


def _days_alone(s: str, pos: int, end: int, first: tuple, flags: tuple[str, ...], steps: tuple[DateStep, ...],
                ctx: DateContext) -> DateReading | DateVeto:
    """3日至10日, (16日至19日): a range of days whose month is left out, its month as the first day's
    (the end in the next month where its day is earlier); with that month open, both ends open
    (XXXX-XX-03/XXXX-XX-10), and where no range can be made, nothing (never one end alone)."""
    if first[1] is not None:
        last_end, last, more = _tail(s, end, first, True, ctx)
    else:
        t = _DAY_ALONE_END.match(s, end)
        last_end, last = t.end(), (None, None, _small(t["d"]))
        more = (DateStep("date.range", end, last_end, t.group(0)),)
        last = last if first[2] < last[2] else None
    if last is None:
        return DateVeto("veto.date.range_end", pos, end, f"{s[pos:end]}: a range of days that makes no range")
    ctx.note(pos + 1, *last, False)
    return DateReading(pos, last_end, f"{_edtf(*first)}/{_edtf(*last)}", "date_range", flags, steps + more)


def _day_context(s: str, pos: int, end: int) -> bool:
    """A word after a day alone that makes it a day (20日召开, 16日於), or one before it (截至22日,
    ，至19日行動)."""
    if s.startswith(DAY_ALONE_NEXT, end) or s.endswith(DAY_ALONE_AFTER, 0, pos):
        return True
    word = next((w for w in DAY_ALONE_AFTER_OPENING if s.endswith(w, 0, pos)), None)
    before = pos - len(word) if word else -1
    return word is not None and (before == 0 or s[before - 1] in CLAUSE_BREAKS)


def _hours_after(s: str, pos: int) -> bool:
    """A range of clock times right after a day (9日0时至18时三刻, 9日晚8时至10时)."""
    got = time_at(s, skip_lead_in(s, pos))
    return got is not None and got.unit == "time_range" and got.start == pos


def _day_month(s: str, pos: int, d: int, ctx: DateContext) -> tuple[int | None, int | None, tuple] | None:
    """Year and month of a day written alone, and the steps that found them (None: unsure)."""
    doc = None if ctx.doubted else ctx.document
    rel = re.search(r"(今天|今日|昨天|昨日|前天|前日)[（(]$", s[max(0, pos - 4):pos])
    if rel:
        return _relative_day(ctx, rel[1], RELATIVE_DAYS[rel[1]], d, pos, "date.relative_day")
    near = _continued_date(ctx, pos)
    if near is False or near and _document_month_rivals(s, pos, near, d, doc):
        return None
    if near:
        y = near.year or _infer_year(s, pos, near.month, d, ctx)[0]
        return y, near.month, (DateStep("date.inferred_month", pos, pos, f"month {near.month} from the date before it"),)
    if doc and d <= doc.day:
        return doc.year, doc.month, (DateStep("date.inferred_month", pos, pos, f"{doc:%Y-%m} from the document date"),)
    return None, None, ()


def _document_month_rivals(s: str, pos: int, near: _Seen, d: int, doc) -> bool:
    """The date before a day alone is in an earlier paragraph, and the document's month, another
    one, may hold the day too (据通报，截至22日 on a page of 22 February, paragraphs after 从2011年11月
    中旬起): the text names two months for it, so none is given."""
    if doc is None or d > doc.day or (near.year, near.month) in ((doc.year, doc.month), (None, doc.month)):
        return False
    return "\n" in s[near.pos:pos]


def _continued_date(ctx: DateContext, pos: int) -> _Seen | None | bool:
    """The date a day written alone continues (8日 after 7月3日: 7月8日): the nearest date before it
    that has a month; False (unsure) where the dates before it name two months for it: the two
    ends of a range across months (6月1日至8月31日…8日), or a month without a day after a day of
    another month (7月3日…6月以来…8日: July, or June?)."""
    seen = list(islice((x for x in ctx.before(pos) if x.month), _DATES_CONSULTED))
    if not seen:
        return None
    near = seen[0]
    if len(seen) > 1 and near.pos == seen[1].pos + 1 and near.month != seen[1].month:
        return False  # the end of a range (noted one after its start) in another month than its start
    if near.day is None and any(x.day is not None and x.month != near.month for x in seen[1:]):
        return False
    return near


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
    """本月四日, 上月20日, 去年本月十日: a day of the month counted from the document's month (and
    year, after a year word)."""
    word = next((w for w in RELATIVE_MONTHS if s.endswith(w, 0, pos)), None)
    m = _MONTH_DAY.match(s, pos) if word else None
    if m is None:
        return None
    d, doc = _small(m["d"]), None if ctx.doubted else ctx.document
    start = pos - len(word)
    year_word = next((w for w in RELATIVE_YEARS if s.endswith(w, 0, start)), None)  # 去年本月十日
    y = mo = None
    if doc is not None:
        years = RELATIVE_YEARS[year_word] if year_word else 0
        y, month0 = divmod((doc.year + years) * 12 + doc.month - 1 + RELATIVE_MONTHS[word], 12)
        mo = month0 + 1
    if not _real(y, mo, d):
        return None
    start -= len(year_word or "")
    ctx.note(start, y, mo, d, y is not None)
    detail = f"{word} = {y}-{mo:02d}" if y else f"{word} with no document date"
    steps = (DateStep("date.relative_month", start, m.end(), detail),)
    flags = ("relative_month",) if y else ()
    end, last, more = _tail(s, m.end(), (y, mo, d), True, ctx) if y else (m.end(), None, ())
    if last:  # 本月8日至15日: the end takes the month of the start
        ctx.note(start + 1, *last, True)
        return DateReading(start, end, f"{_edtf(y, mo, d)}/{_edtf(*last)}", "date_range", flags, steps + more)
    return DateReading(start, m.end(), _edtf(y, mo, d), "date", flags, steps)
