"""The document table: one row per document of a corpus, documents without figures included.

:func:`document_row` reads one record (``{"id", "text", "date"?, …}``, as
:func:`analysis.briefings.corpus.load_corpus` gives them) and returns a flat dict of :func:`table_columns`:
the record's metadata (every field of the shipped corpus but the text), a title, the campaign's
stated duration, the headline figure, counts per metric class, money per currency and the number
of figures. :func:`document_table` maps it over a corpus. Neither needs pandas, and
:func:`document_row` is a plain module-level function, so it runs in a Dask or Spark worker.

**The same figure, counted once.** A title or lead that repeats an amount of the body is one
figure told twice. Two figures of a document are *the same figure* (:func:`figure_key`) when
they have the same role, one of ``level``, ``increase``, ``decrease`` or ``base``; the same
metric class, or, both without a class, the same non-empty metric text; the same value, low and
high (one of them given); the same unit and measure word; and the same period. Figures of example
cases, thresholds, targets and other roles (dates, durations) are never merged: two cases may
well involve the same sum. ``figures`` counts every figure the engine read; ``distinct_figures``
counts them with repeats merged; the class counts and money columns count distinct figures.

**The headline** is the one the walk and the checks name
(:func:`analysis.briefings.links.headline_figure`): the first level of the reporting period, in
text order, that has a metric class (its metric, class, value, unit, measure word, qualifier — a
value written with 余 or 多 is a lower bound — and change, attached to it or stated apart in its
sentence). **Counts per metric class** (``n_<class>``) count the distinct levels
of the reporting period in each class of ``analysis/engine/data/metric-classes.csv``.

**The title** is the record's own (``title_source`` ``record``), else the one the structure
reader (:func:`analysis.engine.structure.read_structure`) finds in the repaired text
(``structure``), else empty (:func:`analysis.engine.provenance.document_title`, as
:meth:`Briefing.frame`). **Provenance** a record leaves empty is filled: ``date_source``
(``record`` for its own date, ``given`` for ``--date``), ``sha256`` of its text and ``script``
(:func:`script_of`).

>>> row = document_row({"id": "a", "text": "破获刑事案件237起。\\n全市共破获刑事案件237起，涉案金额1.2亿元。"})
>>> row["figures"], row["distinct_figures"], row["n_cases_solved"], row["money_CNY_figures"]
(3, 2, 1, 1)
>>> document_row({"id": "b", "text": "今日无事。"})["figures"]
0
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Iterable

from ..engine.clean import Repaired, clean
from ..engine.figures import Figure
from ..engine.metric_classes import taxonomy
from ..engine.provenance import document_title, record_date, text_sha256
from ..engine.rows import DocumentError, document, titled_figures
from ..engine.structure import read_structure
from ..engine.vocab import MONEY_UNITS
from .links import headline_figure

__all__ = ["METADATA", "MERGED_ROLES", "table_columns", "figure_key", "distinct_figures",
           "document_row", "document_table", "write_document_table", "script_of",
           "TRADITIONAL_SHARE"]

#: The record's fields a document row carries (those of the shipped corpus, text aside).
METADATA = ("id", "date", "date_source", "level", "region", "issuer", "publisher", "url",
            "campaign", "campaign_kind", "access_date", "mirror", "cut", "labelled", "script",
            "sha256")
#: The roles whose repeated mentions are one figure (see the module's docstring).
MERGED_ROLES = frozenset({"level", "increase", "decrease", "base"})
_SUMMARY = ("title", "title_source", "duration_value", "duration_unit", "duration_days",
            "elapsed_days",
            "headline_metric", "headline_class", "headline_value", "headline_unit",
            "headline_measure_word", "headline_qualifier", "headline_change_pct", "figures", "distinct_figures",
            "repeated_mentions")
_DURATION_RULE = "role.duration"
_BOM = b"\xef\xbb\xbf"
_DURATION_UNITS = ("day", "week", "month", "year")
#: (Cues in Simplified: they are looked for in the repaired text.)
#: The word before a campaign's planned length: 为期 "set for a term of" (the seed's 为期100天的
#: “秋风”行动; in the corpus every 为期 span names a campaign's or a programme's term). Not 历时
#: (a span something took: 历时19年 of a cold case), nor a bare span (连续7年, 一年来).
PLANNED = ("为期",)
_PLANNED = re.compile(f"(?:{'|'.join(PLANNED)})[约近]?(?=[0-9一二两三四五六七八九十百半])")
#: Words right after a span of days that say it runs up to the time of writing (四十天来,
#: 30多天以来):
#: an interim report's day of the campaign.
ELAPSED = ("来", "以来")


@lru_cache(maxsize=1)
def table_columns() -> tuple[str, ...]:
    """The document table's columns, in order."""
    classes = tuple(f"n_{c.code}" for c in taxonomy()) + ("n_unclassified",)
    money = tuple(f"money_{cur}_{what}" for cur in MONEY_UNITS for what in ("figures", "largest"))
    return METADATA + _SUMMARY + classes + money


