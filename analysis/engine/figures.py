"""Find every figure in briefing text and normalise it.

A figure is one measured quantity: a count with its measure word, money, weight,
area, duration, percentage, date or date range, with its qualifier (余 = at
least, 近 = nearly …), any change attached to it (同比上升178.8%), the thing it
measures, and its span in the text as given.

>>> [(f.value, f.unit, f.measure_word, f.qualifier, f.change_pct)
...  for f in extract("累計破獲各類刑事案件237起,,同比上升178.8%")]
[(237, 'count', '起', 'exact', 178.8)]
>>> extract("开展“三抓三促”行动，一是强基建") == []
True
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

import numpy as np
from . import _tables as T
from ._chars import FULLWIDTH, HAN, CharSet, codes, is_han
from .clean import Repaired, clean
from .dates import DateContext, DateVeto, read_at
from .glossary import gloss
from .numerals import parse_number, to_python

__all__ = ["Figure", "extract", "UNITS", "QUALIFIERS"]

UNITS = ("count", "CNY", "HKD", "USD", "kg", "m2", "mu", "day", "week", "month", "year", "hour",
         "percent", "pp", "date", "date_range", "datetime", "time", "time_range")
QUALIFIERS = ("exact", "at_least", "about", "nearly", "at_most", "range")
_TIME_UNITS = {"date", "date_range", "datetime", "time", "time_range"}


class Figure(NamedTuple):
    """One figure, with its span in the input as given (``input[start:end] == text``).

    An immutable record (a named tuple); ``fig._replace(section=…)`` makes a changed copy.
    """

    text: str
    start: int
    end: int
    value: int | float | str | None
    unit: str | None
    measure_word: str | None = None
    qualifier: str = "exact"
    low: int | float | None = None
    high: int | float | None = None
    change_pct: int | float | None = None
    change_basis: str | None = None
    change_text: str | None = None
    metric: str | None = None
    metric_en: str | None = None
    sentence: str = ""
    section: str | None = None
    subtheme: str | None = None
    parent: int | None = None
    index: int = 0
    rules: tuple[str, ...] = ()

    def explain(self) -> str:
        """Say how the figure was read, one step a line."""
        head = f"{self.text!r} -> {self.value!r} {self.unit or ''} ({self.qualifier})".rstrip()
        return "\n".join([head, *("  " + r for r in self.rules)])

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in FIELDS}


FIELDS = ("index", "text", "start", "end", "value", "unit", "measure_word", "qualifier", "low",
          "high", "change_pct", "change_basis", "change_text", "metric", "metric_en",
          "sentence", "section", "subtheme", "parent")


# --- working records ----------------------------------------------------------------

@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    value: object
    unit: str | None
    mw: str | None = None
    qualifier: str = "exact"
    low: object = None
    high: object = None
    change: object = None
    basis: str | None = None
    change_span: tuple[int, int] | None = None
    metric: str | None = None
    parent: int | None = None
    suffix_q: bool = False
    role: str | None = None
    rules: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Change:
    start: int
    end: int
    pcts: list[tuple[object, int, int]]  # value, start, end of each listed change
    basis: str | None
    qualifier: str
    rules: list[str]


_CN_CHARS = "零〇一二两三四五六七八九十百千万亿点"
_CN_NUM = f"[{_CN_CHARS}]+"
_AR_NUM = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
_NUM = re.compile(f"{_AR_NUM}|{_CN_NUM}|半")
#: Every character a match of ``_NUM`` can start with (and each of them starts one).
_NUM_START = CharSet("0123456789" + _CN_CHARS + "半")
_PCT = rf"(?:(?P<num>{_AR_NUM}|{_CN_NUM})(?P<unit>%|个百分点|倍)|百分之(?P<pnum>{_AR_NUM}|{_CN_NUM}))"
_BASIS = "|".join(b for b, _ in T.BASES)
_CHANGE = re.compile(
    rf"(?P<each1>分别)?(?P<basis>{_BASIS})?[，,]?(?P<each2>分别)?"
    rf"(?P<verb>{'|'.join(T.UP_VERBS + T.DOWN_VERBS)})了?(?P<q>约|近|超过|逾|超)?{_PCT}")
#: Every character a match of ``_CHANGE`` can start with.
_CHANGE_START = CharSet("分，," + "".join({w[0] for w in (*T.UP_VERBS, *T.DOWN_VERBS, *(b for b, _ in T.BASES))}))
_AMPLITUDE = re.compile(rf"(?P<word>{'|'.join(T.AMPLITUDE)})(?:在|达到|达|为|超过)?{_PCT}"
                        rf"(?P<suffix>以上|以下|左右)?")
_RANGE_MARKS = ("至", "到", "—", "－", "-", "~", "～")
_RANGE = re.compile(rf"(?:{'|'.join(_RANGE_MARKS)})(?P<n>{_AR_NUM}|{_CN_NUM})")
_ANY_NUM = re.compile(_AR_NUM + "|" + _CN_NUM)
_LIST_PCT = re.compile(rf"[、和与及，,]{_PCT}")
#: Quotation marks and the longest text between them that can be a name or codename.
_QUOTE_PAIRS = (("“", "”", 24), ("「", "」", 24), ("‘", "’", 24), ("『", "』", 24), ("《", "》", 40),
                ('"', '"', 24))
_QUOTES = re.compile("|".join(f"{a}[^{a}{b}\\n]{{0,{n}}}{b}" for a, b, n in _QUOTE_PAIRS))
_QUOTE_START = CharSet("".join(a for a, _, _ in _QUOTE_PAIRS))
_SENTENCE_END = CharSet("。！？!?\n")
_SUBJECT_END = CharSet("，。；！？\n：")
_CLAUSE_MARKS = "，。；！？!?\n：、（）()"
_CLAUSE_ENDS = CharSet(_CLAUSE_MARKS)  # every clause end in a text
_CLAUSE_MARK = re.compile(f"[{re.escape(_CLAUSE_MARKS)}]")  # the first one in a short stretch
_IDIOM_PAIR = re.compile(rf"[一二两三四五六七八九十百千万][{HAN}][一二两三四五六七八九十百千万][{HAN}]")
_CN_DIGIT = frozenset(_CN_CHARS)
_NOUN_RENYUAN = re.compile(f"[{HAN}]{{1,8}}人员")
_EACH = re.compile("每(年|月|周|天|日)")
_RIGHT_NOISE = re.compile("^[的]|同比.*$")
_LIST_GAP = re.compile(r"[，,、…\s]*")
_TRAILING_BASIS = re.compile(f"({_BASIS}|分别)+$")


def _pct_value(m: re.Match) -> tuple[Decimal, str]:
    if m["pnum"]:
        return parse_number(m["pnum"]), "%"
    value = parse_number(m["num"])
    if m["unit"] == "倍":
        return value * 100, "倍"
    return value, m["unit"]


# --- changes ------------------------------------------------------------------------

_FULLWIDTH_CHARS = CharSet("".join(map(chr, FULLWIDTH)))
_PCT_MARKS = ("%", "倍", "个百分点", "百分之")
_PCT_MARK = re.compile("|".join(_PCT_MARKS))
_PCT_MARK_START = CharSet("".join(m[0] for m in _PCT_MARKS))


def _windows(s: str, points: np.ndarray | None = None) -> list[tuple[int, int]]:
    """Stretches of text around percent/倍 marks: the only places a change can be."""
    spans: list[tuple[int, int]] = []
    for m in _PCT_MARK_START.finditer(_PCT_MARK, s, points):
        a, b = max(0, m.start() - 48), min(len(s), m.end() + 24)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _find_changes(s: str, points: np.ndarray | None = None) -> list[_Change]:
    out: list[_Change] = []
    windows = _windows(s, points)
    matches = [m for a, b in windows for m in _CHANGE_START.finditer(_CHANGE, s, points, a, b)]
    amplitudes = [m for a, b in windows for m in _AMPLITUDE.finditer(s, a, b)]
    for m in matches:
        sign = -1 if m["verb"] in T.DOWN_VERBS else 1
        try:
            value, kind = _pct_value(m)
        except ValueError:
            continue
        pcts = [(sign * value, m.start("num") if m["num"] else m.start("pnum"), m.end())]
        end = m.end()
        while (more := _LIST_PCT.match(s, end)) is not None:
            try:
                v2, _ = _pct_value(more)
            except ValueError:
                break
            pcts.append((sign * v2, more.start() + 1, more.end()))
            end = more.end()
        basis = dict(T.BASES).get(m["basis"] or "")
        q = {"约": "about", "近": "nearly", "超过": "at_least", "逾": "at_least",
             "超": "at_least"}.get(m["q"] or "", "exact")
        rules = [f"change: {m['verb']} {'+' if sign > 0 else '-'}{kind} read from {m.group(0)!r}"]
        if m["unit"] == "倍":
            rules.append("change: 倍 read as +N×100% (上升N倍)")
        if basis:
            rules.append(f"change basis: {m['basis']} = {basis}")
        out.append(_Change(m.start(), end, pcts, basis, q, rules))
    for m in amplitudes:
        try:
            value, _ = _pct_value(m)
        except ValueError:
            continue
        sign = T.AMPLITUDE[m["word"]]
        q = {"以上": "at_least", "以下": "at_most", "左右": "about"}.get(m["suffix"] or "", "exact")
        out.append(_Change(m.start(), m.end(), [(sign * value, m.start(), m.end())], None, q,
                           [f"change: {m['word']} read as a signed change, {q}"]))
    out.sort(key=lambda c: c.start)
    return out


# --- quantities ---------------------------------------------------------------------

_PREFIX_WORDS = tuple(w for w, _ in T.PREFIX_QUALIFIERS)
_SUFFIX_WORDS = tuple(w for w, _ in T.SUFFIX_QUALIFIERS)
_INFIX_OR_MULTIPLIER = frozenset(T.INFIX_QUALIFIERS) | {"万", "亿"}
_LEADING_OK = T.DAY_TRIGGERS + ("近", "约", "逾", "达")
_ONE_IN_WORD = ("又", "再", "统", "唯", "同", "万", "进", "逐")


def _prefix_qualifier(s: str, pos: int) -> tuple[int, str | None]:
    if not s.endswith(_PREFIX_WORDS, 0, pos):
        return pos, None
    for word, q in T.PREFIX_QUALIFIERS:
        if s.endswith(word, 0, pos):
            if word == "近" and any(s.endswith(n, 0, pos + 0) for n in T.NOT_NEARLY):
                return pos, None
            return pos - len(word), q
    return pos, None


def _match_unit(s: str, pos: int, cn_single: bool, triggered: bool):
    """Return (end, unit, measure_word, factor, rule) for a unit at ``s[pos]``."""
    for key in _UNITS_BY_FIRST.get(s[pos:pos + 1], ()):
        if s.startswith(key, pos):
            unit, factor = T.UNITS[key]
            return pos + len(key), unit, None, factor, f"unit: {key} -> {unit}"
    if s.startswith("日", pos) and triggered:
        return pos + 1, "day", None, Decimal(1), "unit: 日 after 为期 -> day"
    if cn_single and s.startswith("成", pos) and (pos + 1 >= len(s) or s[pos + 1] in "，。、；以左多的"):
        return pos + 1, "percent", None, Decimal(10), "unit: N成 -> N×10 percent"
    for word in _MW_BY_FIRST.get(s[pos:pos + 1], ()):
        if s.startswith(word, pos):
            return pos + len(word), "count", word, Decimal(1), f"measure word: {word}"
    return None


_UNITS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in T.UNIT_KEYS:
    _UNITS_BY_FIRST[_w[0]] = _UNITS_BY_FIRST.get(_w[0], ()) + (_w,)
#: Characters that can follow a number in a figure: units, measure words, 日 (为期…日),
#: 成 (三成), 分 (百分之), range marks.
_UNIT_FIRST = frozenset(w[0] for w in T.UNIT_KEYS + T.MEASURE_WORDS) | set("日成分至到—－-~～")
_MW_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in T.MEASURE_WORDS:  # longest first within each initial
    _MW_BY_FIRST[_w[0]] = _MW_BY_FIRST.get(_w[0], ()) + (_w,)


def _is_idiom(s: str, start: int, end: int) -> str | None:
    if s.startswith(T.IDIOMS, start):
        return next(i for i in T.IDIOMS if s.startswith(i, start))
    window = s[max(0, start - 2):start + 4]
    for m in _IDIOM_PAIR.finditer(window):
        a = max(0, start - 2) + m.start()
        word = m.group(0)
        if a <= start < a + 4 and word[1] not in _CN_DIGIT and word[3] not in _CN_DIGIT \
                and not "0" <= s[a + 4:a + 5] <= "9":
            return word
    return None


def _read_quantity(s: str, m: re.Match, year: int | None,
                   dates: DateContext | None = None) -> _Draft | None | str:
    """Read a figure at number match ``m``; a string is a reason for rejecting it."""
    pos, core = m.start(), m.group(0)
    rules: list[str] = []
    # Dates, date ranges and clock times first (dates.read_at checks what follows the number).
    d = read_at(s, pos, pos + len(core.rstrip("点") or core), dates)
    if isinstance(d, DateVeto):
        return f"{d.rule}: {d.detail}"
    if d:
        return _Draft(d.start, d.end, d.value, d.unit, rules=[f"{st.rule}: {st.detail}" for st in d.steps]
                      + [f"flag: {f}" for f in d.flags])
    if s.endswith("第", 0, pos):
        return "ordinal: 第 before the number"
    if core == "半":
        if s.endswith(("上", "下", "前", "后"), 0, pos):
            return "半年 as a half of the year (period), not a duration"
        got = _match_unit(s, pos + 1, False, False)
        if not got or got[1] not in ("year", "month", "day", "hour", "week"):
            return "半 without a time unit"
        end, unit, _, _, rule = got
        return _Draft(pos, end, Decimal("0.5"), unit, rules=["number: 半 = 0.5", rule])
    # Arabic number that the Chinese regex split off (2,305万 is one number): fine as is.
    is_cn = not core[0].isascii()
    if is_cn:
        core = core.rstrip("点")
        if not core:
            return "no numeral"
        if core[0] in "万亿":
            return "万/亿 with no number before it"
    end = pos + len(core)
    if len(core) > 24:
        return "a run of digits too long to be a measurement"
    probe = end  # past 余/多/万…: what follows must be able to start a unit, or it is a bare number
    while probe < len(s) and probe - end < 3 and s[probe] in "余多来万亿":
        probe += 1
    if s[probe:probe + 1] not in _UNIT_FIRST and "人员" not in s[probe:probe + 10]:
        return f"a bare number with no unit or measure word: {s[pos:probe]!r}"
    if is_cn and core[0] in "百千" and not (s.startswith(("余", "多"), end)
                                           or s.endswith(_LEADING_OK, 0, pos)
                                           or s.startswith("分之", end)):
        return "百/千 with no number before it (an idiom such as 千家万户)"
    idiom = _is_idiom(s, pos, end) if is_cn else None
    if idiom:
        return f"idiom or numbered slogan: {idiom}"
    if s.startswith("分之", end) and core == "百":
        pm = _ANY_NUM.match(s, end + 2)
        if not pm:
            return "百分之 without a number"
        value = parse_number(pm.group(0))
        return _Draft(pos, pm.end(), value, "percent", rules=["percent: 百分之N"])
    try:
        value = parse_number(core)
    except ValueError as err:
        return f"not a well-formed number: {err}"
    rules.append(f"number: {'Chinese' if is_cn else 'Arabic'} {core!r} = {to_python(value)}")
    start, qualifier = _prefix_qualifier(s, pos)
    if qualifier:
        rules.append(f"qualifier: {s[start:pos]} -> {qualifier}")
    triggered = False
    for trig in T.DAY_TRIGGERS if s.endswith(T.DAY_TRIGGERS, 0, start) else ():
        if s.endswith(trig, 0, start):
            start -= len(trig)
            triggered = True
            rules.append(f"duration trigger: {trig}")
            break
    low = high = None
    # A range: 3至5年, 10-20人.
    rm = _RANGE.match(s, end) if s.startswith(_RANGE_MARKS, end) else None
    if rm and _match_unit(s, rm.end(), False, triggered):
        try:
            high = parse_number(rm["n"])
            low = value
            end = rm.end()
            qualifier = "range"
            rules.append(f"range: {to_python(low)} to {to_python(high)}")
        except ValueError:
            pass
    # 余/多 and a multiplier after the number: 810余万, 8898万余元, 1.1万多.
    for _ in range(2) if s[end:end + 1] in _INFIX_OR_MULTIPLIER else ():
        if end < len(s) and s[end] in T.INFIX_QUALIFIERS and qualifier in ("exact", None):
            qualifier = T.INFIX_QUALIFIERS[s[end]]
            rules.append(f"qualifier: {s[end]} -> {qualifier}")
            end += 1
        if end < len(s) and s[end] in "万亿" and not (is_cn and s[end - 1] in "万亿"):
            factor = 10_000 if s[end] == "万" else 100_000_000
            value *= factor
            if high is not None:
                low, high = low * factor, high * factor
            rules.append(f"multiplier: {s[end]}")
            end += 1
    qualifier = qualifier or "exact"
    cn_single = is_cn and len(core) == 1 and core in "一二两三四五六七八九"
    got = _match_unit(s, end, cn_single, triggered)
    if got is None:
        if s.startswith(("人员", "刑事作案人员"), end) or _NOUN_RENYUAN.match(s, end, end + 10):
            if value >= 1000 or not is_cn:
                rules.append("measure word: none written; 人 implied by the noun 人员 that follows")
                return _Draft(start, end, value, "count", "人", qualifier, low, high, rules=rules)
        return f"a bare number with no unit or measure word: {s[pos:end]!r}"
    uend, unit, mw, factor, rule = got
    rules.append(rule)
    if is_cn and unit == "count" and mw == "个" and (uend < len(s) and (s[uend].isdigit() or s[uend] in "“‘\"")):
        return "a named set (四个100%), not a count"
    if unit == "count" and core == "一" and mw == "起":
        clause = s[uend:uend + 16]
        stop = _CLAUSE_MARK.search(clause)
        clause = clause[:stop.start()] if stop else clause
        if not any(n in clause for n in T.CASE_NOUNS):
            return "一起 meaning together (no case noun follows)"
    if unit == "count" and core == "一" and s.endswith(_ONE_IN_WORD, 0, pos):
        return "一 in a word (又一次, 统一, 进一步)"
    if unit == "year" and not is_cn and len(core) == 4 and 1900 <= value <= 2100:
        return "a year written as a number"
    if unit == "hour" and value == 24 and not triggered and not s.endswith(("在", "用时", "仅用"), 0, start):
        return "24小时 as round-the-clock, not a duration"
    if unit == "week" and s.endswith(("周", "星期"), 0, pos):
        return "a weekday"
    value *= factor
    if low is not None:
        low, high = low * factor, high * factor
    end = uend
    if unit == "year" and s.startswith("半", end):
        value += Decimal("0.5")
        end += 1
        rules.append("half: N年半 = N.5 years")
    if unit == "year" and s.startswith("前", end):
        end += 1
    suffix_q = False
    for word, q in T.SUFFIX_QUALIFIERS if s.startswith(_SUFFIX_WORDS, end) else ():
        if s.startswith(word, end) and qualifier == "exact":
            qualifier, suffix_q = q, True
            end += len(word)
            rules.append(f"qualifier: {word} -> {q}")
            break
    if unit == "count" and mw == "次":
        each = _EACH.search(s, max(0, start - 12), start)
        if each:
            mw = f"次/{ {'天': '日'}.get(each[1], each[1]) }".replace(" ", "")
            rules.append(f"rate: 每{each[1]} before the count -> {mw}")
    return _Draft(start, end, value, unit, mw, qualifier, low, high, suffix_q=suffix_q,
                  rules=rules)


# --- metrics ------------------------------------------------------------------------

# Quotation marks, 各类/各种/各项 and 特大. Written to start with one character class so
# the regex engine can skip to candidates (an alternation of classes cannot be skipped).
_INNER_NOISE = re.compile(r"[“”‘’「」『』《》\"…各特](?:(?<=各)[类种项]|(?<=特)大|(?<=[“”‘’「」『』《》\"…]))")
_LEADING_NOISE = re.compile("^(?:" + "|".join(sorted(T.METRIC_NOISE, key=len, reverse=True)) + ")+")


def _strip_noise(phrase: str) -> str:
    phrase = _INNER_NOISE.sub("", phrase)
    m = _LEADING_NOISE.match(phrase)
    if m and m.end() < len(phrase):
        phrase = phrase[m.end():]
    return phrase


_VERBS = re.compile("|".join(sorted(T.METRIC_VERBS, key=len, reverse=True)))


_VERB_SET = frozenset(T.METRIC_VERBS)


def _verb_at(phrase: str) -> int:
    """Start of the last metric verb in ``phrase`` (read left to right, longest first).

    >>> _verb_at("依法打掉犯罪团伙"), _verb_at("团伙")
    (2, -1)
    """
    last = None
    for last in _VERBS.finditer(phrase):  # non-overlapping, in order: the last ends last
        pass
    return last.start() if last else -1


def _metric(s: str, d: _Draft, others: list[_Draft], inherited: str | None,
            clause_ends: list[int]) -> str | None:
    if d.unit in _TIME_UNITS:
        if s.endswith(("截至", "截止", "到"), 0, d.start):
            return "截至日期"
        if s.endswith(("自", "从", "于"), 0, d.start) or s.startswith(("以来", "起"), d.end):
            return "起始日期"
        if s.startswith(("电", "讯"), d.end):
            return "电头日期"
        return "日期" if d.unit != "date_range" else "起止日期"
    i = bisect.bisect_right(clause_ends, d.start) - 1
    clause_start = max(clause_ends[i] if i >= 0 else 0, d.start - 40, 0)
    left = s[clause_start:d.start]
    for o in others:
        if o is not d and clause_start <= o.start and o.end <= d.start:
            left = left.replace(s[o.start:o.end], "")
    left = _strip_noise(left)
    if d.unit in ("day", "week", "month", "year", "hour"):
        text = s[d.start:d.end]
        if text.startswith(T.DAY_TRIGGERS):
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


# --- assembly -----------------------------------------------------------------------

def _attach_changes(s: str, drafts: list[_Draft], changes: list[_Change], ends: list[int],
                    points: np.ndarray) -> list[_Draft]:
    extra: list[_Draft] = []
    starts = [d.start for d in drafts]  # drafts are in text order
    subject_ends = _SUBJECT_END.ends(s, points)
    for ch in changes:
        sent = bisect.bisect_right(ends, ch.start)
        sent_start = ends[sent - 1] if sent else 0
        n = len(ch.pcts)
        lo, hi = bisect.bisect_left(starts, sent_start), bisect.bisect_left(starts, ch.start)
        window = drafts[max(lo, hi - n - 8):hi]  # only the figures just before the change matter
        before = [d for d in window if d.end <= ch.start and d.unit not in _TIME_UNITS and d.change is None]
        gap = s[before[-1].end:ch.start] if before and ch.start - before[-1].end <= 8 else None
        if before and len(before) >= n and gap is not None and _LIST_GAP.fullmatch(gap):
            for d, (pct, a, b) in zip(before[-n:], ch.pcts):
                d.change, d.basis, d.change_span = pct, ch.basis, (ch.start, ch.end)
                d.rules += ch.rules + [f"change: attached to the figure before it ({s[d.start:d.end]!r})"]
            continue
        i = bisect.bisect_right(subject_ends, ch.start) - 1
        clause_start = max(subject_ends[i] if i >= 0 else 0, sent_start, ch.start - 40)
        subject = s[clause_start:ch.start]
        names = subject.split("、") if n > 1 and subject.count("、") == n - 1 else [subject] * n
        for (pct, a, b), name in zip(ch.pcts, names):
            span = (ch.start, ch.end) if n == 1 else ((ch.start, b) if a == ch.pcts[0][1] else (a, b))
            metric = _strip_noise(_TRAILING_BASIS.sub("", name))
            extra.append(_Draft(span[0], span[1], None, None, qualifier=ch.qualifier, change=pct,
                                basis=ch.basis, change_span=span, metric=metric or None,
                                rules=ch.rules + ["change only: no figure before it to attach to"]
                                + ([f"change: distributed by 分别 to {name!r}"] if n > 1 else [])))
    return extra


def _link(s: str, drafts: list[_Draft], ends: list[int]) -> None:
    """Parents for 其中 sub-counts; 以上 shared across 及 (五年及十年以上)."""
    parent: int | None = None
    for i, d in enumerate(drafts):
        if i and bisect.bisect_right(ends, drafts[i - 1].start) != bisect.bisect_right(ends, d.start):
            parent = None
        if i and d.value is not None:
            gap = s[drafts[i - 1].end:d.start]
            if ("其中" in gap or "当中" in gap) and drafts[i - 1].unit == d.unit:
                parent = i - 1
            if parent is not None and drafts[parent].unit == d.unit and drafts[parent].mw == d.mw \
                    and i != parent:
                d.parent = parent
                d.rules.append(f"parent: a 其中 sub-count of {s[drafts[parent].start:drafts[parent].end]!r}")
            prev = drafts[i - 1]
            if gap in ("及", "和", "或", "、") and d.suffix_q and prev.unit == d.unit \
                    and prev.qualifier == "exact" and not prev.suffix_q:
                prev.qualifier = d.qualifier
                prev.rules.append(f"qualifier: {d.qualifier} shared from {s[d.start:d.end]!r} across {gap}")


def _masks(s: str, points: np.ndarray | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTE_START.finditer(_QUOTES, s, points)]


def extract(text: str, date: str | None = None, *, repaired: Repaired | None = None) -> list[Figure]:
    """Every figure in ``text`` (raw or repaired, Traditional or Simplified).

    ``date`` is the document's own date (``YYYY-MM-DD``); it gives year-less dates
    their year. Spans refer to ``text`` as given.

    >>> [f.text for f in extract("挽回經濟損失8898萬(wàn)余元,,協助清收不良資產4.88億元")]
    ['8898萬(wàn)余元', '4.88億元']
    >>> extract("11月16日上午", date="2023-11-16")[0].value
    '2023-11-16'
    """
    rep = repaired or clean(text)
    s, points = rep.text, codes(rep.text)
    if _FULLWIDTH_CHARS.where(points).size:  # full-width digits: same length, so offsets hold
        s = s.translate(FULLWIDTH)
        points = codes(s)
    year = int(date[:4]) if date else None
    dates = DateContext.of(s, date)  # the document date and the dates read so far
    blocked = bytearray(len(s))  # inside a quotation or a change: no figure starts there
    for a, b in _masks(s, points):
        blocked[a + 1:b] = b"\1" * (b - a - 1)
    changes = [c for c in _find_changes(s, points) if not blocked[c.start]]
    for c in changes:
        blocked[c.start:c.end] = b"\1" * (c.end - c.start)

    drafts: list[_Draft] = []
    cursor = 0
    for m in _NUM_START.finditer(_NUM, s, points):
        if m.start() < cursor or blocked[m.start()]:
            continue
        got = _read_quantity(s, m, year, dates)
        if isinstance(got, _Draft):
            if drafts and got.start < drafts[-1].end:
                got.start = drafts[-1].end
            drafts.append(got)
            cursor = got.end
    ends = _SENTENCE_END.ends(s, points)
    drafts += _attach_changes(s, drafts, changes, ends, points)
    drafts.sort(key=lambda d: d.start)
    _link(s, drafts, ends)
    starts = [d.start for d in drafts]
    clause_ends = _CLAUSE_ENDS.ends(s, points)
    inherited: str | None = None
    last_sentence = -1
    for i, d in enumerate(drafts):
        sent = bisect.bisect_right(ends, d.start)
        if sent != last_sentence:
            inherited, last_sentence = None, sent
        if d.metric is None:
            near = drafts[bisect.bisect_left(starts, d.start - 60):bisect.bisect_right(starts, d.end + 60)]
            d.metric = _metric(s, d, near, inherited, clause_ends)
        if d.metric and d.unit == "count":
            pos = _verb_at(d.metric)
            inherited = d.metric[pos:pos + 2] if pos == 0 else inherited
    return [_finish(rep, s, d, ends, i, text) for i, d in enumerate(drafts)]


def _num(v):
    return to_python(v) if isinstance(v, Decimal) else v


def _finish(rep: Repaired, s: str, d: _Draft, ends: list[int], index: int, given: str) -> Figure:
    start, end = rep.raw_span(d.start, d.end)
    sent = bisect.bisect_right(ends, d.start)
    a = ends[sent - 1] if sent else 0
    b = ends[sent] if sent < len(ends) else len(s)
    value = _num(d.value)
    if value is not None and not isinstance(value, str) and d.qualifier != "range":
        low = value if d.qualifier in ("exact", "at_least") else None
        high = value if d.qualifier in ("exact", "nearly", "at_most") else None
    else:
        low, high = _num(d.low), _num(d.high)
    change_text = None
    if d.change_span:
        cs, ce = rep.raw_span(*d.change_span)
        change_text = given[cs:ce]
    # Positional, in field order (keywords cost twice as much on a 20-field record).
    return Figure(given[start:end], start, end, value, d.unit, d.mw, d.qualifier, low, high,
                  _num(d.change), d.basis, change_text, d.metric, gloss(d.metric),
                  rep.text[a:b].strip(), None, None, d.parent, index, tuple(d.rules))
