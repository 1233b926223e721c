"""What the briefing claims, and what such briefings usually report that this one does not.

Two tables, each built from the figures and text through rules kept as data:

- :func:`claims` — one row per claim: every count, sum of money or quantity the engine
  found, plus the superlatives, commitments and achievements matched by
  ``data/world/claim-rules.csv``; joined to the curated judgements in
  ``data/world/claim-judgements.csv`` (overlaps, what would verify it, whether it was
  verified); the legal class of each itemised case count comes from the one table the
  checks read too, ``data/world/case-classes.csv`` (:func:`analysis.linxia.itemised.case_class`).
- :func:`checklist` — each item of ``data/world/briefing-checklist.csv`` (what comparable
  briefings report, each with a real briefing that reports it) marked ``reported``,
  ``partly reported``, ``named without a count`` or ``not reported``.
"""
from __future__ import annotations

import re

import pandas as pd

from ..briefings.briefing import Briefing
from .itemised import itemised
from ..briefings.paths import DATA
from ..briefings.sentences import PHRASE_MARKS, clause_at
from .keyed import WRITTEN_FOR, rows_for

__all__ = ["CLAIM_UNITS", "claims", "checklist", "figure_clauses", "load_world_csv"]

WORLD = DATA / "world"
#: Figure units that are claims (the rest — dates, durations, years — are context).
CLAIM_UNITS = {"count": "count", "CNY": "money", "kg": "quantity"}


def load_world_csv(name: str) -> pd.DataFrame:
    """A curated table from ``data/world/`` (strings, blanks as empty strings)."""
    return pd.read_csv(WORLD / name, dtype="string", keep_default_na=False)


def figure_clauses(b: Briefing) -> list[tuple[object, str]]:
    """Each figure with the clause of the repaired text that holds it."""
    return [(f, clause_at(b.text, b.repaired.clean_index(f.start))) for f in b.figures]


_CLAIM_COLUMNS = ["claim_key", "kind", "figure", "text", "value", "unit", "qualifier", "low", "high",
                  "metric_en", "parent", "section", "clause"]


def _num(x) -> str | None:
    """A number as written by Python (``237``, ``17.6``), None kept: no float widening in the CSV."""
    return None if x is None else str(x)


def _figure_claims(b: Briefing) -> list[dict]:
    figs = b.figures
    rows = []
    for f, clause in figure_clauses(b):
        kind = CLAIM_UNITS.get(f.unit)
        if kind is None:
            continue
        rows.append({"claim_key": f.metric, "kind": kind, "figure": f.index, "text": f.text,
                     "value": _num(f.value), "unit": f.unit, "qualifier": f.qualifier,
                     "low": _num(f.low), "high": _num(f.high), "metric_en": f.metric_en,
                     "parent": None if f.parent is None else figs[f.parent].metric,
                     "section": f.subtheme or f.section, "clause": clause})
    return rows


def _text_claims(b: Briefing) -> list[dict]:
    rows, seen = [], set()
    for rule in load_world_csv("claim-rules.csv").itertuples():
        for m in re.finditer(rule.pattern, b.text):
            clause = clause_at(b.text, m.start(), PHRASE_MARKS)
            if clause in seen:
                continue
            seen.add(clause)
            top, sub = b.section_at(m.start())
            rows.append({"claim_key": clause, "kind": rule.kind, "figure": None, "text": m.group(),
                         "value": None, "unit": None, "qualifier": None, "low": None, "high": None,
                         "metric_en": None, "parent": None,
                         "section": sub.heading if sub else (top.heading if top else None),
                         "clause": clause})
    return rows


def _case_classes(b: Briefing) -> dict[int, tuple[str, str]]:
    """Figure index -> (legal class, basis) for each itemised case count."""
    it = itemised(b)
    if it is None:
        return {}
    return {f.index: (f"{c.legal_class} ({c.case_class})",
                      c.basis + (f" [sources: {', '.join(c.sources)} in data/world/legal-sources.csv]"
                                 if c.sources else ""))
            for f, c in zip(it.items, it.classes)}


def claims(b: Briefing) -> pd.DataFrame:
    """The claims ledger; a claim without a curated judgement keeps blank judgement columns.
    An itemised case count takes its legal class from ``data/world/case-classes.csv``, its
    basis first, then any curated note (as a sentence of its own). The judgements are those
    written for ``b`` (:func:`analysis.linxia.keyed.rows_for`): another briefing's claims carry
    none of the seed's."""
    df = pd.DataFrame(_figure_claims(b) + _text_claims(b), columns=_CLAIM_COLUMNS)
    judged = load_world_csv("claim-judgements.csv")
    assert judged["claim_key"].is_unique, "claim-judgements.csv: a duplicated claim_key"
    judged = rows_for(judged, b).drop(columns=WRITTEN_FOR)
    out = df.merge(judged, on="claim_key", how="left").fillna({c: "" for c in judged.columns})
    for i, (cls, basis) in _case_classes(b).items():
        row = out["figure"] == i
        out.loc[row, "legal_class"] = cls
        out.loc[row, "basis"] = out.loc[row, "basis"].map(lambda note: f"{basis}. {note}" if note else basis)
    out["figure"] = out["figure"].astype("Int64")
    return out


def _matches(pattern: str, texts: list[str]) -> bool:
    return bool(pattern) and any(re.search(pattern, t) for t in texts)


def checklist(b: Briefing) -> pd.DataFrame:
    """Each checklist item with its status in this briefing and the figures that carry it: the
    items for any briefing, and those written for this one (the seed's county breakdown names
    its own counties)."""
    contexts = [(f, f"{f.metric} {clause}") for f, clause in figure_clauses(b)]
    rows = []
    for item in rows_for(load_world_csv("briefing-checklist.csv"), b).itertuples():
        full = [f for f, ctx in contexts if _matches(item.figure_pattern, [ctx])]
        part = [f for f, ctx in contexts if _matches(item.partial_pattern, [ctx])]
        if full:
            status, carried = "reported", full
        elif part:
            status, carried = "partly reported", part
        elif _matches(item.mention_pattern, [b.text]):
            status, carried = "named without a count", []
        else:
            status, carried = "not reported", []
        rows.append({"item": item.item, "item_zh": item.item_zh, "status": status,
                     "figures": " ".join(f"{f.index}:{f.metric}" for f in carried),
                     "source_example": item.source_example, "source_url": item.source_url,
                     "publisher": item.publisher, "source_is_mirror": item.source_is_mirror,
                     "note": item.note})
    return pd.DataFrame(rows)
