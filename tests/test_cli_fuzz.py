"""Fuzzing the command line: mutated briefings (byte flips, cuts, inserted bytes) and random
bytes through ``figures`` and ``clean`` never end in a traceback, and the exit status is always
one of the documented ones. Deterministic: a fixed random seed and a fixed number of cases."""
import contextlib
import io
import random
import subprocess
import sys

import pytest

from analysis.__main__ import main
from analysis.briefings.paths import ROOT
from analysis.linxia.seed import SEED

#: 0 success, 2 bad usage, 3 unreadable input, 4 bad batch lines, 5 an altered seed.
DOCUMENTED = {0, 2, 3, 4, 5}
CASES = 120


PIECES = list("0123456789一二三十百千万亿余多近约起人名%％，,、。；“”()\n\r\t 年月日至同比上升下降其中共") + [
    "百分之", "(huò)", "1,", "\u2028", "\ufeff", "\ud7ff", "\U0001f600", "\x85"]


def mutate(rng: random.Random, data: bytes) -> bytes:
    """One to three of: flip bytes, cut, insert random bytes; random bytes alone; or, on the
    text (so that it stays valid UTF-8 and reaches the figure engine), insert pieces that
    briefings and their damage are made of."""
    kind = rng.randrange(7)
    if kind >= 5:
        text = data.decode("utf-8", "ignore")
        for _ in range(rng.randint(1, 20)):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(PIECES) * rng.choice([1, 1, 2, 50]) + text[at:]
        return text.encode("utf-8")
    if kind == 0:
        return rng.randbytes(rng.choice([1, 7, 64, 3000]))
    out = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(out) + 1)
        if kind == 1 and out:
            out[min(at, len(out) - 1)] ^= 1 << rng.randrange(8)
        elif kind == 2:
            out = out[:at] if rng.random() < 0.5 else out[at:]
        else:
            out[at:at] = rng.randbytes(rng.randint(1, 8))
    return bytes(out)


def inputs(count: int, salt: int):
    """``count`` (name, bytes, arguments) cases: mostly the seed mutated, sometimes under its
    own name, sometimes with an encoding named."""
    rng = random.Random(20231116 + salt)
    seed = SEED.read_bytes()
    for n in range(count):
        base = seed if rng.random() < 0.7 else seed[rng.randrange(len(seed)):][:200]
        name = SEED.name if rng.random() < 0.2 else f"case{n}.txt"
        command = rng.choice([["figures", "--format", rng.choice(["table", "csv", "json", "jsonl"])],
                              ["clean"], ["clean", "--report"]])
        if rng.random() < 0.15:
            command += ["--encoding", rng.choice(["utf-8", "gb18030", "big5", "utf-16"])]
        yield name, mutate(rng, base), command


def run_in_process(argv) -> tuple[int, str]:
    err = io.StringIO()
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # the CLI writes bytes to .buffer
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse
            code = exit_.code
    return code, err.getvalue()


def test_mutated_input_in_process(tmp_path):
    """Many cases through ``main`` (the command line without a new interpreter each time):
    an exception escaping it would be a traceback for a user."""
    for n, (name, data, command) in enumerate(inputs(CASES, 0)):
        folder = tmp_path / str(n)
        folder.mkdir()
        path = folder / name
        path.write_bytes(data)
        code, err = run_in_process([*command[:1], str(path), *command[1:]])
        assert code in DOCUMENTED, (name, data[:80], command, err)


@pytest.mark.parametrize("salt", range(6))
def test_mutated_input_through_the_real_command(tmp_path, salt):
    """A few cases as a user runs them, one from standard input."""
    (name, data, command), = inputs(1, 1000 + salt)
    path = tmp_path / name
    path.write_bytes(data)
    source = "-" if salt % 2 else str(path)
    proc = subprocess.run([sys.executable, "-m", "analysis", command[0], source, *command[1:]],
                          input=data if source == "-" else None, capture_output=True, cwd=ROOT, timeout=120)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode in DOCUMENTED and "Traceback" not in err, (data[:80], command, err)


def test_percent_words_before_a_long_digit_run():
    """Found by this fuzzing: 百分之 before a run of 33 digits once raised inside the reader."""
    proc = subprocess.run([sys.executable, "-m", "analysis", "figures", "-"], cwd=ROOT, timeout=120,
                          input=("百分之" + "1" * 33).encode(), capture_output=True)
    assert proc.returncode in DOCUMENTED and b"Traceback" not in proc.stderr
