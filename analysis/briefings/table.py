"""Figures as a tidy pandas DataFrame with typed columns."""
from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Iterable

import pandas as pd
from pandas.io.formats.style import Styler

from ..engine.figures import FIELDS, QUALIFIERS, UNITS, Figure
from ..engine.metrics import TIME_UNITS
from ..engine.provenance import DOCUMENT_FIELDS
from ..engine.roles import PERIODS, ROLES
from ..engine.writers import FLOAT_FIELDS, INT_FIELDS, csv_text, unescape_cell

__all__ = ["to_frame", "typed_rows", "read_figures", "frame_csv", "readable", "cell_text", "COLUMNS",
           "DOCUMENT_COLUMNS"]

#: The document's columns leading each row of a corpus or a briefing's frame (after its key:
#: ``id`` in ``--batch`` output, ``file`` for files, ``doc_id`` in ``Briefing.frame()``).
DOCUMENT_COLUMNS = {
    "date": "the document's date, YYYY-MM-DD (empty when not known)",
    "date_source": "where that date came from: given (--date, the date argument), record (the "
                   "record's date), page (the HTML page's metadata), seeds.csv; a record's own value kept",
    "url": "the document's address, when known",
    "publisher": "who published it, when known",
    "title": "its title: the record's or the page's own, else the headline its structure shows",
    "title_source": "where that title came from: record, page, source (a Source given by the "
                    "caller), structure (analysis.engine.provenance.TITLE_SOURCES)",
}
assert tuple(DOCUMENT_COLUMNS) == DOCUMENT_FIELDS
_KEYS = ("id", "file", "doc_id")

#: Column -> meaning (the data dictionary of ``figures.csv``).
COLUMNS = {
    "index": "position of the figure in the document (0-based)",
    "text": "the figure as written in the input (raw, artefacts kept)",
    "start": "character offset of the figure in the input",
    "end": "character offset just past the figure in the input",
    "value": "the normalised value: a number, or an EDTF date string",
    "quantity": "the value when it is a number (else empty)",
    "unit": "count, CNY, HKD, TWD, MOP, USD, EUR, AUD, kg, m2, mu, day, week, month, year, hour, percent, pp, date, date_range, datetime, time; empty for a change alone in percent (pp for one in percentage points)",
    "measure_word": "for counts, the Simplified classifier (起, 名, 人 …)",
    "qualifier": "exact, at_least (余/多/逾/以上), about (约/左右), nearly (近), at_most (不足/以下), range",
    "low": "lowest value the text allows (empty when unbounded)",
    "high": "highest value the text allows (empty when unbounded; exclusive after 余/多: 300余 -> below 400)",
    "precision": "place value of the last written digit of a number (4.88亿 -> 1000000, 17.6 -> 0.1; empty for dates and a change alone)",
    "flags": "short notes separated by ';': vague (数十: bounds only, no value), approx_pair (两三个), inferred_year, inferred_month, relative_year, relative_month, inferred_currency (元 taken as a regional currency), change_at_least and the like (the attached change is a bound)",
    "change_pct": "signed change attached to the figure, in percent (上升4.2倍 = 420)",
    "change_basis": "what the change compares with: yoy (同比), mom (环比), empty if unsaid",
    "change_text": "the change as written in the input",
    "metric": "what is measured, a short Simplified phrase",
    "metric_en": "English gloss of the metric from analysis/engine/data/glossary.csv (empty when not glossed)",
    "sentence": "the repaired Simplified sentence holding the figure",
    "section": "the briefing section (pillar) holding the figure",
    "subtheme": "the sub-theme inside the pillar, if any",
    "parent": "for 其中 sub-counts, the index of the figure they break down",
    "role": "what the figure stands for: level, increase, decrease, base (of a comparison), example (a case told as one), threshold (5万元以上的), target, other (dates, durations, list sizes, rewards)",
    "period": "when: reporting, earlier (told for context), base (of a comparison), target (a plan's period), other (publication dates, durations)",
    "metric_class": "what a count or amount counts, a code of analysis/engine/data/metric-classes.csv (cases_solved, suspects_caught, money_recovered …); empty when no class or more than one fits",
}


