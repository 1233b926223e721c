"""The document table: one row per document, documents without figures kept, repeated mentions
of the same figure counted once, the record's metadata carried, and the command line's
``--documents`` giving the rows of :func:`document_table`."""
import csv
import json
import subprocess
import sys

import pytest

from analysis.briefings.corpus import load_corpus
from analysis.briefings.documents import METADATA, distinct_figures, document_row, document_table, table_columns
from analysis.engine.clean import clean
from analysis.engine.provenance import text_sha256
from analysis.engine.rows import sectioned_figures
from analysis.engine.structure import read_structure
from analysis.briefings.paths import ROOT

# Generated documents whose answer is known by construction: a metric, an amount, a measure word.
METRICS = [("破获刑事案件", "起", "cases_solved"), ("抓获犯罪嫌疑人", "名", "suspects_caught"),
           ("抓获逃犯", "名", "fugitives_caught"), ("打掉犯罪团伙", "个", "gangs_broken")]


@pytest.mark.parametrize("metric,word,code", METRICS)
@pytest.mark.parametrize("value", [7, 52, 237, 1106])
def test_a_title_repeating_the_body_counts_once(metric, word, code, value):
    text = f"全市{metric}{value}{word}\n\n今年以来，全市公安机关{metric}{value}{word}。"
    row = document_row({"id": "t", "text": text})
    assert row["figures"] == 2 and row["distinct_figures"] == 1 and row["repeated_mentions"] == 1
    assert row[f"n_{code}"] == 1 and row["headline_value"] == value and row["headline_class"] == code


@pytest.mark.parametrize("metric,word,code", METRICS)
def test_another_value_or_metric_is_another_figure(metric, word, code):
    other_metric, other_word, other_code = next(m for m in METRICS if m[2] != code)
    text = f"{metric}52{word}。{metric}53{word}。{other_metric}52{other_word}。"
    row = document_row({"id": "t", "text": text})
    assert row["figures"] == row["distinct_figures"] == 3
    assert row[f"n_{code}"] == 2 and row[f"n_{other_code}"] == 1


def test_another_period_is_another_figure():
    figures = sectioned_figures("今年破获刑事案件52起，较去年同期的52起持平。", "2023-11-16")
    assert len(figures) == 2 and len(distinct_figures(figures)) == 2


def test_example_cases_with_the_same_amount_are_not_merged():
    text = ("破获一起诈骗案件，涉案金额50万元。\n破获一起盗窃案件，涉案金额50万元。")
    figures = sectioned_figures(text)
    examples = [f for f in figures if f.role == "example" and f.value == 500000]
    assert len(examples) == 2
    assert len([f for f in distinct_figures(figures) if f.value == 500000]) == 2


def test_money_per_currency_is_counted_not_summed():
    row = document_row({"id": "m", "text": "涉案金额1.2亿元，挽回经济损失3000万元，冻结资金300万美元。"})
    assert row["money_CNY_figures"] == 2 and row["money_CNY_largest"] == 120_000_000
    assert row["money_USD_figures"] == 1 and row["money_USD_largest"] == 3_000_000


def test_stated_duration_and_days_elapsed():
    row = document_row({"id": "d", "text": "部署开展为期100天的“秋风”行动。行动开展四十天来，破获刑事案件237起。"})
    assert (row["duration_value"], row["duration_unit"], row["duration_days"]) == (100, "day", 100)
    assert row["elapsed_days"] == 40
    span = document_row({"id": "e", "text": "如某分局历时19年，成功告破命案积案1起。"})
    assert span["duration_value"] is None and span["elapsed_days"] is None


def test_every_corpus_document_has_its_row_with_its_metadata():
    docs = load_corpus()
    table = document_table(docs)
    assert [r["id"] for r in table] == [d["id"] for d in docs]
    for doc, row in zip(docs, table):
        assert tuple(row) == table_columns()
        given = [k for k in METADATA if doc.get(k) not in (None, "")]
        assert all(row[k] == doc[k] for k in given)
        assert row["sha256"] == doc["sha256"] and row["script"] == doc["script"]   # every corpus record has both
        assert row["date_source"] == (doc.get("date_source") or ("record" if doc.get("date") else None))
        found = read_structure(clean(doc["text"]).text).title
        assert (row["title"], row["title_source"]) == ((found.text, "structure") if found else (None, None))
        assert row["distinct_figures"] <= row["figures"]


def test_a_document_without_figures_keeps_its_row():
    row = document_row({"id": "none", "text": "今日天气晴朗。\n", "level": "county", "date": "2024-01-02"})
    assert row["figures"] == row["distinct_figures"] == 0 and row["headline_value"] is None
    assert (row["id"], row["level"], row["date"], row["date_source"]) == ("none", "county", "2024-01-02", "record")
    assert row["title"] is None and row["sha256"] == text_sha256("今日天气晴朗。\n") and row["script"] == "simplified"


def test_provenance_left_empty_is_filled():
    text = "臨夏州召開新聞發布會\n\n全州共破獲刑事案件237起，同比上升178.8%。"
    row = document_row({"id": "t", "text": text}, "2023-11-16")
    assert (row["date"], row["date_source"], row["script"]) == ("2023-11-16", "given", "traditional")
    assert (row["title"], row["title_source"], row["sha256"]) == ("临夏州召开新闻发布会", "structure", text_sha256(text))
    own = document_row({"id": "t", "text": text, "title": "其题", "date": "2023-11-17"}, "2023-11-16")
    assert (own["title"], own["title_source"], own["date"], own["date_source"]) == ("其题", "record", "2023-11-17", "record")


def test_the_seed_row():
    seed = next(d for d in load_corpus() if d["id"] == "seed-linxia2023")
    row = document_row(seed)
    assert (row["headline_value"], row["headline_change_pct"], row["duration_days"]) == (237, 178.8, 100)


def test_the_command_line_writes_the_table(tmp_path):
    docs = [{"id": "a", "text": "破获刑事案件237起。\n全市破获刑事案件237起，同比上升178.8%。", "level": "county"},
            {"id": "b", "text": "今日无事。"},
            {"text": "抓获逃犯52名。"}]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs) + "not json\n",
                      encoding="utf-8")
    out = tmp_path / "docs.csv"
    proc = subprocess.run([sys.executable, "-m", "analysis", "figures", "--batch", "--keep-going",
                           "--documents", str(out), "-o", str(tmp_path / "rows.jsonl"), str(corpus)],
                          capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 4  # the bad line, reported by the batch run
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    expected = document_table([docs[0], docs[1], {"id": 3, **docs[2]}])
    assert [r["id"] for r in rows] == ["a", "b", "3"]
    assert [(r["figures"], r["distinct_figures"], r["level"]) for r in rows] == \
        [(str(e["figures"]), str(e["distinct_figures"]), e["level"] or "") for e in expected]


def test_standard_input_is_refused_with_documents(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "analysis", "figures", "--batch",
                           "--documents", str(tmp_path / "d.csv"), "-"], input=b'{"text": "x"}\n',
                          capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 3 and b"standard input" in proc.stderr
