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


def to_chinese(n: int) -> str:
    """Write 0 < n < 10^12 the way briefings do (一万六千零八十六)."""
    digits = "零一二三四五六七八九"

    def below_10k(x: int, leading: bool) -> str:
        out, zero = "", False
        for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d, x = divmod(x, size)
            if d:
                if zero and out:
                    out += "零"
                out += ("" if (unit == "十" and d == 1 and not out and leading) else digits[d]) + unit
                zero = False
            elif out or not leading:
                zero = True
        return out

    parts = []
    for big, size in (("亿", 10**8), ("万", 10**4), ("", 1)):
        d, n = divmod(n, size)
        if d:
            text = below_10k(d, not parts)
            if parts and d < 1000:
                text = "零" + text
            parts.append(text + big)
    return "".join(parts)
