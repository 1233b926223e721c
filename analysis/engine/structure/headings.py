"""Headings: the forms briefings use, their spans, names and levels.

Forms (``FORMS``) are data: a marker opening a line (``一、``, ``（一）``, ``1.``, ``（1）``,
``第一，``, ``【…】``), a display number over the sentence that states it, the two-phrase pillar (``高位部署、尽锐出战，…``: parallel phrases of equal
length opening a paragraph), and a short standalone line (a crosshead). The numbered forms rank
as the Chinese official-document standard orders them: ``一、`` then ``（一）`` then ``1.`` then
``（1）`` (GB/T 9704-2012 *党政机关公文格式* §7.3.3, 结构层次序数); ``第一，`` ranks with ``一、``
and a paragraph-opening pillar with the first rank. Lines and brackets rank by first appearance.
"""
from __future__ import annotations

import re

from .._chars import HAN
from .cues import first_cue
from .lines import Line, has_clauses, has_han, is_paragraph
from .spans import Span

__all__ = ["FORMS", "heading_of", "levelled", "marker_form", "name_of"]

_CN = "一二三四五六七八九十"
#: form -> (marker at the start of a line, rank in the numbering hierarchy or None).
FORMS: dict[str, tuple[re.Pattern, int | None]] = {
    "numbered_cn": (re.compile(f"[{_CN}]{{1,3}}[、．.](?![{_CN}0-9])"), 1),
    "ordinal_di": (re.compile(f"第[{_CN}]{{1,3}}[，,、：:]"), 1),
    "paren_cn": (re.compile(f"[（(] ?[{_CN}]{{1,3}} ?[）)]"), 2),
    "arabic": (re.compile(r"[0-9]{1,2}(?:[.．、](?![0-9])|\s*[）)](?![0-9]))"), 3),
    "paren_arabic": (re.compile(r"[（(] ?[0-9]{1,2} ?[）)]"), 4),
    "bracket": (re.compile(r"【(?P<b>[^】\n]{1,24})】"), None),
}
#: Parallel phrases of equal length, 3 to 7 characters, joined by 、 and closed by a comma.
_PILLAR = re.compile(rf"(?P<a>[{HAN}]{{3,7}})、(?P<b>[{HAN}]{{3,7}})[，,]")
_ITEM = re.compile(f"[{_CN}]是")
_FIRST_SENTENCE = re.compile("[。！？!?；;]")
_NAME_CUT = re.compile("[，,：:。；;！？!?]")
_LINE_MAX = 30
_NUMERALS = "一二两三四五六七八九十百千万几数0123456789"
_CLAUSE_BREAK = re.compile("[，,：:]")
RANK_OF_PILLAR = 1


def marker_form(body: str) -> tuple[str, re.Match] | None:
    """The numbered or bracket form that opens ``body``, and its marker match.

    >>> marker_form("（二）严打经济犯罪")[0], marker_form("1.加强巡逻")[0], marker_form("1.5万起") is None
    ('paren_cn', 'arabic', True)
    >>> marker_form("( 七 )保防安检业务")[0], marker_form("( 1 )人员:")[0]  # a PDF's spaced brackets
    ('paren_cn', 'paren_arabic')
    """
    if _ITEM.match(body):
        return None
    for form, (pattern, _) in FORMS.items():
        m = pattern.match(body)
        if m:
            return form, m
    return None


def pillar_match(body: str) -> re.Match | None:
    """The two-phrase opening of a paragraph (``利剑出鞘、严打整治，全面加强统筹指挥。``): phrases of
    one length, not opening with a numeral (``一个电话、一条短信`` is a list), and one clause after
    them to the first full stop (a heading sentence, not a sentence that goes on).

    >>> bool(pillar_match("高位部署、尽锐出战，全面加强统筹指挥。全州…")), bool(pillar_match("一个电话、一条短信，甚至误点进一个网页，积蓄蒸发。"))
    (True, False)
    """
    m = _PILLAR.match(body)
    if not m or len(m["a"]) != len(m["b"]) or "的" in m.group(0) or m["a"][0] in _NUMERALS \
            or m["b"][0] in _NUMERALS:
        return None
    stop = _FIRST_SENTENCE.search(body, m.end())
    clause = body[m.end():stop.start() if stop else len(body)]
    return m if not _CLAUSE_BREAK.search(clause) else None


def is_crosshead(body: str) -> bool:
    """A short standalone line that can head what follows: no sentence, no clause commas, not
    opening with a word that continues a sentence (``共9起``)."""
    return (len(body) <= _LINE_MAX and has_han(body) and not is_paragraph(body)
            and not has_clauses(body) and first_cue("continuation", body) is None)


#: a display number on a line of its own (``3226``, ``20.7万``, ``4504亿``) in a release that sets
#: each headline figure large above the sentence stating it.
_DISPLAY_NUMBER = re.compile(r"[0-9][0-9,.]*[万亿]?")


def is_display_number(body: str, next_body: str) -> bool:
    """A bare number heading the line after it, which states the same number.

    >>> is_display_number("3226", "打掉涉黑组织3226个。"), is_display_number("754", "让我们再一次感受")
    (True, False)
    """
    return _DISPLAY_NUMBER.fullmatch(body) is not None and body in next_body


