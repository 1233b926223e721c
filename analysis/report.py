"""Build everything derived from the seed: ``python -m analysis.report``.

Writes ``data/derived/`` (figures.csv, clean.txt, sections.csv, checks.csv) and, unless
``--data-only``, executes every notebook into ``reports/NN-….html`` with an index page and
the annotated briefing. Stops with a clear message if the seed was altered.
"""
from __future__ import annotations

import argparse
import html
import os
import sys
import tempfile
from pathlib import Path

from .annotate import annotated_html
from .briefing import Briefing
from .checks import run_checks
from .paths import DERIVED, NOTEBOOKS, REPORTS
from .seed import SeedError

__all__ = ["write_derived", "build_reports", "execute_notebook"]


def write_derived(b: Briefing, folder: Path = DERIVED) -> list[Path]:
    """Regenerate the derived data files (byte-identical for the same seed and code)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {
        "figures.csv": b.frame().to_csv(index=False, lineterminator="\n"),
        "clean.txt": b.text if b.text.endswith("\n") else b.text + "\n",
        "sections.csv": "kind,heading,start,end,pillar\n" + "".join(
            f"{s.kind},{s.heading},{s.start},{s.end},{s.pillar or ''}\n" for s in b.sections),
        "checks.csv": run_checks(b).to_csv(index=False, lineterminator="\n"),
    }
    out = []
    for name, content in paths.items():
        p = folder / name
        p.write_text(content, encoding="utf-8", newline="\n")
        out.append(p)
    return out


def execute_notebook(nb, cwd: Path = NOTEBOOKS, timeout: int = 300):
    """Run every cell of ``nb`` (in place) in a fresh kernel that talks to this process over
    local IPC sockets in a private temporary folder: no TCP port is opened, so the kernel has
    no reason to warn that it is "running over TCP without encryption"."""
    from nbconvert.preprocessors import ExecutePreprocessor
    from traitlets.config import Config

    with tempfile.TemporaryDirectory(prefix="kernel-") as sockets:
        config = Config()
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = os.path.join(sockets, "ipc")
        ExecutePreprocessor(timeout=timeout, kernel_name="python3", config=config).preprocess(
            nb, {"metadata": {"path": str(cwd)}})
    return nb


def build_reports(out: Path = REPORTS, timeout: int = 300) -> list[Path]:
    """Execute each notebook (a copy: the committed one is left as it is) into HTML."""
    import nbformat
    from nbconvert import HTMLExporter

    out.mkdir(parents=True, exist_ok=True)
    written = []
    for nb_path in sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        nb = execute_notebook(nbformat.read(nb_path, as_version=4), NOTEBOOKS, timeout)
        body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
        target = out / (nb_path.stem + ".html")
        target.write_text(body, encoding="utf-8")
        written.append(target)
        print(f"report: {target.relative_to(out.parent)}", file=sys.stderr)
    b = Briefing.seed()
    page = out / "annotated-briefing.html"
    page.write_text("<!doctype html><meta charset=utf-8><title>The briefing, annotated</title>"
                    "<h1>The briefing, annotated</h1><p>Hover over a highlighted figure to see how "
                    "it was read.</p>" + annotated_html(b), encoding="utf-8")
    items = "".join(f'<li><a href="{p.name}">{html.escape(p.stem)}</a></li>' for p in written)
    (out / "index.html").write_text(
        "<!doctype html><meta charset=utf-8><title>Autumn Wind briefing: reports</title>"
        "<h1>The 秋风 (Autumn Wind) briefing, Linxia, 16 Nov 2023</h1><ol>" + items +
        f'</ol><p><a href="{page.name}">The briefing, annotated</a></p>', encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analysis.report", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-only", action="store_true", help="only regenerate data/derived/")
    args = ap.parse_args(argv)
    try:
        b = Briefing.seed()
        for p in write_derived(b):
            print(f"data: {p.relative_to(DERIVED.parent.parent)}", file=sys.stderr)
        if not args.data_only:
            build_reports()
    except SeedError as err:
        print(f"error: {err}", file=sys.stderr)
        return 5
    return 0


if __name__ == "__main__":
    sys.exit(main())
