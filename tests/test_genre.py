"""The genre tables: Wilson intervals, shares with their n, and the engine's error per document
agreeing with the shared document scorer run as a command."""
import math
import re
import subprocess
import sys

import pandas as pd
import pytest

from analysis.linxia.genre import SCORER, engine_error, error_by, shares, wilson
from analysis.briefings.paths import ROOT


@pytest.mark.parametrize("k,n", [(0, 10), (3, 10), (10, 10), (17, 149), (1, 1)])
def test_wilson_holds_the_share_and_stays_in_0_1(k, n):
    low, high = wilson(k, n)
    assert 0 <= low <= k / n <= high <= 1
    assert (low == 0) == (k == 0) and (high == 1) == (k == n)


def test_wilson_narrows_with_n():
    assert wilson(50, 100)[1] - wilson(50, 100)[0] < wilson(5, 10)[1] - wilson(5, 10)[0]
    assert all(math.isnan(x) for x in wilson(0, 0))


def test_shares_count_documents_by_group():
    presence = pd.DataFrame({"x": [True, False, True, True]}, index=list("abcd"))
    levels = pd.Series(["county", "county", "taiwan", "province"], index=list("abcd"))
    out = shares(presence, levels, "test").set_index("group")
    assert (out.loc["all", "k"], out.loc["all", "n"]) == (3, 4)
    assert (out.loc["mainland", "k"], out.loc["mainland", "n"]) == (2, 3)
    assert (out.loc["county", "k"], out.loc["county", "n"]) == (1, 2)


SUMMARY = re.compile(r"doc-score: (\d+) docs, recall [\d.]+% \((\d+)/(\d+)\), precision [\d.]+% "
                     r"\((\d+)/(\d+)\), wrong values (\d+)")


@pytest.mark.skipif(not SCORER.exists(), reason="the shared document scorer is not beside the repository")
@pytest.mark.parametrize("name", ["heldout-docs.jsonl", "heldout7-docs.jsonl"])
def test_engine_error_agrees_with_the_shared_scorer(name):
    path = ROOT / "tests" / "cases" / name
    cmd = f"{sys.executable} -m analysis figures --batch --format jsonl -"
    proc = subprocess.run([sys.executable, str(SCORER), "--docs", str(path), "--cmd", cmd],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    docs, right, req, right2, counted, wrong = map(int, SUMMARY.findall(proc.stdout)[-1])
    mine = engine_error([path])
    assert len(mine) == docs
    assert (mine["right"].sum(), mine["required"].sum(), mine["counted"].sum(),
            mine["wrong_value"].sum()) == (right, req, counted, wrong)
    per_level = error_by(mine.assign(all="all"), "all").iloc[0]
    assert per_level["recall"] == pytest.approx(right / req)


def test_the_committed_engine_error_is_what_the_scorer_gives_now():
    """Notebook 08 reads data/derived/engine-error.csv (so it runs without ../shared); the file
    must hold what the shared scorer gives on the engine as it is."""
    from analysis.linxia.genre import engine_error, saved_engine_error

    saved, now = saved_engine_error(), engine_error()
    pd.testing.assert_frame_equal(saved, now, check_dtype=False)


def test_first_contact_scores_are_each_sets_first_recorded_score():
    """One row per held-out set README, read from its first doc-score line: the score before
    any change, which a README records first (the seventh set's: 211/220, 2 wrong values)."""
    from analysis.linxia.genre import first_contact_scores

    scores = first_contact_scores().set_index("set")
    readmes = sorted((ROOT / "tests" / "cases").glob("heldout*-README.md"))
    assert len(scores) == len(readmes)
    assert scores.loc["heldout7", ["right", "required", "wrong_value"]].tolist() == [211, 220, 2]
    assert (scores["right"] <= scores["required"]).all() and (scores["right"] <= scores["counted"]).all()
