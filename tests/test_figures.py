"""The figure engine: the seed exactly, the labelled dev set, negatives, properties."""
import math
from decimal import Decimal

import pytest
from hypothesis import assume, given, strategies as st

from analysis.engine import vocab as V
from analysis.engine.figures import extract
from analysis.linxia import seed_briefing
from conftest import case_params, class_params, load_jsonl, to_chinese

#: The steps that read a figure's role, period and class, after the steps that read it.
READING_STEPS = ("role.", "period.", "class.")

T2S = str.maketrans({"個": "个", "處": "处", "條": "条", "輛": "辆", "類": "类", "發": "发",
                     "噸": "吨", "顆": "颗"})

#: The 22 figures of the seed, one row each, in order (tests/cases/seed-figures.jsonl).
SEED = load_jsonl("seed-figures.jsonl")
SEED_FIELDS = ("input", "value", "unit", "measure_word", "qualifier", "change_pct", "metric", "parent")


def _seed_row(f):
    return (f.text, f.value, f.unit, f.measure_word, f.qualifier, f.change_pct,
            f.metric if f.metric and f.unit not in ("date", "date_range", "day", "year") else None,
            f.parent)


def test_seed_exactly():
    """The seed gives its 22 figures, in order; each row's reading is test_seed_figure."""
    b = seed_briefing()
    assert [f.text for f in b.figures] == [row["input"] for row in SEED]
    for f in b.figures:
        assert b.raw[f.start:f.end] == f.text
        assert f.metric_en, f"metric {f.metric!r} has no glossary entry"
    assert b.figures[3].change_basis == "yoy"
    assert (b.figures[16].low, b.figures[16].high, b.figures[16].precision) == (88_980_000, 88_990_000, 10_000)
    assert b.figures[17].precision == 1_000_000


@pytest.mark.parametrize("row", case_params(SEED))
def test_seed_figure(row):
    f = seed_briefing().figures[SEED.index(row)]
    assert _seed_row(f) == tuple(row[k] for k in SEED_FIELDS)
    if "low" in row:
        assert (f.low, f.high) == (row["low"], row["high"])


def test_seed_sections():
    b = seed_briefing()
    by = {(f.section, f.subtheme) for f in b.figures}
    assert ("利剑出鞘、严打整治", "猛追逃犯应民意") in by
    assert all(f.section == "利剑出鞘、严打整治" for f in b.figures[3:])


def _same(label, fig):
    unit = label["unit"]
    if label["value"] is None:
        return fig.change_pct is not None and math.isclose(fig.change_pct, label["change_pct"])
    if unit == "%":
        ok = fig.unit == "percent"
    elif unit in ("CNY", "HKD", "USD", "kg", "m2", "mu", "day", "week", "month", "year", "hour",
                  "pp", "date", "date_range", "datetime", "time"):
        ok = fig.unit == unit
    else:
        ok = fig.unit == "count" and (fig.measure_word or "").translate(T2S) == unit.translate(T2S)
    if not ok:
        return False
    if isinstance(label["value"], str):
        exp, got = label["value"].split("/"), str(fig.value).split("/")
        if len(exp) != len(got):
            return False
        for e, g in zip(exp, got):
            e_rest, g_rest = e.split("-", 1)[1:] , g.split("-", 1)[1:]
            if e_rest != g_rest and not (len(e) == 4 and e == g):
                return False
            if not g.startswith("XXXX") and g[:4] != e[:4] and len(e) >= 4 and e[:4] != "XXXX":
                return False
    elif not math.isclose(float(fig.value), float(label["value"]), rel_tol=1e-9):
        return False
    want = label.get("qualifier") or "exact"
    if fig.qualifier != want:
        return False
    return label.get("change_pct") is None or (
        fig.change_pct is not None and math.isclose(fig.change_pct, label["change_pct"]))


#: Known misses among the dev phrases (expect: fail with a reason), by input.
KNOWN_MISSES = {row["input"]: row["reason"] for row in load_jsonl("dev-expect.jsonl")
                if row["expect"] == "fail"}
LABELS = load_jsonl("dev-figures.jsonl")


@pytest.mark.parametrize(
    "label",
    [pytest.param(l, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[l["input"]]))
     if l["input"] in KNOWN_MISSES else l for l in LABELS],
    ids=[f"{i}:{l['input'][:14]}" for i, l in enumerate(LABELS)])
