"""Figures as a tidy pandas DataFrame with typed columns."""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from .engine.figures import FIELDS, QUALIFIERS, UNITS, Figure
from .engine.writers import FLOAT_FIELDS, INT_FIELDS, csv_text, unescape_cell

__all__ = ["to_frame", "read_figures", "frame_csv", "COLUMNS"]

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
    for col in ("text", "measure_word", "change_text", "metric", "metric_en", "sentence", "section",
                "subtheme"):
        df[col] = df[col].astype("string")
    keys = [c for c in ("id", "file") if c in df.columns]
    rest = [c for c in df.columns if c not in COLUMNS and c not in keys]
    return df[keys + list(COLUMNS) + rest]


# --- reading the command line's CSV and Parquet back ----------------------------------------

_DATE_UNITS = frozenset({"date", "date_range", "datetime", "time"})
_TUPLE_FIELDS = [n for n in FIELDS if isinstance(Figure._field_defaults.get(n), tuple)]


def _number(text: str) -> int | float:
    return int(text) if text.lstrip("-").isdigit() else float(text)


def _cell(v: object) -> object:
    return None if v is None or (isinstance(v, float) and v != v) else v


def _from_csv(path) -> dict[str, list]:
    """Cells as written (text, no type guessing); a CSV from ``figures`` loses its formula
    guards (:func:`analysis.engine.writers.unescape_cell`)."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    guarded = df.columns[0] in ("id", "file", "index")  # written by writers.csv_text: guarded cells
    cols = {c: [unescape_cell(v) if guarded and isinstance(v, str) else _cell(v) for v in df[c]]
            for c in df.columns}
    cols["value"] = [v if v is None or u in _DATE_UNITS else _number(v)
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

    cols = {c: [_cell(v) for v in values] for c, values in pq.read_table(path).to_pydict().items()}
    numbers, edtf = cols.pop("value_number"), cols.pop("value_edtf")
    cols["value"] = [e if n is None else (int(n) if float(n).is_integer() else n)
                     for n, e in zip(numbers, edtf)]
    for c in _TUPLE_FIELDS:
        if c in cols:
            cols[c] = [tuple(v) if v is not None else () for v in cols[c]]
    return cols


def read_figures(path) -> pd.DataFrame:
    """A ``figures --format csv|parquet`` output (or ``data/derived/figures.csv``) as the
    DataFrame :func:`to_frame` gives, with the ``id``/``file`` column first when present.

    >>> import io
    >>> from analysis.engine.rows import columns
    >>> row = "a.txt,0,6名,0,2,6,count,名,exact,6,6,1,,,,,,,'-6名,,,"
    >>> df = read_figures(io.StringIO(",".join(columns("file")) + "\\n" + row + "\\n"))
    >>> df.loc[0, "value"], str(df["low"].dtype), df.loc[0, "sentence"]
    (6, 'Float64', '-6名')
    """
    name = str(getattr(path, "name", path))
    cols = _from_parquet(path) if name.endswith(".parquet") else _from_csv(path)
    cols.pop("quantity", None)
    return _typed(pd.DataFrame({c: pd.Series(v, dtype=object) for c, v in cols.items()}))


def frame_csv(df: pd.DataFrame) -> str:
    """A DataFrame as CSV text through the project's one CSV writer
    (:func:`analysis.engine.writers.csv_text`: quoted as needed, text cells guarded against
    formulas, missing values empty, ``\n`` line ends)."""
    cells = df.astype(object).where(df.notna(), None)
    return csv_text([tuple(df.columns), *cells.itertuples(index=False, name=None)], "\n")
