"""A pillar's statements (clauses), coded from ``data/codes.csv`` and marked measurable
when they carry a figure."""
from __future__ import annotations

import bisect
import re

import pandas as pd

from ..briefings.briefing import Briefing
from ..briefings.codes import load_codes
from .keyed import rows_for

__all__ = ["load_codes", "statements", "pillar_statements", "glossary_entry"]

_CLAUSE = re.compile(r"[^，。；！？]+[，。；！？]?")


def statements(b: Briefing, pillar: str, unit: str = "clause", applies_to: str | None = None,
               default: str = "other") -> pd.DataFrame:
    """One row per clause (or sentence) of a pillar: text, sub-theme, measurable, code.

    A statement is measurable when a figure of the briefing lies inside it. Its code is
    the first code of ``codes.csv`` (limited to ``applies_to``, and to the codes written for
    ``b`` or for any briefing) whose keywords it contains.
    """
    sec = next(s for s in b.sections if s.kind == "pillar" and s.heading == pillar)
    codes = rows_for(load_codes(), b)
    if applies_to:
        codes = codes[codes["applies_to"] == applies_to]
    fig_pos = sorted(b.repaired.clean_index(f.start) for f in b.figures)
    text = b.text[sec.start:sec.end]
    pattern = _CLAUSE if unit == "clause" else re.compile(r"[^。！？]+[。！？]?")
    heading_end = text.find("。") + 1 or len(text)
    rows = []
    for m in pattern.finditer(text):
        a, z = sec.start + m.start(), sec.start + m.end()
        body = m.group(0).strip("，。；！？ ")
        if not body:
            continue
        n = bisect.bisect_left(fig_pos, z) - bisect.bisect_left(fig_pos, a)
        code = "heading" if m.end() <= heading_end else next(
            (c.code for c in codes.itertuples() if re.search(c.keywords, body)), default)
        _, sub = b.section_at(a)
        rows.append({"start": a, "end": z, "text": body, "subtheme": sub.heading if sub else None,
                     "figures": n, "measurable": n > 0, "code": code})
    return pd.DataFrame(rows)


def pillar_statements(b: Briefing, pillar: str, **options) -> pd.DataFrame:
    """The statements a pillar makes: :func:`statements` without the clauses of its heading
    (the pillar's title sentence), so every count of statements counts the same clauses."""
    st = statements(b, pillar, **options)
    return st[st["code"] != "heading"].reset_index(drop=True)


def glossary_entry(term: str) -> dict[str, str]:
    """The glossary row for ``term`` (english, kind, note, source), or an empty dict.

    >>> glossary_entry("四个100%")["kind"]
    'term'
    """
    import csv
    import io
    from importlib import resources

    text = resources.files("analysis.engine").joinpath("data", "glossary.csv").read_text(encoding="utf-8")
    return next((row for row in csv.DictReader(io.StringIO(text, newline="")) if row["term"] == term), {})
