"""Find every figure in briefing text and normalise it.

A figure is one measured quantity: a count with its measure word, money, weight, area,
duration, percentage, date or date range, with its qualifier (余 = at least, 约 = about …), the
bounds the text allows, any change attached to it (同比上升178.8%), the thing it measures, and
its span in the text as given. The reading is done by small named rules (:mod:`.rules`): numbers
(:mod:`.numerals`), dates (:mod:`.dates`), qualifiers and units (:mod:`.quantities`), changes
(:mod:`.changes`), metrics (:mod:`.metrics`) and vetoes (:mod:`.vetoes`).

>>> [(f.value, f.unit, f.measure_word, f.qualifier, f.change_pct)
...  for f in extract("累計破獲各類刑事案件237起,,同比上升178.8%")]
[(237, 'count', '起', 'exact', 178.8)]
>>> extract("开展“三抓三促”行动，一是强基建") == []
True
"""
from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import NamedTuple

from . import vocab as V
from ._chars import FULLWIDTH, CharSet, codes
from .changes import Change, find_changes
from .clean import Repaired, clean
from .arguments import check_date, check_text
from .dates import DateContext
from .dates.patterns import EDGE_FIRST, EDGE_START
from .differences import agrees, change_from_base, difference_sign, implied_change, is_base
from .glossary import gloss
from .metrics import TIME_UNITS, metric_of, strip_noise, verb_at
from .numerals import NUMERAL_CHARS, to_python
from .quantities import Draft, numeral_run_end, read_quantity, written_in_yuan
from .roles import Reading, read_all
from .rules import Rejection, Step, Steps

__all__ = ["Figure", "Explanation", "extract", "explain", "UNITS", "QUALIFIERS", "FIELDS"]

UNITS = V.UNIT_NAMES
QUALIFIERS = ("exact", "at_least", "about", "nearly", "at_most", "range")


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
    precision: int | float | None = None
    flags: tuple[str, ...] = ()
    steps: tuple[Step, ...] = ()
    role: str | None = None
    period: str | None = None
    metric_class: str | None = None

    def explain(self) -> Steps:
        """The steps that read this figure (``str()`` gives one line a step)."""
        return Steps(self.steps)

    @property
    def rules(self) -> tuple[str, ...]:
        """The steps as text (older name)."""
        return tuple(map(str, self.steps))

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in FIELDS}


FIELDS = ("index", "text", "start", "end", "value", "unit", "measure_word", "qualifier", "low",
          "high", "precision", "flags", "change_pct", "change_basis", "change_text", "metric",
          "metric_en", "sentence", "section", "subtheme", "parent", "role", "period", "metric_class")


class Explanation(NamedTuple):
    """What :func:`explain` found: the figures and the numbers it rejected, with the veto rule."""

    figures: list[Figure]
    rejected: list[Rejection]

    def __str__(self) -> str:
        lines = []
        for f in self.figures:
            lines.append(f"{f.text!r} -> {f.value!r} {f.unit or ''} ({f.qualifier})")
            lines += ["  " + str(step) for step in f.steps]
        lines += [str(r) for r in self.rejected]
        return "\n".join(lines)


# --- scanning -----------------------------------------------------------------------------

#: A number starts with a digit or a numeral, never with the decimal point 点 (窝点三十个, 重点三类:
#: the 点 ends a word).
_NUMBER_START = "".join(c for c in NUMERAL_CHARS if c not in V.DECIMAL_POINTS)
_CANDIDATE = re.compile(f"[0-9{_NUMBER_START}半]|[数几上](?=[十百千万亿])|首(?=季)|{EDGE_START}")  # 首季: the first quarter; 去年底
_CANDIDATE_START = CharSet("0123456789" + _NUMBER_START + "半数几上首" + "".join(EDGE_FIRST))
_QUOTE_PAIRS = (("“", "”", 24), ("「", "」", 24), ("‘", "’", 24), ("『", "』", 24), ("《", "》", 40),
                ('"', '"', 24))
