"""Every check on every labelled page: no fail but the documented inconsistencies of the pages
themselves, each quoted; output stays short; the issue's false fails are gone."""
import json
from pathlib import Path

import pytest

from analysis import Briefing
from analysis.briefings.checks import COLUMNS, run_checks

ROOT = Path(__file__).resolve().parents[1]
#: Every labelled page: the dev set (when the shared folder is there), the held-out sets, the
#: structure set and the corpus.
PAGE_FILES = sorted((ROOT / "tests" / "cases").glob("heldout*-docs.jsonl")) + [
    ROOT / "tests" / "cases" / "structure-docs.jsonl", ROOT / "data" / "corpus" / "collected.jsonl",
    *[p for p in [ROOT.parent / "shared" / "eval" / "dev-docs.jsonl"] if p.exists()]]

#: Real inconsistencies of the pages: a count written exactly and its change written to a place,
#: for which no whole base exists under rounding or truncation of the change ([c − ½u, c + u)).
#: Each: page id, the level, the page's words, and the arithmetic that shows it.
INCONSISTENT = {
    ("dev-hebei2012", "1253人"): ("强制隔离戒毒1253人,同比增加63.9%",
                                 "1253/764 = +64.01 %, 1253/765 = +63.79 %: no base gives 63.9 %"),
    ("h10-zhoukou2021", "225起"): ("全市共立刑事案件225起,环比下降47.96%",
                                  "225/432 = −47.92 %, 225/433 = −48.04 %"),
    ("h10-zhangjiajie2017", "672起"): ("全市共破侵财案件672起、刑事拘留186人,同比分别上升149.82%、48.8%",
                                      "672/269 = +149.814 %, which rounds or truncates to 149.81, not 149.82"),
    ("h3-shanxi2020", "669起"): ("查处二次饮酒驾驶669起 , 同比上升18.24%",
                                "669/565 = +18.41 %, 669/566 = +18.20 %"),
    ("h6-sichuan2009", "126起"): ("共破獲各類假人民幣犯罪案件126起,比去年全年上升165.5%",
                                "126/47 = +168.1 %, 126/48 = +162.5 %"),
    ("h9-chuanshan2022", "261件"): ("刑事警情立案261件,同比下降6.2%",
                                   "261/278 = −6.12 %, 261/279 = −6.45 % (the 6.2 % may be the incidents' (警情), "
                                   "not the cases filed)"),
    ("new-qinhuangdao2021", "517人"): ("处理517人、同比上升50.87%", "517/342 = +51.17 %, 517/343 = +50.73 %"),
}


def _pages():
    for path in PAGE_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("text"):
                yield r


def _briefing(r: dict) -> Briefing:
    record = {k: r[k] for k in ("id", "text", "url", "publisher", "title") if r.get(k)}
    return Briefing.from_record(record, r.get("date") or None)


@pytest.fixture(scope="module")
def all_checks():
    out = {}
    for r in _pages():
        b = _briefing(r)
        out[r["id"]] = (r, run_checks(b), len(b.figures))
    return out


def test_there_are_pages_and_checks_to_run(all_checks):
    assert len(all_checks) >= 200
    results = [res for _, c, _ in all_checks.values() for res in c["result"]]
    # a whole-number base one wide or wider cannot fail, so it is skipped, not passed
    assert results.count("pass") >= 140 and results.count("skipped") >= 200


def test_no_check_fails_on_any_labelled_page_but_the_documented_inconsistencies(all_checks):
    failed = {(doc, c.figures.split(",")[0]) for doc, (_, t, _) in all_checks.items()
              for c in t[t["result"] == "fail"].itertuples()}
    expected = {k for k in INCONSISTENT if k[0] in all_checks}
    assert failed == expected


@pytest.mark.parametrize("key", sorted(INCONSISTENT))
def test_each_documented_inconsistency_is_quoted_from_its_page(all_checks, key):
    if key[0] not in all_checks:
        pytest.skip("the dev set is not present")
    words, _ = INCONSISTENT[key]
    assert words in all_checks[key[0]][0]["text"]


def test_every_row_is_short_and_every_skip_says_why(all_checks):
    for doc, (_, table, n_figures) in all_checks.items():
        assert list(table.columns) == COLUMNS
        if table.empty:
            continue
        assert table.map(lambda v: len(str(v))).to_numpy().max() < 1200, doc
        assert len(table) <= 2 * n_figures + 5, doc
        skipped = table[table["result"] == "skipped"]
        assert skipped["reason"].str.len().gt(15).all(), doc
        assert table["premise"].str.len().gt(20).all(), doc
        assert set(table["result"]) <= {"pass", "fail", "skipped"}


def test_the_hong_kong_false_fail_is_gone(all_checks):
    """h2-hk2024: 45,315 crimes, then 19,897 frauds and 18,743 a year earlier, an increase of
    1,154: the old itemised check added them all (51,043 > 45,315)."""
    _, table, _ = all_checks["h2-hk2024"]
    assert "fail" not in set(table["result"])
    assert not table["arithmetic"].str.contains("51043|51,043").any()
    stated = table[table["figures"].str.contains("18743宗")]
    assert set(stated["result"]) == {"pass"} and len(stated) >= 2   # the stated base and the difference
