"""A briefing among its genre: shares, changes, lengths and the engine's error over a corpus.

Everything here takes the records of a corpus (:func:`analysis.briefings.corpus.load_corpus`) and returns
pandas tables; notebook 08 shows them. A *share* is ``k`` documents of ``n`` with a Wilson score
interval (:func:`wilson`), never a bare percentage. What a share measures is what bureaus chose
to publish and what the page store holds (``data/corpus/README.md``), not what police did.

- :func:`campaign_briefings` — the genre: every document but routine news of one operation.
- :func:`class_presence` — per document, whether it reports a level of each metric class.
- :func:`checklist_presence` — per document, whether it reports each item of the seed study's
  checklist (``data/world/briefing-checklist.csv``, read by :func:`analysis.linxia.ledger.checklist`).
- :func:`shares` — the share of documents giving each measure, overall, mainland and by level.
- :func:`changes` — the reported year-on-year changes of reporting-period levels.
- :func:`engine_error` — recall, precision and wrong values per labelled document, judged by
  the shared document scorer's own ``judge`` (``../shared/eval/doc_score.py``).

>>> [round(x, 4) for x in wilson(5, 10)]
[0.2366, 0.7634]
"""
from __future__ import annotations

import importlib.util
import json
import math
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..briefings.briefing import Briefing
from ..briefings.documents import document_table, distinct_figures
from ..engine.metric_classes import taxonomy
from ..engine.rows import figure_rows, sectioned_figures
from ..briefings.paths import DATA, ROOT
from ..briefings.table import frame_csv

__all__ = ["MAINLAND", "SCORER", "wilson", "campaign_briefings", "documents_frame",
           "class_presence", "checklist_presence", "shares", "genre_shares", "changes",
           "engine_error", "error_by", "populations", "rates", "class_totals", "cold_case_totals",
           "COLD_CASE", "GENRE_SHARES", "saved_genre_shares", "share_text"]

MAINLAND = ("ministry", "province", "prefecture", "county", "district")
#: The shared document scorer (read-only reference beside the repository).
SCORER = ROOT.parent / "shared" / "eval" / "doc_score.py"
_Z95 = 1.959963984540054
#: The word of a cold case in a metric (repaired, Simplified text): 积案, "a case left unsolved"
#: (the seed's 侦破2起25年前命案积案; the Ministry's 命案积案 campaigns, h10 and c-ningbo2020cold).
COLD_CASE = "积案"


def wilson(k: int, n: int, z: float = _Z95) -> tuple[float, float]:
    """The Wilson score interval of ``k`` successes in ``n`` (95 % by default; Wilson 1927,
    recommended for small n by Brown, Cai and DasGupta 2001); ``(nan, nan)`` when ``n`` is 0."""
    if n == 0:
        return math.nan, math.nan
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    low = 0.0 if k == 0 else max(0.0, centre - half)  # exactly 0 and 1 at the ends
    return low, 1.0 if k == n else min(1.0, centre + half)


def campaign_briefings(records: list[dict]) -> list[dict]:
    """The genre: documents reporting a campaign's or a period's results (not routine news)."""
    return [r for r in records if r.get("campaign_kind") != "routine_news"]


def _dated(record: dict) -> dict:
    return {**record, "date": record.get("date") or None}


def documents_frame(records: list[dict]) -> pd.DataFrame:
    """The document table (:func:`analysis.briefings.documents.document_table`) as a DataFrame."""
    return pd.DataFrame(document_table([_dated(r) for r in records]))


def class_presence(table: pd.DataFrame) -> pd.DataFrame:
    """One boolean column per metric class: the document reports a level of it."""
    return pd.DataFrame({c.code: table[f"n_{c.code}"] > 0 for c in taxonomy()}).set_index(table["id"])


