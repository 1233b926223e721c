"""Sentences and clauses of a repaired text, with offsets, and a key that survives edits.

A sentence ends at 。！？ (with any closing quotation mark) or at a line break; a clause
ends at ，；、 as well. The key joins the sentence's index to a short hash of its text, so a
change in the repair shows up as a changed key, not a silently shifted row.

>>> [s.text for s in sentences("标题\\n第一句。第二句！")]
['标题', '第一句。', '第二句！']
>>> sentence_key(0, "第一句。")
'000-ac3887bb'
>>> clause_at("甲，乙丙；丁。", 3)
'乙丙；'
>>> clause_at("甲，乙、丙。", 3), clause_at("甲，乙、丙。", 3, marks=PHRASE_MARKS)
('乙、', '乙、丙。')
"""
from __future__ import annotations

import hashlib
import re
from typing import NamedTuple

__all__ = ["Sentence", "sentences", "sentence_key", "sentence_at", "clause_at", "PHRASE_MARKS"]

_SENTENCE_END = re.compile(r"[。！？][”’」』]?|\n")
_CLAUSE_MARK = "，；、。！？\n"
#: Marks that end a phrase (a clause without breaking at the enumeration comma 、).
PHRASE_MARKS = "，；。！？\n"


class Sentence(NamedTuple):
    index: int
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        return sentence_key(self.index, self.text)


def sentence_key(index: int, text: str) -> str:
    """``NNN-hash8``: the sentence's index and the first 8 hex digits of its SHA-1."""
    return f"{index:03d}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:8]}"


def sentences(text: str) -> list[Sentence]:
    """The non-blank sentences of ``text`` in order, each with its offsets."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text + "\n"):
        end = m.end() if m.group() != "\n" else m.start()
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append(Sentence(len(out), start + lead, end, piece.strip()))
        start = m.end()
    return out


def sentence_at(sents: list[Sentence], pos: int) -> Sentence | None:
    """The sentence holding offset ``pos``, or None."""
    return next((s for s in sents if s.start <= pos < s.end), None)


def clause_at(text: str, pos: int, marks: str = _CLAUSE_MARK) -> str:
    """The clause of ``text`` holding offset ``pos``, with its closing mark (one of ``marks``)."""
    if not 0 <= pos < len(text):
        return ""
    start = max(text.rfind(c, 0, pos) for c in marks) + 1
    ends = [i for i in (text.find(c, pos) for c in marks) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()
