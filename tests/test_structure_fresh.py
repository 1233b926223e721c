"""Structure classes the fresh structure sets (13-16) showed, each on generated pages whose answer
is known by construction: numbered parts that head nothing are items, display numbers head the
sentence stating them, bracketed and Taiwanese datelines, a label opening the body, a short line
before the story's dateline, page headers, language switches and footers."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings, strategies as st

from analysis.engine.structure import read_structure

CN = "一二三四五六七八九十"
CLAUSES = ("本年一月至九月于该区发生的罪案宗数及分类数字分别为何", "区内有哪些地点为罪案黑点",
           "短期内会否考虑增加编制人员数目", "若会详情为何", "警方根据什么准则决定是否发放信息",
           "提升该区为独立警区的安排的最新进展为何", "何时才可设立警区")
TOPICS = ("保防安检业务", "外事业务", "办理户口业务", "治安管理业务", "刑事侦查业务")
seeds = st.integers(min_value=0, max_value=10_000)


def _marker(form: str, k: int) -> str:
    return {"paren_cn": f"({CN[k]})", "paren_cn_spaced": f"( {CN[k]} )", "arabic": f"{k + 1}. ",
            "paren_arabic_spaced": f"( {k + 1} )"}[form]


def _part(rng: random.Random) -> str:
    """One sentence of clauses joined by commas and semicolons, no full stop inside."""
    return "；".join("，".join(rng.sample(CLAUSES, 2)) for _ in range(rng.randint(1, 2)))


@settings(max_examples=40, deadline=None)
@given(seeds, st.sampled_from(["paren_cn", "paren_cn_spaced", "arabic", "paren_arabic_spaced"]))
def test_numbered_parts_of_one_sentence_that_head_nothing_are_items(seed, form):
    rng = random.Random(seed)
    n = rng.randint(2, 6)
    parts = [_marker(form, k) + _part(rng) + ("；" if k < n - 1 else "？") for k in range(n)]
    text = ("某区的警务需求\n以下为保安局局长今日(十月二十六日)在立法会会议上就议员的提问的书面答复:\n\n问题:\n\n"
            "  该区合共发生四宗案件。居民忧虑区内治安，就此，政府可否告知本会:\n\n" + "\n\n".join(parts) + "\n")
    s = read_structure(text)
    assert [h.text for h in s.headings] == ["问题:"]
    assert [(i.start, i.end) for i in s.items] == [(text.index(p), text.index(p) + len(p)) for p in parts]


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_a_numbered_part_heading_text_stays_a_heading(seed):
    rng = random.Random(seed)
    topics = rng.sample(TOPICS, 2)
    text = (f"某部年度概要\n( 七 ){topics[0]}\n本部订定实施计划，落实查处工作，执行成效如下:\n"
            f"1. {_part(rng)}。\n2. {_part(rng)}。\n( 八 ){topics[1]}\n全年共查获案件{rng.randint(2, 99)}件。\n")
    s = read_structure(text)
    assert [h.text for h in s.headings] == [f"( 七 ){topics[0]}", f"( 八 ){topics[1]}"]
    assert [i.text[:2] for i in s.items] == ["1.", "2."]


@settings(max_examples=30, deadline=None)
@given(seeds)
def test_a_wrapped_item_runs_over_its_lines(seed):
    rng = random.Random(seed)
    first, rest = "推动社区治安营造经费补助工作，本部补助全国278个社区，每社区补助7万", "6,000元。"
    second = _part(rng) + "。"
    text = f"3. 办理户口业务\n   ( 1 ){first}\n\n        {rest}\n   ( 2 ){second}\n"
    s = read_structure(text)
    assert [h.text for h in s.headings] == ["3. 办理户口业务"]
    assert [(i.start, i.end) for i in s.items] == [
        (text.index("( 1 )"), text.index(rest) + len(rest)), (text.index("( 2 )"), text.index(second) + len(second))]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=10, max_value=99_999), st.sampled_from(["", "万", "亿"])),
                min_size=2, max_size=6, unique_by=lambda x: x[0]))
def test_display_numbers_head_the_sentence_stating_them(numbers):
    lines = ["导语", "收官之年，战果如何？会议披露了一批最核心的数据。"]
    for n, unit in numbers:
        lines += [f"{n}{unit}", f"打掉涉黑组织{n}{unit}个。"]
    lines += [str(numbers[0][0] + 1), "让我们再一次感受到那句话的重量"]  # a number no sentence states
    text = "\n".join(lines) + "\n"
    s = read_structure(text)
    assert s.title is None
    assert [h.text for h in s.headings] == ["导语"] + [f"{n}{u}" for n, u in numbers]


@pytest.mark.parametrize("dateline", ["【本报消息】", "【大纪元2月10日报导】", "【特讯】"])
def test_a_bracketed_dateline_opening_the_story_is_no_heading(dateline):
    text = f"治安警冬防截查三百人\n{dateline}治安警察局讯:警方在行动中一共截查293人。\n查车行动方面，警方共截查49辆车。\n"
    s = read_structure(text)
    assert s.headings == () and s.dateline is not None and s.dateline.text.startswith(dateline[:3])


@pytest.mark.parametrize("credit", ["联合报／ 记者黄寅／台中即时报导", "记者杨佳颖台北报导", "记者苏国辅/台中市报导"])
def test_a_taiwanese_credit_line_is_no_title(credit):
    text = f"快讯\n\n{credit}\n\n昨天下午在梧栖成功将3名车手拦获，同时查扣现金14万元。\n"
    s = read_structure(text)
    assert s.title is None and s.dateline is not None and s.dateline.text == credit


@given(st.sampled_from(["开心", "现场", "感谢"]))
def test_a_short_line_before_the_storys_dateline_heads_nothing(word):
    text = (f"▲被盗电动车失而复得，男子{word}地骑着它回家。记者/沈全华 摄\n{word}\n"
            "本报讯(记者/沈全华)当天，分局举行退赃大会，返还现金150万元。\n目前，打掉盗抢骗团伙32个。\n")
    s = read_structure(text)
    assert s.headings == () and s.section_of(text.index("32个")) is None


def test_page_furniture_of_the_fresh_pages():
    text = ("简体版 英文版 寄给朋友 政府新闻网\n立法会十题:将军澳区的警务需求\n***\n"
            "Page 95 - 中华民国112年内政概要\nP. 95\n中华民国112年内政概要\n初审编辑:王瑜\n发布会现场\n")
    s = read_structure(text + "以下为保安局局长今日(十月二十六日)在立法会会议上就议员的提问的书面答复:\n问题:\n该区共发生四宗案件。\n")
    assert s.title.text == "立法会十题:将军澳区的警务需求"
    kinds = {c.text: c.kind for c in s.chrome}
    assert kinds["简体版 英文版 寄给朋友 政府新闻网"] == "other"
    assert kinds["Page 95 - 中华民国112年内政概要"] == kinds["P. 95"] == kinds["中华民国112年内政概要"] == "page_header"
    assert kinds["初审编辑:王瑜"] == "editor" and kinds["发布会现场"] == "caption"
    assert [h.text for h in s.headings] == ["问题:"]


@given(st.lists(st.sampled_from(["八方新闻", "合作咨询、业采供稿:", "CoolQi2009@Gmail.com", "、",
                                 "☎ 0928-517147(台湾远传)"]), min_size=1, max_size=6))
def test_short_lines_after_a_copyright_notice_are_footer(tail):
    text = "某市缉毒成效第一\n今年1至3月全般刑案发生5,685件，较去年同期减少440件。\nCopyright © 2024\n" + "\n".join(tail)
    s = read_structure(text)
    assert s.headings == ()
    starts = {c.start for c in s.chrome}
    assert all(line.start in starts for line in _lines_after(text, "Copyright"))


def _lines_after(text: str, marker: str):
    from analysis.engine.structure.lines import lines
    return [x for x in lines(text) if x.start > text.index(marker) and x.body.strip()]
