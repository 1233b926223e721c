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
from ._chars import after_line_broken_number, continues_a_number, is_han
from .dates import DateContext, DateVeto, read_at
from .dates.vocabulary import RANGE_MARKS_LONG
from .dates.durations import (counts_days, days_and_hours, days_and_nights, half_after_ge, may_open_length,
                              minutes_and_seconds, month_after_jin, part_after_you, past_months, years_and_months)
from .differences import bracket_change_sign, difference_sign
from .numerals import NUMERAL_CHARS, Reading, open_grouping, read_number
from .rules import Rejection
from .vetoes import Candidate, after_inclusive_mark, early_veto, veto_after_unit, veto_before_unit

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


#: Lengths in a larger and a smaller unit, read as one length in the smaller (a month has no fixed
#: number of days, so months and days are not summed).
_TWO_UNIT_LENGTHS = ((years_and_months, "month", "duration.years_and_months"),
                     (days_and_hours, "hour", "duration.days_and_hours"),
                     (minutes_and_seconds, "second", "duration.minutes_and_seconds"))


def _length_of_time(s: str, pos: int) -> Draft | None:
    """四年六个月 (54 months), 3分20秒 (200 seconds), 一个半小时 (1.5 hours): lengths of time that one number and one unit
    do not write (:mod:`.dates.durations`), with the qualifiers around them."""
    if not may_open_length(s, pos):
        return None
    two = next(((got, unit, rule) for reader, unit, rule in _TWO_UNIT_LENGTHS for got in [reader(s, pos)] if got), None)
    if two:
        (end, value), unit, rule = two
        d = Draft(pos, end, Decimal(value), unit, precision=Decimal(1),
                  steps=[(rule, pos, end, f"{s[pos:end]} = {value} {unit}s")])
    else:
        half, rule = half_after_ge(s, pos), "duration.half_after_ge"
        if half is None:
            half, rule = part_after_you(s, pos), "duration.part_after_you"
        if half is None:
            half, rule = days_and_nights(s, pos), "duration.days_and_nights"
        if half is None:
            return None
        end, value, unit = half
        d = Draft(pos, end, value, unit, precision=Decimal("0.5") if rule == "duration.half_after_ge" else Decimal(1),
                  steps=[(rule, pos, end, f"{s[pos:end]} = {value} {unit}")])
    _prefix(s, d)
    _after_unit(s, d)
    return d


def _half_month(s: str, pos: int):
    """半月 before 以后/内/以来 … (半月以后 "half a month later"): 月 as the unit of the half, where the
    word after it makes 半月 a length (not 半月刊, 半月形); in :func:`match_unit`'s shape, or None."""
    if s.startswith("月", pos + 1) and s.startswith(V.HALF_MONTH_AFTER, pos + 2):
        return pos + 2, "month", None, Decimal(1), ("unit.physical", pos + 1, pos + 2, "month")
    return None


def _read_half(s: str, pos: int) -> Draft | Rejection | None:
    if not s.startswith("半", pos):
        return None
    if s.endswith(("上", "下", "前", "后"), 0, pos):
        return Rejection(s[pos - 1:pos + 2], pos, pos + 1, "veto.half_period", "上半年/下半年")
    if s.startswith("成", pos + 1) and s[pos + 2:pos + 3] in ("", *V.CHENG_SHARE_BEFORE):  # 半成 = 5 %
        return Draft(pos, pos + 2, Decimal(5), "percent", precision=Decimal(5),
                     steps=[("number.half", pos, pos + 1, "半 = 0.5"), ("unit.cheng", pos + 1, pos + 2, "N成 = N×10 %")])
    got = match_unit(s, pos + 1, False, False) or _half_month(s, pos)
    if not got or got[1] not in ("year", "month", "day", "hour", "week"):
        return Rejection("半", pos, pos + 1, "veto.bare_number", "半 without a time unit")
    end, unit, _, _, step = got
    if s.startswith(V.HALF_PERIOD_NOUNS, end):  # 自1977年有半年统计以来: half-yearly statistics
        return Rejection(s[pos:end], pos, end, "veto.half_period", "半年 before 统计: the period statistics are kept by")
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


def _other_word(s: str, pos: int, key: str) -> bool:
    """升 the verb "rise" (由5升至3), 两 the numeral "two" before a measure word (3两人)."""
    if key == "升":
        return s.startswith(V.VERB_SHENG_BEFORE, pos + 1)
    if key == "两":
        return any(s.startswith(w, pos + 1) for w in _MW_BY_FIRST.get(s[pos + 1:pos + 2], ()))
    return False


