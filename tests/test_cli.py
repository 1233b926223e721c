"""The command line, run as a user runs it (a subprocess), good input and bad."""
import json
import subprocess
import sys

import pytest

from analysis.paths import ROOT
from analysis.seed import SEED


def run(*args, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "analysis", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


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
    assert out.splitlines()[0].startswith("index,text,start,end,value")
    assert ",6名," in out


def test_batch():
    lines = "\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                      for i, t in enumerate(["破获刑事案件237起", "一是", "缴获毒品17.6公斤"]))
    code, out, _ = run("figures", "--batch", "--format", "jsonl", stdin=lines.encode())
    assert code == 0
    rows = [json.loads(l) for l in out.splitlines()]
    assert [(r["id"], r["value"], r["unit"]) for r in rows] == [(0, 237, "count"), (2, 17.6, "kg")]


@pytest.mark.parametrize("line,message", [
    ("not json", "line 2"), ('{"id": 1}', 'line 2: not an object with a "text" field'),
    ('{"id": 1, "text": 5}', 'line 2: "text" is not a string')])
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
