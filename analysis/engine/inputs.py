"""Reading user files: encodings, binary data and other bad input, with clear errors."""
from __future__ import annotations

import codecs
import sys
from pathlib import Path

from ._common import COMMON_HAN

__all__ = ["InputError", "decode", "read_input"]

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
#: Tried in order when no encoding is given and there is no BOM.
FALLBACKS = ("utf-8", "gb18030", "big5")


class InputError(Exception):
    """Input that cannot be read as text; the message says what and where."""


def decode(data: bytes, encoding: str | None = None, name: str = "input") -> tuple[str, str]:
    """Decode bytes, returning ``(text, encoding)``; undecodable bytes are an error.

    >>> decode("臨夏".encode("big5"), "big5")
    ('臨夏', 'big5')
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    analysis.engine.inputs.InputError: input: binary data (a NUL byte at offset 8), not text
    """
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError as err:
            raise InputError(f"{name}: unknown encoding {encoding!r}") from err
        except UnicodeDecodeError as err:
            raise InputError(f"{name}: byte 0x{data[err.start]:02x} at offset {err.start} "
                             f"is not valid {encoding}") from err
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return decode(data, enc, name)
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise InputError(f"{name}: binary data (a NUL byte at offset {nul}), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        first_error = err
    found = []
    for enc in FALLBACKS[1:]:
        try:
            found.append((_score(data.decode(enc)), enc))
        except UnicodeDecodeError:
            pass
    if found:
        best = max(found)[1]
        return data.decode(best), best + " (detected)"
    raise InputError(f"{name}: byte 0x{data[first_error.start]:02x} at offset {first_error.start} "
                     f"is not valid UTF-8, GB18030 or Big5; name the encoding with --encoding")


def _score(text: str) -> float:
    """Share of Han characters that are common in briefings (garbled decodings score low)."""
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return sum(c in COMMON_HAN for c in han) / len(han) if han else 0.0


def read_input(path: str, encoding: str | None = None) -> tuple[str, str, bytes]:
    """Read ``path`` (``-`` for standard input): ``(text, encoding, bytes)``."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        try:
            data = p.read_bytes()
        except OSError as err:
            raise InputError(f"{path}: cannot read ({err.strerror})") from err
        name = path
    text, enc = decode(data, encoding, name)
    if enc.endswith("(detected)"):
        print(f"{name}: not UTF-8; read as {enc}", file=sys.stderr)
    if not text.strip():
        raise InputError(f"{name}: empty input (no text to read)")
    return text, enc, data
