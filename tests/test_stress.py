"""``--batch --jobs 8`` ended early, many times over, by each way a run can end early: a reader
that stops (``| head``), a full disk, Ctrl-C on the terminal (SIGINT to the whole process
group), SIGTERM to the parent, SIGKILL to the parent. Every run ends (no hang), with its
documented status and at most one line about it, and leaves no worker behind (issue 23,
items 11 and 21). The ``timeout`` is a guard against a hang, not a measure of speed."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from analysis.briefings.paths import ROOT

CLI = [sys.executable, "-m", "analysis", "figures", "--batch", "--jobs", "8"]
ROUNDS = 3
LINE = "破获案件12起，抓获犯罪嫌疑人6名，同比上升5%。" * 2


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("stress") / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": LINE}, ensure_ascii=False) + "\n"
                            for i in range(1500)), encoding="utf-8")
    return path


def _group_members(pgid: int) -> list[int]:
    """Processes still in process group ``pgid`` (zombies, already dead, are not counted)."""
    members = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry))
    return members


def _start(corpus, stdout=subprocess.PIPE):
    return subprocess.Popen([*CLI, str(corpus)], stdout=stdout, stderr=subprocess.PIPE, cwd=ROOT,
                            start_new_session=True)


def _no_worker_left(proc) -> bool:
    """Every process of the run's group is gone (after SIGKILL to the parent, the kernel kills
    the workers; that takes a moment, so wait for it, bounded)."""
    for _ in range(100):
        if not _group_members(proc.pid):
            return True
        time.sleep(0.1)
    return False


def _finish(proc) -> str:
    """The run's standard error once it has ended; a run that hangs fails the test (and is
    killed) instead of hanging it."""
    try:
        return proc.communicate(timeout=120)[1].decode("utf-8")
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise


def _early_end(proc, how: str) -> None:
    proc.stdout.read(3000)  # the workers are running by now (1,500 documents, 47 chunks)
    if how == "head":
        proc.stdout.close()
    else:
        sig = {"ctrl-c": signal.SIGINT, "term": signal.SIGTERM, "kill": signal.SIGKILL}[how]
        (os.killpg if how == "ctrl-c" else os.kill)(proc.pid, sig)


EXPECTED = {"head": 0, "ctrl-c": 130, "term": 143, "kill": -signal.SIGKILL}


@pytest.mark.parametrize("how", ["head", "ctrl-c", "term", "kill"])
def test_an_early_end_never_hangs_nor_leaves_workers(corpus, how):
    for _ in range(ROUNDS):
        proc = _start(corpus)
        _early_end(proc, how)
        err = _finish(proc)
        assert proc.returncode == EXPECTED[how], err
        assert "Traceback" not in err
        if how in ("ctrl-c", "term"):
            said = [line for line in err.splitlines() if not line.startswith("--jobs 8: using")]
            assert said == [f"interrupted ({'SIGINT' if how == 'ctrl-c' else 'SIGTERM'}); stopped"]
        assert _no_worker_left(proc)


def test_a_full_disk_never_hangs_nor_leaves_workers(corpus):
    for _ in range(ROUNDS):
        with open("/dev/full", "wb") as full:
            proc = _start(corpus, stdout=full)
            err = _finish(proc)
            assert proc.returncode == 7 and "No space left on device" in err
        assert "Traceback" not in err and _no_worker_left(proc)


def test_an_interrupt_leaves_the_output_file_as_it_was(corpus, tmp_path):
    out = tmp_path / "out.json"
    out.write_bytes(b"[]\n")
    proc = subprocess.Popen([*CLI, str(corpus), "--format", "json", "-o", str(out)], cwd=ROOT,
                            stderr=subprocess.PIPE, start_new_session=True)
    for _ in range(600):  # until the run has written part of its output (bounded)
        parts = [p for p in tmp_path.iterdir() if p.name.endswith(".part") and p.stat().st_size]
        if parts or proc.poll() is not None:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)
    err = _finish(proc)
    assert proc.returncode in (0, 130), err  # 0 only if it finished first
    if proc.returncode == 130:
        assert out.read_bytes() == b"[]\n" and "left as it was" in err
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"] and _no_worker_left(proc)