def figure_key(f: Figure) -> tuple | None:
    """What makes two figures of a document the same figure, or None when it is never merged.

    >>> from analysis.engine.figures import extract
    >>> a, b, c = extract("破获刑事案件237起，抓获犯罪嫌疑人237人。全市破获刑事案件237起。")
    >>> figure_key(a) == figure_key(c), figure_key(a) == figure_key(b)
    (True, False)
    """
    what = f.metric_class or (f.metric or None)
    if f.role not in MERGED_ROLES or what is None:
        return None
    if f.value is None and f.low is None and f.high is None:
        return None
    return (f.role, what, _hashable(f.value), f.low, f.high, f.unit, f.measure_word, f.period)


def _hashable(value: object) -> object:
    return json.dumps(value, sort_keys=True) if isinstance(value, (dict, list)) else value


def distinct_figures(figures: Iterable[Figure]) -> list[Figure]:
    """The figures with each repeated mention after the first left out, in text order."""
    seen, kept = set(), []
    for f in figures:
        key = figure_key(f)
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        kept.append(f)
    return kept


#: Share of a text's Han characters that the Traditional-to-Simplified conversion changes, above
#: which the text is written in Traditional characters. Measured on ``data/corpus/collected.jsonl``:
#: its 49 Simplified records change none (0.0), its 25 Traditional ones 20.9 %-40.7 %; 5 % lies
#: well between, so that a name or a quotation in Traditional characters leaves a Simplified text so.
TRADITIONAL_SHARE = 0.05
_HAN = re.compile("[\u4e00-\u9fff]")


def script_of(text: Repaired) -> str | None:
    """``traditional`` or ``simplified`` (the corpus's ``script`` vocabulary), from how much of
    the text the conversion changed (:data:`TRADITIONAL_SHARE`); None for a text without Han.

    >>> script_of(clean("臨夏州召開新聞發布會")), script_of(clean("临夏州召开新闻发布会")), script_of(clean("2024"))
    ('traditional', 'simplified', None)
    """
    han = len(_HAN.findall(text.text))
    if not han:
        return None
    return "traditional" if dict(text.counts).get("traditional", 0) / han > TRADITIONAL_SHARE else "simplified"


def _provenance(record: dict, text: str, repaired: Repaired, date: str | None) -> dict:
    """The record's ``date``, ``date_source``, ``sha256`` and ``script``: its own values where it
    gives them, else where the date came from (:func:`analysis.engine.provenance.record_date`),
    the text's sha256 and the script read from it."""
    when, where = record_date(record, date)
    own = {name: record.get(name) for name in ("date_source", "sha256", "script")}
    return {"date": when, "date_source": own["date_source"] or where, "sha256": own["sha256"] or text_sha256(text),
            "script": own["script"] or script_of(repaired)}


def _cue_before(text: Repaired, f: Figure, cue: re.Pattern) -> bool:
    """Whether ``cue`` comes right before the figure's number; the figure's text may hold it
    (为期100天 is read as one figure)."""
    start, end = text.clean_index(f.start), text.clean_index(f.end)
    return cue.search(text.text[max(0, start - 4):end]) is not None


def _cue_after(text: Repaired, f: Figure, cues: tuple[str, ...]) -> bool:
    """Whether one of ``cues`` starts right after the figure (多 or 余 between them allowed)."""
    end = text.clean_index(f.end)
    return text.text[end:end + 4].lstrip("多余").startswith(cues)


def _durations(figures: list[Figure]) -> list[Figure]:
    return [f for f in figures if f.unit in _DURATION_UNITS and isinstance(f.value, (int, float))
            and any(step.rule == _DURATION_RULE for step in f.steps)]


def _duration(text: Repaired, figures: list[Figure]) -> dict:
    """The campaign's stated length (为期100天, 为期三个月: the first duration after one of
    :data:`PLANNED`), and how far it had run when the text was written (四十天来, 30多天以来: the
    first duration in days before one of :data:`ELAPSED`); None where the text states none."""
    spans = _durations(figures)
    planned = next((f for f in spans if _cue_before(text, f, _PLANNED)), None)
    elapsed = next((f for f in spans if f.unit == "day" and _cue_after(text, f, ELAPSED)), None)
    return {"duration_value": planned.value if planned else None,
            "duration_unit": planned.unit if planned else None,
            "duration_days": planned.value if planned and planned.unit == "day" else None,
            "elapsed_days": elapsed.value if elapsed else None}


