"""Checks that could fail, and the one interval rule for every figure (analysis.briefings.checks,
analysis.briefings.bases, analysis.briefings.intervals; the seed's itemised check in
analysis.linxia.itemised). Cases: the seed's own figures, synthetic figures, and negatives; every
labelled page is in test_checks_pages.py."""
import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from analysis import Briefing
from analysis.briefings.checks import facets, headline, run_checks
from analysis.engine import extract
from analysis.engine.vocab import BIG_PLACES, UNITS
from analysis.briefings.intervals import Interval, figure_interval, implied_base, whole_number_chance, written_precision
from analysis.linxia import seed_briefing
from analysis.linxia.itemised import case_class, itemised, seed_checks


@pytest.fixture(scope="module")
def seed():
    return seed_briefing()


@pytest.fixture(scope="module")
def checks(seed):
    return seed_checks(seed)


def _rows(text: str, date: str = "2023-11-16"):
    return run_checks(Briefing(text, date))


def test_fugitive_places_listed_are_checked_as_disjoint_and_homicide_is_not_added(seed, checks):
    total = next(f for f in seed.figures if f.metric == "抓获上网逃犯")
    groups = facets(seed, total)
    assert sorted(k.value for k in groups["place_listed"]) == [7, 39]
    assert [k.value for k in groups["crime"]] == [2]
    place = checks[checks["name"].str.contains("by place listed 按所列地区")].iloc[0]
    assert place["arithmetic"].startswith("39 + 7 = 46 ≤ 52") and place["result"] == "pass"
    each = checks[checks["name"].str.startswith("Each sub-count")].iloc[0]
    assert each["result"] == "pass" and "2人 ≤ 52人" in each["arithmetic"] and "not their sum" in each["premise"]
    assert not checks["arithmetic"].str.contains("2 + 39 + 7").any()


def test_the_seeds_check_results_are_unchanged(checks):
    """The four checks of the seed before the checks held on any briefing, with their results."""
    tested = checks[checks["result"] != "skipped"]
    assert tested["result"].eq("pass").all()
    assert [n.split(" (")[0] for n in tested["name"]] == [
        "Each sub-count within its total", "Disjoint sub-counts within their total",
        "Implied base is a whole number", "Itemised cases within the headline total"]


def test_a_facet_larger_than_its_total_fails():
    c = _rows("累计抓获各类上网逃犯20人，其中，命案逃犯2人，外省逃犯19人，本省外市州7人。").set_index("name")
    assert c.filter(like="place listed", axis=0)["result"].tolist() == ["fail"]   # 19 + 7 > 20
    assert c.filter(like="Each sub-count", axis=0)["result"].tolist() == ["pass"]  # each ≤ 20; 2 not added


def test_a_part_larger_than_its_total_fails_and_overlapping_parts_are_not_added():
    c = _rows("破获刑事案件100起，其中盗窃案件30起、诈骗案件120起。")
    assert c[c["name"].str.startswith("Each sub-count")]["result"].tolist() == ["fail"]
    c = _rows("破获刑事案件100起，其中盗窃案件60起、诈骗案件50起。")   # may overlap: 110 > 100 is no fail
    assert set(c["result"]) <= {"pass", "skipped"} and not c["arithmetic"].str.contains("110").any()


@pytest.mark.parametrize("text", [
    "破获刑事案件100起，包括盗窃案件30起、诈骗案件20起。",
    "破获刑事案件100起，盗窃、诈骗案件分别为30起、20起。",
    "破获刑事案件100起：盗窃案件30起、诈骗案件20起。",
])
def test_parts_linked_by_any_linking_word_are_checked(text):
    c = _rows(text)
    assert c[c["name"].str.startswith("Each sub-count")]["result"].tolist() == ["pass"]


_LAYOUTS = ["破获刑事案件{t}起。其中，破获盗窃案件{p}起。",              # 其中 opening the next sentence
            "破获刑事案件{t}起，同比上升15%。其中破获盗窃案件{p}起、诈骗案件1起。",
            "破获刑事案件{t}起；其中破获盗窃案件{p}起。",                # 其中 after a semicolon
            "破获刑事案件{t}起，同比上升15%，去年同期为{t}起。其中，破获盗窃案件{p}起。"]  # not the base