def test_dev_phrase(label):
    """Each labelled phrase from a real briefing page (its url is in the case file)."""
    figs = extract(label["input"])
    assert any(_same(label, f) for f in figs), [(f.text, f.value, f.unit, f.measure_word,
                                                 f.qualifier, f.change_pct) for f in figs]


NEGATIVES = [(text, row["kind"]) for row in load_jsonl("dev-negatives.jsonl")
             for text in (row.get("inputs") or [row["input"]])]
NEGATIVES += [(row["input"], row["kind"]) for row in load_jsonl("negatives.jsonl")]


@pytest.mark.parametrize("text,kind", NEGATIVES)
def test_not_a_figure(text, kind):
    assert extract(text) == [], kind


#: Single figures with their full reading (tests/cases/figures.jsonl: wild and synthetic).
CASES = load_jsonl("figures.jsonl")
CASE_FIELDS = ("value", "unit", "measure_word", "qualifier", "change_pct", "low", "high")


@pytest.mark.parametrize("case", case_params(CASES))
def test_cases(case):
    f = extract(case["input"])[0]
    assert tuple(getattr(f, k) for k in CASE_FIELDS) == tuple(case[k] for k in CASE_FIELDS)


def test_fenbie_distributes_changes():
    figs = extract("交通事故死亡人数、较大事故起数同比分别下降27.9%、16.7%")
    assert [(f.metric, f.change_pct, f.change_basis) for f in figs] == [
        ("交通事故死亡人数", -27.9, "yoy"), ("较大事故起数", -16.7, "yoy")]


def test_several_figures_in_one_clause():
    assert [(f.value, f.measure_word) for f in extract("打掉团伙1个6人，起诉65件312人")] == [
        (1, "个"), (6, "人"), (65, "件"), (312, "人")]


def test_explain_names_the_rules():
    f = extract("挽回经济损失8898万余元")[0]
    assert [step.rule for step in f.explain()] == [
        "number.arabic", "qualifier.infix_remainder", "unit.physical", "role.level", "period.reporting", "class.cue"]
    assert len(str(f.explain()).splitlines()) == 6


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_read_back(n):
    figs = extract(f"抓获犯罪嫌疑人{to_chinese(n)}名")
    assert [(f.value, f.measure_word) for f in figs] == [(n, "名")]


@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes_and_spans_hold(text):
    for f in extract(text):
        assert text[f.start:f.end] == f.text


PIECES = st.sampled_from(["破获", "案件", "237起", "同比上升178.8%", "，", ",,", "、", "。", "萬(wàn)",
                          "余", "近", "“三抓三促”", "一是", "9月下旬", "至", "其中", "8898", "元",
                          "(((", "余余余", "ǎǎǎ", "分别", "0000000", "\n", " "])


@given(st.lists(PIECES, max_size=40).map("".join))
def test_mutated_briefings_keep_spans(text):
    for f in extract(text):
        assert text[f.start:f.end] == f.text
        assert f.unit is None or f.unit in V.UNIT_NAMES


# --- the grammar by generation: numbers written every way, read back with known answers -------

VERBS = st.sampled_from(["破获刑事案件", "抓获犯罪嫌疑人", "查处", "捣毁窝点", "涉案", "緝獲毒品"])
MEASURE = st.sampled_from(["起", "名", "人", "个", "宗", "件", "枝", "款", "家次", "组"])


def _arabic_with_place(n: int, place: str) -> str:
    size = {"千": 1000, "百": 100, "万": 10_000, "亿": 10**8, "百万": 10**6, "千万": 10**7}[place]
    return f"{n // size}{place}"


@given(VERBS, st.integers(1, 9999), st.sampled_from(["千", "百", "万", "亿", "百万", "千万"]), MEASURE)
def test_digits_then_place_words(verb, lead, place, mw):
    size = {"千": 1000, "百": 100, "万": 10_000, "亿": 10**8, "百万": 10**6, "千万": 10**7}[place]
    figs = extract(f"{verb}{lead}{place}{mw}")
    assert [(f.value, f.measure_word, f.precision) for f in figs] == [
        (lead * size, mw, size * 10 ** (len(str(lead)) - len(str(lead).rstrip("0"))))]


