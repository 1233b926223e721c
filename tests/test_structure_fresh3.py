"""Structure classes the fresh structure sets 19 to 22 showed, on generated pages whose answer is
known by construction: the head of a work report (a deck line, the speaker's credit, the address
to the deputies, the heading of a part above its ``一、`` sections), an e-paper's site head above
its page header, a portal's head above its crumbs with automatic summaries of the article, a
mirror page's furniture (an unclosed font-size widget, a screenshot caption, an editor's line and a
related-video block) and an advertisement label between paragraphs. None of that furniture is the
title or a heading, and no figure after it moves into a section."""
from __future__ import annotations

import random

from hypothesis import given, settings, strategies as st

from analysis.engine.structure import read_structure

seeds = st.integers(min_value=0, max_value=10_000)
CN = "一二三四五六七八九"
PLACES = ("洪山区", "襄阳市", "福州市", "江山市", "西城区")
ORGANS = ("人民检察院", "人民法院", "公安局")
OFFICES = {"人民检察院": ("检察长", "代理检察长"), "人民法院": ("院长", "代理院长"), "公安局": ("局长",)}
NAMES = ("常本勇", "匡正", "李明", "王晓东")
PARTS = ("{y}年工作回顾", "过去五年工作回顾", "{y}年主要工作", "{y}年工作安排")
SECTION_HEADS = ("充分发挥检察职能，努力强化法治保障", "讲政治、敢担当，服务更高质量经济社会发展",
                 "自觉融入大局，全力服务高质量发展")
#: a section's paragraphs run over several sentences (one sentence under a numbered line that
#: goes on without a stop reads as a wrapped item of a list, see ``body._as_items``).
REPORT_PARAGRAPHS = ("着力维护经济平稳健康发展。起诉破坏市场经济秩序案件403件579人，其中起诉集资诈骗案件70件92人。",
                     "决战决胜扫黑除恶。批捕785人，起诉536人，向57名案件当事人发放救助金37.2万元。",
                     "用心用力保障重大项目建设。立案侦查工程建设领域职务犯罪50件63人，主动走访各类企业155家。")


def _report(rng: random.Random, deck: bool, credit: bool, address: bool) -> tuple[str, dict]:
    """A work report as a page copies it: an optional deck, credit and address, a part heading,
    an opening paragraph, then one to three ``一、`` sections with a paragraph each."""
    year = rng.randint(2012, 2024)
    place, organ = rng.choice(PLACES), rng.choice(ORGANS)
    head = []
    if deck:
        dash = rng.choice(["——", "—", "--"])
        head.append(f"{dash}{year + 1}年1月{rng.randint(1, 28)}日在{place}第十{rng.choice(CN)}届"
                    f"人民代表大会第{rng.choice(CN)}次会议上")
    if credit:
        head.append(f"{place}{organ}{rng.choice(OFFICES[organ])} {rng.choice(NAMES)}")
    if address:
        head += [rng.choice(["各位代表：", "各位代表:"]), "现在，我代表本院向大会报告工作，请予审议。"]
    part = rng.choice(PARTS).format(y=year)
    sections = [f"{CN[k]}、{h}" for k, h in enumerate(rng.sample(SECTION_HEADS, rng.randint(1, 3)))]
    lines = head + [part, f"{year}年，全市检察机关依法履职，各项工作取得新进展。"]
    for h, paragraph in zip(sections, rng.sample(REPORT_PARAGRAPHS, len(sections))):
        lines += [h, paragraph]
    return "\n".join(lines) + "\n", {"head": head, "part": part, "sections": sections}


