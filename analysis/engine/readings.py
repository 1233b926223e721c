"""Pinyin readings of single Chinese characters, without tones, for the ruby repair.

The table ``data/readings.tsv`` (shipped in the package) holds every reading of every
character in pypinyin's character dictionary (itself built from the pinyin-data project, MIT
licence: https://github.com/mozillazg/pinyin-data), tone marks removed and ``ü`` written
``u``, as :func:`toneless` does. Loading it costs a few milliseconds where importing pypinyin
costs over a tenth of a second, and the engine no longer needs pypinyin at run time.

Regenerate it (pypinyin is a development dependency) with::

    uv run python -m analysis.engine.readings

A test proves the shipped table equals what this command writes.

>>> sorted(readings("行"))
['hang', 'heng', 'xing']
>>> readings("A")
frozenset()
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["readings", "table_text", "toneless"]

_FILE = ("data", "readings.tsv")


@lru_cache(maxsize=4096)
def toneless(syllable: str) -> str:
    """A pinyin syllable in lower case without tone marks, ``ü``/``v`` as ``u``.

    >>> toneless("Lǜ"), toneless("guān"), toneless("nv")
    ('lu', 'guan', 'nu')
    """
    return "".join(c for c in unicodedata.normalize("NFD", syllable.lower())
                   if not unicodedata.combining(c)).replace("v", "u")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    text = resources.files(__package__).joinpath(*_FILE).read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines()
                if line and not line.startswith("#"))


@lru_cache(maxsize=20000)
def readings(char: str) -> frozenset[str]:
    """The toneless readings of one character (empty when it has none in the table)."""
    found = _table().get(char)
    return frozenset(found.split(",")) if found else frozenset()


def table_text() -> str:
    """The table as :mod:`pypinyin` gives it now (needs pypinyin; used to regenerate it)."""
    import pypinyin
    from pypinyin import Style, pinyin
    from pypinyin.pinyin_dict import pinyin_dict

    lines = [
        "# Toneless pinyin readings of single characters (character, tab, readings joined by commas).",
        f"# Derived from pypinyin {pypinyin.__version__} (MIT licence), whose character dictionary is",
        "# built from pinyin-data (https://github.com/mozillazg/pinyin-data, MIT licence).",
        "# Regenerate with: uv run python -m analysis.engine.readings",
    ]
    for code in sorted(pinyin_dict):
        char = chr(code)
        found = {toneless(r) for group in pinyin(char, style=Style.TONE, heteronym=True,
                                                 errors="ignore") for r in group}
        if found:
            lines.append(f"{char}\t{','.join(sorted(found))}")
    return "\n".join(lines) + "\n"


def _write() -> None:
    path = Path(__file__).parent.joinpath(*_FILE)
    path.write_text(table_text(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    _write()