def to_frame(figures: Iterable[Figure]) -> pd.DataFrame:
    """A DataFrame, one row per figure, with nullable and categorical dtypes.

    >>> from analysis.engine.figures import extract
    >>> df = to_frame(extract("抓获犯罪嫌疑人6名"))
    >>> df[["value", "unit", "measure_word", "qualifier"]].to_dict("records")
    [{'value': 6, 'unit': 'count', 'measure_word': '名', 'qualifier': 'exact'}]
    >>> str(df["unit"].dtype), str(df["low"].dtype), str(df["precision"].dtype), str(df["flags"].dtype)
    ('category', 'Float64', 'Float64', 'string')
    """
    rows = [f.as_dict() for f in figures]
    return _typed(pd.DataFrame(rows, columns=list(FIELDS)))


def typed_rows(records: list[dict]) -> pd.DataFrame:
    """Records of :func:`analysis.engine.rows.record` (a key and the document's fields first)
    as the DataFrame :func:`to_frame` gives, those columns leading.

    >>> from analysis.engine.rows import figure_rows
    >>> df = typed_rows(figure_rows([{"id": "a", "text": "抓获6名", "date": "2024-05-01"}]))
    >>> df.loc[0, ["id", "date", "date_source", "value"]].tolist()
    ['a', '2024-05-01', 'record', 6]
    """
    if not records:
        return _typed(pd.DataFrame(columns=list(FIELDS)))
    return _typed(pd.DataFrame({c: pd.Series([r.get(c) for r in records], dtype=object)
                                for c in records[0]}))


def _flags_text(flags) -> str:
    """A figure's flags as ``;``-joined text (a tuple from the engine, a list from JSON, text
    from CSV, a list or array from Parquet)."""
    if isinstance(flags, str):
        return flags
    if flags is None or (isinstance(flags, float) and flags != flags):
        return ""
    return ";".join(map(str, flags))


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    """Figure columns holding Python values -> to_frame's dtypes; leading id/file kept."""
    df["quantity"] = pd.array([v if isinstance(v, (int, float)) and not isinstance(v, bool) else None
                               for v in df["value"]], dtype="Float64")
    for col in ("index", "start", "end", "parent"):
        df[col] = pd.array(df[col].tolist(), dtype="Int64")
    df["flags"] = pd.array([_flags_text(f) for f in df["flags"]], dtype="string")
    for col in ("low", "high", "precision", "change_pct"):
        df[col] = pd.array(df[col].tolist(), dtype="Float64")
    df["unit"] = pd.Categorical(df["unit"], categories=UNITS)
    df["qualifier"] = pd.Categorical(df["qualifier"], categories=QUALIFIERS)
    df["change_basis"] = pd.Categorical(df["change_basis"], categories=["yoy", "mom"])
    df["role"] = pd.Categorical(df["role"], categories=ROLES)
    df["period"] = pd.Categorical(df["period"], categories=PERIODS)
    df["metric_class"] = df["metric_class"].astype("string")
    for col in ("text", "measure_word", "change_text", "metric", "metric_en", "sentence", "section",
                "subtheme", *(c for c in DOCUMENT_COLUMNS if c in df.columns)):
        df[col] = df[col].astype("string")
    keys = [c for c in _KEYS if c in df.columns]
    keys += [c for c in DOCUMENT_COLUMNS if c in df.columns]
    rest = [c for c in df.columns if c not in COLUMNS and c not in keys]
    return df[keys + list(COLUMNS) + rest]


# --- reading the command line's CSV, JSON, JSON Lines and Parquet back -----------------------

#: Units whose value is text (an EDTF date or interval, a time or a time range), never a number.
_TEXT_VALUE_UNITS = TIME_UNITS
_TUPLE_FIELDS = [n for n in FIELDS if isinstance(Figure._field_defaults.get(n), tuple)]


def _number(text: str) -> int | float:
    return int(text) if text.lstrip("-").isdigit() else float(text)


def _cell(v: object) -> object:
    return None if v is None or (isinstance(v, float) and v != v) else v


#: Columns every figures table has (Parquet splits ``value`` in ``value_number`` and ``value_edtf``).
_FIGURE_MARKS = ("value", "unit")
_PARQUET_MARKS = ("value_number", "value_edtf", "unit")