_QUOTES = re.compile("|".join(f"{a}[^{a}{b}\\n]{{0,{n}}}{b}" for a, b, n in _QUOTE_PAIRS))
_QUOTE_START = CharSet("".join(a for a, _, _ in _QUOTE_PAIRS))
_SENTENCE_END = CharSet("。！？!?\n")
_SUBJECT_END = CharSet("，。；！？\n：")
_CLAUSE_ENDS = CharSet("，。；！？!?\n：、（）()")
_FULLWIDTH_CHARS = CharSet("".join(map(chr, FULLWIDTH)))
_LIST_GAP = re.compile(rf"[，,、…\s]*[（(]?(?:{'|'.join(V.CHANGE_ADVERBS)})?")  # 318人（增7.5%）
#: A comparison opening the clause of a change (，较2022年上升超过七成半, 比去年全年收缴量上升370%): no
#: subject of its own, or one that fits the figure; a noun of another kind of figure (财损金额约2亿元，
#: 与去年同期相比受理件数减少8.5%) names another, so the change stays alone.
_BASE_PERIOD = rf"(?:[0-9]{{2,4}}年(?:同期|度)?|{'|'.join(V.BASE_PERIODS)})"
_SEVERAL_BASES = re.compile(rf"(?:{'|'.join(V.SEVERAL_BASES_OPENERS)}){_BASE_PERIOD}(?:(?:以及|[、及和与]){_BASE_PERIOD})+")
_COMPARISON_OPENER = re.compile("(?:同比|环比|较|比|与|和)[^，。；：]{0,10}?(?:相比|比较)?")
_LAST_CLAUSE = re.compile("[,，;；:：]\\s*(?:其中)?")
_TRAILING_BASIS = re.compile(f"({'|'.join(b for b, _ in V.BASES)}|分别)+$")
_DECLARED = re.compile(f"[（(]({'|'.join(V.CURRENCY_BEFORE)})[，,、]?下同[）)]")
_SENTENCE_WIDTH = 100  # characters kept on each side of a figure in a very long sentence


def _quoted(s: str, points) -> bytearray:
    """1 inside a quotation (a name or codename): no figure starts there."""
    blocked = bytearray(len(s))
    for m in _QUOTE_START.finditer(_QUOTES, s, points):
        a, b = m.span()
        blocked[a + 1:b] = b"\1" * (b - a - 1)
    return blocked


#: A line that is a link to the article before or after (上一篇：…): page furniture, no figure in it.
_NAVIGATION_LINE = re.compile(f"^[ \t]*(?:{'|'.join(p + w for p in V.PAGE_NAVIGATION for w in ('一篇', '一条', '一页'))})"
                              "[^\n]*", re.M)
_BLOCKED_BY = {1: ("veto.quoted", "inside a quotation or name"),
               3: ("veto.page_navigation", "a link to another article (上一篇：…)")}


def _navigation(s: str, blocked: bytearray) -> None:
    """3 on every line that opens with 上一篇/下一篇 (a link's title belongs to another page)."""
    if "上一" not in s and "下一" not in s:
        return
    for m in _NAVIGATION_LINE.finditer(s):
        blocked[m.start():m.end()] = b"\3" * (m.end() - m.start())


def _scan(s: str, points, dates: DateContext, blocked: bytearray) -> tuple[list[Draft], list[Rejection]]:
    drafts: list[Draft] = []
    rejected: list[Rejection] = []
    cursor = 0
    for pos in _CANDIDATE_START.where(points).tolist():  # each candidate is one character long
        if pos < cursor or blocked[pos] == 2 or not _CANDIDATE.match(s, pos):
            continue
        if blocked[pos]:
            cursor = numeral_run_end(s, pos)
            rejected.append(Rejection(s[pos:cursor], pos, cursor, *_BLOCKED_BY[blocked[pos]]))
            continue
        got = read_quantity(s, pos, dates)
        if isinstance(got, Rejection):
            rejected.append(got)
            cursor = max(numeral_run_end(s, pos), got.end)
            continue
        if drafts and got.start < drafts[-1].end:
            got.start = drafts[-1].end
        drafts.append(got)
        cursor = got.end
    return drafts, rejected


# --- changes ------------------------------------------------------------------------------

def _give_change(s: str, d: Draft, ch: Change, pct, rule: str) -> None:
    d.change, d.basis, d.change_span, d.change_q = pct, ch.basis, (ch.start, ch.end), ch.qualifier
    if ch.qualifier != "exact":  # 120起，同比下降20%以上: the level is exact, the change a bound
        d.flags = d.flags + (f"change_{ch.qualifier}",)
    d.steps += ch.steps + [(rule, ch.start, ch.end, f"to {s[d.start:d.end]!r}")]


def _numeric_before(drafts: list[Draft], starts: list[int], lo: int, ch: Change) -> list[Draft]:
    hi = bisect.bisect_left(starts, ch.start)
    window = drafts[max(lo, hi - len(ch.pcts) - 8):hi]
    return [d for d in window if d.end <= ch.start and d.unit not in TIME_UNITS and d.change is None
            and d.value is not None]


