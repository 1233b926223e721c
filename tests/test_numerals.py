"""Numbers: table of real strings and a round-trip property."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from analysis.engine.numerals import parse_chinese, parse_number
from conftest import case_params, load_jsonl, to_chinese

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
