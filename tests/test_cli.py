"""The command line, run as a user runs it (a subprocess), good input and bad."""
import json
import subprocess
import sys

import pytest

from analysis.briefings.paths import ROOT
from analysis.linxia.seed import SEED


def run(*args, stdin=None, stdout=subprocess.PIPE):
    proc = subprocess.run([sys.executable, "-m", "analysis", *args], input=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, cwd=ROOT, timeout=120)
    out = proc.stdout.decode("utf-8") if proc.stdout is not None else ""
    return proc.returncode, out, proc.stderr.decode("utf-8")


def test_clean_seed():
    code, out, err = run("clean", str(SEED))
    assert code == 0, err
    assert out.startswith("临夏州召开全州公安机关“秋风”行动新闻发布会")
    assert ",," not in out and "(j" not in out


def test_clean_report_names_pillars():
    code, out, _ = run("clean", "--report", str(SEED))
    assert code == 0
    for h in ("高位部署、尽锐出战", "利剑出鞘、严打整治", "固本培元、守正创新", "猛追逃犯应民意", "塑风纪、铸警魂"):
        assert h in out
    assert "pinyin_ruby" in out


def test_figures_seed_json():
    code, out, _ = run("figures", str(SEED), "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 22
    assert rows[0]["value"] == "2023-11-16"  # the date comes from seeds/seeds.csv
    assert rows[3]["change_pct"] == 178.8


def test_figures_csv_and_stdin():
    code, out, _ = run("figures", "-", "--format", "csv", stdin="抓获犯罪嫌疑人6名".encode())
    assert code == 0
    assert out.splitlines()[0].startswith("file,date,date_source,url,publisher,title,title_source,index,text,start,end,value")
    assert ",6名," in out


def test_batch():
    lines = "\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                      for i, t in enumerate(["破获刑事案件237起", "一是", "缴获毒品17.6公斤"]))
    code, out, _ = run("figures", "--batch", "--format", "jsonl", stdin=lines.encode())
    assert code == 0
    rows = [json.loads(l) for l in out.splitlines()]
    assert [(r["id"], r["value"], r["unit"]) for r in rows] == [(0, 237, "count"), (2, 17.6, "kg")]


@pytest.mark.parametrize("line,message", [
    ("not json", "line 2: not valid JSON"), ('{"id": 1}', 'line 2 (id 1): not an object with a "text" field'),
    ('{"id": 1, "text": 5}', 'line 2 (id 1): "text" is not a string')])
def test_batch_bad_line(line, message):
    data = f'{{"id": 0, "text": "6名"}}\n{line}\n{{"id": 2, "text": "7名"}}\n'.encode()
    code, out, err = run("figures", "--batch", stdin=data)
    assert code == 4 and message in err and "Traceback" not in err
    code, out, err = run("figures", "--batch", "--keep-going", stdin=data)
    assert code == 4 and len(out.splitlines()) == 2 and "1 bad line" in err


@pytest.mark.parametrize("content,message", [
    (b"", "empty input"), (b"  \n\t ", "empty input"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary data"), (b"\x00" * 64, "binary data")])
def test_bad_files(tmp_path, content, message):
    p = tmp_path / "in.txt"
    p.write_bytes(content)
    code, _, err = run("figures", str(p))
    assert code == 3 and message in err and "Traceback" not in err


def test_missing_and_directory(tmp_path):
    code, _, err = run("figures", str(tmp_path / "nope.txt"))
    assert code == 3 and "no such file" in err
    code, _, err = run("clean", str(tmp_path))
    assert code == 3 and "is a directory" in err


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030", "big5"])
def test_encodings(tmp_path, encoding):
    p = tmp_path / "in.txt"
    p.write_bytes("臨夏破獲案件237起".encode(encoding) if encoding == "big5"
                  else "临夏破获案件237起".encode(encoding))
    code, out, err = run("figures", str(p), "--format", "jsonl")
    assert code == 0, err
    assert json.loads(out)["value"] == 237


def test_wrong_encoding_names_offset(tmp_path):
    p = tmp_path / "in.txt"
    p.write_bytes("破获案件".encode("gb18030"))
    code, _, err = run("figures", str(p), "--encoding", "utf-8")
    assert code == 3 and "offset 0" in err


def test_no_figures_is_success():
    code, out, err = run("figures", "-", stdin="开展“三抓三促”行动".encode())
    assert code == 0 and "(no figures)" in out and "no figures found" in err


def test_prog_and_version():
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("briefing-figures ")
    code, out, _ = run("figures", "--help")
    assert code == 0 and out.startswith("usage: briefing-figures figures")


def test_start_up_does_not_import_pandas(tmp_path):
    """One file, every text format: the engine path alone (pandas would cost a second)."""
    p = tmp_path / "in.txt"
    p.write_text("抓获犯罪嫌疑人6名", encoding="utf-8")
    code = ("import sys, runpy; sys.argv = ['briefing-figures', 'figures', sys.argv[1], '--format', 'csv']\n"
            "try:\n    runpy.run_module('analysis', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('pandas' in sys.modules, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code, str(p)], capture_output=True, cwd=ROOT, timeout=60)
    assert proc.stderr.decode().strip().endswith("False"), proc.stderr.decode()


@pytest.mark.parametrize("value", ["abc", "1e10", "2023-13-45", " 2023-11-16", "2023-02-30", "16/11/2023"])
def test_bad_date_option_names_the_value(value):
    code, out, err = run("figures", "--date", value, "-", stdin="6名".encode())
    assert code == 2 and repr(value) in err and "YYYY-MM-DD" in err and "Traceback" not in err


def test_several_files_make_one_document(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("抓获犯罪嫌疑人6名", encoding="utf-8")
    b.write_text("破获案件7起，查获8人", encoding="utf-8")
    code, out, _ = run("figures", str(a), str(b), "--format", "json")
    rows = json.loads(out)
    assert code == 0 and [(r["file"], r["value"]) for r in rows] == [(str(a), 6), (str(b), 7), (str(b), 8)]
    code, out, _ = run("figures", str(a), str(b), "--format", "csv")
    lines = out.splitlines()
    assert lines[0].startswith("file,date,") and len(lines) == 4 and sum(l.startswith("file,") for l in lines) == 1


def test_a_bad_file_does_not_lose_the_others(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("抓获犯罪嫌疑人6名", encoding="utf-8")
    code, out, err = run("figures", str(tmp_path / "missing.txt"), str(good), "--format", "jsonl")
    assert code == 3 and "no such file" in err and json.loads(out)["value"] == 6


def test_full_disk_is_a_clear_error():
    with open("/dev/full", "wb") as full:
        code, _, err = run("figures", str(SEED), "--format", "csv", stdout=full)
        assert code == 7 and "No space left on device" in err and "Traceback" not in err
        code, _, err = run("figures", "--batch", stdin=b'{"text": "6\xe5\x90\x8d"}\n', stdout=full)
        assert code == 7 and "No space left on device" in err and "Traceback" not in err


def test_engine_failure_in_one_file_is_reported_and_skipped(tmp_path, monkeypatch, capsys):
    """An engine bug on one document: said with its name, the other files still written."""
    from analysis import __main__ as cli

    real = cli.titled_figures

    def flaky(text, date=None):
        if "坏" in text:
            raise ValueError("boom")
        return real(text, date)

    monkeypatch.setattr(cli, "titled_figures", flaky)
    bad, good, out = tmp_path / "bad.txt", tmp_path / "good.txt", tmp_path / "out.jsonl"
    bad.write_text("坏6名", encoding="utf-8")
    good.write_text("抓获犯罪嫌疑人6名", encoding="utf-8")
    code = cli.main(["figures", str(bad), str(good), "--format", "jsonl", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 6 and f"{bad}: the engine failed" in err and "boom" in err
    assert [json.loads(l)["file"] for l in out.read_text(encoding="utf-8").splitlines()] == [str(good)]


def test_csv_is_safe_in_a_spreadsheet_and_recoverable(tmp_path):
    """A bare CR is quoted (rows never split); formula-like cells get a leading quote that the
    reader removes."""
    import csv
    import io

    from analysis.engine.writers import unescape_cell

    text = "=HYPERLINK(1)\r抓获犯罪嫌疑人6名\r@破获案件7起"
    p = tmp_path / "in.txt"
    p.write_bytes(text.encode("utf-8"))
    code, out, err = run("figures", str(p), "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == 2 and [r["value"] for r in rows] == ["6", "7"]
    for r in rows:
        assert not any(v and v[0] in "=+-@" for v in r.values())
    assert rows[0]["sentence"] == "'" + text and unescape_cell(rows[0]["sentence"]) == text


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_bad_jobs_is_a_usage_error(value):
    code, _, err = run("figures", "--batch", "--jobs", value, stdin=b"")
    assert code == 2 and repr(value) in err and "Traceback" not in err
