"""Bad and unusual input through the real CLI and the library; determinism."""
import shutil
import subprocess
import sys

import pytest

from analysis import Briefing, extract
from analysis.briefings.paths import ROOT
from analysis.linxia.report import write_derived
from analysis.linxia.seed import SEED
from analysis.linxia import seed_briefing


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
    code, _, err = run("analysis.linxia.report", "--data-only", cwd=tmp_path)
    assert code == 5
    assert SEED.name in err and "git checkout -- seeds/" in err and "Traceback" not in err


def test_derived_files_are_byte_identical_twice(tmp_path):
    b = seed_briefing()
    first = {p.name: p.read_bytes() for p in write_derived(b, tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in write_derived(seed_briefing(), tmp_path / "b")}
    assert first == second


# --- issue 23: the library's checks, the derived CSVs, memory, an installed package ---------

@pytest.mark.parametrize("date", [5, "1999x", "2023-02-30", "2023-13-01", b"2023-11-16"])
def test_every_entry_point_checks_the_date(date):
    from analysis.engine import explain
    from analysis.engine.rows import DocumentError, figure_rows

    for call in (lambda: extract("破获案件12起", date), lambda: explain("破获案件12起", date),
                 lambda: Briefing("破获案件12起", date), lambda: figure_rows([{"text": "x"}], date)):
        with pytest.raises(DocumentError, match="date"):
            call()


@pytest.mark.parametrize("text", [b"\xe7\xa0\xb4", None, 12, ["破获案件12起"]])
def test_a_text_of_the_wrong_type_is_a_type_error_at_the_call(text):
    from analysis.engine import clean

    for call in (lambda: extract(text), lambda: clean(text), lambda: Briefing(text)):
        with pytest.raises(TypeError, match=f"must be a str, not {type(text).__name__}"):
            call()


def test_derived_csvs_of_another_briefing_are_valid_and_guarded(tmp_path):
    """A heading with a comma, a sentence that starts like a formula: every CSV parses to its
    header's width and no cell is read as a formula (one writer for every CSV)."""
    import csv

    from analysis.briefings.table import read_figures

    text = ("全市公安机关召开发布会\n一、严打,整治\n-破获案件12起，抓获犯罪嫌疑人6名。\n"
            "二、=HYPERLINK(1)\n共破获案件30起。\n")
    written = [p for p in write_derived(Briefing(text, "2023-11-16"), tmp_path) if p.suffix == ".csv"]
    for path in written:
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        assert all(len(r) == len(rows[0]) for r in rows), path.name
        assert not any(c[:1] in ("=", "+", "-", "@") for r in rows[1:] for c in r if not _number(c)), path.name
    frame = read_figures(tmp_path / "figures.csv")
    assert frame["sentence"].str.startswith("-破获案件12起").any()  # the guard comes off on reading


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def test_a_document_past_the_number_limit_is_refused_not_read(tmp_path, monkeypatch):
    """Memory per document is bounded: past MAX_NUMBERS numbers the document is refused with
    a resource-limit error (exit 6, the other files still read) before it is read."""
    from analysis import __main__ as cli
    from analysis.engine import inputs

    monkeypatch.setattr(inputs, "MAX_NUMBERS", 50)
    monkeypatch.setattr(inputs.check_numbers, "__defaults__", (50,))
    big, good = tmp_path / "big.txt", tmp_path / "good.txt"
    big.write_text("破获案件1起，" * 51, encoding="utf-8")
    good.write_text("抓获犯罪嫌疑人6名", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli.main(["figures", str(big), str(good), "--format", "jsonl", "-o", str(out)]) == 6
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text('{"id": "big", "text": "' + "破获案件1起，" * 51 + '"}\n', encoding="utf-8")
    assert cli.main(["figures", "--batch", str(jsonl), "-o", str(out)]) == 6


def test_an_installed_package_says_the_seed_study_is_in_the_repository(tmp_path, monkeypatch):
    """Outside a checkout (the wheel), a missing seed is neither "altered" nor a `git checkout`."""
    import analysis.linxia.report as report
    import analysis.linxia.seed as seed

    monkeypatch.setattr(seed, "ROOT", tmp_path)
    monkeypatch.setattr(seed, "SEED", tmp_path / "seeds" / SEED.name)
    monkeypatch.setattr(report, "SEED", tmp_path / "seeds" / SEED.name)
    with pytest.raises(seed.SeedError, match="clone the repository") as err:
        seed.verify(tmp_path / "seeds" / SEED.name)
    assert "git checkout" not in str(err.value)
    assert report.main(["--data-only"]) == 3


def test_without_pandas_the_import_error_names_the_extra():
    code = ("import sys; sys.modules['pandas'] = None\n"
            "try:\n    from analysis import Briefing\nexcept ModuleNotFoundError as err:\n    print(err)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert "notebooks" in proc.stdout and "pandas" in proc.stdout
