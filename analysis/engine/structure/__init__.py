"""The structure of a briefing page: title, dateline, byline, source lines, chrome, headings
(with forms and levels), ``一是…`` items, and the sections figures are placed in.

>>> s = read_structure("某市召开发布会\\n一、严打犯罪\\n破获刑事案件12起。一是打击盗窃，破案3起。二是整治场所。")
>>> s.title.text, [(h.name, h.kind, h.level) for h in s.headings], [i.name for i in s.items]
('某市召开发布会', [('严打犯罪', 'numbered_cn', 1)], ['打击盗窃', '整治场所'])
"""
from __future__ import annotations

from .page import read_structure
from .sections import Section, sections_of, split_sections
from .spans import Span, Structure

__all__ = ["Section", "Span", "Structure", "read_structure", "sections_of", "split_sections"]
