"""The body of a page: its headings (with levels), asides, and the furniture at its tail.

A short line heads what follows it only if something follows: a crosshead followed by a heading
of its own level or above, or by nothing but furniture, heads no text and is an aside (jusText
likewise judges a short block by its neighbours). A very short marker line (``数据1``, ``案例``)
and the short lines right after it are one heading (``关注1⏎去年全国…``). After the last
paragraph, short free lines are page furniture (trafilatura discards footers and related blocks).
A numbered paragraph of one sentence that heads no text is an item of a list, not a heading.
A lone crosshead right above a source line or a dateline is a story's headline, not a heading.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .cues import first_cue
from .headings import flattened, heading_of, levelled, marker_form, rank_of
from .lines import EDGES, Line, has_clauses, is_paragraph
from .spans import Span

if TYPE_CHECKING:
    from .page import Page

__all__ = ["body_structure"]

_MARKER_LINE = re.compile(r"^(?:\S\s?){1,4}$")
_MERGE_MAX = 3
_ITEM_LINE = re.compile("[一二三四五六七八九十]是")
#: chrome kinds after which a page's short lines are its footer.
_FOOTER_OPENERS = ("copyright", "editor")


def _candidates(page: "Page", first: int, title: Span | None,
                dateline: Span | None) -> list[tuple[int, Span | None]]:
    """``(line index, heading or None)`` of the free body lines, in order; a line flattened
    from several (``【一组数据】 刑事…遏制 据统计，…``) gives its headings and then ``None``."""
    out: list[tuple[int, Span | None]] = []
    page.chrome.sort(key=lambda c: c.start)
    page.chrome_starts = [c.start for c in page.chrome]
    related = False
    repeats: set[int] = set()
    start = first if page.body_from is None else min(first, page.body_from)
    for i in range(start, len(page.lines)):
        line = page.lines[i]
        if page.role[i]:
            related = page.role[i] == "chrome" and (related or _opens_footer(line.body))
            continue
        if related and not is_paragraph(line.body):
            page.chrome.append(Span(line.start, line.end, line.body, "other"))
            page.role[i] = "chrome"
            continue
        on_dateline = dateline is not None and line.start <= dateline.start < line.end
        address = first_cue("address", line.body) is not None  # 各位代表： heads nothing
        heads = [] if on_dateline or address else _line_headings(page, line, title, repeats)
        if not heads:
            out.append((i, None))
        for k, h in enumerate(heads):
            out.append((i, h))
            upto = heads[k + 1].start if k + 1 < len(heads) else line.end
            if page.text[h.end:upto].strip():  # text under the heading on its own line
                out.append((i, None))
    return _settle_repeats(page, out, repeats)


def _opens_footer(body: str) -> bool:
    """A related-news label, a copyright notice or an editor's credit (``【编辑：…】``, the line
    a news page closes its article with): the short lines after it are furniture too
    (trafilatura drops a page's footer block whole)."""
    if first_cue("related", body) is not None:
        return True
    hit = first_cue("chrome", body)
    return hit is not None and hit[0].kind in _FOOTER_OPENERS


def _settle_repeats(page: "Page", cands: list[tuple[int, Span | None]],
                    repeats: set[int]) -> list[tuple[int, Span | None]]:
    """A repeat of the headline is a heading on a page of several crossheads (a digest whose
    items each have their headline), else chrome (a share block, an image title)."""
    crossheads = sum(1 for _, h in cands if h is not None and h.kind == "line" and h.start not in repeats)
    if crossheads or not repeats:
        return cands
    out = []
    for i, h in cands:
        if h is not None and h.start in repeats:
            page.chrome.append(Span(h.start, h.end, h.text, "other"))
            page.role[i] = "chrome"
        else:
            out.append((i, h))
    return out


def _line_headings(page: "Page", line: Line, title: Span | None, repeats: set[int]) -> list[Span]:
    """The headings a body line opens: flattened brackets and crossheads, else its own heading;
    never chrome, a bracketed dateline, or the headline repeated in brackets."""
    heads = flattened(line) if is_paragraph(line.body) else []
    if not heads:
        head = heading_of(line)
        heads = [head] if head is not None else []
    if title is not None and line.body.strip(EDGES) == title.text.strip(EDGES):
        head = Span(line.start, line.end, line.body, "line", 0, line.body)
        repeats.add(line.start)
        heads = [head]
    out = []
    for h in heads:
        if h.kind == "bracket" and _repeats_title(h, title):
            page.chrome.append(Span(h.start, h.end, h.text, "other"))
        elif not (h.kind == "bracket" and _is_dateline(h.text)) and not _in_chrome(h, page):
            out.append(h)
    return out


def _repeats_title(h: Span, title: Span | None) -> bool:
    """The headline repeated in brackets inside the text (``【|…】``) is chrome."""
    return title is not None and h.text[1:-1].strip(EDGES) == title.text.strip(EDGES)


def _is_dateline(text: str) -> bool:
    hit = first_cue("dateline", text)
    return hit is not None and hit[1].end() == len(text)


def _in_chrome(head: Span, page: "Page") -> bool:
    """Chrome inside a line (``【资料图】``) is never a heading: chrome wins."""
    k = bisect.bisect_right(page.chrome_starts, head.end) - 1
    while k >= 0 and page.chrome[k].start >= head.start - 200:
        c = page.chrome[k]
        if c.start < head.end and head.start < c.end:
            return True
        k -= 1
    return False


def _merged(page: "Page", cands: list[tuple[int, Span | None]]) -> list[tuple[int, Span | None]]:
    """A marker line and the crossheads right after it as one heading."""
    out: list[tuple[int, Span | None]] = []
    k = 0
    while k < len(cands):
        i, h = cands[k]
        run = 0
        if h is not None and h.kind == "line" and _MARKER_LINE.match(h.text):
            while (run < _MERGE_MAX and k + run + 1 < len(cands) and cands[k + run + 1][1] is not None
                   and cands[k + run + 1][1].kind == "line" and cands[k + run + 1][0] == i + run + 1):
                run += 1
        if run:
            last = page.lines[i + run]
            text = page_text(page)[h.start:last.end]
            h = Span(h.start, last.end, text, "line", 0, " ".join(text.split()))
        out.append((i, h))
        k += run + 1
    return out


def page_text(page: "Page") -> str:
    return page.text


_LINE_CLOSE = "。！？!?；;：:"
_SENTENCE_END = re.compile("[。！？!?]")


def _paragraph_end(page: "Page", i: int, heads: dict[int, Span]) -> int:
    """The last line of the paragraph line ``i`` opens: a line that stops mid-sentence goes on
    on the next free line (a PDF text layer wraps its lines, ``…每社区补助7万⏎6,000元。``)."""
    j = i
    while (j + 1 < len(page.lines) and (has_clauses(page.lines[j].body) or is_paragraph(page.lines[j].body))
           and not page.lines[j].body.endswith(tuple(_LINE_CLOSE))
           and not page.role[j + 1] and j + 1 not in heads and marker_form(page.lines[j + 1].body) is None):
        j += 1
    return j


def _heads_no_text(page: "Page", h: Span, j: int) -> bool:
    """After its paragraph (ending on line ``j``) comes the end of the body, a marker of the same
    or a higher rank, or, where the paragraph leads in with a colon, any marker."""
    nxt = next((k for k in range(j + 1, len(page.lines)) if page.role[k] != "chrome"), None)
    if nxt is None or page.role[nxt]:
        return nxt is None
    found = marker_form(page.lines[nxt].body)
    if found is None or found[0] == "bracket":
        return False
    return page.text[h.start:page.lines[j].end].rstrip().endswith(("：", ":")) or \
        (rank_of(found[0]) or 0) <= (rank_of(h.kind) or 0)


def _as_items(page: "Page", cands: list[tuple[int, Span | None]]) -> list[tuple[int, Span | None]]:
    """A numbered paragraph of one sentence that heads no text is an item of a list, not a
    heading (a question's parts ``(一)…；(二)…``, a yearbook's ``1.``/``(1)`` paragraphs)."""
    heads = {i: h for i, h in cands if h is not None}
    out = []
    for i, h in cands:
        if h is None or rank_of(h.kind) is None or h.kind == "pillar":
            out.append((i, h))
            continue
        j = _paragraph_end(page, i, heads)
        para = page.text[h.start:page.lines[j].end]
        sentence = _SENTENCE_END.search(para.rstrip("。！？!? 　"))
        if (is_paragraph(para) or has_clauses(para)) and sentence is None and _heads_no_text(page, h, j):
            end = page.lines[j].end
            page.items.append(Span(h.start, end, page.text[h.start:end], h.kind, 0, h.name))
            out.append((i, None))
        else:
            out.append((i, h))
    return out


def _tail_to_chrome(page: "Page", cands: list[tuple[int, Span | None]]) -> list[tuple[int, Span | None]]:
    """Crossheads after the last paragraph head nothing: they are furniture."""
    last = max((k for k, (i, h) in enumerate(cands) if h is None or h.kind != "line"), default=-1)
    for i, h in cands[last + 1:]:
        line = page.lines[i]
        page.chrome.append(Span(line.start, line.end, line.body, "other"))
        page.role[i] = "chrome"
    return cands[:last + 1]


def _heads_nothing(k: int, levelled_heads: list[tuple[int, Span | None]], page: "Page") -> bool:
    """A crosshead followed by a heading of its level or above (or by nothing), or a line
    ending in a colon that leads into ``一是…`` items on the lines after it."""
    h = levelled_heads[k][1]
    if k + 1 >= len(levelled_heads):
        return True
    i = levelled_heads[k][0]
    if h.text.endswith(("：", ":")) and i + 1 < len(page.lines) and _ITEM_LINE.match(page.lines[i + 1].body):
        return True
    nxt = levelled_heads[k + 1][1]
    return nxt is not None and nxt.level <= h.level or _opens_a_story(page, i) and _lone_crosshead(levelled_heads)


def _lone_crosshead(cands: list[tuple[int, Span | None]]) -> bool:
    """One crosshead on the page (a digest's stories, each under its headline, keep theirs)."""
    return sum(1 for _, h in cands if h is not None and h.kind == "line") == 1


def _opens_a_story(page: "Page", i: int) -> bool:
    """The next line that is not chrome is a source line or opens with the dateline: line ``i``
    is a story's headline (a lone headline left in the body when chrome above it was not
    recognised), not a heading of a part of the text."""
    for line, role in zip(page.lines[i + 1:], page.role[i + 1:]):
        if role != "chrome":
            return role in ("source", "dateline") or _is_dateline_opening(line.body)
    return False


def _is_dateline_opening(body: str) -> bool:
    hit = first_cue("dateline", body)
    return hit is not None and hit[1].start() == 0


def _with_levels(cands: list[tuple[int, Span | None]]) -> list[tuple[int, Span | None]]:
    heads = levelled([h for _, h in cands if h is not None])
    it = iter(heads)
    return [(i, next(it) if h is not None else None) for i, h in cands]


def body_structure(page: "Page", first: int, title: Span | None,
                   dateline: Span | None) -> tuple[list[Span], list[Span]]:
    """The headings (levelled) and the asides of the body."""
    cands = _tail_to_chrome(page, _as_items(page, _merged(page, _candidates(page, first, title, dateline))))
    asides: list[Span] = []
    for _ in range(2):  # dropping an aside can change the levels after it: level once more
        cands = _with_levels(cands)
        keep = []
        for k, (i, h) in enumerate(cands):
            if h is not None and h.kind == "line" and _heads_nothing(k, cands, page):
                asides.append(h)
                keep.append((i, None))
            else:
                keep.append((i, h))
        cands = keep
    cands = _with_levels(cands)
    return [h for _, h in cands if h is not None], sorted(asides, key=lambda s: s.start)