def _attach_one(s: str, ch: Change, before: list[Draft]) -> bool:
    """A change right after the figure(s) it belongs to (237起,,同比上升178.8%); after an
    absolute difference (较…增加1,178宗，上升12.2%), the level the difference belongs to."""
    n = len(ch.pcts)
    if len(before) < n or ch.start - before[-1].end > 8 or not _LIST_GAP.fullmatch(s[before[-1].end:ch.start]):
        return False
    if n == 1 and _last_of_parts(s, before):
        return False  # 包括盜竊800宗和傷人400宗，較上年同期減少3.1%: the total's change, or no figure's
    sign = _difference_or_verb(s, before[-1].start) if n == 1 else None
    if sign is not None:
        return _attach_to_level(s, ch, before, sign)
    if n == 1 and is_base(s, before[-1].start):
        return _attach_over_base(s, ch, before)
    for d, (pct, _, _) in zip(before[-n:], ch.pcts):
        _give_change(s, d, ch, pct, "change.attached")
    return True


#: A change verb right before a figure (「販毒」增加5宗): the figure is a difference, whose own change
#: is never what a percentage after it states (增加5宗,上升幅度為18.5%: the change of the level).
_VERB_RIGHT_BEFORE = re.compile(f"(?<!新)(?P<verb>{'|'.join(V.CHANGE_VERBS_LONGEST_FIRST)})了?$")


def _difference_or_verb(s: str, start: int) -> int | None:
    """+1/-1 where the figure at ``start`` is an absolute difference: after a comparison
    (differences.difference_sign) or right after a change verb."""
    sign = difference_sign(s, start)
    if sign is not None:
        return sign
    m = _VERB_RIGHT_BEFORE.search(s, max(0, start - 4), start)
    return None if m is None else -1 if m["verb"] in V.DOWN_VERBS else 1


def _last_of_parts(s: str, before: list[Draft]) -> bool:
    """The figure before a change closes a clause that lists parts (包括…和…, 其中…、…)."""
    last = before[-1]
    clause_start = _clause_start(s, last.start)
    parts = [d for d in before if d.start >= clause_start]
    return len(parts) > 1 and s.startswith(V.BREAKDOWN_WORDS, clause_start)


def _attach_to_level(s: str, ch: Change, before: list[Draft], sign: int) -> bool:
    """The change after a difference goes to the level before it (same unit and measure word),
    only where level, difference and change agree; else to no figure."""
    difference, pct = before[-1], ch.pcts[0][0]
    level = _level_before(s, before[:-1], difference)
    if level is None or (pct > 0) != (sign > 0):
        return False
    implied = implied_change(level.value, abs(difference.value), sign)  # (-459宗): its sign kept
    why = f"{s[difference.start:difference.end]!r} is its difference, which gives {implied} %"
    return _give_if_agrees(s, ch, level, implied, "change.of_difference", why)


def _give_if_agrees(s: str, ch: Change, level: Draft | None, implied, rule: str, why: str) -> bool:
    """Give the change to ``level`` only where the numbers give it (``implied``, in %)."""
    if level is None or not agrees(ch.pcts[0][0], implied):
        return False
    _give_change(s, level, ch, ch.pcts[0][0], rule)
    level.steps[-1] = level.steps[-1][:3] + (f"to {s[level.start:level.end]!r}: {why}",)
    return True


def _level_before(s: str, before: list[Draft], other: Draft) -> Draft | None:
    """The nearest figure before ``other`` with its unit and measure word that is not itself the
    base of a comparison (较去年同期的18743宗) nor inside brackets closed before ``other``
    (1106起(含破获外省案件52起)，较上年同期…)."""
    return next((d for d in reversed(before) if (d.unit, d.mw) == (other.unit, other.mw)
                 and not is_base(s, d.start) and not _bracketed(s, d, other.start)), None)


def _bracketed(s: str, d: Draft, upto: int) -> bool:
    """``d`` stands inside brackets that close before ``upto``."""
    opened = max(s.rfind("(", 0, d.start), s.rfind("（", 0, d.start))
    closed = max(s.rfind(")", 0, d.start), s.rfind("）", 0, d.start))
    return opened > closed and (s.find(")", d.end, upto) >= 0 or s.find("）", d.end, upto) >= 0)


def _attach_over_base(s: str, ch: Change, before: list[Draft]) -> bool:
    """90,276宗，较2022年的70,048宗上升28.9%: the change of the level before the base, only where
    level and base give it."""
    base = before[-1]
    level = _level_before(s, before[:-1], base)
    implied = change_from_base(level.value, base.value) if level is not None else None
    why = f"against its base {s[base.start:base.end]!r}, {implied} %"
    return _give_if_agrees(s, ch, level, implied, "change.over_base", why)


