"""Intervals: what a number is when the source gives only bounds.

The campaign's start is "late September" (an EDTF range), so the days elapsed at
the briefing, and every per-day rate, is an interval, not a point.

>>> start = edtf_range("2023-09-21/2023-09-30")
>>> elapsed_days(start, "2023-11-16")
Interval(low=47, high=56)
>>> Interval(237, 237) / elapsed_days(start, "2023-11-16")
Interval(low=4.232142857142857, high=5.042553191489362)
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal

from ..engine.vocab import BIG_PLACES, DECIMAL_POINTS

__all__ = ["Interval", "edtf_bounds", "edtf_period", "edtf_range", "elapsed_days", "end_window", "implied_base",
           "base_interval", "change_step", "change_interval", "figure_interval", "rounded_interval", "rounding_step", "written_precision", "whole_number_chance"]


@dataclass(frozen=True)
class Interval:
    """A closed interval ``[low, high]``; ``high`` may be ``inf`` (a lower bound)."""

    low: float
    high: float
    #: True when ``high`` itself is excluded (a 余 remainder: "below the next unit").
    high_open: bool = False

    def __post_init__(self):
        if self.low > self.high:
            raise ValueError(f"empty interval [{self.low}, {self.high}]")

    @classmethod
    def at_least(cls, value: float) -> "Interval":
        return cls(value, math.inf)

    @classmethod
    def point(cls, value: float) -> "Interval":
        return cls(value, value)

    def _pairs(self, other):
        other = other if isinstance(other, Interval) else Interval.point(other)
        return [a * b for a in (self.low, self.high) for b in (other.low, other.high)
                if not (a == 0 and math.isinf(b)) and not (b == 0 and math.isinf(a))]

    def __mul__(self, other) -> "Interval":
        if isinstance(other, (int, float)) and other > 0:  # scaling keeps an open top open
            return Interval(self.low * other, self.high * other, self.high_open)
        p = self._pairs(other)
        return Interval(min(p), max(p))

    __rmul__ = __mul__

    def __truediv__(self, other) -> "Interval":
        if isinstance(other, (int, float)) and other > 0:
            return self * (1 / other)
        other = other if isinstance(other, Interval) else Interval.point(other)
        if other.low <= 0 <= other.high:
            raise ZeroDivisionError("interval divisor contains 0")
        return self * Interval(1 / other.high, 1 / other.low)

    def __add__(self, other) -> "Interval":
        other = other if isinstance(other, Interval) else Interval.point(other)
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other) -> "Interval":
        other = other if isinstance(other, Interval) else Interval.point(other)
        return Interval(self.low - other.high, self.high - other.low)

    def fmt(self, digits: int = 1, unit: str = "") -> str:
        """``4.2–5.0`` or ``at least 2.3`` (for an unbounded top).

        >>> Interval(4.23, 5.04).fmt(), Interval.at_least(2.28).fmt(2, " m"), Interval(84.99, 85.02).fmt(0)
        ('4.2–5.0', 'at least 2.28 m', '85')
        """
        if math.isinf(self.high):
            return f"at least {self.low:,.{digits}f}{unit}"
        low, high = f"{self.low:,.{digits}f}", f"{self.high:,.{digits}f}"
        if self.high_open:
            return f"at least {low}{unit} and below {high}{unit}"
        return f"{low}{unit}" if low == high else f"{low}–{high}{unit}"

    def __repr__(self) -> str:
        tail = ", high_open=True" if self.high_open else ""
        return f"Interval(low={self.low!r}, high={self.high!r}{tail})"

    @property
    def width(self) -> float:
        return self.high - self.low

    def floor(self, digits: int = 0) -> str:
        """The low end rounded down to ``digits`` places: one conservative floor for prose
        (``at least 0.19`` for a rate of 0.1992–0.2390), never rounded up past the bound.

        >>> Interval(0.19924, 0.239).floor(2), Interval(84.98, 85.02).floor(0), Interval(88_980_000, 88_990_000).floor(0)
        ('0.19', '84', '88,980,000')
        """
        scale = 10 ** digits
        return f"{math.floor(self.low * scale + 1e-9) / scale:,.{digits}f}"


def edtf_range(value: str) -> tuple[dt.date, dt.date]:
    """First and last day of an EDTF date or date range with a known year.

    >>> edtf_range("2023-09-21/2023-09-30")
    (datetime.date(2023, 9, 21), datetime.date(2023, 9, 30))
    >>> edtf_range("XXXX-09-21")
    Traceback (most recent call last):
    ...
    ValueError: the year of 'XXXX-09-21' is unknown
    """
    parts = value.split("/")
    if any(p.startswith("X") for p in parts):
        raise ValueError(f"the year of {value!r} is unknown")
    return edtf_bounds(parts[0])[0], edtf_bounds(parts[-1])[1]


def edtf_bounds(part: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of an EDTF year, month, day or ``[a..b]`` window; None for an open end."""
    part = part.strip()
    if part in ("", ".."):
        return None
    if part.startswith("[") and ".." in part:
        low, high = part.strip("[]").split("..")
        return edtf_bounds(low)[0], edtf_bounds(high)[1]
    bits = [int(x) for x in part.split("-")]
    if len(bits) == 3:
        day = dt.date(*bits)
        return day, day
    year, month = bits[0], (bits[1] if len(bits) > 1 else None)
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def edtf_period(value: str) -> tuple[tuple | None, tuple | None]:
    """(start bounds, end bounds) of an EDTF date or interval; a single date is its own end."""
    parts = value.split("/")
    start = edtf_bounds(parts[0])
    return start, (edtf_bounds(parts[1]) if len(parts) > 1 else start)


