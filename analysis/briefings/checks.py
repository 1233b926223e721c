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
from functools import lru_cache

import pandas as pd

from .briefing import Briefing
from .intervals import Interval, figure_interval, implied_base, whole_number_chance
from .paths import DATA

__all__ = ["Check", "run_checks", "headline", "campaign_window", "facets", "facet_label", "itemised",
           "bounds_table", "Itemised", "CaseClass", "case_class", "CASE_CLASSES", "and_list"]

#: One row per category of case: its legal class and legal basis (the single source for the
#: itemised range here and for the claims ledger's legal class).
CASE_CLASSES = DATA / "world" / "case-classes.csv"


@dataclass(frozen=True)
class Check:
    name: str
    figures: str
    arithmetic: str
    result: str  # pass | fail
    could_catch: str
    caveat: str


@dataclass(frozen=True)
class CaseClass:
    """A category of case and its legal class (``data/world/case-classes.csv``)."""

    case_class: str
    legal_class: str  # "criminal" | "criminal or administrative"
    sources: tuple  # keys of data/world/legal-sources.csv
    basis: str

    @property
    def criminal(self) -> bool:
        """Criminal by its label or by law, whatever the circumstances."""
        return self.legal_class == "criminal"


#: A category no rule covers: it may be either, so it is never counted as certainly criminal.
UNCLASSIFIED = CaseClass("unclassified", "criminal or administrative", (),
                         "no rule of data/world/case-classes.csv covers this category")


@lru_cache(maxsize=1)
def _case_rules() -> tuple:
    rows = pd.read_csv(CASE_CLASSES, dtype="string", keep_default_na=False)
    assert set(rows["legal_class"]) <= {"criminal", "criminal or administrative"}, "case-classes.csv: a bad class"
    return tuple((re.compile(r.pattern), CaseClass(r.case_class, r.legal_class,
                                                    tuple(s.strip() for s in r.sources.split(";") if s.strip()),
                                                    r.basis))
                 for r in rows.itertuples())


def case_class(metric: str | None) -> CaseClass:
    """The class of a case category: the first rule of ``data/world/case-classes.csv`` whose
    pattern the metric contains (a label such as 刑事 comes first), else :data:`UNCLASSIFIED`.

    >>> case_class("破获涉林刑事案件").legal_class, case_class("破获跨境赌博案件").legal_class
    ('criminal', 'criminal or administrative')
    """
    return next((c for pat, c in _case_rules() if pat.search(metric or "")), UNCLASSIFIED)


@dataclass(frozen=True)
class Itemised:
    """The counts a briefing itemises under its headline, each with its case class."""

    headline: object
    items: tuple
    classes: tuple  # the CaseClass of each item, in the same order

    @property
    def possibly_administrative(self) -> tuple:
        """The items that can be administrative (治安) cases, not criminal ones."""
        return tuple(f for f, c in zip(self.items, self.classes) if not c.criminal)

    @property
    def certain(self) -> int:
        return sum(f.value for f, c in zip(self.items, self.classes) if c.criminal)

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


@lru_cache(maxsize=None)
def _codes(applies_to: str) -> pd.DataFrame:
    """The rows of ``data/codes.csv`` for one use, read once (callers only read them)."""
    from .codes import load_codes

    codes = load_codes()
    return codes[codes["applies_to"] == applies_to]


def facets(b: Briefing, parent) -> dict[str, list]:
    """The 其中 sub-counts of ``parent`` grouped by facet (``data/codes.csv``, "sub-count
    facet"): counts in one facet are disjoint (one place listed a person); counts in different
    facets may overlap (a homicide fugitive is listed under a place too). An uncoded sub-count
    is a facet of its own."""
    codes = _codes("sub-count facet")
    groups: dict[str, list] = {}
    for f in b.figures:
        if f.parent == parent.index:
            groups.setdefault(_code(f.metric, codes, f"other: {f.metric}"), []).append(f)
    order = list(codes["code"])  # the facets in the order of codes.csv, uncoded ones last
    return dict(sorted(groups.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))


def facet_label(facet: str) -> str:
    """A facet's reader-facing name from ``data/codes.csv`` ("by place listed 按所列地区");
    an uncoded facet keeps its own name."""
    codes = _codes("sub-count facet").set_index("code")
    if facet not in codes.index:
        return facet
    return f"{codes.at[facet, 'label_en'].lower()} {codes.at[facet, 'label_zh']}"


def itemised(b: Briefing) -> Itemised | None:
    """The case counts itemised after the headline (same section and measure word), each
    with its case class (``data/world/case-classes.csv``)."""
    head = headline(b)
    if head is None:
        return None
    items = tuple(f for f in b.figures if f.section == head.section and f.unit == "count"
                  and f.measure_word == head.measure_word and f is not head and f.parent is None
                  and f.index > head.index and isinstance(f.value, (int, float)))
    return Itemised(head, items, tuple(case_class(f.metric) for f in items))


def _facet_checks(b: Briefing) -> list[Check]:
    out = []
    parents = {f.parent for f in b.figures if f.parent is not None}
    for p in (b.figures[i] for i in sorted(parents)):
        groups = facets(b, p)
        for facet, kids in groups.items():
            total = sum(k.value for k in kids)
            others = [k.text for g, ks in groups.items() if g != facet for k in ks]
            out.append(Check(
                f"Disjoint sub-counts within their total ({p.metric}; {facet_label(facet)})",
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
    sure = [f for f in it.items if f not in maybe]
    kinds = list(dict.fromkeys(c.case_class for c in it.classes if not c.criminal))
    return [Check(
        "Itemised cases within the headline total",
        f"{head.text} vs {len(it.items)} itemised counts",
        f"{' + '.join(str(f.value) for f in it.items)} = {it.all} ≤ {head.value}; "
        f"criminal by label or by law: {' + '.join(str(f.value) for f in sure) or '0'} = {it.certain}; "
        f"can be administrative: {' + '.join(f'{f.text} {f.metric}' for f in maybe) or 'nothing'}; "
        f"itemised {Interval(it.certain, it.all).fmt(0)} ({_pct(it.share)} of the total)",
        "pass" if it.all <= head.value else "fail",
        "itemised counts that add up to more than the total they are said to be part of",
        (f"{and_list(kinds)} cases can be administrative (治安) cases, not criminal ones, so they may not "
         "belong in a criminal-case total (each category's class and legal basis: data/world/case-classes.csv); "
         if kinds else "")
        + "the text does not introduce the itemised counts with 其中, so that they are part of the total is a "
          "reading, not a statement: cases solved under other operations or outside the stage counted (cold "
          "cases, for one) may be counted apart; itemised categories may also overlap")]


def and_list(words: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return " and ".join(filter(None, [", ".join(words[:-1]), words[-1] if words else ""]))


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
    precision, through :func:`analysis.briefings.intervals.figure_interval`)."""
    rows = []
    for f in b.figures:
        iv = figure_interval(f)
        if iv is None or iv.low == iv.high:
            continue
        rows.append({"text": f.text, "metric": f.metric, "qualifier": f.qualifier,
                     "low": iv.low, "high": iv.high, "high_open": iv.high_open})
    return pd.DataFrame(rows, columns=["text", "metric", "qualifier", "low", "high", "high_open"])
