"""Reading user files: encodings, binary data and other bad input, with clear errors.

Limits: at most :data:`MAX_BYTES` (64 MiB) are read from one file or from standard input;
only a regular file or standard input is read (a directory, a FIFO, a socket or a device is
refused before it is opened, so nothing blocks); a NUL byte anywhere (or a NUL character once
decoded, whatever the BOM or ``--encoding``) means binary data; a document holds at most
:data:`MAX_NUMBERS` numbers (each figure costs memory while it is read: about 2.5 KB).
Without a BOM or ``--encoding`` the encoding is detected among UTF-8, GB18030 and Big5: a
reading is taken only when it is clearly more plausible than every other; otherwise (a short
text that reads as Chinese in two encodings) the input is refused with a request to name it.
"""
from __future__ import annotations

import codecs
import os
import stat
import sys
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from ._chars import CharSet, codes
from ._common import COMMON_HAN

__all__ = ["InputError", "MAX_BYTES", "MAX_NUMBERS", "ResourceLimit", "check_encoding", "check_numbers",
           "decode", "read_input", "same_file"]

#: The most bytes read from one input; past it the input is refused (exit 3 on the CLI).
MAX_BYTES = 64 * 1024 * 1024
#: The most numbers (runs of digits or numeral characters) one document may hold: a document
#: is read whole, and every figure it yields is held until the document is done (about
#: 2.5 KB each), so this bounds the memory one document takes to about 0.5 GB. A real
#: briefing holds a few hundred; the seed copied 1,750 times (10 MB) about 130,000.
MAX_NUMBERS = 200_000

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
#: Tried when no encoding is given and there is no BOM; UTF-8 wins a tie.
FALLBACKS = ("utf-8", "gb18030", "big5")
#: Valid UTF-8 with at least this many multi-byte characters is UTF-8: text in another
#: encoding passes as UTF-8 only by chance, and the chance shrinks with every character.
UTF8_DECISIVE = 16
#: A detected reading must score at least this (share of plausible characters) ...
MIN_SCORE = 0.75
#: ... and beat every other valid reading by this much (less for valid UTF-8, the default:
#: its validity is evidence already) ...
MIN_MARGIN = 0.3
MIN_MARGIN_UTF8 = 0.1
#: ... and have this many non-ASCII characters (fewer say too little to tell encodings apart).
MIN_CHARS = 4
#: The characters scored, from the start (the whole input must still decode).
SCORED_CHARS = 1 << 16

#: What a number can start with or hold: the runs of these bound the figures a text yields.
_NUMERALS = CharSet("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兩")
_PUNCTUATION = frozenset("“”‘’…—·、。，；：？！（）《》〈〉【】「」『』〔〕％．")
_PINYIN = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü")


class InputError(Exception):
    """Input that cannot be read as text; the message says what and where."""


class ResourceLimit(ValueError):
    """A document past a resource limit (:data:`MAX_NUMBERS`); the message says which."""


class _Reading(NamedTuple):
    score: float
    utf8: bool  # ranks UTF-8 first among equal scores
    encoding: str
    text: str


def decode(data: bytes, encoding: str | None = None, name: str = "input") -> tuple[str, str]:
    """Decode bytes, returning ``(text, encoding)``; undecodable or ambiguous bytes are an error.

    >>> decode("臨夏".encode("big5"), "big5")
    ('臨夏', 'big5')
    >>> decode("破获刑事案件".encode("gb18030"))
    ('破获刑事案件', 'gb18030 (detected)')
    >>> decode(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    Traceback (most recent call last):
    ...
    analysis.engine.inputs.InputError: input: binary data (a NUL byte at offset 8), not text
    """
    if encoding:
        return _without_nul(_decode_as(data, encoding, name), name), encoding
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _without_nul(_decode_as(data, enc, name), name), enc
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{name}: binary data (a NUL byte at offset {nul}), not text")
    return _detect(data, name)