def _check_figures_table(names: Iterable[str], marks: tuple[str, ...] = _FIGURE_MARKS) -> None:
    """A ValueError, saying what to read it with, when a table holds no figures (a document
    table written by ``--documents``, a corpus): it lacks one of ``marks``.

    >>> _check_figures_table(["id", "title", "figures"])
    Traceback (most recent call last):
    ...
    ValueError: not a table of figures (no value, unit column): a document table (--documents) or a corpus; read it with pandas.read_csv, pandas.read_json(..., lines=True) or analysis.briefings.corpus.load_corpus
    """
    missing = [m for m in marks if m not in set(names)]
    if missing:
        raise ValueError(f"not a table of figures (no {', '.join(missing)} column): a document "
                         "table (--documents) or a corpus; read it with pandas.read_csv, "
                         "pandas.read_json(..., lines=True) or analysis.briefings.corpus.load_corpus")


def _from_csv(path) -> dict[str, list]:
    """Cells as written (text, no type guessing); a CSV from ``figures`` loses its formula
    guards (:func:`analysis.engine.writers.unescape_cell`)."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    _check_figures_table(df.columns)
    guarded = df.columns[0] in (*_KEYS, "index")  # written by writers.csv_text: guarded cells
    cols = {c: [unescape_cell(v) if guarded and isinstance(v, str) else _cell(v) for v in df[c]]
            for c in df.columns}
    cols["value"] = [v if v is None or u in _TEXT_VALUE_UNITS else _number(v)
                     for v, u in zip(cols["value"], cols["unit"])]
    for c in _TUPLE_FIELDS:
        if c in cols:
            cols[c] = [tuple(v.split(";")) if v else () for v in cols[c]]
    for c in (*INT_FIELDS, *FLOAT_FIELDS):
        if c in cols:
            cols[c] = [None if v is None else _number(v) for v in cols[c]]
    return cols


def _from_parquet(path) -> dict[str, list]:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    _check_figures_table(table.column_names, _PARQUET_MARKS)
    cols = {c: [_cell(v) for v in values] for c, values in table.to_pydict().items()}
    numbers, edtf = cols.pop("value_number"), cols.pop("value_edtf")
    cols["value"] = [e if n is None else (int(n) if float(n).is_integer() else n)
                     for n, e in zip(numbers, edtf)]
    for c in _TUPLE_FIELDS:
        if c in cols:
            cols[c] = [tuple(v) if v is not None else () for v in cols[c]]
    return cols


def _from_json(records: list[dict]) -> dict[str, list]:
    """Records of ``--format json`` or ``jsonl``: JSON keeps every type (lists for flags)."""
    keys = list(dict.fromkeys(k for r in records for k in r)) if records else list(FIELDS)
    _check_figures_table(keys)
    return {c: [r.get(c) for r in records] for c in keys}


def _json_records(text: str) -> list[dict]:
    """A JSON array of records (``--format json``) or one record a line (``jsonl``)."""
    if text.lstrip().startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _format(path) -> tuple[str, object]:
    """``(format, source)``: by the suffix of a path, else by the first character of the text
    (``[`` a JSON array, ``{`` JSON Lines, anything else CSV)."""
    name = str(getattr(path, "name", path)).lower()
    if name.endswith(".parquet"):
        return "parquet", path
    if name.endswith((".jsonl", ".ndjson", ".json")):
        return "json", Path(path).read_text(encoding="utf-8-sig")
    if name.endswith(".csv"):
        return "csv", path
    text = path.read() if hasattr(path, "read") else Path(path).read_text(encoding="utf-8-sig")
    text = text.decode("utf-8-sig") if isinstance(text, bytes) else text
    if text.lstrip()[:1] in ("[", "{"):
        return "json", text
    return "csv", io.StringIO(text)


def read_figures(path) -> pd.DataFrame:
    """A ``figures`` output in any format the command line writes (``--format csv``, ``json``,
    ``jsonl``, ``parquet``; or ``data/derived/figures.csv``) as the DataFrame :func:`to_frame`
    gives, with the key (``id``/``file``) and the document's columns first when present. Every
    unit is read: a date, a time or a range of them stays its EDTF text (``'19:00/02:00'``).
    A table without figures (the ``--documents`` table, a corpus) is a ValueError that says
    what reads it.

    >>> import io
    >>> from analysis.engine.rows import columns
    >>> row = "a.txt,2024-05-01,given,,,,,0,6名,0,2,6,count,名,exact,6,6,1,,,,,,,'-6名,,,"
    >>> df = read_figures(io.StringIO(",".join(columns("file")) + "\\n" + row + "\\n"))
    >>> df.loc[0, "value"], str(df["low"].dtype), df.loc[0, "sentence"], df.loc[0, "date"]
    (6, 'Float64', '-6名', '2024-05-01')
    >>> read_figures(io.StringIO('{"text": "19时至次日2时", "value": "19:00/02:00", "unit": "time_range"}'))["value"].tolist()
    ['19:00/02:00']
    """
    fmt, source = _format(path)
    if fmt == "parquet":
        cols = _from_parquet(source)
    elif fmt == "json":
        cols = _from_json(_json_records(source))
    else:
        cols = _from_csv(source)
    cols.pop("quantity", None)
    for c in FIELDS:
        cols.setdefault(c, [None] * len(next(iter(cols.values()), [])))
    return _typed(pd.DataFrame({c: pd.Series(v, dtype=object) for c, v in cols.items()}))


def frame_csv(df: pd.DataFrame) -> str:
    """A DataFrame as CSV text through the project's one CSV writer
    (:func:`analysis.engine.writers.csv_text`: quoted as needed, text cells guarded against
    formulas, missing values empty, ``\n`` line ends)."""
    cells = df.astype(object).where(df.notna(), None)
    return csv_text([tuple(df.columns), *cells.itertuples(index=False, name=None)], "\n")


# --- tables as readers see them -------------------------------------------------------------

def _decimals(x: float) -> int:
    """Decimals for 2–3 significant digits: none from 100 up, one from 10, two from 1, else three
    significant."""
    x = abs(x)
    if x >= 100 or x == 0:
        return 0
    if x >= 10:
        return 1
    if x >= 1:
        return 2
    import math

    return min(6, 2 - math.floor(math.log10(x)))


def cell_text(v: object) -> str:
    """One cell as a reader sees it: empty for a missing value (never NaN), integers with
    thousands separators, 2–3 significant digits otherwise, an interval as ``low–high`` (an
    open top as ``below``), a date as ``16 Nov 2023``.

    >>> from analysis.briefings.intervals import Interval
    >>> [cell_text(v) for v in (None, float("nan"), 2124100, 2.0, 0.19924, 17.55, Interval(0.0714, 0.0857), "x")]
    ['', '', '2,124,100', '2', '0.199', '17.6', '0.0714–0.0857', 'x']
    >>> import datetime as dt; cell_text(dt.date(2023, 11, 16)), cell_text(Interval(28500.0, 30000.0, True))
    ('16 Nov 2023', '28,500 to below 30,000')
    """
    import datetime as dt
    import math

    from .intervals import Interval

    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) or v is pd.NaT:
        return ""
    if isinstance(v, Interval):
        if math.isinf(v.high):
            return f"at least {cell_text(v.low)}"
        d = _decimals(min(abs(v.low), abs(v.high)) or max(abs(v.low), abs(v.high)))
        low, high = f"{v.low:,.{d}f}", f"{v.high:,.{d}f}"
        if v.high_open:
            return f"{low} to below {high}"
        return low if low == high else f"{low}–{high}"
    if isinstance(v, (dt.date, pd.Timestamp)):
        return f"{v.day} {v:%b %Y}"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer()):
        return f"{int(v):,}"
    if isinstance(v, float):
        return f"{v:,.{_decimals(v)}f}"
    return str(v)


class _Table(Styler):
    """A Styler whose plain-text form names its size instead of a memory address, so a
    notebook's saved output is the same on every run."""

    def __repr__(self) -> str:
        rows, cols = self.data.shape
        return f"table of {rows} rows × {cols} columns"


def readable(df: pd.DataFrame, columns: dict[str, str] | None = None, left: tuple[str, ...] = ()):
    """``df`` as a table for readers (every cell through :func:`cell_text`, no index), its
    columns renamed by ``columns`` (in that order when given); text columns in ``left`` are
    left-aligned. A pandas Styler with a fixed id, so the HTML is the same on every run."""
    if columns:
        df = df[list(columns)].rename(columns=columns)
    out = df.apply(lambda col: col.map(cell_text)) if len(df) else df.astype(str)
    styler = _Table(out).hide(axis="index").set_uuid("t")
    cols = [c for c in out.columns if c in left or (columns and c in [columns.get(k) for k in left])]
    if cols:
        styler = styler.set_properties(subset=cols, **{"text-align": "left"})
    return styler.set_table_styles([{"selector": "th", "props": [("text-align", "left")]}])
