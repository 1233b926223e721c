"""Dates, date ranges and clock times as EDTF strings.

A year the text does not give stays ``XXXX`` unless the document's own date is
known; then ``今年``/no year means that year and ``去年`` the one before.

>>> read_date("11月16日上午", 0)
(6, 'XXXX-11-16', 'date')
>>> read_date("9月下旬以来", 0, year=2023)
(4, '2023-09-21/2023-09-30', 'date_range')
>>> read_date("7月18日至27日", 0)
(9, 'XXXX-07-18/XXXX-07-27', 'date_range')
>>> read_date("第25起", 1) is None
True
"""
from __future__ import annotations

import calendar
import re

from .numerals import parse_chinese

__all__ = ["read_date", "read_time", "RELATIVE_YEARS"]

_CN = "零〇一二两三四五六七八九十"
_Y = r"(?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3}"
_M = rf"1[0-2]|0?[1-9]|[{_CN}]{{1,2}}"
_D = rf"3[01]|[12][0-9]|0?[1-9]|[{_CN}]{{1,3}}"
_PART = "上旬|中旬|下旬|底|末"
_SEP = "至|到|—|－|-|~|～"

_POINT = re.compile(rf"(?:(?P<y>{_Y})年)?(?:(?P<m>{_M})月(?:(?P<d>{_D})[日号]|(?P<part>{_PART}))?)?")
_TAIL = re.compile(rf"(?:{_SEP})(?:(?P<y>{_Y})年)?(?:(?P<m>{_M})月)?(?:(?P<d>{_D})[日号]|(?P<part>{_PART}))?")
_MONTHS = re.compile(rf"(?P<m1>{_M})(?:{_SEP})(?P<m2>{_M})月")
_DATETIME = re.compile(
    rf"(?P<y>(?:19|20)[0-9]{{2}})年(?P<m>{_M})月(?P<d>{_D})日\s*(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])"
    rf"|(?P<d2>3[01]|[12][0-9]|0[1-9])\.(?P<m2>1[0-2]|0[1-9])\.(?P<y2>(?:19|20)[0-9]{{2}})\s+"
    rf"(?P<h2>[01]?[0-9]|2[0-3]):(?P<mi2>[0-5][0-9])"
    rf"|(?P<y3>(?:19|20)[0-9]{{2}})-(?P<m3>1[0-2]|0[1-9])-(?P<d3>3[01]|[12][0-9]|0[1-9])"
    rf"(?:[ T](?P<h3>[01]?[0-9]|2[0-3]):(?P<mi3>[0-5][0-9]))?")
_TIME = re.compile(rf"(?P<h>[01]?[0-9]|2[0-4]|[{_CN}]{{1,3}})(?P<mark>时|点)"
                   rf"(?:(?P<mi>[0-5]?[0-9]|[{_CN}]{{1,3}})分|(?P<half>半))?")
_CLOCK = re.compile(r"(?P<h>[01]?[0-9]|2[0-3]):(?P<mi>[0-5][0-9])(?![0-9:])")
DAY_PARTS = {"凌晨": 0, "早上": 0, "早晨": 0, "上午": 0, "中午": 0, "下午": 12, "傍晚": 12,
             "晚上": 12, "夜间": 12, "深夜": 12, "晚": 12}
#: Words before a date that fix its year relative to the document's year.
RELATIVE_YEARS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "明年": 1}


def _int(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isascii() else int(parse_chinese(text))


def _year(text: str | None) -> int | None:
    if text and not text.isascii():
        return int("".join(str(int(parse_chinese(c))) for c in text))
    return _int(text)


def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    out = f"{y:04d}" if y else "XXXX"
    if m:
        out += f"-{m:02d}"
    if d:
        out += f"-{d:02d}"
    return out


def _days(y: int | None, m: int, part: str | None) -> tuple[int, int] | None:
    last = calendar.monthrange(y or 2001, m)[1]  # an unknown year is read as a common year
    return {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, last), "底": (last, last),
            "末": (last, last)}.get(part or "")


