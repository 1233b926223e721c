"""The committed derived files are exactly what the code regenerates from the seed."""
from analysis.briefings.paths import DERIVED
from analysis.linxia.report import write_derived
from analysis.linxia import seed_briefing


def test_derived_files_regenerate_exactly(tmp_path):
    written = write_derived(seed_briefing(), tmp_path)
    assert written, "nothing regenerated"
    for path in written:
        committed = DERIVED / path.name
        assert committed.exists(), f"{committed} is not committed: run `make data`"
        assert committed.read_bytes() == path.read_bytes(), f"{committed} is stale: run `make data`"


def test_glossary_covers_every_seed_metric():
    from analysis.engine.glossary import glossary

    missing = {f.metric for f in seed_briefing().figures} - set(glossary())
    assert not missing, f"add to analysis/engine/data/glossary.csv: {sorted(missing)}"


def test_codes_are_valid():
    from analysis.linxia.statements import load_codes

    codes = load_codes()
    assert set(codes["applies_to"]) == {"pillar 1", "pillar 3", "sub-count facet"}  # case classes: data/world/case-classes.csv
