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


# --- the grammar: read_number -----------------------------------------------------------------

from analysis.engine.numerals import NUMERAL_CHARS, read_number  # noqa: E402

READINGS = [  # (text, value, precision, end, flags, where it was seen)
    ("237", "237", "1", 3, (), "seed: 237起"),
    ("4.88億", "488000000", "1000000", 5, (), "seed: 4.88億元"),
    ("8898萬", "88980000", "10000", 5, (), "seed: 8898萬余元"),
    ("17.6", "17.6", "0.1", 4, (), "seed: 17.6公斤"),
    ("十", "10", "10", 1, (), "contract: 十余 -> precision 10"),
    ("300", "300", "100", 3, (), "contract: 300余发 -> [300, 400)"),
    ("4千", "4000", "1000", 2, (), "issue: 4千余起"),
    ("6百", "600", "100", 2, (), "issue: 6百余个"),
    ("8百万", "8000000", "1000000", 3, (), "issue: 8百万元"),
    ("2.5千万", "25000000", "1000000", 5, (), "issue"),
    ("2035万4000", "20354000", "1000", 9, (), "issue: 2035万4000元"),
    ("六万五千", "65000", "1000", 4, (), "issue"),
    ("两千五", "2500", "100", 3, (), "synthetic: a last digit one place below"),
    ("廿三", "23", "1", 2, (), "grammar: 廿 = 20"),
    ("贰拾", "20", "10", 2, (), "financial form"),
    ("1,188.2", "1188.2", "0.1", 7, (), "issue: separators"),
]


@pytest.mark.parametrize("text,value,precision,end,flags,origin", READINGS)
def test_read_number(text, value, precision, end, flags, origin):
    r = read_number(text, 0)
    assert (r.value, r.precision, r.end, r.flags) == (Decimal(value), Decimal(precision), end, flags)


@pytest.mark.parametrize("text,low,high,flag", [("两三", 2, 3, "approx_pair"), ("五六十", 50, 60, "approx_pair"),
                                                ("十二三", 12, 13, "approx_pair"), ("数十", 10, 100, "vague"),
                                                ("上百", 100, 1000, "vague"), ("几十万", 100_000, 1_000_000, "vague")])
def test_ranges_have_no_point_value(text, low, high, flag):
    r = read_number(text + "人", 0)
    assert (r.value, r.low, r.high, r.flags) == (None, low, high, (flag,))


@pytest.mark.parametrize("text", ["七八月份", "一二月份", "百分之五五", "万", "亿元", "点"])
def test_not_numbers(text):
    assert read_number(text, 0) is None


@given(st.text(alphabet=NUMERAL_CHARS + "0123456789.,分之数几上余多", max_size=30), st.integers(0, 30))
def test_read_number_never_raises(text, pos):
    r = read_number(text, pos)
    assert r is None or (r.start == pos and pos < r.end <= len(text))
