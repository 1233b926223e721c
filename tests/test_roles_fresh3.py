"""Roles, periods and metric classes the fresh structure sets 19-22 showed, on generated sentences
whose answer is known by construction: the objects of one verb listed with 、 (dens raided, cases
solved), a gang named after a den's verb, counts told year by year, a stock of wanted persons
falling, changes listed after bases, cases told without 一起, and dates compared with a verb."""
from hypothesis import given, strategies as st

from analysis.engine.figures import extract

DATE = "2023-12-20"
counts = st.integers(min_value=2, max_value=9_000)
dens = st.sampled_from(["非法赌场", "毒窟", "卖淫场所", "制毒窝点", "据点"])
den_verbs = st.sampled_from(["捣毁", "捣破", "搗破"])


def readings(text, date=DATE):
    return [(f.text, f.role, f.period, f.metric_class) for f in extract(text, date)]


def classes(text, date=DATE):
    return [f.metric_class for f in extract(text, date) if f.unit != "date"]


# --- classes -------------------------------------------------------------------------------

@given(den_verbs, counts, dens)
def test_a_den_raided_is_a_den_destroyed(verb, n, den):
    assert classes(f"行动中，警方{verb}{n}个{den}。") == ["dens_destroyed"]


@given(den_verbs, counts, st.sampled_from(["犯罪团伙", "诈骗集团", "贩毒集团"]))
def test_a_gang_named_after_a_dens_verb_is_a_gang_broken(verb, n, gang):
    """The verb 捣毁 alone does not make a den: its object decides (捣毁犯罪团伙8个)."""
    assert classes(f"共抓获犯罪嫌疑人463名，{verb}{gang}{n}个。")[-1] == "gangs_broken"


@given(den_verbs, st.lists(counts, min_size=3, max_size=3), dens, st.sampled_from(["间", "个"]))
def test_dens_listed_after_one_verb_keep_its_class(verb, ns, den, mw):
    text = f"行动中，警方{verb}{ns[0]}个非法赌场、{ns[1]}个{den}及{ns[2]}{mw}无牌按摩院，合共拘捕423人。"
    assert classes(text) == ["dens_destroyed"] * 3 + ["suspects_caught"]


@given(st.sampled_from(["破获", "侦破"]), st.lists(st.sampled_from(["制造", "买卖", "邮寄", "运输", "储存"]),
                                                min_size=2, max_size=4, unique=True), counts)
def test_cases_listed_after_one_verb_are_the_verbs_class(verb, kinds, n):
    text = f"专项行动中，全省公安机关共{verb}非法{'、'.join(kinds)}枪支弹药案{n}起。"
    assert classes(text) == ["cases_solved"]


@given(counts, counts)
def test_a_count_paired_with_the_one_before_takes_no_verb_of_its_phrase(a, b):
    """计198件、199人: the persons' count has no words of its own; the phrase's verb is not read
    into it (the label leaves it empty)."""
    got = extract(f"查获港澳居民合法入境而从事非法行为者计{a}件、{b}人。", DATE)
    assert [f.metric_class for f in got if f.measure_word == "人"] == [None]


@given(st.integers(min_value=5_000, max_value=20_000), st.integers(min_value=100, max_value=4_000))
def test_a_stock_of_wanted_persons_falling_is_no_fugitive_caught(before, after):
    text = f"全省网上逃犯从行动前{before}名下降到如今的{after}人。"
    assert [(r, c) for _, r, _, c in readings(text)] == [("base", None), ("level", None)]


@given(counts)
def test_a_dispute_is_resolved_only_where_one_is_named(n):
    assert classes(f"化解了{n}起信访积案。") == [None]
    assert classes(f"化解矛盾纠纷{n}起。") == ["disputes_resolved"]


@given(counts, st.sampled_from(["取締酒駕違規", "取缔酒驾"]))
def test_taiwans_drink_driving_tickets_are_traffic_offences(n, words):
    assert classes(f"新北市{words}{n}件。") == ["traffic_violations_handled"]


# --- roles ---------------------------------------------------------------------------------

