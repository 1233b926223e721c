"""Where ``figures --batch`` spends beyond ``extract()``: instructions per document, counted by
valgrind's callgrind (a count does not move with the machine's load; wall time does). Prints
figures, asserts nothing (not a test). Needs ``valgrind`` and ``callgrind_control``.

    uv run --locked python benchmarks/batch_cost.py [--docs 100]

- the two commands ``benchmarks/cli.py`` times against each other (its ``extract()`` driver and
  ``figures --batch --format jsonl --jobs 1``), each counted whole on ``--docs`` and on twice as
  many generated documents: the difference over ``--docs`` is the cost per document with
  start-up taken out, as ``cli.py`` takes it out of wall time; their ratio is the bench's
  "batch within 1.3× of extract()" in instructions;
- each step of a batch document alone (counted from after the set-up to the end of one process
  running that step over the ``--docs`` documents), to see which one the difference is.

The string hash seed is fixed (``PYTHONHASHSEED=0``) so that counts repeat, as in
``benchmarks/instructions.py``.
"""
from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

STEPS = ("line", "check", "clean+extract", "structure", "section labels", "records", "JSON Lines")


def _callgrind(argv: list[str], from_start: bool) -> int:
    """Instructions run by ``argv`` (from its start, or from its own ``callgrind_control -i on``)."""
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--instr-atstart={'yes' if from_start else 'no'}",
             f"--callgrind-out-file={tmp}/callgrind.out", *argv],
            capture_output=True, text=True, check=False, cwd=HERE.parent,
            env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or not found:
        raise SystemExit(f"callgrind failed on {' '.join(argv)}:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def _commands(tmp: Path) -> dict[str, list[str]]:
    from cli import DRIVER, OURS

    driver = tmp / "driver.py"
    driver.write_text(DRIVER)
    return {"extract() in one process": [sys.executable, str(driver), "{corpus}", "extract"],
            "figures --batch --jobs 1": OURS + ["--jobs", "1", "-o", os.devnull, "{corpus}"]}


def whole_commands(tmp: Path, docs: int) -> dict[str, float]:
    """Instructions per document of each command, start-up taken out."""
    from cli import write_corpus

    corpora = {}
    for n in (docs, 2 * docs):
        corpora[n] = tmp / f"corpus-{n}.jsonl"
        write_corpus(corpora[n], docs=n)
    out = {}
    for name, argv in _commands(tmp).items():
        small, large = (_callgrind([a.replace("{corpus}", str(corpora[n])) for a in argv], True)
                        for n in (docs, 2 * docs))
        out[name] = (large - small) / docs
    return out


def _prepared(path: str) -> dict:
    """Every step's input for each document of the corpus at ``path``, computed once."""
    from analysis.batch import parse_line
    from analysis.engine.clean import clean
    from analysis.engine.figures import extract
    from analysis.engine.provenance import document_fields
    from analysis.engine.rows import document, record, section_labels
    from analysis.engine.structure import split_sections

    lines = Path(path).read_bytes().splitlines(keepends=True)
    docs = [document(parse_line(raw), n) for n, raw in enumerate(lines, 1)]
    found = [(clean(text), text, date) for _, text, date in docs]
    figures = [extract(text, date, repaired=rep) for rep, text, date in found]
    sections = [split_sections(rep.text) for rep, _, _ in found]
    labels = [section_labels(f, rep, s) for f, (rep, _, _), s in zip(figures, found, sections)]
    about = [document_fields(parse_line(raw), date) for raw, (_, _, date) in zip(lines, docs)]
    records = [[record(f, "id", doc_id, placed, fields) for f, placed in zip(fs, ls)]
               for fs, ls, (doc_id, _, _), fields in zip(figures, labels, docs, about)]
    return {"lines": lines, "docs": docs, "found": found, "figures": figures, "sections": sections,
            "labels": labels, "about": about, "records": records}


def _step(name: str, p: dict):
    """A function running step ``name`` over every prepared document."""
    from analysis.batch import parse_line
    from analysis.engine.clean import clean
    from analysis.engine.figures import extract
    from analysis.engine.inputs import check_numbers
    from analysis.engine.rows import columns, document, record, section_labels
    from analysis.engine.structure import split_sections
    from analysis.engine.writers import encode

    return {
        "line": lambda: [document(parse_line(raw), n) for n, raw in enumerate(p["lines"], 1)],
        "check": lambda: [check_numbers(text) for _, text, _ in p["docs"]],
        "clean+extract": lambda: [extract(text, date, repaired=clean(text)) for _, text, date in p["docs"]],
        "structure": lambda: [split_sections(rep.text) for rep, _, _ in p["found"]],
        "section labels": lambda: [section_labels(f, rep, s) for f, (rep, _, _), s
                                   in zip(p["figures"], p["found"], p["sections"])],
        "records": lambda: [[record(f, "id", doc_id, placed, fields) for f, placed in zip(fs, ls)]
                            for fs, ls, (doc_id, _, _), fields
                            in zip(p["figures"], p["labels"], p["docs"], p["about"])],
        "JSON Lines": lambda: [encode(r, "jsonl", columns("id")) for r in p["records"]],
    }[name]


def child(name: str, path: str) -> None:
    """Set up, warm up, then count one step over the corpus (from the count's start to an exit
    that skips the interpreter's tear-down, which is not the step's cost)."""
    run = _step(name, _prepared(path))
    run()  # caches and lazy imports warm before counting
    gc.collect()
    gc.freeze()
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    run()
    os._exit(0)


def steps(tmp: Path, docs: int) -> dict[str, float]:
    """Instructions per document of each step of a batch document."""
    path = tmp / f"corpus-{docs}.jsonl"
    return {name: _callgrind([sys.executable, __file__, "--child", name, str(path)], False) / docs
            for name in STEPS}


def report(whole: dict[str, float], parts: dict[str, float], docs: int) -> None:
    floor, batch = whole.values()
    print(f"instructions per document (callgrind, {docs} and {2 * docs} generated documents):")
    for name, count in whole.items():
        print(f"  {name:32s} {count / 1e6:7.2f} million")
    print(f"  batch / extract(): {batch / floor:.3f}x (target <= 1.3x: "
          f"{'met' if batch <= 1.3 * floor else 'NOT met'})")
    print(f"each step of a batch document alone ({docs} documents):")
    for name, count in parts.items():
        print(f"  {name:32s} {count / 1e6:7.2f} million")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return
    if not (shutil.which("valgrind") and shutil.which("callgrind_control")):
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    with tempfile.TemporaryDirectory() as tmp:
        whole = whole_commands(Path(tmp), args.docs)
        parts = steps(Path(tmp), args.docs)
    report(whole, parts, args.docs)


if __name__ == "__main__":
    main()
