"""The figure engine: repair scraped text, read numbers and dates, find every figure and the
briefing's structure, and explain each reading.

This layer depends only on the standard library, numpy and OpenCC; its data ships in
the package (``data/``) and loads with :mod:`importlib.resources`. pandas, matplotlib and the
notebook helpers live in :mod:`analysis` above it.

>>> from analysis.engine import extract
>>> [(f.value, f.measure_word) for f in extract("破获刑事案件1680起")]
[(1680, '起')]
"""
from .clean import clean, repair
from .figures import Explanation, Figure, explain, extract
from .structure import split_sections

__all__ = ["Explanation", "Figure", "clean", "explain", "extract", "repair", "split_sections"]