def match_unit(s: str, pos: int, cn_single: bool, triggered: bool):
    """``(end, unit, measure_word, factor, step)`` for a unit at ``s[pos]``, or None; where a
    unit and a longer measure word both start there (周 and 周岁), the longer is read."""
    word = next((w for w in _MW_BY_FIRST.get(s[pos:pos + 1], ()) if s.startswith(w, pos)
                 and not s.startswith(V.MEASURE_WORD_NOT_BEFORE.get(w, ()), pos + len(w))), "")
    for key in _UNITS_BY_FIRST.get(s[pos:pos + 1], ()):
        if s.startswith(key, pos) and len(key) >= len(word) and not _latin_word(s, pos, key) \
                and not _other_word(s, pos, key):
            unit, factor = V.UNITS[key]
            return pos + len(key), unit, None, factor, ("unit.physical", pos, pos + len(key), unit)
    if s.startswith("日", pos) and triggered:
        return pos + 1, "day", None, Decimal(1), ("unit.day_trigger", pos, pos + 1, "日 = day")
    if s.startswith("月", pos) and triggered:
        return pos + 1, "month", None, Decimal(1), ("unit.day_trigger", pos, pos + 1, "月 = month")
    if cn_single and s.startswith("成", pos) and _share_after_cheng(s, pos + 1):
        return pos + 1, "percent", None, Decimal(10), ("unit.cheng", pos, pos + 1, "N成 = N×10 %")
    if word:
        return pos + len(word), "count", word, Decimal(1), ("unit.measure_word", pos, pos + len(word), word)
    return None


def _share_after_cheng(s: str, at: int) -> bool:
    """七成，, 3成6，: after 成 (and a digit of tenths) a share's word or the end."""
    if at < len(s) and s[at] in V.CHENG_TENTHS:
        at += 1
    return at >= len(s) or s[at] in V.CHENG_SHARE_BEFORE


# --- qualifiers ----------------------------------------------------------------------------

def _prefix(s: str, d: Draft, before: int | None = None) -> None:
    """约/近/超过/不足 … before the number (or before ``before``: the currency named before it, 近新台幣
    17億元); 了 may follow a word of two characters (超过了20%)."""
    start = d.start if before is None else before
    at = start - 1 if s.endswith("了", 0, start) and start > 1 else start
    if not s.endswith(_PREFIX_WORDS, 0, at):
        return
    for word, q in V.PREFIX_QUALIFIERS:
        if s.endswith(word, 0, at):
            if word == "近" and s.endswith(V.NOT_NEARLY, 0, at) or (at < start and len(word) < 2):
                return  # 附近, 最近; 约了5人 (约 a verb: made an appointment)
            d.qualifier = q
            d.steps.append(("qualifier.prefix", at - len(word), start, f"{s[at - len(word):start]} -> {q}"))
            d.start = at - len(word)
            return


def _prefix_over_value_word(s: str, d: Draft) -> None:
    """約市值300萬: a qualifier before a value word holds for the number after the word."""
    word = next(w for w in V.VALUE_WORDS if s.endswith(w, 0, d.start))
    start = d.start
    _prefix(s, d, start - len(word))
    if d.qualifier != "exact":
        _, at, _, detail = d.steps[-1]
        d.steps[-1] = ("qualifier.over_value_word", at, start, f"{detail} over {word}")


def _trigger(s: str, d: Draft) -> bool:
    if not s.endswith(V.DAY_TRIGGERS, 0, d.start):
        return False
    for trig in V.DAY_TRIGGERS:
        if s.endswith(trig, 0, d.start):
            d.start -= len(trig)
            d.steps.append(("unit.day_trigger", d.start, d.start + len(trig), trig))
            return True
    return False


#: The marks between a range's two numbers, the doubled dash (2——3万港币) before the single one.
_NUMBER_RANGE_MARKS = (*RANGE_MARKS_LONG, *V.RANGE_MARKS)


def _range(s: str, d: Draft, triggered: bool) -> None:
    """3至5年, 10-20人, 2——3万: the second number ends the range (a unit must follow it)."""
    at = after_inclusive_mark(s, d.end)  # 1万(含)-5万元
    mark = next((m for m in _NUMBER_RANGE_MARKS if s.startswith(m, at)), None)
    if mark is None or d.value is None:
        return
    r = read_number(s, at + len(mark))
    if r is None or r.value is None or not match_unit(s, r.end, False, triggered):
        return
    low = _shared_magnitude(s, d, r)
    if low is None:  # 两到三十万: 2万 or 20万? not read
        d.end, d.flags = r.end, d.flags + ("open_range",)
        return
    if r.value < low:
        return
    d.steps.append(("range.marked", d.start, r.end, f"{low} to {r.value}"))
    d.low, d.high, d.end, d.qualifier = low, r.value, r.end, "range"


