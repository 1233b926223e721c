"""Where the project's files are, resolved from the package (not the working directory)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
DERIVED = DATA / "derived"
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "reports"
