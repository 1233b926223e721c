"""Repair scrape artefacts in briefing text, keeping a map back to the raw text.

Each repair is a small ``str -> str`` function; :func:`repair` composes them in one
pass and returns the repaired text, an offset map (``offsets[i]`` is the index in the
raw text of repaired character ``i``) and a count of each repair applied.
:func:`clean` also converts Traditional to Simplified characters with OpenCC, one
character for one character, so the offsets still hold.

>>> r = clean("臨夏州召開全州公安機(jī)關(guān)會議,,通報情況,。")
>>> r.text
'临夏州召开全州公安机关会议，通报情况。'
>>> r.raw[r.offsets[12]]
'議'
>>> dict(r.counts)["pinyin_ruby"]
2
"""
from __future__ import annotations

import bisect
import re
from array import array
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator

import numpy as np

from ._chars import (FORMAT_CHARS, HAN, OTHER_SPACES, PERCENT_FORMS, PINYIN_LETTERS, CharSet, codes, is_cjk,
                     is_han, matches_by_first_char)
from .arguments import check_text
from . import vocab as V
from .readings import readings, toneless

Edit = tuple[int, int, str]

__all__ = ["Repaired", "repair", "clean", "to_simplified", "FIXERS"]


@dataclass(frozen=True)
class Fixer:
    """One repair: a name, a finder of edits, and a ``str -> str`` entry point."""

    name: str
    find: Callable[[str], Iterable[Edit]]
    doc: str

    def __call__(self, text: str) -> str:
        return _apply(text, _identity(len(text)), list(self.find(text)))[0]


FIXERS: list[Fixer] = []


def _fixer(name: str):
    def register(find: Callable[[str], Iterable[Edit]]) -> Fixer:
        fx = Fixer(name, find, (find.__doc__ or "").strip())
        FIXERS.append(fx)
        return fx
    return register


def _identity(n: int) -> array:
    """``array('q', range(n))``, built in C (a Python range loop costs ~70 ns a character)."""
    out = array("q")
    out.frombytes(np.arange(n, dtype=np.int64).tobytes())
    return out


def _apply(text: str, offsets: array, edits: list[Edit]) -> tuple[str, array]:
    """Apply non-overlapping, sorted edits to ``text`` and carry ``offsets`` along."""
    if not edits:
        return text, offsets
    parts: list[str] = []
    out = array("q")
    pos = 0
    for start, end, repl in edits:
        parts.append(text[pos:start])
        out += offsets[pos:start]
        if repl:
            parts.append(repl)
            if len(repl) == 1:  # the usual case, and much cheaper than extend()
                out.append(offsets[start])
            else:
                out.extend([offsets[start]] * len(repl))
        pos = end
    parts.append(text[pos:])
    out += offsets[pos:]
    return "".join(parts), out


# --- the fixers -------------------------------------------------------------------

_FORMAT = frozenset(FORMAT_CHARS)
_INVISIBLE_BMP = CharSet("".join(c for c in FORMAT_CHARS + OTHER_SPACES if ord(c) < 0xFFFF))
_FORMAT_ASTRAL = re.compile("[" + "".join(c for c in FORMAT_CHARS if ord(c) > 0xFFFF) + "]")


def _invisible(text: str) -> Iterator[Edit]:
    """Format characters (zero-width space, soft hyphen, BOM, joiners, bidirectional marks)
    go; no-break, thin and other spaces become a plain space. Either way the offsets keep
    the way back to the raw text, and a number split by one reads as a space splits it.

    >>> invisible("破获案件1\u200b000起，4.\u00ad88亿元，1\u202f234\u00a0567元")
    '破获案件1000起，4.88亿元，1 234 567元'
    """
    points = codes(text)
    hits = _INVISIBLE_BMP.where(points).tolist()
    if (points == 0xFFFF).any():  # an astral character: a tag character is a format one too
        hits = sorted(hits + [m.start() for m in _FORMAT_ASTRAL.finditer(text)])
    for i in hits:
        yield i, i + 1, "" if text[i] in _FORMAT else " "


invisible = _fixer("invisible")(_invisible)

