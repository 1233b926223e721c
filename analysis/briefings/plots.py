"""Chart helpers shared by the notebooks: one look, one palette, Chinese glyphs without a
system font, and alt text on every image.

A notebook starts with :func:`setup` and shows each chart with :func:`show`, which closes the
figure and displays it as a PNG whose text form (and, in the HTML report, its ``alt``) is a
sentence saying what the chart shows.
"""
from __future__ import annotations

import base64
import datetime as dt
import io
from functools import lru_cache

import matplotlib
import matplotlib.pyplot as plt
import seaborn as sns
from matplotlib import font_manager

from ..engine.glossary import gloss

__all__ = ["setup", "show", "label", "bounded_bars", "stacked_segments", "facet_bars",
           "interval_rows", "window_timeline", "stacked_counts", "rate_curve", "period_span", "meaning_legend",
           "QUALIFIER_MARK", "PALETTE", "MEANING", "LEGEND_SIZE"]

#: How a qualifier is marked next to a value in a chart.
QUALIFIER_MARK = {"at_least": "≥", "nearly": "<", "about": "≈", "at_most": "≤", "exact": "",
                  "range": ""}

#: One meaning per colour, in every notebook.
MEANING = {
    "reported": "a figure as the briefing or a source gives it",
    "derived": "a number computed here (remainder, implied base), not stated",
    "uncertain": "a bound, a window, or a part that may not belong",
    "context": "another campaign, area or year",
    "measured": "a count of the text itself (edits, characters, figures, statements)",
    "absent": "nothing measurable: a statement with no figure",
    # kinds of period in the campaign's timeline (notebook 06)
    "national campaign": "a national campaign (the Ministry's)",
    "political campaign": "a political campaign (Party or province)",
    "disaster": "a disaster",
    "briefing": "the day of the briefing",
    "pandemic controls": "pandemic controls in force (local)",
}
PALETTE = {"reported": "#3b6ea5", "derived": "#a8a8a8", "uncertain": "#c44e52", "context": "#5f5f5f",
           "measured": "#3f8f7f", "absent": "#e2e2e2", "national campaign": "#b8860b",
           "political campaign": "#8172b2", "disaster": "#dd8452", "briefing": "#222222",
           "pandemic controls": "#55a868", "political event": "#937860"}
PALETTE.update(figure=PALETTE["reported"], bound=PALETTE["uncertain"])  # older names, same meaning
LABEL_SIZE = 11
LEGEND_SIZE = 10  # never smaller
#: How a date known only to a window is drawn, in every chart: the period's colour, hatched.
WINDOW_STYLE = {"alpha": 0.35, "hatch": "///"}


@lru_cache(maxsize=1)
def _cjk_family() -> str:
    import noto_cjk_sans_otc

    path = str(noto_cjk_sans_otc.FONT_PATH)
    font_manager.fontManager.addfont(path)
    return font_manager.FontProperties(fname=path).get_name()


def setup() -> str:
    """Everything a notebook needs before its first chart or table: the seaborn theme, the
    bundled Noto Sans CJK first in the sans-serif list, readable sizes, stable output, and
    pandas display width. Returns the CJK font family name."""
    import pandas as pd

    family = _cjk_family()
    sns.set_theme(style="whitegrid", context="notebook")  # resets fonts: must come first
    matplotlib.rcParams.update({
        "font.sans-serif": [family, "DejaVu Sans"], "font.family": "sans-serif",
        "axes.unicode_minus": False, "figure.dpi": 100, "svg.hashsalt": "briefing-figures",
        "font.size": LABEL_SIZE, "axes.titlesize": 12, "axes.labelsize": LABEL_SIZE,
        "xtick.labelsize": LABEL_SIZE - 1, "ytick.labelsize": LABEL_SIZE - 1,
        "legend.fontsize": LEGEND_SIZE})
    pd.set_option("display.max_colwidth", 80)
    return family


def show(fig, alt: str) -> None:
    """Display ``fig`` as a PNG with ``alt`` as its text form and image metadata (the HTML
    report turns it into the ``alt`` attribute), then close it."""
    from IPython.display import display

    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    display({"image/png": base64.b64encode(buf.getvalue()).decode("ascii"), "text/plain": alt},
            raw=True, metadata={"image/png": {"alt": alt}})


def label(term: str, english: str | None = None, brackets: bool = False) -> str:
    """Bilingual label, English first: ``Crackdown 利剑出鞘、严打整治`` on a chart, ``Crackdown
    (利剑出鞘、严打整治)`` in prose (``brackets``).

    >>> label("利剑出鞘、严打整治"), label("利剑出鞘、严打整治", brackets=True)
    ('Crackdown 利剑出鞘、严打整治', 'Crackdown (利剑出鞘、严打整治)')
    >>> label("未知词")
    '未知词'
    """
    en = english or gloss(term)
    if not en:
        return term
    return f"{en} ({term})" if brackets else f"{en} {term}"


