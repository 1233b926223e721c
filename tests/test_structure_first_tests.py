"""The structure reader's cheap first tests change no answer: on every line of the labelled
structure pages and on lines built to hold each cue, :func:`first_cue` gives what trying every
cue of its group in order gives, and the item and flattened-heading readers find what their full
scans find."""
import json
from pathlib import Path

import pytest

from analysis.engine.structure import headings, items
from analysis.engine.structure.cues import SHORT_LINE, cues, first_cue
from analysis.engine.structure.lines import Line, lines

CASES = Path(__file__).parent / "cases"
GROUPS = ("chrome", "source", "byline", "dateline", "continuation", "opening", "address",
          "related", "deck", "part")


def _page_lines() -> list[str]:
    out = []
    for path in sorted(CASES.glob("structure*-docs.jsonl")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                out += [x.body for x in lines(json.loads(raw)["text"])]
    return out


def _every_cue(group: str, body: str):
    """The plain reading: each cue of the group in the table's order."""
    for cue in cues(group):
        if cue.where in ("short", "any") and len(body) > SHORT_LINE:
            continue
        m = cue.pattern.search(body) if cue.where in ("any", "inline") else cue.pattern.match(body)
        if m:
            return cue, m.span()
    return None


def _answer(hit):
    return None if hit is None else (hit[0], hit[1].span())


PAGE_LINES = _page_lines()


@pytest.mark.parametrize("group", GROUPS)
def test_first_cue_as_every_cue_on_real_lines(group):
    hits = 0
    for body in PAGE_LINES:
        expected = _every_cue(group, body)
        assert _answer(first_cue(group, body)) == expected, body
        hits += expected is not None
    assert group not in ("chrome", "source", "dateline") or hits > 0


def test_item_and_flattened_readers_as_their_full_scans():
    found_items = 0
    for k, body in enumerate(PAGE_LINES):
        line = Line(k * 1000, k * 1000 + len(body), body)
        marks = [(line.start + m.start("n"), items._CN.index(m["n"]) + 1, line)
                 for m in items._MARK.finditer(body)]
        assert items._marks([line]) == marks, body
        stories = [(m.start("h"), m.end("h")) for m in headings._FLAT_STORY.finditer(body)]
        assert bool(stories) <= bool(headings._SPACED_DAY.search(body)), body
        assert not headings._FLAT_BRACKET.search(body) or "【" in body, body
        found_items += len(marks)
    assert found_items > 0
