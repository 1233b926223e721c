"""Figures as plain records, document by document: the corpus path, with no pandas.

:func:`figure_rows` turns an iterable of documents into rows. It is a plain module-level
function with no global state, so it pickles and runs anywhere a Python worker runs (a Dask
bag partition, a Spark ``mapPartitions`` call, a process pool); the command line's ``--batch``
gives exactly the same rows.

>>> rows = figure_rows([{"id": "a", "text": "破获刑事案件237起，同比上升178.8%"}])
>>> [(r["id"], r["value"], r["measure_word"], r["change_pct"]) for r in rows]
[('a', 237, '起', 178.8)]
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from operator import attrgetter
from typing import Iterable, Iterator

from .arguments import DocumentError, check_date
from .clean import Repaired, clean
from .figures import FIELDS, Figure, extract
from .provenance import DOCUMENT_FIELDS, document_fields
from .structure import Section, read_structure, sections_of

__all__ = ["DocumentError", "columns", "check_date", "document", "figure_rows", "plain",
           "document_records", "record", "section_finder", "section_labels", "sectioned_figures",
           "titled_figures",
           "with_sections"]

def document(doc: object, default_id: object = None) -> tuple[object, str, str | None]:
    """``(id, text, date)`` of one batch document, checked; :class:`DocumentError` if bad."""
    if not isinstance(doc, dict) or "text" not in doc:
        raise DocumentError('not an object with a "text" field')
    text = doc["text"]
    if not isinstance(text, str):
        raise DocumentError('"text" is not a string')
    doc_id = doc.get("id", default_id)
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int, float, type(None))):
        raise DocumentError(f'"id" must be a string or a number, not {type(doc_id).__name__}')
    if doc_id == "":
        raise DocumentError('"id" is empty (CSV cannot tell it from no id): give one or leave it out')
    if isinstance(doc_id, float) and doc_id != doc_id or doc_id in (float("inf"), float("-inf")):
        raise DocumentError(f'"id" {doc_id} is not a finite number')
    return doc_id, text, check_date(doc.get("date"))


def section_finder(sections: list[Section]):
    """A function: repaired-text offset -> ``(top-level section, sub-theme)`` holding it
    (each None when there is none)."""
    tops = [x for x in sections if x.kind != "subtheme"]
    subs = [x for x in sections if x.kind == "subtheme"]
    top_starts, sub_starts = [x.start for x in tops], [x.start for x in subs]

    def holding(starts: list[int], secs: list[Section], pos: int) -> Section | None:
        i = bisect.bisect_right(starts, pos) - 1
        return secs[i] if i >= 0 and secs[i].start <= pos < secs[i].end else None

    return lambda pos: (holding(top_starts, tops, pos), holding(sub_starts, subs, pos))


def section_labels(figures: list[Figure], repaired: Repaired,
                   sections: list[Section]) -> list[tuple[str | None, str | None]]:
    """``(section, subtheme)`` of each figure: the pillar's heading, or the kind (``title``,
    ``lead`` …) of another section; the sub-theme's heading."""
    find = section_finder(sections)
    out = []
    for f in figures:
        top, sub = find(repaired.clean_index(f.start))
        section = None if top is None else (top.heading if top.kind == "pillar" else top.kind)
        out.append((section, sub.heading if sub else None))
    return out


def with_sections(figures: list[Figure], repaired: Repaired,
                  sections: list[Section]) -> list[Figure]:
    """Each figure with its ``section`` and ``subtheme`` (see :func:`section_labels`)."""
    return [f._replace(section=a, subtheme=b)
            for f, (a, b) in zip(figures, section_labels(figures, repaired, sections))]


def _read(text: str, date: str | None) -> tuple[list[Figure], list[tuple], str | None]:
    """The figures of a document, their section labels and the headline its structure shows
    (None without figures: a document without figures gives no rows to title; a lone surrogate
    in ``text`` is read as U+FFFD; writers never let one reach their output)."""
    repaired = clean(text)
    figures = extract(text, date, repaired=repaired)
    if not figures:
        return figures, [], None
    structure = read_structure(repaired.text)
    labels = section_labels(figures, repaired, sections_of(repaired.text, structure))
    return figures, labels, structure.title.text if structure.title is not None else None


