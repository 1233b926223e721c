"""Figures as a tidy pandas DataFrame with typed columns."""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from .engine.figures import FIELDS, QUALIFIERS, UNITS, Figure

__all__ = ["to_frame", "COLUMNS"]

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
    "flags": "short notes separated by ';': vague (数十: bounds only, no value), approx_pair (两三个), inferred_year, inferred_month, relative_year",
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
    df = pd.DataFrame(rows, columns=list(FIELDS))
    df["quantity"] = pd.array([v if isinstance(v, (int, float)) and not isinstance(v, bool) else None
                               for v in df["value"]], dtype="Float64")
    for col in ("index", "start", "end", "parent"):
        df[col] = df[col].astype("Int64")
    df["flags"] = pd.array([";".join(f) for f in df["flags"]], dtype="string")
    for col in ("low", "high", "precision", "change_pct"):
        df[col] = pd.array(df[col].tolist(), dtype="Float64")
    df["unit"] = pd.Categorical(df["unit"], categories=UNITS)
    df["qualifier"] = pd.Categorical(df["qualifier"], categories=QUALIFIERS)
    df["change_basis"] = pd.Categorical(df["change_basis"], categories=["yoy", "mom"])
    for col in ("text", "measure_word", "change_text", "metric", "metric_en", "sentence", "section",
                "subtheme"):
        df[col] = df[col].astype("string")
    return df[list(COLUMNS)]
