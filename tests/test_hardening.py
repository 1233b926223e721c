"""Hostile and careless input: encodings, binary data, endless or odd files, altered seeds,
structure that must not overlap. Through the real command line where it is its behaviour."""
import csv
import hashlib
import html
import os
import random
import re
import shutil
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis import Briefing
from analysis.briefings.annotate import annotated_html
from analysis.engine.clean import clean
from analysis.engine.inputs import MAX_BYTES, InputError, decode
from analysis.engine.known import known_texts, text_digest
from analysis.briefings.paths import ROOT, SEEDS
from analysis.linxia.seed import SEED, load_seed


def run(*args, stdin=None, timeout=120):
    proc = subprocess.run([sys.executable, "-m", "analysis", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=timeout)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


# --- encodings of short texts -----------------------------------------------------------

def test_short_big5_is_not_read_as_gb18030(tmp_path):
    p = tmp_path / "in.txt"
    p.write_bytes("本省外市州7人,,最".encode("big5"))
    code, out, err = run("figures", str(p), "--format", "csv")
    assert code == 0, err
    assert "big5" in err and ",7人," in out


def test_short_gbk_that_is_also_utf8_is_refused_not_garbled(tmp_path):
    p = tmp_path / "in.txt"
    p.write_bytes("品目".encode("gbk"))  # c6b7 c4bf: valid UTF-8 too ("ƷĿ")
    code, out, err = run("clean", str(p))
    assert code == 3 and "cannot tell the encoding" in err and "--encoding" in err
    assert "Ʒ" not in out and "Traceback" not in err
    code, out, _ = run("clean", str(p), "--encoding", "gbk")
    assert code == 0 and out == "品目\n"


def _vocabulary() -> list[str]:
    """Han characters of briefings (the seed, both scripts) and of Chinese at large (GB2312's
    3,755 most used characters)."""
    seed = load_seed()
    chars = {c for c in seed + clean(seed).text if "\u4e00" <= c <= "\u9fff"}
    chars |= {bytes([a, b]).decode("gb2312") for a in range(0xB0, 0xD8) for b in range(0xA1, 0xFF)
              if (a, b) < (0xD7, 0xFA)}
    return sorted(chars)


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "gb18030", "big5"])
def test_short_texts_are_read_right_or_refused(encoding):
    """Generated short strings (1-12 characters, Han mixed with digits and punctuation): the
    detector returns the very text or refuses it with a request for --encoding; never another
    text. And it does read most texts of four Han characters or more."""
    rng = random.Random(13)
    vocabulary, extras = _vocabulary(), list("0123456789,,、。%人起名")
    read = long_texts = 0
    for _ in range(1500):
        text = "".join(rng.choice(vocabulary if rng.random() < 0.8 else extras)
                       for _ in range(rng.randint(1, 12)))
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        han = sum("\u4e00" <= c <= "\u9fff" for c in text)
        long_texts += han >= 4
        try:
            got, _ = decode(data)
        except InputError as err:
            assert "--encoding" in str(err)
            continue
        assert got == text, (text, got)
        read += han >= 4
    assert read >= 0.5 * long_texts


def test_long_utf8_is_utf8_whatever_else_it_could_be():
    assert decode(load_seed().encode("utf-8")) == (load_seed(), "utf-8")


# --- binary data, size, and what is not a regular file ----------------------------------

def test_nul_byte_after_the_first_8_kb_is_binary(tmp_path):
    p = tmp_path / "in.txt"
    prefix = "破获刑事案件12起。".encode() * 2000
    p.write_bytes(prefix + b"\x00" + "抓获6名".encode())
    code, _, err = run("figures", str(p))
    assert len(prefix) > 8192
    assert code == 3 and f"binary data (a NUL byte at offset {len(prefix)})" in err


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:  # sparse: no disk used
        fh.truncate(MAX_BYTES + 1)
    code, _, err = run("figures", str(p))
    assert code == 3 and "more than 67,108,864 bytes" in err


