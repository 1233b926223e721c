"""The seed study's curated data attaches only to the seed (issue 20, item 7).

Oracle: the seed briefing, synthetic briefings whose answer is known by construction, and the
labelled pages of the held-out sets (``tests/cases/heldout*-docs.jsonl``), none of them the
seed: on them no note, event or translation of the seed may appear, and every function that
needs the seed's own context refuses them with :class:`NotTheSeed`.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import Briefing
from analysis.briefings import walk
from analysis.briefings.paths import DATA, SEEDS
from analysis.linxia import seed_briefing
from analysis.linxia.baseline import base_year, reference_band
from analysis.linxia.context import (cold_case_expectation, comparison, fugitive_rates, priorities,
                                     rate_if_stage_ended, seizure_series, standing)
from analysis.linxia.keyed import WRITTEN_FOR, NotTheSeed, is_seed, rows_for, seed_digest
from analysis.linxia.ledger import claims, load_world_csv
from analysis.linxia.report import key_findings, lead, write_derived
from analysis.linxia.statements import statements
from analysis.linxia.timeline import campaign_periods
from analysis.linxia.translation import load_translation, translation_frame
from analysis.linxia.world import world_derived

CASES = Path(__file__).parent / "cases"
#: The curated tables each of whose rows names the briefing it was written for.
KEYED = ("world/claim-judgements.csv", "world/events.csv", "translation.csv", "codes.csv")
#: The judgement columns of the claims ledger (the seed's notes).
NOTE_COLUMNS = ("overlaps", "verify_with", "basis")
#: Names only the seed's own study uses, in both scripts and in English.
SEED_NAMES = ("临夏", "臨夏", "秋风", "秋風", "Linxia", "Autumn Wind")
#: A synthetic briefing of another campaign (2018, 100 days) whose figures carry the seed's
#: metric 破获刑事案件 and a year-on-year change, so every seed-only function has what it reads.
OTHER = ("某市公安局召开“雷霆2018”专项行动新闻发布会。自2018年9月1日起，全市公安机关开展为期100天的"
         "“雷霆2018”专项行动。行动开展以来，共破获刑事案件120起，同比上升20%，抓获上网逃犯15名，"
         "缴获毒品海洛因2.5公斤。")


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _pages(per_set: int = 2) -> list[dict]:
    """The first pages of each held-out set, and every page that names a seed-only place."""
    pages = []
    for path in sorted(CASES.glob("heldout*-docs.jsonl")):
        docs = _jsonl(path)
        pages += docs[:per_set] + [d for d in docs[per_set:] if any(n in d["text"] for n in SEED_NAMES)]
    return pages


PAGES = _pages()


@pytest.fixture(scope="module")
def seed():
    return seed_briefing()


@pytest.fixture(scope="module")
def other():
    return Briefing(OTHER, "2018-11-20", "other")


def _hong_kong() -> Briefing:
    page = next(d for d in _jsonl(CASES / "heldout2-docs.jsonl") if d["id"] == "h2-hk2024")
    return Briefing.from_record(page)


def _notes() -> list[str]:
    """The seed's curated texts: its claims' notes, its events, its translation."""
    judged = load_world_csv("claim-judgements.csv")
    events = load_world_csv("events.csv")
    texts = [t for c in NOTE_COLUMNS for t in judged[c]] + list(events["event"]) + list(load_translation()["en"])
    return [t for t in texts if len(t) >= 20]


# --- the keys ------------------------------------------------------------------------------

def _seed_sums() -> dict[str, str]:
    rows = (line.split() for line in (SEEDS / "SHA256SUMS").read_text(encoding="utf-8").splitlines() if line)
    return {name: digest for digest, name in rows}


def test_the_seed_is_known_by_the_digest_of_its_checksums(seed):
    assert seed_digest() == _seed_sums()[seed.name]
    assert is_seed(seed)
    assert not is_seed(Briefing(seed.raw.replace("237", "238"), seed.date, seed.name))


@pytest.mark.parametrize("name", KEYED)
def test_every_curated_row_names_a_seed_or_any_briefing(name):
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        keys = {row[WRITTEN_FOR] for row in csv.DictReader(fh)}
    assert keys <= set(_seed_sums().values()) | {""}
    assert keys & set(_seed_sums().values())


def test_a_table_without_its_key_is_refused(seed):
    with pytest.raises(KeyError, match=WRITTEN_FOR):
        rows_for(load_world_csv("roles.csv"), seed)


# --- the examples ------------------------------------------------------------------

def test_the_seeds_notes_do_not_attach_to_another_briefings_cases_solved(seed, other):
    mine = claims(seed).set_index("claim_key").loc["破获刑事案件"]
    theirs = claims(other).set_index("claim_key").loc["破获刑事案件"]
    assert all(mine[c] for c in NOTE_COLUMNS)
    assert not any(theirs[c] for c in NOTE_COLUMNS)
    assert WRITTEN_FOR not in claims(other).columns


def test_the_timeline_labels_only_the_seeds_campaign_autumn_wind(seed, other):
    assert campaign_periods(seed)["label"].str.startswith("Autumn Wind").any()
    with pytest.raises(NotTheSeed, match=r"campaign_periods\(\) was written for the seed briefing"):
        campaign_periods(other)


@pytest.mark.parametrize("function", [comparison, base_year, reference_band, fugitive_rates,
                                      cold_case_expectation, seizure_series, priorities, lead, key_findings,
                                      translation_frame, campaign_periods])
def test_a_hong_kong_page_is_refused_by_every_function_of_the_seeds_context(function):
    b = _hong_kong()
    with pytest.raises(NotTheSeed) as got:
        function(b)
    message = str(got.value)
    assert f"{function.__name__}()" in message and "000_95ed0723371d1c45.txt" in message
    assert repr(b.name) in message


def test_a_later_stage_and_standing_are_refused_off_the_seed(seed, other):
    with pytest.raises(NotTheSeed, match="rate_if_stage_ended"):
        rate_if_stage_ended(other, "2018-10-31")
    cmp = comparison(seed)
    assert standing(cmp)["below"]
    with pytest.raises(NotTheSeed, match="standing"):  # the same rows, not from comparison(seed)
        standing(pd.DataFrame(cmp.to_dict("list")))


def test_the_seeds_pillar_codes_code_only_the_seeds_statements(seed):
    pillar = seed.pillars[0].heading
    other = Briefing(seed.raw.replace("临夏", "某市").replace("臨夏", "某市"), seed.date, "other")
    mine = set(statements(seed, pillar, applies_to="pillar 1")["code"])
    theirs = set(statements(other, pillar, applies_to="pillar 1")["code"])
    assert mine - {"heading", "other"}
    assert theirs <= {"heading", "other"}


def test_the_derived_files_of_another_briefing_hold_nothing_of_the_seed(other, tmp_path):
    written = {p.name: p.read_text(encoding="utf-8") for p in write_derived(other, tmp_path / "other")}
    assert "timeline.csv" not in written and "translation.csv" not in written
    assert set(world_derived(other)) == {"claims.csv", "checklist.csv"}
    for name in ("figures.csv", "sections.csv", "checks.csv", "claims.csv", "checklist.csv"):
        assert not [n for n in (*SEED_NAMES, *_notes()) if n in written[name]], name


def test_the_seeds_derived_files_keep_its_timeline_and_translation(seed):
    assert {"timeline.csv", "translation.csv"} <= set(world_derived(seed))


# --- the generic walk on real pages --------------------------------------------------------

def _walk_output(b: Briefing) -> str:
    """Everything the generic walk's functions say about ``b``, and its claims, as text."""
    headline, why = walk.headline_figures(b)
    parts = [json.dumps(walk.provenance(b), ensure_ascii=False, default=str), *walk.heading_lines(b),
             walk.figures_by_section(b).to_csv(), str(headline), why, walk.bounds(b).to_csv(),
             *world_derived(b).values()]
    return "\n".join(parts)


@pytest.mark.parametrize("page", PAGES, ids=lambda d: d["id"])
def test_the_walk_of_a_real_page_says_nothing_of_the_seed_its_text_does_not(page):
    b = Briefing.from_record(page)
    said = _walk_output(b)
    own = b.raw + b.text
    leaked = [n for n in (*SEED_NAMES, *_notes()) if n in said and n not in own]
    assert not leaked


def test_the_pages_include_one_that_names_the_seeds_place():
    """The exception above (the page's own text) is exercised, not only assumed."""
    assert any(any(n in d["text"] for n in SEED_NAMES) for d in PAGES)
    assert len({d["id"] for d in PAGES}) >= 20
