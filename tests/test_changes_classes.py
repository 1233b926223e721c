"""Classes of change expressions whose answer is known by construction (analysis.engine.changes,
analysis.engine.differences), with several figures in one sentence.

- A level, its absolute difference and the relative change (10,831宗，较2023年同期增加1,178宗，
  上升12.2%): the change belongs to the level, and only where the three numbers agree.
- An amplitude word, a comment and a list (同比增幅较大，分别为：210.98%、124.25%、62.75%):
  each item is a change of that sign, standing alone.
"""
from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, strategies as st

import random

from analysis.engine.figures import extract
from generate import convert


def to_traditional(text: str) -> str:
    return convert(text, "traditional", (), random.Random(0))

MEASURE_WORDS = ("起", "宗", "名", "件")
BASES = ("较去年同期", "较2023年同期", "比上年", "与2019年同期相比", "同比")
UP = ("上升", "增加", "增长")
DOWN = ("下降", "减少")


def _pct(level: int, difference: int, sign: int) -> Decimal:
    base = level - difference if sign > 0 else level + difference
    return (Decimal(difference) * 100 / base).quantize(Decimal("0.1"))


@st.composite
def level_difference(draw):
    sign = draw(st.sampled_from((1, -1)))
    level = draw(st.integers(20, 200_000))
    difference = draw(st.integers(1, level - 1 if sign > 0 else 3 * level))
    if sign > 0 and level - difference < 1:
        difference = level - 1
    return sign, level, difference


@given(level_difference(), st.sampled_from(MEASURE_WORDS), st.sampled_from(BASES),
       st.sampled_from(("verb", "amplitude")), st.booleans())
def test_change_after_a_difference_goes_to_the_level(case, mw, basis, form, traditional):
    sign, level, difference = case
    pct = _pct(level, difference, sign)
    assume(pct >= Decimal("0.1") and difference != level)  # 0.0 % is not written; two values to tell apart
    verb = UP[level % 3] if sign > 0 else DOWN[level % 2]
    change = (f"{UP[0] if sign > 0 else DOWN[0]}{pct}%" if form == "verb"
              else f"{'升幅' if sign > 0 else '降幅达'}{pct}%")
    text = f"共立案件{level}{mw}，{basis}{verb}{difference}{mw}，{change}。"
    if traditional:
        text = to_traditional(text)
    figs = {f.value: f for f in extract(text) if f.unit == "count"}
    assert figs[level].change_pct == float(sign * pct), text
    assert figs[difference].change_pct is None, text


@given(level_difference(), st.sampled_from(MEASURE_WORDS), st.sampled_from(BASES))
def test_a_change_the_numbers_do_not_give_goes_to_no_figure(case, mw, basis):
    sign, level, difference = case
    wrong = _pct(level, difference, sign) * 2 + 5  # off by more than rounding
    verb = UP[0] if sign > 0 else DOWN[0]
    text = f"共立案件{level}{mw}，{basis}{verb}{difference}{mw}，{verb}{wrong}%。"
    figs = extract(text)
    assert all(f.change_pct is None for f in figs if f.unit == "count"), text
    assert [f.change_pct for f in figs if f.value is None] == [float(sign * wrong)], text


def test_a_new_count_keeps_its_own_change():
    """新增30起，同比上升20%: no comparison before 新增, so 30起 is a level, not a difference."""
    figs = extract("新增30起，同比上升20%。")
    assert [(f.value, f.change_pct) for f in figs] == [(30, 20)]


@given(st.lists(st.decimals(Decimal("0.1"), Decimal("999.99"), places=2), min_size=2, max_size=5),
       st.sampled_from(("增幅", "涨幅", "升幅", "降幅", "跌幅", "减幅")),
       st.sampled_from(("较大", "较高", "明显", "")), st.sampled_from(("，", " , ", ",")),
       st.sampled_from(("分别为：", "分别为:", "分别是", "分别达")), st.booleans())
