"""The curated glossary (``analysis/engine/data/glossary.csv``, shipped in the package): Chinese
term -> English gloss."""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources

__all__ = ["gloss", "glossary"]


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    """Every term of the glossary with its English gloss."""
    text = resources.files(__package__).joinpath("data", "glossary.csv").read_text(encoding="utf-8")
    return {row["term"]: row["english"] for row in csv.DictReader(io.StringIO(text, newline=""))}


def gloss(term: str | None) -> str | None:
    """English for a metric or term; None when the glossary does not know it (no guess).

    >>> gloss("破获刑事案件")
    'criminal cases solved'
    >>> gloss("no such term") is None
    True
    """
    if not term:
        return None
    return glossary().get(term)
