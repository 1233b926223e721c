"""Roles, periods and metric classes the fresh structure sets (13-16) showed, on generated
sentences whose answer is known by construction: Taiwan's, Hong Kong's and Macao's vocabulary,
refinements and their limits, statutory penalties, the briefing's year named after an earlier one."""
from hypothesis import given, strategies as st

from analysis.engine.figures import extract

DATE = "2024-06-01"
counts = st.integers(min_value=2, max_value=9_999)


def reading(text, date=DATE):
    return [(f.text, f.role, f.period, f.metric_class) for f in extract(text, date)]


def classes(text):
    return [f.metric_class for f in extract(text, DATE) if f.unit != "date" and f.role != "other"]


@given(counts, st.sampled_from(["查獲毒品案", "查獲刑事案件共計", "緝獲毒品"]))
def test_taiwans_cases_counted_in_jian(n, verb):
    assert classes(f"今年{verb}{n}件。") == ["cases_handled"]


@given(counts, st.sampled_from(["攔獲", "查獲毒品案"]))
def test_taiwans_persons_caught(n, verb):
    assert classes(f"警方{verb}{n}人。") == ["suspects_caught"]


@given(counts, st.sampled_from([("金融卡", "張"), ("手機", "支"), ("筆記型電腦", "台")]))
def test_things_seized_by_chakou_are_goods_and_money_stays_an_asset(n, thing):
    name, word = thing
    assert classes(f"同時查扣現金{n}萬元和{name}{n}{word}。") == ["assets_seized", "goods_seized"]


@given(counts, st.sampled_from([("改造手槍", "枝"), ("子彈", "顆"), ("炸藥", "公斤")]))
def test_a_weapon_seized_is_a_weapon_not_only_an_asset(n, thing):
    name, word = thing
    assert classes(f"查扣{name}{n}{word}。") == ["weapons_seized"]


@given(counts, st.sampled_from(["移送法辦", "移送地檢署偵辦"]))
def test_referred_to_the_prosecutors(n, verb):
    assert classes(f"依詐欺罪嫌將{n}人{verb}。") == ["suspects_prosecuted"]


@given(counts, st.sampled_from([("臨檢", "處場所", "places_inspected"), ("動員人力", "人次", "police_deployed"),
                                ("截查", "輛車", "vehicles_checked"), ("檢控", "宗違例", "traffic_violations_handled")]))
def test_taiwan_and_macao_deployment_words(n, case):
    verb, unit, code = case
    assert classes(f"共{verb}{n}{unit}。") == [code]


@given(counts, st.sampled_from(["暴力犯罪案件計", "竊盜案件計", "全般竊盜發生"]))
def test_crimes_named_and_counted_in_jian(n, named):
    assert classes(f"今年1至3月{named}{n}件。") == ["crimes_recorded"]


@given(counts, st.sampled_from(["兇殺案", "爆竊案", "詐騙案"]))
def test_a_crime_named_after_its_count(n, crime):
    assert classes(f"上半年有{n}宗{crime}，與去年同期相同。") == ["crimes_recorded"]


@given(counts)
def test_cases_named_after_a_count_are_not_crimes_recorded(n):
    assert classes(f"系統共輔助警方調查{n}宗案件，其中包括嚴重暴力案件。")[0] != "crimes_recorded"


@given(counts)
def test_two_classes_counted_together_take_neither(n):
    assert classes(f"打掉团伙和窝点{n}个。") == [None]
    assert classes(f"捣毁窝点{n}个。") == ["dens_destroyed"]


@given(counts, st.sampled_from([("查封扣押冻结涉案资产", "assets_seized"), ("追缴涉案资产", "money_recovered"),
                                ("冻结涉案资金", "money_frozen")]))
def test_assets_under_the_three_measures(n, case):
    words, code = case
    assert classes(f"全省共{words}{n}亿元。") == [code]


@given(counts)
def test_a_filed_case_in_the_clause_refines_the_metrics_handled(n):
    assert classes(f"各地公安机关共立案查处涉爆涉枪案件{n}起。") == ["cases_filed"]


@given(counts)
def test_alerts_handled_are_no_warnings_issued(n):
    assert classes(f"处置电诈预警信息{n}条。") == [None]


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["最高可被判處罰款", "可處罰款", "並可處罰金"]))
def test_a_penalty_the_law_allows_is_other(n, words):
    f = extract(f"任何人如販運危險藥物，一經定罪，{words}{n}萬元及終身監禁。", DATE)[0]
    assert (f.role, f.period, f.metric_class) == ("other", "other", None)
    assert any(s.rule == "role.penalty" for s in f.steps)


@given(counts)
def test_a_fine_imposed_is_a_level(n):
    assert reading(f"行政处罚{n}人，罚款{n}万元。")[1][1] == "level"


@given(counts)
def test_the_briefings_year_named_after_an_earlier_one(n):
    got = reading(f"去年获评六都第一；而警察局于今年2月25日起共临检{n}处场所。")
    assert got[-1] == (f"{n}处", "level", "reporting", "places_inspected")


@given(counts)
def test_a_records_window_does_not_make_a_level_earlier(n):
    got = reading(f"今年劫案为1969年有纪录以来最低；爆窃案有{n}宗。")
    assert got[-1] == (f"{n}宗", "level", "reporting", "crimes_recorded")


@given(st.integers(min_value=2, max_value=9), st.sampled_from(["查扣毒品約", "經緝獲毒品", "破獲"]))
def test_a_thing_done_after_a_goal_named_earlier_is_no_target(n, verb):
    f = extract(f"防制毒品為政府當前重要工作目標，截至7月31日止，已{verb}{n}千公斤。", DATE)[-1]
    assert f.role == "level"
    g = extract(f"工作目標是在已完成的100起基礎上再破案{n}00起。", DATE)[-1]
    assert g.role == "target"
