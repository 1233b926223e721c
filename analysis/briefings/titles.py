"""A document's title and where it came from (``title_source``): the one rule that
:meth:`analysis.briefings.briefing.Briefing.frame` and the document table
(:func:`analysis.briefings.documents.document_row`) share.

The title is the one the document comes with — a record's own ``title`` field, a saved page's
headline from its metadata, a title the caller's :class:`~analysis.engine.provenance.Source`
gives — else the headline the structure reader finds in the repaired text
(:func:`analysis.engine.structure.read_structure`), else none. A blank title is no title.
"""
from __future__ import annotations

from ..engine.structure import Span

__all__ = ["TITLE_SOURCES", "document_title"]

#: Where a document's title came from (``title_source``), as ``date_source`` says it of the date.
TITLE_SOURCES = {
    "record": "the record's own title field",
    "page": "the saved HTML page's metadata (its headline, read by trafilatura)",
    "source": "the title given with the briefing's Source by its caller (the seed's: seeds/seeds.csv)",
    "structure": "the headline the structure reader finds in the text (analysis.engine.structure)",
}


def document_title(own: object, own_source: str, found: Span | None) -> tuple[str | None, str | None]:
    """``(title, title_source)``: ``own`` (a non-blank string, stripped) from ``own_source``,
    else the structure reader's headline ``found`` (``structure``), else ``(None, None)``.

    >>> document_title(" 其题 ", "record", None)
    ('其题', 'record')
    >>> document_title("  ", "record", Span(0, 4, "某市通报"))
    ('某市通报', 'structure')
    >>> document_title(None, "page", None)
    (None, None)
    """
    if own_source not in TITLE_SOURCES:
        raise ValueError(f"unknown title source {own_source!r} (one of {', '.join(TITLE_SOURCES)})")
    if isinstance(own, str) and own.strip():
        return own.strip(), own_source
    return (found.text, "structure") if found is not None else (None, None)
