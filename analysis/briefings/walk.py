"""The generic walk through any briefing (``notebooks/briefing/walk.ipynb``) and the command
that runs it into HTML (``briefing-figures report FILE``).

Everything here is generic: it reads the briefing's own text, structure and figures, and never
the seed study's curated data. Where the text does not say something (no headings, no figure in
the title), the functions say so instead of guessing.
"""
from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path

from ..engine.inputs import InputError
from ..engine.writers import MissingExtra

#: What the walk and ``report`` import from the ``notebooks`` extra.
NOTEBOOK_MODULES = ("pandas", "matplotlib", "nbformat", "nbconvert", "papermill", "ipykernel")


def check_notebooks_extra(modules: tuple[str, ...] = NOTEBOOK_MODULES) -> None:
    """:class:`~analysis.engine.writers.MissingExtra` naming the modules of ``modules`` that
    are not installed and how to install them (``report`` exits 2 with it, as ``--format
    parquet`` does without pyarrow).

    >>> check_notebooks_extra(("json", "no_such_module_here"))
    Traceback (most recent call last):
    ...
    analysis.engine.writers.MissingExtra: the walk needs no_such_module_here, which is not installed: install the `notebooks` extra (make env, or uv sync --locked --extra notebooks; pip install 'briefing-figures[notebooks]')
    """
    missing = [m for m in modules if find_spec(m) is None]
    if missing:
        raise MissingExtra(f"the walk needs {', '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} "
                           "not installed: install the `notebooks` extra (make env, or uv sync --locked "
                           "--extra notebooks; pip install 'briefing-figures[notebooks]')")


check_notebooks_extra()  # on import: before pandas, so a missing extra is said, not a traceback

import pandas as pd  # noqa: E402

from ..engine.rows import document  # noqa: E402
from ..engine.vocab import INFIX_QUALIFIERS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS  # noqa: E402
from .briefing import Briefing  # noqa: E402
from .checks import headline, run_checks  # noqa: E402
from .corpus import load_corpus  # noqa: E402
from .links import HEADLINE  # noqa: E402
from .intervals import figure_interval, rounding_step  # noqa: E402
from .paths import NOTEBOOKS, ROOT, SEEDS  # noqa: E402

__all__ = ["WALK", "EXAMPLE", "open_briefing", "walk_title", "provenance", "heading_lines", "figures_by_section",
           "headline_sentence", "headline_figures", "checks", "counted", "bounds_said", "bounds", "run_walk",
           "with_parameters", "RECORD_SUFFIXES", "walk_parameters", "one_record", "NOTEBOOK_MODULES",
           "check_notebooks_extra"]

#: The generic notebook(s) ``briefing-figures report`` executes, in order.
WALK = (NOTEBOOKS / "briefing" / "walk.ipynb",)
#: Sections of a page that carry no heading of their own, as the table names them.
_UNHEADED = {"lead": "(lead)", "title": "(title)", "subtitle": "(subtitle)", "meta": "(meta)"}
_NOT_QUANTITIES = ("date", "date_range", "datetime", "time", "time_range")


#: The briefing a walk reads when given none: a file of ``seeds/`` and its publication date,
#: read as any briefing would be (the generic walk never imports the seed study).
EXAMPLE = (SEEDS / "000_95ed0723371d1c45.txt", "2023-11-16")


def open_briefing(path: str | None = None, date: str | None = None,
                  record: dict | None = None) -> Briefing:
    """The briefing a walk reads: a record, else a file, else the file of :data:`EXAMPLE` with
    its date, read as any text file.

    >>> open_briefing(record={"id": "x", "text": "破获刑事案件12起。"}).name
    'x'
    >>> open_briefing().date
    '2023-11-16'
    """
    if record is not None:
        return Briefing.from_record(record, date)
    if path is not None:
        return Briefing.from_file(path, date)
    return Briefing.from_file(EXAMPLE[0], date or EXAMPLE[1])


