"""The seed study: the Linxia prefecture briefing of 16 November 2023 (``seeds/``), read with the
generic briefing analysis (:mod:`analysis.briefings`) and the study's own curated data in
``data/`` (the claims ledger, the timeline's events, populations, the translation, the codes).

>>> from analysis.linxia import seed_briefing
>>> seed_briefing().name
'000_95ed0723371d1c45.txt'
"""
from .seed import seed_briefing

__all__ = ["seed_briefing"]
