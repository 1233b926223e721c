"""A pillar's statements: one count for every notebook (the heading sentence is a title, not a statement)."""
import pytest

from analysis.linxia.statements import pillar_statements, statements
from analysis.linxia import seed_briefing


@pytest.fixture(scope="module")
def seed():
    return seed_briefing()


def test_pillar_statements_leave_out_the_heading_clauses(seed):
    for pillar in seed.pillars:
        every = statements(seed, pillar.heading)
        kept = pillar_statements(seed, pillar.heading)
        headings = int((every["code"] == "heading").sum())
        assert headings > 0, pillar.heading  # each pillar opens with a heading sentence
        assert len(kept) == len(every) - headings
        assert "heading" not in set(kept["code"])


def test_the_count_does_not_depend_on_the_coding_scheme(seed):
    # notebook 01 counts every pillar without a scheme; notebook 03 codes pillar 3 with its own
    foundations = seed.pillars[2].heading
    plain = pillar_statements(seed, foundations)
    coded = pillar_statements(seed, foundations, applies_to="pillar 3", default="abstract")
    assert len(plain) == len(coded) == 26
    assert len(pillar_statements(seed, seed.pillars[0].heading, applies_to="pillar 1")) == 9