def heading_of(line: Line) -> Span | None:
    """The heading a body line opens, if any (its level still 0)."""
    body = line.body
    found = marker_form(body)
    if found:
        form, m = found
        if form == "bracket" and is_paragraph(body):
            return _span(line, 0, m.end(), form)
        return _span(line, 0, _inline_end(body), form)
    if pillar_match(body) and is_paragraph(body):
        return _span(line, 0, _inline_end(body), "pillar")
    if is_crosshead(body) or _DISPLAY_NUMBER.fullmatch(body):
        return _span(line, 0, len(body), "line")
    return None


#: a bracket after a space inside a line (a flattened line break), and the crosshead words after it.
_FLAT_BRACKET = re.compile(r"(?:^|(?<=\s))【[^】\n]{1,24}】")
_FLAT_WORD = re.compile(r"\s+(?P<w>[^\s，,。；;！？!?：:]{2,30})(?=\s)")
_FLAT_WORDS_MAX = 2


#: a case item's headline flattened into the run of text (a PDF text layer of an annual report's
#: case pages: ``…移交檢察院偵訊。 機場警務處拘「飛機老鼠」 7 月 3 日,一班…``): words without
#: punctuation or digits after a sentence's end (or the line's start, after a chapter name and page
#: number) and before a space (the line break flattened) and the day that opens the story told
#: under them, which must go on (a heading heads something).
_FLAT_STORY = re.compile(r"(?:^(?:[^\s\d，,。]{2,8}\s[0-9]{1,3}\s?)?|(?<=[。！？!?])\s?)"
                         r"(?P<h>[^\s\d，,。；;！？!?：:、]{4,30})\s+"
                         r"(?=[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*[,，][^。]{12})")
#: the day every ``_FLAT_STORY`` is followed by: a cheap first test before the costly scan.
_SPACED_DAY = re.compile(r"\s[0-9]{1,2}\s*月")


def _flat_stories(line: Line) -> list[Span]:
    """The flattened case headlines of ``line`` (``_FLAT_STORY``), as crossheads; never a
    dateline (``梧州日报讯 1月…``) nor words that continue a sentence."""
    if not _SPACED_DAY.search(line.body):
        return []
    return [_span(line, m.start("h"), m.end("h"), "line") for m in _FLAT_STORY.finditer(line.body)
            if first_cue("continuation", m["h"]) is None and first_cue("dateline", m["h"]) is None]


def flattened(line: Line) -> list[Span]:
    """Headings of a line flattened from several: each ``【…】`` opening a run after a space, and
    the words without punctuation right after it (``【两项战果】 打击盗抢骗破案3321起 “飓风肃毒”全省
    排名第二 今年上半年，…``): a bracket heading and a crosshead under it."""
    body = line.body
    if "【" not in body:  # what every flattened bracket holds: a cheap first test
        return _flat_stories(line)
    out: list[Span] = []
    for m in _FLAT_BRACKET.finditer(body):
        if m.start() == 0 and not body[m.end():m.end() + 1].isspace():
            continue
        out.append(_span(line, m.start(), m.end(), "bracket"))
        pos, words = m.end(), []
        while len(words) < _FLAT_WORDS_MAX:
            w = _FLAT_WORD.match(body, pos)
            if w is None:
                break
            words.append(w)
            pos = w.end()
        if words and first_cue("continuation", words[0]["w"]) is None:
            out.append(_span(line, words[0].start("w"), words[-1].end("w"), "line"))
    out = out if any(s.start > line.start for s in out) or len(out) > 1 else []
    return out or _flat_stories(line)


def _inline_end(body: str) -> int:
    """A standalone heading is its whole line; an inline one ends before its first stop."""
    if not is_paragraph(body):
        return len(body)
    m = _FIRST_SENTENCE.search(body)
    return m.start() if m else len(body)


def _span(line: Line, a: int, b: int, form: str) -> Span:
    text = line.body[a:b]
    return Span(line.start + a, line.start + b, text, form, 0, name_of(text, form))


def name_of(text: str, form: str) -> str:
    """A heading's name: without its marker, cut at its first comma or colon.

    >>> name_of("一、重拳出击、净化环境，坚决遏制", "numbered_cn"), name_of("【打击犯罪】", "bracket")
    ('重拳出击、净化环境', '打击犯罪')
    """
    if form in FORMS:
        m = FORMS[form][0].match(text)
        text = m["b"] if form == "bracket" else text[m.end():] if m else text
    text = " ".join(text.split())
    if form == "line":
        return text.rstrip("：:")
    return _NAME_CUT.split(text, maxsplit=1)[0].strip() or text


def rank_of(form: str) -> int | None:
    if form == "pillar":
        return RANK_OF_PILLAR
    return FORMS[form][1] if form in FORMS else None


def levelled(headings: list[Span]) -> list[Span]:
    """Each heading with its level (1–3): a stack of forms, as outlines nest. A form already
    open closes what lies under it; a numbered form ranking above an open one takes its place;
    any other new form opens one level deeper."""
    stack: list[str] = []
    out = []
    for h in headings:
        if h.kind in stack:
            del stack[stack.index(h.kind) + 1:]
        else:
            rank = rank_of(h.kind)
            if rank is not None:
                deeper = [i for i, f in enumerate(stack) if (rank_of(f) or 0) > rank]
                if deeper:
                    del stack[deeper[0]:]
            stack.append(h.kind)
        out.append(Span(h.start, h.end, h.text, h.kind, min(len(stack), 3), h.name))
    return out