def walk_title(b: Briefing) -> str:
    """The title of a walk's page, from the briefing itself: its headline, else its name.

    >>> walk_title(Briefing("某市召开新闻发布会\\n破获案件12起。", None, "x"))
    'Walk through: 某市召开新闻发布会'
    >>> walk_title(Briefing("破获案件12起。", None, "notes.txt"))
    'Walk through: notes.txt'
    """
    return f"Walk through: {b.title.text if b.title else b.name}"


def provenance(b: Briefing) -> dict:
    """Where the briefing came from (:attr:`Briefing.source`), the fields it knows but its title
    (the walk prints that on its own line); a path inside the repository relative to it (the
    same in every clone).

    >>> provenance(open_briefing())["path"]
    'seeds/000_95ed0723371d1c45.txt'
    """
    known = {k: v for k, v in b.source._asdict().items() if v not in (None, "") and k != "title"}
    if isinstance(known.get("path"), str) and Path(known["path"]).is_relative_to(ROOT):
        known["path"] = Path(known["path"]).relative_to(ROOT).as_posix()
    return known


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


def headline_sentence(b: Briefing) -> str:
    """The headline figure (:func:`analysis.briefings.checks.headline`, the one definition the
    checks and the document table share) as a sentence that says what it is, and whether the
    title states it; or why there is none.

    >>> headline_sentence(Briefing("抓获犯罪嫌疑人300人，同比上升20%。", "2023-11-16"))
    'headline figure: 300人 (抓获犯罪嫌疑人), 同比上升20%; the first level of the reporting period with a metric class, in text order (a briefing leads with what it counts most; a title that states one comes first), with its change where the text gives one'
    >>> headline_sentence(Briefing("今日无事。", None)).split(":")[0]
    'no headline figure'
    """
    head = headline(b)
    if head is None:
        return f"no headline figure: no level of the reporting period has a metric class (the headline is {HEADLINE})"
    change = f", {head.change_text}" if head.change_text else ", no change stated"
    where = " (stated in the title)" if b.title and b.title.start <= b.clean_span(head)[0] < b.title.end else ""
    return f"headline figure: {head.text} ({head.metric or head.metric_class}){change}{where}; {HEADLINE}"


def headline_figures(b: Briefing) -> tuple[list, str]:
    """The headline figure (:func:`headline_sentence`'s, the one definition) as a list of none or
    one, and its sentence."""
    head = headline(b)
    return ([] if head is None else [head]), headline_sentence(b)


#: The columns of the checks table a reader of the walk sees.
CHECK_COLUMNS = ["name", "result", "figures", "arithmetic", "reason", "premise"]


def checks(b: Briefing) -> tuple[pd.DataFrame, str]:
    """Every check (:func:`analysis.briefings.checks.run_checks`) and a sentence counting the
    results; a skipped check keeps its reason."""
    table = run_checks(b)
    n = table["result"].value_counts()
    if table.empty:
        return table[CHECK_COLUMNS], "no check applies: no level with a change, a stated base or linked sub-counts"
    said = (f"{counted(len(table), 'check', 'checks')}: {n.get('pass', 0)} pass, {n.get('fail', 0)} "
            f"fail, {n.get('skipped', 0)} skipped (each skipped row says why)")
    return table[CHECK_COLUMNS], said


#: The columns of the bounds table.
BOUND_COLUMNS = ["text", "unit", "qualifier", "rounding step", "low", "high", "note"]


def _about_word(fig) -> str:
    """The word that makes ``fig`` approximate (约, 左右, …; the engine's qualifier vocabulary)."""
    words = [w for w, q in PREFIX_QUALIFIERS + SUFFIX_QUALIFIERS + tuple(INFIX_QUALIFIERS.items()) if q == "about"]
    return next((w for w in words if w in fig.text), "an approximate qualifier")


def _bound_row(fig) -> dict | None:
    """One figure's row of :func:`bounds`; None for a figure that is no quantity (a date)."""
    interval = figure_interval(fig)
    row = {"text": fig.text, "unit": fig.unit, "qualifier": fig.qualifier, "rounding step": "", "low": "",
           "high": "", "note": ""}
    if interval is None:
        if fig.qualifier != "about" or fig.unit in _NOT_QUANTITIES:
            return None
        return {**row, "note": f"no bound: {_about_word(fig)} gives none"}
    high = _shown(interval.high) + (" (excluded)" if interval.high_open else "")
    return {**row, "rounding step": _shown(rounding_step(fig)), "low": _shown(interval.low), "high": high}