def test_endless_stdin_stops_at_the_limit():
    with open("/dev/zero", "rb") as zero:
        proc = subprocess.run([sys.executable, "-m", "analysis", "figures", "-"], stdin=zero,
                              capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 3 and b"more than 67,108,864 bytes" in proc.stderr


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null"])
def test_device_is_refused(path):
    code, _, err = run("figures", path)
    assert code == 3 and "not a regular file" in err


def test_fifo_without_writer_does_not_block(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = run("clean", str(fifo), timeout=60)
    assert code == 3 and "not a regular file" in err


# --- known seeds, recognised by their text ----------------------------------------------

def test_known_texts_agree_with_the_seed_registry():
    registry = {r["file"]: r for r in csv.DictReader((SEEDS / "seeds.csv").open(encoding="utf-8"))}
    sums = dict(reversed(line.split()) for line in (SEEDS / "SHA256SUMS").read_text().splitlines())
    assert sorted(k.file for k in known_texts()) == sorted(registry) == sorted(sums)
    for known in known_texts():
        data = (SEEDS / known.file).read_bytes()
        assert known.sha256 == registry[known.file]["sha256"] == sums[known.file]
        assert known.sha256 == hashlib.sha256(data).hexdigest()
        assert known.text_sha256 == text_digest(data.decode("utf-8"))
        assert known.published == registry[known.file]["published"]


def test_known_texts_ship_with_the_engine(tmp_path):
    """The engine alone, outside the repository (as an installed package is), knows the seed."""
    shutil.copytree(ROOT / "analysis" / "engine", tmp_path / "analysis" / "engine")
    (tmp_path / "analysis" / "__init__.py").write_text("")
    code = ("import sys, analysis.engine.known as k; "
            "print(k.__file__.startswith(sys.argv[1]), k.known_date(open(sys.argv[2], encoding='utf-8').read()))")
    proc = subprocess.run([sys.executable, "-c", code, str(tmp_path), str(SEED)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert proc.stdout.split() == ["True", "2023-11-16"], proc.stderr


@pytest.mark.parametrize("encode", [
    lambda t: t.encode("gb18030"), lambda t: t.encode("utf-16"), lambda t: t.encode("utf-8-sig"),
    lambda t: t.replace("\n", "\r\n").encode("utf-8")], ids=["gb18030", "utf-16", "bom", "crlf"])
def test_seed_in_another_encoding_gets_the_same_date_and_figures(tmp_path, encode):
    p = tmp_path / "copy.txt"
    p.write_bytes(encode(load_seed()))
    _, want, _ = run("figures", str(SEED), "--format", "csv")
    code, got, err = run("figures", str(p), "--format", "csv")
    assert code == 0, err
    assert without_raw_offsets(got) == without_raw_offsets(want)
    assert "2023-11-16" in got


def without_raw_offsets(out: str) -> list[dict]:
    """Rows without start/end (offsets in the raw text, which \\r\\n line ends shift) and the
    file they came from."""
    return [{k: v for k, v in row.items() if k not in ("start", "end", "file")}
            for row in csv.DictReader(out.splitlines())]


@pytest.mark.parametrize("command", ["figures", "clean"])
def test_altered_copy_named_like_the_seed_exits_5(tmp_path, command):
    p = tmp_path / SEED.name
    p.write_bytes(SEED.read_bytes().replace(b"237", b"238"))
    code, out, err = run(command, str(p))
    assert code == 5 and out == ""
    assert "named like the seed" in err and "Traceback" not in err


# --- structure: sections disjoint, each character shown once -----------------------------

ASIDE_IN_PILLAR = "标题\n利剑出鞘、严打整治，破获刑事案件12起。\n共9起\n抓获犯罪嫌疑人6名。"


def test_pillar_does_not_span_an_aside():
    b = Briefing(ASIDE_IN_PILLAR)
    assert [(s.kind, b.text[s.start:s.end]) for s in b.sections] == [
        ("title", "标题"), ("pillar", "利剑出鞘、严打整治，破获刑事案件12起。"), ("aside", "共9起"),
        ("pillar", "抓获犯罪嫌疑人6名。")]
    assert [f.section for f in b.figures] == ["利剑出鞘、严打整治", "aside", "利剑出鞘、严打整治"]


def shown_text(page: str) -> str:
    body = page.split('<div class="briefing">', 1)[1]
    body = re.sub(r'<span class="tag">.*?</span>', "", body)
    return html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\n", "")


def test_annotated_view_shows_each_character_once():
    assert shown_text(annotated_html(Briefing(ASIDE_IN_PILLAR))) == ASIDE_IN_PILLAR.replace("\n", "")


def test_annotated_view_of_a_change_alone():
    page = annotated_html(Briefing("全州发案同比下降12%"))
    assert 'class="change' in page and "value: —" in page and "change: -12%" in page


LINES = st.sampled_from([
    "临夏州召开新闻发布会", "利剑出鞘、严打整治，破获刑事案件12起。", "共9起", "记者提问",
    "抓获犯罪嫌疑人6名，同比上升15%。", "一是打击盗窃，破案3起。二是整治场所，查处5家。",
    "下一步，全州公安机关将持续发力。", "猛攻大案要案顺民心。破获命案2起。", "", "  ",
    "全州发案同比下降12%", "高位部署、尽锐出战，成立专班17个。"])


@given(st.lists(LINES, min_size=1, max_size=12))
def test_sections_are_disjoint_and_the_view_shows_the_text_once(lines):
    text = "\n".join(lines)
    b = Briefing(text)
    tops = [s for s in b.sections if s.kind != "subtheme"]
    assert all(x.end <= y.start for x, y in zip(tops, tops[1:]))
    assert "".join("".join(b.text[s.start:s.end] for s in tops).split()) == "".join(b.text.split())
    assert "".join(shown_text(annotated_html(b)).split()) == "".join(b.text.split())


# --- a new user's first commands ------------------------------------------------------------

def test_report_kernels_run_without_the_tcp_warning(capfd, tmp_path):
    """`make report` runs notebooks through :func:`execute_notebook`: over IPC, no warning."""
    import nbformat

    from analysis.briefings.notebooks import execute_notebook

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(6 * 7)")])
    execute_notebook(nb, tmp_path, timeout=120)
    assert nb.cells[0].outputs[0]["text"] == "42\n"
    assert "without encryption" not in capfd.readouterr().err
    assert list(tmp_path.iterdir()) == []  # no socket files left in the notebook folder


def test_rerun_writes_outputs_back_and_names_a_failing_notebook(capfd, tmp_path):
    """`make notebooks` (python -m analysis.rerun): outputs written in place, over IPC; a cell
    that raises gives exit 1 and the notebook's name, not a traceback."""
    import nbformat

    from analysis.rerun import main

    good, bad = tmp_path / "01-good.ipynb", tmp_path / "02-bad.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(6 * 7)")]), good)
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")]), bad)
    assert main([str(good)]) == 0
    assert nbformat.read(good, as_version=4).cells[0].outputs[0]["text"] == "42\n"
    assert main([str(bad)]) == 1
    err = capfd.readouterr().err
    assert f"error: {bad}: CellExecutionError" in err and "Traceback" not in err
    assert "without encryption" not in err