_SPACE_BEFORE_PUNCT = re.compile(rf"(?<=[{HAN}0-9%])[ \t]+(?=[,;:、。，；：！？）)])")
_SPACE_DIGIT_HAN = re.compile(rf"(?<=[0-9０-９])[ \t]+(?=[{HAN}])")
#: Chinese numerals standing apart (not the end of a name: 張三 年輕) with spaces before a unit
#: or a measure word (一百五十 个百分点, 十 成), and a qualifier spaced from its numeral (近 三 年):
#: the spaces of a scraped layout, not of the language, which writes none between these.
#: 仟 and 佰 are the financial forms of 千 and 百 (约 8 仟元: Macau PSP magazine 2017, tests/cases/heldout17).
_CHINESE_NUMERAL = "零〇一二两兩三四五六七八九十百千万萬亿億仟佰"
_UNIT_STARTS = "个個成年月天日周週小时時分秒起宗件人名元倍次公吨噸克斤米亩畝平户戶家"
_MAGNITUDES = "十百千万萬亿億仟佰"
_SPACE_NUMERAL_UNIT = re.compile(rf"(?<![{HAN}])[{_CHINESE_NUMERAL}]+([ \t]+)(?=[{_UNIT_STARTS}{_MAGNITUDES}])")
#: 两 stands only before a measure word (《现代汉语八百词》, 两: 用于量词前), never at the end of a name
#: as 三 may (張三 年輕時), so the space between it and a measure word goes even after a Han
#: character (有兩 名乘客: Macau PSP magazine 2017, tests/cases/heldout17).
_SPACE_LIANG_UNIT = re.compile(rf"[两兩]([ \t]+)(?=[{_UNIT_STARTS}{_MAGNITUDES}])")
_SPACE_INSIDE_PERCENTAGE_POINT = re.compile(r"(?<=百分)([ \t]+)(?=[点點])")  # 個百分 點: one word
_NUMBER_THEN_UNIT = rf"(?:[{_CHINESE_NUMERAL}]+|[0-9０-９][0-9０-９.]*)[ \t]*[{_UNIT_STARTS}{_CHINESE_NUMERAL}]"
_SPACE_QUALIFIER_NUMERAL = re.compile(rf"(?<=[近约約共达達逾超])([ \t]+)(?={_NUMBER_THEN_UNIT})")
_SPACE_AFTER_PUNCT = re.compile(rf"(?<=[，。、；：])[ \t]+(?=[{HAN}0-9“])")
_SPACE_BEFORE_PERCENT = re.compile("(?<=[0-9０-９])[ \t]+(?=[%％" + PERCENT_FORMS + "])")


def _stray_spaces(text: str) -> Iterator[Edit]:
    """Spaces dropped into Chinese text: ``252 起 ,`` becomes ``252起,``.

    Spaces between two Han characters (names, bylines) are kept, but for those between a numeral
    standing apart and its unit, or a qualifier and its numeral.

    >>> stray_spaces("涉网犯罪案件4752起 ,")
    '涉网犯罪案件4752起,'
    >>> stray_spaces("同比下降23.2 ﹪(-51宗)")
    '同比下降23.2﹪(-51宗)'
    >>> stray_spaces("2022年08月05日 15:40 (記者 張三)")
    '2022年08月05日 15:40 (記者 張三)'
    >>> stray_spaces("近 三 年， 一百五十 个百分点，張三 年輕時")
    '近三年，一百五十个百分点，張三 年輕時'
    >>> stray_spaces("有兩 名乘客，人民幣約 8 仟元")
    '有兩名乘客，人民幣約8仟元'
    """
    if " " not in text and "\t" not in text:
        return
    spans = [m.span() for rx in (_SPACE_BEFORE_PUNCT, _SPACE_DIGIT_HAN, _SPACE_AFTER_PUNCT, _SPACE_BEFORE_PERCENT)
             for m in rx.finditer(text)]
    spans += [m.span(1) for rx in (_SPACE_NUMERAL_UNIT, _SPACE_LIANG_UNIT, _SPACE_QUALIFIER_NUMERAL,
                                   _SPACE_INSIDE_PERCENTAGE_POINT)
              for m in rx.finditer(text)]
    for start, end in sorted(set(spans)):
        yield start, end, ""


stray_spaces = _fixer("stray_space")(_stray_spaces)

#: One pattern per opening bracket (see ``matches_by_first_char``).
#: The same reading written twice (億(yì)(yì)) goes with the first.
_RUBY = {b: re.compile(rf"{re.escape(b)}(?<=([{HAN}]){re.escape(b)}) ?([{PINYIN_LETTERS}]{{1,7}}) ?[)）]"
                       r"(?:[(（] ?\2 ?[)）])*")
         for b in "(（"}