@given(st.integers(1, 9999), st.integers(1, 9999))
def test_wan_then_more_digits(high, low):
    """万 then four digits is one number; fewer digits (12万5: 120 005 or 125 000?) give none,
    and never the digits after 万 alone."""
    padded = extract(f"涉案金额{high}万{low:04d}元")
    assert [(f.value, f.unit) for f in padded] == [(high * 10_000 + low, "CNY")]
    if low < 1000:
        assert extract(f"涉案金额{high}万{low}元") == []


@given(st.integers(1, 99_999), st.sampled_from(["余", "多"]), MEASURE, st.booleans())
def test_remainder_bounds_follow_the_last_written_place(n, word, mw, after_measure_word):
    text = f"{n}{mw}{word}" if after_measure_word else f"{n}{word}{mw}"
    f = extract("查获" + text)[0]
    stripped = str(n).rstrip("0")
    place = 10 ** (len(str(n)) - len(stripped))
    assert (f.value, f.qualifier, f.low, f.high) == (n, "at_least", n, n + place)


PREFIXES = [("约", "about"), ("大约", "about"), ("约合", "about"), ("近", "nearly"), ("将近", "nearly"),
            ("接近", "nearly"), ("逾", "at_least"), ("超过", "at_least"), ("多于", "at_least"),
            ("高于", "at_least"), ("至少", "at_least"), ("不少于", "at_least"), ("不低于", "at_least"),
            ("不足", "at_most"), ("不到", "at_most"), ("少于", "at_most"), ("小于", "at_most"),
            ("低于", "at_most"), ("不超过", "at_most")]


@given(st.sampled_from(PREFIXES), st.integers(2, 99_999), MEASURE)
def test_prefix_qualifiers_and_bounds(prefix, n, mw):
    word, q = prefix
    f = extract(f"抓获{word}{n}{mw}")[0]
    want = {"about": (None, None), "nearly": (None, n), "at_least": (n, None), "at_most": (None, n)}[q]
    assert (f.value, f.qualifier, (f.low, f.high)) == (n, q, want)


@given(st.sampled_from(["以上", "以下", "左右"]), st.integers(2, 9999))
def test_suffix_qualifiers(word, n):
    f = extract(f"查获{n}起{word}")[0]
    q = {"以上": "at_least", "以下": "at_most", "左右": "about"}[word]
    assert (f.value, f.qualifier, f.end) == (n, q, len(f"查获{n}起{word}"))


@given(st.integers(1, 8), st.sampled_from(["", "十", "百", "千", "万"]), MEASURE)
def test_approximate_pairs_are_ranges(a, place, mw):
    digits = "一两三四五六七八九"
    size = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10_000}[place]
    f = extract(f"抓获{digits[a - 1]}{digits[a]}{place}{mw}")[0]
    assert (f.value, f.qualifier, f.low, f.high, f.flags) == (None, "range", a * size, (a + 1) * size,
                                                              ("approx_pair",))


@pytest.mark.parametrize("text,low,high", class_params("test_vague_quantities_are_never_points", "text,low,high"))
def test_vague_quantities_are_never_points(text, low, high):
    f = extract(text)[0]
    assert (f.value, f.qualifier, f.low, f.high, f.flags) == (None, "range", low, high, ("vague",))


@pytest.mark.parametrize("text,value", class_params("test_fractions_are_percentages", "text,value"))
def test_fractions_are_percentages(text, value):
    f = extract("占比" + text)[0]
    assert (f.unit, f.value) == ("percent", value)


@given(st.sampled_from(["下降", "减少", "上升", "增长"]), st.integers(1, 9), st.sampled_from(["", "多"]))
def test_cheng_after_a_verb_is_a_change(verb, n, more):
    f = extract(f"盗窃案件同比{verb}{'一二三四五六七八九'[n - 1]}成{more}")[0]
    sign = -1 if verb in ("下降", "减少") else 1
    assert (f.value, f.change_pct, f.change_basis, f.qualifier) == (
        None, sign * n * 10, "yoy", "at_least" if more else "exact")


@given(st.integers(1, 30), st.sampled_from(["增加", "上升", "增长"]))
def test_times_is_net_increase(n, verb):
    assert extract(f"案件{verb}{n}倍")[0].change_pct == n * 100


@pytest.mark.parametrize("text,change", class_params("test_doubling", "text,change"))
def test_doubling(text, change):
    assert extract(f"破案数{text}")[0].change_pct == change


