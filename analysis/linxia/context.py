"""Context: populations and peer campaigns from ``data/context/``, as rates with intervals.

A rate per 100,000 residents per campaign-day carries the uncertainty of its inputs: the
Linxia campaign's elapsed days are an interval (its start is "late September"), a 余 count
is a range ([640,000, 650,000) for ``64万余起``), and a rounded published total (``2.9万起``) is
read to its last written digit. Every count is read from its text as written, by the same
engine and the same :func:`analysis.briefings.intervals.figure_interval` as the briefing's own figures.

>>> r = per_100k_per_day(Interval.point(237), Interval(47, 56), 2_124_100)
>>> round(r.low, 3), round(r.high, 3)
(0.199, 0.237)
>>> written_count("64万余起")
Interval(low=640000, high=650000, high_open=True)
"""
from __future__ import annotations

import pandas as pd

from ..briefings.briefing import Briefing
from ..briefings.checks import campaign_window, headline
from ..engine import extract
from ..briefings.intervals import Interval, edtf_range, elapsed_days, figure_interval, implied_base
from ..briefings.paths import DATA
from .keyed import WRITTEN_FOR, NotTheSeed, seed_digest, seed_only

__all__ = ["load_population", "load_campaigns", "load_literature", "per_100k_per_day",
           "comparison", "population_of", "population_range", "written_count", "campaign_days",
           "fugitive_rates", "cold_case_expectation", "standing", "comparison_label", "load_context",
           "seizure_series", "priorities", "rate_if_stage_ended"]

CONTEXT = DATA / "context"
_SOURCE_COLUMNS = ("publisher", "source_url", "source_is_mirror", "accessed")

#: What serves a briefing other than the seed, in place of the seed's comparisons.
FOR_ANOTHER_BRIEFING = ("For another briefing, its own figures and their bounds come from analysis.briefings "
            "(checks.headline, checks.campaign_window, intervals.figure_interval); a rate per resident "
            "needs that area's population: per_100k_per_day(count, days, population).")


def _check_sources(df: pd.DataFrame, name: str) -> None:
    missing = [c for c in _SOURCE_COLUMNS if c not in df.columns]
    assert not missing, f"{name}: missing columns {missing}"
    assert df["source_url"].notna().all(), f"{name}: a row without its source"
    assert set(df["source_is_mirror"]) <= {"yes", "no"}, f"{name}: mirror flag not yes/no"
    assert df["accessed"].notna().all(), f"{name}: a row without its access date"


def load_population() -> pd.DataFrame:
    """``data/context/population.csv``, checked: a population, a basis and a sourced row each."""
    df = pd.read_csv(CONTEXT / "population.csv", dtype={"area": "string", "basis": "string",
                                                         "as_of": "string", "archive_url": "string"})
    assert df["population"].gt(0).all(), "population.csv: a non-positive population"
    assert df["basis"].notna().all(), "population.csv: a row without its basis"
    _check_sources(df, "population.csv")
    return df


def population_of(area: str, as_of: str | None = None) -> tuple[int, str]:
    """The resident (or census, or total) population of ``area`` at ``as_of`` — the latest
    when ``as_of`` is None — and its date. Registered (户籍) counts are never used."""
    df = load_population()
    rows = df[(df["area"] == area) & ~df["basis"].str.startswith("registered")]
    rows = rows[rows["as_of"] == as_of] if as_of else rows.sort_values("as_of")
    if rows.empty:
        raise KeyError(f"no population for {area!r} at {as_of!r} in data/context/population.csv")
    row = rows[rows["basis"] != "census"].iloc[-1] if (rows["basis"] != "census").any() else rows.iloc[-1]
    return int(row["population"]), str(row["as_of"])


def population_range(area: str) -> Interval:
    """The span of ``area``'s resident and census populations in ``population.csv``: the
    denominator for a year with no population of its own (Linxia 2023: the 2020 census and the
    end-2022 estimate). Registered (户籍) counts are never used.

    >>> population_range("Linxia Hui Autonomous Prefecture")
    Interval(low=2109750, high=2124100)
    """
    df = load_population()
    rows = df[(df["area"] == area) & ~df["basis"].str.startswith("registered")]
    if rows.empty:
        raise KeyError(f"no population for {area!r} in data/context/population.csv")
    return Interval(int(rows["population"].min()), int(rows["population"].max()))


