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
_ENUM = re.compile(r"(?:^|(?<=[。；]))(?P<n>[一二三四五六七八九十])是(?P<h>[^，。；]{2,16})")
_SENT = re.compile(r"[^。！？]+[。！？]?")
_SLOGAN = re.compile(rf"^[{HAN}]{{5,10}}$")
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
            first = re.split(r"[，,]", m.group(0), maxsplit=1)[0].rstrip("。！？")
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

    >>> [(s.kind, s.heading) for s in split_sections(
    ...     "标题\\n导语。\\n重拳出击、净化环境，成效明显。一是打击盗窃，破案3起。二是整治场所，查处5家。")]
    [('title', '标题'), ('lead', '导语。'), ('pillar', '重拳出击、净化环境'), ('subtheme', '打击盗窃'), ('subtheme', '整治场所')]
    """
    out: list[Section] = []
    lines = list(_lines(text))
    current: Section | None = None
    for n, (a, b, body) in enumerate(lines):
        if n == 0 and "。" not in body and len(body) <= 80:
            out.append(Section("title", body, a, b))
            continue
        if not re.search("[。！？；]", body) and len(body) <= 20:
            out.append(Section("aside", body, a, b))
            continue
        m = _PILLAR.match(body)
        if m:
            heading_end = body.find("。") + 1 or len(body)
            current = Section("pillar", m.group("h"), a, b)
            out.append(current)
            out.extend(_subthemes(body, a, current.heading, heading_end))
            continue
        if current is None:
            out.append(Section("lead", body[:24] + ("…" if len(body) > 24 else ""), a, b))
        elif body.startswith(_OUTLOOK):
            out.append(Section("outlook", body[:24], a, b))
            current = None
        else:  # a continuation paragraph of the pillar before it
            i = out.index(current)
            current = Section("pillar", current.heading, current.start, b)
            out[i] = current
    return out