@given(st.integers(10, 999), st.integers(10, 999), st.integers(1, 99), st.integers(1, 99))
def test_fenbie_distributes_over_the_figures_before(a, b, p, q):
    figs = extract(f"破获盗窃案件{a}起，抓获嫌疑人{b}名，分别同比上升{p}%、{q}%")
    assert [(f.value, f.change_pct, f.change_basis) for f in figs] == [(a, p, "yoy"), (b, q, "yoy")]
    assert [s.rule for s in figs[0].steps if not s.rule.startswith(READING_STEPS)][-1] == "change.distributed"


@given(st.lists(st.integers(1, 999), min_size=2, max_size=5), MEASURE)
def test_a_list_writes_its_unit_once(values, mw):
    figs = extract("分别为" + "、".join(map(str, values)) + mw)
    assert [(f.value, f.measure_word) for f in figs] == [(v, mw) for v in values]


@pytest.mark.parametrize("text,unit", class_params("test_currencies_are_never_silently_cny", "text,unit"))
def test_currencies_are_never_silently_cny(text, unit):
    assert extract(text)[0].unit == unit


@given(st.integers(1, 999), st.integers(1, 999), st.sampled_from(["港币", "港元", "新台币"]))
def test_declared_currency_holds_from_there_on(a, b, word):
    figs = extract(f"涉案金额逾{a}亿元({word},下同)，冻结{b}万元")
    unit = {"港币": "HKD", "港元": "HKD", "新台币": "TWD"}[word]
    assert [(f.value, f.unit) for f in figs] == [(a * 10**8, unit), (b * 10**4, unit)]


REGION_WORDS = [(unit, word) for unit, (strong, weak) in V.REGION_MARKERS.items() for word in strong + weak]


@given(st.sampled_from(REGION_WORDS), st.integers(1, 9999), st.sampled_from(["万元", "亿元", "元"]),
       st.sampled_from(["", "公安机关", "人民币"]), st.booleans())
def test_a_region_that_issues_the_text_sets_its_bare_yuan(region, n, money, mainland, second_region):
    """本港/司法警察局/警政署 … and no currency named: 元 is that region's; with 公安 or 人民币
    in the text, or the own words of two regions, it stays CNY (the mainland's)."""
    unit, word = region
    other_unit, other = next((u, strong[0]) for u, (strong, _) in V.REGION_MARKERS.items() if u != unit)
    text = f"{word}表示，{mainland}上半年涉案金额{n}{money}。" + (f"{other}亦作通报。" if second_region else "")
    strong = {unit} if word in V.REGION_MARKERS[unit][0] else set()
    strong |= {other_unit} if second_region else set()
    region_unit = (strong.pop() if len(strong) == 1 else None) if strong else unit
    want = "CNY" if mainland or region_unit is None else region_unit
    f = extract(text)[0]
    assert f.unit == want, text
    assert ("inferred_currency" in f.flags) == (want != "CNY")


@given(st.integers(2, 20))
def test_past_n_years_is_exact(n):
    f = extract(f"近{n}年来，破获案件")[0]
    assert (f.value, f.unit, f.qualifier, f.low, f.high) == (n, "year", "exact", n, n)
    assert "qualifier.past_years" in [s.rule for s in f.steps]


#: Numbers that are not figures, with the veto that must reject each (tests/cases/vetoes.jsonl).
VETOED = load_jsonl("vetoes.jsonl")


@pytest.mark.parametrize("case", case_params(VETOED))
def test_vetoes_name_their_rule(case):
    from analysis.engine import explain

    text, rule = case["input"], case["rule"]

    got = explain(text)
    rejected = got.rejected[0]  # no figure covers it (a count may stand before it: 10位165人员)
    assert all(f.start > rejected.start or f.end <= rejected.start or f.unit == "kg" for f in got.figures)
    assert rule in [r.rule for r in got.rejected]


@pytest.mark.parametrize("text", class_params("test_odd_numerals_never_raise", "text"))
def test_odd_numerals_never_raise(text):
    for f in extract(text):
        assert text[f.start:f.end] == f.text


def test_sentence_is_bounded_and_time_linear():
    import time

    unit = "破获案件12起，抓获嫌疑人3名，缴获毒品1.5公斤，"
    text = unit * 1500  # about 40 000 characters with no 。
    t0 = time.perf_counter()
    figs = extract(text)
    t1 = time.perf_counter()
    extract(text * 2)
    t2 = time.perf_counter()
    assert len(figs) == 4500 and max(len(f.sentence) for f in figs) <= 220
    assert (t2 - t1) < 4 * (t1 - t0) + 0.5  # twice the text costs about twice the time


