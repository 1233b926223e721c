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

import datetime as dt
import math
from dataclasses import dataclass

__all__ = ["Interval", "edtf_range", "elapsed_days", "end_window", "implied_base"]


@dataclass(frozen=True)
class Interval:
    """A closed interval ``[low, high]``; ``high`` may be ``inf`` (a lower bound)."""

    low: float
    high: float

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
        p = self._pairs(other)
        return Interval(min(p), max(p))

    __rmul__ = __mul__

    def __truediv__(self, other) -> "Interval":
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
        return f"{low}{unit}" if low == high else f"{low}–{high}{unit}"


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
    days = [dt.date.fromisoformat(p) for p in parts]
    return days[0], days[-1]


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

    ``change_pct`` is rounded to ``decimals`` places, so the base is an interval.

    >>> b = implied_base(237, 178.8); round(b.low, 2), round(b.high, 2)
    (84.99, 85.02)
    """
    half = 0.5 * 10 ** -decimals
    return Interval(current / (1 + (change_pct + half) / 100), current / (1 + (change_pct - half) / 100))