def test_rerun_silences_the_kernel_shutdown_noise(capfd, tmp_path, monkeypatch):
    """tornado logs "Uncaught exception in ZMQStream callback" with a traceback when a failed
    notebook's kernel shuts down, in this process or on the kernel's standard error, which it
    inherits (it made the test above flaky): not shown; the rest of that standard error is."""
    import logging

    import analysis.rerun as rerun

    def noisy(nb, cwd, timeout):
        os.write(2, b"ERROR:tornado.general:Uncaught exception in ZMQStream callback\n"  # as the kernel
                    b"Traceback (most recent call last):\n  File \"zmqstream.py\"\nValueError: closed\n"
                    b"a line of the kernel's own\n")
        try:
            raise RuntimeError("the stream is closed")
        except RuntimeError:
            logging.getLogger("tornado.general").error("Uncaught exception in ZMQStream callback",
                                                       exc_info=True)
        raise ValueError("a cell failed")

    monkeypatch.setattr(rerun, "execute_notebook", noisy)
    shown = logging.StreamHandler(sys.stderr)  # as a process without pytest's log capture shows it
    monkeypatch.setattr(logging.getLogger("tornado.general"), "handlers", [shown])
    nb = tmp_path / "01-x.ipynb"
    nb.write_text('{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}', encoding="utf-8")
    assert rerun.main([str(nb)]) == 1
    err = capfd.readouterr().err
    assert "error:" in err and "Traceback" not in err and "ZMQStream" not in err
    assert "a line of the kernel's own" in err  # the rest of what the kernel says is kept
    assert logging.getLogger("tornado.general").level == logging.NOTSET  # restored after


def test_make_lab_allows_root_only_as_root():
    proc = subprocess.run(["make", "-n", "lab", "UV=uv"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert ("--allow-root" in proc.stdout) == (os.getuid() == 0)


def test_uv_bootstrap_leaves_an_existing_uv_alone(tmp_path):
    (tmp_path / "bin").mkdir()
    fake_uv = tmp_path / "bin" / "uv"
    fake_uv.write_text("#!/bin/sh\necho fake uv\n")
    fake_uv.chmod(0o755)
    env = {"PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([str(ROOT / ".ci" / "install-uv"), "/nonexistent/python3"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and not (tmp_path / ".local").exists()


def test_uv_bootstrap_says_what_to_do_when_it_cannot(tmp_path):
    """No venv and no pip (a python that fails every command): a clear message, exit 1."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    proc = subprocess.run([str(ROOT / ".ci" / "install-uv"), "false"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 1 and "could not install uv" in proc.stderr
    assert "docs.astral.sh/uv" in proc.stderr
