"""``figures --batch``: every format one valid document, input order on every core, bad input
reported line by line without losing the other documents."""
import io
import os
import json
import random
import subprocess
import sys

import pytest

from analysis.batch import Job, run_batch
from analysis.engine.rows import columns, figure_rows
from analysis.engine.writers import Sink
from analysis.briefings.table import DOCUMENT_COLUMNS
from analysis.engine.provenance import DOCUMENT_FIELDS
from analysis.briefings.paths import ROOT
from analysis.linxia.seed import SEED, load_seed
from analysis.linxia import seed_briefing

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench import briefing  # noqa: E402


def run(*args, stdin=b""):
    proc = subprocess.run([sys.executable, "-m", "analysis", "figures", "--batch", *args], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8")


def jsonl(*docs) -> bytes:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


DOCS = [{"id": "a", "text": "抓获犯罪嫌疑人6名"}, {"id": "b", "text": "一是"},
        {"id": 3, "text": "破获案件7起，同比上升5%", "date": "2023-11-16"}]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Enough varied briefings to need several chunks (and so the worker pool)."""
    rng = random.Random(7)
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_bytes(jsonl(*({"id": f"d{i}", "text": briefing(rng), "date": "2023-11-16"}
                             for i in range(90))))
    return path


def test_jobs_give_the_same_bytes_in_input_order(corpus):
    code1, one, err = run(str(corpus), "--jobs", "1")
    code2, two, _ = run(str(corpus), "--jobs", "2")
    assert code1 == code2 == 0 and one == two, err
    ids = [json.loads(line)["id"] for line in one.splitlines()]
    assert sorted(set(ids), key=lambda i: int(i[1:])) == [f"d{i}" for i in range(90)]
    assert ids == sorted(ids, key=lambda i: int(i[1:]))
    assert "90 documents" in err and "0 bad lines" in err


def test_rows_equal_the_library_and_carry_sections():
    """Batch rows are the figures of Briefing (sections and sub-themes included)."""
    from analysis import Briefing

    seed = load_seed()
    code, out, _ = run(stdin=jsonl({"id": "seed", "text": seed, "date": "2023-11-16"}))
    rows = [json.loads(line) for line in out.splitlines()]
    want = seed_briefing().figures
    assert code == 0 and len(rows) == len(want) == 22
    for row, fig in zip(rows, want):
        assert row["section"] == fig.section and row["subtheme"] == fig.subtheme
        assert (row["text"], row["value"], row["metric_en"]) == (fig.text, fig.value, fig.metric_en)
    assert rows == figure_rows([{"id": "seed", "text": seed, "date": "2023-11-16"}])
    assert {r["section"] for r in rows} >= {"利剑出鞘、严打整治", "lead"}


def test_csv_has_one_header_and_an_id_column():
    code, out, _ = run("--format", "csv", stdin=jsonl(*DOCS))
    lines = out.decode().splitlines()
    assert code == 0 and lines[0].startswith("id,date,date_source,url,publisher,title,title_source,index,text,")
    assert len(lines) == 3 and sum(l.startswith("id,") for l in lines) == 1
    assert [l.split(",")[0] for l in lines[1:]] == ["a", "3"]


def test_json_is_one_array_across_documents_and_files(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_bytes(jsonl(*DOCS[:2]))
    b.write_bytes(jsonl(DOCS[2]))
    code, out, _ = run("--format", "json", str(a), str(b))
    rows = json.loads(out)
    assert code == 0 and [(r["id"], r["value"]) for r in rows] == [("a", 6), (3, 7)]
    code, out, _ = run("--format", "json", stdin=jsonl({"id": 1, "text": "一是"}))
    assert code == 0 and json.loads(out) == []


def test_parquet_is_typed_and_reads_back(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from analysis.briefings.table import read_figures

    out = tmp_path / "rows.parquet"
    code, _, err = run("--format", "parquet", "-o", str(out),
                       stdin=jsonl({"id": "x", "text": "11月16日，破获案件237起", "date": "2023-11-16"}))
    assert code == 0, err
    schema = pq.read_schema(out)
    assert str(schema.field("value_number").type) == "double"
    assert str(schema.field("value_edtf").type) == "string"
    assert str(schema.field("start").type) == "int64" and "value" not in schema.names
    df = read_figures(out)
    assert df["value"].tolist() == ["2023-11-16", 237] and df["id"].tolist() == ["x", "x"]
    assert str(df["quantity"].dtype) == "Float64" and str(df["unit"].dtype) == "category"


def test_csv_reads_back_to_the_frame(tmp_path):
    import pandas as pd

    from analysis import Briefing
    from analysis.briefings.table import read_figures

    code, out, _ = run("--format", "csv", stdin=jsonl({"id": "s", "text": load_seed(), "date": "2023-11-16"}))
    path = tmp_path / "rows.csv"
    path.write_bytes(out)
    df = read_figures(path)
    seed = seed_briefing().frame()
    assert df["date"].tolist() == ["2023-11-16"] * len(df) and set(df["date_source"]) == {"record"}
    pd.testing.assert_frame_equal(df.drop(columns=["id", *DOCUMENT_FIELDS]),
                                  seed.drop(columns=["doc_id", *DOCUMENT_COLUMNS]))


def _row_columns(frame, key: str) -> list[str]:
    """A table's columns in order, its key (``id``, ``file``, ``doc_id``) named ``key``."""
    return [key if c in ("id", "file", "doc_id") else c for c in frame.columns]


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_the_frame_and_the_batch_rows_have_the_same_columns_and_document_fields(tmp_path, fmt):
    """Every column of ``Briefing.frame()`` is in the batch rows, in the same order, with the same
    document fields (a column added to one alone fails); the title is the structure's in both."""
    from analysis import Briefing
    from analysis.briefings.table import read_figures

    record = {"id": "r", "text": "某市通报\n破获案件12起。", "date": "2024-05-01", "url": "u"}
    path = tmp_path / f"rows.{fmt}"
    code, _, err = run("--format", fmt, "-o", str(path), stdin=jsonl(record))
    assert code == 0, err
    rows, frame = read_figures(path), Briefing.from_record(record).frame()
    assert _row_columns(rows, "key") == _row_columns(frame, "key")
    assert list(DOCUMENT_COLUMNS) == list(DOCUMENT_FIELDS)
    assert rows[["title", "title_source"]].values.tolist() == \
        frame[["title", "title_source"]].values.tolist() == [["某市通报", "structure"]]


def test_batch_rows_of_a_record_without_a_title_carry_the_structures_title():
    from analysis import Briefing

    record = {"id": "r", "text": "某市通报\n破获案件12起。"}
    _, out, _ = run(stdin=jsonl(record))
    titles = {json.loads(line)["title"] for line in out.splitlines()}
    assert titles == {Briefing.from_record(record).source.title} == {"某市通报"}


def test_rows_of_text_files_carry_the_title_their_structure_shows(tmp_path):
    from analysis import Briefing

    paths = []
    for name, text in (("a.txt", "某市通报\n破获案件12起。"), ("b.txt", "另一市公安局召开发布会\n抓获6名。")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    proc = subprocess.run([sys.executable, "-m", "analysis", "figures", "--format", "jsonl", *paths],
                          capture_output=True, cwd=ROOT, timeout=120)
    got = [json.loads(line)["title"] for line in proc.stdout.splitlines()]
    assert got == [Briefing.from_file(p).source.title for p in paths] == ["某市通报", "另一市公安局召开发布会"]


@pytest.mark.parametrize("line,reason", [
    ("[" * 100_000, "nested too deeply"),
    ('{"id": NaN, "text": "6名"}', "NaN is not valid JSON"),
    ('{"id": 1, "text": "6名", "date": 2023}', "date 2023 is not a date"),
    ('{"id": 1, "text": "6名", "date": "16/11/2023"}', "date '16/11/2023' is not a date"),
    ('{"id": 1, "text": "6名", "date": "2023-13-45"}', "is not a calendar date"),
    ('{"id": [1], "text": "6名"}', '"id" must be a string or a number'),
    ('{"id": 1e999, "text": "6名"}', "is not a finite number"),
])
def test_bad_lines_are_named_and_skipped(line, reason):
    data = jsonl(DOCS[0]) + line.encode() + b"\n" + jsonl(DOCS[2])
    code, out, err = run("--keep-going", stdin=data)
    assert code == 4 and "line 2" in err and reason in err and "Traceback" not in err
    assert [json.loads(l)["id"] for l in out.splitlines()] == ["a", 3]
    code, out, err = run(stdin=data)  # without --keep-going: stop there, earlier rows kept
    assert code == 4 and [json.loads(l)["id"] for l in out.splitlines()] == ["a"]


@pytest.mark.parametrize("raw", ["gbk", "latin"])
def test_undecodable_lines_are_bad_lines(raw):
    line = ('{"id": 1, "text": "破获案件7起"}'.encode("gbk") if raw == "gbk"
            else b'{"id": 1, "text": "\xff\xfe"}')
    code, out, err = run("--keep-going", stdin=jsonl(DOCS[0]) + line + b"\n")
    assert code == 4 and "not valid UTF-8" in err and "Traceback" not in err
    assert len(out.splitlines()) == 1


def test_lone_surrogates_never_reach_the_output():
    code, out, err = run(stdin=b'{"id": "\\ud800", "text": "\\udc00\xe7\xa0\xb4\xe8\x8e\xb7\\ud800\xe6\xa1\x88\xe4\xbb\xb612\xe8\xb5\xb7"}\n')
    assert code == 0, err
    row = json.loads(out.decode("utf-8"))  # strict UTF-8
    assert row["value"] == 12 and row["id"] == "\ufffd"


def test_library_extract_takes_lone_surrogates():
    from analysis import extract

    figs = extract("破获\ud800案件12起")
    assert [(f.value, f.start, f.end) for f in figs] == [(12, 5, 8)]


@pytest.mark.parametrize("separator", ["\u2028", "\u0085", "\u2029"])
def test_lines_split_on_newline_only(separator):
    """A raw U+2028 (or another character str.splitlines splits on) inside a string is valid JSON."""
    line = ('{"id": 1, "text": "抓获犯罪嫌疑人6名' + separator + '破获案件7起"}\n').encode("utf-8")
    code, out, err = run(stdin=line)
    assert code == 0, err
    assert [json.loads(l)["value"] for l in out.splitlines()] == [6, 7]


def test_bom_on_standard_input():
    code, out, err = run(stdin=b"\xef\xbb\xbf" + jsonl(DOCS[0]))
    assert code == 0, err
    assert json.loads(out)["value"] == 6


def test_engine_failure_loses_no_other_document(monkeypatch):
    """A document the engine fails on is reported (line, id, reason) and skipped."""
    import analysis.batch as batch

    real = batch.document_records

    def flaky(text, *args):
        if "坏" in text:
            raise ValueError("boom")
        return real(text, *args)

    monkeypatch.setattr(batch, "document_records", flaky)
    data = jsonl(DOCS[0], {"id": "bad", "text": "坏6名"}, DOCS[2])
    out, err = io.BytesIO(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    cols = columns("id")
    summary = run_batch([(io.BytesIO(data), Job("in.jsonl", "jsonl", cols, None, False))],
                        Sink(out, "jsonl", cols), jobs=1)
    assert summary.failed == 1 and summary.documents == 2
    assert 'in.jsonl: line 2 (id "bad"): the engine failed' in err.getvalue() and "boom" in err.getvalue()
    assert [json.loads(l)["id"] for l in out.getvalue().splitlines()] == ["a", 3]


def test_real_engine_failure_through_the_command_line():
    """Whatever the engine does with a hard text, the next document is still written."""
    code, out, err = run(stdin=jsonl({"id": "hard", "text": "今年一二月份，全州破获刑事案件12起"}, DOCS[0]))
    assert code in (0, 6) and "Traceback" not in err
    assert json.loads(out.splitlines()[-1])["id"] == "a"


def test_seed_file_and_batch_agree():
    """The same text gives the same rows as a file and as a batch line."""
    proc = subprocess.run([sys.executable, "-m", "analysis", "figures", str(SEED), "--format", "jsonl"],
                          capture_output=True, cwd=ROOT, timeout=120)
    file_rows = [json.loads(l) for l in proc.stdout.splitlines()]
    _, out, _ = run(stdin=jsonl({"id": 0, "text": load_seed(), "date": "2023-11-16"}))
    batch_rows = [json.loads(l) for l in out.splitlines()]
    strip = lambda rows, key: [{k: v for k, v in r.items() if k not in (key, "date_source")}  # noqa: E731
                               for r in rows]
    assert strip(file_rows, "file") == strip(batch_rows, "id")
    assert {r["date_source"] for r in file_rows} == {"seeds.csv"}  # recognised by its text
    assert {r["date_source"] for r in batch_rows} == {"record"}


def test_progress_bar_only_on_a_terminal(corpus):
    """tqdm draws on stderr when it is a terminal; piped stderr gets the summary line alone."""
    import fcntl
    import pty
    import struct
    import termios

    pytest.importorskip("tqdm")
    primary, replica = pty.openpty()
    fcntl.ioctl(replica, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # 100 columns
    proc = subprocess.run([sys.executable, "-m", "analysis", "figures", "--batch", "--jobs", "1",
                           str(corpus)], stdout=subprocess.DEVNULL, stderr=replica, cwd=ROOT, timeout=120)
    os.close(replica)
    drawn = b""
    while True:
        try:
            block = os.read(primary, 65536)
        except OSError:
            break
        if not block:
            break
        drawn += block
    os.close(primary)
    assert proc.returncode == 0 and b"documents read" in drawn and b"90 documents" in drawn
    _, _, err = run(str(corpus), "--jobs", "1")
    assert "documents read" not in err and "90 documents" in err
