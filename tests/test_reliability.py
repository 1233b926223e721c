"""Bad and unusual input through the real CLI and the library; determinism."""
import shutil
import subprocess
import sys

import pytest

from analysis import Briefing, extract
from analysis.paths import ROOT
from analysis.report import write_derived
from analysis.seed import SEED


def run(*args, cwd=ROOT, env=None, stdin=None):
    proc = subprocess.run([sys.executable, "-m", *args], capture_output=True, cwd=cwd, env=env,
                          input=stdin, timeout=300)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_windows_line_endings(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))
    code, out, err = run("analysis", "figures", str(p), "--format", "csv")
    assert code == 0, err
    assert len(out.strip().splitlines()) == 1 + 22
    code, out, _ = run("analysis", "clean", "--report", str(p))
    assert code == 0 and out.count("pillar") == 3


def test_mixed_scripts_and_fullwidth_digits():
    text = "破獲刑事案件２３７起,,同比上升１７８．８％，抓获犯罪嫌疑人6名"
    figs = extract(text)
    assert [(f.value, f.change_pct) for f in figs] == [(237, 178.8), (6, None)]
    assert all(text[f.start:f.end] == f.text for f in figs)


def test_large_document_through_the_cli(tmp_path):
    """A 10 MB briefing (the seed, repeated) goes through; cost per MB is in benchmarks/."""
    copies = 1750
    p = tmp_path / "big.txt"
    p.write_bytes((SEED.read_bytes() + b"\n") * copies)
    code, out, err = run("analysis", "figures", str(p), "--format", "csv")
    assert code == 0, err
    assert len(out.strip().splitlines()) == 1 + 22 * copies


SENTINEL = "。抓获犯罪嫌疑人6名。"


@pytest.mark.parametrize("piece", ["(", "1", "余", "ǎ", "(jī)", "萬(wàn)", "一", ",,", "“", "%", "1.", "上升",
                                   "上升1%", "其中1人", "1月1日至", "1起上升"])
@pytest.mark.parametrize("frame", ["破获案件{}起", "同比上升{}%", "{}月{}日"])
def test_adversarial_runs_complete_with_valid_spans(piece, frame):
    """Long runs that could make a backtracking regex blow up (time per MB is bounded in
    tests/test_linear.py): spans stay exact, and the run swallows nothing after it — the
    sentence that follows is still read."""
    text = frame.format(piece * 5000, piece * 5000) + SENTINEL
    figs = extract(text)
    assert all(text[f.start:f.end] == f.text for f in figs)
    assert figs and (figs[-1].value, figs[-1].measure_word, figs[-1].end) == (6, "名", len(text) - 1)


def test_altered_seed_stops_the_report(tmp_path):
    for name in ("analysis", "seeds", "data"):
        shutil.copytree(ROOT / name, tmp_path / name)
    seed = tmp_path / "seeds" / SEED.name
    seed.write_bytes(seed.read_bytes().replace("237".encode(), "238".encode()))
    code, _, err = run("analysis.report", "--data-only", cwd=tmp_path)
    assert code == 5
    assert SEED.name in err and "git checkout -- seeds/" in err and "Traceback" not in err


def test_derived_files_are_byte_identical_twice(tmp_path):
    b = Briefing.seed()
    first = {p.name: p.read_bytes() for p in write_derived(b, tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in write_derived(Briefing.seed(), tmp_path / "b")}
    assert first == second
