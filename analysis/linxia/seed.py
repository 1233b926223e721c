"""The project's raw sources in ``seeds/``: checksums and provenance.

:func:`known_date` (from :mod:`analysis.engine.known`) recognises a seed by its text, so it
also works on an installed package without this folder.
"""
from __future__ import annotations

import csv
import hashlib
from functools import lru_cache
from pathlib import Path

from ..briefings.briefing import Briefing
from ..engine.known import SeedError, known_date
from ..engine.provenance import Source, text_sha256
from ..briefings.paths import ROOT, SEEDS

__all__ = ["SEED", "SeedError", "verify", "load_seed", "seed_info", "seed_briefing", "known_date"]

SEED = SEEDS / "000_95ed0723371d1c45.txt"


def _sums() -> dict[str, str]:
    sums = {}
    for line in (SEEDS / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            sums[name.lstrip("*")] = digest
    return sums


def missing_seed_hint() -> str:
    """What to do about a missing seed: in a checkout, restore it; in an installed package
    (the wheel holds the engine and the analysis, not the study's files), get the repository."""
    if (ROOT / ".git").exists():
        return "restore it with `git checkout -- seeds/`"
    return ("the seed study (seeds/, notebooks/, data/) is in the repository, not in the installed "
            "package: clone the repository to use it; Briefing(text, date) reads any briefing")


def verify(path: Path = SEED) -> bytes:
    """The seed's bytes, after checking them against ``seeds/SHA256SUMS``."""
    path = Path(path)
    if not path.is_file():
        raise SeedError(f"seed file {path} is missing; {missing_seed_hint()}")
    data = path.read_bytes()
    want = _sums().get(path.name)
    got = hashlib.sha256(data).hexdigest()
    if want is None:
        raise SeedError(f"{path.name} has no line in seeds/SHA256SUMS")
    if got != want:
        raise SeedError(f"seed file {path} was altered (sha256 {got[:12]}…, expected {want[:12]}…); "
                        "seeds are never edited: restore it with `git checkout -- seeds/`")
    return data


def load_seed(path: Path = SEED) -> str:
    """The seed's text, verified.

    >>> load_seed().startswith("臨夏州召開")
    True
    """
    return verify(path).decode("utf-8")


@lru_cache(maxsize=1)
def _registry() -> dict[str, dict]:
    """Seed provenance by checksum; empty where ``seeds/`` is absent (an installed wheel)."""
    if not (SEEDS / "seeds.csv").is_file():
        return {}
    with (SEEDS / "seeds.csv").open(encoding="utf-8", newline="") as fh:
        return {row["sha256"]: row for row in csv.DictReader(fh)}


def seed_info(path: Path = SEED) -> dict:
    """The provenance row of a seed (publication date, source URL, caveats)."""
    return dict(_registry()[hashlib.sha256(verify(path)).hexdigest()])


def seed_briefing() -> Briefing:
    """The seed study's briefing, checksum verified, its provenance from ``seeds/seeds.csv``.

    >>> seed_briefing().source.date_source
    'seeds.csv'
    """
    text, info = load_seed(), seed_info()
    return Briefing(text, info["published"], SEED.name, Source(
        SEED.name, path=f"seeds/{SEED.name}", url=info["source_url"], publisher=info["publisher"],
        title=info["title"], date=info["published"], date_source="seeds.csv", encoding="utf-8",
        sha256=text_sha256(text)))