def load_campaigns() -> pd.DataFrame:
    """``data/context/campaigns.csv``, checked: sourced rows, counts written as in the source."""
    df = pd.read_csv(CONTEXT / "campaigns.csv", dtype={"days_reported": "Int64", "archive_url": "string"})
    _check_sources(df, "campaigns.csv")
    assert df["cases_text"].notna().all(), "campaigns.csv: a row without its case count"
    return df


def load_literature() -> pd.DataFrame:
    """``data/context/literature.csv``: full references; DOI or ISBN only where verified."""
    df = pd.read_csv(CONTEXT / "literature.csv", dtype="string")
    assert df["reference"].notna().all(), "literature.csv: a row without its reference"
    return df


def written_count(text: str) -> Interval | None:
    """The interval a count allows as written in a source (``64万余起``, ``2.9万起``), read by the
    engine and bounded by :func:`analysis.briefings.intervals.figure_interval`; None if no count."""
    figs = [f for f in extract(str(text)) if f.unit == "count"]
    return figure_interval(figs[0]) if figs else None


def campaign_days(row) -> Interval:
    """Days a campaign's results cover: start (a date or EDTF range) to ``counted_until`` (the
    first day not counted: the results briefing, or the day after the period ends; a date or
    an EDTF range when only a window is known); else the length as reported.

    >>> from types import SimpleNamespace as Row
    >>> campaign_days(Row(period_start="2022-06-25", counted_until="2022-10-01/2022-10-09"))
    Interval(low=98, high=106)
    """
    if isinstance(row.period_start, str) and isinstance(row.counted_until, str):
        start, (first, last) = edtf_range(row.period_start), edtf_range(row.counted_until)
        return Interval(elapsed_days(start, first).low, elapsed_days(start, last).high)
    return Interval.point(int(row.days_reported))


def per_100k_per_day(count: Interval, days: Interval, population: "int | Interval") -> Interval:
    """Cases per 100,000 residents per day, as an interval."""
    return count / days / (population / 100_000)


def _linxia_rows(b: Briefing) -> list[dict]:
    head = headline(b)
    start, _, day = campaign_window(b)
    days = elapsed_days(edtf_range(start.value), day)
    pop = population_range("Linxia Hui Autonomous Prefecture")  # no end-2023 figure: census 2020 to end-2022
    common = {"area": "Linxia", "level": "prefecture", "days": days, "population": pop,
              "population_as_of": "2020-11-01 to 2022-12-31", "mirror": "yes"}
    return [{**common, "campaign": "秋风 first stage (this briefing)", "kind": "campaign",
             "cases": figure_interval(head), "source": "the seed briefing", "year": int(day[:4])},
            {**common, "campaign": "same period a year earlier (implied by the YoY change)",
             "kind": "derived", "cases": implied_base(head.value, head.change_pct),
             "source": "derived from the seed's 同比", "year": int(day[:4]) - 1}]


@seed_only(FOR_ANOTHER_BRIEFING)
def comparison(b: Briefing) -> pd.DataFrame:
    """The seed's first stage against its own implied base and the peers: criminal cases
    solved per 100k residents per day, nearest comparisons first (Linxia, then prefectures,
    the province, the nation). Peer counts come from their written text; populations from
    ``population.csv`` at each row's own date. Linxia's two rates are floors: its days are
    those elapsed at the briefing, and the undated first stage may have ended earlier; its
    population, which has no end-2023 figure, is the span of the 2020 census and the end-2022
    estimate (:func:`population_range`)."""
    rows = _linxia_rows(b)
    order = {"prefecture": 1, "province": 2, "national": 3}
    for r in load_campaigns().itertuples():
        if r.campaign.startswith("秋风"):
            continue
        pop, pop_date = population_of(r.area, r.population_as_of)
        rows.append({"campaign": r.campaign, "area": r.area, "level": r.level, "year": int(r.year),
                     "cases": written_count(r.cases_text), "days": campaign_days(r),
                     "population": pop, "population_as_of": pop_date, "source": r.source_url,
                     "mirror": r.source_is_mirror,
                     "kind": "calendar year" if r.campaign.startswith("annual") else "campaign"})
    out = pd.DataFrame(rows)
    out["rank"] = [0 if a == "Linxia" else order[lv] for a, lv in zip(out["area"], out["level"])]
    out = out.sort_values("rank", kind="stable").drop(columns="rank").reset_index(drop=True)
    rates = [per_100k_per_day(c, d, p) for c, d, p in zip(out["cases"], out["days"], out["population"])]
    out["rate_low"] = [r.low for r in rates]
    out["rate_high"] = [r.high for r in rates]
    out.attrs[WRITTEN_FOR] = seed_digest()
    return out


