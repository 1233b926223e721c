"""Chinese police-campaign press briefings: repair the scraped text, find its structure,
and normalise every figure with its provenance.

>>> from analysis import Briefing
>>> b = Briefing.seed()
>>> b.figures[3].text, b.figures[3].value, b.figures[3].change_pct
('237起', 237, 178.8)
"""
from .briefing import Briefing
from .clean import clean, repair
from .figures import Figure, extract
from .table import to_frame

__all__ = ["Briefing", "Figure", "extract", "to_frame", "clean", "repair"]
