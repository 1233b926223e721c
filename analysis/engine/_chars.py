"""Character classes shared by the repair and figure modules (private)."""
from __future__ import annotations

import re
import unicodedata
from typing import Iterator

import numpy as np

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: CJK punctuation, full-width forms, curly quotes, ellipsis, dashes, middle dot.
CJK_PUNCT = "\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u00b7"
PINYIN_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêḿńňǹ"

HAN_RE = re.compile(f"[{HAN}]")
CJK_RE = re.compile(f"[{HAN}{CJK_PUNCT}]")


def is_han(ch: str) -> bool:
    """True for a CJK ideograph.

    >>> is_han("機"), is_han("a"), is_han("，")
    (True, False, False)
    """
    return bool(ch) and HAN_RE.match(ch) is not None


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph or a CJK/full-width punctuation mark.

    >>> is_cjk("、"), is_cjk("“"), is_cjk(",")
    (True, True, False)
    """
    return bool(ch) and CJK_RE.match(ch) is not None


#: Format characters (Unicode category Cf, as of Unicode 14, the data of Python 3.11; a test
#: checks it against ``unicodedata``): invisible, they only steer rendering (zero-width space
#: U+200B, joiners U+200C/D, word joiner U+2060, BOM/ZWNBSP U+FEFF, soft hyphen U+00AD,
#: bidirectional marks, tag characters …). Scraped pages carry them inside numbers.
FORMAT_RANGES = ((0x00AD, 0x00AD), (0x0600, 0x0605), (0x061C, 0x061C), (0x06DD, 0x06DD),
                 (0x070F, 0x070F), (0x0890, 0x0891), (0x08E2, 0x08E2), (0x180E, 0x180E),
                 (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
                 (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
                 (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
                 (0xE0020, 0xE007F))
FORMAT_CHARS = "".join(chr(c) for lo, hi in FORMAT_RANGES for c in range(lo, hi + 1))
#: Spaces other than U+0020 that are not CJK (the ideographic space U+3000 is kept): no-break
#: (U+00A0, U+202F), thin, hair, figure, en/em … (U+2000-U+200A). Read like a space.
OTHER_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"


def breaks_a_number(ch: str) -> bool:
    """True for a character that, between two digits, breaks the number in two: a space, a
    mark (combining accents, variation selectors), a symbol that is no operator or currency
    (emoji, ©), a format, private-use or unassigned character.

    >>> [breaks_a_number(c) for c in (" ", "\\u0301", "😀", "\\ue000", "，", "~", "万", ".", "\\n")]
    [True, True, True, True, False, False, False, False, False]
    """
    if ch.isspace():
        return ch not in _LINE_AND_TAB
    return unicodedata.category(ch) in _BREAKING_CATEGORIES


_BREAKING_CATEGORIES = frozenset(("Mn", "Mc", "Me", "So", "Sk", "Cf", "Co", "Cn", "Cs"))
#: A line break or a tab ends a line or a table cell: a boundary, not a break inside a number.
_LINE_AND_TAB = frozenset("\n\r\t\f\v\x1c\x1d\x1e\x85\u2028\u2029")
_POINTS = ".．"


def continues_a_number(s: str, pos: int) -> bool:
    """True when the number starting at ``pos`` is the rest of a number broken by one
    character (see :func:`breaks_a_number`): a digit, then the break, with a decimal point
    on either side of it or none (``1 000``, ``4. 88``, ``4 .88``, ``1😀000``). Reading it
    would give a part of the number, never the number.

    >>> [continues_a_number(t, t.index("8")) for t in ("1 88", "4. 88", "4 .88", "4.88", "共 88", "2\\n88")]
    [True, True, True, False, False, False]
    """
    i, dot = pos - 1, False
    if i >= 0 and s[i] in _POINTS:
        i, dot = i - 1, True
    if i < 1 or not breaks_a_number(s[i]):
        return False
    i -= 1
    if not dot and s[i] in _POINTS:
        i -= 1
    return i >= 0 and s[i].isdigit()

#: A digit, or a place word after one, then a line's end and the indent of the next line.
_LINE_BROKEN_BEFORE = re.compile("(?:[0-9]|[0-9][万萬亿億])\r?\n(?:[ \t\u3000]*\r?\n)*[ \t\u3000]+$")
_LINE_BREAK_LOOKBACK = 40


def after_line_broken_number(s: str, pos: int) -> bool:
    """True when the number starting at ``pos`` opens an indented line and the line before ends
    in a digit (or a place word after one) that the repair did not join to it (clean.
    number_line_break): it may be the tail of a number broken by the print layout.

    >>> [after_line_broken_number(t, t.index("5")) for t in ("共1,234\\n    567元", "7萬\\n  567元", "查獲\\n  567元")]
    [True, True, False]
    """
    if pos == 0 or s[pos - 1] not in " \t\u3000":
        return False
    return _LINE_BROKEN_BEFORE.search(s, max(0, pos - _LINE_BREAK_LOOKBACK), pos) is not None


#: Compatibility forms of the percent sign, whose NFKC form is ``%``: the small ﹪ (U+FE6A, a Macau
#: release of 2010: 下降13.9﹪, tests/cases/heldout13) and the Arabic ٪ (U+066A).
PERCENT_FORMS = "﹪٪"
#: Full-width digits and signs, and the compatibility forms of %, mapped to ASCII (same length, so
#: offsets survive).
FULLWIDTH = str.maketrans("０１２３４５６７８９．％" + PERCENT_FORMS, "0123456789.%" + "%" * len(PERCENT_FORMS))


def codes(text: str) -> np.ndarray:
    """Code points of ``text`` as an array; astral characters become U+FFFF (in no set here)."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.minimum(points, 0xFFFF)