def _shared_magnitude(s: str, d: Draft, r: Reading) -> Decimal | None:
    """两到三万元, 一百二十到一百五十万元, 七千到九千亿元, 2至3万元: places written once, after the second end,
    hold for the first (the parallel of 两三万). A bare digit before a digit and its places takes them
    all (两到三仟 = 2,000–3,000, 3至5千万); any other first end takes the 万/亿 above its own places
    (七千到九千亿 = 7,000亿–9,000亿, 五到二十万 = 5万–20万); never where the low end would pass the high
    (5千至3万 stays 5,000–30,000). None where both readings hold (两到三十万: 2万 or 20万?)."""
    places = _PLACES_AT_END.search(s, r.start, r.end)
    if places is None or places.start() == r.start:
        return d.value
    trailing = places.group(0)
    big = "".join(ch for ch in trailing if V.PLACE_SIZE[ch] >= 10_000)
    own = max((V.PLACE_SIZE[ch] for ch in s[d.start:d.end] if ch in V.PLACE_SIZE), default=0)
    carried = "".join(ch for ch in big if V.PLACE_SIZE[ch] > own)
    if not own and places.start() == r.start + 1 and trailing[0] not in "十拾":
        carried = trailing  # 两到三仟, 3至5千万: parallel ends
    elif not own and places.start() == r.start + 1 and big and d.value * _place_factor(trailing) <= r.value:
        return None  # 两到三十万: 二十万 (parallel) or 两万?
    factor = _place_factor(carried)
    if factor == 1 or d.value * factor > r.value:
        return d.value
    d.value = d.value * factor
    d.precision = d.precision * factor if d.precision is not None else None
    d.steps.append(("range.shared_magnitude", places.start(), places.end(),
                    f"{carried} written once holds for both ends"))
    return d.value


_PLACES_AT_END = re.compile(f"[{''.join(V.PLACE_SIZE)}]+$")


def _place_factor(places: str) -> Decimal:
    """千亿 = 10^11, 万 = 10^4: the product of the place words after the last digit."""
    factor = Decimal(1)
    for ch in places:
        factor *= V.PLACE_SIZE[ch]
    return factor


def _infix(s: str, d: Draft) -> None:
    """余/多/来 after the number, and 万/亿 after 余 (810余万)."""
    ch = s[d.end:d.end + 1]
    if ch in V.REMAINDER_WORDS and d.qualifier == "about" and d.value is not None:  # 約11000多宗 (Hong Kong, 2023)
        d.steps.append(("qualifier.infix_remainder", d.end, d.end + 1, f"{ch} after 约: about, as written first"))
        d.end += 1
        return
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
    if ch in V.REMAINDER_WORDS and d.qualifier == "exact" and (d.unit == "count" or d.unit in V.TIME_UNITS_WITH_REMAINDER
                                                                      or d.unit in V.MEASURE_UNITS_WITH_REMAINDER):
        d.qualifier, d.remainder = "at_least", True
        d.steps.append(("qualifier.after_measure_word", d.end, d.end + 1, f"{ch} -> at_least"))
        d.end += 1


def _suffix(s: str, d: Draft) -> None:
    """以上/以下/左右 … after the unit, also after (含) (5万元(含)以上: at least 50,000, inclusive)."""
    at = after_inclusive_mark(s, d.end)
    if not s.startswith(_SUFFIX_WORDS, at):
        return
    for word, q in V.SUFFIX_QUALIFIERS:
        if s.startswith(word, at) and d.qualifier == "exact":
            d.qualifier, d.suffix_q = q, True
            d.steps.append(("qualifier.suffix", d.end, at + len(word), f"{s[d.end:at + len(word)]} -> {q}"))
            d.end = at + len(word)
            return


def _past_years(s: str, d: Draft) -> None:
    """近N年(来) = the past N years: exact; so are 近N月 and 近N个月来, the past N months."""
    if d.unit == "month" and not past_months(s, d.start, d.end):
        return
    if d.qualifier == "nearly" and s.startswith("近", d.start) \
            and d.steps[-1][0] != "qualifier.suffix":
        d.qualifier = "exact"
        d.steps.append(("qualifier.past_years", d.start, d.end, f"近N{'年' if d.unit == 'year' else '月'} = the past N {d.unit}s"))


