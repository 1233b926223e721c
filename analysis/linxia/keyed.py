"""The briefing the seed study's curated data was written for, and the refusal for any other.

A row of a curated table written for one briefing names it in the column ``written_for``: the
sha256 of that briefing's text (:func:`analysis.engine.provenance.text_sha256`; for the seed,
the digest ``seeds/SHA256SUMS`` and the engine's ``known_texts.csv`` record). An empty cell marks
a row for any briefing (a generic code). :func:`rows_for` keeps the rows of one briefing, so the
seed's notes never join another briefing's ``破获刑事案件`` and its translation never another
text's sentence.

A function that needs the seed's own context (Linxia's population, the campaign's dates, its
peers, its translation) calls :func:`require_seed` first and raises :class:`NotTheSeed` for
another briefing, instead of computing with Linxia's numbers.

>>> from analysis import Briefing
>>> require_seed(Briefing("破获刑事案件12起。", "2024-05-01", "x"), "comparison()", "Use your own.")
Traceback (most recent call last):
...
analysis.linxia.keyed.NotTheSeed: comparison() was written for the seed briefing 000_95ed0723371d1c45.txt (Linxia prefecture, Gansu; published 2023-11-16; text sha256 9668f0867b03…), not for 'x' (text sha256 8f3e28b68ba7…): it would compute with the seed's own data. Use your own.
"""
from __future__ import annotations

from functools import lru_cache, wraps

import pandas as pd

from ..briefings.briefing import Briefing
from ..engine.known import known_texts
from ..engine.provenance import text_sha256
from .seed import SEED

__all__ = ["NotTheSeed", "WRITTEN_FOR", "seed_digest", "is_seed", "require_seed", "seed_only", "rows_for"]

#: The column of a curated table that names the briefing a row was written for.
WRITTEN_FOR = "written_for"


class NotTheSeed(ValueError):
    """A function of the seed study was given another briefing: the message says which
    briefing the function was written for and what to use instead."""


@lru_cache(maxsize=1)
def _seed_text() -> tuple[str, str]:
    """The seed's text digest and publication date, from the engine's package data (so an
    installed package, without ``seeds/``, still knows them)."""
    known = next(k for k in known_texts() if k.file == SEED.name)
    return known.text_sha256, known.published


def seed_digest() -> str:
    """The sha256 of the seed's text: the key of every curated row written for it.

    >>> seed_digest()[:12]
    '9668f0867b03'
    """
    return _seed_text()[0]


def is_seed(b: Briefing) -> bool:
    """Whether ``b``'s text is the seed's, character for character (by its sha256)."""
    return text_sha256(b.raw) == seed_digest()


def require_seed(b: Briefing, what: str, instead: str) -> None:
    """Raise :class:`NotTheSeed` unless ``b`` is the seed: ``what`` names the function,
    ``instead`` says what serves another briefing."""
    if is_seed(b):
        return
    digest, published = _seed_text()
    raise NotTheSeed(
        f"{what} was written for the seed briefing {SEED.name} (Linxia prefecture, Gansu; published "
        f"{published}; text sha256 {digest[:12]}…), not for {b.name!r} (text sha256 "
        f"{text_sha256(b.raw)[:12]}…): it would compute with the seed's own data. {instead}")


def seed_only(instead: str):
    """Decorate a function whose first argument is a briefing: it runs on the seed and raises
    :class:`NotTheSeed` (saying ``instead``) on any other briefing."""
    def decorate(function):
        @wraps(function)
        def on_the_seed(b: Briefing, *args, **kwargs):
            require_seed(b, f"{function.__name__}()", instead)
            return function(b, *args, **kwargs)
        return on_the_seed
    return decorate


def rows_for(table: pd.DataFrame, b: Briefing) -> pd.DataFrame:
    """The rows of a curated table written for ``b`` or for any briefing (an empty
    ``written_for``); a table without the column is refused, never read as everyone's."""
    if WRITTEN_FOR not in table.columns:
        raise KeyError(f"a curated table without its {WRITTEN_FOR!r} column: which briefing it "
                       "was written for is not known")
    keys = table[WRITTEN_FOR].fillna("")
    return table[keys.isin(["", text_sha256(b.raw)])].reset_index(drop=True)
