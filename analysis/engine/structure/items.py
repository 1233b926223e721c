"""``一是…二是…`` enumerations: the items of a paragraph, or of lines after a colon.

An item opens at ``N是`` after the start of a line or a stop (``。；：，``) and runs to the next
item of its run or the end of its line. A run counts from 一 up, one by one: ``一是…二是…三是…``;
an ``N是`` out of that order (``这一是``, a lone ``二是``) opens nothing.
"""
from __future__ import annotations

import re
from typing import Iterable

from .lines import Line
from .spans import Span

__all__ = ["items"]

_CN = "一二三四五六七八九十"
_MARK = re.compile(f"(?:^|(?<=[。；;：:，,！？!?]))\\s*(?P<n>[{_CN}])是")
#: what every ``_MARK`` holds: a cheap first test, so a line without it is not scanned mark by mark.
_ORDINAL_IS = re.compile(f"[{_CN}]是")


def _marks(lines: Iterable[Line]) -> list[tuple[int, int, Line]]:
    """``(offset, ordinal, line)`` of every ``N是`` opening an item, in text order."""
    out = []
    for line in lines:
        if not _ORDINAL_IS.search(line.body):
            continue
        for m in _MARK.finditer(line.body):
            out.append((line.start + m.start("n"), _CN.index(m["n"]) + 1, line))
    return out


def _runs(marks: list[tuple[int, int, Line]]) -> list[list[tuple[int, int, Line]]]:
    """Runs 一, 二, 三 … of at least two marks, each next mark the next ordinal; a lone ``一是``
    opening a paragraph is an item too (the copy may end before ``二是``)."""
    runs, current = [], []
    for mark in marks:
        if mark[1] == 1:
            current = [mark]
            runs.append(current)
        elif current and mark[1] == current[-1][1] + 1:
            current.append(mark)
        else:
            current = []
    return [r for r in runs if len(r) >= 2 or r[0][0] == r[0][2].start]


def items(lines: list[Line], text: str) -> list[Span]:
    """The items of every enumeration in ``lines`` (offsets into ``text``).

    >>> t = "主要做法：一是强化打击，破案3起。二是整治场所。"
    >>> from .lines import lines as split
    >>> [(s.text, s.name) for s in items(list(split(t)), t)]
    [('一是强化打击，破案3起。', '强化打击'), ('二是整治场所。', '整治场所')]
    """
    out = []
    for run in _runs(_marks(lines)):
        for k, (start, _, line) in enumerate(run):
            nxt = run[k + 1] if k + 1 < len(run) else None
            end = nxt[0] if nxt is not None and nxt[2] is line else line.end
            body = text[start + 2:end]
            name = re.split("[，,。；;：:！？]", body, maxsplit=1)[0].strip()
            out.append(Span(start, end, text[start:end], "yishi", 0, name))
    return out
