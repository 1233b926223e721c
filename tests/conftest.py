import json
import socket
from pathlib import Path

import pytest
from hypothesis import settings

CASES = Path(__file__).parent / "cases"

settings.register_profile("ci", max_examples=150, deadline=None, derandomize=True)
settings.load_profile("ci")


def load_jsonl(name):
    with (CASES / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """The library never needs the network: any connection attempt fails the test."""
    def refuse(*args, **kwargs):
        raise RuntimeError("network access attempted")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