def _distribute(s: str, ch: Change, before: list[Draft], subject: str) -> bool:
    """分别同比减少20.7%、20.4%: the last n figures of the sentence take the n changes; where those
    are the bases of a comparison, the n levels listed before it take them (see ``_levels_of_bases``)."""
    n = len(ch.pcts)
    if not ch.distributed or n < 2 or len(before) < n or subject.count("、") == n - 1:
        return False
    takers = before[-n:]
    if any(is_base(s, d.start) for d in takers):
        takers = _levels_of_bases(s, before, n)
        if takers is None:
            return False
    if any(o.unit != takers[0].unit and o.unit in ("percent",) for o in takers):
        return False
    rule = "change.distributed" if takers[-1] is before[-1] else "change.distributed_over_bases"
    for d, (pct, _, _) in zip(takers, ch.pcts):
        _give_change(s, d, ch, pct, rule)
    return True


def _levels_of_bases(s: str, before: list[Draft], n: int) -> list[Draft] | None:
    """受理1萬3559件、財損59億餘元，較去年11月受理1萬8204件、財損126億餘元，分別減少約26%與53%: the
    last n figures are the bases, so the n figures right before the first of them are the levels,
    only where each level is of its base's unit and measure word, in the same order; else None."""
    bases, levels = before[-n:], before[-2 * n:-n]
    if len(levels) < n or not is_base(s, bases[0].start) or any(is_base(s, d.start) for d in levels):
        return None
    if any((lv.unit, lv.mw) != (b.unit, b.mw) for lv, b in zip(levels, bases)):
        return None
    return levels


def _after_several_bases(s: str, sent_start: int, start: int) -> bool:
    """The last comparison before ``start`` in its sentence (and its clause group: no ；between) names
    several base periods (比2021年、2020年及2019年分別減少…，下降40%、37%以及77.3%)."""
    window = max(sent_start, start - _SEVERAL_BASES_REACH)
    at = max(window, s.rfind("；", window, start) + 1, s.rfind(";", window, start) + 1)
    last = None
    for last in _SEVERAL_BASES.finditer(s, at, start):
        pass
    return last is not None and not _ANOTHER_COMPARISON.search(s, last.end(), start)


#: How far before its changes a comparison of several bases may stand (比2021年、2020年及2019年分別減少
#: 102宗、90宗及520宗,下降…: 41 characters), bounded so that each change looks back a fixed length.
_SEVERAL_BASES_REACH = 80
_ANOTHER_COMPARISON = re.compile(f"(?:{'|'.join(V.SEVERAL_BASES_OPENERS)})")


def _alone(s: str, ch: Change, subject: str, rule: str = "") -> list[Draft]:
    """Changes with no figure to take them (``rule``: why none may take them, where one could)."""
    n = len(ch.pcts)
    names = subject.split("、") if n > 1 and subject.count("、") == n - 1 else [subject] * n
    unit = "pp" if ch.kind == "个百分点" else None
    out = []
    for (pct, a, b), name in zip(ch.pcts, names):
        span = (ch.start, ch.end) if n == 1 else ((ch.start, b) if a == ch.pcts[0][1] else (a, b))
        steps = ch.steps + [(rule, span[0], span[1], "one level against several bases")] if rule else ch.steps
        steps = steps + [("change.alone", span[0], span[1], "no figure before it")]
        if n > 1:
            steps.append(("change.distributed", span[0], span[1], f"to {name!r}"))
        metric = strip_noise(_TRAILING_BASIS.sub("", _LAST_CLAUSE.split(name)[-1].strip()))
        out.append(Draft(span[0], span[1], None, unit, qualifier=ch.qualifier, change=pct,
                         basis=ch.basis, change_span=span, metric=metric or None, steps=steps))
    return out


def _attach_changes(s: str, drafts: list[Draft], changes: list[Change], ends: list[int],
                    subject_ends: list[int]) -> list[Draft]:
    extra: list[Draft] = []
    starts = [d.start for d in drafts]  # drafts are in text order
    for ch in changes:
        sent = bisect.bisect_right(ends, ch.start)
        sent_start = ends[sent - 1] if sent else 0
        before = _numeric_before(drafts, starts, bisect.bisect_left(starts, sent_start), ch)
        i = bisect.bisect_right(subject_ends, ch.start + (s[ch.start] in "，,")) - 1  # ，升四成一
        subject = s[max(subject_ends[i] if i >= 0 else 0, sent_start, ch.start - 40):ch.start]
        if ch.kind == "个百分点":  # change_pct is a relative change: points stand alone, unit pp
            extra += _alone(s, ch, subject)
        elif _after_several_bases(s, sent_start, ch.start):  # 對比2021年、2020年及2019年,分別下降…
            extra += _alone(s, ch, subject, "change.several_bases")
        elif ch.distributed and len(ch.pcts) > 1:  # 分别: all the changes or none
            if not _distribute(s, ch, before, subject):
                extra += _alone(s, ch, subject)
        elif not (_attach_one(s, ch, before) or _attach_clause_subject(s, ch, before, subject_ends, i)
                  or _attach_to_movement_end(s, ch, before, drafts, starts)):
            extra += _alone(s, ch, subject)
    return extra


