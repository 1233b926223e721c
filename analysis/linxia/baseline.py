"""The base year: what the year-on-year change implies, and how it reads against references.

"+178.8 %" compares the first stage with the same weeks of 2022. The implied 2022 count
(:func:`analysis.briefings.intervals.implied_base`, about 85) is set, per resident and per day, against
a band of references (:func:`reference_band`): Gansu's calendar years 2021 and 2022 (annual
means, no season, not campaign-free) and the Gansu campaigns in ``campaigns.csv`` (prefectures
and the province, in the summer). None of them is Linxia's own ordinary rate, which is not
known: whether 85 cases was low for Linxia cannot be told without Linxia's own series. All
quantities are intervals: the start of the campaign is known only to a window of days, the
change and the totals are rounded, and Linxia's 2023 population lies between the 2020 census
and the end-2022 estimate.

Key formulas (``n`` the headline count, ``c`` its change, ``d`` the days elapsed, ``P`` the
population, ``r`` a reference rate per 100,000 residents per day)::

    implied base      B = n / (1 + c)
    rate              n / d / (P / 100,000)
    growth vs r       n / (r · d · P / 100,000) − 1
    break-even days   n / (r · P / 100,000)

The first stage is undated: it may have ended before the briefing, so the days elapsed at
the briefing are an upper bound on its length. Every rate over those days is therefore a
lower bound (a shorter stage means a higher rate), and the counterfactual "growth against a
base at a reference rate" holds only if the stage ran to the briefing. ``break_even_days`` says
how short the stage would have to be for its rate to reach the reference (computed from both
ends of that rate, so an interval).
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..briefings.briefing import Briefing
from ..briefings.checks import campaign_window, headline
from ..briefings.intervals import Interval, edtf_range, elapsed_days, implied_base
from .context import FOR_ANOTHER_BRIEFING, comparison, per_100k_per_day, population_range
from .keyed import seed_only
from .ledger import load_world_csv

__all__ = ["BaseYear", "base_year", "growth_text", "national_trend", "reference_band", "LINXIA"]

LINXIA = "Linxia Hui Autonomous Prefecture"


@dataclass(frozen=True)
class BaseYear:
    solved: int  # the headline count (cases solved in the first stage)
    change_pct: float  # its year-on-year change as written
    days: Interval  # days elapsed at the briefing: the longest the first stage can have run
    base: Interval  # the implied count in the same weeks of the year before
    base_rate: Interval  # that base per 100,000 residents per day (a floor: the stage may be shorter)
    ordinary_rate: Interval  # Gansu's calendar-year rate (not campaign-free), same unit
    ratio: Interval  # base_rate / ordinary_rate (a floor, like base_rate)
    ordinary_base: Interval  # cases a base at Gansu's ordinary rate would have had
    growth_vs_ordinary: Interval  # the change (%) against that base, if the stage ran to the briefing
    break_even_days: Interval  # a stage shorter than this reaches the ordinary rate (and the growth turns positive)
    ordinary_source: str
    ordinary_year: int  # the calendar year before the campaign (2022: not campaign-free)


def _ordinary_rate(b: Briefing, before: int) -> tuple[Interval, str, int]:
    """Gansu's rate in the latest calendar year before ``before`` (an annual total, not a
    campaign-free year): the default reference; :func:`reference_band` gives the others."""
    rows = comparison(b)
    rows = rows[(rows["kind"] == "calendar year") & (rows["year"] < before)]
    if rows.empty:
        raise LookupError(f"no calendar-year row before {before} in data/context/campaigns.csv")
    r = rows.sort_values("year").iloc[-1]
    return (Interval(float(r["rate_low"]), float(r["rate_high"])),
            f"{r['area']} {r['campaign']} ({r['source']})", int(r["year"]))


@seed_only(FOR_ANOTHER_BRIEFING)
def base_year(b: Briefing) -> BaseYear | None:
    """The implied base and its comparison with Gansu's ordinary year, all from the library;
    None when the briefing lacks a headline change or a dated start."""
    head = headline(b)
    start, _, day = campaign_window(b)
    if head is None or start is None or not day or start.value.startswith("X"):
        return None
    days = elapsed_days(edtf_range(start.value), day)
    pop = population_range(LINXIA)
    base = implied_base(head.value, head.change_pct)
    base_rate = per_100k_per_day(base, days, pop)
    ordinary, source, year = _ordinary_rate(b, int(day[:4]))
    ordinary_base, growth, break_even = _against(head.value, ordinary, days, pop)
    return BaseYear(head.value, head.change_pct, days, base, base_rate, ordinary,
                    base_rate / ordinary, ordinary_base, growth, break_even, source, year)


def _against(solved: int, rate: Interval, days: Interval, pop: Interval) -> tuple[Interval, Interval, Interval]:
    """The one place the counterfactual is computed: the cases a base at ``rate`` would have
    had over ``days``, the headline's growth (%) against it, and the stage length at which the
    headline's own rate equals ``rate`` (the break-even)."""
    expected = rate * days * (pop / 100_000)
    growth = (Interval.point(solved) / expected - 1) * 100
    break_even = Interval.point(solved) / (rate * (pop / 100_000))
    return expected, growth, break_even


#: What each kind of reference row is, in a reader's words (its season and what it averages).
_REFERENCE_KIND = {"calendar year": "calendar year: an annual mean, no season, campaigns included",
                   "campaign": "summer campaign: the season of peak crime, itself a drive"}


@seed_only(FOR_ANOTHER_BRIEFING)
def reference_band(b: Briefing) -> pd.DataFrame | None:
    """The implied base and the headline against each Gansu reference in ``campaigns.csv``
    (the calendar years and the prefectural and provincial campaigns; the nation left out):
    per reference its rate, the base's share of it (a floor), the headline's growth against a
    base at that rate (if the stage ran to the briefing) and the break-even stage length. A band
    of scenarios, not an estimate of Linxia's ordinary rate, which is not known."""
    by = base_year(b)
    if by is None:
        return None
    cmp = comparison(b)
    refs = cmp[(cmp["area"] != "Linxia") & cmp["level"].isin(["prefecture", "province"])]
    pop = population_range(LINXIA)
    rows = []
    for r in refs.itertuples():
        rate = Interval(float(r.rate_low), float(r.rate_high))
        _, growth, break_even = _against(by.solved, rate, by.days, pop)
        rows.append({"reference": r.campaign, "area": r.area, "year": int(r.year), "kind": r.kind,
                     "season": _REFERENCE_KIND[r.kind], "mirror": r.mirror, "rate": rate,
                     "base_share": by.base_rate / rate * 100, "growth": growth, "break_even_days": break_even})
    return pd.DataFrame(rows).sort_values("break_even_days", key=lambda s: [i.low for i in s]).reset_index(drop=True)


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
