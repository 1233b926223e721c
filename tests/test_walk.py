"""The generic walk notebook (``notebooks/briefing/walk.ipynb``) on the seed and on real briefings
of different shapes from the held-out sets, and ``briefing-figures report``.

Each briefing's notebook is executed once (module fixture); the headings it prints are compared
with the structure labels (``tests/cases/structure-docs.jsonl``), which were written from the
text before the code ran on it.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytest.importorskip("papermill")

from analysis.__main__ import EXIT_INPUT, main  # noqa: E402
from analysis import Briefing  # noqa: E402
from analysis.briefings.checks import headline, run_checks  # noqa: E402
from analysis.briefings.documents import document_row  # noqa: E402
from analysis.briefings.links import HEADLINE  # noqa: E402
from analysis.briefings.notebooks import WRAP_CELLS, execute_notebook  # noqa: E402
from analysis.briefings.walk import WALK, bounds, bounds_said, checks, open_briefing, with_parameters  # noqa: E402

CASES = Path(__file__).parent / "cases"
NOTEBOOK = WALK[0]

#: Shapes the walk must read, each a labelled page of a held-out set (its id, its set).
SHAPES = {
    "numbered headings, (一)": ("h3-guangzhou2021", "heldout3"),
    "heading lines": ("ho-yuncheng2021", "heldout"),
    "bracketed and line headings": ("h7-xiamen2016", "heldout7"),
    "no headings": ("h2-guangdong2022", "heldout2"),
    "Traditional, Hong Kong": ("h2-hk2024", "heldout2"),
    "a short news item": ("h2-putian2021", "heldout2"),
    "a long damaged scrape": ("h4-lvliang2020", "heldout4"),
}
#: What the seed study's curated data is reached by: the walk must use none of it.
SEED_ONLY = ("analysis.linxia.context", "analysis.linxia.baseline", "analysis.linxia.ledger", "analysis.linxia.timeline",
             "analysis.linxia.world", "analysis.linxia.statements", "analysis.linxia.translation", "data/context",
             "data/world", "data/codes.csv", "data/translation.csv")
_HEADING = re.compile(r"^  \d+\. \[level \d+, [^\]]+\] (.*?)(?:  →  .*)?$")


def _jsonl(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {d["id"]: d for d in map(json.loads, fh)}


LABELS = _jsonl(CASES / "structure-docs.jsonl")


def _page(doc_id: str, heldout: str) -> dict:
    return _jsonl(CASES / f"{heldout}-docs.jsonl")[doc_id]


def _run(**parameters):
    import nbformat
    from papermill.iorw import load_notebook_node

    nb = with_parameters(load_notebook_node(str(NOTEBOOK)), **parameters)
    return nbformat.from_dict(execute_notebook(nb, NOTEBOOK.parent, timeout=120))


#: The shape run through ``briefing-figures report`` (a file and --date), not as a record.
THROUGH_REPORT = "heading lines"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """``briefing-figures report`` on one page's text file: its exit status and output folder."""
    import nbformat

    page = _page(*SHAPES[THROUGH_REPORT])
    folder = tmp_path_factory.mktemp("report")
    text = folder / "page.txt"
    text.write_text(page["text"], encoding="utf-8")
    status = main(["report", str(text), "--date", page["date"], "-o", str(folder / "out")])
    executed = folder / "out" / NOTEBOOK.name
    return status, folder / "out", nbformat.read(executed, as_version=4) if executed.exists() else None


@pytest.fixture(scope="module")
def runs(report):
    """Each shape's executed notebook (the page passed as a record, one through the report
    command), and the seed's (no parameter)."""
    done = {"seed": _run(), THROUGH_REPORT: report[2]}
    for shape, (doc_id, heldout) in SHAPES.items():
        if shape == THROUGH_REPORT:
            continue
        page = _page(doc_id, heldout)
        record = {k: page.get(k) for k in ("id", "text", "date", "url")}
        done[shape] = _run(record=record)
    return done


def _outputs(nb, kind: str) -> list[dict]:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
            if o.get("output_type") == kind or o.get("name") == kind]


def _printed(nb) -> list[str]:
    return "".join(o["text"] for o in _outputs(nb, "stdout")).splitlines()


