"""The repaired briefing as HTML, every figure highlighted with its reading on hover."""
from __future__ import annotations

import html

from .briefing import Briefing
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
    value = f.value if isinstance(f.value, str) else f"{QUALIFIER_MARK.get(f.qualifier, '')}{f.value:,}"
    parts = [f"value: {value} {f.measure_word or f.unit or ''}".rstrip(), f"qualifier: {f.qualifier}"]
    if f.change_pct is not None:
        parts.append(f"change: {f.change_pct:+g}% ({f.change_basis or 'basis not stated'})")
    parts.append(f"metric: {f.metric or '—'}" + (f" ({f.metric_en})" if f.metric_en else ""))
    if f.parent is not None:
        parts.append(f"part of figure #{f.parent}")
    return f"#{f.index} " + "; ".join(parts)


def annotated_html(b: Briefing) -> str:
    """HTML of the repaired text with a ``<mark title=…>`` around each figure."""
    text, rep = b.text, b.repaired
    spans = []
    for f in b.figures:
        a, z = rep.clean_index(f.start), rep.clean_index(f.end)
        spans.append((a, z, f))
    kinds = {(s.start, s.end): s for s in b.sections if s.kind != "subtheme"}
    out = [STYLE, '<div class="briefing">']
    for start, end in sorted(kinds):
        sec = kinds[(start, end)]
        cls = {"title": "title", "aside": "aside", "pillar": "pillar"}.get(sec.kind, "")
        tag = f'<span class="tag">{html.escape(sec.kind)}: {html.escape(sec.heading)}</span>' \
            if sec.kind == "pillar" else ""
        body, cur = [], start
        for a, z, f in spans:
            if start <= a < end:
                body.append(html.escape(text[cur:a]))
                cls_m = " ".join(c for c in ("change" if f.change_pct is not None else "",
                                             "bound" if f.qualifier not in ("exact",) else "") if c)
                body.append(f'<mark class="{cls_m}" title="{html.escape(_tip(f))}">'
                            f"{html.escape(text[a:z])}</mark>")
                cur = z
        body.append(html.escape(text[cur:end]))
        out.append(f'<p class="{cls}">{tag}{"".join(body)}</p>')
    out.append("</div>")
    return "\n".join(out)
