"""Re-execute notebooks in place: ``python -m analysis.rerun [NOTEBOOK ...]`` (``make notebooks``).

Each notebook runs in a fresh kernel that talks to this process over local IPC sockets (see
:func:`analysis.report.execute_notebook`), so no TCP port is opened and the kernel prints no
warning about it. Without arguments every numbered notebook in ``notebooks/`` runs, in order.
Exit status 1 names the notebook whose cell failed.
"""
from __future__ import annotations

import argparse
import logging
import sys
from contextlib import contextmanager
from pathlib import Path

from .paths import NOTEBOOKS
from .report import execute_notebook

__all__ = ["rerun"]


#: Logs that, while a kernel whose cell failed shuts down, print a traceback of the shutdown
#: itself ("Uncaught exception in ZMQStream callback"): noise about the messaging, not about
#: the notebook, whose own error is reported.
_SHUTDOWN_NOISE = ("tornado.general",)


@contextmanager
def _quiet_kernel_shutdown():
    loggers = [logging.getLogger(name) for name in _SHUTDOWN_NOISE]
    saved = [(log.level, log.propagate) for log in loggers]
    for log in loggers:
        log.setLevel(logging.CRITICAL + 1)
        log.propagate = False
    try:
        yield
    finally:
        for log, (level, propagate) in zip(loggers, saved):
            log.setLevel(level)
            log.propagate = propagate


def rerun(paths: list[Path], timeout: int = 300) -> None:
    """Execute each notebook and write it back with its new outputs."""
    import nbformat

    for path in paths:
        with _quiet_kernel_shutdown():
            nb = execute_notebook(nbformat.read(path, as_version=4), path.parent, timeout)
        nbformat.write(nb, path)
        print(f"executed: {path}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analysis.rerun", description=__doc__.split("\n\n")[0])
    ap.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all, in order)")
    args = ap.parse_args(argv)
    paths = args.notebooks or sorted(NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    with _quiet_kernel_shutdown():  # also while a failed kernel's last callbacks run
        for path in paths:
            try:
                rerun([path])
            except Exception as err:  # a cell raised: name the notebook, keep the message short
                print(f"error: {path}: {type(err).__name__}: {str(err).splitlines()[0] if str(err) else ''}",
                      file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
