"""A briefing as one object: raw text, repaired text, sections, figures, and where it comes
from (:class:`~analysis.engine.provenance.Source`, carried into :meth:`Briefing.frame`)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from functools import cached_property

import pandas as pd

from ..engine.arguments import check_date, check_text
from ..engine.clean import Repaired, clean
from ..engine.figures import Figure, extract
from ..engine.provenance import Source, html_document, read_document, record_source, text_sha256, titled
from ..engine.rows import DocumentError, document, record, section_finder, with_sections
from ..engine.structure import Section, Structure, read_structure, sections_of
from .table import typed_rows

__all__ = ["Briefing"]


@dataclass(frozen=True)
class Briefing:
    """A briefing. ``date`` (``YYYY-MM-DD``) resolves year-less dates.

    >>> from analysis.linxia import seed_briefing
    >>> b = seed_briefing()
    >>> [s.heading for s in b.pillars]
    ['高位部署、尽锐出战', '利剑出鞘、严打整治', '固本培元、守正创新']
    >>> len(b.figures)
    22
    """

    raw: str
    date: str | None = None
    name: str = "briefing"
    provenance: Source | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        check_text(self.raw, "raw")  # at the call, not at the first use
        check_date(self.date)

    @classmethod
    def from_file(cls, path: str | Path, date: str | None = None,
                  encoding: str | None = None) -> "Briefing":
        """A briefing from a text file (UTF-8, GB18030, Big5 … as the command line reads it) or a
        saved HTML page (its main text; its own date when ``date`` is None).

        Raises :class:`~analysis.engine.inputs.InputError` (missing, binary, undecodable; a
        :class:`~analysis.engine.pages.PageError` for a page without main text) and
        :class:`~analysis.engine.rows.DocumentError` for a ``date`` that is no calendar date.
        """
        text, source = read_document(path, check_date(date), encoding)
        return cls(text, source.date, str(source.id), source)

    @classmethod
    def from_record(cls, record: dict, date: str | None = None) -> "Briefing":
        """A briefing from a record ``{"text", "id"?, "date"?, "url"?, "publisher"?, "title"?,
        "site"?, "path"?, "date_source"?}`` (a line of a corpus); ``date`` serves a record
        without its own. :class:`~analysis.engine.rows.DocumentError` says what is wrong."""
        doc_id, text, own = document(record)
        given = check_date(date)
        if isinstance(record.get("sha256"), str) and record["sha256"] != text_sha256(text):
            raise DocumentError(f"record {doc_id!r}: its sha256 does not match its text")
        source = record_source(record, doc_id, text, own, given)
        return cls(text, source.date, "briefing" if doc_id is None else str(doc_id), source)

    @classmethod
    def from_html(cls, html: str, date: str | None = None, url: str | None = None) -> "Briefing":
        """A briefing from a page's HTML: its main text, title, site and (when ``date`` is
        None) its own date; :class:`~analysis.engine.pages.PageError` when it has no main text."""
        text, source = html_document(html, check_date(date), url)
        return cls(text, source.date, str(source.id), source)

    @cached_property
    def source(self) -> Source:
        """Where the briefing comes from (id, path or url, publisher, title, site, date and
        where the date came from, encoding, sha256 of the text); ``date`` is the briefing's; the
        title the source's own (a record's field, a page's headline), else the one the structure
        reader finds (:attr:`title`), else None: :attr:`title_source` says which."""
        return titled(self._given_source(), self.title.text if self.title is not None else None)

    @property
    def title_source(self) -> str | None:
        """Where :attr:`source`'s title came from: ``record``, ``page``, ``source`` (the caller's
        :class:`Source`), ``structure``, or None (no title): see :data:`~analysis.engine.provenance.TITLE_SOURCES`."""
        return self.source.title_source

    def _given_source(self) -> Source:
        """The source as given, its date the briefing's."""
        if self.provenance is not None and self.provenance.date == self.date:
            return self.provenance
        if self.provenance is not None:  # a date passed beside another source's
            return self.provenance._replace(date=self.date, date_source="given" if self.date else None)
        return Source(self.name, date=self.date, date_source="given" if self.date else None,
                      sha256=text_sha256(self.raw))

    @cached_property
    def repaired(self) -> Repaired:
        return clean(self.raw)

    @property
    def text(self) -> str:
        """The repaired, Simplified text."""
        return self.repaired.text

    @cached_property
    def structure(self) -> Structure:
        """Title, dateline, byline, source lines, chrome, headings, items: spans of ``self.text``."""
        return read_structure(self.text)

    @cached_property
    def raw_structure(self) -> Structure:
        """The same structure with its spans in the raw text, through the repair's offset map."""
        return self.structure.mapped(self.repaired.raw_span, self.raw)

    title = property(lambda self: self.structure.title, doc="The headline (a Span) or None.")
    dateline = property(lambda self: self.structure.dateline, doc="The news dateline or None.")
    byline = property(lambda self: self.structure.byline, doc="The reporters' credit or None.")
    source_lines = property(lambda self: self.structure.source_lines, doc="Time stamp and origin lines.")
    chrome = property(lambda self: self.structure.chrome, doc="Page furniture, each with its kind.")
    headings = property(lambda self: self.structure.headings, doc="Headings with form and level.")
    items = property(lambda self: self.structure.items, doc="一是…二是… items.")

    @cached_property
    def sections(self) -> list[Section]:
        return sections_of(self.text, self.structure)

    @property
    def pillars(self) -> list[Section]:
        return [s for s in self.sections if s.kind == "pillar"]

    def subthemes(self, pillar: str | None = None) -> list[Section]:
        return [s for s in self.sections if s.kind == "subtheme" and pillar in (None, s.pillar)]

    @cached_property
    def _finder(self):
        return section_finder(self.sections)

    def section_at(self, pos: int) -> tuple[Section | None, Section | None]:
        """The top-level section and the sub-theme holding repaired-text offset ``pos``."""
        return self._finder(pos)

    def clean_span(self, fig: Figure) -> tuple[int, int]:
        """Where a figure (raw offsets) sits in the repaired text ``self.text``."""
        return self.repaired.clean_index(fig.start), self.repaired.clean_index(fig.end)

    @cached_property
    def figures(self) -> list[Figure]:
        return with_sections(extract(self.raw, self.date, repaired=self.repaired),
                             self.repaired, self.sections)

    def frame(self) -> pd.DataFrame:
        """The figures as a tidy DataFrame (see :func:`analysis.briefings.table.to_frame`), each row led
        by the briefing's provenance: ``doc_id``, ``date``, ``date_source``, ``url``,
        ``publisher``, ``title`` (the source's, else the structure reader's: :attr:`source`) and
        ``title_source`` (:attr:`title_source`).

        >>> from analysis.linxia import seed_briefing
        >>> seed_briefing().frame().loc[0, ["doc_id", "date", "date_source"]].tolist()
        ['000_95ed0723371d1c45.txt', '2023-11-16', 'seeds.csv']
        >>> Briefing("某市召开新闻发布会\\n破获案件12起。", None).frame().loc[0, ["title", "title_source"]].tolist()
        ['某市召开新闻发布会', 'structure']
        """
        about = self.source.fields()
        return typed_rows([record(f, "doc_id", self.source.id, document=about) for f in self.figures])
