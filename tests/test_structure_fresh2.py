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


CASE_HEADS = ("機場警務處查獲禁用武器並拘一男", "機場警務處拘「飛機老鼠」", "刑事偵查局破獲跨境詐騙集團",
              "警方搗破製毒工場")
STORIES = ("本局接獲保安員報案,稱其在安檢期間發現一名男子的行李箱內藏有金屬刀,警員隨即到場處理。",
           "一班航機上有兩名乘客懷疑被盜去財物,警員隨即派員跟進,將一名涉案男子帶返警局調查。")


def _report_page(rng: random.Random, heads: list[str], spaced: bool) -> str:
    """A page of an annual report flattened to one run: running header, chapter and page number,
    then case items, each a headline, the day and the story."""
    run = f"{rng.choice(['打擊行動', '刑事偵查'])} {rng.randint(10, 99)} "
    for k, head in enumerate(heads):
        day = f"{rng.randint(1, 12)} 月 {rng.randint(1, 28)} 日,"
        run += f"{head}{' ' if spaced else ''}{day}{rng.choice(STORIES)}" + (" " if k + 1 < len(heads) else "")
    return f"{rng.randint(2010, 2024)}年報 Relatório Anual\n\n{run}\n"


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_flattened_case_headlines_of_an_annual_report_are_headings(seed):
    rng = random.Random(seed)
    heads = rng.sample(CASE_HEADS, rng.randint(1, 3))
    text = _report_page(rng, heads, spaced=True)
    s = read_structure(text)
    assert [(h.text, h.level) for h in s.headings] == [(h, 1) for h in heads]
    assert s.title is None
    assert [c.kind for c in s.chrome] == ["page_header", "page_header"]


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_words_run_into_the_day_of_a_sentence_are_no_heading(seed):
    """Without the flattened line break before the day, the words open a sentence."""
    rng = random.Random(seed)
    text = _report_page(rng, rng.sample(CASE_HEADS, 2), spaced=False)
    assert read_structure(text).headings == ()


def test_a_day_with_no_story_after_it_heads_nothing():
    text = "全市破获案件12起。 警方召开发布会 5 月 27 日,结束。\n"
    assert read_structure(text).headings == ()


def test_a_dateline_before_the_day_is_no_case_headline():
    text = "梧州零距离网-梧州日报讯 1 月 15 日,全市公安机关召开会议,总结去年工作,部署今年的任务。\n"
    assert read_structure(text).headings == ()


UNKNOWN_FURNITURE = ("本站所有内容均来自互联网，如有侵权请联系我们删除，谢谢合作。",
                     "欢迎访问本网站，祝您浏览愉快，如有问题请联系管理员。")
META_LINES = ("2015年07月27日 19:05 来源:中国新闻网", "来源：某市公安局 发布时间：2023-06-26",
              "中新网韶关7月27日电 (索有为 马文强)广东警方27日举行点评会，记者获悉，共破获各类刑事案件64507起。")


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_a_headline_left_in_the_body_over_its_source_or_dateline_heads_no_section(seed):
    """Furniture the cues do not know, read as the first paragraph, leaves the headline in the
    body; above a source line or a dateline it is a story's headline, never a heading."""
    rng = random.Random(seed)
    headline = rng.choice(HEADLINES)
    body = "\n\n".join(rng.sample(PARAGRAPHS, 2))
    text = f"{rng.choice(UNKNOWN_FURNITURE)}\n\n{headline}\n\n{rng.choice(META_LINES)}\n\n{body}\n"
    assert read_structure(text).headings == ()


def test_a_crosshead_over_body_text_still_heads_it():
    text = ("某市召开发布会\n全市共破获案件12起，抓获嫌疑人30名，打掉团伙3个。\n严打盗窃犯罪\n"
            "破获盗窃案件5起，抓获嫌疑人8名，追回赃款一批。\n整治治安乱点\n排查整治治安乱点12处。\n")
    assert [h.text for h in read_structure(text).headings] == ["严打盗窃犯罪", "整治治安乱点"]


def test_a_digest_of_stories_keeps_each_headline_as_a_heading():
    text = ("某市公安要闻\n全市警方本周破获案件多起，详情如下。\n"
            "东区警方破获盗窃案\n本报讯 东区警方破获盗窃案件5起，抓获嫌疑人8名。\n"
            "西区警方捣毁赌博窝点\n本报讯 西区警方捣毁赌博窝点3个，抓获嫌疑人12名。\n")
    assert [h.text for h in read_structure(text).headings] == ["东区警方破获盗窃案", "西区警方捣毁赌博窝点"]
