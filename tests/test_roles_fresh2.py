"""Periods the fresh structure sets 17 and 18 showed, on generated sentences whose answer is known
by construction: a date naming a meeting held or a report, and a time stamp after a headline, are
no period of the figures; the same dates telling when things were done still are."""
from hypothesis import given, strategies as st

from analysis.engine.figures import extract
from analysis.engine.metrics import TIME_UNITS

DATE = "2023-07-27"
years = st.integers(min_value=2015, max_value=2023)
meetings = st.sampled_from(["福建省禁毒工作新闻发布会", "全省公安工作会议", "专项行动点评会", "表彰大会"])
verbs = st.sampled_from(["举办的", "举行", "召开了", "出席"])


def periods_of_dates(text, date=DATE):
    return [(f.text, f.period) for f in extract(text, date) if f.unit in TIME_UNITS]


@given(years, meetings, verbs)
def test_a_year_naming_a_meeting_held_is_no_period(year, meeting, verb):
    text = f"当天福州{verb}{year}年{meeting}披露，全省新发现吸毒人员1300多名。"
    assert periods_of_dates(text) == [(f"{year}年", "other")]


@given(st.sampled_from(["第二季度", "第一季度", "上半年"]), meetings)
def test_a_quarter_naming_a_meeting_held_is_no_period(quarter, meeting):
    text = f"警方27日在韶关举行专项打击整治行动{quarter}{meeting}，记者获悉，共破获案件645起。"
    assert [p for t, p in periods_of_dates(text) if t == quarter] == ["other"]


@given(years)
def test_the_year_of_an_annual_reports_header_is_no_period(year):
    assert periods_of_dates(f"{year}年報 Relatório Anual\n\n本局拘捕一名男子。", f"{year}-12-31") \
        == [(f"{year}年", "other")]


@given(st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59))
def test_a_time_stamp_after_a_headline_is_no_period(h, m):
    text = f"中區警區暑期打擊罪案　拘19人涉販毒盜竊等罪 ({h:02d}:{m:02d})\n\n警方拘捕19人。"
    assert [p for t, p in periods_of_dates(text, "2025-09-01")] == ["other"]


@given(years, verbs)
def test_a_year_telling_when_things_were_done_is_still_a_period(year, verb):
    """Without a meeting's name after it, the year is the figures' period (not ``other``)."""
    text = f"{year}年，全市{verb.rstrip('的了')}专项行动，破获案件645起。"
    assert [p for t, p in periods_of_dates(text, f"{year}-12-31")] == ["reporting"]


@given(st.integers(min_value=2012, max_value=2024), st.integers(min_value=100, max_value=9_999),
       st.sampled_from(["同比下降了", "同比上升", "按年跌"]))
def test_last_years_results_compared_year_on_year_are_reported(year, n, change):
    """A briefing of May reporting last year's results (2022年，…同比…) reports that year."""
    text = f"当天发布会披露，{year - 1}年全省新发现吸毒人员{n}名，{change}5.2%。"
    levels = [f.period for f in extract(text, f"{year}-05-30") if f.role == "level"]
    assert levels == ["reporting"]


@given(st.integers(min_value=2012, max_value=2024), st.integers(min_value=100, max_value=9_999))
def test_last_year_told_without_a_comparison_stays_earlier(year, n):
    text = f"今年以来，全省破获案件{n}起。{year - 1}年，全省破获案件{n + 7}起。"
    assert [f.period for f in extract(text, f"{year}-08-30") if f.role == "level"] == ["reporting", "earlier"]
