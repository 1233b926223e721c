import json
import os
import socket
from pathlib import Path

import pytest
from hypothesis import settings

CASES = Path(__file__).parent / "cases"

#: `fast` (the default, used by `make test` and CI): fixed examples, the same on every run.
#: `deep` (`HYPOTHESIS_PROFILE=deep`, `make test-deep`): fresh random examples, many more.
settings.register_profile("fast", max_examples=150, deadline=None, derandomize=True,
                          print_blob=True)
settings.register_profile("deep", max_examples=3000, deadline=None, derandomize=False,
                          print_blob=True)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "fast")
settings.load_profile(PROFILE)


def load_jsonl(name):
    with (CASES / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def case_params(rows, key="input"):
    """Case-file rows as pytest params: ``expect: fail`` rows become strict xfails with their reason.

    Every row of a case file carries ``expect`` (``pass`` or ``fail``); a ``fail`` row needs a
    ``reason``. A known miss that the code learns turns into a failure (strict), and the row is
    then set to ``pass``.
    """
    params = []
    for i, row in enumerate(rows):
        expect = row.get("expect", "pass")
        if expect not in ("pass", "fail"):
            raise ValueError(f"case {i}: expect must be pass or fail, not {expect!r}")
        if expect == "fail" and not row.get("reason"):
            raise ValueError(f"case {i}: expect fail needs a reason")
        marks = [pytest.mark.xfail(strict=True, reason=row["reason"])] if expect == "fail" else []
        params.append(pytest.param(row, marks=marks, id=f"{i}:{str(row.get(key, ''))[:16]}"))
    return params


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """The library never needs the network: any connection attempt fails the test."""
    def refuse(*args, **kwargs):
        raise RuntimeError("network access attempted")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


CN_DIGITS = "零一二三四五六七八九"


def _below_10k(x: int, leading: bool, omit_zero: bool) -> str:
    out, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        d, x = divmod(x, size)
        if d:
            # 零 may be left out only where a place word follows the next digit (一千三十九),
            # never before a final digit (一千零九 is not 一千九 = 1900).
            if zero and out and not (omit_zero and unit):
                out += "零"
            out += ("" if (unit == "十" and d == 1 and not out and leading) else CN_DIGITS[d]) + unit
            zero = False
        elif out or not leading:
            zero = True
    return out


def to_chinese(n: int, *, liang: bool = False, omit_zero: bool = False) -> str:
    """Write 0 < n < 10^12 the way briefings do (一万六千零八十六).

    ``liang``: 两 for a 2 before 千/万/亿 (两千, 两万); ``omit_zero``: leave out a 零 where the
    next digit has its own place word (一万六千八十六), as many briefings do.

    >>> to_chinese(16086), to_chinese(16086, omit_zero=True), to_chinese(22000, liang=True)
    ('一万六千零八十六', '一万六千八十六', '两万两千')
    >>> to_chinese(1009, omit_zero=True), to_chinese(120_000, liang=True), to_chinese(2 * 10**8, liang=True)
    ('一千零九', '十二万', '两亿')
    """
    parts = []
    for big, size in (("亿", 10**8), ("万", 10**4), ("", 1)):
        d, n = divmod(n, size)
        if d:
            text = _below_10k(d, not parts, omit_zero)
            if parts and d < 1000 and not (omit_zero and d >= 10):
                text = "零" + text
            parts.append(text + big)
    text = "".join(parts)
    if liang:
        text = "".join("两" if c == "二" and text[i + 1:i + 2] in ("千", "万", "亿")
                       and text[i - 1:i] in ("", "万", "亿", "零") else c  # not 十二万
                       for i, c in enumerate(text))
    return text


def class_params(test: str, names: str):
    """The rows of ``tests/cases/classes.jsonl`` for ``test`` as parametrize values (one
    tuple of ``names`` a row, or the value itself for one name); ``expect: fail`` rows are
    strict xfails with their reason."""
    fields = [n.strip() for n in names.split(",")]
    params = []
    for row in (r for r in load_jsonl("classes.jsonl") if r["test"] == test):
        values = tuple(row[f] for f in fields)
        marks = [pytest.mark.xfail(strict=True, reason=row["reason"])] if row.get("expect") == "fail" else []
        params.append(pytest.param(*values, marks=marks))
    if not params:
        raise LookupError(f"no rows for {test} in tests/cases/classes.jsonl")
    return params