def written_in_yuan(s: str, d: Draft) -> bool:
    """4億元以上, 10亿元: 元 is the unit written, whatever qualifier follows it."""
    return s.startswith("元", d.end - 1) or any(
        step[0] == "unit.physical" and s[step[1]:step[2]] == "元" for step in d.steps)


def _currency_before(s: str, d: Draft) -> None:
    """港币800万元, 新台币3亿元以上: a currency written before the number decides what 元 is."""
    if d.unit != "CNY" or not written_in_yuan(s, d):
        return
    cny = next((w for w in V.CNY_NAMES if s.endswith(w, 0, d.start)), None)
    if cny and d.qualifier == "exact":  # 近人民币1亿元: the qualifier before the currency's name
        _prefix(s, d, d.start - len(cny))
        return
    before = s[max(0, d.start - 6):d.start]
    for word, unit in V.CURRENCY_BEFORE.items():
        at = before.rfind(word)
        if at >= 0 and before[at + len(word):].strip(" ") in ("", "为", "约", "达", "共", "合计", "计"):
            d.unit = unit
            a = d.start - len(before) + at
            d.steps.append(("unit.currency_before", a, a + len(word), f"{word} -> {unit}"))
            if d.qualifier == "exact" and a + len(word) == d.start:  # 近新台幣17億元 (Taiwan, 2023)
                _prefix(s, d, a)
            return


def _currency_after(s: str, d: Draft) -> None:
    """9000元日币, 三万元欧元: a currency named right after 元."""
    word = next((w for w in V.CURRENCY_AFTER_YUAN if s.startswith(w, d.end)), None)
    if word and s.startswith("元", d.end - 1):
        d.unit = V.CURRENCY_AFTER_YUAN[word]
        d.steps.append(("unit.currency_before", d.end, d.end + len(word), f"元{word} -> {d.unit}"))
        d.end += len(word)


def _rate(s: str, d: Draft) -> None:
    if d.unit == "count" and d.mw == "次":
        each = _EACH.search(s, max(0, d.start - 12), d.start)
        if each:
            d.mw = "次/" + {"天": "日"}.get(each[1], each[1])
            d.steps.append(("unit.rate", each.start(), each.end(), d.mw))


def _cheng_half(s: str, d: Draft) -> None:
    """七成半: half of 成 more, 75 %; 3成6, 三成六: the digit after 成 its tenths, 36 %."""
    if not d.steps or d.steps[-1][0] != "unit.cheng" or d.value is None:
        return
    tenths = V.CHENG_TENTHS.get(s[d.end:d.end + 1])
    if tenths and d.precision == 10:
        d.value += Decimal(tenths)
        d.precision = Decimal(1)
        d.steps.append(("unit.cheng_tenths", d.end, d.end + 1, f"N成{s[d.end]} = N×10 + {tenths} %"))
        d.end += 1
    elif s.startswith("半", d.end):
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


#: 分别 (and a change verb after it: 「勒索」及「高利貸」分別增加1及2宗, Macau 2010) before a list: each
#: item a count of its own, even 1 and 2.
_EACH_BEFORE = re.compile(f"分别(?:为|是|{'|'.join(V.CHANGE_VERBS_LONGEST_FIRST)})?了?$")


def _list_item(s: str, d: Draft, r: Reading, found) -> Draft | Rejection:
    (uend, unit, mw, factor, _), values = found
    if values == list(range(1, len(values) + 1)) and not _EACH_BEFORE.search(s, max(0, d.start - 6), d.start):
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


def _implied_money(s: str, d: Draft, r: Reading) -> tuple[str, str] | None:
    """总损失为15.5亿, 较去年同期增加17.9亿 (after 44.8亿元), 13万现金: a number ending in 万/亿 with
    no unit is an amount in 元 after a noun of money, as the difference of an amount just written,
    or before a noun of cash (the rule id and why)."""
    if d.value is None or not s[r.start:d.end].endswith(("万", "亿")):
        return None
    if any(_MONEY_BEFORE.search(s, max(0, at - 8), at) for at in (d.start, r.start)):  # 金额近千万, 约市值300万
        return "unit.money_implied", "万/亿 after a noun of money: 元"
    if difference_sign(s, d.start) is not None and _MONEY_EARLIER.search(s, max(0, d.start - 60), d.start):
        return "unit.money_implied", "the difference of an amount in 元 just before: 元"
    if s.startswith(V.CASH_NOUNS, d.end):
        return "unit.money_before_noun", "万/亿 before a noun of cash: 元 of the page's currency"
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
    implied = _implied_money(s, d, r)
    if implied:
        d.steps.append((implied[0], d.start, d.end, implied[1]))
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
    if not cn and _counts_cases(s, d):
        d.steps.append(("unit.case_count", d.end, d.end + 1, "N案: cases"))
        d.unit, d.mw, d.end = "count", V.CASE_MEASURE, d.end + 1
        return d
    if (s.startswith("人员", d.end) or _NOUN_RENYUAN.match(s, d.end, d.end + 10)) \
            and d.value is not None and (d.value >= 1000 or not cn):
        d.steps.append(("unit.implied_person", d.end, d.end, "人 implied by 人员"))
        d.unit, d.mw = "count", "人"
        return d
    return Rejection(s[r.start:d.end], r.start, d.end, "veto.bare_number", "no unit or measure word")


