"""Scrape repair: table-driven cases (wild, synthetic, negative) and properties."""
import json
import re

import pytest
from hypothesis import given, strategies as st

from analysis.engine.clean import FIXERS, clean, repair, to_simplified
from analysis.engine._chars import OTHER_SPACES
from conftest import CASES

TABLE = json.loads((CASES / "repair.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", TABLE["wild"] + TABLE["synthetic"], ids=lambda c: c["origin"])
def test_repairs(case):
    assert repair(case["raw"]).text == case["repaired"]


@pytest.mark.parametrize("case", TABLE["negative"], ids=lambda c: c["origin"])
def test_unchanged(case):
    r = repair(case["raw"])
    assert r.text == case["raw"]
    assert r.counts == ()


def test_each_fixer_is_counted():
    r = repair("機(jī)關(guān),,中心,、支隊(duì);縣")
    assert dict(r.counts) == {"pinyin_ruby": 3, "double_comma": 1, "stray_comma": 1,
                              "ascii_semicolon": 1}


def test_fixers_are_str_to_str():
    for fx in FIXERS:
        assert isinstance(fx("機(jī)關(guān),,a"), str)
        assert fx.doc, f"{fx.name} has no docstring"


def test_seed_repair():
    from analysis.linxia.seed import load_seed

    r = clean(load_seed())
    assert r.text.startswith("临夏州召开全州公安机关“秋风”行动新闻发布会")
    assert ",," not in r.text and "(" not in r.text and "," not in r.text
    assert all(r.raw[r.offsets[i]] != "(" for i in range(len(r.text)))


def test_simplified_keeps_length():
    t = "臨夏州召開發布會，嚴打整治，後來乾淨"
    assert len(to_simplified(t)) == len(t)


ARTEFACTS = st.sampled_from(["機(jī)", "關(guān)", ",,", ",", ",、", ",。", ";", "會(huì )", " ", "7.5萬(wàn)起",
                             "縣(區(qū))", "(852)", "起 ,", "臨夏", "案件", "12", "。", "\n", "二0二", "0"])
TEXTS = st.one_of(st.text(max_size=60), st.lists(ARTEFACTS, max_size=30).map("".join))


@given(TEXTS)
def test_offsets_map_back(text):
    r = repair(text)
    assert len(r.offsets) == len(r.text)
    assert list(r.offsets) == sorted(r.offsets), "offset map is monotonic"
    for i, ch in enumerate(r.text):
        raw = r.raw[r.offsets[i]]
        assert raw == ch or (ch == "，" and raw == ",") or (ch in "；：" and raw in ";:") \
            or (ch == " " and raw in OTHER_SPACES) or (ch == "〇" and raw in "0○◯")


@given(TEXTS)
def test_idempotent(text):
    once = repair(text).text
    assert repair(once).text == once


#: Well-formed text: a comma is never followed by another comma or a stop (，， and ，、 are the
#: scraper's doubled marks, which repair removes on purpose).
CLEAN_TEXTS = st.text(alphabet="临夏州公安机关召开新闻发布会通报情况破获案件起名。，、“”0123456789",
                      max_size=80).filter(lambda t: not re.search("，[，、。]", t))


@given(CLEAN_TEXTS)
def test_clean_text_unchanged(text):
    assert repair(text).text == text


def test_pinyin_in_both_bracket_kinds():
    """Made-up mix of ASCII and full-width brackets, as in pages scraped twice over."""
    r = repair("機（jī）關(guān)會（huì)議(區)")
    assert r.text == "機關會議(區)"
    assert dict(r.counts)["pinyin_ruby"] == 3
