"""What a date reader returns (:class:`DateReading`, :class:`DateVeto`, :class:`DateStep`) and
the document context it reads against (:class:`DateContext`)."""
from __future__ import annotations

import datetime as _dt
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterator, NamedTuple

from .roc import _may_write_roc_years, _writes_roc_years


class DateStep(NamedTuple):
    """One rule applied while reading a date: rule id, span in the text, detail."""

    rule: str
    start: int
    end: int
    detail: str


class DateVeto(NamedTuple):
    """A date-shaped number that is not a date (the caller must not read it as a quantity)."""

    rule: str
    start: int
    end: int
    detail: str


class DateReading(NamedTuple):
    """A date, date range, datetime, clock time or clock-time range found in the text."""

    start: int
    end: int
    value: str
    unit: str
    flags: tuple[str, ...] = ()
    steps: tuple[DateStep, ...] = ()
    qualifier: str = "exact"


class _Seen(NamedTuple):
    pos: int
    year: int | None
    month: int | None
    day: int | None
    sure: bool  # year written (or derived by a rule that cannot be wrong)


@dataclass
class DateContext:
    """What a document says about the dates it leaves incomplete.

    ``document``: its own date; ``year``: its year when only that is known; ``roc``: it
    counts years from 1912 (a 民國 year is written in it). Dates are noted as they are
    read, in text order, so later dates can take a year or month from them.
    """

    document: _dt.date | None = None
    year: int | None = None
    roc: bool = False
    seen: list[_Seen] = field(default_factory=list)
    #: The text contradicts the document date (昨日(13日) on a page dated the 28th): the page is
    #: not the day it was written, so nothing more is taken from that date.
    doubted: bool = False
    #: Two-digit years (98年4月) may be read as Gregorian years: not in a text that writes ROC years
    #: or may (it names 民國 or a Taiwanese police body), where 98年 is 2009.
    two_digit_years: bool = True

    @classmethod
    def of(cls, text: str = "", date: str | None = None, year: int | None = None) -> DateContext:
        """A context for ``text`` dated ``date`` (``YYYY-MM-DD``, or ``YYYY``)."""
        doc = None
        if date:
            try:
                doc = _dt.date.fromisoformat(str(date)[:10])
            except ValueError:
                doc = None
            if doc is None and str(date)[:4].isdigit():
                year = int(str(date)[:4])
        roc = _writes_roc_years(text, doc)
        return cls(doc, doc.year if doc else year, roc, two_digit_years=not roc and not _may_write_roc_years(text))

    def note(self, pos: int, y: int | None, m: int | None, d: int | None, sure: bool) -> None:
        if self.seen and pos < self.seen[-1].pos:  # out of text order: keep the list sorted
            i = bisect_left([x.pos for x in self.seen], pos)
            self.seen.insert(i, _Seen(pos, y, m, d, sure))
        else:
            self.seen.append(_Seen(pos, y, m, d, sure))

    def before(self, pos: int) -> Iterator[_Seen]:
        """The dates read before ``pos``, nearest first, at most ``_LOOK_BACK`` characters back
        and at most ``_MAX_SEEN`` of them (so a text of many dates is read in linear time)."""
        walked = 0
        for x in reversed(self.seen):
            walked += 1
            if pos - x.pos > _LOOK_BACK or walked > _MAX_SEEN:
                return
            if x.pos < pos:
                yield x


#: How far back to look for the start of a sentence or paragraph (keeps reading linear).
_LOOK_BACK = 2000

#: How many earlier dates a year-less date consults at most.
_MAX_SEEN = 32
