"""A corpus of briefings as plain records: the shipped one, or your own.

``load_corpus()`` with no argument returns the corpus shipped in the repository's ``data/corpus/``
(see its README; an installed wheel has no copy): the pages collected for it (``collected.jsonl``,
text and metadata on each line) and the labelled pages of the held-out sets and the seed
(``labelled.csv``, metadata only: each row's text is read from the file its ``source`` column
names, so the labelled sets stay the one copy).

``document_table(records)`` (from :mod:`analysis.briefings.documents`) gives one row per document.

``load_corpus(path)`` reads a corpus of your own: a JSON Lines file (one object a line with a
``text``), a CSV file with a ``text`` column, a folder of ``.txt`` files (one document each, the
file name as its id), or a Parquet file if pandas can read it. Every record is a plain dict with
at least ``id`` and ``text``; other columns are kept as they are (``true``/``false`` strings of
the shipped metadata become booleans). Only the standard library is needed, except for Parquet.

>>> docs = load_corpus()
>>> len(docs) >= 200
True
>>> problems({"id": "x", "text": "…", "level": "city"})[:1]
['x: no url']
"""
from __future__ import annotations

import csv
import hashlib
import json
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from .documents import document_table
from .paths import DATA, ROOT

__all__ = ["CORPUS", "LEVELS", "CAMPAIGN_KINDS", "DATE_SOURCES", "SCRIPTS", "REQUIRED",
           "document_table", "load_corpus", "problems", "text_sha256"]

CORPUS = DATA / "corpus"

# The metadata vocabulary, described field by field in data/corpus/README.md.
LEVELS = frozenset({"ministry", "province", "prefecture", "county", "district",
                    "hong_kong", "macau", "taiwan"})
CAMPAIGN_KINDS = frozenset({"hundred_day", "seasonal", "thematic", "annual_review",
                            "period_review", "launch", "routine_news"})
DATE_SOURCES = frozenset({"page", "url", "text", "inferred"})
SCRIPTS = frozenset({"simplified", "traditional"})
REQUIRED = ("id", "text", "sha256", "url", "publisher", "issuer", "level", "region", "date",
            "date_source", "campaign", "campaign_kind", "access_date", "stored_copy", "mirror",
            "cut", "labelled", "script", "note")
_FLAGS = ("stored_copy", "mirror", "cut")
_BOOLEANS = {"true": True, "false": False}


def load_corpus(path: str | Path | None = None) -> list[dict]:
    """The shipped corpus (no argument), or the corpus at ``path`` (file or folder)."""
    if path is None:
        return _shipped()
    return [_with_text(record) for record in _read(Path(path))]


def _read(path: Path) -> Iterable[dict]:
    if path.is_dir():
        return _txt_folder(path)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return _jsonl(path)
    if suffix == ".csv":
        return _csv(path)
    if suffix == ".parquet":
        return _parquet(path)
    raise ValueError(f"{path}: not a corpus (JSON Lines, CSV, Parquet or a folder of .txt files)")


def _with_text(record: dict) -> dict:
    if not isinstance(record.get("text"), str):
        raise ValueError(f"{record['id']}: no text (a corpus record needs a text field)")
    return record


def text_sha256(text: str) -> str:
    """The SHA-256 of a text encoded as UTF-8, as the corpus records it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def problems(record: dict) -> list[str]:
    """What is missing or invalid in a record of the shipped corpus (empty when it is sound)."""
    name = record.get("id") or "?"
    found = [f"{name}: no {field}" for field in ("url",) if not record.get(field)]
    found += [f"{name}: field {field} missing" for field in REQUIRED if field not in record]
    found += _vocabulary_problems(name, record)
    found += _date_problems(name, record)
    if "text" in record and record.get("sha256") != text_sha256(record["text"]):
        found.append(f"{name}: sha256 does not match the text")
    return found


def _vocabulary_problems(name: str, record: dict) -> list[str]:
    checks = (("level", LEVELS, False), ("campaign_kind", CAMPAIGN_KINDS, False),
              ("script", SCRIPTS, False), ("date_source", DATE_SOURCES, True))
    found = [f"{name}: {field} {record.get(field)!r} not in the vocabulary"
             for field, allowed, may_be_empty in checks
             if field in record and record[field] not in allowed
             and not (may_be_empty and record[field] == "")]
    found += [f"{name}: {flag} is not a boolean" for flag in _FLAGS
              if flag in record and not isinstance(record[flag], bool)]
    return found


def _date_problems(name: str, record: dict) -> list[str]:
    found = [f"{name}: {field} {record.get(field)!r} is not a YYYY-MM-DD date"
             for field in ("date", "access_date") if record.get(field) and not _is_day(record[field])]
    if not record.get("access_date"):
        found.append(f"{name}: no access_date")
    if bool(record.get("date")) != bool(record.get("date_source")):
        found.append(f"{name}: a date needs its date_source, and no date none")
    if not record.get("date") and not record.get("note"):
        found.append(f"{name}: an unknown date needs a note")
    return found


def _is_day(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _shipped() -> list[dict]:
    if not (CORPUS / "labelled.csv").exists():
        raise FileNotFoundError(f"{CORPUS}: the shipped corpus is read from a checkout of the "
                                "repository (data/corpus/); pass the path of a corpus instead")
    labelled = list(_csv(CORPUS / "labelled.csv"))
    texts = _source_texts({row["source"] for row in labelled})
    for row in labelled:
        by_id = texts[row["source"]]
        row["text"] = by_id[""] if "" in by_id else by_id[row["id"]]
    return labelled + list(_jsonl(CORPUS / "collected.jsonl"))


def _source_texts(sources: set[str]) -> dict[str, dict[str, str]]:
    """Texts by id of each labelled set (JSON Lines), or a seed file's whole text under ''."""
    texts = {}
    for source in sources:
        path = ROOT / source
        if path.suffix == ".jsonl":
            texts[source] = {record["id"]: record["text"] for record in _jsonl(path)}
        else:
            texts[source] = {"": path.read_text(encoding="utf-8")}
    return texts


def _jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8-sig") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                yield _record(json.loads(line), f"{path.stem}:{number}")


def _csv(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), 1):
            yield _record(_typed_flags(row), f"{path.stem}:{number}")


def _typed_flags(row: dict) -> dict:
    for flag in _FLAGS:
        if isinstance(row.get(flag), str) and row[flag].lower() in _BOOLEANS:
            row[flag] = _BOOLEANS[row[flag].lower()]
    return row


def _txt_folder(folder: Path) -> Iterable[dict]:
    for path in sorted(folder.glob("*.txt")):
        yield {"id": path.stem, "text": path.read_text(encoding="utf-8-sig")}


def _parquet(path: Path) -> list[dict]:
    try:
        import pandas as pd
    except ImportError as missing:  # pragma: no cover - pandas is an optional extra
        raise ValueError(f"{path}: reading Parquet needs pandas (and pyarrow)") from missing
    frame = pd.read_parquet(path)
    return [_record(row, f"{path.stem}:{number}")
            for number, row in enumerate(frame.to_dict("records"), 1)]


def _record(record: dict, fallback_id: str) -> dict:
    if not isinstance(record, dict):
        raise ValueError(f"{fallback_id}: not a JSON object")
    record.setdefault("id", fallback_id)
    if not record["id"]:
        record["id"] = fallback_id
    record["id"] = str(record["id"])
    return record
