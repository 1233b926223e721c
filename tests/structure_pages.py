"""Briefing pages whose structure is known by construction, in the structure set's schema.

A page is assembled from parts whose shape was taken from real pages (the sources are named
beside each pool): page chrome at its head and tail, a headline, a source line, a dateline and
byline opening the lead, then sections under headings of one *family* of forms (``一、`` over
``（一）``, ``1.``, ``第一，``, ``【…】``, crossheads, the two-phrase pillar), each heading standalone
or inline, with paragraphs holding counted figures and, at times, ``一是…二是…`` items. Every
span (title, dateline, byline, source lines, chrome, headings with levels, items, figures with
their section) is recorded as it is written, so the answer is known without reading the text.

>>> page = build_page("numbered_cn+paren_cn", random.Random(3))
>>> [(h["form"], h["level"]) for h in page["headings"]][:2]
[('numbered_cn', 1), ('paren_cn', 2)]
"""
from __future__ import annotations

import random

CN = "一二三四五六七八九十"
#: heading families: forms from the outer level inwards.
FAMILIES = ("numbered_cn", "numbered_cn+paren_cn", "arabic", "numbered_cn+arabic", "ordinal_di",
            "bracket", "line", "pillar", "line+paren_cn", "bracket+line", "paren_cn+arabic", "none")
#: head chrome: Chinese portal breadcrumbs, print links, newspaper page headers, image placeholders
#: (dev pages: dev-chongqing2019, dev-fujianfraud2017, dev-nantong2021, dev-jiangsu2023).
HEAD_CHROME = (("breadcrumb", "首页 > 新闻中心 > 要闻"), ("breadcrumb", "您当前的位置：首页 > 公安要闻 > 部门动态"),
               ("print_link", "打印页面"), ("page_header", "第A08版：要闻"),
               ("caption", "(资料图片仅供参考)"), ("caption", "【资料图】"))
#: tail chrome (law.hebei.com.cn 2013-02-18, dev-mps2022sep, dev-saohei2019, dev-drunkdriving2009).
TAIL_CHROME = (("editor", "（责任编辑：王雪莲）"), ("share", "分享到："), ("keywords", "关键词：扫黑 除恶 破案"),
               ("copyright", "版权所有：某市公安局 未经授权禁止转载"), ("counter", "最新评论"),
               ("prev_next", "上一篇：全市开展安全检查"), ("print_link", "打印 收藏本页"), ("editor", "编辑：周佳佳"))
PLACES = ("临江市", "青山县", "南湖区", "全省", "全州")
OPERATIONS = ("雷霆", "秋风", "昆仑", "百日行动", "净网")
TOPICS = ("严打突出犯罪", "整治治安乱点", "强化基层基础", "深化追逃行动", "守护群众安全", "推进源头治理",
          "打击电信诈骗", "加强道路管控")
PILLARS = ("利剑出鞘、严打整治", "高位部署、尽锐出战", "固本培元、守正创新", "多措并举、综合治理",
           "重拳出击、净化环境", "强基固本、提质增效")
CROSSHEADS = ("严打突出犯罪 全面维护稳定", "织密防控体系 着力护民平安", "诈骗案下降两成", "追逃工作成效明显",
              "“阵地战”", "数据背后")
ITEMS = ("强化打击", "整治场所", "深化宣传", "严格管控", "完善机制")
METRICS = (("破获刑事案件", "起"), ("抓获犯罪嫌疑人", "名"), ("查处治安案件", "起"), ("打掉犯罪团伙", "个"))


class _Writer:
    """Appends text and records spans at their offsets."""

    def __init__(self) -> None:
        self.text = ""

    def add(self, s: str) -> tuple[int, int]:
        a = len(self.text)
        self.text += s
        return a, len(self.text)

    def span(self, s: str, **extra) -> dict:
        a, b = self.add(s)
        return {"start": a, "end": b, "text": s, **extra}


def _figure_sentence(w: _Writer, rng: random.Random, page: dict) -> None:
    metric, word = rng.choice(METRICS)
    w.add(f"{rng.choice(('行动期间，', '截至目前，', ''))}{metric}")
    fig = w.span(f"{rng.randint(12, 9999)}{word}", section=len(page["headings"]) - 1
                 if page["headings"] else None)
    page["figures"].append(fig)
    w.add(f"，同比上升{rng.randint(2, 99)}%。")


