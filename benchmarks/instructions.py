"""Instructions per seed document for clean + extract, counted by valgrind's callgrind.

Wall-clock timings on a shared machine swing with its load; an instruction count does not. The
string hash seed is fixed (``PYTHONHASHSEED=0``), so that the count repeats (to about 0.5 %): at
0f9fd65 two runs with seed 0 counted 18.18 and 18.17 million, one with a random seed 16.70 million.
Needs ``valgrind`` (with ``callgrind_control``) on the PATH. Prints figures, asserts nothing.

    uv run python benchmarks/instructions.py [--docs 200]
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


def child(docs: int) -> None:
    from analysis.engine.clean import clean
    from analysis.engine.figures import extract
    from analysis.linxia.seed import load_seed

    seed = load_seed()
    extract(seed, repaired=clean(seed))  # warm caches and lazy imports before counting
    gc.collect()
    gc.freeze()  # a full collection of the import-time heap is not the cost of a document
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], check=True, capture_output=True)
    for _ in range(docs):
        extract(seed, repaired=clean(seed))


def count(docs: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no",
             f"--callgrind-out-file={tmp}/callgrind.out", sys.executable, __file__, "--child", str(docs)],
            capture_output=True, text=True, check=False, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or not found:
        raise SystemExit(f"callgrind failed:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(args.child)
        return
    if not (shutil.which("valgrind") and shutil.which("callgrind_control")):
        raise SystemExit("valgrind is not installed: apt-get install valgrind")
    # Two runs, so that the fixed cost of switching the count on cancels out.
    small, large = count(args.docs // 2), count(args.docs)
    per_doc = (large - small) / (args.docs - args.docs // 2)
    print(f"seed: {per_doc / 1e6:.2f} million instructions per clean+extract "
          f"(callgrind, {args.docs} and {args.docs // 2} documents)")


if __name__ == "__main__":
    main()
