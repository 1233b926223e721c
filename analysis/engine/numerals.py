"""Numbers as briefings write them: one grammar for every composition.

:func:`read_number` reads the number that starts at a position: Arabic digits with separators,
Chinese numerals (两/兩, 零 omitted or written, 廿/卅, financial forms), place words after digits
(``4千``, ``8百万``, ``2035万4000``, ``4.88亿``), fractions and per-mille (``四分之一``,
``千分之二点五``, read as percent), approximate pairs (``两三``, ``五六十``: a range) and vague
quantities (``数十``, ``上百``: a range and no point value). It never raises: text that is not a
well-formed number gives None. Values are :class:`decimal.Decimal` so that ``4.88亿`` is exactly
488,000,000; ``precision`` is the place value of the last written significant digit.

>>> r = read_number("挽回损失8898万余元", 4)
>>> (r.end, r.value, r.precision)
(9, Decimal('88980000'), Decimal('10000'))
>>> read_number("百分之五五", 0) is None
True
>>> r = read_number("五六十人", 0); (r.value, r.low, r.high, r.flags)
(None, Decimal('50'), Decimal('60'), ('approx_pair',))
>>> parse_number("8898万"), parse_number("二百零七点五万"), parse_number("1,188.2")
(Decimal('88980000'), Decimal('2075000.0'), Decimal('1188.2'))
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from . import vocab as V
from ._chars import FULLWIDTH

__all__ = ["Reading", "read_number", "parse_number", "parse_chinese", "to_python", "DIGITS",
           "MULTIPLIERS", "NUMERAL_CHARS", "open_grouping"]

DIGITS = V.DIGITS
SMALL_UNITS = V.SMALL_PLACES
BIG_UNITS = {**V.BIG_PLACES, **V.ZHAO}  # 兆 = 10^12, read as money only (quantities)
MULTIPLIERS = {**BIG_UNITS, **SMALL_UNITS}
DECIMAL_POINT = frozenset(V.DECIMAL_POINTS)
#: The digit characters (一, 两, 〇, 壹 …).
DIGIT_CHARS = "".join(DIGITS)
#: Every character a Chinese numeral can be written with.
NUMERAL_CHARS = DIGIT_CHARS + "".join(SMALL_UNITS) + "".join(BIG_UNITS) + "".join(V.DECIMAL_POINTS) \
    + "".join(V.TENS)
CHINESE_NUMERAL_CHARS = frozenset(NUMERAL_CHARS)


class Reading(NamedTuple):
    """A number read at ``start``: a point ``value`` or (approximate, vague) only bounds."""

    start: int
    end: int
    value: Decimal | None
    precision: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    percent: bool = False  # a fraction (百分之, 四分之一): the value is a percentage
    flags: tuple[str, ...] = ()
    rule: str = "number.arabic"


# --- Chinese numerals -----------------------------------------------------------------

_DIGIT_SECTIONS = re.compile(f"(?:([{DIGIT_CHARS}]+)[亿億])?(?:([{DIGIT_CHARS}]+)[万萬])?([{DIGIT_CHARS}]*)")

def _digit_string(text: str) -> int | None:
    """Three or more digits written one by one, as Taiwan's press writes counts and as years
    are written (二〇二三, 五三〇件, 三二六件, 一五一六人次). Not read: one digit repeated
    (五五五五), a run of consecutive digits (三四五: "three, four or five"), two digits (两三:
    an approximate pair). Years (一九九八年) are the date reader's.

    >>> [_digit_string(t) for t in ("二〇二三", "三二六", "一五一六", "五五五", "三四五", "两三")]
    [2023, 326, 1516, None, None, None]
    """
    if len(text) < 3 or not all(c in DIGITS for c in text):
        return None
    digits = [DIGITS[c] for c in text]
    if not any(digits) or len(set(digits)) == 1 or all(b == a + 1 for a, b in zip(digits, digits[1:])):
        return None
    return int("".join(map(str, digits)))


def _digit_sections(text: str) -> tuple[int, int] | None:
    """A number whose parts between 亿 and 万 are written digit by digit (一億七二四四萬 =
    172,440,000; 七億一五五二萬 = 715,520,000): value and place of its last written digit.
    None unless at least one part has several digits and each part reads."""
    m = _DIGIT_SECTIONS.fullmatch(text)
    if not m or not any(len(part or "") > 1 for part in m.groups()):
        return None
    total, place = 0, 1
    for part, size in zip(m.groups(), (100_000_000, 10_000, 1)):
        if part:
            value = DIGITS[part] if len(part) == 1 else _digit_string(part)
            if value is None:
                return None
            total, place = total + value * size, size
    return total, place


#: Place words after which a last digit stands for the place below (三万五, 两千五, 一百二; not 十:
#: 三十五 is 35).
_ELIDING_PLACES = {ch: size for ch, size in {**SMALL_UNITS, **BIG_UNITS}.items()
                   if ch not in "十拾" and size <= 100_000_000}


def _integer(text: str) -> tuple[int, int]:
    """Value and place of the last written digit of a Chinese integer; ValueError if malformed."""
    if not text:
        raise ValueError("empty numeral")
    whole = _digit_string(text)
    if whole is not None:
        return whole, 1
    sections = _digit_sections(text) if any(c in BIG_UNITS for c in text[1:]) else None
    if sections is not None:  # else 一千二百万 and the like: the place-word grammar below
        return sections
    total = section = number = trillions = 0
    place, prev = 1, ""
    for i, ch in enumerate(text):
        if ch in DIGITS:
            if prev in DIGITS and (DIGITS[prev] or not DIGITS[ch]):  # 一百零五, not 五五 or 零零
                raise ValueError(f"two digits in a row in {text!r}")
            number, place = DIGITS[ch], 1
        elif ch in V.TENS:  # 廿 = 20, 卅 = 30
            if number:
                raise ValueError(f"digit before {ch!r} in {text!r}")
            section += V.TENS[ch]
            place = 10
        elif ch in SMALL_UNITS:
            if number == 0 and not (i == 0 or ch in "十拾" and prev in "零〇"):  # 十二 = 12; 百日; 一千零十
                raise ValueError(f"unit without digit in {text!r}")
            section += (number or 1) * SMALL_UNITS[ch]
            number, place = 0, SMALL_UNITS[ch]
        elif ch in BIG_UNITS:
            if i == 0:
                raise ValueError(f"{ch!r} with no number before it")
            if BIG_UNITS[ch] > 100_000_000:  # 兆: the sections below it start again
                trillions, total, section = (total + section + number) * BIG_UNITS[ch], 0, 0
            elif BIG_UNITS[ch] == 100_000_000:
                total = (total + section + number) * BIG_UNITS[ch]
                section = 0
            else:
                section = (section + number) * BIG_UNITS[ch]
            number, place = 0, place * BIG_UNITS[ch]
        else:
            raise ValueError(f"not a Chinese numeral: {ch!r} in {text!r}")
        prev = ch
    if number and prev in DIGITS and len(text) > 1 and text[-2] in _ELIDING_PLACES \
            and (len(text) < 3 or text[-3] not in "零〇"):
        # 三万五 = 35000, 两千五 = 2500, 一亿二 = 1.2亿: a last digit right after a place word counts one
        # place lower (the place word after it is left out: 一万二 is 一万二千, never 10002, which is 一万零二)
        unit = _ELIDING_PLACES[text[-2]]
        number *= unit // 10
        place = unit // 10
    return trillions + total + section + number, place


def _chinese(text: str) -> tuple[Decimal, Decimal]:
    """Value and precision of a Chinese numeral, with an optional 点 decimal part."""
    point = next((i for i, c in enumerate(text) if c in DECIMAL_POINT), -1)
    if point < 0:
        value, place = _integer(text)
        return Decimal(value), Decimal(place)
    head, tail = text[:point], text[point + 1:]
    factor = 1
    while tail and tail[-1] in BIG_UNITS:  # 二百零七点五万: the 万 scales the whole
        factor *= BIG_UNITS[tail[-1]]
        tail = tail[:-1]
    if not tail or any(c not in DIGITS for c in tail):
        raise ValueError(f"bad decimal part in {text!r}")
    frac = Decimal("0." + "".join(str(DIGITS[c]) for c in tail))
    whole = Decimal(_integer(head)[0]) if head else Decimal(0)
    return (whole + frac) * factor, Decimal(1).scaleb(-len(tail)) * factor


def parse_chinese(text: str) -> Decimal:
    """Value of a Chinese numeral (ValueError when malformed).

    >>> [int(parse_chinese(s)) for s in ("十二", "三十", "一万六千八十六", "两千", "二〇二三", "廿三")]
    [12, 30, 16086, 2000, 2023, 23]
    >>> parse_chinese("四点二"), parse_chinese("六百二十二点三")
    (Decimal('4.2'), Decimal('622.3'))
    """
    return _chinese(text)[0]


# --- Arabic numbers -------------------------------------------------------------------

def _arabic_precision(text: str) -> Decimal:
    """Place of the last significant written digit: 17.6 -> 0.1, 237 -> 1, 300 -> 100."""
    if "." in text:
        return Decimal(1).scaleb(-len(text.split(".", 1)[1]))
    digits = text.replace(",", "").replace("，", "")
    stripped = digits.rstrip("0")
    return Decimal(1).scaleb(len(digits) - len(stripped)) if stripped else Decimal(1)


def to_python(value: Decimal) -> int | float:
    """An ``int`` when the value is whole, else a ``float``.

    >>> to_python(Decimal("269800.00")), to_python(Decimal("17.6"))
    (269800, 17.6)
    """
    numerator, denominator = value.as_integer_ratio()
    return numerator if denominator == 1 else float(value)


# --- the grammar ----------------------------------------------------------------------

_CN_RUN = re.compile(f"[{NUMERAL_CHARS}]+")
_ARABIC = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|[0-9]+(?:\.[0-9]+)?")
#: Digit groups also split by a full-width comma (82，225.00元 = 82,225.00): exactly three digits in
#: every group after the first, and cents written or several groups (so that a list, $20，300美圆, is
#: not joined); elsewhere (82，2250; after 分别) the comma parts two numbers.
_ARABIC_WIDE = re.compile(r"[0-9]{1,3}(?:[,，][0-9]{3})+(?:\.[0-9]+)?(?![0-9])")
_GROUPS_SURE = re.compile(r"[0-9,，]+\.[0-9]+|[0-9]+(?:[,，][0-9]{3}){2,}")
_LIST_BEFORE = re.compile(r"(?:分别|依次|各)(?:为|是|有)?[:：]?$|[0-9][、，,][0-9]*$")
_PLACES = re.compile(f"[{''.join(MULTIPLIERS)}]+")
_FRACTION = re.compile(f"(?P<den>[{NUMERAL_CHARS}]+|[0-9]+)分之")
_PAIR = re.compile(f"(?P<tens>[十拾])?(?P<a>[{''.join(V.PAIR_DIGITS)}])(?P<b>[{''.join(V.PAIR_DIGITS)}])"
                   f"(?P<places>[{''.join(MULTIPLIERS)}]*)")
_VAGUE = re.compile("|".join(sorted(V.VAGUE, key=len, reverse=True)))
_MAX_LEN = 32
_EXACT_DIGITS = 28  # Decimal's default precision: shorter numbers compose to themselves


def _scale(places: str) -> int | None:
    """The factor of place words written after a number (千万 = 10^7); None if out of order."""
    factor, last = 1, None
    for ch in places:
        size = MULTIPLIERS[ch]
        if last is not None and size <= last and size < 10_000:
            return None  # 百千, 千百: not a number
        factor *= size
        last = size
    return factor


def _arabic_segments(s: str, pos: int) -> list[tuple[str, Decimal, str]]:
    """Digits and the place words after them, as long as a place word calls for more digits:
    ``1億5千2百萬`` -> [("1", 1, "億"), ("5", 5, "千"), ("2", 2, "百萬")]."""
    segments: list[tuple[str, Decimal, str]] = []
    while pos < len(s) and "0" <= s[pos] <= "9" and (not segments or segments[-1][2]):
        m = _wide_groups(s, pos) or _space_groups(s, pos) or _ARABIC.match(s, pos)
        if m.end() - pos > _MAX_LEN:
            return []
        try:
            value = Decimal(m.group(0).replace(",", "").replace("，", "").replace(" ", ""))
        except InvalidOperation:
            return []
        places = _PLACES.match(s, m.end())
        segments.append((m.group(0), value, places.group(0) if places else ""))
        pos = places.end() if places else m.end()
    return segments


def _wide_groups(s: str, pos: int) -> re.Match | None:
    """A number grouped by full-width commas, where no list is being written (分别为120，950起)."""
    m = _ARABIC_WIDE.match(s, pos)
    if m is None or "，" not in m.group(0) or not _GROUPS_SURE.fullmatch(m.group(0)) \
            or _LIST_BEFORE.search(s, max(0, pos - 8), pos):
        return None
    return m


#: Digit groups parted by a space, the thousands separator of Hong Kong's official texts and of
#: the SI ("the digits may be divided into groups of three by a thin space", SI Brochure, 9th ed.,
#: 5.4.4): 59 225宗, 80 796宗, 5 000宗. Exactly three digits in every group after the first.
_SPACE_GROUPED = re.compile(r"(?<![0-9.,，])[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?(?![0-9.,，]| [0-9])")
_COMMA_GROUPED = re.compile(r"[0-9],[0-9]{3}(?![0-9])")
#: How many space-grouped numbers show that a text writes that convention; one alone (涉案金额
#: 1 234 567元 after a no-break space became a space) stays a broken number (veto.spaced_digits).
_SPACE_GROUPED_SHOWN = 2


@lru_cache(maxsize=4)
def writes_space_groups(s: str) -> bool:
    """The text groups thousands with a space: at least two such numbers, and no thousands
    comma anywhere (a text that writes 3,702 does not also group by a space).

    >>> writes_space_groups("由8 884宗增加806宗至9 690宗"), writes_space_groups("涉案金额1 234 567元")
    (True, False)
    """
    if " " not in s or _COMMA_GROUPED.search(s):
        return False
    found = _SPACE_GROUPED.finditer(s)
    return sum(1 for _ in zip(range(_SPACE_GROUPED_SHOWN), found)) == _SPACE_GROUPED_SHOWN


def _space_groups(s: str, pos: int) -> re.Match | None:
    """A number grouped by spaces (59 225宗) in a text that writes that convention."""
    if s.find(" ", pos, pos + 4) < 0:
        return None
    m = _SPACE_GROUPED.match(s, pos)
    return m if m and writes_space_groups(s) else None


_OPEN_GROUP = re.compile(r"，[0-9]{3}(?![0-9])")


def open_grouping(s: str, pos: int, end: int) -> int | None:
    """The end of ``，ddd`` right after the number ``s[pos:end]`` where the full-width comma may
    group thousands or part two numbers ($20，300美圆, 百分之9，999), or None: such a number is not
    read, neither as one nor as two. A list (分别为120，950起) is two numbers.

    >>> open_grouping("$20，300美圆", 1, 3), open_grouping("分别为120，950起", 3, 6)
    (7, None)
    """
    m = _OPEN_GROUP.match(s, end)
    if m is None or not s[end - 1:end].isdigit() or _LIST_BEFORE.search(s, max(0, pos - 8), pos):
        return None
    return m.end()


def _compose(segments: list[tuple[str, Decimal, str]]) -> Decimal | None:
    """The value of digit-and-place segments, composed as Chinese numerals compose
    (sections below 万, closed by 万 and 亿); None where the order of places is not a number
    (百千, 亿 after 万 except in 万亿) or the reading is open (1亿5千: 5千 or 5千万?)."""
    total, section, small_floor, last_big = Decimal(0), Decimal(0), 10_000, 0
    for _, value, places in segments:
        for i, ch in enumerate(places):
            size = MULTIPLIERS[ch]
            if size < 10_000:
                if size >= small_floor:
                    return None
                value, small_floor = value * size, size
                continue
            if last_big and size > last_big and not (i and places[i - 1] in BIG_UNITS):
                return None
            section, value = section + value, Decimal(0)
            below = last_big and size < last_big  # 亿 after 兆 (3兆5000亿), 万 after 亿
            total = (total + section) * size if size > 10_000 and not below else total + section * size
            section, small_floor, last_big = Decimal(0), 10_000, size
        section += value
    last_places = segments[-1][2]
    if last_big > 10_000 and last_places and last_places[-1] not in BIG_UNITS:
        return None
    return total + section


def _read_arabic(s: str, pos: int) -> Reading | None:
    """Arabic digits with separators and any place words after them (4千, 8百万, 2.5千万,
    2035万4000, 1億5千2百萬, 2億7,859萬).

    >>> [to_python(_read_arabic(t, 0).value) for t in ("1億5千2百萬", "2億7,859萬", "3万亿")]
    [152000000, 278590000, 3000000000000]
    >>> _read_arabic("1億5千元", 0) is None, _read_arabic("12万5人", 0) is None  # open readings
    (True, True)
    """
    segments = _arabic_segments(s, pos)
    if len(segments) == 1 and not segments[0][2] and len(segments[0][0]) <= _EXACT_DIGITS:
        text, value, _ = segments[0]  # plain digits (237, 17.6): their own value, no places
        return Reading(pos, pos + len(text), value, _arabic_precision(text))
    if not segments or (len(segments) > 1 and not _tail_fits(segments, s)):
        return None  # 12万5: 120 005 or 125 000? not read
    value = _compose(segments)
    if value is None:
        return None
    text, _, places = segments[-1]
    precision = _arabic_precision(text)
    for ch in places:
        precision *= MULTIPLIERS[ch]
    end = pos + sum(len(t) + len(p) for t, _, p in segments)
    return Reading(pos, end, value, precision)


#: Digits written after 萬 with fewer than its four places (485萬298人次 = 4 850 298): Taiwan's
#: press leaves the zero of the empty place unwritten where it groups each section by a thousands
#: comma (485萬6,194人次、到站485萬298人次: the Ministry of the Interior's yearbook, tests/cases/
#: heldout14). The spoken shorthand that reads a digit after 万 as the next place down (一万五 =
#: 15 000) takes one digit only; two or three are read as units only in a text that shows the
#: sectioned convention, elsewhere (1万10元) they stay unread.
_SHORT_TAIL_DIGITS = (2, 3)
_COMMA_SECTION = re.compile("[0-9][万萬][0-9],[0-9]{3}(?![0-9])")


@lru_cache(maxsize=4)
def writes_comma_sections(s: str) -> bool:
    """The text writes the section after 萬 with a thousands comma (2萬4,574人).

    >>> writes_comma_sections("入境2萬4,574人"), writes_comma_sections("涉案金额1万10元")
    (True, False)
    """
    return _COMMA_SECTION.search(s) is not None


def _tail_fits(segments: list[tuple[str, Decimal, str]], s: str = "") -> bool:
    """A last part with no place word (2035万4000) must follow 万/亿 and fill every place
    below it (four digits after 万, eight after 亿; a thousands comma may group them, as the
    Executive Yuan's 公文書橫式書寫數字使用原則 writes 6億3,944萬2,789元), or be two or three digits
    after 万 in a text that groups its sections so (485萬298): 12万5 may mean 125 000.

    >>> [_tail_fits(_arabic_segments(t, 0), t) for t in ("2萬4,574", "485萬298", "12万5", "1億5,717萬4,800")]
    [True, False, False, True]
    >>> _tail_fits(_arabic_segments("485萬298", 0), "出境485萬6,194人次、到站485萬298人次")
    True
    """
    text, _, places = segments[-1]
    if places:
        return True
    size = BIG_UNITS.get(segments[-2][2][-1])
    digits = text.replace(",", "")
    if not size or not digits.isdigit():
        return False
    if len(digits) == len(str(size)) - 1:
        return True
    return size == 10_000 and len(digits) in _SHORT_TAIL_DIGITS and writes_comma_sections(s)


def _with_dot_decimals(s: str, text: str, end: int) -> str:
    """``text`` (a Chinese numeral ending at ``end``) with a decimal part written after a full
    stop, as Taiwan's press often writes it (四十三.一件 = 43.1, 十一.三億 = 1.13 億): the dot
    read as 点. Unchanged when no Chinese digit follows the dot."""
    if end + 1 >= len(s) or s[end] not in V.DOT_POINTS or s[end + 1] not in DIGITS \
            or any(c in DECIMAL_POINT for c in text):
        return text
    tail = _CN_RUN.match(s, end + 1).group(0)
    return text + "点" + tail


_FINANCIAL_RUN = re.compile(f"[{NUMERAL_CHARS}参]+")


def _financial_run(s: str, pos: int, m: re.Match) -> str:
    """伍佰參拾肆 (參 is 参 once the text is Simplified): 参 is the financial 叁 inside a numeral written
    with financial forms (大写), and only there (参加, 参与 are words)."""
    if s[m.end():m.end() + 1] != "参" or not any(c in V.FINANCIAL_NUMERALS for c in m.group(0)):
        return m.group(0)
    return _FINANCIAL_RUN.match(s, pos).group(0).replace("参", "叁")


def _read_chinese(s: str, pos: int) -> Reading | None:
    m = _CN_RUN.match(s, pos)
    if not m:
        return None
    text = _with_dot_decimals(s, _financial_run(s, pos, m), m.end())
    while text and text[-1] in DECIMAL_POINT:
        text = text[:-1]
    if not text or len(text) > _MAX_LEN or text[0] in BIG_UNITS:
        return None
    try:
        value, precision = _chinese(text)
    except (ValueError, InvalidOperation):
        return None
    return Reading(pos, pos + len(text), value, precision, rule="number.chinese")


def _read_pair(s: str, pos: int) -> Reading | None:
    """两三个, 五六十人, 十二三岁: two neighbouring digits -> a range (not 七八月份: a date)."""
    m = _PAIR.match(s, pos)
    if not m:
        return None
    a, b = DIGITS[m["a"]], DIGITS[m["b"]]
    if not (b == a + 1 or (m["a"] == "一" and m["b"] in "两兩")):
        return None
    if s.startswith(V.MONTH_WORDS, m.end()) and not m["places"]:
        return None  # 七八月份: a month pair, read by the date reader
    if not m["places"] and m.end() < len(s) and s[m.end()] in DIGITS:
        return None  # 一二二八: digits written one by one, not a pair
    places = m["places"]
    if m["tens"] and places:
        return None
    factor = _scale(places) if places else 1
    if factor is None:
        return None
    base = 10 if m["tens"] else 0
    b = 2 if m["b"] in "两兩" else b
    low, high = (base + a) * factor, (base + b) * factor
    return Reading(pos, m.end(), None, Decimal(factor), Decimal(low), Decimal(high),
                   flags=("approx_pair",), rule="number.approx_pair")


def _read_vague(s: str, pos: int) -> Reading | None:
    """数十, 几百, 上千, 十几: a range with no point value."""
    m = _VAGUE.match(s, pos)
    if not m:
        return None
    low, high = V.VAGUE[m.group(0)]
    end, factor = m.end(), 1
    places = _PLACES.match(s, end)
    if places and all(c in BIG_UNITS for c in places.group(0)):
        factor = _scale(places.group(0)) or 1
        end = places.end()
    return Reading(pos, end, None, None, Decimal(low * factor), Decimal(high * factor),
                   flags=("vague",), rule="number.vague")


def _read_fraction(s: str, pos: int) -> Reading | None:
    """百分之十五, 千分之二点五 (0.25 %), 四分之一 (25 %): a percentage."""
    m = _FRACTION.match(s, pos)
    if not m:
        return None
    den = _plain(m["den"])
    num = _read_plain(s, m.end())
    if den is None or num is None or num.value is None or den == 0:
        return None
    percent = num.value * 100 / den
    precision = num.precision * 100 / den
    return Reading(pos, num.end, percent.normalize() if percent != percent.to_integral() else percent,
                   precision, percent=True, rule="number.fraction")


def _plain(text: str) -> Decimal | None:
    if text in BIG_UNITS:  # 万分之五
        return Decimal(BIG_UNITS[text])
    try:
        return Decimal(text) if text.isascii() else _chinese(text)[0]
    except (ValueError, InvalidOperation):
        return None


def _read_plain(s: str, pos: int) -> Reading | None:
    ch = s[pos:pos + 1]
    if "0" <= ch <= "9":
        return _read_arabic(s, pos)
    return _read_chinese(s, pos) if ch in CHINESE_NUMERAL_CHARS else None


#: The readers, tried in order at a position: the first that reads wins. Each is tried only
#: where its first character can start it (a cheap test before the pattern).
_VAGUE_FIRST = frozenset(w[0] for w in V.VAGUE)
_PAIR_FIRST = frozenset(V.PAIR_DIGITS + "十拾")


def _may_be_fraction(s: str, pos: int) -> bool:
    return s.find("分之", pos + 1, pos + 14) >= 0


READERS = (
    (lambda s, pos: s[pos] in _VAGUE_FIRST, _read_vague),
    (_may_be_fraction, _read_fraction),
    (lambda s, pos: s[pos] in _PAIR_FIRST, _read_pair),
    (lambda s, pos: True, _read_plain),
)


def _read_digits(s: str, pos: int) -> Reading | None:
    """Arabic digits: a fraction (3分之1) or a plain number; nothing else starts with a digit."""
    if _may_be_fraction(s, pos):
        got = _read_fraction(s, pos)
        if got is not None or _FRACTION.match(s, pos):
            return got
    return _read_arabic(s, pos)


def read_number(s: str, pos: int) -> Reading | None:
    """The number written at ``s[pos]``, or None. Never raises.

    >>> [to_python(read_number(t, 0).value) for t in ("4千", "8百万", "2.5千万", "2035万4000", "六万五千")]
    [4000, 8000000, 25000000, 20354000, 65000]
    >>> r = read_number("千分之二点五", 0); (r.value, r.percent)
    (Decimal('0.25'), True)
    >>> read_number("七八月份", 0) is None, read_number("数十万", 0).high
    (True, Decimal('1000000'))
    """
    if pos >= len(s):
        return None
    if "0" <= s[pos] <= "9":  # the common case, and only two readers apply
        return _read_digits(s, pos)
    for may_start, reader in READERS:
        if not may_start(s, pos):
            continue
        try:
            got = reader(s, pos)
        except (ValueError, InvalidOperation, ArithmeticError):  # pragma: no cover - a guard
            got = None
        if got is not None:
            return got
        if reader is _read_fraction and _FRACTION.match(s, pos):
            return None  # N分之 with no readable numerator: no number at all
    return None


_WIDE = re.compile("[" + "".join(map(chr, FULLWIDTH)) + "]")


def parse_number(text: str) -> Decimal:
    """Value of a whole string that is one number (ValueError otherwise).

    >>> parse_number("26.98万"), parse_number("4.88億"), parse_number("１２")
    (Decimal('269800.00'), Decimal('488000000.00'), Decimal('12'))
    """
    text = text.translate(FULLWIDTH).strip() if _WIDE.search(text) else text.strip()
    if not text:
        raise ValueError("empty number")
    got = read_number(text, 0)
    if got is None or got.end != len(text) or got.value is None:
        raise ValueError(f"not one number: {text!r}")
    return got.value