#: 至/到 right after a change: the figure after it is where the movement ends (由8 884宗增加806宗(+9.1%)
#: 至9 690宗: Hong Kong Police, 2019, tests/cases/heldout11).
_TO_AFTER_CHANGE = re.compile(r"[至到]")


def _attach_to_movement_end(s: str, ch: Change, before: list[Draft], drafts: list[Draft],
                            starts: list[int]) -> bool:
    """A change between a movement's difference and the figure after 至/到 goes to that figure,
    where level, difference and change agree."""
    m = _TO_AFTER_CHANGE.match(s, ch.end)
    j = bisect.bisect_left(starts, m.end()) if m else len(drafts)
    if len(ch.pcts) != 1 or not before or j >= len(drafts) or drafts[j].start != m.end():
        return False
    level, difference = drafts[j], before[-1]
    sign = _difference_or_verb(s, difference.start)
    if sign is None or (level.unit, level.mw) != (difference.unit, difference.mw):
        return False
    implied = implied_change(level.value, abs(difference.value), sign)
    why = f"{s[difference.start:difference.end]!r} is its difference, which gives {implied} %"
    return _give_if_agrees(s, ch, level, implied, "change.movement_end", why)


def _attach_clause_subject(s: str, ch: Change, before: list[Draft], subject_ends: list[int],
                           i: int) -> bool:
    """A change opening its clause (after a comparison at most: ，较2022年上升…) belongs to the figure
    of the clause before it: the count that opens that clause (2161名驾驶人2次以上被查处，同比下降
    1.1%), or its only figure (截获近2.7万人涉入境携带超额免税香烟，升四成一)."""
    i = _past_comparison_clause(s, subject_ends, i, ch.start)
    opener = s[subject_ends[i]:ch.start].strip("，, ") if i >= 0 else ""
    named = bool(opener) and not _COMPARISON_OPENER.fullmatch(opener)
    if len(ch.pcts) != 1 or i < 0 or named and not _NAMED_OPENER.fullmatch(opener) or not before:
        return False
    if opener and _names_another_kind(opener, before[-1]):
        return False
    clause_start = subject_ends[i - 1] if i > 0 else 0
    inside = [d for d in before if d.start >= clause_start]
    if not inside or named:
        return bool(inside) and _named_subject(s, ch, before, inside, opener)
    if inside[0].start == clause_start and inside[0].unit == "count":
        _give_change(s, inside[0], ch, ch.pcts[0][0], "change.clause_subject")
        return True
    total = _breakdown_total(s, inside, before, clause_start)
    if total is not None:
        _give_change(s, total, ch, ch.pcts[0][0], "change.breakdown_total")
        return True
    if len(inside) == 1 and inside[0].unit not in ("percent", "pp"):
        sign = _difference_or_verb(s, inside[0].start)
        if sign is not None:  # 相比增加233宗，上升2.2%: the change of a level, not of the difference
            return _attach_to_level(s, ch, before[:before.index(inside[0]) + 1], sign)
        _give_change(s, inside[0], ch, ch.pcts[0][0], "change.clause_figure")
        return True
    return False


#: A short noun opening the clause of a change (发生率降低7.86%, 破案数同比上升12.1%): the change names
#: its figure by a noun of its own (National Police Agency 2009, Gansu 2023: tests/cases/heldout14, 15).
_NAMED_OPENER = re.compile("[\u4e00-\u9fff]{1,6}")


def _named_subject(s: str, ch: Change, before: list[Draft], inside: list[Draft], opener: str) -> bool:
    """A change whose clause opens with a noun of its own goes to the level of the clause before
    only where the numbers show it: after a difference, where level, difference and change agree
    (…2万2,807件,较去年的2万4,752件,减少1,945件,发生率降低7.86%); or a noun of counts (破案数) after the
    clause's only count (破獲刑事案件2.9萬起,破案數同比上升12.1%)."""
    counts = [d for d in inside if d.unit == "count"]
    if not counts:
        return False
    sign = _difference_or_verb(s, counts[-1].start)
    if sign is not None:
        return _attach_to_level(s, ch, before[:before.index(counts[-1]) + 1], sign)
    if len(counts) == 1 and _noun_counts(opener, counts[0]) and not is_base(s, counts[0].start) \
            and not _names_another_action(opener, s[_clause_start(s, counts[0].start):ch.start]):
        _give_change(s, counts[0], ch, ch.pcts[0][0], "change.named_subject")
        return True
    return False


