"""Numbers: table of real strings and a round-trip property."""
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from analysis.engine.numerals import parse_chinese, parse_number
from conftest import to_chinese

CASES = [  # (text, value, where it was seen)
    ("1,188.2", "1188.2", "issue: separators"),
    ("１２", "12", "full-width digits"),
    ("一", "1", "seed: 一起"),
    ("两", "2", "dev: 兩次組織"),
    ("兩", "2", "dev: 兩次組織 (Traditional)"),
    ("十二", "12", "dev: 十二月二十五日"),
    ("一万六千八十六", "16086", "issue"),
    ("二百零七点五万", "2075000", "dev: 搖頭丸二百零七點五萬粒"),
    ("四点二", "4.2", "dev: 海洛因四點二噸"),
    ("26.98万", "269800", "dev: 破获刑事案件26.98万起"),
    ("4.88億", "488000000", "seed: 4.88億元"),
    ("五万七千一百", "57100", "dev: 五萬七千一百多名"),
    ("三万五千", "35000", "dev: 出动三万五千名警察"),
    ("一千零三十九", "1039", "dev: 一千零三十九个重点地区"),
    ("六百二十二点三", "622.3", "dev: 海洛因六百二十二点三克"),
    ("三亿五千万", "350000000", "synthetic"),
    ("二〇二三", "2023", "synthetic: year written digit by digit"),
]


@pytest.mark.parametrize("text,value,origin", CASES)
def test_parse(text, value, origin):
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "三x", "五六", "点"])
def test_rejects(text):
    with pytest.raises(ValueError):
        parse_number(text)


@given(st.integers(min_value=1, max_value=10**12 - 1))
def test_chinese_round_trip(n):
    assert parse_chinese(to_chinese(n)) == n