@settings(max_examples=60, deadline=None)
@given(seeds, st.booleans(), st.booleans(), st.booleans())
def test_work_report_head_is_no_title_and_its_part_heads_the_sections(seed, deck, credit, address):
    rng = random.Random(seed)
    text, want = _report(rng, deck, credit, address)
    s = read_structure(text)
    assert s.title is None
    assert [(h.text, h.level) for h in s.headings] == \
        [(want["part"], 1)] + [(h, 2) for h in want["sections"]]
    if deck:
        assert [x.text for x in s.subtitles] == [want["head"][0]]
    if credit:
        assert s.byline is not None and s.byline.text == want["head"][int(deck)]
    assert not any(c.start < text.index(want["part"]) for c in s.chrome)


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_deck_under_a_headline_is_a_subtitle(seed):
    rng = random.Random(seed)
    headline = f"{rng.choice(PLACES)}{rng.choice(ORGANS)}工作报告"
    text, _ = _report(rng, deck=True, credit=True, address=True)
    s = read_structure(f"{headline}\n{text}")
    assert s.title is not None and s.title.text == headline
    assert len(s.subtitles) == 1 and s.subtitles[0].text.lstrip("—-").startswith(("20", "19"))


HEADLINES = ("江山“百日行动”护平安", "去年罪案逾一万三千四百宗按年升三成七", "长沙警方抓获逃犯1700余名 获公安部一等功",
             "某市公安局召开新闻发布会通报“百日行动”战果")
PARAGRAPHS = ("截至9月11日，全市公安局累计出动警力14787人次，发现并整改隐患149处，抓获各类违法犯罪人员457人。",
              "去年开立刑事专案调查案件13,487宗，按年增加逾三成七，整体罪案数量接近疫情前的2019年。",
              "行动开展以来，共到案各类逃犯1703名，行动前网上逃犯存量从1452名降至131名，降幅高达91%。")


def _figures_in_no_section(s, text: str) -> bool:
    """Every number of the body is in no section (the page has no heading)."""
    return all(s.section_of(text.index(p) + 5) is None for p in PARAGRAPHS if p in text)


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_e_paper_site_head_above_its_page_header_is_chrome(seed):
    rng = random.Random(seed)
    headline = rng.choice(HEADLINES)
    paper = rng.choice(["浙江日报", "澳门日报", "衢州日报"])
    site = rng.sample([f"{paper} 数字报纸", "您好!今天是", "设为主页收藏本页", "设为首页 加入收藏",
                       f"当前报章{rng.randint(2015, 2024)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日",
                       "今日导读", "本报新闻"], rng.randint(1, 4))
    page_header = f"{rng.randint(1, 99999):05d}版：{rng.choice(['今日衢州', '要闻', '澳闻'])}"
    body = "\n\n".join(rng.sample(PARAGRAPHS, 2))
    text = "\n".join(site) + f"\n\n{page_header}\n\n{headline}\n\n{body}\n"
    s = read_structure(text)
    assert s.title is not None and s.title.text == headline
    assert not s.headings and not s.subtitles
    assert any(c.kind == "page_header" and c.text == page_header for c in s.chrome)
    assert _figures_in_no_section(s, text)


def test_headline_above_crumbs_with_nothing_under_them_stays_the_title():
    text = "新闻热线:0349-2077222\n\n应县公安局成功抓获潜逃21年的命案逃犯\n\n黄河新闻网 > 朔州频道 > 法制\n\n" + PARAGRAPHS[0]
    assert read_structure(text).title.text == "应县公安局成功抓获潜逃21年的命案逃犯"


def _summary(article: str, rng: random.Random) -> str:
    """A portal's automatic summary: the article's first characters, spaces dropped or kept,
    closed by an ellipsis or cut mid-sentence (a cut that happens to fall on a full stop, with
    no ellipsis, cannot be told from a paragraph said twice, and is not generated); a paragraph's
    length (DedeCMS cuts at ``$cfg_auot_description``; 118 characters on
    ``h21-changsha2011``)."""
    cut = article[:rng.randint(80, min(160, len(article) - 1))].rstrip("。，")
    cut = cut.replace(" ", "") if rng.random() < 0.5 else cut
    return cut + rng.choice(["", "...", "……"])


