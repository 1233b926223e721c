"""The generic walk through any briefing (``notebooks/briefing/walk.ipynb``) and the command
that runs it into HTML (``briefing-figures report FILE``).

Everything here is generic: it reads the briefing's own text, structure and figures, and never
the seed study's curated data. Where the text does not say something (no headings, no figure in
the title), the functions say so instead of guessing.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .briefing import Briefing
from .checks import headline, run_checks
from .intervals import figure_interval, rounding_step
from .paths import NOTEBOOKS

__all__ = ["WALK", "open_briefing", "walk_title", "provenance", "heading_lines", "figures_by_section",
           "headline_figures", "headline_count", "checks", "bounds", "run_walk", "with_parameters"]

#: The generic notebook(s) ``briefing-figures report`` executes, in order.
WALK = (NOTEBOOKS / "briefing" / "walk.ipynb",)
#: Sections of a page that carry no heading of their own, as the table names them.
_UNHEADED = {"lead": "(lead)", "title": "(title)", "subtitle": "(subtitle)", "meta": "(meta)"}
_NOT_QUANTITIES = ("date", "date_range", "datetime", "time", "time_range")


def open_briefing(path: str | None = None, date: str | None = None,
                  record: dict | None = None) -> Briefing:
    """The briefing a walk reads: a record, else a file; :class:`ValueError` when neither is
    given (the walk notebook then reads the seed study's briefing, its example).

    >>> open_briefing(record={"id": "x", "text": "破获刑事案件12起。"}).name
    'x'
    """
    if record is not None:
        return Briefing.from_record(record, date)
    if path is not None:
        return Briefing.from_file(path, date)
    raise ValueError("open_briefing: give a path or a record")


def walk_title(b: Briefing) -> str:
    """The title of a walk's page, from the briefing itself: its headline, else its name.

    >>> walk_title(Briefing("某市召开新闻发布会\\n破获案件12起。", None, "x"))
    'Walk through: 某市召开新闻发布会'
    >>> walk_title(Briefing("破获案件12起。", None, "notes.txt"))
    'Walk through: notes.txt'
    """
    return f"Walk through: {b.title.text if b.title else b.name}"


def provenance(b: Briefing) -> dict:
    """Where the briefing came from (:attr:`Briefing.source`), the fields it knows."""
    return {k: v for k, v in b.source._asdict().items() if v not in (None, "")}


def heading_lines(b: Briefing) -> list[str]:
    """One line per heading, as written on the page (and as read, where the repair changed it),
    or one line saying that none was found."""
    written = b.raw_structure.headings
    if not written:
        return ["no headings found: the page is read as one section"]
    lines = []
    for n, (raw, read) in enumerate(zip(written, b.headings), 1):
        shown = raw.text.replace("\n", " / ")
        tail = "" if read.text == raw.text else f"  →  {read.text.replace(chr(10), ' / ')}"
        lines.append(f"  {n}. [level {raw.level}, {raw.kind}] {shown}{tail}")
    return lines


def _section_label(b: Briefing) -> dict[str, str]:
    return {s.heading: _UNHEADED.get(s.kind, s.heading) for s in b.sections}


def figures_by_section(b: Briefing) -> pd.DataFrame:
    """Every figure with its section: value, unit, qualifier and bounds, change, metric."""
    f = b.frame()
    if f.empty:
        return pd.DataFrame(columns=["section", "text", "value", "unit", "qualifier", "low", "high",
                                     "change", "metric"])
    labels = _section_label(b)
    section = f["section"].map(lambda s: labels.get(s, _UNHEADED.get(s, s)) if isinstance(s, str)
                               else "(none)")
    return pd.DataFrame({"section": section, "text": f["text"], "value": f["value"].astype(str),
                         "unit": f["unit"], "qualifier": f["qualifier"], "low": f["low"],
                         "high": f["high"], "change": f["change_text"].fillna(""),
                         "metric": f["metric"].fillna("")})


def headline_figures(b: Briefing) -> tuple[list, str]:
    """The figures stated in the article's title, and a sentence: the headline figure is the one
    the title gives, so a page without a title, or whose title gives no figure, has none."""
    if b.title is None:
        return [], "no headline figure: no title was found on the page"
    start, end = b.title.start, b.title.end
    inside = [fig for fig in b.figures if start <= b.clean_span(fig)[0] < end
              and fig.unit not in _NOT_QUANTITIES]
    if not inside:
        return [], f"no headline figure: the title ({b.title.text}) states no quantity"
    return inside, f"the title ({b.title.text}) states {len(inside)} figure(s)"


def headline_count(b: Briefing) -> str:
    """The headline count (:func:`analysis.briefings.checks.headline`: the first count of the
    reporting period with a change, attached or stated apart) as a sentence, or why there is none.

    >>> headline_count(Briefing("抓获犯罪嫌疑人300人。", "2023-11-16"))
    'no headline count: no count of the reporting period has a change, attached to it or stated apart in its sentence'
    """
    head = headline(b)
    if head is None:
        return ("no headline count: no count of the reporting period has a change, attached to it or stated "
                "apart in its sentence")
    return f"headline count: {head.text} ({head.metric or head.metric_class or 'no metric read'}), {head.change_text}"


#: The columns of the checks table a reader of the walk sees.
CHECK_COLUMNS = ["name", "result", "figures", "arithmetic", "reason", "premise"]


def checks(b: Briefing) -> tuple[pd.DataFrame, str]:
    """Every check (:func:`analysis.briefings.checks.run_checks`) and a sentence counting the
    results; a skipped check keeps its reason."""
    table = run_checks(b)
    n = table["result"].value_counts()
    if table.empty:
        return table[CHECK_COLUMNS], "no check applies: no level with a change, a stated base or linked sub-counts"
    said = (f"{len(table)} checks: {n.get('pass', 0)} pass, {n.get('fail', 0)} fail, {n.get('skipped', 0)} skipped "
            "(each skipped row says why)")
    return table[CHECK_COLUMNS], said


def bounds(b: Briefing) -> pd.DataFrame:
    """Each quantity's interval from how it is written (:func:`analysis.briefings.intervals.figure_interval`):
    its rounding step where the writing shows one, and what the text allows."""
    rows = []
    for fig in b.figures:
        interval = figure_interval(fig)
        if interval is None:
            continue
        rows.append({"text": fig.text, "unit": fig.unit, "qualifier": fig.qualifier,
                     "rounding step": _shown(rounding_step(fig)), "low": _shown(interval.low),
                     "high": _shown(interval.high)})
    return pd.DataFrame(rows, columns=["text", "unit", "qualifier", "rounding step", "low", "high"])


def _shown(x: float | None) -> str:
    """A bound as a person reads it: ``17.55``, ``487,500,000``, ``∞``; empty for none.

    >>> [_shown(17.55), _shown(4.875e8), _shown(float("inf")), _shown(None)]
    ['17.55', '487,500,000', '∞', '']
    """
    if x is None:
        return ""
    return "∞" if x == float("inf") else format(x, ",.12g")


def run_walk(path: str, date: str | None, out_dir: Path, timeout: int = 300) -> list[Path]:
    """Execute each generic notebook on ``path`` (papermill's parameters) into ``out_dir``: the
    executed notebook and its HTML, titled from the briefing (:func:`walk_title`). Returns the
    HTML pages."""
    import nbformat
    from papermill.iorw import load_notebook_node

    from .notebooks import execute_notebook, write_html

    out_dir.mkdir(parents=True, exist_ok=True)
    title = walk_title(Briefing.from_file(path, date))
    written = []
    for nb_path in WALK:
        nb = with_parameters(load_notebook_node(str(nb_path)),
                             path=str(Path(path).resolve()), date=date)
        nb.metadata["title"] = title
        execute_notebook(nb, nb_path.parent, timeout)
        nbformat.write(nb, out_dir / nb_path.name)
        written.append(write_html(nb, out_dir / (nb_path.stem + ".html")))
    return written


def with_parameters(nb, **parameters):
    """``nb`` (read by papermill's ``load_notebook_node``) with papermill's
    ``injected-parameters`` cell after the ``parameters`` cell."""
    from papermill.parameterize import parameterize_notebook

    return parameterize_notebook(nb, {k: v for k, v in parameters.items() if v is not None})