def test_amplitude_word_then_a_list_of_changes(values, word, comment, comma, each, traditional):
    names = "、".join("甲乙丙丁戊"[:len(values)])
    listed = "、".join(f"{v}%" for v in values)
    text = f"其中{names}同比{word}{comment}{comma}{each}{listed}；"
    if traditional:
        text = to_traditional(text)
    sign = -1 if word in ("降幅", "跌幅", "减幅") else 1
    figs = extract(text)
    assert [f.change_pct for f in figs] == [float(sign * v) for v in values], text
    assert all(f.value is None and f.unit is None for f in figs), text


@given(st.integers(2, 99_999), st.sampled_from(MEASURE_WORDS), st.sampled_from(("同比", "较去年同期", "")),
       st.sampled_from(("大幅", "大幅度", "明显", "显著", "小幅", "")), st.sampled_from(UP + DOWN),
       st.decimals(Decimal("0.1"), Decimal("99.9"), places=1))
def test_a_degree_adverb_before_the_verb_keeps_the_change_on_its_figure(level, mw, basis, adverb, verb, pct):
    """破获案件120起，同比大幅上升20%: 大幅 between the base and the verb."""
    text = f"破获案件{level}{mw}，{basis}{adverb}{verb}{pct}%。"
    sign = -1 if verb in DOWN else 1
    assert [(f.value, f.change_pct) for f in extract(text)] == [(level, float(sign * pct))], text


@given(st.sampled_from(("降幅", "跌幅", "增幅", "涨幅", "下降率", "上升率", "增长率", "减少率")),
       st.sampled_from((("超过了", "at_least"), ("超过", "at_least"), ("逾", "at_least"),
                        ("近", "nearly"), ("约", "about"), ("", "exact"))),
       st.sampled_from(("", "为", "达")), st.decimals(Decimal("0.1"), Decimal("99.9"), places=1))
def test_amplitude_and_rate_words_with_their_qualifier(word, qualifier, link, pct):
    """降幅超过20%, 现发命案下降率超过了20%, 增长率为5.2%: a signed change with its bound."""
    q_word, q = qualifier
    text = f"全市刑事警情{word}{link}{q_word}{pct}%，"
    sign = -1 if word[0] in "降跌下减" else 1
    assert [(f.change_pct, f.qualifier) for f in extract(text)] == [(float(sign * pct), q)], text


@given(level_difference(), st.sampled_from(MEASURE_WORDS), st.sampled_from(("按年", "同比", "", "较去年同期")),
       st.sampled_from(("即{}%", "({}%)", "（{}%）")))
def test_a_percent_after_a_difference_is_the_change_of_the_level(case, mw, basis, form):
    """按年增加563宗即1.8%, 减少274人(18%): not a share; the level's change where the numbers agree."""
    sign, level, difference = case
    pct = _pct(level, difference, sign)
    assume(pct >= Decimal("0.1") and difference != level)
    verb = UP[0] if sign > 0 else DOWN[0]
    text = f"录得罪案总数{level}{mw}，{basis}{verb}{difference}{mw}{form.format(pct)}，整体破案率上升。"
    figs = extract(text)
    assert [(f.value, f.change_pct) for f in figs] == [(level, float(sign * pct)), (difference, None)], text


@given(st.integers(2, 99_999), st.sampled_from(MEASURE_WORDS), st.sampled_from(("按年", "同比", "")),
       st.sampled_from(UP + DOWN), st.integers(1, 99))
def test_a_change_opening_its_clause_goes_to_the_only_figure_before(level, mw, basis, verb, pct):
    """截获近2.7万人涉入境携带超额免税香烟，升四成一: the change of the clause's only figure."""
    text = f"全年在各口岸截获{level}{mw}涉嫌走私香烟，{basis}{verb}{pct}%，并发现有犯罪集团。"
    sign = -1 if verb in DOWN else 1
    assert [(f.value, f.change_pct) for f in extract(text)] == [(level, sign * pct)], text