def _counts_cases(s: str, d: Draft) -> bool:
    """計7案, 3案屬於: 案 after Arabic digits counts cases, not where it starts a word (3案件) nor
    after a number that may be a year (2023案)."""
    if not s.startswith(V.CASE_MEASURE, d.end) or s[d.end + 1:d.end + 2] in tuple(V.CASE_WORD_SECONDS):
        return False
    return d.value is not None and d.value == int(d.value) and not 1900 <= d.value <= 2100


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


def _colloquial_place(s: str, d: Draft) -> None:
    """两个亿, 三个多亿, 一个亿元: 个 between a numeral and 亿/万 in speech; the place, not a count."""
    at = d.end + 1 + (s[d.end + 1:d.end + 2] in V.REMAINDER_WORDS)
    place = V.BIG_PLACES.get(s[at:at + 1])
    if place is None or d.value is None or d.qualifier != "exact" or d.precision != 1:
        return
    if at > d.end + 1:
        d.qualifier, d.remainder = "at_least", True
    d.value, d.precision = d.value * place, Decimal(place)
    d.steps.append(("multiplier.colloquial_ge", d.end, at + 1, f"{s[d.end:at + 1]}: × {place}"))
    d.end = at + 1


def _financial_yuan(s: str, d: Draft, core: str):
    """壹佰壹拾壹圆, 肆佰叁拾萬圆整: 圆 after a 大写 numeral is 元; 壹角, 肆角 an amount in 角 (a tenth)."""
    after = s[d.end:d.end + 1]
    if not after or after not in V.FINANCIAL_YUAN + ("角",) or not any(c in V.FINANCIAL_NUMERALS for c in core):
        return None
    factor = V.SUB_YUAN.get(after, Decimal(1))
    return d.end + 1, "CNY", None, factor, ("unit.physical", d.end, d.end + 1, f"CNY ×{factor}")


def _zhao_certain(s: str, r: Reading, core: str, unit: str) -> bool:
    """兆 is 10^12 for certain in money with ladder sections after it (四十九兆九千五百九十二億) or in a
    currency that counts 兆 as 万亿 (新台幣3兆元, 日元)."""
    if unit not in V.MONEY_UNITS:
        return False
    after = core[max(core.find(ch) for ch in V.ZHAO if ch in core) + 1:]
    near = s[max(0, r.start - 8):r.end + 4]
    return any(ch in V.BIG_PLACES for ch in after) or any(word in near for word in V.ZHAO_CURRENCY_WORDS)


def _share_before_cheng(core: str, value) -> bool:
    """9成, 2.5成, 八点五成, 十成: a share of tenths (at most ten), as Chinese digits before 成 are."""
    if value is None or not 0 < value <= 10:
        return False
    return core.replace(".", "", 1).isdigit() or len(core) == 1 or any(c in V.DECIMAL_POINTS for c in core)


