"""Read one quantity where a number starts: the number, its qualifiers, unit or measure word,
and the vetoes that say it is not a figure (private).

Each step is a small function that moves a :class:`Draft` forward and records a
:class:`~analysis.engine.rules.Step`; a rejection names its veto rule.

>>> d = read_quantity("挽回损失8898万余元", 4, None)
>>> (d.value, d.unit, d.qualifier, d.remainder, [step[0] for step in d.steps])
(Decimal('88980000'), 'CNY', 'at_least', True, ['number.arabic', 'qualifier.infix_remainder', 'unit.physical'])
>>> read_quantity("开展一张网行动", 2, None).rule
'veto.idiom'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from . import vocab as V
from ._chars import continues_a_number, is_han
from .dates import DateContext, DateVeto, read_at
from .differences import difference_sign
from .numerals import NUMERAL_CHARS, Reading, read_number
from .rules import Rejection
from .vetoes import Candidate, early_veto, veto_after_unit, veto_before_unit

__all__ = ["Draft", "read_quantity", "numeral_run_end"]


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    value: object
    unit: str | None
    mw: str | None = None
    qualifier: str = "exact"
    low: object = None
    high: object = None
    precision: object = None
    flags: tuple[str, ...] = ()
    remainder: bool = False  # 余/多: the high bound is the next step of the last written place
    change: object = None
    change_q: str | None = None
    basis: str | None = None
    change_span: tuple[int, int] | None = None
    metric: str | None = None
    parent: int | None = None
    suffix_q: bool = False
    steps: list[tuple] = field(default_factory=list)  # (rule, start, end, detail) in the repaired text


_DIGITS = re.compile("[0-9]*")
#: A run of digits and numerals (3万50, 1億5千2百萬 are one run): a rejected number skips it all.
_RUN = re.compile(f"(?:[0-9]+(?:[,.][0-9]+)*[{NUMERAL_CHARS}]*)+|[{NUMERAL_CHARS}]+")
_PREFIX_WORDS = tuple(w for w, _ in V.PREFIX_QUALIFIERS)
_SUFFIX_WORDS = tuple(w for w, _ in V.SUFFIX_QUALIFIERS)
_NOUN_RENYUAN = re.compile("[\u4e00-\u9fff]{1,8}人员")
_EACH = re.compile("每(年|月|周|天|日)")
_UNITS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in V.UNIT_KEYS:
    _UNITS_BY_FIRST[_w[0]] = _UNITS_BY_FIRST.get(_w[0], ()) + (_w,)
_MW_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in V.MEASURE_WORDS:  # longest first within each initial
    _MW_BY_FIRST[_w[0]] = _MW_BY_FIRST.get(_w[0], ()) + (_w,)
_LIST_SEP = re.compile("[、，,]|和|及|与")


def numeral_run_end(s: str, pos: int) -> int:
    """End of the run of digits or numerals at ``pos`` (how far a rejected number reaches)."""
    m = _RUN.match(s, pos)
    return m.end() if m else pos + 1


# --- dates, times, halves ------------------------------------------------------------------

def _read_when(s: str, pos: int, run_end: int, dates: DateContext | None) -> Draft | Rejection | None:
    """A date, date range, datetime or clock time at the number (read by :mod:`.dates`)."""
    number_end = run_end - 1 if s[run_end - 1] == "点" and run_end - 1 > pos else run_end  # 十点半
    got = read_at(s, pos, number_end, dates)
    if got is None:
        digits_end = _DIGITS.match(s, pos).end()
        if pos < digits_end < number_end:  # 2018.11.23, 10.04.2015: a dotted date
            got = read_at(s, pos, digits_end, dates)
    if isinstance(got, DateVeto):
        return Rejection(s[got.start:got.end], got.start, got.end, got.rule, got.detail)
    if got is None:
        return None
    return Draft(got.start, got.end, got.value, got.unit, qualifier=got.qualifier, flags=got.flags,
                 steps=list(got.steps))


def _read_half(s: str, pos: int) -> Draft | Rejection | None:
    if not s.startswith("半", pos):
        return None
    if s.endswith(("上", "下", "前", "后"), 0, pos):
        return Rejection(s[pos - 1:pos + 2], pos, pos + 1, "veto.half_period", "上半年/下半年")
    got = match_unit(s, pos + 1, False, False)
    if not got or got[1] not in ("year", "month", "day", "hour", "week"):
        return Rejection("半", pos, pos + 1, "veto.bare_number", "半 without a time unit")
    end, unit, _, _, step = got
    d = Draft(pos, end, Decimal("0.5"), unit, precision=Decimal("0.5"),
              steps=[("number.half", pos, pos + 1, "半 = 0.5"), step])
    if s[end:end + 1] in V.REMAINDER_WORDS:  # 半年多: more than half a year
        _after_measure_word(s, d)
    return d


# --- units ---------------------------------------------------------------------------------

def _latin_word(s: str, pos: int, key: str) -> bool:
    """A Latin-letter unit (kg, g) that is part of a longer word or of 5G网络, or not right
    after a digit (or a digit and 多/余: 80多g)."""
    if not key.isascii():
        return False
    after, before = pos + len(key), s[max(0, pos - 2):pos]
    after_number = before[-1:].isdigit() or before[-1:] in V.REMAINDER_WORDS and before[:1].isdigit()  # 80多g
    return s[after:after + 1].isascii() and s[after:after + 1].isalnum() \
        or s.startswith(V.LATIN_UNIT_NOT_BEFORE, after) or not after_number


def match_unit(s: str, pos: int, cn_single: bool, triggered: bool):
    """``(end, unit, measure_word, factor, step)`` for a unit at ``s[pos]``, or None; where a
    unit and a longer measure word both start there (周 and 周岁), the longer is read."""
    word = next((w for w in _MW_BY_FIRST.get(s[pos:pos + 1], ()) if s.startswith(w, pos)), "")
    for key in _UNITS_BY_FIRST.get(s[pos:pos + 1], ()):
        if s.startswith(key, pos) and len(key) >= len(word) and not _latin_word(s, pos, key):
            unit, factor = V.UNITS[key]
            return pos + len(key), unit, None, factor, ("unit.physical", pos, pos + len(key), unit)
    if s.startswith("日", pos) and triggered:
        return pos + 1, "day", None, Decimal(1), ("unit.day_trigger", pos, pos + 1, "日 = day")
    if s.startswith("月", pos) and triggered:
        return pos + 1, "month", None, Decimal(1), ("unit.day_trigger", pos, pos + 1, "月 = month")
    if cn_single and s.startswith("成", pos) and (pos + 1 >= len(s) or s[pos + 1] in V.CHENG_SHARE_BEFORE):
        return pos + 1, "percent", None, Decimal(10), ("unit.cheng", pos, pos + 1, "N成 = N×10 %")
    if word:
        return pos + len(word), "count", word, Decimal(1), ("unit.measure_word", pos, pos + len(word), word)
    return None


# --- qualifiers ----------------------------------------------------------------------------

def _prefix(s: str, d: Draft) -> None:
    """约/近/超过/不足 … before the number; 了 may follow a word of two characters (超过了20%)."""
    at = d.start - 1 if s.endswith("了", 0, d.start) and d.start > 1 else d.start
    if not s.endswith(_PREFIX_WORDS, 0, at):
        return
    for word, q in V.PREFIX_QUALIFIERS:
        if s.endswith(word, 0, at):
            if word == "近" and s.endswith(V.NOT_NEARLY, 0, at) or (at < d.start and len(word) < 2):
                return  # 附近, 最近; 约了5人 (约 a verb: made an appointment)
            d.qualifier = q
            d.steps.append(("qualifier.prefix", at - len(word), d.start, f"{s[at - len(word):d.start]} -> {q}"))
            d.start = at - len(word)
            return


def _trigger(s: str, d: Draft) -> bool:
    if not s.endswith(V.DAY_TRIGGERS, 0, d.start):
        return False
    for trig in V.DAY_TRIGGERS:
        if s.endswith(trig, 0, d.start):
            d.start -= len(trig)
            d.steps.append(("unit.day_trigger", d.start, d.start + len(trig), trig))
            return True
    return False


def _range(s: str, d: Draft, triggered: bool) -> None:
    """3至5年, 10-20人: the second number ends the range (a unit must follow it)."""
    if not s.startswith(V.RANGE_MARKS, d.end) or d.value is None:
        return
    r = read_number(s, d.end + 1)
    if r is None or r.value is None or r.value < d.value or not match_unit(s, r.end, False, triggered):
        return
    d.steps.append(("range.marked", d.start, r.end, f"{d.value} to {r.value}"))
    d.low, d.high, d.end, d.qualifier = d.value, r.value, r.end, "range"


def _infix(s: str, d: Draft) -> None:
    """余/多/来 after the number, and 万/亿 after 余 (810余万)."""
    ch = s[d.end:d.end + 1]
    if ch in V.INFIX_QUALIFIERS and d.qualifier == "exact" and d.value is not None:
        d.qualifier = V.INFIX_QUALIFIERS[ch]
        d.remainder = ch in V.REMAINDER_WORDS
        rule = "qualifier.infix_remainder" if d.remainder else "qualifier.infix_about"
        d.steps.append((rule, d.end, d.end + 1, f"{ch} -> {d.qualifier}"))
        d.end += 1
        big = s[d.end:d.end + 1]
        if big in V.BIG_PLACES and d.precision is not None:
            factor = V.BIG_PLACES[big]
            d.value, d.precision = d.value * factor, d.precision * factor
            d.steps.append(("multiplier.place", d.end, d.end + 1, big))
            d.end += 1


#: 多 before one of these starts a word of its own (多次, 多名, 多年, 多地, 多方): the first characters
#: of every measure word and unit, and of the nouns 多 makes "many" of.
_DUO_WORD_STARTS = frozenset(w[0] for w in V.MEASURE_WORDS + V.UNIT_KEYS) | frozenset(V.DUO_NOUN_STARTS)


def _after_measure_word(s: str, d: Draft) -> None:
    """20张余, 三年多: a remainder after the measure word or unit of time (not 3名多次作案)."""
    ch = s[d.end:d.end + 1]
    if ch == "多" and s[d.end + 1:d.end + 2] in _DUO_WORD_STARTS and not s.startswith(V.TRAILING_DUO_BEFORE, d.end + 1):
        return
    if ch in V.REMAINDER_WORDS and d.qualifier == "exact" and (d.unit == "count" or d.unit in V.TIME_UNITS_WITH_REMAINDER):
        d.qualifier, d.remainder = "at_least", True
        d.steps.append(("qualifier.after_measure_word", d.end, d.end + 1, f"{ch} -> at_least"))
        d.end += 1


def _suffix(s: str, d: Draft) -> None:
    if not s.startswith(_SUFFIX_WORDS, d.end):
        return
    for word, q in V.SUFFIX_QUALIFIERS:
        if s.startswith(word, d.end) and d.qualifier == "exact":
            d.qualifier, d.suffix_q = q, True
            d.steps.append(("qualifier.suffix", d.end, d.end + len(word), f"{word} -> {q}"))
            d.end += len(word)
            return


def _past_years(s: str, d: Draft) -> None:
    """近N年(来) = the past N years: exact."""
    if d.unit == "year" and d.qualifier == "nearly" and s.startswith("近", d.start) \
            and d.steps[-1][0] != "qualifier.suffix":
        d.qualifier = "exact"
        d.steps.append(("qualifier.past_years", d.start, d.end, "近N年 = the past N years"))


def _currency_before(s: str, d: Draft) -> None:
    """港币800万元, 新台币3亿元: a currency written before the number decides what 元 is."""
    if d.unit != "CNY" or not s.startswith("元", d.end - 1):
        return
    before = s[max(0, d.start - 6):d.start]
    for word, unit in V.CURRENCY_BEFORE.items():
        at = before.rfind(word)
        if at >= 0 and before[at + len(word):].strip(" ") in ("", "为", "约", "达", "共", "合计", "计"):
            d.unit = unit
            a = d.start - len(before) + at
            d.steps.append(("unit.currency_before", a, a + len(word), f"{word} -> {unit}"))
            return


def _rate(s: str, d: Draft) -> None:
    if d.unit == "count" and d.mw == "次":
        each = _EACH.search(s, max(0, d.start - 12), d.start)
        if each:
            d.mw = "次/" + {"天": "日"}.get(each[1], each[1])
            d.steps.append(("unit.rate", each.start(), each.end(), d.mw))


def _cheng_half(s: str, d: Draft) -> None:
    """七成半: half of 成 more, 75 %."""
    if d.steps and d.steps[-1][0] == "unit.cheng" and s.startswith("半", d.end) and d.value is not None:
        d.value += Decimal(5)
        d.precision = Decimal(5)
        d.steps.append(("number.half", d.end, d.end + 1, "N成半 = N×10 + 5 %"))
        d.end += 1


def _year_tail(s: str, d: Draft) -> None:
    if d.unit == "year" and s.startswith("半", d.end) and d.value is not None:
        d.value += Decimal("0.5")
        d.precision = Decimal("0.5")
        d.steps.append(("number.half", d.end, d.end + 1, "N年半 = N.5 years"))
        d.end += 1
    if d.unit == "year" and s.startswith("前", d.end):
        d.end += 1


def _shared_unit(s: str, d: Draft, cn: bool):
    """分别为120、95、61起: a bare number in a list whose last item carries the unit.

    Returns the unit found after the last item and the values of the items, or None."""
    pos, values = d.end, [d.value]
    while len(values) < 9:
        sep = _LIST_SEP.match(s, pos)
        if not sep:
            return None
        r = read_number(s, sep.end())
        if r is None or r.value is None or (not s[sep.end()].isascii()) != cn:
            return None
        values.append(r.value)
        got = match_unit(s, r.end, False, False)
        if got:
            return got, values
        pos = r.end
    return None


_EACH_WORDS = ("分别为", "分别是", "分别")


def _list_item(s: str, d: Draft, r: Reading, found) -> Draft | Rejection:
    (uend, unit, mw, factor, _), values = found
    if values == list(range(1, len(values) + 1)) and not s.endswith(_EACH_WORDS, 0, d.start):
        # 1、2、3类: labels, not counts (分别为1、2起 is two counts)
        return Rejection(s[r.start:uend], r.start, uend, "veto.enumeration", "1、2、3: an enumeration")
    veto = veto_after_unit(Candidate(s, r.start, r.end, s[r.start:r.end], unit, mw, d.end, d.value))
    if veto:
        return Rejection(s[r.start:d.end], r.start, d.end, *veto)
    d.steps.append(("number.list", d.start, d.end, f"unit {mw or unit} written once after the list"))
    return _scaled(d, unit, mw, factor)


_INSIDE_UNIT = re.compile("个([多余])(月|小时|星期|工作日)")


def _remainder_inside_unit(s: str, d: Draft):
    """两个多月, 三个余小时: 多/余 between 个 and the time unit."""
    m = _INSIDE_UNIT.match(s, d.end) if s.startswith("个", d.end) else None
    if not m or d.qualifier != "exact" or d.value is None:
        return None
    d.qualifier, d.remainder = "at_least", True
    d.steps.append(("qualifier.after_measure_word", m.start(1), m.end(1), f"{m[1]} -> at_least"))
    unit, factor = V.UNITS["个" + m[2]]
    return m.end(), unit, None, factor, ("unit.physical", m.start(), m.end(), f"{m.group(0)} -> {unit}")


_MONEY_BEFORE = re.compile(f"(?:{'|'.join(V.MONEY_NOUNS)})(?:为|达|约|共|高达|逾|超)?$")
_MONEY_EARLIER = re.compile(r"[0-9.,万亿千百]+元[^。；;！？\n]{0,24}$")


def _implied_money(s: str, d: Draft, r: Reading) -> str | None:
    """总损失为15.5亿, 较去年同期增加17.9亿 (after 44.8亿元): a number ending in 万/亿 with no unit is
    an amount in 元 after a noun of money, or as the difference of an amount just written."""
    if d.value is None or not s[r.start:r.end].endswith(("万", "亿")):
        return None
    if _MONEY_BEFORE.search(s, max(0, d.start - 8), d.start):
        return "万/亿 after a noun of money: 元"
    if difference_sign(s, d.start) is not None and _MONEY_EARLIER.search(s, max(0, d.start - 60), d.start):
        return "the difference of an amount in 元 just before: 元"
    return None


def _currency_sign(s: str, start: int) -> str | None:
    """HK$3,000, US$ 20万: the currency sign right before the number (one space allowed)."""
    before = s[max(0, start - 5):start].rstrip(" ")
    return next((sign for sign in V.CURRENCY_SIGNS if before.endswith(sign)), None)


def _score(s: str, d: Draft) -> bool:
    """87.17分, 满意度…96分: a score, where 分 is not the start of a word of its own (分钟, 分局)."""
    if not s.startswith("分", d.end) or s.startswith(V.NOT_SCORE_AFTER, d.end) or d.value is None:
        return False
    decimal = d.precision is not None and d.precision < 1
    clause = re.split("[，。；,;]", s[max(0, d.start - 16):d.start])[-1]
    return decimal or any(word in clause for word in V.SCORE_WORDS)


def _no_unit(s: str, d: Draft, r: Reading, cn: bool) -> Draft | Rejection:
    """No unit after the number: a list that writes its unit once, 人员 implied, a score in 分, or
    no figure."""
    if _score(s, d):
        d.steps.append(("unit.score", d.end, d.end + 1, "分: a score"))
        d.unit, d.mw, d.end = "count", "分", d.end + 1
        return d
    why = _implied_money(s, d, r)
    if why:
        d.steps.append(("unit.money_implied", d.start, d.end, why))
        d.unit = "CNY"
        return d
    sign = _currency_sign(s, d.start)
    if sign and d.value is not None:
        d.steps.append(("unit.currency_sign", d.start - len(sign), d.start, f"{sign} -> {V.CURRENCY_SIGNS[sign]}"))
        d.unit = V.CURRENCY_SIGNS[sign]
        return d
    found = _shared_unit(s, d, cn) if s[d.end:d.end + 1] in "、，,和及与" else None
    if found:
        return _list_item(s, d, r, found)
    if (s.startswith("人员", d.end) or _NOUN_RENYUAN.match(s, d.end, d.end + 10)) \
            and d.value is not None and (d.value >= 1000 or not cn):
        d.steps.append(("unit.implied_person", d.end, d.end, "人 implied by 人员"))
        d.unit, d.mw = "count", "人"
        return d
    return Rejection(s[r.start:d.end], r.start, d.end, "veto.bare_number", "no unit or measure word")


def _scaled(d: Draft, unit: str, mw: str | None, factor: Decimal) -> Draft:
    d.unit, d.mw = unit, mw
    if factor != 1:
        d.value = d.value * factor if d.value is not None else None
        d.precision = d.precision * factor if d.precision is not None else None
        d.low = d.low * factor if d.low is not None else None
        d.high = d.high * factor if d.high is not None else None
    return d


def _from_reading(s: str, r: Reading) -> Draft:
    return Draft(r.start, r.end, r.value, None, qualifier="range" if r.value is None else "exact",
                 precision=r.precision, low=r.low, high=r.high, flags=r.flags,
                 steps=[(r.rule, r.start, r.end, s[r.start:r.end])])


def _unit_and_vetoes(s: str, d: Draft, r: Reading, cn: bool, triggered: bool) -> Draft | Rejection:
    core = s[r.start:r.end]
    cn_single = cn and len(core) == 1 and core in "一二两三四五六七八九"
    got = _remainder_inside_unit(s, d) or match_unit(s, d.end, cn_single, triggered)
    if got is None:
        return _no_unit(s, d, r, cn)
    uend, unit, mw, factor, step = got
    c = Candidate(s, r.start, r.end, core, unit, mw, uend, d.value)
    veto = veto_after_unit(c)
    if veto:
        return Rejection(s[r.start:uend], r.start, uend, *veto)
    d.steps.append(step)
    d.end = uend
    return _scaled(d, unit, mw, factor)


def _bare_place(s: str, pos: int) -> Reading | None:
    """近亿元, 逾万人: 万/亿 alone after a qualifier is one of it (近亿元 = nearly 100 million yuan)."""
    place = V.BIG_PLACES.get(s[pos:pos + 1])
    if place is None or not s.endswith(_PREFIX_WORDS, 0, pos) or s[pos + 1:pos + 2] in V.BIG_PLACES:
        return None
    return Reading(pos, pos + 1, Decimal(place), Decimal(place), rule="number.bare_place")


def _number(s: str, pos: int) -> Draft | Rejection:
    if continues_a_number(s, pos):  # 1 0天, 1😀000起, 4. 88亿: the rest of a broken number
        end = numeral_run_end(s, pos)
        return Rejection(s[pos:end], pos, end, "veto.spaced_digits", "digits broken apart: the number is unclear")
    r = read_number(s, pos) or _bare_place(s, pos)
    if r is None:
        end = numeral_run_end(s, pos)
        return Rejection(s[pos:end], pos, end, "veto.malformed", "not a well-formed number")
    if r.end - r.start > 24:
        return Rejection(s[pos:r.end], pos, r.end, "veto.too_long", "too long for a measurement")
    cn = not s[pos].isascii()
    veto = veto_before_unit(Candidate(s, pos, r.end, s[pos:r.end])) if cn or s.endswith(
        V.HOTLINE_WORDS, 0, pos) else None
    if veto:
        return Rejection(s[pos:r.end], pos, r.end, *veto)
    d = _from_reading(s, r)
    if r.percent:
        d.unit = "percent"
        _prefix(s, d)
        _suffix(s, d)
        return d
    triggered = _before_unit(s, d)
    got = _unit_and_vetoes(s, d, r, cn, triggered)
    if isinstance(got, Rejection):
        return got
    _after_unit(s, d)
    return d


def _before_unit(s: str, d: Draft) -> bool:
    """Qualifier before the number, 为期, a range, 余/多/来: each tried only where its word is."""
    _prefix(s, d)
    triggered = _trigger(s, d)
    if s.startswith(V.RANGE_MARKS, d.end):
        _range(s, d, triggered)
    if s[d.end:d.end + 1] in V.INFIX_QUALIFIERS:
        _infix(s, d)
    return triggered


def _after_unit(s: str, d: Draft) -> None:
    """What can follow the unit: 余/多, 半, 以上/左右, and what the unit itself asks for."""
    if s[d.end:d.end + 1] in V.REMAINDER_WORDS:
        _after_measure_word(s, d)
    if d.unit == "year":
        _year_tail(s, d)
    elif d.unit == "percent":
        _cheng_half(s, d)
    if s.startswith(_SUFFIX_WORDS, d.end):
        _suffix(s, d)
    if d.unit == "year":
        _past_years(s, d)
    elif d.mw == "次":
        _rate(s, d)
    elif d.unit == "CNY":
        _currency_before(s, d)


def read_quantity(s: str, pos: int, dates: DateContext | None = None) -> Draft | Rejection:
    """The figure whose number starts at ``s[pos]``, or the veto that rejects it.

    ``dates`` is the document's :class:`~.dates.DateContext` (its date and the dates read so
    far), which year-less and relative dates are resolved against."""
    end = numeral_run_end(s, pos)
    got = _read_when(s, pos, end, dates)
    if got is not None:
        return got
    early = early_veto(s, pos, end)
    if early:
        return Rejection(s[pos:end], pos, end, *early)
    return _read_half(s, pos) or _number(s, pos)