def test_the_walk_reads_none_of_the_seed_studys_curated_data():
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    sources = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
    sources.append((Path(__file__).parents[1] / "analysis" / "briefings" / "walk.py").read_text(encoding="utf-8"))
    relative = re.compile(r"from \.(context|baseline|ledger|timeline|world|statements|translation)\b")
    for source in sources:
        assert not [name for name in SEED_ONLY if name in source]
        assert not relative.search(source)


def test_the_labelled_pages_are_the_held_out_pages():
    for doc_id, heldout in SHAPES.values():
        assert LABELS[doc_id]["text"] == _page(doc_id, heldout)["text"]


@pytest.mark.parametrize("shape", ["seed", *SHAPES])
def test_no_cell_errs_and_nothing_is_missing_from_the_font(runs, shape):
    nb = runs[shape]
    assert not _outputs(nb, "error")
    assert not [o for o in _outputs(nb, "stderr") if "Glyph" in o["text"] or "Error" in o["text"]]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_the_structure_printed_is_the_labelled_one(runs, shape):
    printed = _printed(runs[shape])
    start = printed.index("structure:") + 1
    headings = [m.group(1) for line in printed[start:] if (m := _HEADING.match(line))]
    labelled = [h["text"] for h in LABELS[SHAPES[shape][0]]["headings"]]
    assert headings == labelled
    if not labelled:
        assert printed[start] == "no headings found: the page is read as one section"


@pytest.mark.parametrize("shape", ["seed", *SHAPES])
def test_one_headline_is_named_and_said_what_it_is(runs, shape):
    printed = _printed(runs[shape])
    said = [line for line in printed if line.startswith(("no headline figure: ", "headline figure: "))]
    assert len(said) == 1 and HEADLINE in said[0]
    assert not [line for line in printed if line.startswith(("headline count", "no headline count"))]


def test_the_seeds_headline_is_the_same_in_walk_checks_and_documents(runs):
    b = open_briefing()
    head = headline(b)
    row = document_row({"id": b.name, "text": b.raw, "date": b.date})
    assert (head.text, head.change_pct) == ("237起", 178.8)
    assert (row["headline_value"], row["headline_change_pct"]) == (head.value, head.change_pct)
    assert [line for line in _printed(runs["seed"]) if line.startswith("headline figure: 237起 ")]


def test_without_parameters_the_walk_reads_the_seed(runs):
    assert "id: 000_95ed0723371d1c45.txt" in _printed(runs["seed"])


def test_the_short_item_headline_is_its_titles_amount(runs):
    """莆田今年前10个月止付电信诈骗涉案资金超3.5亿元: the title states one quantity, 3.5亿元."""
    said = [line for line in _printed(runs["a short news item"]) if line.startswith("headline figure: ")]
    assert said and said[0].startswith("headline figure: 超3.5亿元") and "(stated in the title)" in said[0]


def test_the_bounds_say_what_the_code_does_and_list_about_figures():
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    prose = next("".join(c["source"]) for c in cells if "".join(c["source"]).startswith("## Bounds"))
    assert "[x − ½u, x + u)" in prose and "half its last written step" not in prose
    b = Briefing("抓获嫌疑人约200人，缴获毒品17.6公斤，破获案件12起，11月16日。", "2023-11-16")
    table = bounds(b)
    said = bounds_said(b, table)
    about = table[table["text"].str.contains("约")]
    assert about["note"].tolist() == ["no bound: 约 gives none"] and about["low"].tolist() == [""]
    kilo = table[table["text"] == "17.6公斤"].iloc[0]
    assert (kilo["low"], kilo["high"]) == ("17.55", "17.7 (excluded)")
    assert said.endswith("1 figure left out (dates, and figures without a number)")


def test_checks_are_counted_in_good_english():
    assert checks(Briefing("破获刑事案件10起，同比上升50%。", "2023-11-16"))[1].startswith("1 check: ")


def test_the_html_wraps_table_cells_and_shows_premises_whole(report):
    _, folder, _ = report
    html = (folder / "walk.html").read_text(encoding="utf-8")
    assert WRAP_CELLS in html
    premises = set(run_checks(Briefing.from_file(folder.parent / "page.txt"))["premise"])
    assert premises and all(p.replace("'", "&#39;") in html or p in html for p in premises)