def _seed_figure(b: Briefing, metric: str):
    return next((f for f in b.figures if f.metric == metric), None)


@seed_only(FOR_ANOTHER_BRIEFING)
def fugitive_rates(b: Briefing) -> pd.DataFrame | None:
    """Fugitives caught per 100,000 residents per day: the briefing's 上网逃犯 over the days
    elapsed (a floor, like every first-stage rate) against each Gansu year in ``campaigns.csv``
    that reports fugitives caught, with Linxia's rate as a multiple of each. None without the
    briefing's fugitive count or a dated start."""
    fug, (start, _, day) = _seed_figure(b, "抓获上网逃犯"), campaign_window(b)
    if fug is None or start is None or not day or start.value.startswith("X"):
        return None
    days = elapsed_days(edtf_range(start.value), day)
    linxia = per_100k_per_day(Interval.point(fug.value), days, population_range("Linxia Hui Autonomous Prefecture"))
    rows = []
    for r in load_campaigns().itertuples():
        if not isinstance(r.persons_kind, str) or "fugitives caught" not in r.persons_kind or r.area == "Linxia Hui Autonomous Prefecture":
            continue
        pop, _ = population_of(r.area, r.population_as_of)
        rate = per_100k_per_day(written_count(r.persons_text) or Interval.point(0), campaign_days(r), pop)
        rows.append({"area": r.area, "year": int(r.year), "caught": r.persons_text, "kind": r.persons_kind,
                     "rate": rate, "linxia_rate": linxia, "multiple": linxia / rate, "mirror": r.source_is_mirror})
    return pd.DataFrame(rows)


@seed_only(FOR_ANOTHER_BRIEFING)
def cold_case_expectation(b: Briefing) -> dict | None:
    """The briefing's cold homicides against Gansu's "double hundred" target of at least 100
    cold homicides solved a year (``gansu-benchmarks.csv``), pro rata to Linxia's share of
    Gansu's population and the days elapsed: the count a prefecture of Linxia's size would
    solve at the target's pace."""
    cold, (start, _, day) = _seed_figure(b, "侦破命案积案"), campaign_window(b)
    if cold is None or start is None or not day or start.value.startswith("X"):
        return None
    bench = pd.read_csv(CONTEXT / "gansu-benchmarks.csv", dtype="string")
    target = bench[bench["indicator_zh"].str.startswith("命案“双百”目标")].iloc[0]
    per_year = int(target["value"])
    days = elapsed_days(edtf_range(start.value), day)
    share = population_range("Linxia Hui Autonomous Prefecture") / population_of("Gansu", f"{int(day[:4]) - 1}-12-31")[0]
    return {"solved": cold.value, "target": per_year, "share": share, "days": days,
            "pro_rata": share * days * (per_year / 365), "source": str(target["source_url"])}


def standing(cmp: pd.DataFrame) -> dict[str, list[str]]:
    """Where Linxia's first-stage rate (the first row of :func:`comparison`) stands against
    each comparison (the rows after Linxia's two): ``below`` when the comparison's whole
    interval lies above Linxia's, ``above`` when below it, ``level`` when they overlap. Only
    a clear gap counts as below or above: an overlap is never ranked. A frame that is not the
    seed's comparison is refused (:class:`~analysis.linxia.keyed.NotTheSeed`)."""
    if cmp.attrs.get(WRITTEN_FOR) != seed_digest():
        raise NotTheSeed("standing() reads the seed's comparison (analysis.linxia.context.comparison of the "
                         "seed briefing); this frame is not it. " + FOR_ANOTHER_BRIEFING)
    linxia, peers = cmp.iloc[0], cmp[cmp["area"] != "Linxia"]
    out = {"below": [], "level": [], "above": []}
    for r in peers.itertuples():
        key = "below" if r.rate_low > linxia["rate_high"] else "above" if r.rate_high < linxia["rate_low"] else "level"
        out[key].append(comparison_label(r))
    return out