def _without_nul(text: str, name: str) -> str:
    """``text``, unless it holds a NUL character (binary data read through a BOM or a named
    encoding: UTF-16's own bytes hold NULs, its characters do not)."""
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(f"{name}: binary data (a NUL character at character {nul}), not text")
    return text


def check_encoding(encoding: str) -> str:
    """``encoding`` if Python can decode text with it; else :class:`InputError` saying why.

    >>> check_encoding("gbk")
    'gbk'
    >>> check_encoding("undefined")
    Traceback (most recent call last):
    ...
    analysis.engine.inputs.InputError: 'undefined' is not a text encoding Python can decode
    """
    try:
        if codecs.lookup(encoding)._is_text_encoding:
            b"a".decode(encoding)  # "undefined" is a text codec that fails on every byte
            return encoding
    except UnicodeDecodeError:  # a real codec, and "a" alone is not text in it (UTF-16)
        return encoding
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    except UnicodeError:
        pass
    raise InputError(f"{encoding!r} is not a text encoding Python can decode")


def _decode_as(data: bytes, encoding: str, name: str) -> str:
    try:
        check_encoding(encoding)
        return data.decode(encoding)
    except InputError as err:
        raise InputError(f"{name}: {err}") from None
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: byte 0x{data[err.start]:02x} at offset {err.start} "
                         f"is not valid {encoding}") from err


def _detect(data: bytes, name: str) -> tuple[str, str]:
    """The one clearly plausible reading among :data:`FALLBACKS`, else an error."""
    utf8_error = ""
    try:
        text = data.decode("utf-8")
        if not _multibyte(text) or _multibyte(text) >= UTF8_DECISIVE:
            return text, "utf-8"
    except UnicodeDecodeError as err:
        first_error = err
        utf8_error = f"byte 0x{data[err.start]:02x} at offset {err.start} is not valid UTF-8; "
    readings = sorted(_readings(data), reverse=True)
    if not readings:
        raise InputError(f"{name}: byte 0x{data[first_error.start]:02x} at offset "
                         f"{first_error.start} is not valid UTF-8, GB18030 or Big5; "
                         "name the encoding with --encoding")
    best = readings[0]
    if len(readings) == 1 and best.utf8:
        return best.text, best.encoding
    runner_up = readings[1].score if len(readings) > 1 else 0.0
    margin = MIN_MARGIN_UTF8 if best.utf8 else MIN_MARGIN
    if (best.score < MIN_SCORE or best.score - runner_up < margin
            or (_multibyte(best.text) < MIN_CHARS and not best.utf8)):
        shown = "; ".join(f"{r.encoding}: {_excerpt(r.text)}" for r in readings)
        raise InputError(f"{name}: {utf8_error}cannot tell the encoding ({shown}); "
                         "name it with --encoding (utf-8, gb18030 or big5)")
    return best.text, best.encoding if best.utf8 else best.encoding + " (detected)"


def _readings(data: bytes) -> list[_Reading]:
    out = []
    for enc in FALLBACKS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        out.append(_Reading(_score(text), enc == "utf-8", enc, text))
    return out


def _multibyte(text: str) -> int:
    return sum(ord(c) > 0x7F for c in text)


def _excerpt(text: str) -> str:
    chars = [c for c in text if ord(c) > 0x7F][:8]
    return repr("".join(chars))


def _score(text: str) -> float:
    """Share of non-ASCII characters a briefing plausibly holds (garbled readings score low).

    A Han character common in briefings, CJK punctuation or a full-width form counts 1; a
    Han character of the standards' frequent sets ¾; any other Han character or a pinyin
    letter ¼ (pinyin follows Han); anything else (kana, Cyrillic, Latin letters with odd
    marks, box drawing …) 0. A reading without a single Han character scores 0.

    >>> _score("品目"), _score("菠萝"), _score("鬯"), _score("·"), _score("Ʒ")
    (1.0, 0.75, 0.25, 0.0, 0.0)
    """
    chars = [c for c in text[:SCORED_CHARS] if ord(c) > 0x7F]
    if not any(_is_han(c) for c in chars):
        return 0.0  # a reading with no Han at all is not a briefing
    return sum(map(_char_weight, chars)) / len(chars)


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def _char_weight(c: str) -> float:
    if c in COMMON_HAN or c in _PUNCTUATION or "\uff01" <= c <= "\uff5e":
        return 1.0
    if _frequent_han(c):
        return 0.75
    if c in _PINYIN or _is_han(c):
        return 0.25
    return 0.0


