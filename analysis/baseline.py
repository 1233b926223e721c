"""The base year: what the year-on-year change implies, and what a depressed base does to it.

"+178.8 %" compares the first stage with the same weeks of 2022. The implied 2022 count
(:func:`analysis.intervals.implied_base`) is set, per resident and per day, against Gansu's
ordinary-year rate; a base at that rate gives the growth the campaign would show against
an ordinary year. All quantities are intervals: the start of the campaign is known only to
a window of days and the change is rounded.

The first stage is undated: it may have ended before the briefing, so the days elapsed at
the briefing are an upper bound on its length. Every rate over those days is therefore a
lower bound (a shorter stage means a higher rate), and the counterfactual "growth against an
ordinary base" holds only if the stage ran to the briefing. ``break_even_days`` says how
short the stage would have to be for its rate to reach the ordinary rate (computed from both
ends of that rate, so an interval).
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .briefing import Briefing
from .checks import campaign_window, headline
from .context import comparison, per_100k_per_day, population_of
from .intervals import Interval, edtf_range, elapsed_days, implied_base
from .ledger import load_world_csv

__all__ = ["BaseYear", "base_year", "growth_text", "national_trend", "LINXIA"]

LINXIA = "Linxia Hui Autonomous Prefecture"


@dataclass(frozen=True)
class BaseYear:
    solved: int  # the headline count (cases solved in the first stage)
    change_pct: float  # its year-on-year change as written
    days: Interval  # days elapsed at the briefing: the longest the first stage can have run
    base: Interval  # the implied count in the same weeks of the year before
    base_rate: Interval  # that base per 100,000 residents per day (a floor: the stage may be shorter)
    ordinary_rate: Interval  # Gansu's ordinary-year rate, same unit
    ratio: Interval  # base_rate / ordinary_rate (a floor, like base_rate)
    ordinary_base: Interval  # cases a base at Gansu's ordinary rate would have had
    growth_vs_ordinary: Interval  # the change (%) against that base, if the stage ran to the briefing
    break_even_days: Interval  # a stage shorter than this reaches the ordinary rate (and the growth turns positive)
    ordinary_source: str
    ordinary_year: int  # the one reference year: the latest ordinary year before the campaign


def _ordinary_rate(b: Briefing, before: int) -> tuple[Interval, str, int]:
    """Gansu's rate in the latest ordinary year before ``before``: one reference year, used by
    every comparison of the base with an ordinary year."""
    rows = comparison(b)
    rows = rows[(rows["kind"] == "ordinary year") & (rows["year"] < before)]
    if rows.empty:
        raise LookupError(f"no ordinary-year row before {before} in data/context/campaigns.csv")
    r = rows.sort_values("year").iloc[-1]
    return (Interval(float(r["rate_low"]), float(r["rate_high"])),
            f"{r['area']} {r['campaign']} ({r['source']})", int(r["year"]))


def base_year(b: Briefing) -> BaseYear | None:
    """The implied base and its comparison with Gansu's ordinary year, all from the library;
    None when the briefing lacks a headline change or a dated start."""
    head = headline(b)
    start, _, day = campaign_window(b)
    if head is None or start is None or not day or start.value.startswith("X"):
        return None
    days = elapsed_days(edtf_range(start.value), day)
    pop, _ = population_of(LINXIA)
    base = implied_base(head.value, head.change_pct)
    base_rate = per_100k_per_day(base, days, pop)
    ordinary, source, year = _ordinary_rate(b, int(day[:4]))
    ordinary_base = ordinary * days * (pop / 100_000)
    growth = (Interval.point(head.value) / ordinary_base - 1) * 100
    break_even = Interval.point(head.value) / (ordinary * (pop / 100_000))
    return BaseYear(head.value, head.change_pct, days, base, base_rate, ordinary,
                    base_rate / ordinary, ordinary_base, growth, break_even, source, year)


def growth_text(g: Interval) -> str:
    """A change in percent as words.

    >>> growth_text(Interval(-39.2, -24.3)), growth_text(Interval(5, 9)), growth_text(Interval(-3, 4))
    ('a fall of 24–39%', 'a rise of 5–9%', 'a change of -3–4%')
    """
    if g.high < 0:
        return f"a fall of {Interval(-g.high, -g.low).fmt(0)}%"
    return f"a rise of {g.fmt(0)}%" if g.low > 0 else f"a change of {g.fmt(0)}%"


def national_trend() -> pd.DataFrame:
    """``data/world/national.csv``: national indicators for 2023 (and the cold-case campaigns)."""
    df = load_world_csv("national.csv")
    df["value"] = pd.to_numeric(df["value"])
    return df