@settings(max_examples=40, deadline=None)
@given(layout=st.sampled_from(_LAYOUTS), total=st.integers(2, 100_000), share=st.floats(0.0, 2.0))
def test_parts_after_a_total_are_checked_in_every_common_layout(layout, total, share):
    part = max(1, round(total * share))
    c = _rows(layout.format(t=total, p=part))
    each = c[c["name"].str.startswith("Each sub-count")]
    assert each["result"].tolist() == ["fail" if part > total else "pass"], (layout, total, part)
    assert each["figures"].iloc[0].startswith(f"{total}起 ⊇") and not c["reason"].str.contains("without a linking").any()


def test_parts_are_never_linked_to_a_base_period_figure():
    b = Briefing("破获刑事案件230起，同比上升15%，去年同期为200起。其中，破获盗窃案件210起。", "2023-11-16")
    base = next(f for f in b.figures if f.role == "base")
    assert facets(b, base) == {} and _rows(b.text)["figures"].str.contains("230起 ⊇ 210起").any()


def test_parts_after_a_sentence_without_their_total_are_not_linked():
    # ho-fuzhou2022: 其中 refers to the sentence right before it, which names no count
    c = _rows("共破获涉企经济犯罪案件16起，抓获犯罪嫌疑人41名。在打击涉养老领域犯罪中，全市公安机关重拳出击。"
              "其中，某分局捣毁一个养老诈骗团伙，抓获犯罪嫌疑人6名。")
    assert not c["figures"].str.contains("41名 ⊇").any()


def test_a_new_topic_after_the_parts_ends_them():
    c = _rows("破获刑事案件230起。其中，破获盗窃案件30起；另破获诈骗案件500起。")
    each = c[c["name"].str.startswith("Each sub-count")].iloc[0]
    assert each["result"] == "pass" and "500起" not in each["figures"]


@pytest.mark.parametrize("text", [
    "破获刑事案件1106起，较去年同期增加934起。共破获涉黄案件5起、盗窃案件3起。",   # an increase, no link
    "去年同期破获刑事案件18743起，今年破获刑事案件19897起，其中盗窃案件19000起。",  # not the earlier total
    "破获一起贩毒案件，缴获毒品17.6公斤，抓获6名犯罪嫌疑人。",                      # an example case
])
def test_increases_earlier_periods_and_examples_are_never_parts(text):
    c = _rows(text)
    assert "fail" not in set(c["result"])


def test_counts_listed_without_a_linking_word_are_skipped_and_say_so():
    c = _rows("破获刑事案件20起，涉黄案件5起、盗窃案件30起。")
    row = c[c["name"].str.startswith("Counts listed after a total")].iloc[0]
    assert row["result"] == "skipped" and "linking word" in row["reason"]
    assert "fail" not in set(c["result"])


def test_no_circular_or_trivial_checks(checks):
    assert not checks["name"].str.contains("publication date|inside the campaign").any()
    assert set(checks["result"]) <= {"pass", "fail", "skipped"}
    tested = checks[checks["result"] != "skipped"]
    assert tested["could_catch"].str.len().gt(20).all() and checks["premise"].str.len().gt(20).all()


def test_whole_number_base_reports_its_chance_of_passing_by_accident(checks):
    base = implied_base(237, 178.8)
    chance = whole_number_chance(base)
    assert 0.03 < chance < 0.06 and math.isclose(chance, base.high - base.low)
    row = checks[checks["name"].str.startswith("Implied base is a whole number")].iloc[0]
    assert f"{chance:.0%}" in row["could_catch"] and row["arithmetic"].endswith("whole numbers in range: 85")


def test_itemised_range_counts_only_criminal_by_label_or_law_as_certain(seed, checks):
    it = itemised(seed)
    assert (it.certain, it.all, it.headline.value) == (54, 73, 237)
    assert [f.metric for f in it.possibly_administrative] == ["破获三电成品油案件", "破获跨境赌博案件", "破获涉黄案件"]
    assert (round(it.share.low, 2), round(it.share.high, 2)) == (0.23, 0.31)
    row = checks[checks["name"].str.startswith("Itemised")].iloc[0]
    assert "54–73" in row["arithmetic"] and "其中" in row["caveat"] and "case-classes.csv" in row["caveat"]


