"""Numbers: table of real strings and a round-trip property."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from analysis.engine.numerals import parse_chinese, parse_number
from conftest import case_params, class_params, load_jsonl, to_chinese

#: Numbers as written, with their value and where each was seen (tests/cases/numerals.jsonl);
#: rows with no value are not numbers.
CASES = load_jsonl("numerals.jsonl")


@pytest.mark.parametrize("case", case_params([c for c in CASES if c["value"] is not None]))
def test_parse(case):
    assert parse_number(case["input"]) == Decimal(case["value"])


@pytest.mark.parametrize("case", case_params([c for c in CASES if c["value"] is None]))
def test_rejects(case):
    with pytest.raises(ValueError):
        parse_number(case["input"])


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_round_trip(n):
    assert parse_chinese(to_chinese(n)) == n


# --- the grammar: read_number -----------------------------------------------------------------

from analysis.engine.numerals import NUMERAL_CHARS, read_number  # noqa: E402

#: Numbers as written, with value, precision, end and flags (tests/cases/readings.jsonl).
READINGS = load_jsonl("readings.jsonl")


@pytest.mark.parametrize("case", case_params(READINGS))
def test_read_number(case):
    r = read_number(case["input"], 0)
    assert (r.value, r.precision, r.end, r.flags) == (Decimal(case["value"]), Decimal(case["precision"]),
                                                      case["end"], tuple(case["flags"]))


@pytest.mark.parametrize("text,low,high,flag", class_params("test_ranges_have_no_point_value", "text,low,high,flag"))
def test_ranges_have_no_point_value(text, low, high, flag):
    r = read_number(text + "人", 0)
    assert (r.value, r.low, r.high, r.flags) == (None, low, high, (flag,))


@pytest.mark.parametrize("text", class_params("test_not_numbers", "text"))
def test_not_numbers(text):
    assert read_number(text, 0) is None


@given(st.text(alphabet=NUMERAL_CHARS + "0123456789.,分之数几上余多", max_size=30), st.integers(0, 30))
def test_read_number_never_raises(text, pos):
    r = read_number(text, pos)
    assert r is None or (r.start == pos and pos < r.end <= len(text))



# --- spaces of a scraped layout between a numeral and its unit (issue 22) ----------------------

from analysis.engine.figures import extract  # noqa: E402

SPACED_UNITS = (("个百分点", "pp", 1), ("個百分點", "pp", 1), ("起", "count", 1), ("年", "year", 1))


@given(st.integers(min_value=1, max_value=99_999), st.sampled_from(SPACED_UNITS), st.sampled_from([" ", "  ", "    ", "\t"]),
       st.sampled_from(["", "近 ", "共 "]))
def test_a_numeral_spaced_from_its_unit_reads_as_written(n, unit, space, before):
    """一百五十    个百分点, 近 三 年, 共 五 起: the spaces a scraped layout puts between a Chinese
    numeral standing apart and its unit, or a qualifier and its numeral, do not change the reading
    (一 起 alone stays the article, as 一起 does: a count only after a results verb)."""
    word, kind, _ = unit
    if kind == "year" and n > 100:
        n = n % 100 or 3
    text = f"{before}{to_chinese(n)}{space}{word}，"
    figs = extract(text)
    if n == 1 and kind == "count":  # 一起 with no results verb before it is the article (README)
        assert figs == [], text
    else:
        assert [(f.value, f.unit) for f in figs] == [(n, kind)], text


def test_a_name_before_a_spaced_word_is_not_a_numeral():
    """張三 年輕時, 記者 王五 報道: a numeral at the end of a name stays apart from what follows."""
    for text in ("記者 張三 年輕時曾", "記者 王五 報道", "李四 个人"):
        assert extract(text) == [], text


@given(st.integers(1, 9), st.sampled_from([("百", 100), ("千", 1000), ("万", 10_000), ("亿", 10**8)]),
       st.integers(1, 9))
def test_a_last_digit_right_after_a_place_word_counts_one_place_lower(a, place, d):
    """三万五 = 35,000, 一亿二 = 1.2亿, 两千五 = 2,500, 一百二 = 120: the place word after the last
    digit is left out; 一万零二 (a 零 written) is 10,002."""
    word, size = place
    head = to_chinese(a) if a != 2 or word in "百" else "两"
    assert parse_chinese(f"{head}{word}{CN_DIGITS[d]}") == a * size + d * size // 10
    assert parse_chinese(f"{head}{word}零{CN_DIGITS[d]}") == a * size + d


CN_DIGITS = "零一二三四五六七八九"