def _valid(m: int | None, d: int | None) -> bool:
    return (m is None or 1 <= m <= 12) and (d is None or 1 <= d <= 31)


def read_date(s: str, pos: int, year: int | None = None) -> tuple[int, str, str] | None:
    """Read a date, date range or datetime starting at ``s[pos]``.

    Returns ``(end, edtf, unit)`` or None. ``year`` fills a year the text leaves out.

    >>> read_date("2022年08月05日 15:40", 0)
    (17, '2022-08-05T15:40', 'datetime')
    >>> read_date("今年1至8月", 2, year=2023)
    (6, '2023-01/2023-08', 'date_range')
    >>> read_date("截至7月底", 2)
    (5, 'XXXX-07-31', 'date')
    """
    m = _DATETIME.match(s, pos)
    if m:
        g = m.groupdict()
        y, mo, d = (_int(g[k] or g[k + "2"] or g[k + "3"]) for k in ("y", "m", "d"))
        h, mi = g["h"] or g["h2"] or g["h3"], g["mi"] or g["mi2"] or g["mi3"]
        if _valid(mo, d):
            if h is None:
                return m.end(), _fmt(y, mo, d), "date"
            return m.end(), f"{_fmt(y, mo, d)}T{int(h):02d}:{mi}", "datetime"
    m = _MONTHS.match(s, pos)
    if m:
        a, b = _int(m["m1"]), _int(m["m2"])
        if _valid(a, None) and _valid(b, None) and a < b:
            return m.end(), f"{_fmt(year, a)}/{_fmt(year, b)}", "date_range"
    m = _POINT.match(s, pos)
    if not m or not (m["y"] or m["m"]):
        return None
    y = _year(m["y"]) if m["y"] else None
    mo, d = _int(m["m"]), _int(m["d"])
    if not _valid(mo, d) or (m["y"] and not m["m"] and not s.startswith("年", m.end() - 1)):
        return None
    yy = y or year
    end = m.end()
    start_days = _days(yy, mo, m["part"]) if mo else None
    first = _fmt(yy, mo, d or (start_days[0] if start_days else None))
    last = _fmt(yy, mo, start_days[1]) if start_days and start_days[0] != start_days[1] else None
    t = _TAIL.match(s, end) if mo else None
    if t and (t["m"] or t["d"] or t["part"]):
        y2 = _year(t["y"]) or yy
        m2, d2 = _int(t["m"]) or mo, _int(t["d"])
        if _valid(m2, d2) and (d2 or t["part"] or (t["m"] and not d)):
            days2 = _days(y2, m2, t["part"])
            last = _fmt(y2, m2, d2 or (days2[1] if days2 else None))
            end = t.end()
    if last:
        return end, f"{first}/{last}", "date_range"
    return end, first, "date"


def read_time(s: str, pos: int) -> tuple[int, str] | None:
    """A clock time at ``s[pos]``: ``15:40``, or ``七时``/``十点半`` after a part of the day.

    >>> read_time("截止今日凌晨七时", 6)
    (8, '07:00')
    >>> read_time("下午3点半", 2)
    (5, '15:30')
    >>> read_time("四点二吨", 0) is None
    True
    """
    m = _CLOCK.match(s, pos)
    if m:
        return m.end(), f"{int(m['h']):02d}:{m['mi']}"
    m = _TIME.match(s, pos)
    if not m:
        return None
    part = next((p for p in DAY_PARTS if s.endswith(p, 0, pos)), None)
    if part is None and m["mark"] == "点":
        return None
    try:
        h = _int(m["h"]) or 0
        mi = 30 if m["half"] else (_int(m["mi"]) or 0)
    except ValueError:
        return None
    if part and h < 12:
        h += DAY_PARTS[part]
    if not (0 <= h <= 24 and 0 <= mi < 60):
        return None
    return m.end(), f"{h:02d}:{mi:02d}"