@settings(max_examples=60, deadline=None)
@given(seeds, st.booleans(), st.booleans())
def test_portal_head_and_automatic_summaries_are_chrome(seed, plain_summary, labelled_summary):
    rng = random.Random(seed)
    headline = rng.choice(HEADLINES)
    article = "湖南日报12月18日讯 ( 李茁 孔奕)" + "".join(rng.sample(PARAGRAPHS, 3))
    head = [rng.choice(["织梦CMS - 轻松建站从此开始!", "欢迎访问本站"]),
            "-".join(rng.sample(["湖南民生在线", "湖南在线民生频道", "湖南民生新闻网", "民生频道"], 3)),
            rng.choice(["当前位置: > 地 方 > 长 沙 >", "您现在的位置：首页 > 新闻"]), headline,
            f"时间:{rng.randint(2010, 2024)}-11-14 14:32来源: 责任编辑:"]
    if plain_summary:
        head.append(_summary(article, rng))
    if labelled_summary:
        head.append(rng.choice(["核心提示:", "内容提要："]) + _summary(article, rng))
    text = "\n\n".join(head + [article]) + "\n"
    s = read_structure(text)
    assert s.title is not None and s.title.text == headline
    assert not s.headings
    chrome = {text[c.start:c.end] for c in s.chrome}
    assert set(head[:2]) <= chrome and set(head[5:]) <= chrome
    assert s.dateline is not None and s.dateline.text == "湖南日报12月18日讯"
    assert _figures_in_no_section(s, text)


def test_a_paragraph_said_once_or_whole_twice_is_no_summary():
    text = "某市破获案件12起\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    assert read_structure(text).chrome == ()
    twice = "某市破获案件12起\n\n" + "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[0], PARAGRAPHS[1]]) + "\n"
    assert read_structure(twice).chrome == ()


MORE_HEADLINES = ("【街采】在香港过中秋节是种什么体验?这些中秋相关的故事你还记得吗?",
                  "赴京前特首办答中通社:提速提质发展香港新质生产力", "在香港过中秋节太热闹!月饼图案香港上空高高挂起",
                  "【视频】警方展开反三合会行动")


@settings(max_examples=60, deadline=None)
@given(seeds)
def test_mirror_page_furniture_is_never_a_heading(seed):
    rng = random.Random(seed)
    headline = rng.choice(HEADLINES)
    caption = f"警方指，行动中捣破多个非法赌场并拘捕{rng.randint(10, 999)}人。{rng.choice(['直播截图', '视频截图'])}"
    tail = [rng.choice(["【编辑:许丰悦】", "【编辑：王明】", "(责任编辑:李华)"]), "视频",
            rng.choice(["更 多", "更多"])] + rng.sample(MORE_HEADLINES, rng.randint(1, 4))
    body = [rng.choice(["香港新闻网8月21日电 ", "中新网8月21日电 "]) + PARAGRAPHS[1], caption, PARAGRAPHS[2]]
    text = "\n\n".join(["首页 -> 头条", headline, "分享到:", "2023-08-21 09:06 | 稿件来源:香港新闻网",
                        rng.choice(["【字号:", "【字号："])] + body + tail) + "\n"
    s = read_structure(text)
    assert s.title is not None and s.title.text == headline
    assert not s.headings
    chrome = {text[c.start:c.end] for c in s.chrome}
    assert set(tail) <= chrome and caption in chrome


@settings(max_examples=40, deadline=None)
@given(seeds)
def test_advertisement_label_between_paragraphs_heads_nothing(seed):
    rng = random.Random(seed)
    label = rng.choice(["廣告 廣告", "广告", "广告 广告", "Advertisement"])
    first, second = rng.sample(PARAGRAPHS, 2)
    text = f"{first}\n\n{label}\n\n{second}\n"
    s = read_structure(text)
    assert not s.headings
    assert [text[c.start:c.end] for c in s.chrome] == [label]
    assert _figures_in_no_section(s, text)