def bounds(b: Briefing) -> pd.DataFrame:
    """Each quantity's interval from how it is written (:func:`analysis.briefings.intervals.figure_interval`):
    its rounding step where the writing shows one (then ``[x − ½u, x + u)``, rounded to nearest
    or truncated), and what the text allows; a figure written with 约 or 左右 is listed with no
    bound (``note``)."""
    rows = [r for r in map(_bound_row, b.figures) if r is not None]
    return pd.DataFrame(rows, columns=BOUND_COLUMNS)


def bounds_said(b: Briefing, table: pd.DataFrame) -> str:
    """A sentence counting the rows of :func:`bounds` and what was left out (dates, and
    figures with no number)."""
    rounded = int((table["rounding step"] != "").sum())
    unbounded = int((table["note"] != "").sum())
    open_top = int((table["high"] == "∞").sum())
    left = len(b.figures) - len(table)
    return (f"{counted(len(table), 'quantity', 'quantities')}: {rounded} written rounded (a decimal or a 万/亿 "
            f"place), {open_top} with no upper bound in the text, {unbounded} with no bound at all (约, 左右); "
            f"{counted(left, 'figure', 'figures')} left out (dates, and figures without a number)")


def counted(n: int, one: str, many: str) -> str:
    """``n`` and its noun, singular for 1.

    >>> counted(1, "check", "checks"), counted(0, "figure", "figures")
    ('1 check', '0 figures')
    """
    return f"{n} {one if n == 1 else many}"


def _shown(x: float | None) -> str:
    """A bound as a person reads it: ``17.55``, ``487,500,000``, ``∞``; empty for none.

    >>> [_shown(17.55), _shown(4.875e8), _shown(float("inf")), _shown(None)]
    ['17.55', '487,500,000', '∞', '']
    """
    if x is None:
        return ""
    return "∞" if x == float("inf") else format(x, ",.12g")


#: Suffixes of a JSON Lines file: ``report`` reads the one record it holds, not its text.
RECORD_SUFFIXES = (".jsonl", ".ndjson")


def one_record(path: str | Path) -> dict:
    """The one record of a JSON Lines file, checked as a corpus line is;
    :class:`~analysis.engine.inputs.InputError` for a file of no record or several, a line
    that is not a record, or a bad ``date``."""
    try:
        records = load_corpus(path)
        for record in records:
            document(record)
    except ValueError as err:  # JSON, a record without text, a bad id or date (DocumentError)
        raise InputError(f"{path}: not a JSON Lines file of one briefing ({err})") from None
    if len(records) != 1:
        raise InputError(f"{path}: holds {len(records)} records, and a walk reads one briefing: "
                         "give a file of one record (figures --batch reads a whole corpus)")
    return records[0]


def walk_parameters(path: str, date: str | None) -> dict:
    """The walk's parameters for a file: the record of a JSON Lines file
    (:data:`RECORD_SUFFIXES`, :func:`one_record`), else the file's absolute path; and ``date``."""
    if Path(path).suffix.lower() in RECORD_SUFFIXES:
        return {"path": None, "date": date, "record": one_record(path)}
    return {"path": str(Path(path).resolve()), "date": date, "record": None}


def run_walk(path: str, date: str | None, out_dir: Path, timeout: int = 300) -> list[Path]:
    """Execute each generic notebook on ``path`` (papermill's parameters: a text file, a saved
    page, or a JSON Lines file of one record, :func:`walk_parameters`) into ``out_dir``: the
    executed notebook and its HTML, titled from the briefing (:func:`walk_title`). Returns the
    HTML pages."""
    import nbformat
    from papermill.iorw import load_notebook_node

    from .notebooks import execute_notebook, write_html

    parameters = walk_parameters(path, date)
    title = walk_title(open_briefing(**parameters))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for nb_path in WALK:
        nb = with_parameters(load_notebook_node(str(nb_path)), **parameters)
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

