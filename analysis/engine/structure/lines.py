"""Non-blank lines of a text with their offsets, and what a line looks like."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .._chars import HAN

__all__ = ["EDGES", "Line", "has_clauses", "has_han", "is_paragraph", "leads_in", "lines"]

_HAN = re.compile(f"[{HAN}]")
_SENTENCE_STOP = re.compile("[。；;！]")
_CLAUSE_COMMA = re.compile("[，,]")
_SPACES = " \t\u3000\u00a0\r\ufeff"
#: a sentence leading into what follows with a colon is longer than a label awaiting its value.
_LEAD_IN_MIN = 30
#: what may frame a headline without being part of it: spaces and a table's bars.
EDGES = " |｜\u3000"


@dataclass(frozen=True)
class Line:
    """A non-blank line: ``text[start:end] == body`` (stripped of spaces)."""

    start: int
    end: int
    body: str


def lines(text: str) -> Iterator[Line]:
    """The non-blank lines of ``text``, stripped, with their offsets.

    >>> [(x.start, x.body) for x in lines(" 标题\\n\\n　正文。\\n")]
    [(1, '标题'), (6, '正文。')]
    """
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.strip(_SPACES + "\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        if body:
            a = pos + raw.index(body[0])
            yield Line(a, a + len(body), body)
        pos += len(raw)


def is_paragraph(body: str) -> bool:
    """A line of running text: long, or a sentence stop in it (jusText's long blocks).

    >>> is_paragraph("破获刑事案件12起。"), is_paragraph("一、严打突出犯罪"), is_paragraph("其中命案逃犯20名,潜逃10年以上人员11名")
    (True, False, False)
    """
    return len(body) > 60 or _SENTENCE_STOP.search(body) is not None


def has_clauses(body: str) -> bool:
    """Clauses joined by commas: a sentence, not a crosshead."""
    return _CLAUSE_COMMA.search(body) is not None


def has_han(body: str) -> bool:
    return _HAN.search(body) is not None


def leads_in(body: str) -> bool:
    """A sentence introducing what follows with a colon (``以下为局长…的书面答复:``), not a label
    awaiting its value (``问题:``, ``请点击：``).

    >>> leads_in("以下为保安局局长李少光今日(十月二十六日)在立法会会议上就议员的提问的书面答复:"), leads_in("问题:")
    (True, False)
    """
    return body.endswith(("：", ":")) and len(body) > _LEAD_IN_MIN and has_han(body)
