"""The figure engine: the seed exactly, the labelled dev set, negatives, properties."""
import math

import pytest
from hypothesis import given, strategies as st

from analysis import Briefing
from analysis.engine.figures import extract
from conftest import case_params, load_jsonl, to_chinese

T2S = str.maketrans({"個": "个", "處": "处", "條": "条", "輛": "辆", "類": "类", "發": "发",
                     "噸": "吨", "顆": "颗"})

#: The 22 figures of the seed, one row each, in order (tests/cases/seed-figures.jsonl).
SEED = load_jsonl("seed-figures.jsonl")
SEED_FIELDS = ("input", "value", "unit", "measure_word", "qualifier", "change_pct", "metric", "parent")


def _seed_row(f):
    return (f.text, f.value, f.unit, f.measure_word, f.qualifier, f.change_pct,
            f.metric if f.metric and f.unit not in ("date", "date_range", "day", "year") else None,
            f.parent)


def test_seed_exactly():
    """The seed gives its 22 figures, in order; each row's reading is test_seed_figure."""
    b = Briefing.seed()
    assert [f.text for f in b.figures] == [row["input"] for row in SEED]
    for f in b.figures:
        assert b.raw[f.start:f.end] == f.text
        assert f.metric_en, f"metric {f.metric!r} has no glossary entry"
    assert b.figures[3].change_basis == "yoy"


@pytest.mark.parametrize("row", case_params(SEED))
def test_seed_figure(row):
    f = Briefing.seed().figures[SEED.index(row)]
    assert _seed_row(f) == tuple(row[k] for k in SEED_FIELDS)
    if "low" in row:
        assert (f.low, f.high) == (row["low"], row["high"])


def test_seed_sections():
    b = Briefing.seed()
    by = {(f.section, f.subtheme) for f in b.figures}
    assert ("利剑出鞘、严打整治", "猛追逃犯应民意") in by
    assert all(f.section == "利剑出鞘、严打整治" for f in b.figures[3:])


def _same(label, fig):
    unit = label["unit"]
    if label["value"] is None:
        return fig.change_pct is not None and math.isclose(fig.change_pct, label["change_pct"])
    if unit == "%":
        ok = fig.unit == "percent"
    elif unit in ("CNY", "HKD", "USD", "kg", "m2", "mu", "day", "week", "month", "year", "hour",
                  "pp", "date", "date_range", "datetime", "time"):
        ok = fig.unit == unit
    else:
        ok = fig.unit == "count" and (fig.measure_word or "").translate(T2S) == unit.translate(T2S)
    if not ok:
        return False
    if isinstance(label["value"], str):
        exp, got = label["value"].split("/"), str(fig.value).split("/")
        if len(exp) != len(got):
            return False
        for e, g in zip(exp, got):
            e_rest, g_rest = e.split("-", 1)[1:] , g.split("-", 1)[1:]
            if e_rest != g_rest and not (len(e) == 4 and e == g):
                return False
            if not g.startswith("XXXX") and g[:4] != e[:4] and len(e) >= 4 and e[:4] != "XXXX":
                return False
    elif not math.isclose(float(fig.value), float(label["value"]), rel_tol=1e-9):
        return False
    want = label.get("qualifier") or "exact"
    if fig.qualifier != want:
        return False
    return label.get("change_pct") is None or (
        fig.change_pct is not None and math.isclose(fig.change_pct, label["change_pct"]))


#: Known misses among the dev phrases (expect: fail with a reason), by input.
KNOWN_MISSES = {row["input"]: row["reason"] for row in load_jsonl("dev-expect.jsonl")
                if row["expect"] == "fail"}
LABELS = load_jsonl("dev-figures.jsonl")


@pytest.mark.parametrize(
    "label",
    [pytest.param(l, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[l["input"]]))
     if l["input"] in KNOWN_MISSES else l for l in LABELS],
    ids=[f"{i}:{l['input'][:14]}" for i, l in enumerate(LABELS)])
def test_dev_phrase(label):
    """Each labelled phrase from a real briefing page (its url is in the case file)."""
    figs = extract(label["input"])
    assert any(_same(label, f) for f in figs), [(f.text, f.value, f.unit, f.measure_word,
                                                 f.qualifier, f.change_pct) for f in figs]


NEGATIVES = [(text, row["kind"]) for row in load_jsonl("dev-negatives.jsonl")
             for text in (row.get("inputs") or [row["input"]])]
NEGATIVES += [(row["input"], row["kind"]) for row in load_jsonl("negatives.jsonl")]


@pytest.mark.parametrize("text,kind", NEGATIVES)
def test_not_a_figure(text, kind):
    assert extract(text) == [], kind


#: Single figures with their full reading (tests/cases/figures.jsonl: wild and synthetic).
CASES = load_jsonl("figures.jsonl")
CASE_FIELDS = ("value", "unit", "measure_word", "qualifier", "change_pct", "low", "high")


@pytest.mark.parametrize("case", case_params(CASES))
def test_cases(case):
    f = extract(case["input"])[0]
    assert tuple(getattr(f, k) for k in CASE_FIELDS) == tuple(case[k] for k in CASE_FIELDS)


def test_fenbie_distributes_changes():
    figs = extract("交通事故死亡人数、较大事故起数同比分别下降27.9%、16.7%")
    assert [(f.metric, f.change_pct, f.change_basis) for f in figs] == [
        ("交通事故死亡人数", -27.9, "yoy"), ("较大事故起数", -16.7, "yoy")]


def test_several_figures_in_one_clause():
    assert [(f.value, f.measure_word) for f in extract("打掉团伙1个6人，起诉65件312人")] == [
        (1, "个"), (6, "人"), (65, "件"), (312, "人")]


def test_explain_names_the_rules():
    f = extract("挽回经济损失8898万余元")[0]
    text = f.explain()
    assert "余 -> at_least" in text and "multiplier: 万" in text and "CNY" in text


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals_read_back(n):
    figs = extract(f"抓获犯罪嫌疑人{to_chinese(n)}名")
    assert [(f.value, f.measure_word) for f in figs] == [(n, "名")]


@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes_and_spans_hold(text):
    for f in extract(text):
        assert text[f.start:f.end] == f.text


PIECES = st.sampled_from(["破获", "案件", "237起", "同比上升178.8%", "，", ",,", "、", "。", "萬(wàn)",
                          "余", "近", "“三抓三促”", "一是", "9月下旬", "至", "其中", "8898", "元",
                          "(((", "余余余", "ǎǎǎ", "分别", "0000000", "\n", " "])


@given(st.lists(PIECES, max_size=40).map("".join))
def test_mutated_briefings_keep_spans(text):
    for f in extract(text):
        assert text[f.start:f.end] == f.text
        assert f.unit is None or f.unit in ("count", "CNY", "HKD", "USD", "kg", "m2", "mu", "day",
                                            "week", "month", "year", "hour", "percent", "pp",
                                            "date", "date_range", "datetime", "time")
