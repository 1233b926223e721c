"""Outputs are never destroyed, never cut, never mixed with messages (issue 23, items 1-6, 13-19,
22-24, 26-28), through the real command line."""
import json
import os
import resource
import subprocess
import sys

import pytest

from analysis.briefings.paths import ROOT
from analysis.linxia.seed import SEED

CLI = [sys.executable, "-m", "analysis"]
DOC = "抓获犯罪嫌疑人6名"


def run(*args, stdin=None, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, **kw):
    proc = subprocess.run([*CLI, *args], input=stdin, stdout=stdout, stderr=stderr, cwd=cwd,
                          timeout=120, **kw)
    decoded = [b.decode("utf-8") if isinstance(b, bytes) else "" for b in (proc.stdout, proc.stderr)]
    return proc.returncode, *decoded


@pytest.fixture
def cli(capsysbinary):
    """The command line in this process (no interpreter to start): ``cli(*args)``."""
    from analysis.__main__ import main

    def call(*args):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exit_:  # refused by an option's own parser
            code = exit_.code
        out, err = capsysbinary.readouterr()
        return code, out.decode("utf-8"), err.decode("utf-8")

    return call


def corpus(path, n=3):
    path.write_text("".join(json.dumps({"id": i, "text": DOC}, ensure_ascii=False) + "\n"
                            for i in range(n)), encoding="utf-8")
    return path


# --- 1, 2: an output that is an input ----------------------------------------------------

@pytest.mark.parametrize("batch", [False, True])
def test_output_naming_an_input_is_refused_and_the_input_kept(tmp_path, batch, cli):
    src = corpus(tmp_path / "in.jsonl") if batch else tmp_path / "in.txt"
    if not batch:
        src.write_text(DOC, encoding="utf-8")
    before = src.read_bytes()
    link = tmp_path / "link"
    link.symlink_to(src)
    for target in (src, link):
        code, _, err = cli("figures", *(["--batch"] if batch else []), src, "-o", target)
        assert code == 2 and "refusing" in err and "Traceback" not in err
        assert src.read_bytes() == before


def test_standard_output_appended_to_an_input_is_refused(tmp_path):
    src = corpus(tmp_path / "in.jsonl")
    before = src.read_bytes()
    with open(src, "ab") as same:
        code, _, err = run("figures", "--batch", str(src), stdout=same)
    assert code == 2 and "standard output is the input" in err
    assert src.read_bytes() == before
    with open(src, "ab") as same:  # and clean, whose input is read whole
        code, _, err = run("clean", str(src), stdout=same)
    assert code == 2 and src.read_bytes() == before


# --- 3, 4, 6: the previous output survives a failure, and is replaced whole ---------------

def _previous(tmp_path):
    out = tmp_path / "out.csv"
    out.write_bytes(b"previous, whole\r\n")
    return out


@pytest.mark.parametrize("args", [("missing.txt",), ("--batch", "missing.jsonl"),
                                  ("in.txt", "--jobs", "2"), ("--batch", "x.jsonl", "--explain")])
def test_a_refused_run_leaves_the_previous_output(tmp_path, args, cli, monkeypatch):
    out = _previous(tmp_path)
    (tmp_path / "in.txt").write_text(DOC, encoding="utf-8")
    corpus(tmp_path / "x.jsonl")
    monkeypatch.chdir(tmp_path)
    code, _, err = cli("figures", *args, "--format", "csv", "-o", out)
    assert code in (2, 3) and "Traceback" not in err
    assert out.read_bytes() == b"previous, whole\r\n"


def _file_size_limit(limit):
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.parametrize("fmt,batch", [("jsonl", False), ("csv", True), ("json", True)])
def test_a_run_that_cannot_finish_writing_leaves_the_previous_output(tmp_path, fmt, batch):
    """A file-size limit stands for a full disk: the write fails part-way (exit 7), and the
    target keeps its old bytes; no temporary file is left behind."""
    out = _previous(tmp_path)
    src = corpus(tmp_path / "in.jsonl", 400) if batch else SEED
    code, _, err = run("figures", *(["--batch"] if batch else []), str(src), "--format", fmt,
                       "-o", str(out), preexec_fn=_file_size_limit(4096))
    assert code == 7 and "left as it was" in err and "Traceback" not in err
    assert out.read_bytes() == b"previous, whole\r\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out.csv", "in.jsonl"] if batch else ["out.csv"])


def test_a_finished_run_replaces_the_output_whole_and_keeps_its_mode(tmp_path, cli):
    out = _previous(tmp_path)
    out.chmod(0o640)
    code, _, err = cli("figures", SEED, "--format", "json", "-o", out)
    assert code == 0, err
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 22
    assert out.stat().st_mode & 0o777 == 0o640


