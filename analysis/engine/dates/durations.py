"""Lengths of time that briefings write in forms a single number and unit do not cover: a number
of days written 日 (行政拘留15日, 60日内, 90日), a half after 个 (一个半小时, 两个半月), years and months
of a sentence (有期徒刑四年六个月), days and hours (8天20时), minutes and seconds (3分20秒), and the past
months (近三月, 近3个月来).

Each reader answers for the number starting at ``pos``; :mod:`..quantities` turns the answer into
a figure with its qualifiers.

>>> counts_days("处以行政拘留十日", 6, 7, 10)
True
>>> counts_days("8日召开", 0, 1, 8)
False
>>> years_and_months("判处有期徒刑四年六个月", 6)
(11, 54)
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from .. import vocab as V
from .patterns import _CN1, _SEP
from .values import _small
from .vocabulary import LENGTH_BEFORE

#: After N日, words that make it a length of days (5日内, 60日以内: "within N days").
DAYS_WITHIN = ("内", "以内", "之内", "內", "以內", "之內")
#: The last day a month can have: a larger N日 is a number of days (90日).
_LAST_DAY = 31
#: 两 never writes a day of the month (the 2nd is 二日): 两日 is two days.
_ONLY_A_LENGTH = "两兩"
#: Time units a half after 个 may precede (一个半小时, 两个半月, 三个半星期, 一个半钟头).
HALF_AFTER_GE_UNITS = {"小时": "hour", "小時": "hour", "钟头": "hour", "鐘頭": "hour", "月": "month",
                       "星期": "week", "礼拜": "week", "禮拜": "week"}
_SMALL = rf"[0-9]{{1,2}}|[{_CN1}两兩]?十[{_CN1}]?|[{_CN1}两兩]"
#: Years and months, not followed by a further unit of time (一年又一个月21天 is not read as one length).
_YEARS_AND_MONTHS = re.compile(rf"(?P<big>{_SMALL})年[零又]?(?P<small>{_SMALL})[个個]月(?![零又]?(?:[0-9]|[{_CN1}两兩十])+[天日])")
#: Days and hours (还剩8天20时, 3天又5个小时), not followed by minutes (a length of three units).
_DAYS_AND_HOURS = re.compile(rf"(?P<big>{_SMALL})天[零又]?(?P<small>{_SMALL})(?:[个個]?(?:小时|小時|钟头|鐘頭)|[时時])"
                             rf"(?!(?:[0-9]|[{_CN1}两兩十])+分)")
_DAYS_AFTER = re.compile(rf"(?:(?:{_SEP})(?P<last>[0-9]{{1,4}}))?日")
#: N分钟半, N分半钟 = N and a half minutes (一分钟半, 一分半钟).
_MINUTES_AND_A_HALF = re.compile(rf"(?P<n>{_SMALL})分(?:[钟鐘]半|半[钟鐘])")
#: N天N夜, N天N-1夜 (三天三夜, 三天两夜, 七日七夜): a length of N days and the nights in them. Seen
#: in police news: 历经3天3夜 (a transfer of a suspect, Jiahe county police, Hunan, 2023: 红网嘉禾分站,
#: copy at zhuanguanjia.com/news/guonei/226692.html), 忙了一天一夜 (Hefei police, 2019: 新安晚报,
#: m.yybnet.net/hefei/news/201908/9487994.html).
_DAYS_AND_NIGHTS = re.compile(rf"(?P<n>{_SMALL})[天日](?P<m>{_SMALL})夜")
#: N分M秒, N分钟M秒 (3分20秒 = 200 seconds): 分 before M秒 is minutes, never a score or a cent.
_MINUTES_AND_SECONDS = re.compile(rf"(?P<big>{_SMALL})分[钟鐘]?(?P<small>{_SMALL})秒[钟鐘]?")
_HALF_AFTER_GE = re.compile(rf"(?P<n>{_SMALL})[个個]半(?P<unit>{'|'.join(HALF_AFTER_GE_UNITS)})")
#: The units of time of :data:`..vocab.UNITS` (天, 个月, 小时, 刻钟 …), longest first.
_TIME_UNIT_KEYS = tuple(k for k in V.UNIT_KEYS if V.UNITS[k][0] in ("year", "month", "week", "day", "hour", "minute", "second"))
_TIME_UNIT = "|".join(map(re.escape, _TIME_UNIT_KEYS))
#: 又 between two parts of one length (一年又一个月, 两天又一个月: "a year and a month"): 又 joins
#: the parts as 零 does (《现代汉语词典》又: 表示整数之外再加零数, "an integer plus a remainder").
_LENGTH_THEN_YOU = re.compile(rf"(?:[0-9]+|{_SMALL})(?P<unit>{_TIME_UNIT})又")
_JOINED_PART = re.compile(rf"(?P<n>[0-9]+|{_SMALL})(?P<unit>{_TIME_UNIT})")
#: What each of the lengths above opens with: a small number, then 年, 天, 日, 分 or 个半. Where it
#: does not match, none of them does, and a part after 又 needs 又 before it (:func:`may_open_length`).
_LENGTH_OPENING = re.compile(rf"(?:{_SMALL})(?:[年天日分]|[个個]半)")


class Length(NamedTuple):
    """A length of time read at a number: its span, value, unit and the rule that read it."""

    start: int
    end: int
    value: Decimal
    unit: str
    rule: str


def may_open_length(s: str, pos: int) -> bool:
    """A small number at ``pos`` followed by 年, 天, 日, 分 or 个半, or 又 before ``pos``: without
    either, no length of two units, no days and nights, no half after 个 and no part after 又 can
    be read there."""
    return (pos > 0 and s[pos - 1] == "又") or _LENGTH_OPENING.match(s, pos) is not None


def counts_days(s: str, start: int, end: int, value: object) -> bool:
    """N日 at ``s[start:end]`` is a number of days, not a day of the month: after a penalty
    (行政拘留15日), before 内 (60日内), larger than any day (90日), or written with 两 (两日)."""
    span = _DAYS_AFTER.match(s, end)  # 日, or the end of a range and 日 (30~90日)
    if span is None:
        return False
    if s.endswith(LENGTH_BEFORE, 0, start) or s.startswith(DAYS_WITHIN, span.end()):
        return True
    last = int(span["last"]) if span["last"] else value
    return s[start] in _ONLY_A_LENGTH or any(isinstance(v, (int, Decimal)) and v > _LAST_DAY for v in (value, last))


def _two_units(rx: re.Pattern, s: str, pos: int, factor: int) -> tuple[int, int] | None:
    """A length written in a larger and a smaller unit (``factor`` smaller ones to a larger): (end,
    the length in the smaller unit), or None where the smaller part is not below ``factor``."""
    m = rx.match(s, pos)
    if m is None or (pos and s[pos - 1].isdigit()):
        return None
    small = _small(_arabic(m["small"]))
    return (m.end(), _small(_arabic(m["big"])) * factor + small) if small < factor else None


def years_and_months(s: str, pos: int) -> tuple[int, int] | None:
    """四年六个月, 3年零2个月: (end, the length in months), or None."""
    return _two_units(_YEARS_AND_MONTHS, s, pos, 12)


def days_and_hours(s: str, pos: int) -> tuple[int, int] | None:
    """还剩8天20时, 三天又五个小时: (end, the length in hours: a day has 24), or None.

    >>> days_and_hours("还剩8天20时", 2), days_and_hours("8天20时30分", 0)
    ((7, 212), None)
    """
    return _two_units(_DAYS_AND_HOURS, s, pos, 24)


def half_after_ge(s: str, pos: int) -> tuple[int, Decimal, str] | None:
    """一个半小时 = 1.5 hours, 两个半月 = 2.5 months, 一分钟半 = 1.5 minutes: (end, value, unit), or None."""
    if pos and s[pos - 1].isdigit():
        return None
    m = _HALF_AFTER_GE.match(s, pos)
    if m:
        return m.end(), Decimal(_small(_arabic(m["n"]))) + Decimal("0.5"), HALF_AFTER_GE_UNITS[m["unit"]]
    m = _MINUTES_AND_A_HALF.match(s, pos)
    return (m.end(), Decimal(_small(_arabic(m["n"]))) + Decimal("0.5"), "minute") if m else None


def part_after_you(s: str, pos: int) -> tuple[int, Decimal, str] | None:
    """一个月 in 两天又一个月: a part of a length written after another and 又 (where 又一 is
    otherwise "yet another", 又一起案件), read as a length of its own: (end, value, unit), or None.
    The same unit again (一年又一年, "year after year") is a repetition, not a part.

    >>> part_after_you("一年又一个月21天", 3), part_after_you("又一起案件", 1)
    ((6, Decimal('1'), 'month'), None)
    """
    if not s.startswith("又", pos - 1):
        return None
    before = next((m for a in range(max(0, pos - 7), pos - 2) for m in [_LENGTH_THEN_YOU.fullmatch(s, a, pos)] if m), None)
    m = _JOINED_PART.match(s, pos)
    if before is None or m is None or V.UNITS[m["unit"]] == V.UNITS[before["unit"]]:
        return None  # 一年又一年 "year after year", 一天又一天: a repetition, not two parts
    unit, factor = V.UNITS[m["unit"]]
    return m.end(), _small(_arabic(m["n"])) * factor, unit


def days_and_nights(s: str, pos: int) -> tuple[int, Decimal, str] | None:
    """三天三夜, 三天两夜: N days (the nights are those of the days, or one fewer), or None.

    >>> days_and_nights("连续奋战三天三夜", 4), days_and_nights("三天两头", 0)
    ((8, Decimal('3'), 'day'), None)
    """
    m = _DAYS_AND_NIGHTS.match(s, pos)
    if m is None or pos and s[pos - 1].isdigit():
        return None
    days, nights = _small(_arabic(m["n"])), _small(_arabic(m["m"]))
    return (m.end(), Decimal(days), "day") if nights in (days, days - 1) else None


def minutes_and_seconds(s: str, pos: int) -> tuple[int, int] | None:
    """3分20秒, 一分三十秒钟: (end, the length in seconds), or None.

    >>> minutes_and_seconds("用时3分20秒", 2), minutes_and_seconds("得3分", 1)
    ((7, 200), None)
    """
    return _two_units(_MINUTES_AND_SECONDS, s, pos, 60)


def past_months(s: str, start: int, end: int) -> bool:
    """近三月, 近3个月来 at ``s[start:end]`` (近 to the unit): the past N months, exact, like 近N年来;
    近3个月 alone stays "nearly three months"."""
    if not s.startswith("近", start) or not s.startswith("月", end - 1):
        return False
    return s[end - 2] not in "个個" or s.startswith(("来", "以来", "來", "以來"), end)


def month_after_jin(s: str, start: int, end: int) -> bool:
    """近三月: 月 right after a number after 近 is a number of months (not the month of March)."""
    return s.startswith("月", end) and s.endswith("近", 0, start)


def _arabic(text: str) -> str:
    """两 as 二, so :func:`.values._small` reads it (两年, 两个月)."""
    return text.replace("两", "二").replace("兩", "二")
