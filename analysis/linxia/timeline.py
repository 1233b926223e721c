"""The campaign in its world: periods with interval bounds, and a chart that draws them.

Dates the sources give only to a window (the campaign began "late September"; theme
education ran "from April") keep both ends: every row has ``start_low``/``start_high`` and
``end_low``/``end_high``; an open end (``..`` in EDTF) is None.

>>> edtf_bounds("2023-04")
(datetime.date(2023, 4, 1), datetime.date(2023, 4, 30))
>>> edtf_bounds(".."), edtf_bounds("2023-12-18")
(None, (datetime.date(2023, 12, 18), datetime.date(2023, 12, 18)))
>>> edtf_bounds("[2022-09-15..2022-12-07]")  # one day in a window
(datetime.date(2022, 9, 15), datetime.date(2022, 12, 7))
"""
from __future__ import annotations

import datetime as dt

import pandas as pd

from ..briefings.briefing import Briefing
from ..briefings.checks import campaign_window
from ..briefings.intervals import edtf_bounds, edtf_period, edtf_range, end_window
from .keyed import require_seed, rows_for
from .ledger import load_world_csv
from ..briefings.plots import LEGEND_SIZE, PALETTE, period_span

__all__ = ["edtf_bounds", "edtf_period", "campaign_periods", "plot_timeline", "KIND_COLOURS", "KIND_LABELS"]

#: One colour per kind of period, from the shared palette: this campaign is the briefing's own
#: (reported), its base period is implied (derived); the other kinds have their own entries.
KIND_KEYS = {"this campaign": "reported", "base period": "derived", "national campaign": "national campaign",
             "political campaign": "political campaign", "disaster": "disaster", "briefing": "briefing",
             "pandemic controls": "pandemic controls", "political event": "political event"}
KIND_COLOURS = {kind: PALETTE[key] for kind, key in KIND_KEYS.items()}


def _row(label, label_zh, kind, start, end, source, mirror, note=""):
    return {"label": label, "label_zh": label_zh, "kind": kind,
            "start_low": start[0] if start else None, "start_high": start[1] if start else None,
            "end_low": end[0] if end else None, "end_high": end[1] if end else None,
            "source": source, "source_is_mirror": mirror, "note": note}


def _shift_year(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)


def _briefing_rows(b: Briefing) -> list[dict]:
    start_fig, length, date = campaign_window(b)
    if start_fig is None or length is None or not date or start_fig.value.startswith("X"):
        return []
    start = edtf_range(start_fig.value)
    briefing = (dt.date.fromisoformat(date),) * 2
    end = end_window(start, length.value)
    # the first stage is undated: it ended on a day from its start to the briefing, so its end is
    # a window back to the start (drawn hatched), and so is the base period's a year earlier
    stage_end = (start[1], briefing[1])
    base = tuple(_shift_year(d, -1) for d in start), tuple(_shift_year(d, -1) for d in stage_end)
    src = "the briefing (its figures)"
    return [
        _row("Base period: the same weeks a year earlier", "同比基期", "base period", *base, src, "yes",
             "implied by 同比; the period is not stated; it ends when the first stage's year-earlier twin does"),
        _row(f"Autumn Wind, {length.value} days", "“秋风”专项行动", "this campaign", start, end, src, "yes",
             f"start {start_fig.text}; end = start + {length.value} days"),
        _row("First stage (results briefed)", "行动第一阶段", "this campaign", start, stage_end, src, "yes",
             "undated: it ended on a day up to the briefing"),
        _row("The briefing", "新闻发布会", "briefing", briefing, briefing, src, "yes")]


def campaign_periods(b: Briefing) -> pd.DataFrame:
    """The seed's own periods (from its figures, labelled with its campaign's name) and the
    sourced events of ``data/world/events.csv`` written for it; :class:`~analysis.linxia.keyed.NotTheSeed`
    for another briefing."""
    require_seed(b, "campaign_periods()", "For another briefing, analysis.briefings.checks.campaign_window "
                 "gives the start, length and date its text states; its campaign's name and events are not curated.")
    rows = _briefing_rows(b)
    for e in rows_for(load_world_csv("events.csv"), b).itertuples():
        start, end = edtf_period(e.date)
        rows.append(_row(e.event, e.event_zh, e.kind, start, end, e.source_url, e.source_is_mirror, e.note))
    df = pd.DataFrame(rows)
    return df.sort_values("start_low", kind="stable").reset_index(drop=True)


def plot_timeline(ax, periods: pd.DataFrame, right: dt.date):
    """One row per period: solid where certain, hatched where a bound is a window, an arrow
    where the end is open, a diamond for a single day."""
    for y, r in enumerate(periods.itertuples()):
        colour = KIND_COLOURS.get(r.kind, PALETTE["context"])
        if r.start_low == r.end_high:
            ax.plot([r.start_low], [y], marker="D", color=colour, markersize=8)
            continue
        end_low, end_high = (r.end_low, r.end_high) if r.end_low else (right, right)
        if r.start_high < end_low:
            period_span(ax, y, r.start_high, end_low, colour)
        for a, b in ((r.start_low, r.start_high), (end_low, end_high)):
            if a < b:
                period_span(ax, y, a, b, colour, window=True)
        if r.end_low is None:
            ax.annotate("", xy=(right + dt.timedelta(days=12), y), xytext=(right, y),
                        arrowprops={"arrowstyle": "->", "color": colour, "lw": 2})
    ax.set_yticks(range(len(periods)), [f"{r.label} {r.label_zh}" for r in periods.itertuples()])
    ax.invert_yaxis()
    ax.legend(handles=_legend_handles(periods), loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2,
              fontsize=LEGEND_SIZE, frameon=False)
    return ax


#: What each kind of period is, for the legend.
KIND_LABELS = {"this campaign": "this campaign (the briefing's dates) 本次行动", "base period": "base period (implied) 同比基期",
               "pandemic controls": "pandemic controls 疫情防控措施",
               "national campaign": "national campaign 全国行动", "political campaign": "political campaign 政治运动",
               "political event": "political event 政治事件",
               "disaster": "disaster 灾害", "briefing": "the briefing 发布会"}


def _legend_handles(periods: pd.DataFrame):
    """One patch per kind of period drawn (its colour), then how dates are drawn."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    grey = PALETTE["context"]
    kinds = [Patch(color=KIND_COLOURS[k], alpha=0.85, label=KIND_LABELS[k])
             for k in KIND_COLOURS if k in set(periods["kind"])]
    return kinds + [Patch(color=grey, alpha=0.85, label="known dates 已知"),
                    Patch(facecolor=grey, alpha=0.35, hatch="///", edgecolor=grey, label="a bound known only to a window 区间"),
                    Line2D([], [], color=grey, marker=">", lw=2, label="open end 未结束/未知"),
                    Line2D([], [], color=grey, marker="D", lw=0, label="a single day 单日")]
