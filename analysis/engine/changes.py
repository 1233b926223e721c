"""Changes: 同比上升178.8%, 下降四成, 增加4.2倍, 下降3个百分点, 翻一番, 降幅23.6% (private).

A change is found near a percent-like mark (``%``, ``倍``, ``成``, ``个百分点``, ``百分之``,
``翻``) and is later attached to the figure before it or reported alone.

>>> [(c.pcts[0][0], c.kind, c.basis) for c in find_changes("案件同比下降四成")]
[(Decimal('-40'), '成', 'yoy')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from . import vocab as V
from ._chars import CharSet
from .numerals import DIGIT_CHARS, NUMERAL_CHARS, parse_number

__all__ = ["Change", "find_changes"]


@dataclass(slots=True)
class Change:
    start: int
    end: int
    pcts: list[tuple[Decimal, int, int]]  # value, start, end of each listed change
    basis: str | None
    qualifier: str
    kind: str  # %, 倍, 成, 个百分点, 翻
    distributed: bool
    steps: list[tuple]


_AR_NUM = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?"
_CN_NUM = f"[{NUMERAL_CHARS}]+"
#: N成M: M tenths of 成 after it (一成三 = 13 %, as 八成五 = 85 %), only where the digit ends the
#: number (a comma, a qualifier or the end follow); 成 before any other digit is not read.
_CHENG = (rf"成(?:(?P<tenth>[{DIGIT_CHARS}])(?=[^\u4e00-\u9fff0-9]|$|以上|以下|左右|多|余)"
          rf"|(?P<half>半)|(?![员为立功效绩果本交{DIGIT_CHARS}]))")
_MINUS = "|".join(map(re.escape, V.MINUS_SIGNS + ("负",)))
_PCT = (rf"(?:(?P<neg>{_MINUS})?(?P<num>{_AR_NUM}|{_CN_NUM})(?P<unit>%|个?百分点|倍|{_CHENG})(?P<more>多|余)?"
        rf"|百分之(?P<pnum>{_AR_NUM}|{_CN_NUM}))")
_BASIS = "|".join(b for b, _ in V.BASES)
_VERBS = "|".join(V.NEGATIVE_GROWTH + V.UP_VERBS + V.DOWN_VERBS)
_DOWN = V.DOWN_VERBS + V.NEGATIVE_GROWTH
_QUAL = {"约": "about", "近": "nearly", "超过": "at_least", "逾": "at_least", "超": "at_least"}
_CHANGE = re.compile(
    rf"(?P<each1>分别)?(?P<basis>{_BASIS})?[，,]?(?P<each2>分别)?(?:{'|'.join(V.CHANGE_ADVERBS)})?"
    rf"(?P<verb>{_VERBS}|{'|'.join(V.COMPARATIVE_VERBS)}|(?<=同比|环比|按年|按月)(?=[-－−﹣负]))了?(?P<q>约|近|超过|逾|超)?{_PCT}(?P<after>以上|以下|左右)?")
_DOUBLING = re.compile(rf"(?P<basis>{_BASIS})?(?P<word>{'|'.join(sorted(V.DOUBLINGS, key=len, reverse=True))})")
# Every character a match of _CHANGE can start with: each optional part's first character, down
# to the verb (a comparative 多/少, or a sign right after 同比/环比 standing for the verb).
_CHANGE_START = CharSet("分，,翻-－−﹣负" + "".join({w[0] for w in (
    *V.UP_VERBS, *V.DOWN_VERBS, *V.NEGATIVE_GROWTH, *V.COMPARATIVE_VERBS, *V.CHANGE_ADVERBS,
    *(b for b, _ in V.BASES))}))
_AMPLITUDE_WORDS = "|".join(sorted(V.AMPLITUDE, key=len, reverse=True))
_AMPLITUDE_Q = "|".join(sorted(V.AMPLITUDE_QUALIFIERS, key=len, reverse=True))
_AMPLITUDE = re.compile(rf"(?P<word>{_AMPLITUDE_WORDS})(?:{'|'.join(V.AMPLITUDE_ADVERBS)})?"
                        rf"(?:在|达到|高达|达|为)? ?(?P<q>{_AMPLITUDE_Q})?{_PCT}"
                        rf"(?P<suffix>以上|以下|左右)?")
#: An amplitude word, a comment on it and 分别 before a list of changes (同比增幅较大，分别为：
#: 210.98%、124.25%、62.75%): each is a change of the same sign.
_AMPLITUDE_EACH = re.compile(rf"(?P<word>{_AMPLITUDE_WORDS})[^，,。；;：:\n%0-9]{{0,4}}?\s*[，,]?\s*"
                             rf"分别(?:为|是|达到|达)?[:：]?\s*{_PCT}")
_LIST_PCT = re.compile(rf"(?:以及|[、和与及，,]){_PCT}")  # 下降40%、37%以及77.3%
#: A percent after an absolute difference, behind 即 or in brackets (按年增加563宗即1.8%,
#: 减少274人(18%)): the relative change, its sign the difference's verb.
_AFTER_DIFFERENCE = re.compile(rf"(?P<verb>{_VERBS})了?[0-9,. {NUMERAL_CHARS}]+[^\s，,。；;（(即%0-9]{{0,3}}?"
                               rf"(?P<open>即|[（(])(?P<plus>[+＋])?{_PCT}[）)]?")
#: A signed change in brackets after the name of what changed (襲警(-56.2百分點), 行劫 (+9.2%)):
#: the sign is the change's, the level is not given. After a digit or a measure word it is not
#: read here (59 225宗(+9.2%) is a change of that figure, read with its difference).
_SIGNED_BRACKET = re.compile(rf"(?<=[\u4e00-\u9fff]) ?[（(](?P<plus>[+＋])?{_PCT}[）)]")
#: The amplitude word after its number (百分之4.7的跌幅, 9.2%的升幅; 的 left out as Hong Kong writes
#: it: 詐騙損失金額錄得11.3%跌幅, Legislative Council paper 2025, tests/cases/heldout13): a signed change.
_AMPLITUDE_AFTER = re.compile(rf"{_PCT}(?P<de>的?)(?P<word>{_AMPLITUDE_WORDS})")
#: A listed change with its own verb (分别上升5%、10%和下降3%): only after 、/和/与/及.
_LIST_VERB_PCT = re.compile(rf"[、和与及](?P<verb>{_VERBS})了?{_PCT}")
#: A qualifier written after the change (下降20%以上).
_AFTER_QUAL = {"以上": "at_least", "以下": "at_most", "左右": "about"}
_MARKS = ("%", "倍", "个百分点", "百分点", "百分之", f"(?<=[0-9{NUMERAL_CHARS}])成", "翻(?:了?[一两]?番)")
_MARK = re.compile("|".join(_MARKS))
_MARK_START = CharSet("%倍个百成翻")  # the first character of each mark
_KIND_RULE = {"%": "change.verb", "倍": "change.times", "成": "change.cheng", "个百分点": "change.pp"}


def _pct_value(m: re.Match) -> tuple[Decimal, str]:
    if m["pnum"]:
        return parse_number(m["pnum"]), "%"
    value = parse_number(m["num"])
    unit = "成" if m["unit"].startswith("成") else "个百分点" if m["unit"].endswith("百分点") else m["unit"]
    factor = {"倍": 100, "成": 10}.get(unit, 1)
    tenths = V.DIGITS[m["tenth"]] if m["tenth"] else 5 if m["half"] else 0  # 七成半 = 75 %
    return (value * factor + tenths) * (-1 if m["neg"] else 1), unit


def _verb_sign(m: re.Match) -> int:
    """+1 for a rise, −1 for a fall (下降, 负增长, 较…少); a bare sign after 同比 gives +1 (the sign
    is the number's own)."""
    verb = m["verb"] or ""
    if verb in V.COMPARATIVE_VERBS:
        return V.COMPARATIVE_VERBS[verb]
    return -1 if verb in _DOWN else 1


def _ambiguous(m: re.Match, value: Decimal) -> Change:
    """下降-5%, 降幅-5%: a fall by a negative amount; whether the writer meant a rise or a fall is not
    said, so the change is read as nothing (and its number is not read as a level either)."""
    steps = [("change.ambiguous_sign", m.start(), m.end(), f"a fall by {value}: sign unclear")]
    return Change(m.start(), m.end(), [], None, "exact", "ambiguous", False, steps)


def _windows(s: str, points: np.ndarray | None) -> list[tuple[int, int]]:
    """Stretches of text around percent-like marks: the only places a change can be."""
    spans: list[tuple[int, int]] = []
    for m in _MARK_START.finditer(_MARK, s, points):
        a, b = max(0, m.start() - 48), min(len(s), m.end() + 24)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _listed(s: str, end: int, sign: int, each: bool) -> tuple[list[tuple[Decimal, int, int]], int]:
    """Further changes listed after the first (分别上升12%、8%); under 分别 an item may carry
    its own verb (分别上升5%、10%和下降3%), whose direction it keeps."""
    more: list[tuple[Decimal, int, int]] = []
    while (m := _LIST_PCT.match(s, end) or (_LIST_VERB_PCT.match(s, end) if each else None)) is not None:
        try:
            value, _ = _pct_value(m)
        except ValueError:
            break
        own = m.groupdict().get("verb")
        if own is not None:  # a verb holds for the items after it (上升1%、下降1%和2%)
            sign = -1 if own in _DOWN else 1
        if sign < 0 and value < 0:
            break  # 下降5%、-3%: the sign of the item is unclear
        more.append((sign * value, m.start() + (2 if s.startswith("以及", m.start()) else 1), m.end()))
        end = m.end()
    return more, end


def _verb_change(s: str, m: re.Match) -> Change | None:
    sign = _verb_sign(m)
    if m["verb"] in V.COMPARATIVE_VERBS and not m["basis"]:
        return None  # 多/少 is a change only after the base of a comparison (较去年同期多12.3%)
    try:
        value, kind = _pct_value(m)
    except ValueError:
        return None
    if sign < 0 and value < 0:
        return _ambiguous(m, value)
    first = (sign * value, m.start("num") if m["num"] else m.start("pnum"), m.end())
    each = bool(m["each1"] or m["each2"])
    more, end = _listed(s, m.end(), sign, each)
    basis = dict(V.BASES).get(m["basis"] or "")
    q = _QUAL.get(m["q"] or "") or _AFTER_QUAL.get(m["after"] or "") or ("at_least" if m["more"] else "exact")
    steps = [(_KIND_RULE.get(kind, "change.verb"), m.start("verb"), m.end(),
                  f"{m['verb']} {'+' if sign > 0 else '-'}{value} ({kind})")]
    if basis:
        steps.append(("change.basis", m.start("basis"), m.end("basis"), f"{m['basis']} = {basis}"))
    return Change(m.start(), end, [first, *more], basis, q, kind, each, steps)


def _doubling(m: re.Match) -> Change | None:
    if m["word"] in V.DOUBLINGS_AFTER_BASIS and not m["basis"]:
        return None
    value = Decimal(V.DOUBLINGS[m["word"]])
    basis = dict(V.BASES).get(m["basis"] or "")
    steps = [("change.doubling", m.start("word"), m.end(), f"{m['word']} = +{value}%")]
    return Change(m.start(), m.end(), [(value, m.start("word"), m.end())], basis, "exact", "翻",
                  False, steps)


def _amplitude_reading(m: re.Match, sign_written_once: bool = False) -> tuple[Decimal, str, int] | Change | None:
    """The number, its kind and the sign of an amplitude word; a negative number where the sign is
    the word's (降幅-5%, or any after the number: 百分之-4.7的升幅) is ambiguous."""
    try:
        value, kind = _pct_value(m)
    except ValueError:
        return None
    sign = V.AMPLITUDE[m["word"]]
    if value < 0 and (sign < 0 or sign_written_once):
        return _ambiguous(m, value)
    return value, kind, sign


def _amplitude(m: re.Match) -> Change | None:
    got = _amplitude_reading(m)
    if not isinstance(got, tuple):
        return got
    value, kind, sign = got
    q = V.AMPLITUDE_QUALIFIERS.get(m["q"] or "") or _AFTER_QUAL.get(m["suffix"] or "", "exact")
    steps = [("change.amplitude", m.start(), m.end(), f"{m['word']}: a signed change, {q}")]
    if kind == "个百分点":
        steps.append(("change.pp", m.start("num"), m.end(), "in percentage points"))
    return Change(m.start(), m.end(), [(sign * value, m.start(), m.end())], None, q, kind, False, steps)


def _amplitude_each(s: str, m: re.Match) -> Change | None:
    try:
        value, kind = _pct_value(m)
    except ValueError:
        return None
    sign = V.AMPLITUDE[m["word"]]
    first = (sign * value, m.start("num") if m["num"] else m.start("pnum"), m.end())
    more, end = _listed(s, m.end(), sign, True)
    steps = [("change.amplitude", m.start(), m.end(), f"{m['word']} … 分别: each a signed change")]
    if kind == "个百分点":
        steps.append(("change.pp", first[1], m.end(), "in percentage points"))
    return Change(m.start(), end, [first, *more], None, "exact", kind, True, steps)


def _after_difference(m: re.Match) -> Change | None:
    try:
        value, kind = _pct_value(m)
    except ValueError:
        return None
    sign = _verb_sign(m)
    if m["plus"] or m["neg"] and m["open"] != "即":  # 减少806宗(-9.1%): the sign written is the change's
        if (1 if m["plus"] else -1) != sign:
            return _ambiguous(m, value)
        value = abs(value)
    if sign < 0 and value < 0:
        return _ambiguous(m, value)
    start = m.start("num") if m["num"] else m.start("pnum")
    steps = [("change.after_difference", m.start("open"), m.end(),
              f"{m['open']}{value}% after {m['verb']}: {'+' if sign > 0 else '-'}{value} ({kind})")]
    return Change(m.start("open"), m.end(), [(sign * value, start, m.end())], None, "exact", kind, False, steps)


def _signed_bracket(m: re.Match) -> Change | None:
    """襲警(-56.2百分點): a change in brackets carrying its own sign, for the noun before it."""
    if not (m["neg"] or m["plus"]) or m["pnum"] or m["unit"] not in ("%", "个百分点", "百分点"):
        return None
    value, kind = _pct_value(m)
    start = m.start("neg") if m["neg"] else m.start("plus")
    steps = [("change.signed_bracket", start, m.end("unit"), f"{'+' if value > 0 else ''}{value} ({kind}), its own sign")]
    return Change(start, m.end("unit"), [(value, start, m.end("unit"))], None, "exact", kind, False, steps)


def _amplitude_after(m: re.Match) -> Change | None:
    """百分之4.7的跌幅: the number, 的, then the amplitude word that signs it."""
    got = _amplitude_reading(m, sign_written_once=True)
    if not isinstance(got, tuple):
        return got
    value, kind, sign = got
    start = m.start()
    steps = [("change.amplitude_after", start, m.end(), f"{m['word']} after its number: {sign * value} ({kind})")]
    end = m.start("de")
    return Change(start, end, [(sign * value, start, end)], None, "exact", kind, False, steps)


def find_changes(s: str, points: np.ndarray | None = None) -> list[Change]:
    """Every change in ``s``, in text order (they may not overlap)."""
    found: list[Change | None] = []
    for a, b in _windows(s, points):
        for m in _CHANGE_START.finditer(_CHANGE, s, points, a, b):
            found.append(_verb_change(s, m))
        found += [_doubling(m) for m in _DOUBLING.finditer(s, a, b)]
        found += [_amplitude(m) for m in _AMPLITUDE.finditer(s, a, b)]
        found += [_amplitude_each(s, m) for m in _AMPLITUDE_EACH.finditer(s, a, b)]
        found += [_after_difference(m) for m in _AFTER_DIFFERENCE.finditer(s, a, b)]
        found += [_signed_bracket(m) for m in _SIGNED_BRACKET.finditer(s, a, b)]
        found += [_amplitude_after(m) for m in _AMPLITUDE_AFTER.finditer(s, a, b)]
    out: list[Change] = []
    for c in sorted((c for c in found if c), key=lambda c: c.start):
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out
