"""Chart helpers shared by the notebooks: one look, Chinese glyphs without a system font."""
from __future__ import annotations

from functools import lru_cache

import matplotlib
import seaborn as sns
from matplotlib import font_manager

from .engine.glossary import gloss

__all__ = ["setup", "label", "bounded_bars", "QUALIFIER_MARK"]

#: How a qualifier is marked next to a value in a chart.
QUALIFIER_MARK = {"at_least": "≥", "nearly": "<", "about": "≈", "at_most": "≤", "exact": "",
                  "range": ""}
PALETTE = {"figure": "#3b6ea5", "derived": "#b0b0b0", "bound": "#c44e52", "context": "#8c8c8c"}


@lru_cache(maxsize=1)
def _cjk_family() -> str:
    import noto_cjk_sans_otc

    path = str(noto_cjk_sans_otc.FONT_PATH)
    font_manager.fontManager.addfont(path)
    return font_manager.FontProperties(fname=path).get_name()


def setup() -> str:
    """Seaborn theme, then the bundled Noto Sans CJK first in the sans-serif list.

    Returns the CJK font family name.
    """
    family = _cjk_family()
    sns.set_theme(style="whitegrid", context="notebook")  # resets fonts: must come first
    matplotlib.rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["figure.dpi"] = 100
    matplotlib.rcParams["svg.hashsalt"] = "briefing-figures"
    return family


def label(term: str, english: str | None = None) -> str:
    """Bilingual label, English first: ``Crackdown 利剑出鞘、严打整治``.

    >>> label("利剑出鞘、严打整治")
    'Crackdown 利剑出鞘、严打整治'
    >>> label("未知词")
    '未知词'
    """
    en = english or gloss(term)
    return f"{en} {term}" if en else term


def bounded_bars(ax, labels, values, qualifiers=None, colors=None, unit: str = ""):
    """Horizontal bars; a lower bound (at_least) gets an arrow past its bar, a
    nearly/at_most value a left-pointing one, so bounds are drawn, not hidden."""
    qualifiers = qualifiers or ["exact"] * len(values)
    colors = colors or [PALETTE["figure"]] * len(values)
    ys = range(len(values))
    ax.barh(list(ys), values, color=colors)
    ax.set_yticks(list(ys), labels)
    ax.invert_yaxis()
    span = max(values) if values else 1
    for y, v, q in zip(ys, values, qualifiers):
        mark = QUALIFIER_MARK.get(q, "")
        if q == "at_least":
            ax.annotate("", xy=(v + span * 0.12, y), xytext=(v, y),
                        arrowprops={"arrowstyle": "->", "color": PALETTE["bound"], "lw": 2})
        elif q in ("nearly", "at_most"):
            ax.annotate("", xy=(v - span * 0.12, y), xytext=(v, y),
                        arrowprops={"arrowstyle": "->", "color": PALETTE["bound"], "lw": 2})
        ax.text(v + span * (0.14 if q == "at_least" else 0.01), y, f" {mark}{v:,g}{unit}",
                va="center", fontsize=9)
    ax.set_xlim(0, span * 1.35)
    return ax
