"""Interval arithmetic and the context data behind notebook 05."""
import datetime as dt
import math
import re

import pytest

from analysis import Briefing
from analysis.linxia.context import (campaign_days, comparison, load_campaigns, load_literature, load_population,
                              per_100k_per_day, population_of, written_count)
from analysis.briefings.intervals import Interval, edtf_range, elapsed_days, end_window, implied_base
from analysis.linxia import seed_briefing
from analysis.linxia.keyed import NotTheSeed


def test_late_september_is_an_edtf_range():
    fig = next(f for f in seed_briefing().figures if f.text == "9月下旬")
    assert fig.value == "2023-09-21/2023-09-30"
    assert edtf_range(fig.value) == (dt.date(2023, 9, 21), dt.date(2023, 9, 30))


def test_elapsed_days_and_end_window():
    start = edtf_range("2023-09-21/2023-09-30")
    assert elapsed_days(start, "2023-11-16") == Interval(47, 56)
    assert end_window(start, 100) == (dt.date(2023, 12, 29), dt.date(2024, 1, 7))


@pytest.mark.parametrize("a,b,op,want", [
    (Interval(2, 3), Interval(4, 5), "mul", Interval(8, 15)),
    (Interval(237, 237), Interval(47, 56), "div", Interval(237 / 56, 237 / 47)),
    (Interval(10, 20), Interval(1, 2), "sub", Interval(8, 19)),
    (Interval(10, 20), Interval(1, 2), "add", Interval(11, 22)),
    (Interval.at_least(88_980_000), Interval.point(39), "div", Interval(88_980_000 / 39, math.inf)),
])
def test_interval_arithmetic(a, b, op, want):
    got = {"mul": a * b, "div": a / b, "sub": a - b, "add": a + b}[op]
    assert math.isclose(got.low, want.low) and (got.high == want.high or math.isclose(got.high, want.high))


def test_interval_errors():
    with pytest.raises(ValueError):
        Interval(2, 1)
    with pytest.raises(ZeroDivisionError):
        Interval(1, 2) / Interval(-1, 1)
    with pytest.raises(ValueError, match="unknown"):
        edtf_range("XXXX-09-21/XXXX-09-30")


def test_implied_base_brackets_a_whole_number():
    base = implied_base(237, 178.8)
    assert base.low < 85 < base.high


def test_rate_per_100k_per_day():
    r = per_100k_per_day(Interval.point(237), Interval(47, 56), 2_124_100)
    assert math.isclose(r.low, 237 / 56 / 21.241) and math.isclose(r.high, 237 / 47 / 21.241)


