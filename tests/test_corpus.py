"""The shipped corpus (data/corpus/) and its loader: size, provenance fields, checksums, and the
labelled pages' texts identical to their sets'."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from analysis.briefings.corpus import CORPUS, LEVELS, load_corpus, problems, text_sha256
from analysis.briefings.paths import ROOT

DEV_DOCS = ROOT.parent / "shared" / "eval" / "dev-docs.jsonl"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_at_least_200_documents_with_unique_ids(corpus):
    ids = [record["id"] for record in corpus]
    assert len(ids) >= 200
    assert len(set(ids)) == len(ids)


def test_every_record_is_sound(corpus):
    found = [problem for record in corpus for problem in problems(record)]
    assert found == []


def test_urls_are_unique(corpus):
    urls = [record["url"] for record in corpus]
    assert len(set(urls)) == len(urls)


@pytest.mark.parametrize("broken, expected", [
    ({"level": "city"}, "level 'city' not in the vocabulary"),
    ({"date": "2023-02-30"}, "is not a YYYY-MM-DD date"),
    ({"date": "2023-11"}, "is not a YYYY-MM-DD date"),
    ({"sha256": "0" * 64}, "sha256 does not match"),
    ({"url": ""}, "no url"),
    ({"mirror": "yes"}, "mirror is not a boolean"),
    ({"date": "", "date_source": "", "note": ""}, "an unknown date needs a note"),
    ({"date_source": ""}, "a date needs its date_source"),
])
def test_the_check_finds_each_kind_of_fault(corpus, broken, expected):
    sound = next(record for record in corpus if record["date"])
    faults = problems({**sound, **broken})
    assert any(expected in fault for fault in faults), faults


def test_a_missing_field_is_found(corpus):
    record = dict(corpus[0])
    del record["publisher"]
    assert any("publisher" in fault for fault in problems(record))


def test_labelled_texts_are_the_sets_texts(corpus):
    rows = list(csv.DictReader((CORPUS / "labelled.csv").open(encoding="utf-8")))
    by_id = {record["id"]: record for record in corpus}
    for row in rows:
        source = ROOT / row["source"]
        if source.suffix == ".jsonl":
            expected = next(d["text"] for d in _jsonl(source) if d["id"] == row["id"])
        else:
            expected = source.read_text(encoding="utf-8")
        assert by_id[row["id"]]["text"] == expected
        assert text_sha256(expected) == row["sha256"], row["id"]


def test_every_labelled_set_page_is_in_the_corpus(corpus):
    ids = {record["id"] for record in corpus}
    for path in sorted((ROOT / "tests" / "cases").glob("heldout*-docs.jsonl")):
        missing = [d["id"] for d in _jsonl(path) if d["id"] not in ids]
        assert missing == [], path.name


def test_the_seed_is_the_seed(corpus):
    seed = next(record for record in corpus if record["source"].startswith("seeds/"))
    with (ROOT / "seeds" / "seeds.csv").open(encoding="utf-8") as handle:
        listed = {row["file"]: row["sha256"] for row in csv.DictReader(handle)}
    assert seed["sha256"] == listed[Path(seed["source"]).name]


def test_collected_pages_are_not_labelled_and_have_their_text(corpus):
    collected = _jsonl(CORPUS / "collected.jsonl")
    assert all(record["labelled"] == "" and record["text"] for record in collected)
    assert {record["level"] for record in corpus} <= LEVELS


@pytest.mark.skipif(not DEV_DOCS.exists(), reason="the development set is not beside the repository")
def test_no_page_of_the_development_set(corpus):
    dev_urls = {d["url"] for d in _jsonl(DEV_DOCS)}
    assert not dev_urls & {record["url"] for record in corpus}


def test_own_corpus_from_jsonl_csv_and_folder(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "破获刑事案件12起"}\n\n{"text": "二"}\n',
                                      encoding="utf-8")
    with (tmp_path / "b.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text", "cut"], ["y", "抓获3人", "true"]])
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "z.txt").write_text("缴获毒品2公斤", encoding="utf-8")
    assert [(r["id"], r["text"]) for r in load_corpus(tmp_path / "a.jsonl")] == [
        ("x", "破获刑事案件12起"), ("a:3", "二")]
    assert load_corpus(tmp_path / "b.csv") == [{"id": "y", "text": "抓获3人", "cut": True}]
    assert load_corpus(folder) == [{"id": "z", "text": "缴获毒品2公斤"}]


def test_own_corpus_without_text_or_of_unknown_kind_is_refused(tmp_path):
    (tmp_path / "c.csv").write_text("id,body\n1,x\n", encoding="utf-8")
    (tmp_path / "d.xml").write_text("<x/>", encoding="utf-8")
    with pytest.raises(ValueError, match="no text"):
        load_corpus(tmp_path / "c.csv")
    with pytest.raises(ValueError, match="not a corpus"):
        load_corpus(tmp_path / "d.xml")