@given(st.lists(PIECES | st.sampled_from(["数十", "两三", "七八月份", "百分之五五", "分之", "4千", "万4000",
                                          "、", "分别为", "一家", "港币", "(港币,下同)", "每十万人"]),
                max_size=30).map("".join))
def test_explain_never_raises_and_rejections_hold_their_spans(text):
    from analysis.engine import explain
    from analysis.engine.rules import RULES

    got = explain(text)
    for r in got.rejected:
        assert text[r.start:r.end] == r.text and r.rule in RULES
    for f in got.figures:
        assert text[f.start:f.end] == f.text
        assert all(step.rule in RULES for step in f.steps)
        if f.low is not None and f.high is not None:
            assert f.low <= f.high


def test_every_rule_id_in_the_engine_is_registered():
    import pathlib
    import re

    from analysis.engine.rules import RULES

    ids = re.compile(r'"((?:number|qualifier|unit|change|veto|date|time|range|multiplier|link|duration)\.[a-z_.]+)"')
    engine = pathlib.Path(__file__).parents[1] / "analysis" / "engine"
    used = {m for p in engine.rglob("*.py") if p.name != "rules.py"
            for m in ids.findall(p.read_text(encoding="utf-8"))}
    assert used and used <= set(RULES), sorted(used - set(RULES))


@given(st.integers(10, 9999), st.integers(2, 9), st.sampled_from(["下降", "上升"]), st.integers(1, 99))
def test_change_opening_a_clause_goes_to_the_count_opening_the_clause_before(n, k, verb, p):
    figs = extract(f"再犯人数减少，{n}名驾驶人{k}次以上被查处，同比{verb}{p}%。")
    sign = -1 if verb == "下降" else 1
    assert [(f.value, f.change_pct) for f in figs] == [(n, sign * p), (k, None)]
    assert "change.clause_subject" in [s.rule for s in figs[0].steps]


def test_change_right_after_a_figure_stays_with_that_figure():
    figs = extract("破获案件100起，抓获嫌疑人50名，同比上升10%。")
    assert [(f.value, f.change_pct) for f in figs] == [(100, None), (50, 10)]
    assert "change.attached" in [s.rule for s in figs[1].steps]


@given(st.lists(st.tuples(st.integers(1, 999), st.sampled_from(["上升", "下降"]), st.integers(1, 99)),
                min_size=2, max_size=4))
def test_fenbie_changes_keep_their_own_direction(items):
    """分别同比上升5%、10%和下降3%: each listed change goes to its figure with its own sign."""
    counts = "、".join(f"{n}起" for n, _, _ in items)
    changes = items[0][1] + f"{items[0][2]}%" + "".join(
        f"{'和' if k == len(items) - 1 else '、'}{verb if verb != items[k - 1][1] else ''}{p}%"
        for k, (_, verb, p) in enumerate(items) if k)
    figs = extract(f"破获案件{counts}，分别同比{changes}。")
    want = [(n, p if verb == "上升" else -p) for n, verb, p in items]
    assert [(f.value, f.change_pct) for f in figs] == want


@given(st.integers(2, 4), st.integers(1, 99))
def test_fenbie_with_more_changes_than_figures_attaches_none(n, p):
    """A 分别 list that does not match the figures before it: no change is given to any."""
    counts = "、".join(f"{k + 10}起" for k in range(n - 1))
    pcts = "、".join(f"{p + k}%" for k in range(n))
    figs = extract(f"破获案件{counts}，分别同比上升{pcts}。")
    assert all(f.change_pct is None for f in figs if f.value is not None)


@given(st.integers(1, 999), st.integers(1, 99), st.sampled_from([("以上", "at_least"), ("以下", "at_most"),
                                                                 ("左右", "about")]))
def test_a_qualifier_after_a_change_bounds_the_change(n, p, after):
    word, q = after
    f, = extract(f"发案{n}起，同比下降{p}%{word}。")
    assert (f.value, f.qualifier, f.change_pct) == (n, "exact", -p) and f"change_{q}" in f.flags
    alone, = extract(f"全州发案同比下降{p}%{word}。")
    assert (alone.change_pct, alone.qualifier) == (-p, q)