def _pinyin_ruby(text: str) -> list[Edit]:
    """Pinyin in parentheses after the character it reads: ``機(jī)關(guān)`` → ``機關``.

    Only a valid reading of the character before it is removed, so real
    parenthesised text survives.

    >>> pinyin_ruby("會(huì )議在縣(區(qū))召開")
    '會議在縣(區)召開'
    >>> pinyin_ruby("A級(a)通緝令 (852) 市(shi)")
    'A級(a)通緝令 (852) 市'
    >>> pinyin_ruby("6011.5億(yì)(yì)處")
    '6011.5億處'
    """
    return [m.span() + ("",) for m in matches_by_first_char(_RUBY, text)
            if _is_reading(*m.groups())]  # groups: the character, its reading


@lru_cache(maxsize=20000)
def _is_reading(ch: str, syllable: str) -> bool:
    return toneless(syllable) in readings(ch)


pinyin_ruby = _fixer("pinyin_ruby")(_pinyin_ruby)

#: ``[,，]{2,}``, one variant per first character (see ``matches_by_first_char``).
_DOUBLE_COMMA = {c: re.compile(f"{c}[,，]+") for c in ",，"}


def _double_comma(text: str) -> list[Edit]:
    """A full-width comma that the scraper turned into two ASCII ones.

    >>> double_comma("上午,,臨夏州召開")
    '上午，臨夏州召開'
    """
    return [m.span() + ("，",) for m in matches_by_first_char(_DOUBLE_COMMA, text)]


double_comma = _fixer("double_comma")(_double_comma)

#: ``[,，](?=[、。；;！？])``, one variant per first character.
_COMMA_BEFORE_PUNCT = {c: re.compile(f"{c}(?=[、。；;！？])") for c in ",，"}


def _comma_before_punct(text: str) -> list[Edit]:
    """A stray comma before ``、``, ``。`` or ``；``.

    >>> comma_before_punct("指揮中心,、刑警支隊,。")
    '指揮中心、刑警支隊。'
    """
    return [m.span() + ("",) for m in matches_by_first_char(_COMMA_BEFORE_PUNCT, text)]


comma_before_punct = _fixer("stray_comma")(_comma_before_punct)


def _ascii_between_cjk(text: str, mark: str, full: str) -> Iterator[Edit]:
    start, last = text.find(mark), -2
    while start != -1:
        before = text[start - 1] if start else ""
        if last == start - 1:  # the mark before this one became full-width
            before = full
        after = text[start + 1] if start + 1 < len(text) else ""
        digits = before.isascii() and before.isdigit() and after.isascii() and after.isdigit()
        if not digits and (is_cjk(before) or is_han(after) or after in "“‘"):
            yield start, start + 1, full
            last = start
        start = text.find(mark, start + 1)


def _lone_comma(text: str) -> Iterator[Edit]:
    """An ASCII comma standing for ``，`` in Chinese text; digit groups are kept.

    >>> lone_comma("科學謀劃,周密部署 1,188.2 A, B")
    '科學謀劃，周密部署 1,188.2 A, B'
    """
    return _ascii_between_cjk(text, ",", "，")


lone_comma = _fixer("lone_comma")(_lone_comma)


def _ascii_semicolon(text: str) -> Iterator[Edit]:
    """``;`` standing for ``；`` in Chinese text.

    >>> ascii_semicolon("守護了公平正義;州、縣 a;b")
    '守護了公平正義；州、縣 a;b'
    """
    return _ascii_between_cjk(text, ";", "；")


ascii_semicolon = _fixer("ascii_semicolon")(_ascii_semicolon)


def _ascii_colon(text: str) -> Iterator[Edit]:
    """``:`` standing for ``：`` after Chinese text; clock times are kept.

    >>> ascii_colon("記者提問:今年 15:40")
    '記者提問：今年 15:40'
    """
    return _ascii_between_cjk(text, ":", "：")


ascii_colon = _fixer("ascii_colon")(_ascii_colon)


#: ○ (U+25CB) and ◯ (U+25EF) in a run of Chinese digits: the zero 〇 typed with a look-alike
#: (五三○件, 二○二三年), as Taiwan's press and scraped copies often write it. A run of circles
#: with no other digit (王○○, a masked name) is left as it is.
_DIGIT_RUN = re.compile("[〇零一二三四五六七八九○◯]+")
_NONZERO_DIGIT = re.compile("[一二三四五六七八九]")