_COUNT_NOUNS_LONGEST_FIRST = sorted(V.COUNT_NOUN_MEASURES, key=len, reverse=True)  # 案件数 before 件数


def _noun_counts(opener: str, figure: Draft) -> bool:
    """The opener ends with a noun of counts (破案数) that counts what the figure's measure word
    counts: cases for 案数 and 案件数, people for 人数 (the longest noun that ends it)."""
    noun = next((n for n in _COUNT_NOUNS_LONGEST_FIRST if opener.endswith(n)), None)
    return noun is not None and figure.mw in V.COUNT_NOUN_MEASURES[noun]


def _names_another_action(opener: str, clause: str) -> bool:
    """发案数 after 13起现行命案全部及时破获: the noun names an action (the offences occurring) while
    the count's clause has only another's verb (solved), so the change is not that count's."""
    own = next((verbs for noun, verbs in V.ACTION_COUNT_NOUNS.items() if opener.endswith(noun)), None)
    clause = clause.rstrip("，, ").removesuffix(opener)
    if own is None or any(v in clause for v in own):
        return False
    others = (v for noun, verbs in V.ACTION_COUNT_NOUNS.items() if not opener.endswith(noun) for v in verbs)
    return any(v in clause for v in others)


#: How far back a clause's opening is sought: a clause is shorter, and the bound keeps the cost linear.
_CLAUSE_LOOK_BACK = 120


def _clause_start(s: str, at: int) -> int:
    """Where the clause holding position ``at`` opens (after the last ，,；;。 or line end before it,
    at most :data:`_CLAUSE_LOOK_BACK` characters back)."""
    floor = max(0, at - _CLAUSE_LOOK_BACK)
    return max(s.rfind(mark, floor, at) for mark in "，,；;。\n") + 1 or floor


def _past_comparison_clause(s: str, subject_ends: list[int], i: int, start: int) -> int:
    """The subject end before a comparison written as a clause of its own right before the change
    (2839宗,與去年同期比較,下降13.9%: Macau, 2010), so that it opens the change; else ``i``."""
    if i < 1 or s[subject_ends[i]:start].strip("，, "):
        return i
    clause = s[subject_ends[i - 1]:subject_ends[i]].strip("，, ")
    return i - 1 if clause and _COMPARISON_OPENER.fullmatch(clause) else i


def _names_another_kind(opener: str, figure: Draft) -> bool:
    """与去年同期相比受理件数: the opener names counts while the figure is money, or the reverse."""
    if any(word in opener for word in V.COUNT_NOUNS):
        return figure.unit != "count"
    if any(word in opener for word in V.MONEY_NOUNS):
        return figure.unit not in V.MONEY_UNITS
    return False


def _breakdown_total(s: str, parts: list[Draft], before: list[Draft], clause_start: int) -> Draft | None:
    """共5,602宗，包括631宗游行和4,971宗集会，…上升73%: the total that the parts listed in the clause
    before the change (包括/其中) add up to exactly."""
    if len(parts) < 2 or not s.startswith(V.BREAKDOWN_WORDS, clause_start):
        return None
    total = next((d for d in reversed(before) if d.end <= clause_start), None)
    if total is None or any((p.unit, p.mw) != (total.unit, total.mw) for p in parts):
        return None
    return total if sum(p.value for p in parts) == total.value else None


def _declared_currency(s: str, drafts: list[Draft]) -> None:
    """逾78亿元(港币,下同): a declared currency holds for every 元 from there on."""
    for m in _DECLARED.finditer(s) if "下同" in s else ():
        unit = V.CURRENCY_BEFORE[m[1]]
        for d in drafts:
            if d.unit == "CNY" and d.end >= m.start() - 1 and written_in_yuan(s, d):
                d.unit = unit
                d.steps.append(("unit.currency_declared", m.start(), m.end(), f"{m[1]} -> {unit}"))


def _shares_a_listed_unit(d: Draft) -> bool:
    """25萬、33萬元: an item of a list whose 元 is written once, after the last item."""
    return any(step[0] == "number.list" for step in d.steps)


