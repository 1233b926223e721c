"""The curated coding scheme of ``data/codes.csv``: codes for statements and for sub-count
facets, each with where it applies, its labels and its keywords."""
from __future__ import annotations

import pandas as pd

from .paths import DATA

__all__ = ["load_codes"]


def load_codes() -> pd.DataFrame:
    """The curated coding scheme (code, where it applies, labels, keywords)."""
    codes = pd.read_csv(DATA / "codes.csv", dtype="string")
    assert codes["code"].is_unique, "codes.csv: duplicate code"
    assert codes["keywords"].notna().all(), "codes.csv: a code without keywords"
    return codes