@given(st.lists(counts, min_size=2, max_size=2), st.lists(st.integers(min_value=1, max_value=9),
                                                             min_size=2, max_size=2))
def test_changes_listed_after_a_list_of_levels_are_changes(levels, changes):
    cn = "一二三四五六七八九"
    text = (f"全年分别录得{levels[0]}宗及{levels[1]}宗，较前年增加{cn[changes[0] - 1]}宗及"
            f"{cn[changes[1] - 1]}宗。")
    assert [r for _, r, _, _ in readings(text)] == ["level", "level", "increase", "increase"]


@given(st.integers(min_value=2012, max_value=2021), st.integers(min_value=2, max_value=4),
       st.lists(st.integers(min_value=1_000, max_value=20_000), min_size=5, max_size=5))
def test_counts_told_year_by_year_are_bases_but_the_last(first, span, ns):
    last = first + span - 1
    listed = "、".join(f"{n:,}宗" for n in ns[:span - 1]) + f"以及{ns[span - 1]:,}宗"
    text = f"他表示，{first}年至{last}年本澳警方历年开立的刑事专案调查案件依次为{listed}；可见罪案数量回落。"
    got = [(r, p, c) for t, r, p, c in readings(text, f"{last + 1}-01-20") if t.endswith("宗")]
    assert got == [("base", "base", "cases_filed")] * (span - 1) + [("level", "reporting", "cases_filed")]


@given(counts, st.sampled_from(["危险废物", "污染环境", "非法采矿"]))
def test_a_few_cases_told_together_are_an_example(n, crime):
    text = f"2023年，太原等地公安机关先后破获数起特大{crime}案，抓获犯罪嫌疑人{n}人。"
    assert [r for t, r, _, _ in readings(text) if t.endswith("人")] == ["example"]


@given(st.sampled_from(["廖", "王", "张"]), counts)
def test_a_case_named_by_its_chief_suspect_is_an_example(surname, n):
    assert [r for _, r, _, _ in readings(f"精准打掉{surname}某某等{n}人把持基层政权等一批黑恶势力犯罪。")] \
        == ["example"]


@given(st.sampled_from(["一手机店", "一家超市", "一名女子"]), st.integers(min_value=2, max_value=9))
def test_one_victim_told_of_is_an_example(victim, n):
    text = f"7月下旬，{victim}遭遇入室盗窃，民警跨省追击，成功抓获犯罪嫌疑人{n}人。"
    assert [r for t, r, _, _ in readings(text) if t.endswith("人")] == ["example"]


@given(st.integers(min_value=2, max_value=9), st.integers(min_value=2, max_value=900))
def test_the_cases_shown_are_counted_apart_from_their_figures(shown, n):
    text = f"她提到，现场陈展的{shown}个案件，3案属于破获制毒工厂，可供{n}万人次吸食。"
    got = [(r, p) for t, r, p, _ in readings(text) if t.endswith(("个", "人次"))]
    assert got == [("other", "reporting"), ("example", "reporting")]


@given(st.integers(min_value=1, max_value=99))
def test_a_rate_of_change_named_before_a_percentage_is_a_change(p):
    """降至131名，降幅高达N%: the percentage is the fall of the level it follows (the engine attaches
    it to 131名), never a level percentage of its own."""
    figures = extract(f"网上逃犯存量降至131名，降幅高达{p}%。")
    assert [(f.text, f.change_pct, f.role) for f in figures] == [("131名", -p, "level")]


@given(st.integers(min_value=1, max_value=99))
def test_a_change_verb_before_a_spaced_number_is_a_change(n):
    text = f"今年死亡交通事故发生 {n + 5}件，也较去年同期减少 {n}件。"
    assert [r for _, r, _, _ in readings(text)] == ["level", "decrease"]


@given(st.integers(min_value=2, max_value=9), st.sampled_from(["", "关于秋冬安全行计划执行成果，"]))
def test_a_frequency_is_no_threshold_nor_target(n, plan):
    """每月编排5次以上…: a frequency of the period's work (other, of the reporting period)."""
    text = f"{plan}警察局每月编排{n}次以上取缔酒驾勤务，共取缔784件。"
    assert [(r, p) for t, r, p, _ in readings(text) if t.endswith("上")] == [("other", "reporting")]


