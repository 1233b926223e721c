"""The project's English translation of the repaired text, aligned by sentence.

``data/translation.csv`` keys each English sentence to ``NNN-hash8`` of its Simplified
source sentence (:func:`analysis.briefings.sentences.sentence_key`), so a change in the repair turns
up as an unmatched key rather than a misaligned row. Each row also lists the figures found
in its sentence (``figures``: ``index:text``), the anchors the annotated view links to.
"""
from __future__ import annotations

import html

import pandas as pd

from ..briefings.briefing import Briefing
from ..briefings.paths import DATA
from ..briefings.sentences import sentence_at, sentences
from .keyed import require_seed, rows_for

__all__ = ["TRANSLATION", "NOTICE", "load_translation", "translation_frame", "translation_html"]

TRANSLATION = DATA / "translation.csv"
NOTICE = "English: the project's own translation, sentence by sentence; the Chinese is authoritative."


def load_translation() -> pd.DataFrame:
    """``data/translation.csv``: key, en, note (keys unique, no blank translation)."""
    df = pd.read_csv(TRANSLATION, dtype="string", keep_default_na=False)
    assert df["key"].is_unique, "translation.csv: a duplicated key"
    assert df["en"].str.strip().ne("").all(), "translation.csv: a blank translation"
    return df


def _figure_anchors(b: Briefing) -> dict[int, list[str]]:
    """Sentence index -> ``index:text`` of each figure in it (text as in the repaired sentence)."""
    sents = sentences(b.text)
    anchors: dict[int, list[str]] = {}
    for f in b.figures:
        start, last = b.repaired.clean_index(f.start), b.repaired.clean_index(f.end - 1)
        s = sentence_at(sents, start)
        if s is not None:
            anchors.setdefault(s.index, []).append(f"{f.index}:{b.text[start:last + 1]}")
    return anchors


def translation_frame(b: Briefing) -> pd.DataFrame:
    """One row a sentence: sentence, key, zh, en (None where no translation matches), figures,
    note; :class:`~analysis.linxia.keyed.NotTheSeed` for another briefing (the translation is the seed's)."""
    require_seed(b, "translation_frame()", "The project translates the seed only; another briefing's "
                 "sentences are analysis.briefings.sentences.sentences(b.text).")
    tr = rows_for(load_translation(), b).set_index("key")
    anchors = _figure_anchors(b)
    rows = []
    for s in sentences(b.text):
        hit = tr.loc[s.key] if s.key in tr.index else None
        rows.append({"sentence": s.index, "key": s.key, "zh": s.text,
                     "en": None if hit is None else str(hit["en"]),
                     "figures": " ".join(anchors.get(s.index, [])),
                     "note": "" if hit is None else str(hit["note"])})
    return pd.DataFrame(rows)


#: Where the translation's CSV is, relative to the notebooks and to the report pages.
CSV_LINK = "../data/translation.csv"


def translation_html(b: Briefing) -> str:
    """A two-column table, Chinese beside English, each figure anchor as ``#fig-N``."""
    df = translation_frame(b)
    rows = []
    for r in df.itertuples():
        figs = " ".join(f'<a href="#fig-{a.split(":", 1)[0]}">[{html.escape(a)}]</a>'
                        for a in r.figures.split())
        en = html.escape(r.en) if r.en else "<em>(no translation for this sentence)</em>"
        note = f"<br><small><em>{html.escape(r.note)}</em></small>" if r.note and r.note != "nan" else ""
        rows.append(f'<tr id="s-{r.key}"><td lang="zh-Hans" style="text-align:left">{html.escape(r.zh)}</td>'
                    f'<td lang="en" style="text-align:left">{en}{note}<br><small>{figs}</small></td></tr>')
    return (f"<p><small>{html.escape(NOTICE)} The table's source: "
            f'<a href="{CSV_LINK}">data/translation.csv</a>.</small></p><table class="translation">'
            '<thead><tr><th style="text-align:left">Chinese (repaired text)</th>'
            '<th style="text-align:left">English</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")