def titled_figures(text: str, date: str | None = None) -> tuple[list[Figure], str | None]:
    """Every figure of a document with its section and sub-theme (as ``Briefing.figures``), and
    the headline the structure reader finds (None where it finds none or there are no figures)."""
    figures, labels, found = _read(text, date)
    return [f._replace(section=a, subtheme=b) for f, (a, b) in zip(figures, labels)], found


def sectioned_figures(text: str, date: str | None = None) -> list[Figure]:
    """Every figure of a document, with its section and sub-theme (as ``Briefing.figures``)."""
    return titled_figures(text, date)[0]


def document_records(text: str, date: str | None = None, key: str | None = None,
                     key_value: object = None, document: dict | None = None) -> list[dict]:
    """The records of a document's figures (sections included), as ``--batch`` writes them;
    with a ``key``, each carries the document's date and metadata (``document``, the record it
    came from, gives its url, publisher and title, else the title is the headline its structure
    shows: :func:`analysis.engine.provenance.document_fields`)."""
    figures, labels, found = _read(text, date)
    about = document_fields(document, date, found) if key else None
    return [record(f, key, key_value, placed, about) for f, placed in zip(figures, labels)]


@lru_cache(maxsize=None)
def columns(key: str | None = None) -> tuple[str, ...]:
    """The record's fields: ``key`` (``id`` or ``file``) and the document's fields
    (:data:`~analysis.engine.provenance.DOCUMENT_FIELDS`: date, url …) first when a key is
    given, then the figure's."""
    return ((key, *DOCUMENT_FIELDS) if key else ()) + tuple(FIELDS)


def plain(value: object) -> object:
    """A field value as JSON holds it: tuples (``flags``, ``steps``) become lists."""
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    return value


_VALUES = attrgetter(*FIELDS)
#: The fields that hold tuples (``flags``, ``steps``): lists in a record.
_TUPLE_FIELDS = tuple(name for name in FIELDS
                      if isinstance(Figure._field_defaults.get(name), tuple))


_NO_DOCUMENT = dict.fromkeys(DOCUMENT_FIELDS)


def record(figure: Figure, key: str | None = None, key_value: object = None,
           placed: tuple[str | None, str | None] | None = None,
           document: dict | None = None) -> dict:
    """One figure as a flat dict of :func:`columns`, JSON-ready; ``placed`` gives its
    ``(section, subtheme)`` when the figure does not hold them yet; with a ``key``,
    ``document`` gives the document's fields (empty when None)."""
    row = {key: key_value} if key else {}
    if key:
        row.update(document or _NO_DOCUMENT)
    row.update(zip(FIELDS, _VALUES(figure)))
    for name in _TUPLE_FIELDS:
        row[name] = plain(row[name])
    if placed is not None:
        row["section"], row["subtheme"] = placed
    return row


def figure_rows(documents: Iterable[dict], date: str | None = None) -> list[dict]:
    """Rows for an iterable of documents ``{"id", "text", "date"?, "url"?, "publisher"?,
    "title"?}``, in order; each row carries its document's date and metadata.

    ``date`` (``YYYY-MM-DD``) is used for documents without their own. A document without an
    ``id`` gets its 1-based position. A malformed document raises :class:`DocumentError`
    naming its position. The rows equal what ``figures --batch --format jsonl`` writes.
    """
    return list(_iter_rows(documents, check_date(date)))


def _iter_rows(documents: Iterable[dict], date: str | None) -> Iterator[dict]:
    for n, doc in enumerate(documents, 1):
        try:
            doc_id, text, doc_date = document(doc, n)
        except DocumentError as err:
            raise DocumentError(f"document {n}: {err}") from None
        yield from document_records(text, doc_date or date, "id", doc_id, doc)
