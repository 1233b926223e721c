"""The parts of a briefing, from its structure: title, lead, pillars and their sub-themes, asides.

A **pillar** is a part of the briefing under a first-level heading (any form: ``一、…``,
``（一）…``, a crosshead line, the two-phrase opening ``利剑出鞘、严打整治，…``); it runs over the
paragraphs after it until the next first-level heading, an aside or an outlook paragraph
(``下一步，…``). A **sub-theme** is a part of a pillar under a deeper heading; where a pillar has
none, its ``一是…二是…`` items; where it has none either, short parallel slogan sentences in its
heading paragraph (``猛攻大案要案顺民心。``). Other kinds: ``title``, ``subtitle``, ``meta``
(source and byline lines), ``chrome``, ``lead`` (text before any pillar), ``aside`` (a short line
that heads nothing), ``outlook``. Top-level sections are disjoint, one or more lines each, and
cover every non-blank line.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .._chars import HAN
from .lines import Line, lines
from .page import read_structure
from .spans import Span, Structure

__all__ = ["Section", "sections_of", "split_sections"]


@dataclass(frozen=True)
class Section:
    """A part of the text: ``text[start:end]`` in the repaired text."""

    kind: str  # title | subtitle | meta | chrome | lead | pillar | subtheme | aside | outlook
    heading: str
    start: int
    end: int
    pillar: str | None = None  # for a sub-theme, the heading of its pillar


_SENT = re.compile(r"[^。！？]+[。！？]?")
_SLOGAN = re.compile(rf"^[{HAN}]{{5,10}}$")
_COMMA = re.compile(r"[，,]")
_STOP = re.compile("[。！？；]")
_OUTLOOK = ("下一步", "下步", "今后", "接下来")
_ASIDE_MAX = 20


def _slogans(par: str, base: int, heading_end: int) -> list[tuple[int, str]]:
    """Short parallel slogan sentences opening sub-themes (``猛攻大案要案顺民心。``): whole
    sentences first; those before a comma too when they share a tail or a length with them."""
    standalone, commas = [], []
    for m in _SENT.finditer(par):
        if m.start() < heading_end:
            continue
        first = _COMMA.split(m.group(0), maxsplit=1)[0].rstrip("。！？")
        if not _SLOGAN.match(first) or "的" in first or "了" in first:
            continue
        whole = m.group(0).rstrip("。！？") == first
        (standalone if whole else commas).append((base + m.start(), first))
    marks = list(standalone)
    if len(standalone) >= 2:
        tails = {f[-2] for _, f in standalone} | {f[-1] for _, f in standalone}
        sizes = {len(f) for _, f in standalone}
        marks += [(p, f) for p, f in commas if f[-2] in tails or f[-1] in tails or len(f) in sizes]
    marks.sort()
    return marks if len(marks) >= 2 else []


@dataclass(frozen=True)
class _Index:
    """Where the structure's spans start, for one pass over the lines (linear in the text)."""

    heads: dict[int, Span]
    asides: frozenset[int]
    subtitles: frozenset[int]
    chrome_end: dict[int, int]
    source_end: dict[int, int]
    title_start: int
    byline: tuple[int, int]
    spanning: tuple[tuple[int, int], ...]  # headings over more than one line

    @classmethod
    def of(cls, text: str, s: Structure) -> "_Index":
        def ends(spans) -> dict[int, int]:
            out: dict[int, int] = {}
            for x in spans:
                out[x.start] = max(out.get(x.start, 0), x.end)
            return out

        return cls({h.start: h for h in s.headings}, frozenset(a.start for a in s.asides),
                   frozenset(x.start for x in s.subtitles), ends(s.chrome), ends(s.source_lines),
                   s.title.start if s.title else -1,
                   (s.byline.start, s.byline.end) if s.byline else (-1, -1),
                   tuple((h.start, h.end) for h in s.headings if "\n" in text[h.start:h.end]))

    def inside_heading(self, line: Line) -> bool:
        """A later line of a heading that spans lines (a marker line and its title)."""
        k = bisect.bisect_left(self.spanning, (line.start, -1)) - 1
        return k >= 0 and self.spanning[k][0] < line.start < self.spanning[k][1]


