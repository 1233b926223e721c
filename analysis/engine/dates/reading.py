"""The entry points: a date or clock time at a number (:func:`read_at`, :func:`date_at`,
:func:`time_at`), and every date in a text (:func:`find_dates`)."""
from __future__ import annotations

import re

from .. import vocab as V
from .clock import time_at, _clock_point
from .days import _bracketed_day, _day_alone, _relative_month_day
from .edges import _half_month, _relative_edge
from .patterns import (DATE_NEXT, EDGE_FIRST, EDGE_START, TIME_NEXT, _MONTH_DAY, _NUMERIC, _PERIOD,
                       _UNREAD_HOUR_START, _UNREAD_RANGE_START)
from .periods import _months, _period
from .vocabulary import MONTHS_COUNTED_AFTER
from .records import DateContext, DateReading, DateVeto
from .values import _CN_DIGIT
from .written import _bare_day_at_end, _bare_day_range, _dotted_months, _numeric, _written
from .years import _decade, _short_year, _year_range, _year_word


#: The date readers, tried in this order at a number (each returns None when it does not apply).
_DATE_READERS = (_numeric, _dotted_months, _period, _year_range, _decade, _months, _bare_day_range, _bare_day_at_end, _written, _relative_month_day, _short_year,
                 _day_alone, _bracketed_day, _half_month)


def date_at(s: str, pos: int, context: DateContext | None = None) -> DateReading | DateVeto | None:
    """The date, date range or datetime whose number starts at ``s[pos]``.

    A :class:`DateVeto` says the number is date-shaped but not a date (nor a quantity).

    >>> ctx = DateContext.of(date="2021-02-02")
    >>> text = "2020年3月27日、5月6日先后抓获"
    >>> [date_at(text, p, ctx).value for p in (0, text.index("5月"))]
    ['2020-03-27', '2020-05-06']
    >>> date_at("2月30日", 0).rule
    'veto.date.invalid'
    """
    ctx = context if context is not None else DateContext()
    unjoined = _unjoined_range_end(s, pos)
    if unjoined:
        return unjoined
    if pos >= 2 and s[pos - 1] in "年月" and (s[pos - 2].isdigit() or s[pos - 2] in _CN_DIGIT or s[pos - 2] == "十") \
            and _year_word(s, pos, ctx) is None:
        return DateVeto("veto.date.fragment", pos, pos, "the rest of a date whose start was not a date")
    for reader in _DATE_READERS:
        got = reader(s, pos, ctx)
        if got is not None:
            return got
    return None


def _unjoined_range_end(s: str, pos: int, start=_UNREAD_RANGE_START) -> DateVeto | None:
    """The end of a range that was not joined to its start (20201月至9月, 14 時至 18 時 where the
    start was read alone; for a clock time, 20到24時 too): a veto, so the end is never a value of its own."""
    if start.search(s, max(0, pos - _RANGE_JOIN_REACH), pos):
        return DateVeto("veto.date.range_end", pos, pos, "the end of a range not joined to its start (20201月至9月)")
    return None


#: How far back from a number the end of a range's start and its mark may begin (月开始 至 ).
_RANGE_JOIN_REACH = 8


def read_at(s: str, pos: int, end: int, context: DateContext | None = None
            ) -> DateReading | DateVeto | None:
    """A date or time at the number ``s[pos:end]``, tried only when what follows allows one."""
    nxt = s[end:end + 1]
    if s[pos] in EDGE_FIRST and not s[pos].isdigit():
        edge = _relative_edge(s, pos, context if context is not None else DateContext())
        if edge is not None:
            return edge
    if s.endswith("第", 0, pos) and not _PERIOD.match(s, pos - 1):
        return None  # an ordinal (第一时间, 第3年)
    if nxt == "月" and (s.endswith(V.DAY_TRIGGERS, 0, pos) or s.endswith(MONTHS_COUNTED_AFTER, 0, pos)
                       and not _MONTH_DAY.match(s, end + 1)):
        return None  # 连续14月, 为期3月, 近三月 (the past three months), 后三月: a number of months, not a month
    if nxt == " " and s[end + 1:end + 2] in ("年", "月", "日"):
        nxt = s[end + 1]  # 114 年 10 月
    elif nxt == " " and _NUMERIC.match(s, pos):
        nxt = "/"  # 2023 11/25 17:19:01
    elif nxt == " " and s.startswith(V.RANGE_MARKS, end + 1):
        nxt = s[end + 1]  # 1995 – 1997年
    if nxt and (nxt in DATE_NEXT or s[pos] == "半" or s.endswith(("首", "前", "后", "後"), 0, pos)
                or s.startswith(("）日", ")日"), end)):
        got = date_at(s, pos, context)
        if got is not None:
            return got
    if nxt and nxt in TIME_NEXT or "点" in s[pos + 1:end] and not s[pos].isdigit() or s.startswith(V.RANGE_MARKS, end):
        return _unjoined_range_end(s, pos, _UNREAD_HOUR_START) or time_at(s, pos, context)  # 三点零五分: a clock time, not 3.05; 9至11时: two hours
    return None


def read_date(s: str, pos: int, year: int | None = None, *, context: DateContext | None = None
              ) -> tuple[int, str, str] | None:
    """Read a date, date range or datetime starting at ``s[pos]``: ``(end, edtf, unit)`` or None.

    ``year`` is the document's year (fills a year the text leaves out); ``context`` a
    :class:`DateContext` for the whole document (its date, the dates read before).

    >>> read_date("2022年08月05日 15:40", 0)
    (17, '2022-08-05T15:40:00', 'datetime')
    >>> read_date("今年1至8月", 2, year=2023)
    (6, '2023-01/2023-08', 'date_range')
    >>> read_date("截至7月底", 2)
    (5, 'XXXX-07-31', 'date')
    """
    got = date_at(s, pos, context if context is not None else DateContext(year=year))
    return (got.end, got.value, got.unit) if isinstance(got, DateReading) else None


def read_time(s: str, pos: int) -> tuple[int, str] | None:
    """A clock time at ``s[pos]``: ``15:40``, or ``七时``/``十点半`` after a part of the day.

    >>> read_time("截止今日凌晨七时", 6)
    (8, '07:00')
    >>> read_time("下午3点半", 2)
    (5, '15:30')
    >>> read_time("四点二吨", 0) is None
    True
    """
    got = _clock_point(s, pos)
    return (got.end, got.value) if got else None


_NUMBER_START = re.compile(rf"[0-9]+(?:\.[0-9]+)?|[零〇一二两兩三四五六七八九十百千点]+|半|首(?=季)|{EDGE_START}")


def find_dates(text: str, date: str | None = None) -> list[DateReading]:
    """Every date and clock time in ``text`` (dated ``date``), read as the figure engine reads them.

    >>> [(r.value, r.flags) for r in find_dates("2020年3月27日、5月6日先后抓获", "2021-02-02")]
    [('2020-03-27', ()), ('2020-05-06', ('inferred_year',))]
    """
    ctx, found, cursor = DateContext.of(text, date), [], 0
    for m in _NUMBER_START.finditer(text):
        if m.start() < cursor:
            continue
        core = m.group(0).rstrip("点") or m.group(0)
        got = read_at(text, m.start(), m.start() + len(core), ctx)
        if got is not None:
            cursor = got.end
        if isinstance(got, DateReading):
            found.append(got)
    return found
