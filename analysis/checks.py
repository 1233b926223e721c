"""Consistency checks across a briefing's figures, each with its arithmetic.

Every check is computed from the figures the engine found; none names a number. Only checks
that could fail are kept, and each says what it could catch. A check that compares the text
with a record derived from the same text (the briefing date) or that cannot fail by
construction (a briefing "inside" a campaign it reports on) is not a check and is left out.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from .briefing import Briefing
from .intervals import Interval, figure_interval, implied_base, whole_number_chance

__all__ = ["Check", "run_checks", "headline", "campaign_window", "facets", "itemised",
           "bounds_table", "Itemised"]


@dataclass(frozen=True)
class Check:
    name: str
    figures: str
    arithmetic: str
    result: str  # pass | fail
    could_catch: str
    caveat: str


@dataclass(frozen=True)
class Itemised:
    """The counts a briefing itemises under its headline, split by what they may be."""

    headline: object
    items: tuple
    possibly_administrative: tuple

    @property
    def certain(self) -> int:
        return sum(f.value for f in self.items if f not in self.possibly_administrative)

    @property
    def all(self) -> int:
        return sum(f.value for f in self.items)

    @property
    def share(self) -> Interval | None:
        """The itemised share of the headline total; None for a zero total."""
        if not self.headline.value or self.headline.value <= 0:
            return None
        return Interval(self.certain, self.all) / self.headline.value


def headline(b: Briefing):
    """The first count with an attached change: the briefing's headline figure."""
    return next((f for f in b.figures if f.unit == "count" and f.change_pct is not None), None)


def campaign_window(b: Briefing):
    """(start window, duration figure, briefing date) as found in the text, or Nones."""
    start = next((f for f in b.figures if f.unit in ("date_range", "date") and f.metric == "起始日期"), None)
    length = next((f for f in b.figures if f.unit == "day" and f.metric == "期限"), None)
    return start, length, b.date


def _code(metric: str | None, codes: pd.DataFrame, default: str) -> str:
    return next((c.code for c in codes.itertuples() if re.search(c.keywords, metric or "")), default)


def _codes(applies_to: str) -> pd.DataFrame:
    from .statements import load_codes

    codes = load_codes()
    return codes[codes["applies_to"] == applies_to]


def facets(b: Briefing, parent) -> dict[str, list]:
    """The 其中 sub-counts of ``parent`` grouped by facet (``data/codes.csv``, "sub-count
    facet"): counts in one facet are disjoint (one origin a person); counts in different
    facets may overlap (a homicide fugitive has an origin too). An uncoded sub-count is a
    facet of its own."""
    codes = _codes("sub-count facet")
    groups: dict[str, list] = {}
    for f in b.figures:
        if f.parent == parent.index:
            groups.setdefault(_code(f.metric, codes, f"other: {f.metric}"), []).append(f)
    order = list(codes["code"])  # the facets in the order of codes.csv, uncoded ones last
    return dict(sorted(groups.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))


def itemised(b: Briefing) -> Itemised | None:
    """The case counts itemised after the headline (same section and measure word), with
    those that may be administrative (vice, gambling; ``data/codes.csv``, "case class")."""
    head = headline(b)
    if head is None:
        return None
    items = tuple(f for f in b.figures if f.section == head.section and f.unit == "count"
                  and f.measure_word == head.measure_word and f is not head and f.parent is None
                  and f.index > head.index and isinstance(f.value, (int, float)))
    codes = _codes("case class")
    maybe = tuple(f for f in items if _code(f.metric, codes, "other") == "possibly_administrative")
    return Itemised(head, items, maybe)


def _facet_checks(b: Briefing) -> list[Check]:
    out = []
    parents = {f.parent for f in b.figures if f.parent is not None}
    for p in (b.figures[i] for i in sorted(parents)):
        groups = facets(b, p)
        for facet, kids in groups.items():
            total = sum(k.value for k in kids)
            others = [k.text for g, ks in groups.items() if g != facet for k in ks]
            out.append(Check(
                f"Disjoint sub-counts within their total ({p.metric}; {facet})",
                f"{p.text} ⊇ " + " + ".join(k.text for k in kids),
                f"{' + '.join(str(k.value) for k in kids)} = {total} ≤ {p.value}; not in this facet {p.value - total}",
                "pass" if total <= p.value else "fail",
                "a sub-count larger than its total, or disjoint groups that add up to more than it",
                "the counts of one facet exclude each other; "
                + (f"{', '.join(others)} belong to another facet and may overlap these, so they are not added"
                   if others else "no other facet") + "; the remainder is derived, not stated"))
    return out


def _base_checks(b: Briefing) -> list[Check]:
    out = []
    for f in b.figures:
        if f.change_pct is None or not isinstance(f.value, (int, float)) or f.change_pct <= -100:
            continue
        base = implied_base(f.value, f.change_pct)
        if math.isinf(base.high):  # no upper bound: nothing a whole number could confirm
            continue
        ints = list(range(math.ceil(base.low), math.floor(base.high) + 1))
        out.append(Check(
            f"Implied prior-year base is a whole number ({f.metric})",
            f"{f.text}, {f.change_text}",
            f"{f.value} / (1 + {f.change_pct}%) = {base.fmt(2)}; whole numbers in range: "
            f"{', '.join(map(str, ints)) or 'none'}",
            "pass" if ints else "fail",
            f"a mistyped count or percentage; but a wrong pair passes by chance about "
            f"{whole_number_chance(base):.0%} of the time (the width of the range)",
            "同比 without its base: the base is inferred, and the period compared is not stated"))
    return out


def _itemised_check(b: Briefing) -> list[Check]:
    it = itemised(b)
    if it is None or not it.items:
        return []
    head, maybe = it.headline, it.possibly_administrative
    return [Check(
        "Itemised cases within the headline total",
        f"{head.text} vs {len(it.items)} itemised counts",
        f"{' + '.join(str(f.value) for f in it.items)} = {it.all} ≤ {head.value}; "
        f"without {' + '.join(f.text for f in maybe) or 'nothing'}: {it.certain}; "
        f"itemised {Interval(it.certain, it.all).fmt(0)} ({_pct(it.share)} of the total)",
        "pass" if it.all <= head.value else "fail",
        "itemised counts that add up to more than the total they are said to be part of",
        "vice and gambling cases are mostly administrative (治安), not criminal, so they may "
        "not be part of a criminal-case total; itemised categories may also overlap")]


def _pct(share: Interval | None) -> str:
    if share is None:
        return "a zero total"
    low, high = f"{share.low:.0%}", f"{share.high:.0%}"
    return low if low == high else f"{low}–{high}"


def run_checks(b: Briefing) -> pd.DataFrame:
    """All checks as a table: name, figures, arithmetic, result, could_catch, caveat."""
    out = _facet_checks(b) + _base_checks(b) + _itemised_check(b)
    return pd.DataFrame([c.__dict__ for c in out],
                        columns=["name", "figures", "arithmetic", "result", "could_catch", "caveat"])


def bounds_table(b: Briefing) -> pd.DataFrame:
    """Every numeric figure with the interval its text allows (qualifier and written
    precision, through :func:`analysis.intervals.figure_interval`)."""
    rows = []
    for f in b.figures:
        iv = figure_interval(f)
        if iv is None or iv.low == iv.high:
            continue
        rows.append({"text": f.text, "metric": f.metric, "qualifier": f.qualifier,
                     "low": iv.low, "high": iv.high, "high_open": iv.high_open})
    return pd.DataFrame(rows, columns=["text", "metric", "qualifier", "low", "high", "high_open"])
