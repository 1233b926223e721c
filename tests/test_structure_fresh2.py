"""Structure classes the fresh structure sets 17 and 18 showed, on generated pages whose answer is
known by construction: crumbs from a Traditional home page with an ASCII arrow, a share label glued
to the headline, a time stamp after the headline, a site menu split by ``|``, a browser notice
above the page and an annual report's running header; none of them is the title or a heading."""
from __future__ import annotations

import random

from hypothesis import given, settings, strategies as st

from analysis.engine.structure import read_structure

HEADLINES = ("香港首三季罪案按年跌4.9%", "中區警區暑期打擊罪案　拘19人涉販毒盜竊等罪",
             "内政部推诈欺犯罪防制中心法制化", "某市警方上半年破刑案逾6万起 发案数下降近二成")
PARAGRAPHS = ("今年首三季全市整体罪案有66585宗，按年跌4.9%。警方将继续严厉打击各类犯罪。",
              "警方在高风险地点巡逻，侦破共16宗与毒品相关的案件，拘捕17男2女，检获一批毒品。")
MENU_WORDS = ("首页", "滚动", "国内", "国际", "军事", "社会", "财经", "English", "图片", "葡萄酒")
seeds = st.integers(min_value=0, max_value=10_000)


def _page(head: list[str], headline_line: str, rng: random.Random) -> tuple[str, int]:
    """A page: ``head`` lines, the headline line, two paragraphs; the headline's offset."""
    before = "\n".join(head) + "\n\n" if head else ""
    body = "\n\n".join(rng.sample(PARAGRAPHS, 2))
    return f"{before}{headline_line}\n\n{body}\n", len(before)


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_glued_share_label_and_arrow_crumbs_leave_the_headline(seed):
    rng = random.Random(seed)
    headline = rng.choice(HEADLINES)
    crumbs = f"{rng.choice(['首頁', '首页', '主頁'])} {rng.choice(['->', '-->', '>'])} {rng.choice(['電訊', '要聞'])}"
    glue = rng.choice(["分享到:", "分享到：", "分享到"])
    text, at = _page([crumbs], headline + glue, rng)
    s = read_structure(text)
    assert s.title is not None and s.title.text == headline and s.title.start == at
    assert {c.kind for c in s.chrome} >= {"breadcrumb", "share"}
    assert not s.headings


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_time_stamp_after_headline_is_a_source_line(seed):
    rng = random.Random(seed)
    headline = rng.choice(HEADLINES)
    stamp = f"({rng.randrange(24):02d}:{rng.randrange(60):02d})"
    text, at = _page(["明報新聞網", "即時港聞"], f"{headline} {stamp}", rng)
    s = read_structure(text)
    assert s.title.text == headline
    assert [x.text for x in s.source_lines] == [stamp]


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_pipe_menu_and_browser_notice_are_chrome_not_headings(seed):
    rng = random.Random(seed)
    headline = rng.choice(HEADLINES)
    menu = "| ".join(rng.sample(MENU_WORDS, rng.randint(5, 9)))
    notice = rng.choice(["為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。",
                         "为达到最佳浏览效果，建议使用Chrome浏览器。"])
    text, at = _page([notice, menu], headline, rng)
    s = read_structure(text)
    assert s.title is not None and s.title.text == headline
    assert not s.headings
    assert {text[c.start:c.end] for c in s.chrome} >= {notice, menu}


def test_annual_report_running_header_is_not_a_title():
    text = "2017年報 Relatório Anual\n\n打擊行動 64 5 月 27 日,本局接獲報案,警員隨即到場處理,拘捕一名男子。\n"
    s = read_structure(text)
    assert s.title is None
    assert [(c.text, c.kind) for c in s.chrome] == [("2017年報 Relatório Anual", "page_header")]


def test_share_label_alone_on_its_line_stays_chrome():
    s = read_structure("某市破获案件12起\n分享到：\n全市共破获案件12起，抓获嫌疑人30名。\n")
    assert s.title.text == "某市破获案件12起"
    assert any(c.kind == "share" for c in s.chrome)