def bounded_bars(ax, labels, values, qualifiers=None, colors=None, unit: str = ""):
    """Horizontal bars; a lower bound (at_least) gets an arrow past its bar, a
    nearly/at_most value a left-pointing one, so bounds are drawn, not hidden."""
    qualifiers = qualifiers or ["exact"] * len(values)
    colors = colors or [PALETTE["reported"]] * len(values)
    ys = list(range(len(values)))
    ax.barh(ys, values, color=colors)
    ax.set_yticks(ys, labels)
    ax.invert_yaxis()
    span = max(values) if values else 1
    for y, v, q in zip(ys, values, qualifiers):
        if q in ("at_least", "nearly", "at_most"):
            step = span * (0.12 if q == "at_least" else -0.12)
            ax.annotate("", xy=(v + step, y), xytext=(v, y),
                        arrowprops={"arrowstyle": "->", "color": PALETTE["uncertain"], "lw": 2})
        ax.text(v + span * (0.14 if q == "at_least" else 0.01), y, f" {QUALIFIER_MARK.get(q, '')}{v:,g}{unit}",
                va="center")
    ax.set_xlim(0, span * 1.35)
    return ax


def stacked_segments(ax, segments, total: float, y: float = 0, height: float = 0.5, step: float = 0.22):
    """One horizontal bar split into segments ``(label, value, colour_key)``, each labelled on
    the chart: its value inside (when wide enough) and its name on its own line above the bar,
    joined to its segment by a leader line."""
    left = 0
    for level, (name, value, key) in enumerate(segments):
        ax.barh(y, value, left=left, color=PALETTE[key], edgecolor="white", height=height,
                hatch="//" if key == "derived" else None)
        if value >= total * 0.08:
            ax.text(left + value / 2, y, f"{value:g}", ha="center", va="center",
                    color="black" if key in ("derived", "absent") else "white")
        top = y - height / 2 - 0.08 - step * (len(segments) - 1 - level)
        right = left + value / 2 > total / 2  # right half: the label ends at the segment's end
        ax.annotate(f"{name}: {value:g}", xy=(left + value / 2, y - height / 2),
                    xytext=(left + value if right else left, top), ha="right" if right else "left", va="bottom", arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.8})
        left += value
    ax.set_xlim(0, total * 1.02)
    ax.set_yticks([])
    return ax


def facet_bars(ax, facets: dict, total: float):
    """One bar per facet of a total (e.g. by place listed, by crime): segments within a facet
    exclude each other; facets may overlap, so they are drawn on separate rows."""
    rows = list(facets.items())
    gap = 0.6 + 0.22 * max(len(s) for _, s in rows)
    for y, (facet, segments) in enumerate(rows):
        stacked_segments(ax, segments, total, y=y * gap, height=0.4)
    ax.set_yticks([y * gap for y in range(len(rows))], [f for f, _ in rows])
    ax.set_ylim((len(rows) - 1) * gap + 0.3, -gap + 0.1)
    return ax


FLOOR_LABEL = "a floor: the true value may be higher (arrow) 下限"


MIRROR_LABEL = "hollow dot: the source is a mirror or copy 镜像来源"


def interval_rows(ax, labels, lows, highs, keys, reference: float | None = None,
                  reference_label: str = "", digits: int | None = None, meanings: dict | None = None,
                  floors=None, mirrors=None):
    """One row per item: a bar from low to high with a dot at its middle, coloured by
    meaning; with ``digits``, the interval written beside each bar; a row marked in ``floors``
    is a lower bound and gets an arrow pointing right (its value may be higher). A legend
    below the chart explains each colour (``meanings``: key -> label, default :data:`MEANING`),
    the optional dashed reference line and the arrow; a row marked in ``mirrors`` (its source
    is a mirror or copy) gets a hollow dot instead of words in its label."""
    ys = list(range(len(labels)))
    floors = list(floors) if floors is not None else [False] * len(ys)
    mirrors = list(mirrors) if mirrors is not None else [False] * len(ys)
    reach = 0.08 * max(highs)
    for y, lo, hi, key, floor, mirror in zip(ys, lows, highs, keys, floors, mirrors):
        ax.plot([lo, hi], [y, y], color=PALETTE[key], lw=8, solid_capstyle="butt")
        ax.plot([(lo + hi) / 2], [y], "o", color=PALETTE[key], ms=8,  # visible even when lo ≈ hi
                mfc="white" if mirror else PALETTE[key], mew=2)
        if floor:
            ax.annotate("", xy=(hi + reach, y), xytext=(hi, y),
                        arrowprops={"arrowstyle": "->", "color": PALETTE[key], "lw": 2})
        if digits is not None:
            text = f"{lo:.{digits}f}" if f"{lo:.{digits}f}" == f"{hi:.{digits}f}" else f"{lo:.{digits}f}–{hi:.{digits}f}"
            ax.text(hi + (reach if floor else 0), y, f"  {'≥ ' if floor else ''}{text}", va="center",
                    fontsize=LEGEND_SIZE)
    ax.set_yticks(ys, labels)
    ax.invert_yaxis()
    extra = []
    if reference is not None:
        extra = [ax.axvline(reference, color=PALETTE["context"], ls="--", lw=1, label=reference_label)]
    if any(floors):
        from matplotlib.lines import Line2D

        extra.append(Line2D([], [], color=PALETTE["context"], marker=">", lw=2, label=FLOOR_LABEL))
    if any(mirrors):
        from matplotlib.lines import Line2D

        extra.append(Line2D([], [], color=PALETTE["context"], marker="o", mfc="white", mew=2, lw=0,
                            label=MIRROR_LABEL))
    meaning_legend(ax, list(dict.fromkeys(keys)), meanings, extra=extra)
    return ax


