"""The parts of a briefing: title, lead, pillars and their sub-themes, asides.

Found from the patterns briefings use, not from any one briefing's words:
a paragraph that opens with a parallel heading of two four-character phrases
(``利剑出鞘、严打整治，…``); inside it, ``一是…二是…`` enumerations or short
slogan sentences (``猛攻大案要案顺民心。``) that open sub-themes; short lines
with no sentence punctuation between paragraphs (``记者提问``) are asides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ._chars import HAN

__all__ = ["Section", "split_sections"]


@dataclass(frozen=True)
class Section:
    """A part of the text: ``text[start:end]`` in the repaired text."""

    kind: str  # title | lead | pillar | subtheme | aside | outlook
    heading: str
    start: int
    end: int
    pillar: str | None = None  # for a sub-theme, the heading of its pillar


_PILLAR = re.compile(rf"^(?:[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）)?"
                     rf"(?P<h>[{HAN}]{{4}}、[{HAN}]{{4}})[，,]")
#: 一是…, 二是… at the start of the paragraph or after 。/；. The check on the character before the
#: numeral comes after it (``(?<![^。；].)``) so the search jumps from numeral to numeral.
_ENUM = re.compile(r"(?P<n>[一二三四五六七八九十])(?<![^。；].)是(?P<h>[^，。；]{2,16})")
_SENT = re.compile(r"[^。！？]+[。！？]?")
_SLOGAN = re.compile(rf"^[{HAN}]{{5,10}}$")
_COMMA = re.compile(r"[，,]")
_STOP = re.compile("[。！？；]")
_OUTLOOK = ("下一步", "下步", "今后", "接下来")


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body:
            a = pos + line.index(body[0])
            yield a, a + len(body), body
        pos += len(line)


def _subthemes(par: str, base: int, pillar: str, heading_end: int) -> list[Section]:
    marks = [(m.start(), m.group("h")) for m in _ENUM.finditer(par)]
    if len(marks) < 2:
        standalone, commas = [], []
        for m in _SENT.finditer(par):
            if m.start() < heading_end:
                continue
            first = _COMMA.split(m.group(0), maxsplit=1)[0].rstrip("。！？")
            if not _SLOGAN.match(first) or "的" in first or "了" in first:
                continue
            whole = m.group(0).rstrip("。！？") == first
            (standalone if whole else commas).append((m.start(), first))
        marks = list(standalone)
        if len(standalone) >= 2:
            tails = {f[-2] for _, f in standalone} | {f[-1] for _, f in standalone}
            sizes = {len(f) for _, f in standalone}
            marks += [(p, f) for p, f in commas if f[-2] in tails or f[-1] in tails or len(f) in sizes]
        marks.sort()
        if len(marks) < 2:
            return []
    out = []
    for i, (p, h) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(par)
        out.append(Section("subtheme", h, base + p, base + end, pillar))
    return out


def split_sections(text: str) -> list[Section]:
    """Sections of a briefing's (repaired, Simplified) text, in order.

    Top-level sections (every kind but ``subtheme``) are disjoint, in text order; a pillar's
    paragraphs after an aside form a second piece of that pillar, not one span over the aside.

    >>> [(s.kind, s.heading) for s in split_sections(
    ...     "标题\\n导语。\\n重拳出击、净化环境，成效明显。一是打击盗窃，破案3起。二是整治场所，查处5家。")]
    [('title', '标题'), ('lead', '导语。'), ('pillar', '重拳出击、净化环境'), ('subtheme', '打击盗窃'), ('subtheme', '整治场所')]
    >>> [(s.kind, s.start, s.end) for s in split_sections("利剑出鞘、严打整治，破案1起。\\n共9起\\n抓获6名。")]
    [('pillar', 0, 15), ('aside', 16, 19), ('pillar', 20, 25)]
    """
    out: list[Section] = []
    pillar: int | None = None  # index in ``out`` of the pillar later paragraphs continue
    last_top: int | None = None  # index in ``out`` of the last top-level section
    for n, (a, b, body) in enumerate(_lines(text)):
        kind = _line_kind(n, body, pillar is not None)
        if kind == "continuation" and last_top == pillar:  # right after its pillar: extend it
            out[pillar] = Section("pillar", out[pillar].heading, out[pillar].start, b)
            continue
        heading = out[pillar].heading if kind == "continuation" else _heading(kind, body)
        out.append(Section("pillar" if kind == "continuation" else kind, heading, a, b))
        last_top = len(out) - 1
        if kind in ("pillar", "continuation"):  # a continuation after an aside: a new piece
            pillar = last_top
        elif kind == "outlook":
            pillar = None
        if kind == "pillar":
            out.extend(_subthemes(body, a, heading, body.find("。") + 1 or len(body)))
    return out


def _line_kind(n: int, body: str, in_pillar: bool) -> str:
    """What a non-blank line is: title, aside, pillar, lead, outlook or continuation."""
    if n == 0 and "。" not in body and len(body) <= 80:
        return "title"
    if not _STOP.search(body) and len(body) <= 20:
        return "aside"
    if _PILLAR.match(body):
        return "pillar"
    if not in_pillar:
        return "lead"
    return "outlook" if body.startswith(_OUTLOOK) else "continuation"


def _heading(kind: str, body: str) -> str:
    if kind == "pillar":
        return _PILLAR.match(body).group("h")
    if kind in ("lead", "outlook"):
        return body[:24] + ("…" if kind == "lead" and len(body) > 24 else "")
    return body