def checklist_presence(records: list[dict]) -> pd.DataFrame:
    """One boolean column per checklist item: the document reports it with a count (the
    status ``reported`` of :func:`analysis.linxia.ledger.checklist`), over the items written
    for any briefing (an item written for one briefing, such as the seed's county breakdown,
    has no meaning for the others)."""
    from .keyed import WRITTEN_FOR
    from .ledger import checklist, load_world_csv

    items = load_world_csv("briefing-checklist.csv")
    shared = set(items.loc[items[WRITTEN_FOR] == "", "item"])
    rows = {}
    for record in records:
        found = checklist(Briefing.from_record(_dated(record)))
        rows[record["id"]] = {i: s == "reported" for i, s in zip(found["item"], found["status"])
                              if i in shared}
    return pd.DataFrame.from_dict(rows, orient="index")


def _groups(levels: pd.Series) -> dict[str, pd.Series]:
    groups = {"all": levels.notna(), "mainland": levels.isin(MAINLAND)}
    groups.update({level: levels == level for level in levels.dropna().unique()})
    return groups


def shares(presence: pd.DataFrame, levels: pd.Series, kind: str) -> pd.DataFrame:
    """For each column of ``presence`` and each group (all, mainland, each level): ``k`` of
    ``n`` documents, the share and its Wilson interval."""
    rows = []
    levels = pd.Series(levels.to_numpy(), index=presence.index)
    for group, members in _groups(levels).items():
        sub = presence[members]
        for measure in presence.columns:
            k, n = int(sub[measure].sum()), len(sub)
            low, high = wilson(k, n)
            rows.append({"kind": kind, "measure": measure, "group": group, "k": k, "n": n,
                         "share": k / n if n else math.nan, "wilson_low": low, "wilson_high": high})
    return pd.DataFrame(rows)


def genre_shares(records: list[dict] | None = None) -> pd.DataFrame:
    """The shares the seed study cites: metric classes and checklist items among campaign
    briefings of the shipped corpus, all, mainland and by level (``data/derived/genre-shares.csv``)."""
    from ..briefings.corpus import load_corpus

    docs = campaign_briefings(load_corpus() if records is None else records)
    table = documents_frame(docs)
    levels = table.set_index("id")["level"]
    out = pd.concat([shares(class_presence(table), levels, "metric_class"),
                     shares(checklist_presence(docs), levels, "checklist_item")], ignore_index=True)
    return out.round({"share": 4, "wilson_low": 4, "wilson_high": 4})


#: :func:`genre_shares` as ``make data`` writes it.
GENRE_SHARES = ROOT / "data" / "derived" / "genre-shares.csv"


def saved_genre_shares() -> pd.DataFrame:
    """The genre shares as committed (``data/derived/genre-shares.csv``): the numbers of
    :func:`genre_shares` without reading the corpus again."""
    return pd.read_csv(GENRE_SHARES)


def share_text(k: int, n: int, low: float, high: float) -> str:
    """A share for a reader: its sample and its 95 % Wilson interval, never a bare percentage.

    >>> share_text(37, 199, 0.138, 0.2457)
    '37/199 = 19% (95% CI 14%–25%)'
    >>> share_text(0, 0, math.nan, math.nan)
    '0/0: no documents'
    """
    if n == 0:
        return f"{k}/{n}: no documents"
    return f"{k}/{n} = {k / n:.0%} (95% CI {low:.0%}–{high:.0%})"


def _same_measure(a, b) -> bool:
    """The same metric class, or, without one, the same metric text."""
    return a.metric_class == b.metric_class if a.metric_class else bool(a.metric) and a.metric == b.metric


def _base_given(figures: list, change) -> bool:
    """Whether the document gives the base of a change: a base or a difference (a number) of the
    same measure."""
    return any(f.role in ("base", "increase", "decrease") and f.value is not None and f is not change
               and _same_measure(change, f) for f in figures)


def _is_change(f) -> bool:
    """A change of the reporting period on the year before or on no stated basis (not 环比)."""
    return (f.change_pct is not None and f.period == "reporting" and f.change_basis != "mom"
            and f.role in ("level", "increase", "decrease"))