@given(st.integers(1, 9999), st.sampled_from(["超过了", "不足了", "接近了"]))
def test_le_between_a_qualifier_and_its_number(n, word):
    f, = extract(f"破获案件{word}{n}起")
    assert f.qualifier == {"超过了": "at_least", "不足了": "at_most", "接近了": "nearly"}[word]


@given(st.integers(1, 9999), st.integers(1, 999), st.sampled_from(["http://www.a.cn/n/{}.html", "www.b.gov.cn/{}/",
                                                                  "时速{}km/h以上"]))
def test_a_web_address_or_unit_ends_where_the_han_text_begins(page, n, before):
    """The address's own numbers are vetoed; a figure in the Han text after it is read."""
    figs = extract(before.format(page) + f"，查获车辆{n}辆")
    assert [(f.value, f.measure_word) for f in figs] == [(n, "辆")]


@given(st.integers(1, 999), st.sampled_from(["名", "起", "个", "张"]),
       st.sampled_from(["次作案", "年在逃", "地流窜", "发性", "种"]))
def test_duo_starting_a_word_is_no_remainder(n, mw, word):
    """3名多次作案, 100名多年在逃: 多次/多年 are words; the count is exact, with no invented width."""
    f = extract(f"抓获{n}{mw}多{word}人员")[0]
    assert (f.value, f.qualifier, f.low, f.high) == (n, "exact", n, n)


@given(st.integers(1, 9), st.sampled_from(["年", "个月", "天"]), st.sampled_from(["，", "来", "时间", "。", "汕头全市"]))
def test_duo_after_a_unit_of_time_is_a_remainder(n, unit, after):
    """成立三年多，: more than three years and less than four."""
    f = extract(f"成立{n}{unit}多{after}")[0]
    assert (f.value, f.qualifier, f.low, f.high) == (n, "at_least", n, n + 1)


@given(st.decimals(Decimal("0.01"), Decimal("99.99"), places=2), st.integers(1, 100),
       st.sampled_from(["满意度", "考核得分", "测评"]))
def test_scores_in_fen(decimal, whole, word):
    """满意度由87.17分上升至96分: a score is a count of 分; 分钟, 分局 and 三分之一 are not scores."""
    figs = extract(f"群众{word}由{decimal}分上升至{whole}分。")
    assert [(f.value, f.unit, f.measure_word) for f in figs] == [(float(decimal), "count", "分"),
                                                                (whole, "count", "分")]
    assert [(f.value, f.unit, f.measure_word) for f in extract(f"用时{whole}分钟，第{whole}分局，{whole}分别")] == [
        (whole, "minute", None)]  # 分钟 is minutes, never a score


@given(st.sampled_from(sorted(V.CURRENCY_SIGNS.items())), st.integers(1, 99_999), st.sampled_from(["", " "]),
       st.sampled_from(["", "元", "万元", "万"]))
def test_a_currency_sign_decides_the_currency(sign_unit, n, space, after):
    """HK$3,000, US$ 20万元, NT$500元: the sign decides the currency, with or without 元."""
    sign, unit = sign_unit
    f = extract(f"涉案金额{sign}{space}{n}{after}，")[0]
    assert (f.value, f.unit) == (n * (10_000 if "万" in after else 1), unit)


@given(st.sampled_from(["VOS ", "G", "PM", "H7N", "iPhone", "Win"]), st.integers(1, 9999),
       st.sampled_from(["架设", "峰会", "部手机", "浓度"]))
def test_a_number_in_a_latin_name_is_no_figure(name, n, after):
    """VOS 3000架设, G20峰会, PM2.5浓度: part of a name."""
    assert extract(f"利用{name}{n}{after}") == []


@given(st.sampled_from(V.MONEY_NOUNS), st.sampled_from(["", "为", "达"]), st.integers(1, 9999),
       st.sampled_from(["万", "亿"]))
def test_wan_or_yi_after_a_noun_of_money_is_yuan(noun, link, n, place):
    """总损失为15.5亿, 市值5千万: an amount in 元 with 元 left out; 嫌疑人3万 is no amount."""
    factor = 10_000 if place == "万" else 100_000_000
    assert [(f.value, f.unit) for f in extract(f"当中投资骗案的{noun}{link}{n}{place}，")] == [(n * factor, "CNY")]
    assert extract(f"抓获嫌疑人{n}{place}，") == []


