"""The fast scans give exactly what the plain regular expressions they stand for give."""
import re

import pytest
from hypothesis import given, strategies as st

from analysis.engine import _chars, changes as C, figures as F, metrics as M
from analysis.engine.clean import _COMMA_BEFORE_PUNCT, _DOUBLE_COMMA

# Each pair: the set of first characters, and the pattern it guards.
GUARDED = {
    "number": (F._CANDIDATE_START, F._CANDIDATE),
    "quotation": (F._QUOTE_START, F._QUOTES),
    "percent mark": (C._MARK_START, C._MARK),
    "change": (C._CHANGE_START, C._CHANGE),
}
# Pieces that make the patterns match, fail half-way, and nest.
PIECES = ["1", "23", "1,188", ".5", ",", "%", "一", "二十", "百", "千万", "点", "半", "分别", "同比",
          "较去年同期", "环比", "上升", "下降", "增", "减少", "了", "约", "近", "个百分点", "倍", "百分之",
          "“", "”", "「", "」", "《", "》", "\"", "，", "、", "。", "：", "\n", "甲", "案件", "😀"]
# Whole phrases too, so that full matches are common, not only fragments.
PHRASES = ["同比上升178.8%", "分别下降16.8%、14.2%", "较去年同期，增长3个百分点", "环比减少一成",
           "同比增长百分之十五", "上升4.2倍", "“6·10”", "《通报》", "「百日行动」", "26.98万", "二百零七点五万",
           "较去年同期多12.3%", "同比-22.2%", "大幅下降三成"]
TEXTS = st.lists(st.sampled_from(PIECES) | st.sampled_from(PHRASES), max_size=30).map("".join)


@pytest.mark.parametrize("name", GUARDED)
@given(text=TEXTS, start=st.integers(0, 200), stop=st.integers(0, 200))
def test_guarded_scan_equals_finditer(name, text, start, stop):
    chars, pattern = GUARDED[name]
    start, stop = sorted((start % (len(text) + 1), stop % (len(text) + 1)))
    fast = [m.span() for m in chars.finditer(pattern, text, None, start, stop)]
    assert fast == [m.span() for m in pattern.finditer(text, start, stop)]


@given(st.text(max_size=60))
def test_ends_equal_regex(text):
    marks = "，。！？\n："
    assert _chars.CharSet(marks).ends(text) == [m.end() for m in re.finditer(f"[{marks}]", text)]


def test_astral_characters_keep_positions():
    text = "😀，甲😀。"
    assert _chars.CharSet("，。").ends(text) == [2, 5]


def test_charset_refuses_astral_members():
    with pytest.raises(ValueError, match="BMP"):
        _chars.CharSet("😀")


@given(st.lists(st.sampled_from(["各类", "各种", "各项", "各", "特大", "特", "大", "类", "“", "”", "《",
                                 "》", "…", "\"", "案件", "涉黄"]), max_size=20).map("".join))
def test_inner_noise_pattern_equals_its_plain_form(text):
    plain = re.compile(r"[“”‘’「」『』《》\"…]|各类|各种|各项|特大")
    assert M._INNER_NOISE.sub("", text) == plain.sub("", text)


COMMA_TEXTS = st.lists(st.sampled_from([",", "，", "、", "。", "；", ";", "！", "甲", ",,", "，,"]),
                       max_size=25).map("".join)


@pytest.mark.parametrize("variants, plain", [
    (_DOUBLE_COMMA, "[,，]{2,}"),
    (_COMMA_BEFORE_PUNCT, "[,，](?=[、。；;！？])"),
], ids=["double comma", "comma before a stop"])
@given(text=COMMA_TEXTS)
def test_variants_by_first_char_equal_the_class_pattern(variants, plain, text):
    fast = [m.span() for m in _chars.matches_by_first_char(variants, text)]
    assert fast == [m.span() for m in re.finditer(plain, text)]
