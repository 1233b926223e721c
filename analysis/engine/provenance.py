"""Where a document comes from: a small frozen record carried into every row it gives.

:class:`Source` names the document (id, path or url, publisher, title, site), its date and
where that date came from, the encoding its file was read in and the sha256 of its text.
:func:`read_document` reads a file as the command line does (any encoding it accepts, see
:mod:`analysis.engine.inputs`; a saved HTML page through :mod:`analysis.engine.pages`) and
gives its text with that record.

The row columns (:data:`DOCUMENT_FIELDS`) are what a reader of a table needs to cite a figure:
the document's date, where the date came from, its address, publisher, title and where the
title came from.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import NamedTuple

from .clean import without_lone_surrogates
from .inputs import read_input
from .known import known_date
from .pages import is_html, page_from_html

__all__ = ["DATE_SOURCES", "DOCUMENT_FIELDS", "Source", "TITLE_SOURCES", "document_fields",
           "document_title", "html_document", "titled", "metadata", "read_document", "record_source",
           "resolve_date", "text_sha256"]

#: Where a document's date came from (``date_source``); a record's own value (e.g. the
#: corpus's ``page``, ``url``, ``text``, ``inferred``) is kept as it is.
DATE_SOURCES = {
    "given": "passed by the caller (the date argument, --date)",
    "record": "the record's own date field",
    "page": "the HTML page's own metadata (meta tags, time elements, JSON-LD; read by htmldate)",
    "seeds.csv": "the seed's publication date, recorded in seeds/seeds.csv",
}

#: Where a document's title came from (``title_source``), as ``date_source`` says it of the date.
TITLE_SOURCES = {
    "record": "the record's own title field",
    "page": "the saved HTML page's metadata (its headline, read by trafilatura)",
    "source": "the title given with the briefing's Source by its caller (the seed's: seeds/seeds.csv)",
    "structure": "the headline the structure reader finds in the text (analysis.engine.structure)",
}

#: The document's fields a row carries, after its key and before the figure's fields.
DOCUMENT_FIELDS = ("date", "date_source", "url", "publisher", "title", "title_source")


class Source(NamedTuple):
    """A document's provenance. Every field but ``id`` may be None (not known)."""

    id: str | int | float | None
    path: str | None = None
    url: str | None = None
    publisher: str | None = None
    title: str | None = None
    site: str | None = None
    date: str | None = None
    date_source: str | None = None  # see DATE_SOURCES
    encoding: str | None = None  # of the file read; None for text given as a string
    sha256: str | None = None  # of the document's text as UTF-8 (see text_sha256)
    title_source: str | None = None  # see TITLE_SOURCES; None where there is no title

    def fields(self) -> dict:
        """The :data:`DOCUMENT_FIELDS` of a row.

        >>> Source("a", date="2024-07-18", date_source="given").fields()["date"]
        '2024-07-18'
        """
        return {name: getattr(self, name) for name in DOCUMENT_FIELDS}


def text_sha256(text: str) -> str:
    """The sha256 of a text encoded as UTF-8 (a lone surrogate as U+FFFD).

    >>> text_sha256("破获")[:12]
    '412a5b8928f4'
    """
    return hashlib.sha256(without_lone_surrogates(text).encode("utf-8")).hexdigest()


def document_title(own: object, own_source: str,
                   found: str | None = None) -> tuple[str | None, str | None]:
    """``(title, title_source)``: ``own`` (a non-blank string, stripped) from ``own_source``,
    else the headline ``found`` by the structure reader (``structure``), else ``(None, None)``.
    The one title rule of rows, :class:`~analysis.briefings.briefing.Briefing` and the
    document table.

    >>> document_title(" 其题 ", "record"), document_title("  ", "record", "某市通报")
    (('其题', 'record'), ('某市通报', 'structure'))
    >>> document_title(None, "page")
    (None, None)
    """
    if own_source not in TITLE_SOURCES:
        raise ValueError(f"unknown title source {own_source!r} (one of {', '.join(TITLE_SOURCES)})")
    if isinstance(own, str) and own.strip():
        return own.strip(), own_source
    return (found, "structure") if found else (None, None)


def titled(source: Source, found: str | None) -> Source:
    """``source`` with its own title (where it came from as it says; a caller's source that does
    not say: ``source``), else the headline ``found`` by the structure reader.

    >>> [(s.title, s.title_source) for s in (titled(Source("a"), "某市通报"),
    ...                                       titled(Source("a", title="题"), "某市通报"))]
    [('某市通报', 'structure'), ('题', 'source')]
    """
    title, where = document_title(source.title, source.title_source or "source", found)
    return source._replace(title=title, title_source=where)