@given(st.integers(2, 999), st.integers(1, 99))
def test_the_difference_of_an_amount_is_an_amount(level, difference):
    """金额为44.8亿元，较去年同期增加17.9亿: the difference has the amount's unit, and the change
    after it is the amount's where the numbers agree."""
    assume(difference < level)
    pct = (Decimal(difference) * 100 / (level - difference)).quantize(Decimal("0.1"))
    text = f"诈骗案涉及的金额为{level}亿元，较去年同期增加{difference}亿，增幅{pct}%。"
    figs = extract(text)
    assert [(f.value, f.unit, f.change_pct) for f in figs] == [
        (level * 10**8, "CNY", float(pct)), (difference * 10**8, "CNY", None)], text


@given(st.sampled_from(V.PREFIX_QUALIFIERS), st.sampled_from([("万", 10_000), ("亿", 100_000_000)]),
       st.sampled_from([("元", "CNY", None), ("人", "count", "人"), ("起", "count", "起")]))
def test_wan_or_yi_alone_after_a_qualifier(prefix, place, unit):
    """近亿元, 逾万人: one 万 or one 亿, bounded by the qualifier."""
    (word, qualifier), (written, value), (unit_text, unit_name, mw) = prefix, place, unit
    f = extract(f"为群众挽回损失{word}{written}{unit_text}。")[-1]
    assert (f.value, f.unit, f.measure_word, f.qualifier) == (value, unit_name, mw, qualifier)


@given(st.sampled_from(["年", "个月", "天"]), st.sampled_from(["多", "余"]))
def test_half_with_a_remainder(unit, word):
    """长达半年多的侦查: more than half and less than one."""
    f = extract(f"通过长达半{unit}{word}的侦查，")[0]
    assert (f.value, f.qualifier, f.low, f.high) == (0.5, "at_least", 0.5, 1)


@given(st.sampled_from(V.DAY_TRIGGERS), st.integers(1, 36))
def test_months_after_a_length_word_are_months(trigger, n):
    """连续14月同比下降, 为期3月: a number of months, never a month of the year."""
    f = extract(f"{trigger}{n}月同比下降")[0]
    assert (f.value, f.unit) == (n, "month")


def test_a_shortened_time_is_a_fall():
    assert [(f.change_pct, f.qualifier) for f in extract("办证办事平均时长缩短60%以上。")] == [(-60, "at_least")]


def test_a_list_after_fenbie_that_counts_from_one_is_counts():
    """分别为1、2起 is two counts; 打击1、2、3类案件 (no 分别) is a list of labels."""
    assert [(f.value, f.measure_word) for f in extract("分别为1、2起")] == [(1, "起"), (2, "起")]
    assert extract("打击1、2、3类案件") == []


def test_a_latin_unit_after_a_remainder():
    """查扣卡西酮原料80多g: 80 g and more."""
    f = extract("查扣卡西酮原料80多g、研磨器")[0]
    assert (f.value, f.unit, f.qualifier) == (0.08, "kg", "at_least")


@given(st.lists(st.integers(1, 999), min_size=2, max_size=4), st.sampled_from((("本港警方", "HKD"), ("警政署", "TWD"))))
def test_a_list_that_writes_its_yuan_once_takes_the_regions_currency_for_every_item(amounts, region):
    """25萬、33萬元 in a Taiwan or Hong Kong text: 元 and its currency hold for every item."""
    marker, unit = region
    text = f"{marker}表示，涉款分別為{'、'.join(f'{a}萬' for a in amounts)}元。"
    assert [(f.value, f.unit) for f in extract(text)] == [(a * 10_000, unit) for a in amounts], text


@pytest.mark.parametrize("text, level, change", [
    ("暴力罪案由8 884宗增加806宗(+9.1%)至9 690宗。", "9 690宗", 9.1),  # Hong Kong Police, 2019 (heldout11)
    ("由100起下降20起(-20%)至80起。", "80起", -20),
    ("由100起下降20起(-30%)至80起。", None, None),  # the three disagree: the change stays alone
])
def test_a_movement_from_a_base_to_a_level_gives_the_change_to_the_level(text, level, change):
    figs = extract(text)
    assert figs[0].role == "base" and figs[0].change_pct is None
    assert [(f.text, f.change_pct) for f in figs if f.change_pct is not None and f.value is not None] == (
        [(level, change)] if level else [])
