"""Who spoke, who attended, the unanswered Q&A, and the derived tables of the campaign's world.

The press-release formula (主持 / 通报 / 回答记者提问 / 参加发布会) is read with the rules in
``data/world/roles.csv``; nothing here names a person or an outlet.

:func:`world_derived` returns the files for ``data/derived/`` (name -> content), byte-stable
for the same seed and code, for :func:`analysis.linxia.report.write_derived` to write.
"""
from __future__ import annotations

import re

import pandas as pd

from ..briefings.briefing import Briefing
from ..briefings.table import frame_csv
from .keyed import is_seed
from .ledger import checklist, claims, load_world_csv
from .timeline import campaign_periods
from .translation import translation_frame

__all__ = ["speakers", "qa_headings", "world_derived"]

_LIST_SEP = re.compile(r"、|和|及")
#: A heading that announces reporters' questions (记者提问, 答记者问, 记者问).
_QA_HEADING = re.compile(r"记者提?问")


def speakers(b: Briefing) -> pd.DataFrame:
    """One row per person or outlet named in a role of the press-release formula."""
    rows = []
    for rule in load_world_csv("roles.csv").itertuples():
        for m in re.finditer(rule.pattern, b.text):
            who = m.group("who").strip("，、 ")
            parts = _LIST_SEP.split(who) if rule.role == "outlets attending" else [who]
            rows += [{"role": rule.role, "role_zh": rule.role_zh, "who": p.strip(), "phrase": m.group()}
                     for p in parts if p.strip()]
    return pd.DataFrame(rows, columns=["role", "role_zh", "who", "phrase"])


def qa_headings(b: Briefing) -> pd.DataFrame:
    """Headings announcing reporters' questions, with what follows them in the text."""
    rows = []
    secs = b.sections
    for i, s in enumerate(secs):
        if s.kind == "aside" and _QA_HEADING.search(s.heading):
            nxt = next((x for x in secs[i + 1:] if x.kind != "subtheme"), None)
            rows.append({"heading": s.heading, "start": s.start, "body_chars": s.end - s.start - len(s.heading),
                         "next_section": None if nxt is None else nxt.heading,
                         "next_kind": None if nxt is None else nxt.kind})
    return pd.DataFrame(rows, columns=["heading", "start", "body_chars", "next_section", "next_kind"])


def world_derived(b: Briefing) -> dict[str, str]:
    """``claims.csv`` and ``checklist.csv`` as text, for any briefing (the claims carry the
    curated judgements written for it, none for another than the seed); for the seed also
    ``timeline.csv`` and ``translation.csv``, which exist for it alone."""
    out = {"claims.csv": frame_csv(claims(b)), "checklist.csv": frame_csv(checklist(b))}
    if is_seed(b):
        out |= {"timeline.csv": frame_csv(campaign_periods(b)), "translation.csv": frame_csv(translation_frame(b))}
    return out
