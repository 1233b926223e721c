"""Dates, date ranges and clock times, read as EDTF strings.

Values follow the Extended Date/Time Format of the Library of Congress
(https://www.loc.gov/standards/datetime/, specification of 4 February 2019):

- Level 0: a date is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a date and time is
  complete to the second (``2001-02-03T09:30:01``, extended format with colons),
  so a written ``15:40`` becomes ``T15:40:00``; an interval is ``start/end`` of
  two dates of any precision (``2004-02-01/2005-02``); time of day is excluded
  from intervals, so a clock-time range is reported as ``hh:mm/hh:mm`` (unit
  ``time_range``), and a time of day alone as ISO 8601 ``hh:mm`` (``hh:mm:ss``
  when seconds are written);
- Level 2 ("unspecified digit anywhere within a component"): a part the text
  does not give and the context cannot supply stays ``X`` (``XXXX-11-16``,
  ``XXXX-XX-20``).

Only real calendar dates come out: ``2月30日``, ``13月``, ``2023年2月29日`` are
vetoed (a year left ``XXXX`` may still be a leap year, so ``2月29日`` is kept).

What the text leaves out comes from a :class:`DateContext` (the document's own
date and the dates read before), each such part flagged: ``relative_year``
(今年/去年/前年/明年/上年/本年, from the document date), ``inferred_year`` (from a
date written earlier in the same sentence or paragraph, or from the document
date), ``inferred_month`` (a day written alone: from the month written before
it, else from the document date). Where the context does not settle a part, it
stays unspecified: never a confident wrong year.

>>> read_date("11月16日上午", 0)
(6, 'XXXX-11-16', 'date')
>>> read_date("9月下旬以来", 0, year=2023)
(4, '2023-09-21/2023-09-30', 'date_range')
>>> read_date("7月18日至27日", 0)
(9, 'XXXX-07-18/XXXX-07-27', 'date_range')
>>> read_date("第25起", 1) is None
True
>>> r = date_at("去年5月", 2, DateContext.of(date="2024-01-15"))
>>> r.value, r.start, r.flags
('2023-05', 0, ('relative_year',))

The readers live in one module per concern: :mod:`.written` (dates written in full and their
ranges), :mod:`.periods` (half-years, quarters, runs of months), :mod:`.years` and :mod:`.roc`
(years left out, written short or counted from 1912), :mod:`.days` (a day without its month),
:mod:`.clock` (clock times), :mod:`.durations` (lengths of time written 日, N个半, years and
months, parts joined by 又, days and nights), :mod:`.edges` (the start or end of a year or month named
from the document's date: 去年底, 本月初, 上半月), :mod:`.reading` (the entry points); their words are in
:mod:`.vocabulary`, their patterns in :mod:`.patterns`.
"""
from __future__ import annotations

from .clock import time_at
from .patterns import DATE_NEXT, TIME_NEXT
from .reading import date_at, find_dates, read_at, read_date, read_time
from .records import DateContext, DateReading, DateStep, DateVeto
from .vocabulary import (ANCHOR_YEARS, BRACKETED_DAY_HEADS, DAY_PARTS, PERIODS, RELATIVE_DAYS, RELATIVE_MONTHS,
                         RELATIVE_YEARS, RULES, SAME_DAY_WORDS)

__all__ = ["read_date", "read_time", "read_at", "date_at", "time_at", "find_dates", "DateContext", "DateReading",
           "DateStep", "DateVeto", "RULES", "RELATIVE_YEARS", "RELATIVE_DAYS", "ANCHOR_YEARS", "BRACKETED_DAY_HEADS", "RELATIVE_MONTHS", "SAME_DAY_WORDS",
           "DAY_PARTS",
           "DATE_NEXT", "TIME_NEXT"]
