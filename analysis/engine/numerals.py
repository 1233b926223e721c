"""Numbers as briefings write them: Arabic, Chinese, and the two mixed with 万/亿.

Values are :class:`decimal.Decimal` so that ``4.88亿`` is exactly 488,000,000.

>>> parse_number("8898万"), parse_number("二百零七点五万"), parse_number("1,188.2")
(Decimal('88980000'), Decimal('2075000.0'), Decimal('1188.2'))
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ._chars import FULLWIDTH

__all__ = ["parse_number", "parse_chinese", "to_python", "DIGITS", "MULTIPLIERS"]

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5,
          "陆": 6, "柒": 7, "捌": 8, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
MULTIPLIERS = {**BIG_UNITS, "千": 1000, "百": 100}
DECIMAL_POINT = {"点", "點"}
CHINESE_NUMERAL_CHARS = frozenset(DIGITS) | frozenset(SMALL_UNITS) | frozenset(BIG_UNITS) | DECIMAL_POINT


def _integer(text: str) -> int:
    if not text:
        raise ValueError("empty numeral")
    if (len(text) > 2 or "〇" in text) and all(c in DIGITS for c in text):  # 二〇二三
        return int("".join(str(DIGITS[c]) for c in text))
    total = section = number = 0
    prev = ""
    for i, ch in enumerate(text):
        if ch in DIGITS:
            if prev in DIGITS and DIGITS[prev]:
                raise ValueError(f"two digits in a row in {text!r}")
            number = DIGITS[ch]
        elif ch in SMALL_UNITS:
            if number == 0:
                if ch in "十拾" or i == 0:  # 十二 = 12; 百日 = 100 days
                    number = 1
                else:
                    raise ValueError(f"unit without digit in {text!r}")
            section += number * SMALL_UNITS[ch]
            number = 0
        elif ch in BIG_UNITS:
            if BIG_UNITS[ch] == 100_000_000:
                total = (total + section + number) * BIG_UNITS[ch]
                section = 0
            else:
                section = (section + number) * BIG_UNITS[ch]
            number = 0
        else:
            raise ValueError(f"not a Chinese numeral: {ch!r} in {text!r}")
        prev = ch
    return total + section + number


def parse_chinese(text: str) -> Decimal:
    """Value of a Chinese numeral.

    >>> [int(parse_chinese(s)) for s in ("十二", "三十", "一万六千八十六", "两千", "二〇二三")]
    [12, 30, 16086, 2000, 2023]
    >>> parse_chinese("四点二"), parse_chinese("六百二十二点三")
    (Decimal('4.2'), Decimal('622.3'))
    >>> parse_chinese("三x")
    Traceback (most recent call last):
    ...
    ValueError: not a Chinese numeral: 'x' in '三x'
    """
    point = next((i for i, c in enumerate(text) if c in DECIMAL_POINT), -1)
    if point < 0:
        return Decimal(_integer(text))
    head, tail = text[:point], text[point + 1:]
    factor = 1
    while tail and tail[-1] in BIG_UNITS:  # 二百零七点五万: the 万 scales the whole
        factor *= BIG_UNITS[tail[-1]]
        tail = tail[:-1]
    if not tail or any(c not in DIGITS for c in tail):
        raise ValueError(f"bad decimal part in {text!r}")
    frac = Decimal("0." + "".join(str(DIGITS[c]) for c in tail))
    return (Decimal(_integer(head)) + frac) * factor


_WIDE = re.compile("[" + "".join(map(chr, FULLWIDTH)) + "]")
_ARABIC_HEAD = re.compile("[0-9.,]*")


def parse_number(text: str) -> Decimal:
    """Value of an Arabic, Chinese or mixed number (``26.98万``, ``4.88億``, ``１２``).

    >>> parse_number("26.98万"), parse_number("4.88億"), parse_number("１２")
    (Decimal('269800.00'), Decimal('488000000.00'), Decimal('12'))
    >>> parse_number("")
    Traceback (most recent call last):
    ...
    ValueError: empty number
    """
    if _WIDE.search(text):
        text = text.translate(FULLWIDTH)
    text = text.strip()
    if not text:
        raise ValueError("empty number")
    if len(text) > 32:
        raise ValueError(f"number too long ({len(text)} characters)")
    i = _ARABIC_HEAD.match(text).end()
    if i == 0:
        return parse_chinese(text)
    try:
        value = Decimal(text[:i].replace(",", ""))
    except InvalidOperation as err:
        raise ValueError(f"bad number {text!r}") from err
    for ch in text[i:]:
        if ch not in MULTIPLIERS:
            raise ValueError(f"bad multiplier {ch!r} in {text!r}")
        value *= MULTIPLIERS[ch]
    return value


def to_python(value: Decimal) -> int | float:
    """An ``int`` when the value is whole, else a ``float``.

    >>> to_python(Decimal("269800.00")), to_python(Decimal("17.6"))
    (269800, 17.6)
    """
    numerator, denominator = value.as_integer_ratio()
    return numerator if denominator == 1 else float(value)