def test_the_generic_checks_never_itemise():
    c = _rows("破获刑事案件20起，同比上升100%。共破获涉黄案件5起、盗窃案件3起、涉林刑事案件2起。")
    assert not c["name"].str.startswith("Itemised").any()


@pytest.mark.parametrize("metric,legal_class", [
    ("破获涉林刑事案件", "criminal"),            # labelled 刑事: the label wins
    ("破获涉黄刑事案件", "criminal"),            # a vice case labelled criminal
    ("侦破命案积案", "criminal"),
    ("破获省督毒品目标案件", "criminal"),
    ("破获生产销售有毒有害食品案件", "criminal"),
    ("破经济类案件", "criminal"),
    ("破获跨境赌博案件", "criminal or administrative"),
    ("查处赌博案件", "criminal or administrative"),
    ("破获涉黄案件", "criminal or administrative"),
    ("破获卖淫嫖娼案件", "criminal or administrative"),
    ("破获传播淫秽物品案件", "criminal or administrative"),
    ("破获盗窃三电设施案件", "criminal or administrative"),
    ("破获吸毒案件", "criminal or administrative"),   # drug use, not trafficking: no rule, so uncertain
    ("破获某类案件", "criminal or administrative"),   # unknown category: never counted as certain
    (None, "criminal or administrative"),
])
def test_case_class_rules(metric, legal_class):
    assert case_class(metric).legal_class == legal_class