def _circle_zero(text: str) -> Iterator[Edit]:
    """A look-alike circle written for the digit 〇.

    >>> circle_zero("受理五三○件，二○二三年，一○○人，王○○等")
    '受理五三〇件，二〇二三年，一〇〇人，王○○等'
    """
    if "○" not in text and "◯" not in text:
        return
    for run in _DIGIT_RUN.finditer(text):
        if ("○" in run.group() or "◯" in run.group()) and _NONZERO_DIGIT.search(run.group()):
            for i, ch in enumerate(run.group(), run.start()):
                if ch in "○◯":
                    yield i, i + 1, "〇"


circle_zero = _fixer("circle_zero")(_circle_zero)

#: A run of Chinese digits written one by one with the Arabic 0 for 〇 (二0二二年, 二000年: Macau
#: papers, tests/cases/heldout19): three digits at least, one of them a nonzero Chinese digit, and no
#: other Arabic digit beside it (一0, 二0 are left: a tens written two ways is not certain).
_ZERO_AMONG_DIGITS = re.compile("(?<![1-9])[〇一二三四五六七八九0]+(?![1-9])")


def _arabic_zero(text: str) -> Iterator[Edit]:
    """The Arabic 0 written for the digit 〇 among Chinese digits.

    >>> arabic_zero("在二0二二年五月，二000年，雷霆二00九，一0人，100人，二0")
    '在二〇二二年五月，二〇〇〇年，雷霆二〇〇九，一0人，100人，二0'
    """
    if "0" not in text:
        return
    for run in _ZERO_AMONG_DIGITS.finditer(text):
        if "0" in run.group() and len(run.group()) >= 3 and _NONZERO_DIGIT.search(run.group()):
            for i, ch in enumerate(run.group(), run.start()):
                if ch == "0":
                    yield i, i + 1, "〇"


arabic_zero = _fixer("arabic_zero")(_arabic_zero)


#: Three or more single digits each with one space between, inside Chinese text (为期1 0 0天): a
#: number spread out by the scraper or a misprint; the spaces go. Two digits (1 0天) are left, and
#: the engine reads no figure there (veto.spaced_digits).
_SPACED_DIGITS = re.compile(rf"[0-9](?<=[{HAN}][0-9])(?: [0-9]){{2,}}(?=[{HAN}])")  # the digit first: searched fast


def _spaced_digits(text: str) -> Iterator[Edit]:
    """Digits spaced out one by one between Chinese words.

    >>> spaced_digits("开展了为期1 0 0天的会战，共 3 起，2023 11/25")
    '开展了为期100天的会战，共 3 起，2023 11/25'
    """
    for run in _SPACED_DIGITS.finditer(text):
        for i in range(run.start() + 1, run.end(), 2):
            yield i, i + 1, ""


spaced_digits = _fixer("spaced_digits")(_spaced_digits)


#: A printed line's end and the indent of the next line (a yearbook or a PDF copied as text):
#: ``補助7萬⏎      6,000元``. Joined only where the grammar of a number goes on across it.
#: (The line break first, its look-behind after it, so that the search skips to the breaks.)
_LINE_BREAK_INDENT = re.compile("(?:\r(?<=\\S\r)\n|\n(?<=\\S\n))(?:[ \t\u3000]*\r?\n)*[ \t\u3000]+")
_DIGITS = "0123456789"
_BIG_PLACES = "万萬亿億"


def _number_continues(before: str, after: str) -> bool:
    """The number ending ``before`` goes on at the start of ``after``: a place word after a
    digit group (5,717⏎萬), a digit group after a digit and its place word (7萬⏎6,000), a unit
    or measure word of two characters or more after digits (4,768⏎人次), or a measure word split
    in two (7,350架⏎次)."""
    last, first = before[-1:], after[:1]
    if last in _DIGITS:
        return first in _BIG_PLACES or _starts_unit(to_simplified(after[:4]))
    if last in _BIG_PLACES:
        return before[-2:-1] in _DIGITS and first in _DIGITS
    if before[-2:-1] in _DIGITS and is_han(last):
        return to_simplified(last + first) in V.MEASURE_WORDS
    return False


#: Units and measure words of two or more characters: one character at a line's start is too
#: often a word of its own (文章字数:457⏎  本报讯, 2023⏎  元旦).
_LONG_UNITS = tuple(w for w in V.MEASURE_WORDS + V.UNIT_KEYS if len(w) > 1)


def _starts_unit(text: str) -> bool:
    return text.startswith(_LONG_UNITS)


