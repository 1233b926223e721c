"""Consistency checks across a briefing's figures, each with its arithmetic.

Every check is computed from the figures the engine found; none names a number.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from .briefing import Briefing
from .intervals import edtf_range, elapsed_days, implied_base

__all__ = ["Check", "run_checks", "headline", "campaign_window"]


@dataclass(frozen=True)
class Check:
    name: str
    figures: str
    arithmetic: str
    result: str  # pass | fail | note
    caveat: str


def headline(b: Briefing):
    """The first count with an attached change: the briefing's headline figure."""
    return next((f for f in b.figures if f.unit == "count" and f.change_pct is not None), None)


def campaign_window(b: Briefing):
    """(start window, duration figure, briefing date) as found in the text, or Nones."""
    start = next((f for f in b.figures if f.unit in ("date_range", "date") and f.metric == "起始日期"), None)
    length = next((f for f in b.figures if f.unit == "day" and f.metric == "期限"), None)
    return start, length, b.date


def _children(b: Briefing) -> dict[int, list]:
    groups: dict[int, list] = {}
    for f in b.figures:
        if f.parent is not None:
            groups.setdefault(f.parent, []).append(f)
    return groups


def run_checks(b: Briefing) -> pd.DataFrame:
    """All checks as a table: name, figures, arithmetic, result, caveat."""
    out: list[Check] = []
    figs = b.figures
    for pid, kids in _children(b).items():
        p = figs[pid]
        total = sum(k.value for k in kids)
        rest = p.value - total
        out.append(Check(
            f"Sub-counts within their total ({p.metric})",
            f"{p.text} ⊇ " + " + ".join(k.text for k in kids),
            f"{' + '.join(str(k.value) for k in kids)} = {total} ≤ {p.value}; remainder {rest}",
            "pass" if total <= p.value else "fail",
            "其中 sub-counts may overlap (a homicide fugitive can also be from another province); "
            "the remainder is derived, not stated"))
    for f in figs:
        if f.change_pct is not None and isinstance(f.value, (int, float)):
            base = implied_base(f.value, f.change_pct)
            ints = [n for n in range(math.ceil(base.low), math.floor(base.high) + 1)]
            out.append(Check(
                f"Implied prior-year base ({f.metric})",
                f"{f.text}, {f.change_text}",
                f"{f.value} / (1 + {f.change_pct}%) = {base.fmt(2)}; whole numbers in range: "
                f"{', '.join(map(str, ints)) or 'none'}",
                "pass" if ints else "fail",
                "同比 without its base: the base is inferred, and the period compared is not stated"))
    head = headline(b)
    if head is not None:
        sec = head.section
        items = [f for f in figs if f.section == sec and f.unit == "count"
                 and f.measure_word == head.measure_word and f is not head and f.parent is None
                 and f.index > head.index]
        n = sum(f.value for f in items)
        out.append(Check(
            "Itemised cases within the headline total",
            f"{head.text} vs {len(items)} itemised counts",
            f"{' + '.join(str(f.value) for f in items)} = {n} ≤ {head.value}; not itemised {head.value - n}",
            "pass" if n <= head.value else "fail",
            "itemised categories may overlap each other and the headline may count other kinds of case"))
    start, length, date = campaign_window(b)
    if start is not None and length is not None and date:
        days = elapsed_days(edtf_range(start.value), date)
        ok = days.high <= length.value
        out.append(Check(
            "The briefing falls inside the campaign",
            f"{start.text} + {length.text}, briefing {date}",
            f"elapsed {days.fmt(0)} days ≤ {length.value}",
            "pass" if ok else "fail",
            "the start is known only to the ten-day window; the briefing reports a first stage"))
    dates = [f for f in figs if f.unit == "date"]
    if dates and date:
        first = dates[0]
        out.append(Check(
            "The date in the text matches the recorded publication date",
            f"{first.text} vs seeds/seeds.csv",
            f"{first.value} == {date}", "pass" if first.value == date else "fail",
            "the year is inferred from the source page, not printed in the text"))
    for f in figs:
        if f.qualifier == "at_least" and f.unit in ("CNY", "count"):
            out.append(Check(
                f"A lower bound kept as one ({f.metric})", f.text,
                f"{f.value:,} ≤ true value (余/多: 'more than')", "note",
                "the source gives only a lower bound; any sum or ratio with it is a bound too"))
    return pd.DataFrame([c.__dict__ for c in out])