def test_report_writes_the_walk_as_html(report):
    status, folder, _ = report
    assert status == 0
    html = (folder / "walk.html").read_text(encoding="utf-8")
    assert "打击网络电信诈骗" in html and "扫黑除恶" in html


def test_the_reports_title_is_the_briefings_own(report):
    """The page is titled from the briefing read, never from the seed (issue 20, item 7)."""
    _, folder, _ = report
    html = (folder / "walk.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
    labelled = LABELS[SHAPES[THROUGH_REPORT][0]]["title"]  # this page has none: its file's name
    assert title == f"Walk through: {labelled['text'] if labelled else 'page.txt'}"
    assert not [n for n in ("临夏", "秋风", "Linxia", "Autumn Wind") if n in title]


def test_report_on_a_missing_file_exits_with_the_input_status(tmp_path, capsys):
    assert main(["report", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out")]) == EXIT_INPUT
    assert "missing.txt" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_report_to_an_unwritable_place_exits_7_naming_the_path(tmp_path, capsys):
    text = tmp_path / "b.txt"
    text.write_text("破获刑事案件12起。", encoding="utf-8")
    taken = tmp_path / "taken"
    taken.write_text("a file, not a folder", encoding="utf-8")
    assert main(["report", str(text), "-o", str(taken)]) == 7
    err = capsys.readouterr().err
    assert str(taken) in err and "cannot write the report" in err


def _record_file(folder: Path, *records: dict) -> Path:
    path = folder / "briefing.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_report_on_a_json_lines_record_walks_the_record_not_its_json(tmp_path):
    """A JSON Lines file of one record is read as that record (its text, date and title), never
    as a text of JSON with no figure in it."""
    import nbformat

    page = _page(*SHAPES["a short news item"])
    record = {k: page.get(k) for k in ("id", "text", "date", "url")}
    source = _record_file(tmp_path, record)
    assert main(["report", str(source), "-o", str(tmp_path / "out")]) == 0
    printed = "".join(o.get("text", "") for c in nbformat.read(tmp_path / "out" / NOTEBOOK.name, as_version=4).cells
                      if c.cell_type == "code" for o in c.get("outputs", []))
    want = Briefing.from_record(record)
    assert f"id: {record['id']}" in printed and f"date: {record['date']}" in printed
    assert f"{len(want.figures)} figures in {len(want.raw)} characters" in printed and want.figures


@pytest.mark.parametrize("records,why", [
    ([{"id": "a", "text": "破获案件1起。"}, {"id": "b", "text": "破获案件2起。"}], "holds 2 records"),
    ([], "empty input"),
    ([{"id": "a", "text": "破获案件1起。", "date": "2023-13-45"}], "not a calendar date"),
    ([{"id": "a"}], "no text"),
])
def test_report_refuses_a_json_lines_file_that_is_not_one_briefing(tmp_path, capsys, records, why):
    source = _record_file(tmp_path, *records)
    assert main(["report", str(source), "-o", str(tmp_path / "out")]) == EXIT_INPUT
    err = capsys.readouterr().err
    assert str(source) in err and why in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_report_without_the_notebooks_extra_says_what_to_install(tmp_path):
    """Without pandas (the `notebooks` extra, which a bare ``uv sync --locked`` leaves out)
    ``report`` exits 2 naming the extra, as ``--format parquet`` does without pyarrow, instead of
    exit 6 with a ModuleNotFoundError."""
    import subprocess
    import sys

    from analysis.briefings.paths import ROOT

    text = tmp_path / "b.txt"
    text.write_text("破获刑事案件12起。", encoding="utf-8")
    hidden = ("import sys; sys.modules['pandas'] = None; from analysis.__main__ import main; "
              "sys.exit(main(['report', sys.argv[1], '-o', sys.argv[2]]))")
    proc = subprocess.run([sys.executable, "-c", hidden, str(text), str(tmp_path / "out")],
                          capture_output=True, cwd=ROOT, timeout=120)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "the walk needs pandas" in err and "`notebooks` extra" in err, err
    assert "Traceback" not in err and not (tmp_path / "out").exists()