def _line_kind(line: Line, ix: _Index, in_pillar: bool) -> str:
    """What a line is in the sections: its structure role, else lead, continuation or outlook."""
    h = ix.heads.get(line.start)
    if h is not None:
        return "pillar" if h.level == 1 else "subhead"
    if line.start <= ix.title_start < line.end:
        return "title"
    chrome = ix.chrome_end.get(line.start, -1) >= line.end
    source = ix.source_end.get(line.start, -1) >= line.end
    subtitle = line.start in ix.subtitles
    if line.start in ix.asides or not _STOP.search(line.body) and len(line.body) <= _ASIDE_MAX \
            and not (chrome or source or subtitle):
        return "aside"
    if subtitle:
        return "subtitle"
    if chrome:
        return "chrome"
    if source or ix.byline == (line.start, line.end):
        return "meta"
    if not in_pillar:
        return "lead"
    return "outlook" if line.body.startswith(_OUTLOOK) else "continuation"


def _top_sections(text: str, s: Structure) -> tuple[list[Section], list[tuple[int, int, str]]]:
    """Top-level sections, and each pillar piece's ``(start, end, heading)``."""
    ix = _Index.of(text, s)
    out: list[Section] = []
    pillar: int | None = None
    last_top: int | None = None
    for line in lines(text):
        kind = _line_kind(line, ix, pillar is not None)
        if kind == "subhead" or ix.inside_heading(line):
            kind = "continuation" if pillar is not None else "lead"
        if kind == "continuation" and last_top == pillar:
            out[pillar] = Section("pillar", out[pillar].heading, out[pillar].start, line.end)
            continue
        heading = out[pillar].heading if kind == "continuation" else _heading(kind, line, ix.heads)
        out.append(Section("pillar" if kind == "continuation" else kind, heading, line.start, line.end))
        last_top = len(out) - 1
        if kind in ("pillar", "continuation"):
            pillar = last_top
        elif kind == "outlook":
            pillar = None
    return out, [(x.start, x.end, x.heading) for x in out if x.kind == "pillar"]


def _heading(kind: str, line: Line, heads: dict[int, Span]) -> str:
    if kind == "pillar":
        return heads[line.start].name
    if kind in ("lead", "outlook"):
        body = line.body
        return body[:24] + ("…" if kind == "lead" and len(body) > 24 else "")
    return line.body


def _within(spans: tuple[Span, ...], starts: list[int], a: int, b: int) -> list[Span]:
    """The spans starting in ``[a, b)`` (``starts`` their sorted starts)."""
    return list(spans[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)])


def _subthemes(text: str, s: Structure, pieces: list[tuple[int, int, str]]) -> list[Section]:
    """Sub-themes of each pillar piece: deeper headings, else items, else slogans."""
    out = []
    head_starts, item_starts = [h.start for h in s.headings], [i.start for i in s.items]
    ends = {i.start: i.end for i in s.items}
    for a, b, name in pieces:
        marks = [(h.start, h.name) for h in _within(s.headings, head_starts, a + 1, b) if h.level > 1]
        marks = marks or [(i.start, i.name) for i in _within(s.items, item_starts, a, b)]
        if not marks:
            opens = bool(_within(s.headings, head_starts, a, a + 1))
            par_end = _line_end(text, a, b)
            heading_end = text.find("。", a, par_end) + 1 - a if opens else 0
            marks = _slogans(text[a:par_end], a, heading_end or (par_end - a))
        for k, (p, h) in enumerate(marks):
            end = marks[k + 1][0] if k + 1 < len(marks) else ends.get(p, _line_end(text, p, b))
            out.append(Section("subtheme", h, p, min(end, ends.get(p, end)), name))
    return out


def _line_end(text: str, pos: int, limit: int) -> int:
    end = text.find("\n", pos)
    return limit if end < 0 or end > limit else end


def sections_of(text: str, structure: Structure) -> list[Section]:
    """The sections of ``text`` given its structure (see the module's docstring)."""
    tops, pieces = _top_sections(text, structure)
    subs = _subthemes(text, structure, pieces)
    return sorted(tops + subs, key=lambda x: (x.start, x.kind == "subtheme"))


def split_sections(text: str) -> list[Section]:
    """Sections of a briefing's (repaired, Simplified) text, in order.

    >>> [(s.kind, s.heading) for s in split_sections(
    ...     "标题\\n导语。\\n重拳出击、净化环境，成效明显。一是打击盗窃，破案3起。二是整治场所，查处5家。")]
    [('title', '标题'), ('lead', '导语。'), ('pillar', '重拳出击、净化环境'), ('subtheme', '打击盗窃'), ('subtheme', '整治场所')]
    >>> [(s.kind, s.start, s.end) for s in split_sections("利剑出鞘、严打整治，破案1起。\\n共9起\\n抓获6名。")]
    [('pillar', 0, 15), ('aside', 16, 19), ('pillar', 20, 25)]
    """
    return sections_of(text, read_structure(text))
