#!/usr/bin/env python3
"""Score the figure engine on whole documents and fail below the floors.

Runs ``doc_score.py`` (the shared document scorer), prints its report, reads its last line
(``doc-score: N docs, recall R% (right/req), precision P% (right/counted), wrong values W, ...``)
and exits 1 when recall or precision is below its floor or the wrong values are above the
ceiling. ``--report-only`` prints the same check without failing (for a set being labelled).

    python3 .ci/doc_floor.py --min-recall 94.85 --min-precision 93.08 --max-wrong-values 8
    python3 .ci/doc_floor.py --docs tests/cases/heldout-docs.jsonl --report-only

Standard library only; run from the project root.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

SUMMARY = re.compile(r"doc-score: .*?recall [\d.]+% \((?P<right>\d+)/(?P<req>\d+)\), "
                     r"precision [\d.]+% \(\d+/(?P<counted>\d+)\), wrong values (?P<wrong>\d+)")


def parse_summary(output: str) -> dict[str, float] | None:
    """Recall and precision (exact percentages) and wrong values from the scorer's last summary.

    >>> s = parse_summary("...\\ndoc-score: 20 docs, recall 94.9% (350/369), precision 93.1% "
    ...                   "(350/376), wrong values 8, wrong readings 7, negative FPs 11/98")
    >>> round(s["recall"], 2), round(s["precision"], 2), s["wrong_values"]
    (94.85, 93.09, 8)
    >>> parse_summary("no summary") is None
    True
    """
    found = list(SUMMARY.finditer(output))
    if not found:
        return None
    m = found[-1]
    right, req, counted = int(m["right"]), int(m["req"]), int(m["counted"])
    return {"recall": 100.0 * right / max(1, req), "precision": 100.0 * right / max(1, counted),
            "wrong_values": int(m["wrong"])}


def broken_floors(score: dict[str, float], args: argparse.Namespace) -> list[str]:
    broken = []
    if args.min_recall is not None and score["recall"] < args.min_recall:
        broken.append(f"recall {score['recall']:.2f}% < floor {args.min_recall}%")
    if args.min_precision is not None and score["precision"] < args.min_precision:
        broken.append(f"precision {score['precision']:.2f}% < floor {args.min_precision}%")
    if args.max_wrong_values is not None and score["wrong_values"] > args.max_wrong_values:
        broken.append(f"{score['wrong_values']} wrong values > ceiling {args.max_wrong_values}")
    return broken


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scorer", default=os.path.join("..", "shared", "eval", "doc_score.py"))
    ap.add_argument("--docs", default=None, help="gold documents (default: the scorer's dev set)")
    ap.add_argument("--cmd", default=None, help="the extractor's batch command (scorer default)")
    ap.add_argument("--min-recall", type=float, default=None)
    ap.add_argument("--min-precision", type=float, default=None)
    ap.add_argument("--max-wrong-values", type=int, default=None)
    ap.add_argument("--report-only", action="store_true", help="report the floors, never fail")
    args = ap.parse_args(argv)
    cmd = [sys.executable, args.scorer]
    cmd += ["--docs", args.docs] if args.docs else []
    cmd += ["--cmd", args.cmd] if args.cmd else []
    proc = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    score = parse_summary(proc.stdout)
    if score is None:
        print(f"doc-floor: no summary line from {' '.join(cmd)} (exit {proc.returncode})")
        return 0 if args.report_only else 1
    broken = broken_floors(score, args)
    verdict = "below the floor: " + "; ".join(broken) if broken else "at or above every floor"
    print(f"doc-floor: {verdict}" + (" (report only)" if args.report_only else ""))
    return 1 if broken and not args.report_only else 0


if __name__ == "__main__":
    sys.exit(main())
