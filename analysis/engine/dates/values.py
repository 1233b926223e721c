"""Numbers of dates (1–99 and years in Arabic or Chinese digits), EDTF strings and calendar
checks."""
from __future__ import annotations

import calendar

from .. import vocab as V
from ..numerals import parse_chinese


_CN_DIGIT = V.DIGITS


def _small(text: str | None) -> int | None:
    """1–99 in Arabic or Chinese digits (十二, 二十三, 三十, 廿三, 卅一, 7): the patterns above admit no other.

    >>> [_small(t) for t in ("十二", "二十三", "廿三", "卅一", "卅", "7")]
    [12, 23, 23, 31, 30, 7]
    """
    if not text:
        return None
    if text.isascii():
        return int(text)
    if text[0] in V.TENS:  # 廿三 = 23, 卅一 = 31
        return V.TENS[text[0]] + (_CN_DIGIT[text[1]] if len(text) > 1 else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)
    if text.startswith("一百"):
        return 100 + (_small(text[2:].lstrip("零〇")) or 0)
    return int("".join(str(_CN_DIGIT[c]) for c in text))


def _edtf(y: int | None, m: int | None = None, d: int | None = None) -> str:
    out = f"{y:04d}" if y else "XXXX"
    if m:
        out += f"-{m:02d}"
    elif d:
        out += "-XX"
    if d:
        out += f"-{d:02d}"
    return out


def _real(y: int | None, m: int | None, d: int | None) -> bool:
    """A calendar date (an unknown year may be a leap year)."""
    if m is not None and not 1 <= m <= 12:
        return False
    if d is None:
        return True
    if m is None:
        return 1 <= d <= 31
    return 1 <= d <= calendar.monthrange(y or 2000, m)[1]


def _part_days(y: int | None, m: int, part: str | None) -> tuple[int, int] | None:
    last = calendar.monthrange(y or 2001, m)[1]  # an unknown year: a common year's month end
    return {"上旬": (1, 10), "初": (1, 10), "中旬": (11, 20), "下旬": (21, last), "底": (last, last),
            "末": (last, last), "上半月": (1, 15), "下半月": (16, last)}.get(part or "")


def _small_year(text: str) -> int:
    """A year in Arabic digits, Chinese digits one by one (二〇二三) or with places (两千零四)."""
    if text.isascii():
        return int(text)
    if "千" in text:
        return int(parse_chinese(text))
    return int("".join(str(_CN_DIGIT[c]) for c in text))


def _to_the_second(clock: str) -> str:
    """hh:mm -> hh:mm:00 (an EDTF datetime is complete to the second); hh:mm:ss as it is."""
    return clock if clock.count(":") == 2 else clock + ":00"


def _inferred_flags(y: int | None, mo: int | None) -> tuple[str, ...]:
    """The flags of a day whose year and month came from the context."""
    return tuple(f for f, on in (("inferred_year", y), ("inferred_month", mo)) if on)
