"""The CI floor on whole-document scores (.ci/doc_floor.py): its reading of the scorer's summary."""
import argparse
import doctest
import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "doc_floor", Path(__file__).resolve().parents[1] / ".ci" / "doc_floor.py")
doc_floor = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(doc_floor)

LINE = ("doc-score: 20 docs, recall 94.9% (350/369), precision 93.1% (350/376), wrong values 8, "
        "wrong readings 7, negative FPs 11/98, other FPs 0")


def floors(**kw):
    return argparse.Namespace(**{"min_recall": None, "min_precision": None,
                                 "max_wrong_values": None, **kw})


def test_doctests():
    assert doctest.testmod(doc_floor).failed == 0


def test_the_last_summary_counts():
    score = doc_floor.parse_summary("doc-score: 1 docs, recall 10.0% (1/10), precision 10.0% "
                                    "(1/10), wrong values 99\n" + LINE)
    assert score["wrong_values"] == 8 and abs(score["recall"] - 100 * 350 / 369) < 1e-9


def test_floors_at_the_landed_scores_hold_and_one_step_above_fails():
    score = doc_floor.parse_summary(LINE)
    assert doc_floor.broken_floors(score, floors(min_recall=94.85, min_precision=93.08,
                                                 max_wrong_values=8)) == []
    broken = doc_floor.broken_floors(score, floors(min_recall=94.9, min_precision=93.1,
                                                   max_wrong_values=7))
    assert len(broken) == 3
