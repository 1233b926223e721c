"""Consistency checks across a briefing's figures, each with its premise and its arithmetic.

Every check is computed from the figures the engine found and what each stands for (its
``role``, ``period`` and ``metric_class``); none names a number, and none adds an increase, a
base, an example case, a threshold, a target or an earlier period to a level. Three kinds:

- **sub-counts** (:func:`sub_count_checks`): the parts a linking word (其中, 包括, 分别, a colon)
  ties to a total, of the same period and measure: each part within the total, and their sum
  within it only where the parts exclude each other (one facet of ``data/codes.csv`` said to be
  disjoint); parts that may overlap are never added;
- **bases** (:mod:`analysis.briefings.bases`): the base a change implies, from the written
  precision of both the level and the change, against the base the text states (before the
  change, or after it in its sentence or in brackets) or, for a count written exactly, against
  the whole numbers; a stated difference against level and base;
- **skipped** rows for what could not be checked, each with its reason.

A check that cannot fail by construction is left out, or, where a reader would expect it (a
whole-number base one wide or wider), ``skipped`` as not testable at this precision. Every row says what must be true for its
arithmetic to mean something (``premise``).
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .bases import Row, base_checks, row
from .briefing import Briefing
from .intervals import Interval, figure_interval
from .links import (LINKS, headline_figure, in_change_list, label, level_links, linked_parts, listed, measure, numeric, same_sentence_after,
                    same_sentence_before)

__all__ = ["COLUMNS", "run_checks", "sub_count_checks", "headline", "campaign_window", "facets",
           "facet_label", "and_list", "bounds_table", "DISJOINT_FACETS"]

COLUMNS = ["name", "figures", "premise", "arithmetic", "result", "reason", "could_catch", "caveat"]
#: Facets of ``data/codes.csv`` whose counts exclude each other: each fugitive is listed under one
#: place (the facet's note there). Counts of any other facet, or of none, may overlap.
DISJOINT_FACETS = frozenset({"place_listed"})


def headline(b: Briefing):
    """The briefing's headline figure (:func:`analysis.briefings.links.headline_figure`, whose
    definition the walk and the document table share): the first level of the reporting period
    with a metric class, in text order, with its change where the text gives one.

    >>> headline(Briefing("破获刑事案件1106起，抓获嫌疑人300人，破案数同比上升12%。", "2023-11-16")).text
    '1106起'
    """
    return headline_figure(b.figures, b.raw)


def campaign_window(b: Briefing):
    """(start window, duration figure, briefing date) as the engine names them (起始日期 for a
    start after 自…以来/起, 期限 for 为期), or Nones."""
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


def _grouped(parts) -> dict[str, list]:
    """Parts grouped by facet (``data/codes.csv``, "sub-count facet"), in the order of
    codes.csv, uncoded ones last, each uncoded part a facet of its own."""
    codes = _codes("sub-count facet")
    groups: dict[str, list] = {}
    for f in parts:
        groups.setdefault(_code(f.metric, codes, f"other: {f.metric}"), []).append(f)
    order = list(codes["code"])
    return dict(sorted(groups.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))


def facets(b: Briefing, parent) -> dict[str, list]:
    """The sub-counts a linking word ties to ``parent`` (:func:`analysis.briefings.links.linked_parts`),
    grouped by facet: counts in a facet of :data:`DISJOINT_FACETS` exclude each other (one place
    listed a person); counts in different facets, or in any other, may overlap."""
    return _grouped(linked_parts(b, parent)[0])


def facet_label(facet: str) -> str:
    """A facet's reader-facing name from ``data/codes.csv`` ("by place listed 按所列地区");
    an uncoded facet keeps its own name."""
    codes = _codes("sub-count facet").set_index("code")
    if facet not in codes.index:
        return facet
    return f"{codes.at[facet, 'label_en'].lower()} {codes.at[facet, 'label_zh']}"


def _link_premise(total, word: str) -> str:
    return f"{word} ({LINKS[word]}) ties the parts to {total.text}: each is part of it, of the same period and measure"


def _each_part_row(total, parts, word: str, t: Interval) -> Row:
    over = [p for p in parts if figure_interval(p).low > t.high]
    return row(f"Each sub-count within its total ({label(total)})",
               f"{total.text} ⊇ {listed(parts)}",
               _link_premise(total, word) + "; the parts may overlap (different facets, or categories the text "
               "does not say exclude each other), so each is compared with the total, not their sum",
               "; ".join(f"{p.text} ≤ {total.text}" for p in parts[:8]) + ("" if len(parts) <= 8 else " …"),
               "fail" if over else "pass",
               could_catch="a sub-count larger than its total (a misplaced digit, or a part of another measure)")


def _sum_row(total, facet: str, kids, word: str, t: Interval, others) -> Row:
    low = sum(figure_interval(k).low for k in kids)
    return row(f"Disjoint sub-counts within their total ({label(total)}; {facet_label(facet)})",
               f"{total.text} ⊇ " + " + ".join(k.text for k in kids),
               _link_premise(total, word) + f"; the parts of one facet ({facet_label(facet)}) exclude each other",
               f"{' + '.join(str(k.value) for k in kids)} = {low:,.12g} ≤ {t.fmt(0)}; not in this facet "
               f"{t.low - low:,.12g}" + ("" if t.width == 0 else " or more"),
               "pass" if low <= t.high else "fail",
               could_catch="disjoint groups that add up to more than their total",
               caveat=(f"{listed(others)} belong to another facet and may overlap these, so they are not added"
                       if others else "no other facet") + "; the remainder is derived, not stated")


def _skipped_parts(total, parts, word, others) -> Row | None:
    if not others:
        return None
    return row(f"Sub-counts of another measure ({label(total)})",
               f"{total.text}; {listed(others)}", _link_premise(total, word or "其中"), "", "skipped",
               "parts of another metric class (or none): another measure, not added to or compared with the total")


def _total_rows(b: Briefing, total) -> list[Row]:
    parts, word, others = linked_parts(b, total)
    rows = [r for r in (_skipped_parts(total, parts, word, others),) if r]
    t = figure_interval(total)
    parts = [p for p in parts if figure_interval(p) is not None]
    if not parts:
        return rows
    if t is None:
        return rows + [row(f"Sub-counts within their total ({label(total)})", f"{total.text} ⊇ {listed(parts)}",
                           _link_premise(total, word), "", "skipped", "the total's writing gives no bounds (约, 左右)")]
    if len({p.unit for p in parts} | {total.unit}) > 1:
        return rows + [row(f"Sub-counts within their total ({label(total)})", f"{total.text} ⊇ {listed(parts)}",
                           _link_premise(total, word), "", "skipped", "money across currencies: not compared")]
    rows.append(_each_part_row(total, parts, word, t))
    groups = _grouped(parts)
    for facet, kids in groups.items():
        if facet in DISJOINT_FACETS and len(kids) > 1:
            others = [k for g, ks in groups.items() if g != facet for k in ks]
            rows.append(_sum_row(total, facet, kids, word, t, others))
    return rows


def sub_count_checks(b: Briefing) -> list[Row]:
    """The sub-count checks of every level that a linking word gives parts (skipped rows included)."""
    totals = [f for f in b.figures if f.role == "level" and numeric(f) and f.parent is None
              and f.period not in ("target", "other") and not in_change_list(b, f)]
    return [r for t in totals for r in _total_rows(b, t)]


def _unlinked_row(b: Briefing) -> Row | None:
    """One row for the counts listed after a total without a linking word: never added."""
    levels = [m.level for m in level_links(b.figures, b.raw)]
    linked = {f.index for t in levels for group in linked_parts(b, t)[::2] for f in group}
    totals = [f for f in levels if f.parent is None and f.index not in linked and _heads_a_list(b, f)
              and linked_parts(b, f)[1] is None]
    if not totals:
        return None
    return row("Counts listed after a total without a linking word", listed(totals),
               "parts are added to a total only where 其中, 包括, 分别 or a colon ties them to it", "", "skipped",
               f"{len(totals)} total(s) are followed in their sentence by counts of the same measure with no "
               "linking word: whether those are parts of the total the text does not say")


def _heads_a_list(b: Briefing, total) -> bool:
    """A level followed in its sentence by levels of its measure, none before it."""
    def same(f):
        return f.role == "level" and f.unit == "count" and measure(f) == measure(total) and not in_change_list(b, f)
    before = same_sentence_before(b.figures, total)
    return not any(map(same, before)) and any(map(same, same_sentence_after(b.figures, total)))


def run_checks(b: Briefing, extra: list[Row] = ()) -> pd.DataFrame:
    """All checks as a table, one row a check: ``name``, ``figures``, ``premise`` (what must be true
    for the arithmetic to mean something), ``arithmetic``, ``result`` (pass | fail | skipped),
    ``reason`` (why a check was skipped), ``could_catch``, ``caveat``. ``extra`` rows (a study's
    own checks) are appended."""
    rows = sub_count_checks(b) + base_checks(b) + [r for r in (_unlinked_row(b),) if r] + list(extra)
    return pd.DataFrame(rows, columns=COLUMNS)


def and_list(words: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return " and ".join(filter(None, [", ".join(words[:-1]), words[-1] if words else ""]))


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