def _items(w: _Writer, rng: random.Random, page: dict) -> None:
    w.add("主要做法：")
    names = rng.sample(ITEMS, rng.randint(2, 4))
    for k, name in enumerate(names):
        a = len(w.text)
        w.add(f"{CN[k]}是{name}，")
        _figure_sentence(w, rng, page)
        page["items"].append({"start": a, "end": len(w.text), "text": w.text[a:], "form": "yishi"})


def _paragraph(w: _Writer, rng: random.Random, page: dict, items: bool = False) -> None:
    w.add("全市公安机关坚持依法严打方针，发起凌厉攻势。")
    _figure_sentence(w, rng, page)
    if items:
        _items(w, rng, page)
    w.add("\n")


def _marker(form: str, k: int) -> str:
    return {"numbered_cn": f"{CN[k]}、", "paren_cn": f"（{CN[k]}）", "arabic": f"{k + 1}.",
            "ordinal_di": f"第{CN[k]}，"}.get(form, "")


def _heading(w: _Writer, rng: random.Random, page: dict, form: str, level: int, k: int) -> None:
    """One heading of ``form`` (standalone or inline) and the paragraphs under it."""
    if form == "bracket":
        page["headings"].append(w.span(f"【{rng.choice(TOPICS)}】", form=form, level=level))
        w.add("\n")
    elif form == "line":
        page["headings"].append(w.span(rng.choice(CROSSHEADS), form=form, level=level))
        w.add("\n")
    elif form == "pillar":
        page["headings"].append(w.span(f"{PILLARS[k % len(PILLARS)]}，全力守护平安", form=form,
                                       level=level))
        w.add("。")
        _paragraph(w, rng, page, items=rng.random() < 0.3)
        return
    elif form != "ordinal_di" and rng.random() < 0.5:
        page["headings"].append(w.span(_marker(form, k) + rng.choice(TOPICS), form=form, level=level))
        w.add("\n")
    else:
        page["headings"].append(w.span(f"{_marker(form, k)}{rng.choice(TOPICS)}，坚决遏制犯罪高发势头",
                                       form=form, level=level))
        w.add("。")
        _figure_sentence(w, rng, page)
        w.add("\n")
    _paragraph(w, rng, page, items=rng.random() < 0.3)


def _body(w: _Writer, rng: random.Random, page: dict, family: str) -> None:
    forms = [] if family == "none" else family.split("+")
    for k in range(rng.randint(2, 3)):
        if forms:
            _heading(w, rng, page, forms[0], 1, k)
        for j in range(rng.randint(2, 3) if len(forms) > 1 else 0):
            _heading(w, rng, page, forms[1], 2, j)
    if not forms:
        for _ in range(2):
            _paragraph(w, rng, page, items=rng.random() < 0.5)


def _head(w: _Writer, rng: random.Random, page: dict) -> None:
    for kind, s in rng.sample(HEAD_CHROME, rng.randint(0, 2)):
        page["chrome"].append(w.span(s, kind=kind))
        w.add("\n")
    place, op = rng.choice(PLACES), rng.choice(OPERATIONS)
    if rng.random() < 0.9:
        page["title"] = w.span(f"{place}公安机关“{op}”行动破获刑事案件{rng.randint(20, 900)}起")
        w.add("\n")
    if rng.random() < 0.7:
        page["source_lines"].append(w.span(f"发布时间：2023-05-{rng.randint(10, 28)} 10:18:11 来源：{place}公安局"))
        w.add("\n")
    if rng.random() < 0.6:
        page["dateline"] = w.span(rng.choice(("本报讯", "新华社北京5月27日电")))
        w.add(" ")
        page["byline"] = w.span("（记者 陈盛钟 通讯员 孙卫锋）") if rng.random() < 0.6 else None
    w.add(f"5月26日，{place}公安局召开新闻发布会，通报“{op}”专项行动开展情况。")
    _figure_sentence(w, rng, page)
    w.add("\n")


def build_page(family: str, rng: random.Random) -> dict:
    """One page of ``family`` in the structure set's schema (spans with ``start``/``end``/``text``)."""
    page = {"id": f"gen-{family}", "date": "2023-05-27", "title": None, "dateline": None,
            "byline": None, "source_lines": [], "chrome": [], "headings": [], "items": [],
            "figures": [], "title_alternatives": []}
    w = _Writer()
    _head(w, rng, page)
    _body(w, rng, page, family)
    for kind, s in rng.sample(TAIL_CHROME, rng.randint(0, 3)):
        page["chrome"].append(w.span(s, kind=kind))
        w.add("\n")
    page["text"] = w.text
    return page