def resolve_date(given: str | None, *found: tuple[str | None, str]) -> tuple[str | None, str | None]:
    """``(date, date_source)``: the date given, else the first ``(date, source)`` found.

    >>> resolve_date(None, (None, "page"), ("2023-11-16", "seeds.csv"))
    ('2023-11-16', 'seeds.csv')
    >>> resolve_date("2024-01-02", ("2023-11-16", "page"))
    ('2024-01-02', 'given')
    """
    if given:
        return given, "given"
    return next(((d, where) for d, where in found if d), (None, None))


#: A record's metadata fields that a :class:`Source` keeps (text values only).
_METADATA = ("path", "url", "publisher", "title", "site")


def metadata(record: dict) -> dict:
    """The record's :data:`_METADATA` fields that hold text (others are None).

    >>> metadata({"url": "https://example.org/a.html", "title": 5})["url"], metadata({})["title"]
    ('https://example.org/a.html', None)
    """
    return {name: record[name] if isinstance(record.get(name), str) else None
            for name in _METADATA}


def record_date(record: dict, fallback: str | None = None) -> tuple[str | None, str | None]:
    """``(date, date_source)`` of a record whose date is already checked: its own date
    (where it came from as the record says, else ``record``), else ``fallback`` (``given``).

    >>> record_date({"date": "2024-01-02", "date_source": "page"}), record_date({}, "2023-11-16")
    (('2024-01-02', 'page'), ('2023-11-16', 'given'))
    """
    if record.get("date"):
        where = record.get("date_source")
        return record["date"], where if isinstance(where, str) and where else "record"
    return (fallback, "given") if fallback else (None, None)


def document_fields(record: dict | None, date: str | None = None, found: str | None = None) -> dict:
    """The :data:`DOCUMENT_FIELDS` of a record's rows; ``date`` for a record without its own,
    ``found`` (the structure reader's headline) for a record without a title.

    >>> document_fields({"text": "…", "url": "u"}, "2024-05-01")
    {'date': '2024-05-01', 'date_source': 'given', 'url': 'u', 'publisher': None, 'title': None, 'title_source': None}
    """
    record = record if isinstance(record, dict) else {}
    when, where = record_date(record, date)
    return _record_metadata(Source(None, date=when, date_source=where), record, found).fields()


def _record_metadata(source: Source, record: dict, found: str | None = None) -> Source:
    """``source`` with a record's metadata, its title as :func:`document_title` keeps it."""
    about = metadata(record)
    about["title"], title_source = document_title(about["title"], "record", found)
    return source._replace(**about, title_source=title_source)


def record_source(record: dict, doc_id: object, text: str, date: str | None,
                  fallback: str | None = None) -> Source:
    """The :class:`Source` of a checked record (its ``id``, text and date as checked)."""
    when, where = record_date({**record, "date": date}, fallback)
    return _record_metadata(Source(doc_id, date=when, date_source=where, sha256=text_sha256(text)),
                            record)


def read_document(path: str | Path, date: str | None = None,
                  encoding: str | None = None) -> tuple[str, Source]:
    """The text of a file and its :class:`Source`. A saved HTML page (by its suffix or its
    content) gives its main text (:func:`analysis.engine.pages.page_from_html`); a seed
    recognised by its text gives its recorded date. ``date`` must already be checked.

    Raises :class:`analysis.engine.inputs.InputError` (missing, binary, undecodable, empty;
    :class:`analysis.engine.pages.PageError` for a page without main text) and
    :class:`analysis.engine.known.SeedError` (a file named like a seed whose text differs).
    """
    name = str(path)
    raw, enc, _ = read_input(name, encoding)
    seed_date = known_date(raw, name)
    if not is_html(name, raw):
        when, where = resolve_date(date, (seed_date, "seeds.csv"))
        return raw, Source(Path(name).name, path=name, date=when, date_source=where, encoding=enc,
                           sha256=text_sha256(raw))
    text, source = html_document(raw, date, name=name)
    return text, source._replace(id=Path(name).name, path=name, encoding=enc)


def html_document(html: str, date: str | None = None, url: str | None = None,
                  name: str | None = None) -> tuple[str, Source]:
    """The main text of a page's HTML and its :class:`Source`: its title, site and url, and
    its own date unless ``date`` (checked) is given; :class:`~analysis.engine.pages.PageError`
    when it has no main text."""
    page = page_from_html(html, url, name=name or url or "page")
    when, where = resolve_date(date, (page.date, "page"))
    title, title_source = document_title(page.title, "page")
    return page.text, Source(url or "page", url=page.url, title=title, site=page.site,
                             date=when, date_source=where, sha256=text_sha256(page.text),
                             title_source=title_source)
