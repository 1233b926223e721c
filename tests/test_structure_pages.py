"""Page structure (title, dateline, byline, source lines, chrome, headings, items, sections):
generated pages whose answer is known by construction, real pages (each with its address), the
seed, and properties that hold on any text."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from analysis import Briefing
from analysis.engine.structure import read_structure, split_sections
from analysis.linxia import seed_briefing
from structure_pages import FAMILIES, build_page

ROOT = Path(__file__).resolve().parent.parent


def _scorer():
    spec = importlib.util.spec_from_file_location("structure_score", ROOT / ".ci" / "structure_score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER = _scorer()


@pytest.mark.parametrize("family", FAMILIES)
def test_generated_pages_are_read_as_built(family):
    for seed in range(12):
        page = build_page(family, random.Random(seed))
        row = SCORER.score_page(page)
        assert row["title"], (seed, page["text"][:200])
        assert row["h_match"] == row["h_label"] == row["h_found"] == row["h_level"], (seed, row)
        assert row["i_match"] == row["i_label"] == row["i_found"], (seed, row)
        assert row["sec_right"] == row["sec_total"] and row["chrome_bad"] == 0, (seed, row)


# Real pages from the page store (not in the labelled structure set), cut to their structure.
HEBEI_2013 = ("您当前的位置:长城网>>法制频道>>法制聚焦\n\n中国各地春节期间打掉盗抢等犯罪团伙2790余个\n\n"
              "http://www.hebei.com.cn 2013-02-18 07:56 长城网\n【字号: | | 【背景色 杏仁黄 秋叶褐 胭脂红\n\n"
              "  中国公安部有关负责人17日表示,春节期间,全国公安机关开展“打盗抢保民安”专项行动。据统计,各地共打掉"
              "犯罪团伙2790余个,抓获犯罪嫌疑人17900余名。(史竞男、邹伟)\n\n关键词:打掉,盗抢,犯罪团伙\n\n分享到:\n"
              "打印 收藏本页\n稿源:新华网\n责任编辑:李浩\n关闭")  # law.hebei.com.cn/system/2013/02/18/012536872.shtml
QINGYANG_2011 = ("归档时间:2011/12/13 9:48:28\n\n部门动态\n\n您的位置: 首页 >公安要闻>部门动态>详细内容\n\n"
                 "甘肃治安系统在逃人员清网率达87%\n\n来源:甘肃公安网 作者:陈志刚 发布时间:2011-12-13 09:48:31 浏览次数: "
                 "【字体:\n    记者12月1日从甘肃省公安厅治安总队获悉,截至目前,该省治安系统“清网行动”前网上在逃人员下降率"
                 "达到87%。\n\n【打印正文】\n分享到:")  # gaj.zgqingyang.gov.cn/gayw/bmdt/content_188898
SINA_2005 = ("新闻中心新浪首页 > 新闻中心 > 综合 > 正文\n\n火车站公处“两抢一盗”嫌犯(图)\n\n\n"
             "http://www.sina.com.cn 2005年08月19日11:20 信息时报\n火车站公处“两抢一盗”嫌犯(图)\n"
             "  昨天,市公安局在广州火车站广场对13名犯罪嫌疑人公开宣布逮捕处理。时报记者陆明杰摄\n\n  时报讯\n\n"
             "  (记者何雪华 实习生梁裕振 通讯员张毅涛) 昨日上午,广州市公安局在广州火车站西广场召开大会,"
             "宣布对13名违法犯罪嫌疑人逮捕处理。")  # news.sina.com.cn/o/2005-08-19/11206732824s.shtml
CANGZHOU_2020 = ("新闻发布会现场。董肖飞 摄\n长城网沧州讯(记者董肖飞)5月25日下午,沧州市公安局新华分局召开"
                 "“亮剑2020”打击整治专项行动新闻发布会。\n截至目前,该局共出动警力350余人次。")
# cz.hebei.com.cn/system/2020/05/25/100320107.shtml
JIANGMEN = ("8月18日上午,江门市公安局召开新闻发布会,通报“百日行动”阶段性战果。\n严打突出犯罪 全面维护稳定\n"
            "6月22日至8月14日,全市公安机关共破获刑事案件1680起,同比上升44.21%。\n织密防控体系 着力护民平安\n"
            "全面落实社会面治安打防管控十条措施,科学调整警力布局。")
# rajayuj.com/bmpd/jmsgaj/zwgk/tpxw/content/post_2682006.html
QUANZHOU_2024 = ("泉州网  东南早报  泉州商报  今日台商投资区  旧版入口\n\n2024年08月28日\n\n"
                 "全国刑事案件立案数 连续14个月同比下降\n\n本报讯 27日,国务院新闻办公室举行新闻发布会,今年1月至7月,"
                 "全国公安机关刑事案件立案数同比下降30.1%。\n\n(新华)")  # szb.qzwb.com/qzwb/pc/cons/202408/28/content_98106.html
CHINANEWS_2026 = ("发布时间:2026年01月08日 19:14 来源:中国新闻网\n\n1月8日,公安部在京召开专题新闻发布会。\n"
                  "责任编辑:【叶攀】\n京公网安备 11010202009201号] [京ICP备2021034286号-7]")
# chinanews.com.cn/sh/shipin/cns-d/2026/01-08/news1041551.shtml
PANJIN_2019 = ("盘锦市公安局组织召开打击整治枪爆违法犯罪专项行动新闻发布会\n6月4日下午,盘锦市公安局组织召开新闻发布会。\n"
               "副局长梁军同志公布了四个方面工作举措:一是周密筹划部署,着力强化行动组织保障;二是突出整治重点,"
               "努力提高源头管控成效;三是注重打防并举,有力消除枪爆隐患苗头。\n")  # a Panjin police page, page store


def _read(raw: str):
    b = Briefing(raw)
    return b, b.raw_structure


@pytest.mark.parametrize("raw,title,chrome_kinds,sources", [
    (HEBEI_2013, "中国各地春节期间打掉盗抢等犯罪团伙2790余个",
     ["breadcrumb", "other", "keywords", "share", "print_link", "editor", "print_link"], 2),
    (QINGYANG_2011, "甘肃治安系统在逃人员清网率达87%", ["other", "breadcrumb", "print_link", "share"], 2),
    (SINA_2005, "火车站公处“两抢一盗”嫌犯(图)", ["breadcrumb", "other", "caption"], 1),
    (QUANZHOU_2024, "全国刑事案件立案数 连续14个月同比下降", ["other", "other"], 1),
    (CHINANEWS_2026, None, ["editor", "copyright"], 1),
])
def test_real_page_head_and_chrome(raw, title, chrome_kinds, sources):
    _, s = _read(raw)
    assert (s.title.text if s.title else None) == title
    assert [c.kind for c in s.chrome] == chrome_kinds
    assert len(s.source_lines) == sources and not s.headings


def test_real_datelines_and_bylines():
    _, s = _read(SINA_2005)
    assert s.dateline.text == "时报讯" and s.byline.text.startswith("(记者何雪华")
    _, s = _read(CANGZHOU_2020)
    assert (s.dateline.text, s.byline.text) == ("长城网沧州讯", "(记者董肖飞)")
    assert s.title is None and s.chrome[0].kind == "caption"


def test_real_crossheads_and_items():
    b, s = _read(JIANGMEN)
    assert [(h.text, h.kind, h.level) for h in s.headings] == [
        ("严打突出犯罪 全面维护稳定", "line", 1), ("织密防控体系 着力护民平安", "line", 1)]
    assert [p.heading for p in b.pillars] == ["严打突出犯罪 全面维护稳定", "织密防控体系 着力护民平安"]
    assert {f.section for f in b.figures if f.text == "1680起"} == {"严打突出犯罪 全面维护稳定"}
    _, s = _read(PANJIN_2019)
    assert [i.name for i in s.items] == ["周密筹划部署", "突出整治重点", "注重打防并举"]
    assert not s.headings


def test_seed_structure():
    b = seed_briefing()
    s = b.structure
    assert s.title.text == "临夏州召开全州公安机关“秋风”行动新闻发布会"
    assert [(h.name, h.kind, h.level) for h in s.headings] == [
        ("高位部署、尽锐出战", "pillar", 1), ("利剑出鞘、严打整治", "pillar", 1), ("固本培元、守正创新", "pillar", 1)]
    assert [a.text for a in s.asides] == ["记者提问"]
    assert [i.name for i in s.items] == ["强基建、夯基础", "凝科技、谋发展", "塑风纪、铸警魂"]
    assert not s.chrome and s.dateline is None


def test_raw_spans_point_into_the_raw_text():
    b = Briefing(HEBEI_2013)
    raw = b.raw_structure
    assert raw.title.text == b.raw[raw.title.start:raw.title.end] == "中国各地春节期间打掉盗抢等犯罪团伙2790余个"
    assert raw.chrome[0].text == "您当前的位置:长城网>>法制频道>>法制聚焦"


LINES = st.sampled_from([
    "首页 > 要闻 > 正文", "某市公安局召开新闻发布会", "发布时间：2024-01-02 来源：某市公安局", "本报讯 全市破案12起。",
    "一、严打突出犯罪", "（一）打击盗窃", "1.加强巡逻，破案3起。", "第二，整治乱点，查处5家。", "【打击犯罪】",
    "严打突出犯罪 全面维护稳定", "利剑出鞘、严打整治，破获刑事案件12起。", "一是强化打击，破案3起。二是整治场所。",
    "共9起", "（责任编辑：王某）", "分享到：", "打印页面", "(资料图片仅供参考)", "", "  ", "记者提问",
    "下一步，全州公安机关将持续发力。", "【资料图】新华社北京5月27日电（记者 某某）公安部27日召开发布会。"])


def _all_spans(s):
    singles = [x for x in (s.title, s.dateline, s.byline) if x]
    return singles + [*s.subtitles, *s.source_lines, *s.chrome, *s.headings, *s.items, *s.asides]


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


@settings(max_examples=150, deadline=None)
@given(st.lists(LINES, min_size=0, max_size=14), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_structure_properties_on_assembled_pages(lines, sep):
    text = sep.join(lines)
    s = read_structure(text)
    for x in _all_spans(s):
        assert 0 <= x.start <= x.end <= len(text) and text[x.start:x.end] == x.text
    assert all(a.start < b.start for a, b in zip(s.headings, s.headings[1:]))
    assert all(1 <= h.level <= 3 for h in s.headings)
    for c in s.chrome:
        assert not any(_overlap(c, h) for h in s.headings)
        assert s.title is None or not _overlap(c, s.title)
    secs = [x for x in split_sections(text) if x.kind != "subtheme"]
    assert all(a.end <= b.start for a, b in zip(secs, secs[1:]))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("一二三是、，。；：（）()【】1.第首页>记者讯电 \n\u3000打印分享到来源时间利剑出鞘严打整治")),
               max_size=200))
def test_arbitrary_text_never_raises(text):
    s = read_structure(text)
    for x in _all_spans(s):
        assert text[x.start:x.end] == x.text
    split_sections(text)


def test_structure_floor_on_the_labelled_set(capsys):
    """The floor kept after first contact (tests/cases/structure-README.md), as .ci/run runs it."""
    code = SCORER.main(["--docs", str(ROOT / "tests" / "cases" / "structure-docs.jsonl"),
                        "--min-title", "100", "--min-heading-recall", "100",
                        "--min-heading-precision", "96.29", "--max-chrome-as-heading", "1",
                        "--min-figures-section", "97.64", "--min-item-recall", "100",
                        "--min-item-precision", "100"])
    assert code == 0, capsys.readouterr().err


def test_scorer_fails_below_a_floor():
    page = build_page("numbered_cn", random.Random(1))
    page["headings"] = page["headings"][:1]  # a label the reader cannot match: precision < 100
    rows = [SCORER.score_page(page)]
    summary = SCORER.summary(rows)
    assert summary["heading_precision"] < 100
    args = SCORER.argparse.Namespace(min_title=None, min_heading_recall=None, min_heading_precision=100.0,
                                     min_figures_section=None, min_item_recall=None,
                                     min_item_precision=None, max_chrome_as_heading=None)
    assert SCORER.broken_floors(summary, args)