def _reported_levels(figures: list[Figure]) -> list[Figure]:
    return [f for f in figures if f.role == "level" and f.period == "reporting"
            and isinstance(f.value, (int, float))]


def _headline(figures: list[Figure], text: str) -> dict:
    """The headline figure (:func:`analysis.briefings.links.headline_figure`), with its change."""
    found = headline_figure(figures, text)
    names = ("metric", "class", "value", "unit", "measure_word", "qualifier", "change_pct")
    if found is None:
        return {f"headline_{n}": None for n in names}
    values = (found.metric, found.metric_class, found.value, found.unit, found.measure_word,
              found.qualifier, found.change_pct)
    return {f"headline_{n}": v for n, v in zip(names, values)}


def _class_counts(levels: list[Figure]) -> dict:
    counts = {f"n_{c.code}": 0 for c in taxonomy()}
    counts["n_unclassified"] = 0
    for f in levels:
        counts[f"n_{f.metric_class}" if f.metric_class else "n_unclassified"] += 1
    return counts


def _money(levels: list[Figure]) -> dict:
    """Per currency: how many distinct amounts, and the largest as written (amounts of different
    metrics overlap — recovered money is part of the money involved —, so they are never summed;
    a bound such as 8898万余元 counts as its written value: the rows give its qualifier)."""
    out = {}
    for cur in MONEY_UNITS:
        amounts = [f.value for f in levels if f.unit == cur]
        out[f"money_{cur}_figures"] = len(amounts)
        out[f"money_{cur}_largest"] = max(amounts) if amounts else None
    return out


def document_row(record: dict, date: str | None = None) -> dict:
    """One document's row (see the module's docstring); ``date`` serves a record without its
    own (``date_source`` ``given``). A malformed record raises
    :class:`analysis.engine.rows.DocumentError`."""
    if isinstance(record, dict) and record.get("date") == "":
        record = {**record, "date": None}  # an unknown date, as the corpus writes it
    doc_id, text, own_date = document(record, record.get("id") if isinstance(record, dict) else None)
    figures, found = titled_figures(text, own_date or date)
    distinct = distinct_figures(figures)
    levels = _reported_levels(distinct)
    repaired = clean(text)
    if not figures:  # the structure is read with the figures only where there are some
        headline = read_structure(repaired.text).title
        found = headline.text if headline else None
    title, title_source = document_title(record.get("title"), "record", found)
    row = {name: record.get(name) for name in METADATA}
    row.update(_provenance(record, text, repaired, date))
    row.update(id=doc_id, title=title, title_source=title_source,
               figures=len(figures), distinct_figures=len(distinct),
               repeated_mentions=len(figures) - len(distinct))
    row.update(_duration(repaired, figures), **_headline(figures, text), **_class_counts(levels), **_money(levels))
    return {name: row[name] for name in table_columns()}


def document_table(records: Iterable[dict]) -> list[dict]:
    """The rows of :func:`document_row` for every record, in order."""
    return [document_row(record) for record in records]


def _batch_records(paths: list[str]) -> Iterable[dict]:
    """The good lines of ``--batch`` inputs (bad ones are reported by the batch run itself)."""
    from ..engine.inputs import InputError

    if "-" in paths:
        raise InputError("--documents reads its inputs twice: give files, not standard input")
    for path in paths:
        with open(path, "rb") as lines:
            for n, line in enumerate(lines, 1):
                record = _json_object(line[3:] if n == 1 and line.startswith(_BOM) else line)
                if record is not None:
                    yield {"id": n, **record}


def _json_object(line: bytes) -> dict | None:
    """The document on a line, or None for a blank or bad line (not UTF-8, not JSON, no text)."""
    try:
        record = json.loads(line.decode("utf-8")) if line.strip() else None
    except ValueError:
        return None
    return record if isinstance(record, dict) and isinstance(record.get("text"), str) else None


def write_document_table(paths: list[str], target: str, date: str | None = None) -> None:
    """Write the document table of ``--batch`` inputs: JSON Lines when ``target`` ends in
    ``.jsonl``, else CSV (the rows' CSV rules: :func:`analysis.engine.writers.encode`)."""
    from ..engine.writers import OutputFile, encode

    rows = []
    for record in list(_batch_records(paths)):
        try:
            rows.append(document_row(record, date))
        except DocumentError:  # named on stderr by the batch run; no row, as there
            continue
    fmt = "jsonl" if target.endswith(".jsonl") else "csv"
    header = "" if fmt == "jsonl" else ",".join(table_columns()) + "\r\n"
    out = OutputFile(target)  # whole or not at all, like the rows
    try:
        out.raw.write(header.encode("utf-8") + encode(rows, fmt, table_columns()))
    except BaseException:
        out.discard()
        raise
    out.commit()
