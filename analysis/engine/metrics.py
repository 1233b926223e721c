"""The thing a figure measures: the verb phrase before it ("破获刑事案件") or after it (private).

>>> _verb_at("依法打掉犯罪团伙"), _verb_at("团伙")
(2, -1)
"""
from __future__ import annotations

import bisect
import re

from . import vocab as V
from ._chars import is_han

__all__ = ["metric_of", "verb_at", "strip_noise", "TIME_UNITS"]

TIME_UNITS = frozenset({"date", "date_range", "datetime", "time", "time_range"})
_CLAUSE_MARK = re.compile("[，。；！？!?\n：、（）()]")
_RIGHT_NOISE = re.compile("^[的]|同比.*$")


# Quotation marks, 各类/各种/各项 and 特大. Written to start with one character class so
# the regex engine can skip to candidates (an alternation of classes cannot be skipped).
_INNER_NOISE = re.compile(r"[“”‘’「」『』《》\"…各特](?:(?<=各)[类种项]|(?<=特)大|(?<=[“”‘’「」『』《》\"…]))")
_LEADING_NOISE = re.compile("^(?:" + "|".join(sorted(V.METRIC_NOISE, key=len, reverse=True)) + ")+")


def _strip_noise(phrase: str) -> str:
    phrase = _INNER_NOISE.sub("", phrase)
    m = _LEADING_NOISE.match(phrase)
    if m and m.end() < len(phrase):
        phrase = phrase[m.end():]
    return phrase


_VERBS = re.compile("|".join(sorted(V.METRIC_VERBS, key=len, reverse=True)))


_VERB_SET = frozenset(V.METRIC_VERBS)


def _verb_at(phrase: str) -> int:
    """Start of the last metric verb in ``phrase`` (read left to right, longest first)."""
    last = None
    for last in _VERBS.finditer(phrase):  # non-overlapping, in order: the last ends last
        pass
    return last.start() if last else -1


def metric_of(s: str, d, others: list, inherited: str | None,
            clause_ends: list[int]) -> str | None:
    if d.unit in TIME_UNITS:
        if s.endswith(("截至", "截止", "到"), 0, d.start):
            return "截至日期"
        if s.endswith(("自", "从", "于"), 0, d.start) or s.startswith(("以来", "起"), d.end):
            return "起始日期"
        if s.startswith(("电", "讯"), d.end):
            return "电头日期"
        return "日期" if d.unit != "date_range" else "起止日期"
    if d.mw in V.AGE_WORDS:
        return "年龄"
    i = bisect.bisect_right(clause_ends, d.start) - 1
    clause_start = max(clause_ends[i] if i >= 0 else 0, d.start - 40, 0)
    left = s[clause_start:d.start]
    for o in others:
        if o is not d and clause_start <= o.start and o.end <= d.start:
            left = left.replace(s[o.start:o.end], "")
    left = _strip_noise(left)
    if d.unit in ("day", "week", "month", "year", "hour", "minute", "second"):
        text = s[d.start:d.end]
        if text.startswith(V.DAY_TRIGGERS):
            return "期限"
        if text.endswith("前"):
            return "距今"
        if s.startswith(("来", "以来"), d.end):
            return "回溯期"
        return left[-8:] or None
    pos = _verb_at(left)
    if pos >= 0:
        left = left[pos:]
        verb_only = left in _VERB_SET
    else:
        verb_only = False
        if inherited and left and d.parent is None:
            left = inherited + left
    if (verb_only or not left) and d.unit == "count":
        right = s[d.end:d.end + 30]
        stop = _CLAUSE_MARK.search(right)
        right = right[:stop.start()] if stop else right
        for o in others:
            if d.end <= o.start and o.end <= d.end + len(right):
                right = right.replace(s[o.start:o.end], "")
        right = _RIGHT_NOISE.sub("", _strip_noise(right))
        if right and is_han(right[0]):
            left = left + right
    left = left[-16:]
    return left or None



verb_at = _verb_at
strip_noise = _strip_noise