def test_context_files_are_sourced():
    for df in (load_campaigns(), load_population()):
        assert df["source_url"].str.startswith("http").all()
        assert set(df["source_is_mirror"]) == {"yes", "no"}
        assert df["accessed"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert population_of("Linxia Hui Autonomous Prefecture") == (2_124_100, "2022-12-31")


def test_population_is_taken_at_the_rows_own_date():
    assert population_of("Dingxi", "2022-12-31") == (2_505_800, "2022-12-31")
    # end-2022 Tianshui is derived from the official end-2023 figure and the fall printed with it
    assert population_of("Tianshui", "2022-12-31")[0] == population_of("Tianshui", "2023-12-31")[0] + 47_200
    with pytest.raises(KeyError):
        population_of("Dingxi", "2024-12-31")


@pytest.mark.parametrize("text,low,high,open_", [
    ("64万余起", 640_000, 650_000, True),       # 余: below the next unit of the last written digit
    ("143万余名", 1_430_000, 1_440_000, True),
    ("2.9万起", 28_500, 30_000, True),          # a rounded or truncated published total: [x − ½u, x + u)
    ("8515起", 8515, 8515, False),              # written to the unit: exact
])
def test_written_counts_are_ranges(text, low, high, open_):
    iv = written_count(text)
    assert (iv.low, iv.high, iv.high_open) == (low, high, open_)


def test_no_count_is_read_as_none():
    assert written_count("no figure here") is None


def test_campaign_days_count_to_the_results_on_one_rule():
    rows = load_campaigns().set_index(["area", "year"], drop=False)
    assert campaign_days(next(rows.loc[[("China", 2022)]].itertuples())) == Interval.point(94)
    assert campaign_days(next(rows.loc[[("China", 2024)]].itertuples())) == Interval.point(95)
    assert campaign_days(next(rows.loc[[("Gansu", 2022)]].itertuples())) == Interval.point(365)
    assert campaign_days(next(rows.loc[[("Tianshui", 2022)]].itertuples())) == Interval.point(95)


def test_similar_prefectures_come_before_the_province_and_the_nation():
    cmp = comparison(seed_briefing())
    prefectures = cmp[(cmp["level"] == "prefecture") & (cmp["area"] != "Linxia")]
    assert {"Dingxi", "Tianshui"} <= set(prefectures["area"])
    assert prefectures.index.max() < cmp[cmp["level"] != "prefecture"].index.min()
    tianshui = prefectures[prefectures["area"] == "Tianshui"].iloc[0]
    assert tianshui["cases"] == Interval.point(851) and tianshui["population_as_of"] == "2022-12-31"


def test_literature_has_full_references_and_no_guessed_doi():
    lit = load_literature()
    assert lit["reference"].str.len().gt(40).all()
    doi = lit["doi"].dropna()
    assert doi.str.fullmatch(r"10\.\d{4,9}/\S+").all()
    unverified = lit[lit["doi"].isna() & lit["isbn"].isna()]
    assert unverified["note"].str.contains("not verified|no year|review", regex=True).all()


def test_comparison_uses_the_seed_for_linxia():
    b = seed_briefing()
    cmp = comparison(b)
    linxia = cmp.iloc[0]
    assert linxia["cases"] == Interval.point(237) and linxia["days"] == Interval(47, 56)
    seed_row = load_campaigns().iloc[0]
    assert seed_row["cases_text"] == "237起" and seed_row["campaign"].startswith("秋风")
    assert (cmp["rate_low"] <= cmp["rate_high"]).all()
    assert list(cmp["area"][:2]) == ["Linxia", "Linxia"]  # nearest comparisons first
    national_2022 = cmp[(cmp["area"] == "China") & (cmp["year"] == 2022)].iloc[0]
    assert national_2022["cases"].high_open and national_2022["rate_low"] < national_2022["rate_high"]


def test_each_campaign_takes_the_population_of_its_own_year_where_one_exists():
    pops = load_population()
    for r in load_campaigns().itertuples():
        own = f"{r.year}-12-31"
        has_own = ((pops["area"] == r.area) & (pops["as_of"] == own) & ~pops["basis"].str.startswith("registered")).any()
        if has_own and not r.campaign.startswith("秋风"):  # the seed's first stage is set against its base year
            assert r.population_as_of == own, (r.campaign, r.area, r.year)


def test_a_derived_population_equals_its_stated_sum():
    pops = load_population()
    for r in pops[pops["caveat"].fillna("").str.contains(r"derived \(")].itertuples():
        a, b = (int(x.replace(",", "")) for x in re.search(r"derived \(([\d,]+) \+ ([\d,]+)\)", r.caveat).groups())
        assert r.population == a + b, r.area


def test_a_count_to_a_window_of_dates_is_an_interval_of_days():
    rows = load_campaigns().set_index(["area", "year"], drop=False)
    dingxi = next(rows.loc[[("Dingxi", 2022)]].itertuples())
    assert campaign_days(dingxi) == Interval(98, 106)  # 25 Jun to the end of September .. the report of 9 Oct


def test_gansu_2024_is_stored_as_its_page_writes_it():
    from analysis.linxia.context import campaign_days, load_campaigns

    row = next(r for r in load_campaigns().itertuples() if r.area == "Gansu" and r.year == 2024)
    assert row.persons_text == "33000名" and "criminal and administrative" in row.persons_kind
    assert row.period_start == "2024-06-24" and "/" in row.counted_until  # the end is a window
    days = campaign_days(row)
    assert days.low < days.high


# --- the third review's context: seizures, priorities, the stage-end prior, readable tables -----

def test_the_heroin_claim_is_set_against_the_sourced_series():
    from analysis.linxia.context import seizure_series

    s = seizure_series(seed_briefing())
    assert s["seized"] == 17.6 and s["n"] >= 5
    assert s["larger_recent"] == 0  # none as large found in the five years the "largest" claim covers
    assert s["larger"] >= 1  # larger seizures were made before


def test_priorities_are_counted_in_the_text_not_assumed():
    from analysis.linxia.context import priorities

    pri = priorities(seed_briefing()).set_index("item")
    assert pri.loc["cross-border gambling: Golden Eagle operation", "mentions"] == 1  # 跨境赌博案件4起
    assert pri.loc["telecom fraud in northern Myanmar: suspects handed over", "mentions"] == 0
    fraud = pri.loc["telecom fraud in northern Myanmar: suspects handed over", "patterns"]
    assert re.search(fraud, "打击缅北涉我电信网络诈骗犯罪") and not re.search(fraud, seed_briefing().text)


def test_a_shorter_first_stage_raises_the_rate_above_the_floor():
    from analysis.linxia.context import rate_if_stage_ended

    b = seed_briefing()
    at_briefing = comparison(b).iloc[0]
    oct31 = rate_if_stage_ended(b, "2023-10-31")
    assert oct31.low > at_briefing["rate_high"]
    with pytest.raises(NotTheSeed, match="rate_if_stage_ended"):
        rate_if_stage_ended(Briefing("无数字。", "2023-11-16"), "2023-10-31")


def test_readable_tables_have_no_nan_and_separate_thousands():
    import pandas as pd

    from analysis.briefings.table import readable

    html = readable(pd.DataFrame({"n": [2124100, None], "x": [0.19924, float("nan")], "t": ["a", None]})).to_html()
    assert "2,124,100" in html and "0.199" in html and "nan" not in html.lower() and "None" not in html