@lru_cache(maxsize=8192)
def _frequent_han(c: str) -> bool:
    """In GB2312's level 1 (the 3,755 most used Simplified characters) or Big5's 5,401
    frequently used characters: the standards' own frequency classes."""
    for enc, first, last in (("gb2312", b"\xb0\xa1", b"\xd7\xf9"), ("big5", b"\xa4\x40", b"\xc6\x7e")):
        try:
            code = c.encode(enc)
        except UnicodeEncodeError:
            continue
        if first <= code <= last:
            return True
    return False


def read_input(path: str, encoding: str | None = None,
               limit: int = MAX_BYTES) -> tuple[str, str, bytes]:
    """Read ``path`` (``-`` for standard input): ``(text, encoding, bytes)``."""
    if path == "-":
        name = "<stdin>"
        data = _read_stdin(limit)
    else:
        name = path
        _check_regular_file(path, limit)
        try:
            with open(path, "rb") as fh:
                data = _read_capped(fh, name, limit)
        except OSError as err:
            raise InputError(f"{path}: cannot read ({err.strerror})") from err
    text, enc = decode(data, encoding, name)
    if enc.endswith("(detected)"):
        print(f"{name}: not UTF-8; read as {enc}", file=sys.stderr)
    if not text.strip():
        raise InputError(f"{name}: empty input (no text to read)")
    return text, enc, data


def _check_regular_file(path: str, limit: int) -> None:
    """Refuse, before opening, what is missing, too big or not a regular file."""
    try:
        st = os.stat(path)
    except FileNotFoundError as err:
        raise InputError(f"{path}: no such file") from err
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror})") from err
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: not a regular file (a FIFO, socket or device); "
                         "pass its content on standard input instead")
    if st.st_size > limit:
        raise InputError(_too_big(path, limit))


def _read_stdin(limit: int) -> bytes:
    """Standard input's bytes; closed, write-only or unreadable, an :class:`InputError`."""
    stdin = sys.stdin
    if stdin is None:
        raise InputError("<stdin>: standard input is closed")
    try:
        return _read_capped(stdin.buffer, "<stdin>", limit)
    except OSError as err:
        raise InputError(f"<stdin>: cannot read standard input ({err.strerror or err})") from err


def same_file(a: os.stat_result, b: os.stat_result) -> bool:
    """Whether two ``stat`` results are one file (one device, one inode)."""
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def check_numbers(text: str, limit: int = MAX_NUMBERS) -> None:
    """:class:`ResourceLimit` when ``text`` holds more than ``limit`` numbers (runs of digits
    and numeral characters, counted in one vectorised pass).

    >>> check_numbers("破获案件1起，" * 3, limit=3)
    >>> check_numbers("破获案件1起，" * 4, limit=3)
    Traceback (most recent call last):
    ...
    analysis.engine.inputs.ResourceLimit: more than 3 numbers in one document (the limit, which bounds the memory a document takes); split it
    """
    if len(text) <= limit:
        return
    numeral = _NUMERALS.table.take(codes(text))
    starts = int(numeral[0]) + int(np.count_nonzero(numeral[1:] & ~numeral[:-1]))
    if starts > limit:
        raise ResourceLimit(f"more than {limit:,} numbers in one document (the limit, which bounds "
                            "the memory a document takes); split it")


def _read_capped(fh, name: str, limit: int) -> bytes:
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputError(_too_big(name, limit))
    return data


def _too_big(name: str, limit: int) -> str:
    return f"{name}: more than {limit:,} bytes (the limit for one input); split it"