def _unit_and_vetoes(s: str, d: Draft, r: Reading, cn: bool, triggered: bool) -> Draft | Rejection:
    core = s[r.start:r.end]
    if s.startswith(V.COLLOQUIAL_GE, d.end):
        _colloquial_place(s, d)
    cn_single = _share_before_cheng(core, d.value) if s.startswith("成", d.end) else False
    got = _remainder_inside_unit(s, d) or _financial_yuan(s, d, core) or match_unit(s, d.end, cn_single, triggered)
    if got is None:
        return _no_unit(s, d, r, cn)
    uend, unit, mw, factor, step = got
    if any(ch in V.ZHAO for ch in core) and not _zhao_certain(s, r, core, unit):
        return Rejection(s[r.start:uend], r.start, uend, "veto.zhao", "兆: 10^6 (mainland) or 10^12 (万亿)")
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
    if after_line_broken_number(s, pos):  # 1,234⏎    567元: the tail of a number across a line's end
        end = numeral_run_end(s, pos)
        return Rejection(s[pos:end], pos, end, "veto.line_break_tail", "a line before ends in a digit: a tail?")
    r = read_number(s, pos) or _bare_place(s, pos)
    if r is None:
        end = numeral_run_end(s, pos)
        return Rejection(s[pos:end], pos, end, "veto.malformed", "not a well-formed number")
    if r.end - r.start > 24:
        return Rejection(s[pos:r.end], pos, r.end, "veto.too_long", "too long for a measurement")
    grouped = open_grouping(s, pos, r.end) if s.startswith("，", r.end) else None
    if grouped:
        return Rejection(s[pos:grouped], pos, grouped, "veto.open_grouping", "，ddd: thousands or two numbers?")
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
    if "open_range" in d.flags:
        return Rejection(s[pos:d.end], pos, d.end, "veto.open_range", "the places of the low end are open")
    return _signed(s, d, pos) or d


def _before_unit(s: str, d: Draft) -> bool:
    """Qualifier before the number, 为期, a range, 余/多/来: each tried only where its word is."""
    lengths = counts_days(s, d.start, d.end, d.value) or month_after_jin(s, d.start, d.end)  # 拘留15日, 近三月
    _prefix(s, d)
    if d.qualifier == "exact" and s.endswith(V.VALUE_WORDS, 0, d.start):
        _prefix_over_value_word(s, d)
    triggered = _trigger(s, d) or lengths
    if s.startswith(V.RANGE_MARKS + V.INCLUSIVE_MARKS, d.end):
        _range(s, d, triggered)
    if s[d.end:d.end + 1] in V.INFIX_QUALIFIERS:
        _infix(s, d)
    return triggered


def _after_unit(s: str, d: Draft) -> None:
    """What can follow the unit: 余/多, 半, 以上/左右, and what the unit itself asks for."""
    if d.mw == "块":
        _kuai_money(s, d)
    if d.unit in _SMALLER_UNITS:
        _SMALLER_UNITS[d.unit](s, d)
    if s.startswith("半", d.end):
        _half_after_unit(s, d)
    if s[d.end:d.end + 1] in V.REMAINDER_WORDS:
        _after_measure_word(s, d)
    if d.unit == "year":
        _year_tail(s, d)
    elif d.unit == "percent":
        _cheng_half(s, d)
    if s.startswith(_SUFFIX_WORDS + V.INCLUSIVE_MARKS, d.end):
        _suffix(s, d)
    if d.unit in ("year", "month"):
        _past_years(s, d)
    elif d.mw == "次":
        _rate(s, d)
    elif d.unit == "CNY":
        _currency_before(s, d)
        _currency_after(s, d)


# --- signs, halves and sub-units after the unit (issue 22) ------------------------------------

def _signed(s: str, d: Draft, pos: int) -> Rejection | None:
    """负3.9%, 同比-22.2%, 负壹角, 约-5%: a minus sign or 负 right before the number is kept, for units
    that can be below zero (rates, money, positions) and a point; a sign before a range, a bound or
    a quantity that cannot be negative (-3起) is a rejection, never the unsigned number."""
    sign = _sign_before(s, pos) or _plus_in_bracket(s, pos)
    if sign is None or d.value is None and d.unit in V.SIGNED_UNITS:
        return None
    direction = _bracket_difference(s, d, pos, sign)
    if direction is not None:
        return _signed_difference(s, d, pos, sign, direction)
    if d.unit not in V.SIGNED_UNITS or d.qualifier != "exact" or d.start != pos:
        return Rejection(s[pos - len(sign):d.end], pos - len(sign), d.end, "veto.signed_bound",
                         "a sign before a range, a bound or a quantity that cannot be negative")
    d.value, d.low, d.high = -d.value, None, None
    d.start -= len(sign)
    d.steps.insert(1, ("number.sign", d.start, pos, f"{sign}: negative"))
    _prefix(s, d)  # 约-5%
    return None


def _plus_in_bracket(s: str, pos: int) -> str | None:
    """A plus sign right after an opening bracket: (+5宗)."""
    return s[pos - 1] if pos >= 2 and s[pos - 1] in "+＋" and s[pos - 2] in "(（" else None