def test_two_runs_writing_one_output_leave_one_whole_document(tmp_path):
    out = tmp_path / "out.jsonl"
    src = corpus(tmp_path / "in.jsonl", 300)
    procs = [subprocess.Popen([*CLI, "figures", "--batch", str(src), "--jobs", "1", "-o", str(out)],
                              cwd=ROOT, stderr=subprocess.DEVNULL) for _ in range(2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 300 and all(json.loads(line)["value"] == 6 for line in lines)


# --- 5: a value Parquet cannot hold as an integer ------------------------------------------

def test_a_huge_number_does_not_lose_a_parquet_output(tmp_path, cli):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "破获案件9999999999999999999起"}\n'
                   '{"id": "b", "text": "涉案金额999999999999999万亿元"}\n'
                   f'{{"id": "c", "text": "{DOC}"}}\n', encoding="utf-8")
    out = tmp_path / "out.parquet"
    code, _, err = cli("figures", "--batch", src, "--format", "parquet", "-o", out)
    assert code == 0, err
    table = pq.read_table(out).to_pydict()
    assert table["id"] == ["a", "b", "c"] and table["value_number"][0] == 1e19 and table["high"][2] == 6.0


def test_a_value_past_float64_is_one_documents_error():
    from analysis.engine.writers import Unrepresentable, encode

    with pytest.raises(Unrepresentable, match="too large for Parquet's float64"):
        encode([{"value": 10 ** 400}], "parquet", ("value",))


# --- 13, 14: bounded input lines and processes ---------------------------------------------

def test_a_line_without_end_is_a_bad_line():
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run([*CLI, "figures", "--batch", "-"], stdin=zero, capture_output=True,
                              cwd=ROOT, timeout=120)
    err = proc.stderr.decode()
    assert proc.returncode == 4 and "longer than" in err and proc.stdout == b"" and "Traceback" not in err


@pytest.mark.parametrize("value", ["5000", "99999999999999999999999"])
def test_jobs_are_capped_and_said(tmp_path, value, cli):
    code, out, err = cli("figures", "--batch", "--jobs", value, corpus(tmp_path / "in.jsonl"))
    assert code == 0 and len(out.splitlines()) == 3
    assert "worker processes (at most four times the cores" in err


# --- 15-18: standard streams ----------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_clean_writes_utf8_whatever_the_locale(encoding):
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    code, out, err = run("clean", str(SEED), env=env)
    assert code == 0 and out.startswith("临夏州召开") and "Traceback" not in err


def test_closed_standard_output():
    for args in (["figures", str(SEED)], ["clean", str(SEED)]):
        proc = subprocess.run([*CLI, *args], stderr=subprocess.PIPE, cwd=ROOT,
                              preexec_fn=lambda: os.close(1), timeout=120)
        assert proc.returncode == 7 and b"standard output is closed" in proc.stderr
        assert b"Traceback" not in proc.stderr


def test_closed_standard_output_with_an_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([*CLI, "figures", str(SEED), "--format", "jsonl", "-o", str(out)],
                          stderr=subprocess.PIPE, cwd=ROOT, preexec_fn=lambda: os.close(1), timeout=120)
    assert proc.returncode == 0 and len(out.read_text(encoding="utf-8").splitlines()) == 22