def elapsed_days(start: tuple[dt.date, dt.date], at: str | dt.date) -> Interval:
    """Days from a start window to ``at`` (the start day not counted)."""
    at = dt.date.fromisoformat(at) if isinstance(at, str) else at
    return Interval((at - start[1]).days, (at - start[0]).days)


def end_window(start: tuple[dt.date, dt.date], days: int) -> tuple[dt.date, dt.date]:
    """Last day of a campaign of ``days`` days (start day counted) begun in the window.

    >>> end_window((dt.date(2023, 9, 21), dt.date(2023, 9, 30)), 100)
    (datetime.date(2023, 12, 29), datetime.date(2024, 1, 7))
    """
    return start[0] + dt.timedelta(days=days - 1), start[1] + dt.timedelta(days=days - 1)


def implied_base(current: float, change_pct: float, decimals: int = 1) -> Interval:
    """The prior-period value that a rounded change implies.

    ``change_pct`` is written to ``decimals`` places and may be rounded or truncated, so its
    size lies in ``[|c| − ½u, |c| + u)`` (:func:`rounded_interval`) and the base is an interval.

    >>> b = implied_base(237, 178.8); round(b.low, 2), round(b.high, 2)
    (84.98, 85.02)
    >>> implied_base(5, -99.99).high   # a fall this close to 100 % bounds the base only below
    inf
    """
    return base_interval(Interval.point(current), _signed(change_pct, 10 ** -decimals))


def _signed(change_pct: float, step: float) -> Interval:
    """A change written as ``change_pct`` to the place ``step``: its size rounded or truncated
    (:func:`rounded_interval`), with its sign."""
    size = rounded_interval(abs(change_pct), step)
    return size if change_pct >= 0 else Interval(-size.high, -size.low)


def base_interval(level: Interval, change: Interval) -> Interval:
    """The base from which a level in ``level`` moved by a change (in %) in ``change``:
    ``level / (1 + change / 100)``, widest at both ends; an unbounded top when the change may
    reach −100 %. :class:`ValueError` for a change that is −100 % or less throughout.

    >>> base_interval(Interval(34_750, 35_100), Interval(20.85, 21.0)).fmt(0)
    '28,719–29,044'
    """
    low_factor, high_factor = 1 + change.high / 100, 1 + change.low / 100
    if low_factor <= 0:
        raise ValueError(f"a change of {change.high}% leaves no prior-period base")
    return Interval(level.low / low_factor, level.high / high_factor if high_factor > 0 else math.inf)