@given(st.integers(20, 200_000), st.integers(20, 200_000), st.sampled_from(MEASURE_WORDS),
       st.sampled_from(("较2022年的", "比去年同期的", "较上年的", "较上年同期", "较上年同期破案", "较113年度")),
       st.booleans())
def test_a_change_after_the_base_goes_to_the_level(level, base, mw, basis, agree):
    """90,276宗，较2022年的70,048宗上升28.9%: the base is not the level; the change is the level's
    where the two give it, else no figure's."""
    pct = ((Decimal(level) - base) * 100 / base).quantize(Decimal("0.1"))
    assume(pct != 0 and level != base)
    stated = pct if agree else pct * 2 + (5 if pct > 0 else -5)
    verb = ("上升", "成长", "增长")[level % 3] if stated > 0 else ("下降", "跌", "减少")[level % 3]
    text = f"整体罪案总数是{level}{mw}，{basis}{base}{mw}{verb}{abs(stated)}%，主要由诈骗案带动。"
    figs = {f.value: f for f in extract(text) if f.unit == "count"}
    assert figs[level].change_pct == (float(stated) if agree else None), text
    assert figs[base].change_pct is None, text


@given(st.integers(2, 99_999), st.sampled_from(MEASURE_WORDS), st.sampled_from(("较2022年", "与去年相比", "比上年", "同比2021年")),
       st.sampled_from(UP + DOWN), st.integers(1, 99))
def test_a_comparison_may_open_the_clause_of_the_change(level, mw, opener, verb, pct):
    """拘捕9,239人涉及各类骗案，较2022年上升超过七成半: the comparison is no subject of its own."""
    text = f"警方共拘捕{level}{mw}涉及各类骗案，{opener}{verb}{pct}%，其中多数是傀儡户口持有人。"
    sign = -1 if verb in DOWN else 1
    assert [(f.value, f.change_pct) for f in extract(text) if f.unit == "count"] == [(level, sign * pct)], text


@given(st.integers(2, 99), st.integers(100, 5000), st.integers(100, 5000))
def test_the_level_is_not_a_figure_in_brackets(part, level, base):
    """破获1106起(含破获外省案件52起)，较上年同期破案858起上升28.9%: the bracketed part is not the level."""
    pct = ((Decimal(level) - base) * 100 / base).quantize(Decimal("0.1"))
    assume(pct != 0 and part not in (level, base) and level != base)
    verb = "上升" if pct > 0 else "下降"
    text = f"破获各类刑事案件{level}起(含破获外省案件{part}起)，较上年同期破案{base}起{verb}{abs(pct)}%。"
    figs = {f.value: f for f in extract(text) if f.unit == "count"}
    assert (figs[level].change_pct, figs[part].change_pct, figs[base].change_pct) == (float(pct), None, None), text


@given(st.lists(st.integers(1, 9999), min_size=2, max_size=4), st.sampled_from(("宗", "起")),
       st.sampled_from(("较去年同期大幅", "同比", "较去年")), st.integers(1, 99), st.booleans())
def test_a_change_after_the_parts_goes_to_their_total(parts, mw, basis, pct, exact_sum):
    """共5,602宗，包括631宗游行和4,971宗集会，较去年同期大幅上升73%: the total's change, where the
    parts add up to it exactly; otherwise no figure's."""
    total = sum(parts) + (0 if exact_sum else 1)
    assume(total not in parts)
    listed = "、".join(f"{n}{mw}第{i + 1}类" for i, n in enumerate(parts))
    text = f"上半年有关活动共{total}{mw}，包括{listed}，{basis}上升{pct}%。"
    figs = {f.value: f for f in extract(text) if f.unit == "count"}
    assert figs[total].change_pct == (pct if exact_sum else None), text
    assert all(figs[n].change_pct is None for n in parts), text


