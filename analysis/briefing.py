"""A briefing as one object: raw text, repaired text, sections, figures."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from .engine.arguments import check_date, check_text
from .engine.clean import Repaired, clean
from .engine.figures import Figure, extract
from .engine.rows import section_finder, with_sections
from .seed import SEED, load_seed, seed_info
from .engine.structure import Section, Structure, read_structure, sections_of
from .table import to_frame

__all__ = ["Briefing"]


@dataclass(frozen=True)
class Briefing:
    """A briefing. ``date`` (``YYYY-MM-DD``) resolves year-less dates.

    >>> b = Briefing.seed()
    >>> [s.heading for s in b.pillars]
    ['高位部署、尽锐出战', '利剑出鞘、严打整治', '固本培元、守正创新']
    >>> len(b.figures)
    22
    """

    raw: str
    date: str | None = None
    name: str = "briefing"

    def __post_init__(self) -> None:
        check_text(self.raw, "raw")  # at the call, not at the first use
        check_date(self.date)

    @classmethod
    def seed(cls) -> "Briefing":
        """The project's seed briefing, checksum verified."""
        return cls(load_seed(), seed_info()["published"], SEED.name)

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
        """The figures as a tidy DataFrame (see :func:`analysis.table.to_frame`)."""
        return to_frame(self.figures)