#: A percentage as written in a change (上升20.9%, 下降12.1个百分点 is not one: see change_step).
_CHANGE_NUMBER = re.compile(r"([0-9０-９]+(?:[.．]([0-9０-９]+))?)\s*[%％]")
#: Writing whose step cannot be read from its digits: a change in 倍 (上升4倍 reads as ×5 or ×4),
#: in 成 or a Chinese numeral (百分之二十), or in percentage points.
_UNREAD_CHANGE = re.compile("倍|成|百分之|百分点")


def change_step(fig) -> float | None:
    """The last written place of a figure's change (in %): 0.1 for ``同比上升178.8%``, 1 for
    ``增长25%``; the number is the one of the change text that equals ``change_pct`` (a 分别
    list writes several). None when the change is written in 倍, 成, words or points, or its
    number is not found.

    >>> from analysis.engine import extract
    >>> [change_step(f) for f in extract("破获刑事案件237起，同比上升178.8%；抓获嫌疑人20人，同比增长25%")]
    [0.1, 1]
    """
    text, pct = fig.change_text or "", fig.change_pct
    if pct is None or _UNREAD_CHANGE.search(text):
        return None
    for m in _CHANGE_NUMBER.finditer(text.translate(_FULLWIDTH_DIGITS)):
        if math.isclose(float(m.group(1)), abs(pct)):
            return 10 ** -len(m.group(2)) if m.group(2) else 1
    return None


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


def change_interval(fig) -> Interval | None:
    """Where a figure's change (in %) lies given how it is written (:func:`change_step`):
    ``[c − ½u, c + u)`` in size, with its sign; None when its step cannot be read.

    >>> from analysis.engine import extract
    >>> change_interval(extract("破获刑事案件237起，同比上升178.8%")[0])
    Interval(low=178.75, high=178.9, high_open=True)
    """
    step = change_step(fig)
    return None if step is None else _signed(fig.change_pct, step)


def written_precision(fig) -> float | None:
    """Place value of the last written digit: the figure's own ``precision`` when the engine
    gives one, else derived from its value (trailing zeros of a whole number, decimals of a
    fraction). None for a value that is not a number.

    >>> from analysis.engine import extract
    >>> [written_precision(f) for f in extract("8898万余元，4.88亿元，17.6公斤，237起，300余发")]
    [10000, 1000000, 0.1, 1, 100]
    """
    given = getattr(fig, "precision", None)
    if given is not None:
        return given
    value = fig.value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not value.is_integer():
        return float(Decimal(1).scaleb(Decimal(repr(value)).as_tuple().exponent))
    n, place = int(value), 1
    while n and n % (place * 10) == 0:
        place *= 10
    return place


#: The first Arabic number of a figure's text, its decimals and a 万/亿 place word after it.
_ARABIC_WRITTEN = re.compile(rf"[0-9][0-9,]*(?:[.．]([0-9]+))?([{''.join(BIG_PLACES)}]?)")
_CHINESE_ROUNDING = frozenset(DECIMAL_POINTS) | frozenset(BIG_PLACES)


def _written_step(m: re.Match) -> float | None:
    """The last written place of an Arabic number, in the unit as written (before any
    conversion): 0.01 for ``13.46吨``, 1,000 for ``2.9万``; None for a bare whole number."""
    decimals, place = m.group(1), BIG_PLACES.get(m.group(2), 1)
    if decimals:
        return float(Decimal(place).scaleb(-len(decimals)))
    return place if place > 1 else None


def _unit_factor(fig, m: re.Match) -> float:
    """The figure's value over its number as written: the unit conversion (1,000 for 吨 to
    kg, 0.001 for 克); 1 when it cannot be told."""
    digits = m.group(0).rstrip("".join(BIG_PLACES)).replace(",", "").replace("．", ".")
    written = float(digits) * BIG_PLACES.get(m.group(2), 1)
    value = fig.value
    if not written or isinstance(value, bool) or not isinstance(value, (int, float)):
        return 1.0
    return abs(value / written)  # a sign read apart from the digits (负1.5万) is not a conversion