def _number_line_break(text: str) -> Iterator[Edit]:
    """A number broken by a line's end and an indent run, where it goes on at the next line.

    >>> number_line_break("補助7萬\\n      6,000元，1億5,717\\n  萬4,800元，7,350架\\n  次")
    '補助7萬6,000元，1億5,717萬4,800元，7,350架次'
    >>> number_line_break("共1,234\\n    567元\\n  查獲\\n  2萬人")
    '共1,234\\n    567元\\n  查獲\\n  2萬人'
    """
    if "\n" not in text:
        return
    for m in _LINE_BREAK_INDENT.finditer(text):
        if _number_continues(text[max(0, m.start() - 2):m.start()], text[m.end():m.end() + 4]):
            yield m.start(), m.end(), ""


number_line_break = _fixer("number_line_break")(_number_line_break)


# --- composition ------------------------------------------------------------------

@dataclass(frozen=True)
class Repaired:
    """Repaired text with its way back to the raw text."""

    raw: str
    text: str
    offsets: array = field(repr=False, compare=False)
    counts: tuple[tuple[str, int], ...]

    def clean_index(self, raw_index: int) -> int:
        """The first repaired position at or after raw index ``raw_index``."""
        return bisect.bisect_left(self.offsets, raw_index)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the repaired text to the raw text it came from.

        >>> r = repair("7.5萬(wàn)起")
        >>> s, e = r.raw_span(0, len(r.text)); r.raw[s:e]
        '7.5萬(wàn)起'
        """
        if start >= end:
            pos = self.offsets[start] if start < len(self.text) else len(self.raw)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def raw_byte_offset(self, index: int) -> int:
        """UTF-8 byte offset in the raw text of raw character ``index``."""
        return len(self.raw[:index].encode("utf-8"))

    @property
    def changes(self) -> int:
        return sum(n for _, n in self.counts)


_MAY_EXPOSE = " \t,;:"  # the only characters another repair can expose


def repair(raw: str, fixers: Iterable[Fixer] | None = None) -> Repaired:
    """Apply every fixer (or those given) in order; script is left as it is.

    >>> repair("十分乾淨的句子。").text
    '十分乾淨的句子。'
    """
    text, mapping = check_text(raw), _identity(len(raw))
    counts: Counter[str] = Counter()
    chosen = list(FIXERS if fixers is None else fixers)
    for _ in range(4):  # one repair can expose another (,, then a space): run to a fixed point
        changed = False
        for fx in chosen:
            edits = list(fx.find(text))
            if edits:
                counts[fx.name] += len(edits)
                text, mapping = _apply(text, mapping, edits)
                changed = True
        if not changed or not any(c in text for c in _MAY_EXPOSE):
            break  # only spaces and ASCII marks can be exposed by another repair
    order = [fx.name for fx in FIXERS]
    return Repaired(raw, text, mapping, tuple((n, counts[n]) for n in order if counts[n]))


@lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified, one character for one character.

    >>> to_simplified("臨夏州召開發布會")
    '临夏州召开发布会'
    """
    conv = _converter().convert
    out = conv(text)
    if len(out) == len(text):
        return out
    # A phrase rule changed the length somewhere: convert line by line, and a line
    # that still changes length character by character.
    lines = []
    for line in text.splitlines(keepends=True):
        got = conv(line)
        lines.append(got if len(got) == len(line) else "".join(
            c2 if len(c2 := conv(c)) == 1 else c for c in line))
    return "".join(lines)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (unencodable in UTF-8) replaced by U+FFFD.

    One character for one, so every offset into ``text`` stays valid.

    >>> without_lone_surrogates("破获\\ud800案件") == "破获\\ufffd案件"
    True
    """
    return _LONE_SURROGATE.sub("\ufffd", text) if _LONE_SURROGATE.search(text) else text


def _count_changed(a: str, b: str) -> int:
    """How many positions differ between two strings of equal length."""
    return int(np.count_nonzero(np.frombuffer(a.encode("utf-32-le"), dtype=np.uint32)
                                != np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)))


def clean(raw: str) -> Repaired:
    """Repair the scrape artefacts, then convert to Simplified.

    The count ``traditional`` is the number of characters OpenCC changed.
    """
    fixed = repair(raw)
    encodable = without_lone_surrogates(fixed.text)  # OpenCC needs text UTF-8 can hold
    simple = to_simplified(encodable)
    changed = _count_changed(encodable, simple)
    counts = fixed.counts + ((("traditional", changed),) if changed else ())
    return Repaired(raw, simple, fixed.offsets, counts)
