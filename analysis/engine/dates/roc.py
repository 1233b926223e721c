"""Years of the Republic of China calendar (民國112年, 114年11月 in a Taiwanese page)."""
from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING

from .. import vocab as V
from .vocabulary import ROC_FROM_OPENERS, ROC_FROM_CLOSERS, ROC_SINCE_REACH, SINCE_WORDS
from .patterns import _MONTH_RANGE, _POINT, _ROC_POINT, _ROC_PREFIXED_POINT, _ROC_SIGNAL, _ROC_YEAR_WITH_MONTH

if TYPE_CHECKING:  # the context reads this module: no import at run time
    from .records import DateContext


def _writes_roc_years(text: str, doc: _dt.date | None) -> bool:
    """The text counts years from 1912: it writes 民國 N年, or (dated) a 1xx年 with its month
    or 年度 within a few years of the document's own ROC year (114年11月 in a 2025 page)."""
    if ("民國" in text or "民国" in text) and _ROC_SIGNAL.search(text):
        return True
    near = range(doc.year - 1911 - 5, doc.year - 1911 + 2) if doc else range(0)
    if not any(f"{y}年" in text or f"{y} 年" in text for y in near):  # substring tests first: cheap
        return False
    return any(int(y) in near for y in _ROC_YEAR_WITH_MONTH.findall(text))


def _may_write_roc_years(text: str) -> bool:
    """The text names 民國 or a body only Taiwan's police write of themselves (警政署, 县警察局…):
    a year of two digits in it may count from 1912."""
    return any(w in text for w in ("民國", "民国", *V.REGION_MARKERS["TWD"][0], "警政署", "警察局"))


def _roc_year(s: str, pos: int, ctx: DateContext) -> re.Match | None:
    """A ROC year at ``pos``: after 民國/民国, or with its month (or 年度), or near the page's own
    year, in a text that writes ROC years (see :func:`_writes_roc_years`)."""
    if _roc_prefix_start(s, pos) < pos:
        return _ROC_PREFIXED_POINT.match(s, pos)
    m = _ROC_POINT.match(s, pos) if ctx.roc or not ctx.two_digit_years else None
    if m is None or _POINT.match(s, pos)["y"]:
        return None
    if ctx.roc and (m["m"] or s.startswith("度", m.end()) or _MONTH_RANGE.match(s, m.end()) or _near_roc_year(m, ctx)):
        return m
    return m if _roc_year_since(s, m, ctx) else None


def _roc_year_since(s: str, m: re.Match, ctx: DateContext) -> bool:
    """98年迄今, 105年以來 in a text that writes (or may write) ROC years: the year a period starts,
    not 98 years, where it is within the page's last thirty years (ROC_SINCE_REACH)."""
    y = m["y"]
    if m["m"] or ctx.document is None or not y.isascii():
        return False
    if not (s.startswith(SINCE_WORDS, m.end()) or _roc_year_from(s, m, ctx)):
        return False
    return ctx.document.year - 1911 - ROC_SINCE_REACH <= int(y) <= ctx.document.year - 1911


def _roc_year_from(s: str, m: re.Match, ctx: DateContext) -> bool:
    """自109年起, 從109年起 in a text that writes ROC years: the year a period starts from, framed
    by 自/從/由 before and 起 after (a length of time is not framed so: 自3年起 is no phrase)."""
    opener = s[max(0, m.start() - 1):m.start()]
    return ctx.roc and opener in ROC_FROM_OPENERS and s.startswith(ROC_FROM_CLOSERS, m.end())


def _near_roc_year(m: re.Match, ctx: DateContext) -> bool:
    """114年 alone in a text that writes ROC years, within a few years of the page's own: a year,
    not 114 years (台東警114年查緝數據全面攀升)."""
    y = m["y"]
    if ctx.document is None or not y.isascii():
        return False
    return ctx.document.year - 1911 - 5 <= int(y) <= ctx.document.year - 1911 + 1


def _roc_prefix_start(s: str, pos: int) -> int:
    m = re.search(r"民[國国]\s*$", s[max(0, pos - 4):pos])
    return pos - len(m.group(0)) if m else pos
