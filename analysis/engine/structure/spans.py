"""The records of a page's structure: spans with offsets, and the structure of one page."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import Callable

__all__ = ["Span", "Structure"]


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` of the text it was read from.

    ``kind`` is a chrome span's kind (``breadcrumb``, ``caption`` …), a heading's or an item's
    form (``numbered_cn``, ``yishi`` …); ``level`` a heading's level (1–3); ``name`` what a
    heading or an item is called, without its marker (``严打突出犯罪`` for ``一、严打突出犯罪``).
    """

    start: int
    end: int
    text: str
    kind: str = ""
    level: int = 0
    name: str = ""


@dataclass(frozen=True)
class Structure:
    """The structure of one page: every span is a slice of the text it was read from."""

    title: Span | None = None
    subtitles: tuple[Span, ...] = ()
    dateline: Span | None = None
    byline: Span | None = None
    source_lines: tuple[Span, ...] = ()
    chrome: tuple[Span, ...] = ()
    headings: tuple[Span, ...] = ()
    items: tuple[Span, ...] = ()
    asides: tuple[Span, ...] = field(default=())

    def mapped(self, span_of: Callable[[int, int], tuple[int, int]], text: str) -> "Structure":
        """The same structure with every span moved by ``span_of`` into ``text`` (e.g. the raw
        text through the repair's offset map)."""
        def move(s: Span | None) -> Span | None:
            if s is None:
                return None
            a, b = span_of(s.start, s.end)
            return replace(s, start=a, end=b, text=text[a:b])

        return Structure(**{k: (tuple(move(s) for s in v) if isinstance(v, tuple) else move(v))
                            for k, v in vars(self).items()})

    def section_of(self, pos: int) -> int | None:
        """Index into ``headings`` of the last heading starting at or before ``pos``; None before
        the first heading or inside the title, a subtitle, a source line, the dateline, the byline
        or chrome (such text is in no section). For many offsets, :meth:`section_finder`."""
        return self.section_finder()(pos)

    def section_finder(self) -> Callable[[int], int | None]:
        """:meth:`section_of` as a function, built once (sorting, then a bisection per call)."""
        spans = sorted((s.start, s.end) for s in self.furniture())
        starts = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))  # furthest end of the spans so far
        heads = [h.start for h in self.headings]

        def find(pos: int) -> int | None:
            k = bisect.bisect_right(starts, pos) - 1
            if k >= 0 and reach[k] > pos:
                return None
            i = bisect.bisect_right(heads, pos) - 1
            return i if i >= 0 else None

        return find

    def furniture(self) -> list[Span]:
        """Spans that are no part of the article's sections: title, subtitles, metadata, chrome."""
        singles = [s for s in (self.title, self.dateline, self.byline) if s is not None]
        return singles + list(self.subtitles) + list(self.source_lines) + list(self.chrome)
