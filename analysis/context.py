"""Context: populations and peer campaigns from ``data/context/``, as rates with intervals.

A rate per 100,000 residents per campaign-day carries the uncertainty of its inputs: the
Linxia campaign's elapsed days are an interval (its start is "late September"), and a 余
count is a lower bound.

>>> r = per_100k_per_day(Interval.point(237), Interval(47, 56), 2_124_100)
>>> round(r.low, 3), round(r.high, 3)
(0.199, 0.237)
"""
from __future__ import annotations

import pandas as pd

from .briefing import Briefing
from .checks import campaign_window, headline
from .intervals import Interval, edtf_range, elapsed_days, implied_base
from .paths import DATA

__all__ = ["load_population", "load_campaigns", "per_100k_per_day", "comparison", "population_of"]

CONTEXT = DATA / "context"


def load_population() -> pd.DataFrame:
    """``data/context/population.csv``, checked: every row has a population and a basis."""
    df = pd.read_csv(CONTEXT / "population.csv", dtype={"area": "string", "basis": "string"})
    assert df["population"].gt(0).all(), "population.csv: a non-positive population"
    assert df["basis"].notna().all(), "population.csv: a row without its basis"
    return df


def population_of(area: str, basis: str = "resident population") -> tuple[int, str]:
    """The latest population of ``area`` with that basis, and its date."""
    df = load_population()
    rows = df[(df["area"] == area) & (df["basis"] == basis)].sort_values("as_of")
    if rows.empty:
        raise KeyError(f"no {basis!r} for {area!r} in data/context/population.csv")
    row = rows.iloc[-1]
    return int(row["population"]), str(row["as_of"])


def load_campaigns() -> pd.DataFrame:
    """``data/context/campaigns.csv``, checked: each row has a source and a known length."""
    df = pd.read_csv(CONTEXT / "campaigns.csv", dtype={"period_days": "Int64",
                                                        "criminal_cases_solved": "Int64",
                                                        "persons_caught": "Int64"})
    assert df["source_url"].notna().all(), "campaigns.csv: a row without its source"
    assert set(df["source_is_mirror"]) <= {"yes", "no"}, "campaigns.csv: mirror flag not yes/no"
    return df


def per_100k_per_day(count: Interval, days: Interval, population: int) -> Interval:
    """Cases per 100,000 residents per day, as an interval."""
    return count / days / (population / 100_000)


def comparison(b: Briefing) -> pd.DataFrame:
    """The seed's first stage against the peer campaigns: cases solved per 100k per day.

    The Linxia row is computed from the briefing's own figures (headline count, start
    window, briefing date) and Linxia's end-2022 resident population; the peers come from
    ``campaigns.csv`` with their lengths as reported.
    """
    head = headline(b)
    start, _, day = campaign_window(b)
    days = elapsed_days(edtf_range(start.value), day)
    pop, pop_date = population_of("Linxia Hui Autonomous Prefecture")
    base = implied_base(head.value, head.change_pct)
    rows = [{
        "campaign": "秋风 first stage (this briefing)", "area": "Linxia", "level": "prefecture",
        "cases": Interval.point(head.value), "days": days, "population": pop,
        "source": "the seed briefing; population " + pop_date, "mirror": "yes", "kind": "campaign",
        "year": int(day[:4])},
        {"campaign": "same period a year earlier (implied by the YoY change)", "area": "Linxia",
         "level": "prefecture", "cases": base, "days": days, "population": pop,
         "source": "derived from the seed's 同比", "mirror": "yes", "kind": "derived",
         "year": int(day[:4]) - 1}]
    for r in load_campaigns().itertuples():
        if r.campaign.startswith("秋风") or pd.isna(r.criminal_cases_solved) or pd.isna(r.period_days):
            continue
        rows.append({"campaign": r.campaign, "area": r.area, "level": r.level, "year": int(r.year),
                     "cases": Interval.point(int(r.criminal_cases_solved)),
                     "days": Interval.point(int(r.period_days)), "population": int(r.population),
                     "source": r.source_url, "mirror": r.source_is_mirror,
                     "kind": "ordinary year" if r.campaign.startswith("annual") else "campaign"})
    out = pd.DataFrame(rows)
    rates = [per_100k_per_day(c, d, p) for c, d, p in zip(out["cases"], out["days"], out["population"])]
    out["rate_low"] = [r.low for r in rates]
    out["rate_high"] = [r.high for r in rates]
    return out
