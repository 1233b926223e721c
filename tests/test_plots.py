"""Charts share one palette, legends of at least 10 pt, and one way of drawing a window of dates."""
import datetime as dt

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from analysis.briefings.plots import LEGEND_SIZE, MEANING, PALETTE, interval_rows, period_span, window_timeline  # noqa: E402
from analysis.linxia.timeline import KIND_COLOURS  # noqa: E402


def test_every_colour_has_one_meaning():
    meanings = {k: v for k, v in PALETTE.items() if k in MEANING}
    assert len(set(meanings.values())) == len(meanings)  # no two meanings share a colour
    assert set(KIND_COLOURS.values()) <= set(PALETTE.values())  # the timeline's kinds come from the palette


def test_interval_rows_explain_their_colours_in_a_legend_of_at_least_10_pt():
    fig, ax = plt.subplots()
    interval_rows(ax, ["a", "b"], [1, 2], [1.5, 2.5], ["reported", "context"], reference=2.0, reference_label="ref",
                  digits=1)
    texts = [t for lg in fig.legends for t in lg.get_texts()]
    written = [t.get_text() for t in ax.texts]
    plt.close(fig)
    assert [t.get_text() for t in texts] == [MEANING["reported"], MEANING["context"], "ref"]
    assert all(t.get_fontsize() >= LEGEND_SIZE >= 10 for t in texts)
    assert any("1.0–1.5" in w for w in written)


def test_a_window_is_hatched_in_every_timeline():
    fig, ax = plt.subplots()
    period_span(ax, 0, dt.date(2023, 9, 21), dt.date(2023, 9, 30), PALETTE["reported"], window=True)
    period_span(ax, 1, dt.date(2023, 10, 1), dt.date(2023, 10, 5), PALETTE["reported"])
    window_timeline(ax, (dt.date(2023, 9, 21), dt.date(2023, 9, 30)), (dt.date(2023, 12, 29), dt.date(2024, 1, 7)),
                    dt.date(2023, 11, 16), {"certain": "c", "possible": "w", "start": "s", "end": "e", "day": "d"})
    hatches = [p.get_hatch() for p in ax.patches]
    plt.close(fig)
    assert hatches[:2] == ["///", None]
    assert hatches.count("///") == 3  # the window above and the timeline's two windows; no red shading


def test_a_floor_is_drawn_with_an_arrow_and_explained():
    from analysis.briefings.plots import FLOOR_LABEL

    fig, ax = plt.subplots()
    interval_rows(ax, ["floor", "interval"], [1, 2], [1.5, 2.5], ["reported", "context"], digits=1,
                  floors=[True, False])
    arrows = [t for t in ax.texts if getattr(t, "arrow_patch", None) is not None]
    written = [t.get_text() for t in ax.texts]
    legend = [t.get_text() for lg in fig.legends for t in lg.get_texts()]
    plt.close(fig)
    assert len(arrows) == 1 and FLOOR_LABEL in legend
    assert any("≥ 1.0–1.5" in w for w in written) and any(w.strip() == "2.0–2.5" for w in written)
