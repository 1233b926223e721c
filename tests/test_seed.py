"""The seed is raw and immutable: its checksum is recorded and checked."""
import hashlib
import shutil

import pytest

from analysis.briefings.paths import SEEDS
from analysis.linxia.seed import SEED, SeedError, load_seed, seed_info, verify


def test_checksum_recorded():
    line = (SEEDS / "SHA256SUMS").read_text().split()
    assert line[1] == SEED.name
    assert hashlib.sha256(SEED.read_bytes()).hexdigest() == line[0]


def test_provenance():
    info = seed_info()
    assert info["published"] == "2023-11-16"
    assert info["source_url"].startswith("https://")


def test_altered_seed_is_refused(tmp_path, monkeypatch):
    fake = tmp_path / "seeds"
    shutil.copytree(SEEDS, fake)
    (fake / SEED.name).write_bytes(SEED.read_bytes() + b" ")
    monkeypatch.setattr("analysis.linxia.seed.SEEDS", fake)
    with pytest.raises(SeedError, match="was altered.*git checkout -- seeds/"):
        verify(fake / SEED.name)


def test_load():
    assert load_seed().startswith("臨夏州")