# --- periods -------------------------------------------------------------------------------

@given(st.integers(min_value=2015, max_value=2023), st.sampled_from(["高于", "低于", "少于", "接近"]))
def test_a_year_after_a_verb_of_comparing_is_a_base(year, verb):
    text = f"黄少泽指出，{year}年全年整体罪案数量{verb}{year - 1}年。"
    got = [p for _, _, p, _ in readings(text, f"{year + 1}-01-20")]
    assert got == ["reporting", "base"]


@given(st.integers(min_value=2015, max_value=2023))
def test_a_year_naming_a_meeting_presided_over_is_no_period(year):
    text = f"保安司司长主持{year}年全年罪案统计和执法工作数据总结简报会。"
    assert [p for _, _, p, _ in readings(text, f"{year + 1}-01-20")] == ["other"]


@given(st.integers(min_value=2, max_value=11), st.sampled_from(["个月", "天"]),
       st.sampled_from(["查获", "破获", "成功取缔"]))
def test_a_duration_whose_results_follow_is_the_reporting_span(n, unit, verb):
    text = f"专案执行{n}{unit}{verb}毒品案件54起。"
    assert [(r, p) for t, r, p, _ in readings(text) if t.endswith(unit)] == [("other", "reporting")]


@given(st.lists(st.sampled_from(["杀人", "伤害", "绑架", "盗窃", "抢劫"]), min_size=2, max_size=4, unique=True),
       counts)
def test_a_verb_opening_the_phrase_over_a_crimes_name(kinds, n):
    """破获杀人、…等刑事案件2424宗: cases solved, not crimes recorded (案件 before 宗 alone)."""
    text = f"据通报，截至22日，警方破获{'、'.join(kinds)}等刑事案件{n}宗，抓获作案人员1962人。"
    assert classes(text) == ["cases_solved", "suspects_caught"]


@given(st.integers(min_value=2, max_value=99))
def test_an_accident_that_happened_is_no_crime_recorded(n):
    assert classes(f"今年A1死亡交通事故发生 {n}件。") == [None]


@given(counts, st.sampled_from(["港警严打有组织罪行 ", "中区警区暑期打击罪案　"]))
def test_a_headlines_catch_is_suspects_caught(n, head):
    assert classes(f"{head}拘{n}人") == ["suspects_caught"]


@given(counts)
def test_a_sentence_of_short_detention_is_no_catch(n):
    assert classes(f"法院判处拘役{n}人。") == [None]


@given(counts, counts)
def test_a_crime_said_to_happen_somewhere_is_not_recorded(a, b):
    """查办发生在国企中的…犯罪17件22人: cases handled, not crimes recorded as well."""
    text = f"妥善办理涉企案件，查办发生在国企中的贪污、挪用公款等职务犯罪{a}件{b}人。"
    assert classes(text)[0] == "cases_handled"


@given(st.integers(min_value=50, max_value=500), st.integers(min_value=1, max_value=40))
def test_a_part_named_after_its_totals_words_is_counted_as_its_total(total, part):
    """被拘捕的119名人士之中，88名…; 共拘捕10男18女（22至69岁），包括7名…: suspects caught."""
    text = f"警方表示，被拘捕的{total}名人士之中，{part}名为本地人。"
    assert classes(text) == ["suspects_caught", "suspects_caught"]
    text = f"人员共拘捕10男18女（22至69岁），包括{part}名持双程证内地女子。"
    assert [c for t, _, _, c in readings(text) if t == f"{part}名"] == ["suspects_caught"]


@given(st.integers(min_value=2, max_value=9))
def test_a_part_takes_nothing_from_a_list_before_its_total(n):
    """…4部「老虎机」、约70万元奢侈品，包括两只名表: the machines' class is not the watches'."""
    text = f"人员检获16部「老虎机」、约70万元奢侈品，包括{n}只名表。"
    assert [c for t, _, _, c in readings(text) if t.endswith("只")] == [None]