def _bracket_difference(s: str, d: Draft, pos: int, sign: str) -> int | None:
    """The direction of the change before a bracket holding only this signed count (下降13.9%
    (-459宗)), or None where the count is not alone in a bracket after a change."""
    opened = pos - len(sign) - 1
    if opened < 0 or s[opened] not in "(（" or s[d.end:d.end + 1] not in (")", "）") or d.start != pos:
        return None
    if d.unit != "count" or d.qualifier != "exact":
        return None
    return bracket_change_sign(s, opened)


def _signed_difference(s: str, d: Draft, pos: int, sign: str, direction: int) -> Rejection | None:
    """(-459宗) after 下降13.9%: the absolute difference, its sign kept; a sign that disagrees
    with the verb (下降13.9%(+459宗)) is read as nothing."""
    minus = sign not in "+＋"
    if minus != (direction < 0):
        return Rejection(s[pos - len(sign):d.end], pos - len(sign), d.end, "veto.sign_disagrees",
                         f"{sign} in a bracket after a change the other way")
    if minus:
        d.value, d.low, d.high = -d.value, -d.value, -d.value
    d.start -= len(sign)
    d.steps.insert(1, ("number.bracket_difference", d.start, pos, f"{sign}: the difference of the change before"))
    return None


def _sign_before(s: str, pos: int) -> str | None:
    """The minus sign or 负 right before ``pos``, where it is a sign (not a hyphen, not 胜负)."""
    before = s[pos - 1:pos]
    if before in V.MINUS_SIGNS:
        prior = s[pos - 2:pos - 1]
        return before if not prior or prior.isspace() or prior in V.SIGN_AFTER else None
    if before == "负" and not (pos >= 2 and s[pos - 2] in V.FU_WORD_BEFORE):
        return before
    return None


_HALF_UNITS = ("kg", "m", "km", "L", "m2", "mu", "day", "week", "hour")


def _half_after_unit(s: str, d: Draft) -> None:
    """一吨半 = 1.5 t, 三斤半 = 1.75 kg, 两米半, 7天半: 半 after a unit is half of that unit."""
    key = _unit_key(s, d)
    if key is None or d.unit not in _HALF_UNITS or d.qualifier != "exact" \
            or d.value is None or s.startswith(V.HALF_NOT_BEFORE, d.end + 1):
        return
    half = V.UNITS[key][1] / 2
    d.value, d.precision = d.value + half, half
    d.steps.append(("number.half_after_unit", d.end, d.end + 1, f"半 = {half} {d.unit}"))
    d.end += 1


def _unit_key(s: str, d: Draft) -> str | None:
    """The unit word the draft was read with, where it ends the draft (斤 in 三斤)."""
    step = d.steps[-1] if d.steps else None
    if step is None or step[0] != "unit.physical" or step[2] != d.end:
        return None
    return s[step[1]:step[2]]


_TENTHS = re.compile(f"([{''.join(V.DIGITS)}]{{1,2}}|[0-9]{{1,2}})(?![0-9{NUMERAL_CHARS}])")
_LIANG = re.compile(f"([{''.join(V.DIGITS)}]|[0-9])两")


def _sub_unit(s: str, d: Draft) -> None:
    """三米九 = 3.9 m, 一米七五 = 1.75 m, 3斤5两 = 1.75 kg: a smaller unit said after the unit."""
    if d.qualifier != "exact" or d.value is None or d.precision not in (1, Decimal("0.5")):
        return
    key = _unit_key(s, d)
    if key in V.TENTHS_AFTER:
        m = _TENTHS.match(s, d.end)
        if m and not match_unit(s, m.end(), False, False):
            digits = "".join(str(V.DIGITS.get(c, c)) for c in m[1])
            d.value += Decimal("0." + digits)
            d.precision = Decimal(1).scaleb(-len(digits))
            d.steps.append(("unit.sub_unit", m.start(), m.end(), f"米{m[1]}: 0.{digits} m"))
            d.end = m.end()
    elif key == "斤":
        m = _LIANG.match(s, d.end)
        if m:
            d.value += Decimal(str(V.DIGITS.get(m[1], m[1]))) * Decimal("0.05")
            d.precision = Decimal("0.05")
            d.steps.append(("unit.sub_unit", m.start(), m.end(), "两 = 0.05 kg (1斤 = 10两)"))
            d.end = m.end()


_DIGIT = f"[{''.join(V.DIGITS)}0-9]"
_FEN = re.compile(f"零?({_DIGIT})分")
_SUB_YUAN = re.compile(f"(?:又|零)?(?:({_DIGIT})[角毛])?(?:零?({_DIGIT})分)?(钱)?")


