"""Invariants of signs, shared magnitudes and sub-units, tested by property (issue 22).

Each case is written from its parts, so its reading is known by construction: a signed number keeps
its sign; a range whose place is written once carries it on both ends, unless each end writes its
own; a quantity that cannot be negative never gets a negative bound; a half or a sub-unit after the
unit is added, never dropped.
"""
from __future__ import annotations

from decimal import Decimal

from conftest import to_chinese
from hypothesis import given, strategies as st

from analysis.engine import extract

SIGNS = st.sampled_from(["-", "－", "−", "负"])
#: Words before a value a sign may follow (增长率为-0.2% is an amplitude: a change, tested apart).
FRAMES = st.sampled_from(["", "占比为", "利润为", "全年，", "余额是"])
#: Units that can be below zero, with the factor to the reported unit.
SIGNED = st.sampled_from([("%", "percent", 1), ("元", "CNY", 1), ("万元", "CNY", 10_000), ("个百分点", "pp", 1)])
AMOUNTS = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("9999.9"), places=1)


def _dec(x) -> Decimal:
    return Decimal(str(x))


@given(AMOUNTS, SIGNS, FRAMES, SIGNED)
def test_a_signed_number_keeps_its_sign(n, sign, frame, unit):
    word, name, factor = unit
    f, = extract(f"{frame}{sign}{n}{word}")
    assert (f.unit, _dec(f.value)) == (name, -n * factor)
    assert f.text.startswith(sign)


@given(AMOUNTS, st.sampled_from(["-", "－", "负"]), st.sampled_from(["同比增长", "同比上升", "同比", "环比", "增幅为"]))
def test_a_signed_change_keeps_its_sign(n, sign, before):
    f, = extract(f"刑事案件{before}{sign}{n}%")
    assert _dec(f.change_pct) == -n


@given(AMOUNTS)
def test_negative_growth_is_a_fall(n):
    f, = extract(f"刑事案件负增长{n}%")
    assert _dec(f.change_pct) == -n


@given(AMOUNTS, st.sampled_from(["-", "－", "负"]), st.sampled_from(["下降", "减少", "降幅为"]))
def test_a_fall_by_a_negative_amount_is_not_read(n, sign, verb):
    assert extract(f"刑事案件同比{verb}{sign}{n}%") == []


@given(st.integers(1, 9999), SIGNS, st.sampled_from(["起", "人", "吨", "天", "平方米", "年"]),
       st.sampled_from(["", "，", "为"]))
def test_no_negative_bound_for_a_quantity_that_cannot_be_negative(n, sign, unit, before):
    for f in extract(f"全年{before}{sign}{n}{unit}"):
        assert all(v is None or isinstance(v, str) or v >= 0 for v in (f.value, f.low, f.high))


#: Places written once after the second end, with their factor.
PLACES = st.sampled_from([("万", 10_000), ("亿", 10 ** 8), ("千万", 10 ** 7), ("百万", 10 ** 6)])


def _written(n: int, chinese: bool) -> str:
    return to_chinese(n) if chinese else str(n)


@given(st.integers(1, 8), st.integers(1, 9), PLACES, st.booleans(), st.sampled_from(["至", "到", "-"]))
def test_a_range_carries_a_place_written_once(a, step, place, chinese, mark):
    """两到三万元, 3至5千万元: a digit before a digit and its places takes the same places."""
    b = min(a + step, 9)
    if b == a:
        b, a = a, a - 1 if a > 1 else a
    word, factor = place
    text = f"涉案金额{_written(a, chinese)}{mark}{_written(b, chinese)}{word}元"
    f, = extract(text)
    assert (f.qualifier, f.low, f.high) == ("range", a * factor, b * factor), text


@given(st.integers(11, 98), st.integers(1, 9), st.sampled_from([("万", 10_000), ("亿", 10 ** 8)]), st.booleans())
def test_a_range_of_two_digit_ends_carries_the_big_place(a, step, place, chinese):
    """一百二十到一百五十万元, 20至30万元: the 万 or 亿 after the second end holds for the first."""
    b = a + step
    word, factor = place
    f, = extract(f"涉案金额{_written(a, chinese)}至{_written(b, chinese)}{word}元")
    assert (f.low, f.high) == (a * factor, b * factor)


@given(st.integers(1, 9), st.integers(1, 9), PLACES, st.booleans())
def test_each_end_that_writes_its_place_keeps_it(a, b, place, chinese):
    """3万至5万元: both ends written in full are read as written."""
    word, factor = place
    lo, hi = sorted((a, b))
    f, = extract(f"涉案金额{_written(lo, chinese)}{word}至{_written(hi, chinese)}{word}元")
    assert (f.low, f.high) == (lo * factor, hi * factor)


@given(st.integers(1, 99), st.sampled_from([("吨", 1000), ("斤", Decimal("0.5")), ("米", 1), ("公斤", 1),
                                            ("天", 1)]), st.booleans())
def test_a_half_after_the_unit_is_added(n, unit, chinese):
    word, factor = unit
    f, = extract(f"查获{_written(n, chinese)}{word}半")
    assert _dec(f.value) == (Decimal(n) + Decimal("0.5")) * factor


@given(st.integers(1, 999), st.integers(1, 9), st.integers(1, 9), st.booleans())
def test_jiao_and_fen_after_yuan(yuan, jiao, fen, chinese):
    """50元6角三分 = 50.63: 角 a tenth, 分 a hundredth of the 元 before them."""
    text = f"罚款{_written(yuan, chinese)}元{_written(jiao, chinese)}角{_written(fen, chinese)}分"
    f, = extract(text)
    assert (f.unit, _dec(f.value)) == ("CNY", Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100), text


@given(st.integers(1, 999), st.integers(0, 999), st.integers(0, 99))
def test_a_fullwidth_comma_between_three_digit_groups(head, group, cents):
    f, = extract(f"涉案金额{head}，{group:03d}.{cents:02d}元")
    assert _dec(f.value) == Decimal(f"{head}{group:03d}.{cents:02d}")


@given(st.integers(1, 9), st.integers(1, 9), PLACES, st.sampled_from(["(含)", "（含）"]), st.sampled_from(["-", "至", "——"]),
       st.booleans())
def test_inclusive_mark_and_doubled_dash_in_a_range(a, b, place, inclusive, mark, chinese):
    """1万(含)-5万元, 2——3万港币: (含) after the first end and a doubled dash leave the range as written."""
    word, factor = place
    lo, hi = sorted((a, b))
    if lo == hi:
        return
    f, = extract(f"涉案金额{_written(lo, chinese)}{word}{inclusive}{mark}{_written(hi, chinese)}{word}元")
    assert (f.qualifier, f.low, f.high) == ("range", lo * factor, hi * factor)


@given(st.integers(1, 9999), st.sampled_from([("以上", "at_least"), ("以下", "at_most")]), st.sampled_from(["(含)", "（含）"]))
def test_inclusive_mark_before_a_bound(n, bound, inclusive):
    """5万元(含)以上: at least, inclusive; an age so written stays a threshold (60岁(含)以上)."""
    word, qualifier = bound
    f, = extract(f"涉案金额{n}元{inclusive}{word}")
    assert (f.value, f.qualifier) == (n, qualifier)
    assert extract(f"{n % 90 + 10}岁{inclusive}{word}老人") == []