def test_every_case_class_cites_known_sources_and_says_why():
    import pandas as pd

    from analysis.linxia.itemised import CASE_CLASSES
    rules = pd.read_csv(CASE_CLASSES, dtype="string", keep_default_na=False)
    sources = pd.read_csv(CASE_CLASSES.parent / "legal-sources.csv", dtype="string", keep_default_na=False)
    assert sources["key"].is_unique
    assert sources["source_url"].str.startswith("http").all() and sources["source_is_mirror"].isin(["yes", "no"]).all()
    assert sources["accessed"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    cited = {k.strip() for s in rules["sources"] for k in s.split(";") if k.strip()}
    assert cited <= set(sources["key"]), cited - set(sources["key"])
    assert rules["basis"].str.len().gt(20).all()
    # a class that can be administrative names both laws it sits between
    for r in rules[rules["legal_class"] == "criminal or administrative"].itertuples():
        assert any(k.startswith("PSAPL") for k in r.sources.split("; ")), r.case_class


def test_an_unlabelled_vice_count_leaves_the_certain_part():
    it = itemised(Briefing("破获刑事案件20起，同比上升100%。共破获涉黄案件5起、盗窃案件3起、涉林刑事案件2起。", "2023-11-16"))
    assert (it.certain, it.all) == (2, 10)   # 盗窃 can be administrative too: no rule makes it certain


# --- headline -------------------------------------------------------------------------------

def test_headline_is_the_first_classed_level_with_its_change(seed):
    assert (headline(seed).text, headline(seed).change_pct) == ("237起", 178.8)


@pytest.mark.parametrize("text,level,change", [
    ("破获刑事案件300起，抓获嫌疑人20人，破案数同比上升20%。", "300起", 20),      # stated apart, same class
    ("破获刑事案件1234起，较去年同期的1000起上升23.4%。", "1234起", 23.4),         # after its stated base
    ("抓获嫌疑人20人。破获刑事案件300起，同比上升20%。", "20人", None),            # the first, change or not
    ("涉案金额1.2亿元，同比上升20.9%。", "1.2亿元", 20.9),                          # money too
])
def test_headline_takes_a_change_stated_apart(text, level, change):
    h = headline(Briefing(text, "2023-11-16"))
    assert (h.text, h.change_pct) == (level, change)


@pytest.mark.parametrize("text", ["去年同期破获刑事案件300起。", "今日无事。", ""])
def test_no_headline_without_a_classed_level_of_the_reporting_period(text):
    assert headline(Briefing(text, "2023-11-16")) is None


# --- bases: rounding of level and change, a stated base, a stated difference ----------------

def _base_row(text: str):
    c = _rows(text)
    return c[c["name"].str.startswith(("Implied base (", "Implied base is", "Implied base against"))].iloc[0]


def test_a_rounded_total_is_not_treated_as_exact():
    row = _base_row("全市共破获刑事案件3.5万起，同比上升20.9%。")
    assert row["result"] == "skipped" and "too coarse" in row["reason"] and "whole numbers" in row["reason"]


def test_a_stated_base_is_used():
    row = _base_row("全市共破获刑事案件3.5万起，较上年同期的24.1万起下降85.5%。")
    assert row["name"].startswith("Implied base against the base the text states") and row["result"] == "pass"
    assert "24.1万起" in row["figures"]
    wrong = _base_row("全市共破获刑事案件3.5万起，较上年同期的24.1万起下降50%。")
    assert wrong["result"] == "fail"


def test_a_base_of_another_comparison_after_the_change_is_not_used():
    c = _rows("破获刑事案件1000起，同比上升25%，较2019年的500起翻了一番。")   # 同比 base 800; 500 is 2019's
    assert "fail" not in set(c["result"]) and not c["figures"].str.contains("500起").any()


def test_no_whole_number_check_on_money_and_output_stays_short():
    c = _rows("涉及骗款73.9亿元，同比下跌13.3%。")
    assert not c["name"].str.contains("whole number").any()
    row = c.iloc[0]
    assert row["result"] == "skipped" and "not a count" in row["reason"]
    assert c.map(lambda v: len(str(v))).to_numpy().max() < 500


def test_money_across_currencies_is_skipped():
    row = _base_row("诈骗涉案金额1.2亿港元，较去年同期的8000万元人民币上升50%。")
    assert row["result"] == "skipped" and "across currencies" in row["reason"]


def test_a_change_in_times_is_skipped():
    row = _base_row("破获刑事案件912宗，同比上升4倍。")
    assert row["result"] == "skipped" and "倍" in row["reason"]


def test_candidates_are_listed_only_when_a_handful():
    listed = _base_row("破获刑事案件476起，同比上升46%。")           # 323.8–327.1: 4 bases
    assert listed["arithmetic"].endswith("324, 325, 326, 327")
    counted = _base_row("抓获在逃人员57106名，同比增32%。")          # 490 bases: counted, not listed
    assert counted["arithmetic"].endswith("490 whole numbers")


@pytest.mark.parametrize("text", ["抓获在逃人员57106名，同比增32%。", "破获刑事案件90276宗，按年上升28.3%。",
                                  "破获刑事案件476起，同比上升46%。"])
def test_a_whole_number_base_that_cannot_fail_is_not_testable(text):
    row = _base_row(text)   # a range one wide or wider always holds a whole number
    assert row["result"] == "skipped" and row["reason"].startswith("not testable at this precision")


@settings(max_examples=60, deadline=None)
@given(level=st.integers(1, 500_000), pct=st.integers(1, 300))
def test_the_whole_number_check_runs_exactly_when_it_could_fail(level, pct):
    base = implied_base(level, pct, 0)
    row = _base_row(f"破获刑事案件{level}起，同比上升{pct}%。")
    assert (row["result"] != "skipped") == (base.width < 1), (level, pct, row.to_dict())


@pytest.mark.parametrize("after", ["，去年同期为{b}起。", "（去年同期{b}起）。", "，上年同期为{b}起。"])
def test_a_base_stated_after_the_change_is_compared(after):
    fits = _base_row("破获刑事案件230起，同比上升15%" + after.format(b=200))
    assert fits["name"].startswith("Implied base against") and fits["result"] == "pass" and "200起" in fits["figures"]
    wrong = _base_row("破获刑事案件230起，同比上升15%" + after.format(b=180))   # 230 / 1.15 = 200, not 180
    assert wrong["name"].startswith("Implied base against") and wrong["result"] == "fail"


def test_a_stated_difference_is_checked_against_level_and_base():
    c = _rows("接报刑事类警情25385起，比去年同期的29120起减少3735起。")
    row = c[c["name"].str.startswith("Stated difference")].iloc[0]
    assert row["result"] == "pass"
    c = _rows("接报刑事类警情25385起，比去年同期的29120起减少3000起。")
    assert c[c["name"].str.startswith("Stated difference")]["result"].tolist() == ["fail"]


def test_a_figure_in_a_list_of_changes_is_never_a_level():
    # h14-moi2016drugs, as the page writes it (Taiwan, traditional characters)
    c = _rows("共偵破詐欺犯罪集團75件、898人,分別較去年同期成長13件(增加20.97%)、78人(增加9.51%)。")
    assert "fail" not in set(c["result"])
    listed = c[c["figures"].str.startswith("78人")]  # the engine reads 78人 as a difference: no level check,
    assert all(r == "skipped" and "分别 and a change verb" in why  # or, read as a level, skipped
               for r, why in zip(listed["result"], listed["reason"]))


@settings(max_examples=40, deadline=None)
@given(verb=st.sampled_from(["增加", "上升", "成长", "减少", "下降"]), order=st.booleans(),
       level=st.integers(50, 5000), diff=st.integers(1, 49), pct=st.integers(1, 90))
def test_no_fail_on_any_list_opened_by_a_change_verb(verb, order, level, diff, pct):
    opening = f"分别较去年同期{verb}" if order else f"同比{verb}分别为"
    c = _rows(f"破获刑事案件{level}起、抓获嫌疑人{level + 7}人，{opening}{diff}起、{diff + 3}人(增加{pct}%)。")
    assert not ((c["result"] == "fail") & c["figures"].str.startswith(f"{diff + 3}人")).any()
    assert not c["figures"].str.contains(f"{level}起 ⊇").any()


def test_totals_and_changes_without_each_other_are_skipped_and_say_why():
    c = _rows("破获刑事案件300起。刑事警情同比下降20%。")
    reasons = " ".join(c["reason"])
    assert "without a change" in reasons and "change without a level" in reasons
    assert set(c["result"]) == {"skipped"}


@pytest.mark.parametrize("text", [
    "", "同比上升", "破获刑事案件0起，同比下降100%。", "破获刑事案件5起，同比下降99.99%。",
    "累计抓获各类上网逃犯0人，其中，外省逃犯3人。", "破获刑事案件0起。共破获涉黄案件12起。",
    "破获刑事案件约200起，同比上升5%，其中盗窃案件约100起。", "較去年同期的。其中：分别",
    "负3.9%", "利润为负1.5万元",   # negative figures written rounded
])
def test_checks_never_raise_on_odd_input(text):
    b = Briefing(text, "2023-11-16")
    assert set(run_checks(b)["result"]) <= {"pass", "fail", "skipped"}


def test_a_change_that_does_not_fit_its_count_fails():
    c = _rows("破获刑事案件10起，同比上升50%。")
    assert c[c["name"].str.startswith("Implied")]["result"].tolist() == ["fail"]  # 10 / 1.5 = 6.67


# --- property: consistent triples pass, triples made inconsistent beyond rounding fail ------

def _written(pct: float, decimals: int, truncate: bool) -> str:
    scale = 10 ** decimals
    n = math.floor(pct * scale + 1e-9) if truncate else math.floor(pct * scale + 0.5)
    return f"{n / scale:.{decimals}f}"


@settings(max_examples=150, deadline=None)
@given(base=st.integers(20, 200_000), factor=st.floats(0.2, 4.0), decimals=st.integers(0, 2),
       truncate=st.booleans())
def test_consistent_triples_pass(base, factor, decimals, truncate):
    level = round(base * factor)
    assume(level > 0 and level != base)
    pct = abs(level / base - 1) * 100
    verb = "上升" if level > base else "下降"
    written = _written(pct, decimals, truncate)
    assume(float(written) > 0)
    in_wan = _written(level / 10_000, 1, truncate) + "万"   # the level itself rounded (3.5万起)
    assume(float(in_wan[:-1]) > 0)
    for text in (f"破获刑事案件{level}起，同比{verb}{written}%。",
                 f"破获刑事案件{in_wan}起，较去年同期的{base}起{verb}{written}%。",
                 f"破获刑事案件{level}起，较去年同期的{base}起{verb}{written}%。",
                 f"破获刑事案件{level}起，同比{verb}{written}%，去年同期为{base}起。",
                 f"破获刑事案件{level}起，同比{verb}{written}%（去年同期{base}起）。",
                 f"破获刑事案件{level}起，较去年同期的{base}起{'增加' if level > base else '减少'}{abs(level - base)}起。"):
        c = _rows(text)
        assert "fail" not in set(c["result"]), (text, c.to_dict("records"))
        assert (c["result"] == "pass").any() or c["reason"].str.startswith("not testable").any(), text


@settings(max_examples=150, deadline=None)
@given(base=st.integers(20, 200_000), factor=st.floats(1.05, 4.0), decimals=st.integers(0, 2),
       off=st.integers(2, 40), up=st.booleans())
def test_triples_inconsistent_beyond_rounding_fail(base, factor, decimals, off, up):
    level = round(base * factor)
    pct = (level / base - 1) * 100
    u = 10 ** -decimals
    wrong = float(_written(pct, decimals, False)) + (off if up else -off) * u   # ≥ 2 places off
    assume(wrong > 0)
    written = f"{wrong:.{decimals}f}"
    for text in (f"破获刑事案件{level}起，较去年同期的{base}起上升{written}%。",
                 f"破获刑事案件{level}起，同比上升{written}%，去年同期为{base}起。",
                 f"破获刑事案件{level}起，同比上升{written}%（去年同期{base}起）。"):
        c = _rows(text)
        assert c[c["name"].str.startswith("Implied base against")]["result"].tolist() == ["fail"], text
    gap = level - base + (off if up else -off)
    assume(gap > 0)
    c = _rows(f"破获刑事案件{level}起，较去年同期的{base}起增加{gap}起。")
    assert c[c["name"].str.startswith("Stated difference")]["result"].tolist() == ["fail"]


# --- one interval rule (qualifier + written precision) -------------------------------------

@pytest.mark.parametrize("text,low,high,open_", [
    ("挽回经济损失8898万余元", 88_980_000, 88_990_000, True),
    ("缴获子弹300余发", 300, 400, True),
    ("破获十余起", 10, 20, True),
    ("抓获逃犯52人", 52, 52, False),
    ("不足50人", 0, 50, False),
])
def test_figure_interval(text, low, high, open_):
    iv = figure_interval(extract(text)[0])
    assert (iv.low, iv.high, iv.high_open) == (low, high, open_)


def test_at_least_without_a_remainder_word_is_open_ended():
    iv = figure_interval(extract("抓获100人以上")[0])
    assert iv.low == 100 and math.isinf(iv.high)


def test_engine_bounds_win_over_derived_ones():
    fig = extract("挽回经济损失8898万余元")[0]._replace(high=88_985_000)
    assert figure_interval(fig) == Interval(88_980_000, 88_985_000, high_open=True)


def test_engine_precision_wins_over_trailing_zeros():
    assert written_precision(type("F", (), {"precision": 1, "value": 1000})()) == 1
    assert written_precision(type("F", (), {"value": 1000})()) == 1000


def test_a_vague_range_without_a_value_is_its_two_ends():
    fig = extract("抓获2人")[0]._replace(text="数十人", value=None, qualifier="range", low=10, high=100)
    assert figure_interval(fig) == Interval(10, 100)


@pytest.mark.parametrize("text", ["11月16日", "约200人"])
def test_no_interval_for_dates_or_about(text):
    assert figure_interval(extract(text)[0]) is None


def test_interval_describes_an_open_top():
    assert Interval(88.98, 88.99, high_open=True).fmt(2, " m") == "at least 88.98 m and below 88.99 m"


# --- rounding in the written unit: [x − ½u, x + u), u the last written place, then converted -----

@pytest.mark.parametrize("text,low,high", [
    ("13.46吨", 13_455, 13_470),          # u = 0.01 t = 10 kg
    ("19.5克", 0.01945, 0.0196),          # u = 0.1 g, in kg
    ("2.9万起", 28_500, 30_000),          # rounded or truncated: 28,500 to below 30,000
    ("17.6公斤", 17.55, 17.7),
])
def test_rounding_is_taken_in_the_written_unit(text, low, high):
    iv = figure_interval(extract(text)[0])
    assert math.isclose(iv.low, low) and math.isclose(iv.high, high) and iv.high_open


_NON_NEGATIVE = [k for k, (unit, _) in UNITS.items() if unit not in ("percent", "pp")]


@settings(max_examples=300, deadline=None)
@given(unit=st.sampled_from(list(UNITS)), mantissa=st.integers(1, 999_999), decimals=st.integers(1, 3),
       place=st.sampled_from(["", "万", "亿"]))
def test_rounding_bounds_hold_for_every_unit_conversion(unit, mantissa, decimals, place):
    written = f"{mantissa / 10 ** decimals:.{decimals}f}{place}"
    figs = [f for f in extract(f"缴获{written}{unit}") if f.text.startswith(written)]
    assume(figs and figs[0].qualifier == "exact" and isinstance(figs[0].value, (int, float)))
    fig = figs[0]
    number = mantissa / 10 ** decimals * BIG_PLACES.get(place, 1)
    step = 10 ** -decimals * BIG_PLACES.get(place, 1)
    factor = fig.value / number  # the conversion the engine applied (千米 may read as 千 + 米)
    iv = figure_interval(fig)
    assert math.isclose(iv.high, fig.value + step * factor, rel_tol=1e-9, abs_tol=1e-12)
    assert math.isclose(iv.low, max(fig.value - step * factor / 2, 0), rel_tol=1e-9, abs_tol=1e-12)
    assert iv.low <= fig.value < iv.high and iv.high_open
    if unit in _NON_NEGATIVE:
        assert iv.low >= 0


def test_a_negative_figure_is_bounded_by_the_rounding_of_its_size():
    iv = figure_interval(extract("利润为负1.5万元")[0])
    assert (iv.low, iv.high) == (-16_000, -14_500)


def test_a_rounded_zero_never_gets_a_negative_bound():
    iv = figure_interval(extract("缴获0.0克")[0])
    assert iv.low == 0 and iv.high > 0


def test_a_truncated_change_widens_the_implied_base_upwards():
    base = implied_base(237, 178.8)   # 178.75 <= change < 178.9
    assert math.isclose(base.low, 237 / 2.789) and math.isclose(base.high, 237 / 2.7875)


@settings(max_examples=60, deadline=None)
@given(total=st.integers(10, 5_000), shares=st.lists(st.integers(1, 1_000), min_size=2, max_size=2),
       homicide=st.integers(0, 5_000))
def test_place_listed_sub_counts_fail_exactly_when_they_add_up_to_more_than_their_total(total, shares, homicide):
    """Parts of one disjoint facet (by place listed) add up; a part of another facet (by crime)
    is compared alone, whatever its size against the sum."""
    out_of_province, other_prefecture = shares
    assume(homicide <= total)
    c = _rows(f"累计抓获各类上网逃犯{total}人，其中，命案逃犯{homicide}人，外省逃犯{out_of_province}人，"
              f"本省外市州{other_prefecture}人。")
    summed = c[c["name"].str.contains("place listed")]["result"].tolist()
    assert summed == ["fail" if out_of_province + other_prefecture > total else "pass"]
    each = c[c["name"].str.startswith("Each sub-count")]["result"].tolist()
    assert each == ["fail" if max(shares) > total else "pass"]


def test_the_campaign_window_is_read_from_any_briefing():
    from analysis.briefings.checks import campaign_window

    start, length, day = campaign_window(Briefing("自6月25日夏季治安打击整治行动开展以来，为期100天的行动中破获刑事案件3.5万起。",
                                                  "2023-08-19"))
    assert (start.value, length.value, day) == ("2023-06-25", 100, "2023-08-19")


_FRAGMENTS = ["破获刑事案件", "抓获逃犯", "涉案金额", "其中", "包括", "分别", "：", "，", "。", "；", "(+", ")", "较去年同期的",
              "同比上升", "同比下降", "增加", "减少", "由", "增加至", "负", "约", "余", "近", "万", "亿", "3", "0", "12.5",
              "0.0", "100", "%", "倍", "成", "起", "人", "元", "港元", "吨", "克", "外省", "命案", "一起", "以上的"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40))
def test_checks_and_headline_never_raise_on_any_mix_of_their_words(parts):
    b = Briefing("".join(parts), "2023-11-16")
    table = run_checks(b)
    assert set(table["result"]) <= {"pass", "fail", "skipped"}
    headline(b)