def _sub_yuan(s: str, d: Draft) -> None:
    """50元6角三分 = 50.63, 壹元零壹分 = 1.01, 十块三毛 = 10.30: 角/毛 and 分 after an amount in 元."""
    if d.unit != "CNY" or d.value is None or d.qualifier != "exact" or d.precision is None \
            or d.precision < Decimal("0.1") or not s.startswith(("元", "块", "圆", "圓", "角"), d.end - 1):
        return
    if s.startswith("角", d.end - 1):  # 肆角叁分: only 分 can follow
        m = _FEN.match(s, d.end)
        if m is None or s.startswith(V.NOT_SCORE_AFTER, m.end() - 1):
            return
        d.value, d.precision = d.value + _digit_value(m[1]) * Decimal("0.01"), Decimal("0.01")
        d.steps.append(("unit.sub_yuan", m.start(), m.end(), f"分 {m[1]}"))
        d.end = m.end()
        return
    m = _SUB_YUAN.match(s, d.end)
    if not (m[1] or m[2]) or (m[2] and s.startswith(V.NOT_SCORE_AFTER, m.end(2))) or d.precision < 1:
        return
    jiao, fen = (_digit_value(g) for g in (m[1], m[2]))
    d.value += jiao * Decimal("0.1") + fen * Decimal("0.01")
    d.precision = Decimal("0.01") if m[2] else Decimal("0.1")
    d.steps.append(("unit.sub_yuan", m.start(), m.end(), f"角 {jiao}, 分 {fen}"))
    d.end = m.end()


#: Hundredths written after a currency: 美分 after 美元, 钱 (銭, sen) after 日元.
_CENTS = {"USD": ("美元", re.compile(r"(?:又|零)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})美分")),
          "JPY": ("日元", re.compile(r"(?:又|零)?([0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:日本)?[钱銭]"))}


def _cents(s: str, d: Draft) -> None:
    """两美元又三美分 = 2.03 USD, 10日元5日本銭 = 10.05 JPY: hundredths after the currency."""
    word, pattern = _CENTS[d.unit]
    m = pattern.match(s, d.end) if s.startswith(word, d.end - len(word)) and d.value is not None else None
    if m is None or d.qualifier != "exact" or d.precision is None or d.precision < 1:
        return
    r = read_number(m[1], 0)
    if r is None or r.end != len(m[1]) or r.value is None or r.value >= 100:
        return
    d.value, d.precision = d.value + r.value / 100, Decimal("0.01")
    d.steps.append(("unit.sub_yuan", m.start(), m.end(), f"{r.value} hundredths"))
    d.end = m.end()


def _digit_value(ch: str | None) -> Decimal:
    return Decimal(0) if not ch else Decimal(V.DIGITS[ch]) if ch in V.DIGITS else Decimal(ch)


def _kuai_money(s: str, d: Draft) -> None:
    """一百三十五块六角七分钱, 十块三毛, 花费我三块: 块 is 元 before 角/毛/分 or 钱, or at the end of a
    clause about a price; a count of pieces otherwise (三块手表)."""
    if d.mw != "块" or d.value is None:
        return
    m = _SUB_YUAN.match(s, d.end)
    after = s[d.end:d.end + 1]
    clause = re.split("[，。；,;！？!?]", s[max(0, d.start - 12):d.start])[-1]
    if (m[1] or m[2] or m[3]) or (not after or after in "，。；,;！？!?") and any(w in clause for w in V.PRICE_WORDS):
        d.unit, d.mw = "CNY", None
        d.steps.append(("unit.kuai_money", d.end - 1, d.end, "块 = 元"))


#: What a smaller unit after the unit adds, by unit: 角/分 after 元, cents after dollars, 三米九, 3斤5两.
_SMALLER_UNITS = {"CNY": _sub_yuan, "USD": _cents, "JPY": _cents, "m": _sub_unit, "kg": _sub_unit}


def read_quantity(s: str, pos: int, dates: DateContext | None = None) -> Draft | Rejection:
    """The figure whose number starts at ``s[pos]``, or the veto that rejects it.

    ``dates`` is the document's :class:`~.dates.DateContext` (its date and the dates read so
    far), which year-less and relative dates are resolved against."""
    end = numeral_run_end(s, pos)
    got = _read_when(s, pos, end, dates) or _length_of_time(s, pos)
    if got is not None:
        return got
    early = early_veto(s, pos, end)
    if early:
        return Rejection(s[pos:end], pos, end, *early)
    return _read_half(s, pos) or _number(s, pos)

