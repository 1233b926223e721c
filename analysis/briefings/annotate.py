"""The repaired briefing as HTML, every figure highlighted with its reading on hover."""
from __future__ import annotations

import html

from .briefing import Briefing
from .intervals import figure_interval
from .plots import QUALIFIER_MARK

__all__ = ["annotated_html"]

STYLE = """<style>
.briefing{font-family:'Noto Sans CJK SC','Noto Sans CJK JP',sans-serif;line-height:1.9;max-width:46em}
.briefing p{margin:.6em 0}.briefing .title{font-weight:bold;font-size:1.15em}
.briefing .aside{color:#888;font-style:italic}
.briefing mark{background:#ffe9a8;border-bottom:2px solid #d9a400;padding:0 1px;cursor:help}
.briefing mark.change{background:#ffd3c9;border-bottom-color:#c44e52}
.briefing mark.bound{border-bottom-style:dashed}
.briefing .pillar{border-left:4px solid #3b6ea5;padding-left:.6em}
.briefing .tag{font-size:.75em;color:#3b6ea5;display:block}
</style>"""


def _tip(f) -> str:
    parts = [f"value: {_value(f)} {f.measure_word or f.unit or ''}".rstrip(), f"qualifier: {f.qualifier}"]
    if _is_bound(f) and (iv := figure_interval(f)) is not None:
        whole = all(float(x).is_integer() for x in (iv.low, iv.high) if abs(x) != float("inf"))
        parts.append(f"the text allows: {iv.fmt(0 if whole else 2)}")
    if f.change_pct is not None:
        parts.append(f"change: {f.change_pct:+g}% ({f.change_basis or 'basis not stated'})")
    parts.append(f"metric: {f.metric or '—'}" + (f" ({f.metric_en})" if f.metric_en else ""))
    if f.parent is not None:
        parts.append(f"part of figure #{f.parent}")
    return f"#{f.index} " + "; ".join(parts)


def _value(f) -> str:
    """The value as the tip shows it: a date as written, a number with its qualifier mark,
    ``—`` for a change given alone (no level)."""
    if f.value is None:
        return "—"
    if isinstance(f.value, str):
        return f.value
    return f"{QUALIFIER_MARK.get(f.qualifier, '')}{f.value:,}"


def _is_bound(f) -> bool:
    """A figure the text does not give as a point: a qualifier (余, 以上, 约 …) or a rounded
    total (4.88亿, 17.6公斤: :func:`analysis.briefings.intervals.figure_interval`)."""
    if f.qualifier not in (None, "exact"):
        return True
    iv = figure_interval(f)
    return iv is not None and iv.low != iv.high


def _mark(f, shown: str) -> str:
    classes = [c for c, on in (("change", f.change_pct is not None), ("bound", _is_bound(f))) if on]
    return (f'<mark id="fig-{f.index}" class="{" ".join(classes)}" title="{html.escape(_tip(f))}">'
            f'{html.escape(shown)}</mark>')


def _paragraph(sec, text: str, spans: list, k: int) -> tuple[str, int]:
    """One top-level section as ``<p>``, marking the figures from ``spans[k]`` on that start
    inside it; returns the HTML and the index of the first figure after the section."""
    body, cur = [], sec.start
    while k < len(spans) and spans[k][0] < sec.end:
        a, z, _, f = spans[k]
        k += 1
        if a < cur:  # starts inside the figure just marked: shown once, inside that mark
            continue
        z = min(z, sec.end)
        body += [html.escape(text[cur:a]), _mark(f, text[a:z])]
        cur = z
    body.append(html.escape(text[cur:sec.end]))
    cls = sec.kind if sec.kind in ("title", "aside", "pillar") else ""
    tag = (f'<span class="tag">{html.escape(sec.kind)}: {html.escape(sec.heading)}</span>'
           if sec.kind == "pillar" else "")
    return f'<p class="{cls}">{tag}{"".join(body)}</p>', k


def annotated_html(b: Briefing) -> str:
    """HTML of the repaired text with a ``<mark title=…>`` around each figure.

    Each character of a top-level section appears once, in text order; the work is linear in
    the text and the number of figures.
    """
    spans = sorted((*b.clean_span(f), i, f) for i, f in enumerate(b.figures))
    out, k = [STYLE, '<div class="briefing">'], 0
    for sec in sorted((s for s in b.sections if s.kind != "subtheme"), key=lambda s: s.start):
        while k < len(spans) and spans[k][0] < sec.start:  # outside every section
            k += 1
        paragraph, k = _paragraph(sec, b.text, spans, k)
        out.append(paragraph)
    out.append("</div>")
    return "\n".join(out)