@given(st.integers(2, 99_999), st.sampled_from(("受理件数", "发案数", "立案件数")), st.integers(1, 99))
def test_a_change_naming_another_kind_of_figure_stays_alone(level, subject, pct):
    """财损金额约2亿元，与去年同期相比受理件数减少8.5%: the change is of a count, not of the money."""
    text = f"财损金额约{level}万元，与去年同期相比{subject}减少{pct}%，"
    figs = extract(text)
    assert figs[0].change_pct is None and [f.change_pct for f in figs[1:]] == [-pct], text


@given(st.integers(2, 99_999), st.sampled_from((("收缴金额", "万元"), ("收缴量", "万元"), ("受理件数", "件"))),
       st.integers(1, 999))
def test_a_change_naming_its_own_kind_of_figure_is_its(level, subject_unit, pct):
    """缴获假人民币1350余万元，比去年全年收缴量上升370%: the noun fits the figure, the change is its."""
    subject, unit = subject_unit
    text = f"缴获{level}{unit}，比去年全年{subject}上升{pct}%。"
    assert [f.change_pct for f in extract(text)] == [pct], text


@given(level_difference(), st.sampled_from(MEASURE_WORDS), st.sampled_from(("按年", "同比", "")))
def test_a_signed_percent_after_a_difference_is_the_change_of_the_level(case, mw, basis):
    """增加5 000宗(+9.2%): the written sign agrees with the verb; the level takes the change."""
    sign, level, difference = case
    pct = _pct(level, difference, sign)
    assume(pct >= Decimal("0.1") and difference != level)
    verb, mark = (UP[1], "+") if sign > 0 else (DOWN[1], "-")
    text = f"录得罪案总数{level}{mw}，{basis}{verb}{difference}{mw}({mark}{pct}%)，整体破案率上升。"
    assert [(f.value, f.change_pct) for f in extract(text)] == [(level, float(sign * pct)), (difference, None)], text


@given(st.sampled_from(("袭警", "行劫", "纵火", "刑事毁坏")), st.sampled_from(("-", "+")),
       st.decimals(Decimal("0.1"), Decimal("99.9"), places=1), st.sampled_from(("百分点", "个百分点", "%")),
       st.sampled_from(("", " ")), st.booleans())
def test_a_signed_change_in_brackets_after_its_subject(subject, mark, value, unit, space, traditional):
    """襲警(-56.2百分點): a change with its own sign, standing alone (no level is given)."""
    text = f"警方注意到有关{subject}{space}({mark}{value}{unit})案件的破案率下降。"
    text = to_traditional(text) if traditional else text
    want = float(value) * (-1 if mark == "-" else 1)
    assert [(f.value, f.change_pct, f.unit) for f in extract(text)] == [(None, want, None if unit == "%" else "pp")], text


@given(st.sampled_from((("跌幅", -1), ("降幅", -1), ("升幅", 1), ("增幅", 1))),
       st.decimals(Decimal("0.1"), Decimal("99.9"), places=1), st.booleans(), st.booleans())
def test_an_amplitude_word_after_its_number_signs_it(word_sign, value, written_out, traditional):
    """百分之4.7的跌幅, 9.2%的升幅: a signed change, not a level percentage."""
    word, sign = word_sign
    number = f"百分之{value}" if written_out else f"{value}%"
    text = f"抵销了上半年所录得的{number}的{word}，"
    text = to_traditional(text) if traditional else text
    assert [(f.value, f.change_pct) for f in extract(text)] == [(None, float(sign * value))], text


@given(st.integers(2, 99_999), st.sampled_from(MEASURE_WORDS), st.sampled_from(("较去年同期", "同比")),
       st.sampled_from(("倍升", "倍增", "翻番")))
def test_a_doubling_word_after_a_figure_is_its_change(level, mw, basis, word):
    """家庭暴力案件共3,702宗，較去年同期倍升: +100 % for the figure before it."""
    text = f"期间家庭暴力案件共{level}{mw}，{basis}{word}；"
    assert [(f.value, f.change_pct) for f in extract(text)] == [(level, 100.0)], text
    assert [f.change_pct for f in extract(f"家庭暴力案件{word}。") if word != "翻番"] == []