def rounding_step(fig) -> float | None:
    """The last written place ``u`` of a rounded figure, taken in the unit as written and then
    converted to the figure's unit; None when the number is read as written. A decimal point
    or a 万/亿 place word marks a rounded total (``4.88亿`` to 0.01 亿, ``2.9万`` to 0.1 万,
    ``13.46吨`` to 0.01 t = 10 kg, ``19.5克`` to 0.1 g = 0.0001 kg); a whole number without
    them (``237起``, ``为期100天``, ``300人``) is read as written, since nothing says it was
    rounded. The written place is scaled by the unit's factor (the figure's value over its
    written number), so the step always agrees with the value it bounds.

    >>> from analysis.engine import extract
    >>> [rounding_step(f) for f in extract("4.88亿元，2.9万起，17.6公斤，64万人，237起，为期100天")]
    [1000000.0, 1000.0, 0.1, 10000.0, None, None]
    >>> [round(rounding_step(f), 7) for f in extract("13.46吨，19.5克")]
    [10.0, 0.0001]
    """
    m = _ARABIC_WRITTEN.search(fig.text)
    if m:
        step = _written_step(m)
        if step is None:
            return None
        return step * _unit_factor(fig, m)
    if any(c in _CHINESE_ROUNDING for c in fig.text):
        return written_precision(fig)
    return None


def rounded_interval(value: float, step: float, nonnegative: bool = True) -> Interval:
    """Where a figure written as ``value`` to the last place ``step`` can lie: ``[value − ½step,
    value + step)``, which covers rounding to nearest (±½) and truncation (official totals do
    both: 2.9万 may be 29,000–29,999), since the rule is seldom stated. A quantity that cannot
    be negative never gets a negative bound.

    >>> rounded_interval(29_000, 1_000)
    Interval(low=28500.0, high=30000, high_open=True)
    >>> rounded_interval(0.5, 1)
    Interval(low=0.0, high=1.5, high_open=True)
    """
    low = value - step / 2
    return Interval(max(low, 0.0) if nonnegative else low, value + step, high_open=True)


def _rounded_signed(value: float, step: float) -> Interval:
    """:func:`rounded_interval` of a value's size, with its sign: a negative figure written
    to ``step`` (负1.5万元) lies in ``[x − u, x + ½u]``, its size rounded or truncated.

    >>> _rounded_signed(-16_000, 1_000)
    Interval(low=-17000, high=-15500.0)
    """
    if value >= 0:
        return rounded_interval(value, step)
    size = rounded_interval(-value, step)
    return Interval(-size.high, -size.low)


def figure_interval(fig) -> Interval | None:
    """The interval a figure's text allows, from its qualifier, its ``low``/``high`` and how
    its number is written (:func:`rounding_step`, bounded by :func:`rounded_interval` as
    ``[x − ½u, x + u)``); None when the text allows none (``about``
    has no stated width, and a date is not a quantity). The one place where rounding and
    qualifiers become bounds. Quantities here are never negative, so a ``nearly``/``at_most``
    figure starts at 0.

    >>> from analysis.engine import extract
    >>> [figure_interval(f) for f in extract("8898万余元，不足50人，237起")]
    [Interval(low=88980000, high=88990000, high_open=True), Interval(low=0, high=50), Interval(low=237, high=237)]
    >>> figure_interval(extract("2.9万起")[0])
    Interval(low=28500.0, high=30000.0, high_open=True)
    """
    q, low, high, value = fig.qualifier, fig.low, fig.high, fig.value
    if fig.unit in ("date", "date_range", "datetime", "time"):
        return None
    if q == "range" and low is not None and high is not None:  # also a vague 数十 (value None)
        return Interval(low, high)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if q == "exact":
        step = rounding_step(fig)
        return Interval.point(value) if step is None else _rounded_signed(value, step)
    if q == "at_least":
        low = value if low is None else low  # the engine's high: a 余/多 remainder's top
        top = math.inf if high is None else high
        return Interval(low, top, high_open=not math.isinf(top))
    if q in ("nearly", "at_most"):
        return Interval(0 if low is None else low, value if high is None else high)
    return None


def whole_number_chance(base: Interval) -> float:
    """Probability that an interval of this width, placed at random, contains a whole number:
    how often a "the implied base is a whole number" check passes by chance.

    >>> whole_number_chance(Interval(84.99, 85.02)) == Interval(84.99, 85.02).width
    True
    >>> whole_number_chance(Interval(1.0, 3.5))
    1.0
    """
    return min(1.0, base.width)
