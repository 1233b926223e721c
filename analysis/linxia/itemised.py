"""The seed study's itemised check: the case counts the Linxia briefing lists after its headline
(same section and measure word, no 其中), each with its legal class (``data/world/case-classes.csv``:
criminal by its label or by law, or possibly an administrative 治安 case).

It only makes sense where a briefing itemises its headline without a linking word and where the
legal classes are read, as in the seed; the generic checks (:mod:`analysis.briefings.checks`) never
add counts that no linking word ties to a total.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..briefings.bases import row
from ..briefings.briefing import Briefing
from ..briefings.checks import and_list, headline, run_checks
from ..briefings.intervals import Interval
from ..briefings.paths import DATA

__all__ = ["CASE_CLASSES", "CaseClass", "case_class", "Itemised", "itemised", "itemised_check", "seed_checks"]

#: One row per category of case: its legal class and legal basis (the single source for the
#: itemised range here and for the claims ledger's legal class).
CASE_CLASSES = DATA / "world" / "case-classes.csv"


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


def itemised_check(b: Briefing) -> list[dict]:
    """The itemised counts against the headline total, as a row of the checks table; none
    without a headline or itemised counts."""
    it = itemised(b)
    if it is None or not it.items:
        return []
    head, maybe = it.headline, it.possibly_administrative
    sure = [f for f in it.items if f not in maybe]
    kinds = list(dict.fromkeys(c.case_class for c in it.classes if not c.criminal))
    return [row(
        "Itemised cases within the headline total",
        f"{head.text} vs {len(it.items)} itemised counts",
        "the itemised counts are part of the headline total, a reading the text does not state (no 其中)",
        f"{' + '.join(str(f.value) for f in it.items)} = {it.all} ≤ {head.value}; "
        f"criminal by label or by law: {' + '.join(str(f.value) for f in sure) or '0'} = {it.certain}; "
        f"can be administrative: {' + '.join(f'{f.text} {f.metric}' for f in maybe) or 'nothing'}; "
        f"itemised {Interval(it.certain, it.all).fmt(0)} ({_pct(it.share)} of the total)",
        "pass" if it.all <= head.value else "fail", "",
        "itemised counts that add up to more than the total they are said to be part of",
        (f"{and_list(kinds)} cases can be administrative (治安) cases, not criminal ones, so they may not "
         "belong in a criminal-case total (each category's class and legal basis: data/world/case-classes.csv); "
         if kinds else "")
        + "the text does not introduce the itemised counts with 其中, so that they are part of the total is a "
          "reading, not a statement: cases solved under other operations or outside the stage counted (cold "
          "cases, for one) may be counted apart; itemised categories may also overlap")]


def _pct(share: Interval | None) -> str:
    if share is None:
        return "a zero total"
    low, high = f"{share.low:.0%}", f"{share.high:.0%}"
    return low if low == high else f"{low}–{high}"


def seed_checks(b: Briefing) -> pd.DataFrame:
    """The generic checks (:func:`analysis.briefings.checks.run_checks`) and the itemised check."""
    return run_checks(b, extra=itemised_check(b))