@pytest.mark.parametrize("output", [False, True])
def test_closed_standard_error_never_puts_messages_in_the_data(tmp_path, output):
    src = tmp_path / "in.jsonl"
    src.write_text(f'{{"id": 1, "text": "{DOC}"}}\nnot json\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = [*CLI, "figures", "--batch", "--keep-going", str(src), *(["-o", str(out)] if output else [])]
    proc = subprocess.run(args, stdout=subprocess.PIPE, cwd=ROOT, preexec_fn=lambda: os.close(2),
                          timeout=120)
    data = out.read_text(encoding="utf-8") if output else proc.stdout.decode()
    assert proc.returncode == 4
    assert [json.loads(line)["id"] for line in data.splitlines()] == [1]


@pytest.mark.parametrize("stdin", ["closed", "write-only"])
def test_unreadable_standard_input_is_an_input_error(tmp_path, stdin):
    w = tmp_path / "w"
    w.write_bytes(b"")

    def setup():
        if stdin == "closed":
            os.close(0)
        else:
            os.dup2(os.open(w, os.O_WRONLY), 0)

    for args in (["figures", "--batch", "-"], ["clean", "-"]):
        proc = subprocess.run([*CLI, *args], capture_output=True, cwd=ROOT, preexec_fn=setup, timeout=120)
        assert proc.returncode == 3 and b"<stdin>" in proc.stderr and b"Traceback" not in proc.stderr


def test_unreadable_batch_file_is_an_input_error(cli):
    code, _, err = cli("figures", "--batch", "/proc/self/mem")
    assert code == 3 and "/proc/self/mem: cannot read" in err


# --- 19, 22, 23, 24: options and messages --------------------------------------------------

@pytest.mark.parametrize("command", ["clean", "figures"])
def test_an_encoding_that_cannot_decode_text_is_a_usage_error(command, cli):
    for encoding in ("undefined", "rot13", "no-such-codec"):
        code, _, err = cli(command, SEED, "--encoding", encoding)
        assert code == 2 and encoding in err and "Traceback" not in err


@pytest.mark.parametrize("data,args", [("\ufeff破获案件\x0012起".encode("utf-8"), ()),
                                       ("破获案件\x0012起".encode("utf-16"), ()),
                                       ("破获案件\x0012起".encode("gb18030"), ("--encoding", "gb18030"))])
def test_a_nul_is_binary_whatever_the_bom_or_encoding(tmp_path, data, args, cli):
    p = tmp_path / "in.txt"
    p.write_bytes(data)
    code, _, err = cli("figures", p, *args)
    assert code == 3 and "binary data" in err


def test_control_characters_are_escaped_in_messages_and_noted_by_clean(tmp_path, cli):
    name = tmp_path / "a\x1b[2Jb.txt"
    code, _, err = cli("figures", name)
    assert code == 3 and "\x1b" not in err and "\\x1b[2Jb.txt" in err
    name.write_text("破获案件\x1b]52;c;aGk=\x07 12起", encoding="utf-8")
    code, out, err = cli("clean", name)
    assert code == 0 and "\x1b]52" in out and "control characters" in err and "cat -v" in err


@pytest.mark.parametrize("args,message", [
    (("--batch", "--explain"), "--explain"), (("--batch", "--encoding", "gbk"), "--encoding"),
    (("--keep-going",), "--keep-going"), (("--jobs", "2"), "--jobs"), (("-o", ""), "empty file name"),
    (("--batch", "--jobs", "²"), "'²' is not a number")])
def test_options_that_would_be_ignored_are_refused(args, message, cli):
    code, _, err = cli("figures", *args)
    assert code == 2 and message in err and "invalid" not in err


def test_dash_output_is_standard_output(tmp_path, cli, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = cli("figures", SEED, "--format", "jsonl", "-o", "-")
    assert code == 0 and len(out.splitlines()) == 22 and not (tmp_path / "-").exists()


# --- 27, 28: several inputs; ids -----------------------------------------------------------

def test_a_missing_input_does_not_refuse_the_other_batch_inputs(tmp_path, cli):
    code, out, err = cli("figures", "--batch", tmp_path / "missing.jsonl", corpus(tmp_path / "in.jsonl"))
    assert code == 3 and "no such file" in err and len(out.splitlines()) == 3


def test_an_altered_seed_does_not_abort_the_other_files(tmp_path, cli):
    seed = tmp_path / SEED.name
    seed.write_text("破获案件12起", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(DOC, encoding="utf-8")
    code, out, err = cli("figures", seed, good, "--format", "jsonl")
    assert code == 5 and "altered" in err and [json.loads(l)["value"] for l in out.splitlines()] == [6]


def test_an_id_past_the_integer_digit_limit_is_a_clear_bad_line(tmp_path, cli):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": ' + "1" * 4301 + ', "text": "抓获6名"}\n', encoding="utf-8")
    code, _, err = cli("figures", "--batch", src)
    assert code == 4 and "4,300 digits" in err and "set_int_max_str_digits" not in err


def test_an_empty_id_is_a_bad_line_and_a_lone_surrogate_id_is_said(tmp_path, cli):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "", "text": "抓获6名"}\n{"id": "a\\ud800", "text": "抓获6名"}\n'
                   '{"id": "a\\udc00", "text": "抓获6名"}\n', encoding="utf-8")
    code, out, err = cli("figures", "--batch", "--keep-going", src)
    assert code == 4 and '"id" is empty' in err and err.count("lone surrogate") == 2
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a\ufffd", "a\ufffd"]


def test_a_terminal_on_standard_input_is_told_what_is_awaited():
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen([*CLI, "figures", "--format", "jsonl"], stdin=slave, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT)
    os.close(slave)
    first = proc.stderr.readline().decode("utf-8")
    os.write(master, "抓获6名\n\x04".encode("utf-8"))  # a line, then Ctrl-D
    out, _ = proc.communicate(timeout=120)
    os.close(master)
    assert "reading standard input" in first and json.loads(out)["value"] == 6
