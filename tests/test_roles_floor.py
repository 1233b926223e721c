"""The floor on roles, periods and metric classes (.ci/roles_score.py) over the labelled pages of
tests/cases/structure-docs.jsonl, and the scorer's counting on a page made for it."""
import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "roles_score", Path(__file__).resolve().parents[1] / ".ci" / "roles_score.py")
roles_score = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(roles_score)


def test_the_scorer_counts_a_made_page():
    text = "破获刑事案件120起，较去年同期增加20起。"
    page = {"id": "made", "text": text, "date": "2023-11-16", "figures": [
        {"start": 6, "end": 10, "text": "120起", "role": "level", "period": "reporting", "metric_class": "cases_solved"},
        {"start": 18, "end": 21, "text": "20起", "role": "base", "period": "base", "metric_class": None},
        {"start": 0, "end": 2, "text": "破获", "role": "level", "period": "reporting", "metric_class": None}]}
    errors = []
    n = roles_score.score_page(page, errors)
    assert (n["labelled"], n["matched"], n["role"], n["period"]) == (3, 2, 1, 1)
    assert (n["required"], n["classed"], n["given"], n["classes_right"]) == (1, 1, 2, 1)
    assert [e[1] for e in errors] == ["20起"]
    assert roles_score.shares(n)["classes_right"] == (50.0, 1, 2)


def test_the_floor_holds(capsys):
    assert roles_score.main(["--floor"]) == 0, capsys.readouterr().out


def test_floors_per_file_fail_below_and_hold_at_the_score(tmp_path, capsys):
    page = {"id": "made", "text": "破获刑事案件120起，较去年同期增加20起。", "date": "2023-11-16",
            "roles_labelled": True, "figures": [
                {"start": 6, "end": 10, "text": "120起", "role": "level", "period": "reporting",
                 "metric_class": "cases_solved"},
                {"start": 18, "end": 21, "text": "20起", "role": "base", "period": "base", "metric_class": None}]}
    docs = tmp_path / "made-docs.jsonl"
    docs.write_text(roles_score.json.dumps(page, ensure_ascii=False) + "\n", encoding="utf-8")
    assert roles_score.main(["--docs", str(docs), "--min-role", "50", "--min-classes-right", "50"]) == 0
    assert roles_score.main(["--docs", str(docs), "--min-role", "50.01"]) == 1
    assert "role < 50.01" in capsys.readouterr().out