def meaning_legend(ax, keys, meanings: dict | None = None, extra=(), ncol: int = 1, **where):
    """A legend below the figure (unless ``where`` places it on the axes) with one patch per colour key,
    labelled by ``meanings`` or :data:`MEANING`, plus ``extra`` handles (lines, markers)."""
    from matplotlib.patches import Patch

    meanings = meanings or {}
    handles = [Patch(color=PALETTE[k], label=meanings.get(k, MEANING.get(k, k))) for k in keys] + list(extra)
    if where:
        ax.legend(handles=handles, frameon=False, fontsize=LEGEND_SIZE, ncol=ncol, **where)
    else:  # below the figure, clear of the axis label, whatever the chart's height
        ax.figure.tight_layout()
        ax.figure.legend(handles=handles, frameon=False, fontsize=LEGEND_SIZE, ncol=ncol,
                         loc="upper center", bbox_to_anchor=(0.5, 0))
    return ax


def period_span(ax, y, a: dt.date, b: dt.date, colour, window: bool = False, height: float = 0.5, label=None):
    """A period from day ``a`` to day ``b`` (both counted) as a bar on row ``y``: solid where the
    dates are known, hatched and pale (:data:`WINDOW_STYLE`) where a bound is known only to a window."""
    style = WINDOW_STYLE if window else {"alpha": 0.85, "hatch": None}
    ax.barh(y, (b - a).days + 1, left=a, height=height, color=colour, edgecolor=colour if window else None,
            linewidth=0, label=label, **style)
    return ax


def window_timeline(ax, start, end, day: dt.date, labels: dict):
    """A campaign whose start and end are windows: the certain span solid, the two windows
    hatched (as in every timeline), and a marked day (the briefing)."""
    import matplotlib.dates as mdates

    period_span(ax, 0, start[1], end[0], PALETTE["reported"], height=0.35, label=labels["certain"])
    for i, ((a, z), name) in enumerate(((start, labels["start"]), (end, labels["end"]))):
        period_span(ax, 0, a, z, PALETTE["reported"], window=True, height=0.35,
                    label=labels["possible"] if i == 0 else None)
        ax.text(a, 0.3, name)
    ax.axvline(day, color=PALETTE["briefing"], lw=1.5)
    ax.text(day, -0.42, f" {labels['day']} {day:%d %b %Y}")
    ax.set_yticks([])
    ax.set_ylim(-0.5, 0.55)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=2, frameon=False, fontsize=LEGEND_SIZE)
    return ax


def stacked_counts(ax, table, colors, legend):
    """Horizontal stacked bars from a table (rows: groups; columns: parts) with a bilingual
    legend below the chart."""
    table.plot.barh(stacked=True, color=colors, ax=ax, legend=False)
    ax.invert_yaxis()
    ax.set_ylabel("")
    ax.legend(legend, loc="upper center", bbox_to_anchor=(0.5, -0.25), ncol=len(legend), frameon=False,
              fontsize=LEGEND_SIZE)
    return ax


def rate_curve(ax, lengths, rates, reference, window: tuple, labels: dict):
    """A rate as a function of an unknown length, against a reference rate (a dashed line) or a
    band of reference rates (``(low, high)``, shaded), with the window of lengths the text
    allows hatched."""
    ax.plot(lengths, rates, color=PALETTE["reported"], label=labels["curve"])
    if isinstance(reference, tuple):
        ax.axhspan(*reference, color=PALETTE["context"], alpha=0.18, lw=0, label=labels["reference"])
    else:
        ax.axhline(reference, color=PALETTE["context"], ls="--", label=labels["reference"])
    ax.axvspan(*window, facecolor="none", edgecolor=PALETTE["reported"], label=labels["window"], **WINDOW_STYLE)
    ax.legend(loc="upper right", frameon=False, fontsize=LEGEND_SIZE)
    return ax