def _regional_currency(s: str, drafts: list[Draft], roc: bool) -> None:
    """港幣 named once, 元 after: a text that names one regional currency and never 人民币
    (or writes ROC years: Taiwan), or that names no currency and was issued in one region
    (本港, 司法警察局, 警政署), counts its bare 元 in that currency, flagged."""
    bare = [d for d in drafts if d.unit == "CNY" and (written_in_yuan(s, d) or _shares_a_listed_unit(d)
                                                      or d.steps[-1][0] in _IMPLIED_MONEY)]
    if not bare or any(name in s for name in V.CNY_NAMES):
        return
    named = {unit for name, unit in V.REGIONAL_CURRENCY.items() if name in s} or ({"TWD"} if roc else set())
    why = f"元 in a text that names {next(iter(named))}" if len(named) == 1 else None
    if not named:
        unit, marker = _issuing_region(s)
        named, why = {unit} if unit else set(), f"元 in a text issued in a region of {unit} ({marker})"
    if len(named) != 1:
        return
    unit = named.pop()
    for d in bare:
        d.unit, d.flags = unit, d.flags + ("inferred_currency",)
        d.steps.append(("unit.currency_regional", d.end - 1, d.end, why))


_IMPLIED_MONEY = ("unit.money_implied", "unit.money_before_noun")


def _without_currency(s: str, drafts: list[Draft]) -> list[Rejection]:
    """13万现金 on a page that names no currency, no region and not the mainland: no figure (its
    currency is not given); the drafts are taken out of ``drafts``."""
    if any(word in s for word in V.CNY_NAMES + V.MAINLAND_MARKERS):
        return []
    gone = [d for d in drafts if d.unit == "CNY" and d.steps[-1][0] == "unit.money_before_noun"]
    for d in gone:
        drafts.remove(d)
    return [Rejection(s[d.start:d.end], d.start, d.end, "veto.no_currency", "no currency on the page") for d in gone]


def _issuing_region(s: str) -> tuple[str | None, str | None]:
    """The currency of the one region whose own words the text uses (strong markers first,
    then the place's name alone), or (None, None); never for a text that names 公安."""
    if any(word in s for word in V.MAINLAND_MARKERS):
        return None, None
    for strength in (0, 1):
        found = {unit: next((w for w in words[strength] if w in s), None) for unit, words in V.REGION_MARKERS.items()}
        found = {unit: word for unit, word in found.items() if word}
        if len(found) == 1:
            return next(iter(found.items()))
        if found:
            return None, None
    return None, None


# --- links and metrics --------------------------------------------------------------------

def _link(s: str, drafts: list[Draft], ends: list[int]) -> None:
    """Parents for 其中 sub-counts; 以上 shared across 及 (五年及十年以上)."""
    parent: int | None = None
    for i, d in enumerate(drafts):
        if i and bisect.bisect_right(ends, drafts[i - 1].start) != bisect.bisect_right(ends, d.start):
            parent = None
        if not i or d.value is None:
            continue
        gap = s[drafts[i - 1].end:d.start]
        if ("其中" in gap or "当中" in gap) and drafts[i - 1].unit == d.unit:
            parent = i - 1
        if parent is not None and drafts[parent].unit == d.unit and drafts[parent].mw == d.mw and i != parent:
            d.parent = parent
            d.steps.append(("link.parent", drafts[parent].start, drafts[parent].end, "其中 sub-count"))
        prev = drafts[i - 1]
        if gap in ("及", "和", "或", "、") and d.suffix_q and prev.unit == d.unit \
                and prev.qualifier == "exact" and not prev.suffix_q:
            prev.qualifier = d.qualifier
            prev.steps.append(("qualifier.shared", d.start, d.end, f"{d.qualifier} across {gap}"))


def _metrics(s: str, drafts: list[Draft], ends: list[int], clause_ends: list[int]) -> None:
    starts = [d.start for d in drafts]
    inherited: str | None = None
    last_sentence = -1
    for d in drafts:
        sent = bisect.bisect_right(ends, d.start)
        if sent != last_sentence:
            inherited, last_sentence = None, sent
        if d.metric is None:
            near = drafts[bisect.bisect_left(starts, d.start - 60):bisect.bisect_right(starts, d.end + 60)]
            d.metric = metric_of(s, d, near, inherited, clause_ends)
        if d.metric and d.unit == "count":
            pos = verb_at(d.metric)
            inherited = d.metric[pos:pos + 2] if pos == 0 else inherited


# --- records ------------------------------------------------------------------------------

def _num(v):
    if type(v) is not Decimal:
        return v
    return int(v) if v == v.to_integral_value() else float(v)


def _bounds(d: Draft) -> tuple[object, object]:
    """low/high from the qualifier and the written precision (see the figure contract)."""
    v = d.value
    if v is None or isinstance(v, str) or d.qualifier == "range":
        return d.low, d.high
    if d.qualifier == "exact":
        return v, v
    if d.qualifier == "at_least":
        return v, (v + d.precision if d.remainder and d.precision else None)
    if d.qualifier in ("at_most", "nearly"):
        return None, v
    return None, None