#: Short English names of the campaigns in ``campaigns.csv`` (the Chinese name follows in labels).
_SHORT = {"百日行动": "summer 100 days", "夏季治安打击整治百日行动": "summer 100 days",
          "夏季治安打击整治行动": "summer campaign"}


def comparison_label(r) -> str:
    """A short bilingual label for a row of :func:`comparison`: area, year, what it counts.

    >>> from types import SimpleNamespace as Row
    >>> comparison_label(Row(area="Gansu", year=2022, kind="calendar year", campaign="annual total 2022"))
    'Gansu 2022, calendar year 全年'
    >>> comparison_label(Row(area="Dingxi", year=2022, kind="campaign", campaign="百日行动"))
    'Dingxi 2022, summer 100 days 百日行动'
    """
    if r.area == "Linxia":
        return (f"Linxia {r.year}, first stage 第一阶段" if r.kind == "campaign"
                else f"Linxia {r.year}, same weeks (implied) 同比基期")
    if r.kind == "calendar year":
        return f"{r.area} {r.year}, calendar year 全年"
    return f"{r.area} {r.year}, {_SHORT.get(r.campaign, 'campaign')} {r.campaign}"


def load_context(name: str) -> pd.DataFrame:
    """A curated table of ``data/context/`` as text, checked like the others: every row with its
    publisher, source URL, mirror flag and access date."""
    df = pd.read_csv(CONTEXT / name, dtype="string", keep_default_na=False)
    _check_sources(df.replace("", pd.NA), name)
    return df


@seed_only(FOR_ANOTHER_BRIEFING)
def seizure_series(b: Briefing) -> dict | None:
    """The briefing's heroin seizure against the sourced series of large heroin seizures with a
    Gansu or Linxia link (``drug-seizures.csv``): how many found, their range, how many at least
    as large, and how many of those in the five years the briefing's "largest" claim covers. The
    series holds what the sources found, not every seizure."""
    heroin = _seed_figure(b, "缴获毒品海洛因")
    if heroin is None:
        return None
    df = load_context("drug-seizures.csv")
    kg = pd.to_numeric(df["quantity_kg"])
    year = df["date"].str[:4].astype(int)
    briefing_year = int(b.date[:4])
    recent = year >= briefing_year - 5
    return {"seized": heroin.value, "n": len(df), "years": (int(year.min()), int(year.max())),
            "range": Interval(float(kg.min()), float(kg.max())), "larger": int((kg >= heroin.value).sum()),
            "larger_recent": int(((kg >= heroin.value) & recent).sum()), "recent": int(recent.sum()),
            "linxia_link": int((~df["linxia_link"].str.startswith("not stated")).sum())}


@seed_only(FOR_ANOTHER_BRIEFING)
def priorities(b: Briefing) -> pd.DataFrame:
    """The national priorities and political calendar of 2022–2023 (``national-2023.csv``), each
    with whether the briefing mentions it (the patterns of ``data/world/priority-terms.csv``
    found in the repaired text) and how often."""
    import re

    from .ledger import load_world_csv

    df = load_context("national-2023.csv")
    terms = load_world_csv("priority-terms.csv").set_index("item")
    df["patterns"] = [terms.loc[i, "patterns"] if i in terms.index else "" for i in df["item"]]
    df["mentions"] = [len(re.findall(p, b.text)) if p else 0 for p in df["patterns"]]
    return df


@seed_only(FOR_ANOTHER_BRIEFING)
def rate_if_stage_ended(b: Briefing, last_day: str) -> Interval | None:
    """The first stage's rate per 100,000 residents per day if it ended on ``last_day`` (counted),
    not at the briefing: a scenario for the undated stage."""
    head, (start, _, day) = headline(b), campaign_window(b)
    if head is None or start is None or not day or start.value.startswith("X"):
        return None
    import datetime as dt

    days = elapsed_days(edtf_range(start.value), dt.date.fromisoformat(last_day) + dt.timedelta(days=1))
    return per_100k_per_day(figure_interval(head), days, population_range("Linxia Hui Autonomous Prefecture"))
