"""read_figures reads back every format the command line writes (CSV, JSON, JSON Lines,
Parquet) and every unit, equal to the rows written, types included: a property test over
documents generated from the phrases briefings use (counts, money, weights, changes, dates,
date ranges, times and time ranges, bounds, vague counts), and the command line itself."""
import json
import subprocess
import sys

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.engine.rows import columns, figure_rows
from analysis.engine.writers import FORMATS, Sink, encode
from analysis.briefings.paths import ROOT
from analysis.briefings.table import read_figures, typed_rows

SUFFIX = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv", "parquet": ".parquet"}

numbers = st.integers(min_value=1, max_value=99_999)
decimals = st.decimals(min_value="0.1", max_value="999.9", places=1).map(str)
months = st.integers(min_value=1, max_value=12)
days = st.integers(min_value=1, max_value=28)
hours = st.integers(min_value=0, max_value=23)
#: Phrases as briefings write them, each giving a figure of a different unit or form.
phrases = st.one_of(
    numbers.map("破获刑事案件{}起".format),
    numbers.map("抓获犯罪嫌疑人{}名".format),
    decimals.map("同比上升{}%".format),
    decimals.map("涉案金额{}万元".format),
    decimals.map("查获毒品{}千克".format),
    numbers.map("打掉犯罪团伙{}余个".format),
    numbers.map("出动警力约{}人次".format),
    st.sampled_from(["数十起", "两三个", "近百名"]).map("查处案件{}".format),
    st.tuples(months, days).map(lambda md: f"{md[0]}月{md[1]}日"),
    st.tuples(st.integers(2015, 2024), months).map(lambda ym: f"{ym[0]}年{ym[1]}月"),
    st.tuples(months, months).map(lambda mm: f"{min(mm)}月至{max(mm)}月"),
    st.tuples(hours, hours).map(lambda hh: f"{hh[0]}时至次日{hh[1]}时"),
    hours.map("晚上{}点".format),
    st.just("没有数字的句子"),
)
documents = st.lists(phrases, min_size=1, max_size=8).map(lambda ps: "，".join(ps) + "。")


def write(records: list[dict], fmt: str, path) -> None:
    """Records written as the command line writes them (``figures --batch --format fmt``)."""
    cols = columns("id")
    with open(path, "wb") as out:
        sink = Sink(out, fmt, cols)
        sink.start()
        sink.add(encode(records, fmt, cols))
        sink.finish()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=documents, with_date=st.booleans())
def test_every_format_reads_back_equal(tmp_path, text, with_date):
    doc = {"id": "d1", "text": text, "url": "https://example.org/d1.html", "publisher": "示例市公安局"}
    if with_date:
        doc["date"] = "2023-11-16"
    records = figure_rows([doc, {"id": "d2", "text": "破获刑事案件12起"}], date="2024-05-01")
    want = typed_rows(records)
    for fmt in FORMATS:
        path = tmp_path / f"rows{SUFFIX[fmt]}"
        write(records, fmt, path)
        got = read_figures(path)
        pd.testing.assert_frame_equal(got, want, check_exact=True, obj=fmt)
        assert [type(v) for v in got["value"]] == [type(v) for v in want["value"]], fmt


def test_text_values_of_every_time_unit_stay_text(tmp_path):
    """A time range (the CSV that crashed), a date, a date range, a time: EDTF text back."""
    records = figure_rows([{"id": "t", "text": "2023年9月1日至11月16日，每晚19时至次日2时，晚上8点，11月16日"}],
                          date="2023-11-16")
    units = {r["unit"]: r["value"] for r in records}
    assert units == {"date_range": "2023-09-01/2023-11-16", "time_range": "19:00/02:00",
                     "time": "20:00", "date": "2023-11-16"}
    for fmt in FORMATS:
        path = tmp_path / f"t{SUFFIX[fmt]}"
        write(records, fmt, path)
        got = read_figures(path)
        assert dict(zip(got["unit"], got["value"])) == units, fmt
        assert got["quantity"].isna().all(), fmt


def test_a_file_object_is_read_by_its_content(tmp_path):
    records = figure_rows([{"id": "a", "text": "抓获6名，19时至次日2时"}])
    for fmt in ("jsonl", "json", "csv"):
        path = tmp_path / f"rows.{fmt}.txt"
        write(records, fmt, path)
        with open(path, "rb") as fh:
            pd.testing.assert_frame_equal(read_figures(fh), typed_rows(records), obj=fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_command_line_output_reads_back(tmp_path, fmt):
    lines = [{"id": "a", "text": "行动期间每晚19时至次日2时巡逻，抓获犯罪嫌疑人6名", "date": "2023-11-16",
              "url": "https://example.org/a"},
             {"id": "b", "text": "没有数字"}]
    src, out = tmp_path / "in.jsonl", tmp_path / f"out{SUFFIX[fmt]}"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in lines), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analysis", "figures", "--batch", str(src),
                           "--format", fmt, "-o", str(out), "--jobs", "1"],
                          capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    got = read_figures(out)
    pd.testing.assert_frame_equal(got, typed_rows(figure_rows(lines)))
    assert got["date"].tolist() == ["2023-11-16"] * len(got) and set(got["url"]) == {"https://example.org/a"}
    assert "19:00/02:00" in got["value"].tolist()


@pytest.mark.parametrize("name", ["docs.csv", "docs.jsonl"])
def test_a_document_table_is_refused_saying_what_reads_it(tmp_path, name):
    """The ``--documents`` table beside the rows is not a table of figures: read_figures says
    so and names its readers instead of failing on a missing column."""
    src, rows, docs = tmp_path / "in.jsonl", tmp_path / "rows.jsonl", tmp_path / name
    src.write_text(json.dumps({"id": "a", "text": "破获刑事案件12起。"}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "analysis", "figures", "--batch", str(src), "-o", str(rows),
                           "--documents", str(docs), "--jobs", "1"], capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert read_figures(rows)["value"].tolist() == [12]
    with pytest.raises(ValueError, match=r"not a table of figures \(no value, unit column\).*--documents"):
        read_figures(docs)


def test_a_parquet_table_without_figures_is_refused(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    path = tmp_path / "docs.parquet"
    pq.write_table(pa.table({"id": ["a"], "title": ["某市通报"]}), path)
    with pytest.raises(ValueError, match="no value_number, value_edtf, unit column"):
        read_figures(path)