def _sentence(s: str, d: Draft, ends: list[int], clause_ends: list[int]) -> str:
    """The sentence around a figure, cut at clause marks to about 200 characters."""
    sent = bisect.bisect_right(ends, d.start)
    a = ends[sent - 1] if sent else 0
    b = ends[sent] if sent < len(ends) else len(s)
    if b - a > 2 * _SENTENCE_WIDTH:
        lo, hi = max(a, d.start - _SENTENCE_WIDTH), min(b, d.end + _SENTENCE_WIDTH)
        i = bisect.bisect_left(clause_ends, lo)
        a = clause_ends[i] if i < len(clause_ends) and clause_ends[i] <= d.start else lo
        j = bisect.bisect_right(clause_ends, hi) - 1
        b = clause_ends[j] if j >= 0 and clause_ends[j] >= d.end else hi
    return s[a:b].strip()


def _finish(rep: Repaired, s: str, d: Draft, ends: list[int], clause_ends: list[int], index: int,
            given: str, r: Reading) -> Figure:
    """The figure of a draft, with its role, period and metric class and the steps that read them."""
    start, end = rep.raw_span(d.start, d.end)
    low, high = _bounds(d)
    change_text = None
    if d.change_span:
        cs, ce = rep.raw_span(*d.change_span)
        change_text = given[cs:ce]
    precision = _num(d.precision) if d.value is not None and not isinstance(d.value, str) or d.flags else None
    raw_span = rep.raw_span
    steps = tuple([Step(rule, *raw_span(a, b), detail) for rule, a, b, detail in (*d.steps, *r.steps)])
    return Figure(given[start:end], start, end, _num(d.value), d.unit, d.mw, d.qualifier, _num(low),
                  _num(high), _num(d.change), d.basis, change_text, d.metric, gloss(d.metric),
                  _sentence(rep.text, d, ends, clause_ends), None, None, d.parent, index,
                  precision, d.flags, steps, r.role, r.period, r.metric_class)


def _run(text: str, date: str | None, repaired: Repaired | None) -> tuple[list[Figure], list[Rejection]]:
    text, date = check_text(text), check_date(date)  # one check for every entry point
    rep = repaired or clean(text)
    s, points = rep.text, codes(rep.text)
    if _FULLWIDTH_CHARS.where(points).size:  # full-width digits: same length, so offsets hold
        s = s.translate(FULLWIDTH)
        points = codes(s)
    dates = DateContext.of(s, date)  # the document date and the dates read so far
    blocked = _quoted(s, points)
    _navigation(s, blocked)
    changes = [c for c in find_changes(s, points) if not blocked[c.start]]
    for c in changes:  # inside a change: no figure starts there either (2: read by the change)
        blocked[c.start:c.end] = b"\2" * (c.end - c.start)
    changes = [c for c in changes if c.pcts]  # a change whose sign is unclear: nothing to attach
    drafts, rejected = _scan(s, points, dates, blocked)
    _declared_currency(s, drafts)
    _regional_currency(s, drafts, dates.roc)
    rejected += _without_currency(s, drafts)
    ends = _SENTENCE_END.ends(s, points)
    drafts += _attach_changes(s, drafts, changes, ends, _SUBJECT_END.ends(s, points))
    drafts.sort(key=lambda d: d.start)
    _link(s, drafts, ends)
    clause_ends = _CLAUSE_ENDS.ends(s, points)
    _metrics(s, drafts, ends, clause_ends)
    readings = read_all(s, drafts, date, ends, clause_ends)
    figures = [_finish(rep, s, d, ends, clause_ends, i, text, r) for i, (d, r) in enumerate(zip(drafts, readings))]
    rejected = [r._replace(start=a, end=b, text=text[a:b])
                for r in rejected for a, b in [rep.raw_span(r.start, r.end)]]
    return figures, rejected


def extract(text: str, date: str | None = None, *, repaired: Repaired | None = None) -> list[Figure]:
    """Every figure in ``text`` (raw or repaired, Traditional or Simplified).

    ``date`` is the document's own date (``YYYY-MM-DD``); it gives year-less dates
    their year. Spans refer to ``text`` as given.

    >>> [f.text for f in extract("挽回經濟損失8898萬(wàn)余元,,協助清收不良資產4.88億元")]
    ['8898萬(wàn)余元', '4.88億元']
    >>> extract("11月16日上午", date="2023-11-16")[0].value
    '2023-11-16'
    """
    return _run(text, date, repaired)[0]


def explain(text: str, date: str | None = None) -> Explanation:
    """The figures in ``text`` and every number that was not taken, with the veto rule.

    >>> e = explain("打掉一张网，抓获6名")
    >>> [f.text for f in e.figures], [(r.text, r.rule) for r in e.rejected]
    (['6名'], [('一', 'veto.idiom')])
    """
    return Explanation(*_run(text, date, None))