def changes(records: list[dict]) -> pd.DataFrame:
    """Every distinct reported change of the reporting period (year on year, 同比, or with no
    basis stated; month on month, 环比, left out), attached to a level or alone: document, class,
    metric, value (None for a change alone), ``change_pct``, its basis and whether the document
    gives the base (a base figure, or a difference, of the same measure)."""
    rows = []
    for record in records:
        figures = _distinct(record["text"], record.get("date") or None)
        rows += [{"id": record["id"], "level": record.get("level"), "metric_class": f.metric_class,
                  "metric": f.metric, "value": f.value if f.role == "level" else None,
                  "change_pct": f.change_pct, "change_basis": f.change_basis,
                  "base_given": _base_given(figures, f)} for f in figures if _is_change(f)]
    return pd.DataFrame(rows)


@lru_cache(maxsize=1)
def _scorer():
    """The shared scorer's module (its ``judge`` is the logic every score here uses)."""
    if not SCORER.exists():
        raise FileNotFoundError(f"{SCORER}: the shared document scorer is not beside the repository")
    spec = importlib.util.spec_from_file_location("doc_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _labelled_sets() -> list[Path]:
    return sorted((ROOT / "tests" / "cases").glob("heldout*-docs.jsonl"))


def engine_error(sets: list[Path] | None = None) -> pd.DataFrame:
    """Per labelled document of the held-out sets: required gold figures, right, counted
    reported figures and wrong values, as the shared scorer judges the engine's rows."""
    judge, rows = _scorer().judge, []
    for path in sets or _labelled_sets():
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            figs = figure_rows([{"id": doc["id"], "text": doc["text"], "date": doc.get("date")}])
            res, _ = judge(doc, figs)
            rows.append({"id": doc["id"], "set": path.name,
                         "required": sum(1 for g in doc["figures"] if not g.get("optional")),
                         "right": len(res["right"]), "counted": res["reported"] - res["neutral"],
                         "wrong_value": len(res["wrong_value"])})
    return pd.DataFrame(rows)


#: The engine's error per labelled document, as last computed with the shared scorer
#: (``make data`` rewrites it where ``../shared/eval/doc_score.py`` is present).
ENGINE_ERROR = ROOT / "data" / "derived" / "engine-error.csv"


def engine_error_csv() -> str | None:
    """:func:`engine_error` as CSV text, or None where the shared scorer is not beside the
    repository (then the committed ``data/derived/engine-error.csv`` stands)."""
    if not SCORER.is_file():
        return None
    return frame_csv(engine_error())


def saved_engine_error() -> pd.DataFrame:
    """The engine's error per labelled document as committed (``data/derived/engine-error.csv``):
    what a reader without the shared scorer sees, the same numbers :func:`engine_error` gives."""
    return pd.read_csv(ENGINE_ERROR)


_DOC_SCORE = re.compile(r"doc-score: (\d+) docs, recall [\d.]+% \((\d+)/(\d+)\), "
                        r"precision [\d.]+% \((\d+)/(\d+)\), wrong values (\d+)")


def first_contact_scores() -> pd.DataFrame:
    """Each held-out set's score the first time the engine met it: the first ``doc-score``
    line its README records (``tests/cases/heldout*-README.md``), as documents, required,
    right, counted and wrong values: the honest measure on pages never seen."""
    rows = []
    for path in sorted((ROOT / "tests" / "cases").glob("heldout*-README.md")):
        found = _DOC_SCORE.search(path.read_text(encoding="utf-8"))
        if found:
            docs, right, req, right_p, counted, wrong = map(int, found.groups())
            rows.append({"set": path.name.replace("-README.md", ""), "documents": docs,
                         "required": req, "right": right, "counted": counted, "wrong_value": wrong})
    return pd.DataFrame(rows)


def error_by(scores: pd.DataFrame, by: str) -> pd.DataFrame:
    """Recall (right / required) and precision (right / counted), each with its Wilson
    interval, and wrong values, summed over the documents of each ``by`` group."""
    sums = scores.groupby(by)[["required", "right", "counted", "wrong_value"]].sum()
    sums["documents"] = scores.groupby(by).size()
    for name, total in (("recall", "required"), ("precision", "counted")):
        sums[name] = sums["right"] / sums[total]
        bounds = [wilson(k, n) for k, n in zip(sums["right"], sums[total])]
        sums[f"{name}_low"], sums[f"{name}_high"] = zip(*bounds)
    return sums.reset_index()


def populations() -> pd.DataFrame:
    """The sourced populations (``data/context/population.csv``): resident or census counts."""
    df = pd.read_csv(DATA / "context" / "population.csv")
    return df[df["basis"].isin(["census", "resident population", "population"])]


def _population_of(record: dict, pops: pd.DataFrame):
    """The latest sourced population of the document's area on or before its date, or None."""
    level, date = record.get("level"), record.get("date") or ""
    if level == "ministry":
        area = pops[pops["level"] == "national"]
    elif level in ("province", "prefecture"):
        name = (record.get("region") if level == "province" else record.get("issuer") or "").split(" ")[0]
        area = pops[(pops["level"] == level) & pops["area"].str.startswith(name or "\0")]
    else:
        return None
    area = area[area["as_of"] <= date].sort_values("as_of")
    return None if area.empty or not date else area.iloc[-1]


def rates(table: pd.DataFrame, records: list[dict], classes: list[str]) -> pd.DataFrame:
    """Per document with a stated term in days and a sourced population: each class's count per
    100,000 residents per day of the term (a lower bound of the daily rate when the briefing is
    interim, since its counts cover only the days run so far)."""
    pops, by_id, rows = populations(), {r["id"]: r for r in records}, []
    for row in table[table["duration_days"].notna()].itertuples():
        pop = _population_of(by_id[row.id], pops)
        if pop is None:
            continue
        for code in classes:
            count = _class_total(by_id[row.id], code)
            if count is not None:
                rows.append({"id": row.id, "metric_class": code, "count": count,
                             "days": row.duration_days, "population": int(pop["population"]),
                             "population_as_of": pop["as_of"], "population_source": pop["source_url"],
                             "per_100k_per_day": count / pop["population"] * 1e5 / row.duration_days})
    return pd.DataFrame(rows)


@lru_cache(maxsize=512)
def _distinct(text: str, date: str | None) -> tuple:
    """A document's figures with repeated mentions left out (read once per text and date)."""
    return tuple(distinct_figures(sectioned_figures(text, date)))


def _levels(record: dict) -> list:
    """The distinct reporting-period levels of a document, with a number."""
    return [f for f in _distinct(record["text"], record.get("date") or None)
            if f.role == "level" and f.period == "reporting" and isinstance(f.value, (int, float))]


def _class_total(record: dict, code: str):
    """The largest distinct reporting-period level of a class (the total, where the text also
    gives its parts), or None."""
    values = [f.value for f in _levels(record) if f.metric_class == code]
    return max(values) if values else None


def class_totals(records: list[dict], code: str) -> pd.Series:
    """Per document giving the class: its largest reporting-period level (see :func:`rates`)."""
    found = {r["id"]: _class_total(r, code) for r in records}
    return pd.Series({k: v for k, v in found.items() if v is not None}, dtype=float)


def cold_case_totals(records: list[dict]) -> pd.Series:
    """Per document: the largest count of cold cases solved, a level whose metric names
    :data:`COLD_CASE` (积案, a case left unsolved from earlier years: 命案积案 an old homicide)."""
    found = {r["id"]: [f.value for f in _levels(r) if f.unit == "count" and COLD_CASE in (f.metric or "")]
             for r in records}
    return pd.Series({k: max(v) for k, v in found.items() if v}, dtype=float)
