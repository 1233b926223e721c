"""Read the structure of one page of text: furniture, head, headings, items.

The text arrives flattened (no HTML), so the cues are the ones boilerplate removers use on blocks,
applied to lines: a line's wording (``data/structure-cues.tsv``), its length and punctuation
(jusText: short blocks are suspect, long grammatical ones are text), and its place (the head of
the page before the first paragraph; the tail after the last; short blocks take the class of the
blocks around them; a dateline opens the story, so a short line before it is head, not body).
Nothing is deleted: furniture is kept as ``chrome`` spans with offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cues import cues, first_cue
from .headings import is_display_number, marker_form
from .body import body_structure
from .items import items
from .lines import EDGES, Line, has_han, is_paragraph, leads_in, lines
from .spans import Span, Structure

__all__ = ["Page", "read_structure"]

_TITLE_MAX = 80
_COLUMN_MAX = 6
_DATELINE_REACH = 3
_TITLE_MIN = 5
_NUMBERED = re.compile(r"^[0-9]{1,2}[.、．]")
_LABEL = re.compile(r"【[^】]{1,10}】")
_TITLE_FIELD = re.compile(r"(?:标题|標題|题目)\s*[:：]\s*")
#: a site name glued to a headline: ``…-九游会ag``, ``… _ 某某网`` (no digits, short).
#: a time stamp after a headline on its line (明報新聞網: ``…拘19人涉販毒盜竊等罪 (17:22)``): a source line.
_TIME_TAIL = re.compile(r"\s*[（(]\s*[0-2]?[0-9][:：][0-5][0-9]\s*[）)]$")
_SITE_TAIL = re.compile(r"\s*[-_|｜—–]+\s*[^-_|｜—–\d，,。]{2,12}$")


@dataclass
class Page:
    text: str
    lines: list[Line]
    role: list[str] = field(default_factory=list)
    chrome: list[Span] = field(default_factory=list)
    sources: list[Span] = field(default_factory=list)
    bylines: list[Span] = field(default_factory=list)
    datelines: list[Span] = field(default_factory=list)
    chrome_starts: list[int] = field(default_factory=list)
    body_from: int | None = None  # a short label line before the first paragraph (``编者按``)
    items: list[Span] = field(default_factory=list)  # numbered paragraphs that head nothing


def _line_span(line: Line, kind: str = "") -> Span:
    return Span(line.start, line.end, line.body, kind)


def _furniture(page: Page) -> None:
    """Chrome, source and byline lines by their wording; inline chrome inside other lines."""
    previous = ""
    for k, line in enumerate(page.lines):
        role = ""
        hit = first_cue("chrome", line.body)
        if previous == "copyright" and _NUMBERED.match(line.body):
            page.chrome.append(_line_span(line, "copyright"))  # a numbered copyright notice goes on
            role = "chrome"
        elif hit and hit[0].where != "inline":
            page.chrome.append(_line_span(line, hit[0].kind))
            role = "chrome"
        elif first_cue("source", line.body):
            page.sources.append(_line_span(line, "source"))
            role = "source"
        elif _whole_dateline(line):
            page.datelines.append(_line_span(line, "dateline"))
            role = "dateline"
        elif first_cue("byline", line.body) and not is_paragraph(line.body):
            page.bylines.append(_line_span(line, "byline"))
            role = "byline"
        elif hit:
            role = _inline_chrome(page, k, hit[0].pattern, hit[0].kind)
        elif not has_han(line.body) and not _displays_next(page, k):
            page.chrome.append(_line_span(line, "other"))
            role = "chrome"
        page.role.append(role)
        previous = page.chrome[-1].kind if role == "chrome" and page.chrome else ""


#: an automatic summary repeats at least this many characters of the article's opening.
_EXCERPT_MIN = 30
#: the summary comes before the article: only the page's first paragraphs are looked at.
_EXCERPT_PARAGRAPHS = 3
_ELLIPSIS = re.compile(r"(?:…+|\.{3,}|．{3,}|。{3,})$")
_SENTENCE_CLOSE = tuple("。！？!?；;”」』）)")


def _repeated_excerpts(page: Page) -> None:
    """A paragraph among the page's first ones that is cut short (it closes with an ellipsis, or
    stops mid-sentence) and whose text comes again right after it is a summary a portal cut
    from the article's opening (DedeCMS fills an empty description with the body's first
    characters, its 自动摘要), not the article: chrome. Spaces are ignored (``( 李茁 孔奕)`` in
    the article, ``( 李茁孔奕)`` in the summary). A whole paragraph said twice is left alone."""
    seen = 0
    for k, line in enumerate(page.lines):
        if page.role[k] or not is_paragraph(line.body):
            continue
        core = _ELLIPSIS.sub("", _squashed(line.body))
        cut = core != _squashed(line.body) or not core.endswith(_SENTENCE_CLOSE)
        if cut and len(core) >= _EXCERPT_MIN and core in _squashed(
                page.text[line.end:line.end + 4 * len(line.body) + 400]):
            page.chrome.append(_line_span(line, "other"))
            page.role[k] = "chrome"
        seen += 1
        if seen >= _EXCERPT_PARAGRAPHS:
            return


def _squashed(text: str) -> str:
    return "".join(text.split())


def _displays_next(page: Page, k: int) -> bool:
    """Line ``k`` is a display number over the line that states it (a heading, not furniture)."""
    return k + 1 < len(page.lines) and is_display_number(page.lines[k].body, page.lines[k + 1].body)


def _whole_dateline(line: Line) -> bool:
    """A dateline standing alone on its line (``时报讯``)."""
    hit = first_cue("dateline", line.body)
    return hit is not None and hit[1].end() == len(line.body)


def _inline_chrome(page: Page, k: int, pattern: re.Pattern, kind: str) -> str:
    """Chrome spans inside line ``k``; the line is chrome when they leave nothing else. Chrome
    glued to the end of a line (``…按年跌4.9%分享到:``) is cut off it, so the rest is read alone."""
    line = page.lines[k]
    rest = line.body
    for m in pattern.finditer(line.body):
        page.chrome.append(Span(line.start + m.start(), line.start + m.end(), m.group(0),
                                kind))
        rest = rest.replace(m.group(0), "")
    if not rest.strip(" 　。"):
        return "chrome"
    page.lines[k] = _cut_tail(line, [m.start() for m in pattern.finditer(line.body)
                                     if m.end() == len(line.body)])
    return ""


def _cut_tail(line: Line, cuts: list[int]) -> Line:
    """``line`` without the furniture from the first of ``cuts`` to its end (no cut: as it is)."""
    if not cuts:
        return line
    body = line.body[:cuts[0]].rstrip()
    return Line(line.start, line.start + len(body), body)


def _first_paragraph(page: Page) -> int:
    """Index of the first line of running text (a sentence leading in with a colon too), a
    marked heading, a label opening the body (``导语``, ``编者按``, a speech's ``各位代表：``) or the
    heading of a part of a work report (``2015年工作回顾``): the head ends there."""
    for i, line in enumerate(page.lines):
        found = marker_form(line.body)
        if not page.role[i] and (is_paragraph(line.body) or leads_in(line.body)
                                 or found and found[0] != "bracket" or _opens_body(line.body)):
            return i
    return len(page.lines)


def _opens_body(body: str) -> bool:
    """A label opening the body, a speech's address or the heading of a part of a report."""
    return any(first_cue(group, body) for group in ("opening", "address", "part"))


def _head(page: Page, first: int) -> tuple[Span | None, list[Span]]:
    """The title and subtitles among the head's free lines; lines before the title are chrome:
    a column label (``【权威发布】``, a name of a few characters before another line), a line
    awaiting a value (``…请点击：``), a menu; a repeat of the title is chrome too. A last free
    line too short for a headline after other lines (``编者按`` after a byline) is left to the
    body. Free lines above the site's navigation (:func:`_site_head_end`) are chrome; a deck
    (``——2020年1月5日在…会议上``) is a subtitle, never the title."""
    title, subtitles = None, []
    free = [i for i in range(first) if not page.role[i]]
    story_opens = first < len(page.lines) and first_cue("dateline", page.lines[first].body) is not None
    site_end = _site_head_end(page, free)
    for i in free:
        line = page.lines[i]
        if i < site_end:
            page.chrome.append(_line_span(line, "other"))
            page.role[i] = "chrome"
            continue
        if title is None and len(line.body.strip(EDGES)) < _TITLE_MIN and i == free[-1] and i > 0 \
                and not story_opens:
            page.body_from = i
            continue
        header = _running_header(page, line)
        if header:
            page.chrome.append(_line_span(line, "page_header"))
        elif first_cue("deck", line.body):
            subtitles.append(_line_span(line, "subtitle"))
        elif title is None and not _can_be_title(line.body, i == free[-1], i == 0) or \
                title is not None and line.body.strip(EDGES) == title.text:
            page.chrome.append(_line_span(line, "other"))
        elif title is None:
            title = _title_span(page, line)
        else:
            subtitles.append(_line_span(line, "subtitle"))
        page.role[i] = "head"
    return title, subtitles


#: chrome that ends a site's head: the headline comes under the crumbs or the page header.
_SITE_HEAD_ENDS = ("breadcrumb", "page_header")


def _site_head_end(page: Page, free: list[int]) -> int:
    """Index of the last breadcrumb or page header above the head's last free line, else 0:
    a portal or an e-paper sets its headline under its navigation (``当前位置: > 地方 >``,
    ``00019版:今日衢州``), so the free lines above it are the site's head (a template's slogan,
    a list of the site's names, the paper's name), never the headline. A headline above the
    crumbs with none under them (``…逃犯⏎黄河新闻网 > 朔州频道``, or only a book's running title
    repeating its page header) keeps its place."""
    under = [i for i in free if not _running_header(page, page.lines[i])]
    if not under:
        return 0
    kinds = {c.start: c.kind for c in page.chrome}
    ends = [i for i in range(under[-1]) if page.role[i] == "chrome"
            and kinds.get(page.lines[i].start) in _SITE_HEAD_ENDS]
    return ends[-1] if ends else 0


def _running_header(page: Page, line: Line) -> bool:
    """A head line repeating the text of a page header above it (a book's running title under
    ``Page 95 - 中华民国112年内政概要``)."""
    core = line.body.strip(EDGES)
    return len(core) >= _TITLE_MIN and any(
        c.kind == "page_header" and c.end <= line.start and core in c.text for c in page.chrome)


def _can_be_title(body: str, last: bool, opens_page: bool) -> bool:
    """A headline: not a bare label, not a label awaiting its value, long enough unless it
    opens the page (a short name before another line is a column's)."""
    core = body.strip(EDGES)
    if _LABEL.fullmatch(core) or core.endswith(("：", ":")) or len(core) > _TITLE_MAX:
        return False
    return (len(core) >= _TITLE_MIN or opens_page) and (len(core) > _COLUMN_MAX or last)


def _title_span(page: Page, line: Line) -> Span:
    """The headline in its line: without a column label, a field label or a glued site name."""
    body = line.body
    a = len(body) - len(body.lstrip(EDGES))
    b = len(body.rstrip(EDGES))
    label = _LABEL.match(body, a) or _TITLE_FIELD.match(body, a)
    if label:
        if label.group(0).startswith("【"):
            page.chrome.append(Span(line.start, line.start + label.end(), label.group(0), "other"))
        a = label.end()
        a += len(body[a:b]) - len(body[a:b].lstrip(EDGES))
    stamp = _TIME_TAIL.search(body, a, b)
    if stamp and stamp.start() > a:
        at = stamp.start() + len(stamp.group(0)) - len(stamp.group(0).lstrip())
        page.sources.append(Span(line.start + at, line.start + b, body[at:b], "source"))
        b = stamp.start()
    tail = _SITE_TAIL.search(body, a, b)
    if tail and tail.start() - a >= 8:
        page.chrome.append(Span(line.start + tail.start(), line.end, body[tail.start():], "other"))
        b = tail.start()
    return Span(line.start + a, line.start + b, body[a:b], "title")


def _dateline(page: Page, first: int) -> tuple[Span | None, Span | None]:
    """The dateline and the byline opening the story: a dateline on a line of its own before
    the first paragraph, else one opening one of the first paragraphs (a caption may come
    first)."""
    if first >= len(page.lines):
        return None, None
    if page.datelines and page.datelines[0].start < page.lines[first].start:
        return page.datelines[0], _byline_at(page.lines[first], 0)
    opening = [i for i in range(first, len(page.lines)) if not page.role[i]][:_DATELINE_REACH]
    for i in opening:
        line = page.lines[i]
        hit = first_cue("dateline", line.body)
        if hit:
            m = hit[1]
            return Span(line.start, line.start + m.end(), m.group(0), "dateline"), _byline_at(line, m.end())
    return None, _byline_at(page.lines[first], 0)


def _byline_at(line: Line, pos: int) -> Span | None:
    rest = line.body[pos:]
    hit = next(((c, c.pattern.match(rest)) for c in _start_bylines() if c.pattern.match(rest)), None)
    if hit is None:
        return None
    m = hit[1]
    lead = len(m.group(0)) - len(m.group(0).lstrip())
    a = line.start + pos + m.start() + lead
    return Span(a, line.start + pos + m.end(), m.group(0).strip(), "byline")


def _start_bylines():
    return [c for c in cues("byline") if c.where == "start"]


def read_structure(text: str) -> Structure:
    """The structure of a page's text (repaired or raw): every span a slice of ``text``.

    >>> s = read_structure("首页 > 要闻 > 正文\\n某市破获案件12起\\n发布时间：2024-01-02\\n"
    ...                    "本报讯 全市共破获案件12起。\\n一、严打犯罪\\n破获盗窃案5起。")
    >>> s.title.text, [c.kind for c in s.chrome], s.dateline.text, [(h.text, h.level) for h in s.headings]
    ('某市破获案件12起', ['breadcrumb'], '本报讯', [('一、严打犯罪', 1)])
    """
    if not isinstance(text, str):
        raise TypeError("read_structure needs a str")
    page = Page(text, list(lines(text)))
    _furniture(page)
    _repeated_excerpts(page)
    first = _first_paragraph(page)
    title, subtitles = _head(page, first)
    dateline, byline = _dateline(page, first)
    if byline is None and page.bylines:
        byline = page.bylines[0]
    headings, asides = body_structure(page, first, title, dateline)
    return Structure(title, tuple(subtitles), dateline, byline, tuple(page.sources),
                     tuple(sorted(page.chrome, key=lambda s: s.start)), tuple(headings),
                     tuple(sorted(page.items + items([x for i, x in enumerate(page.lines)
                                                      if not page.role[i]], text),
                                  key=lambda s: s.start)),
                     tuple(asides))
