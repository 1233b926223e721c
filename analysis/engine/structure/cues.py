"""The cue table of page structure: chrome, source lines, bylines, datelines (data, with sources).

``data/structure-cues.tsv`` holds one regular expression a row with its ``group`` (``chrome``,
``source``, ``byline``, ``dateline``, ``continuation``, ``opening``: a label opening the body,
``address``: a speech's address opening the body and heading nothing, ``related``: a label whose
short lines after it are furniture, ``deck``: a subtitle's opening dash, ``part``: the heading of
a part of a work report), its ``kind`` (the chrome kind), where it
applies and the source it was learnt from. ``where`` is ``line`` (the cue opens the line and the
whole line is the span), ``short`` (the same, only on a line of at most :data:`SHORT_LINE`
characters), ``any`` (the cue anywhere in a short line makes the line the span), ``inline`` (the
match alone is the span) or ``start`` (the match at the start of a paragraph is the span).
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Cue", "SHORT_LINE", "cues", "first_cue"]

#: A line of page furniture is short: jusText calls a block under 70 characters "short" and
#: trusts the length of a block more than its words (miso-belica/jusText doc/algorithm.rst).
SHORT_LINE = 70


@dataclass(frozen=True)
class Cue:
    group: str
    kind: str
    where: str
    pattern: re.Pattern
    source: str


@lru_cache(maxsize=None)
def cues(group: str) -> tuple[Cue, ...]:
    """The cues of one group, in the table's order.

    >>> [c.kind for c in cues("dateline")]
    ['dateline', 'dateline', 'dateline']
    """
    text = resources.files("analysis.engine").joinpath("data", "structure-cues.tsv").read_text(
        encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(Cue(r["group"], r["kind"], r["where"], re.compile(r["pattern"], re.I), r["source"])
                 for r in rows if r["group"] == group)


#: cues tried at the start of a line (``Pattern.match``); the others are searched in it.
_AT_START = ("line", "short", "start")


@dataclass(frozen=True)
class _Indexed:
    """A group's cues with a cheap first test: ``at_start`` is every cue tried at a line's start
    as one alternation, so a line on which it fails needs only the ``searched`` cues tried."""

    every: tuple[Cue, ...]
    searched: tuple[Cue, ...]
    at_start: re.Pattern


@lru_cache(maxsize=None)
def _indexed(group: str) -> _Indexed:
    every = cues(group)
    starting = [c.pattern.pattern for c in every if c.where in _AT_START]
    at_start = re.compile("|".join(f"(?:{p})" for p in starting) or "(?!)", re.I)
    return _Indexed(every, tuple(c for c in every if c.where not in _AT_START), at_start)


def first_cue(group: str, body: str) -> tuple[Cue, re.Match] | None:
    """The first cue of ``group`` that holds on the stripped line ``body``, and its match.

    >>> first_cue("chrome", "首页 > 要闻 > 正文")[0].kind, first_cue("chrome", "破获刑事案件12起。")
    ('breadcrumb', None)
    """
    indexed = _indexed(group)
    tried = indexed.every if indexed.at_start.match(body) else indexed.searched
    for cue in tried:
        if cue.where in ("short", "any") and len(body) > SHORT_LINE:
            continue
        m = cue.pattern.search(body) if cue.where in ("any", "inline") else cue.pattern.match(body)
        if m:
            return cue, m
    return None