class CharSet:
    """A set of BMP characters that finds its members in a text in one vectorised pass.

    A regex character class costs tens of nanoseconds a character in CPython; a
    lookup table over the code points costs a few.

    >>> CharSet("，。").ends("甲，乙。丙")
    [2, 4]
    """

    def __init__(self, chars: str) -> None:
        if any(ord(c) >= 0xFFFF for c in chars):
            raise ValueError("CharSet holds BMP characters only")
        self.table = np.zeros(0x10000, dtype=bool)
        self.table[[ord(c) for c in chars]] = True

    def where(self, points: np.ndarray) -> np.ndarray:
        """Indices of the members among ``points`` (from :func:`codes`)."""
        return self.table.take(points).nonzero()[0]  # methods, not np.flatnonzero: less overhead

    def finditer(self, pattern: re.Pattern, text: str, points: np.ndarray | None = None,
                 start: int = 0, stop: int | None = None) -> Iterator[re.Match]:
        """``pattern.finditer(text, start, stop)`` for a pattern whose matches are never
        empty and always start with a member of the set: the pattern is tried only there.

        >>> [m.group(0) for m in CharSet("“").finditer(re.compile("“[^”]*”"), "甲“乙”丙“丁”")]
        ['“乙”', '“丁”']
        """
        stop = len(text) if stop is None else stop
        points = codes(text) if points is None else points
        end = start
        for pos in (self.where(points[start:stop]) + start).tolist():
            if pos >= end:
                m = pattern.match(text, pos, stop)
                if m:
                    end = m.end()
                    yield m

    def ends(self, text: str, points: np.ndarray | None = None) -> list[int]:
        """The position just after each member in ``text`` (``points``: its codes, if known)."""
        return (self.where(codes(text) if points is None else points) + 1).tolist()


def matches_by_first_char(variants: dict[str, re.Pattern], text: str) -> list[re.Match]:
    """The matches of a pattern written as one variant per first character.

    ``{",": re.compile(",x"), "，": re.compile("，x")}`` stands for ``[,，]x``. Each variant
    starts with a literal, which the regex engine finds at memchr speed (a leading class is
    tested character by character), and runs only if its character is in the text. Matches
    are merged leftmost first; this equals ``finditer`` of the class pattern when a match
    that starts inside another ends where it ends (runs) or matches never overlap.

    >>> variants = {",": re.compile(",[,，]+"), "，": re.compile("，[,，]+")}
    >>> [m.span() for m in matches_by_first_char(variants, "甲,，,乙，，")]
    [(1, 4), (5, 7)]
    """
    runs = [list(rx.finditer(text)) for first, rx in variants.items() if first in text]
    if len(runs) <= 1:  # one variant's matches are already in order and apart
        return runs[0] if runs else []
    kept: list[re.Match] = []
    for m in sorted((m for run in runs for m in run), key=lambda m: m.start()):
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept
