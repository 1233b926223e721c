"""The curated glossary (``data/glossary.csv``): Chinese term -> English gloss."""
from __future__ import annotations

import csv
from functools import lru_cache

from .paths import DATA

__all__ = ["gloss", "glossary"]


@lru_cache(maxsize=1)
def glossary() -> dict[str, str]:
    """Every term of the glossary with its English gloss."""
    path = DATA / "glossary.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["term"]: row["english"] for row in csv.DictReader(fh)}


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
