"""Known documents recognised by their text, whatever the file's encoding or name.

``data/known_texts.csv`` (shipped in the package) holds, for each seed of the project's
``seeds/`` folder, the sha256 of its text (decoded, without BOM, line ends as ``\\n``) and
its publication date, copied from ``seeds/seeds.csv``; a test keeps the two in agreement. So
the seed saved as GB18030, UTF-16, with a BOM or with Windows line ends gets its date, and a
file that carries a seed's name but not its text is refused.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

__all__ = ["KnownText", "SeedError", "known_date", "known_texts", "text_digest"]


class SeedError(Exception):
    """A seed file is missing or does not match its recorded checksum."""


class KnownText(NamedTuple):
    file: str
    sha256: str  # of the file's bytes, as in seeds/SHA256SUMS
    text_sha256: str  # of the text, see :func:`text_digest`
    published: str


@lru_cache(maxsize=1)
def known_texts() -> tuple[KnownText, ...]:
    """Every known document, from the package data."""
    raw = resources.files(__package__).joinpath("data", "known_texts.csv").read_text(encoding="utf-8")
    return tuple(KnownText(**row) for row in csv.DictReader(io.StringIO(raw, newline="")))


def text_digest(text: str) -> str:
    """sha256 of a text as read: BOM dropped, ``\\r\\n`` and ``\\r`` taken as ``\\n``.

    >>> text_digest("\\ufeff破获\\r\\n") == text_digest("破获\\n")
    True
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def known_date(text: str, name: str | None = None) -> str | None:
    """The publication date of a known document with this text, else None.

    A file named like a known document (``name``'s last part) whose text differs is an
    altered copy: :class:`SeedError`, never a silent reading without its date.

    >>> known_date("破获刑事案件12起", "notes.txt") is None
    True
    >>> known_date("破获刑事案件12起", "seeds/000_95ed0723371d1c45.txt")
    Traceback (most recent call last):
    ...
    analysis.engine.known.SeedError: seeds/000_95ed0723371d1c45.txt: named like the seed 000_95ed0723371d1c45.txt but its text differs (an altered copy?); restore it with `git checkout -- seeds/` or rename it
    """
    digest = text_digest(text)
    for doc in known_texts():
        if doc.text_sha256 == digest:
            return doc.published
    base = os.path.basename(name or "")
    for doc in known_texts():
        if doc.file == base:
            raise SeedError(f"{name}: named like the seed {doc.file} but its text differs "
                            "(an altered copy?); restore it with `git checkout -- seeds/` or rename it")
    return None
