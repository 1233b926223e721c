"""Re-execute notebooks in place: ``python -m analysis.rerun [NOTEBOOK ...]`` (``make notebooks``).

Each notebook runs in a fresh kernel that talks to this process over local IPC sockets (see
:func:`analysis.briefings.notebooks.execute_notebook`), so no TCP port is opened and the kernel prints no
warning about it. Without arguments every numbered notebook in ``notebooks/`` runs, in order.
Exit status 1 names the notebook whose cell failed.
"""
from __future__ import annotations

import argparse
import logging
import os
import re
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .briefings.paths import NOTEBOOKS
from .briefings.notebooks import execute_notebook

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


#: What a kernel whose cell failed may print on its own standard error while it shuts down
#: (the kernel inherits this process's): the header, its traceback, the exception line.
_KERNEL_SHUTDOWN_NOISE = re.compile(r"^.*Uncaught exception in ZMQStream callback\n"
                                    r"(?:Traceback \(most recent call last\):\n(?:[ \t].*\n)*\S.*\n)?",
                                    re.MULTILINE)


def without_shutdown_noise(text: str) -> str:
    """``text`` without the kernel's shutdown tracebacks.

    >>> without_shutdown_noise("a\\nERROR:tornado.general:Uncaught exception in ZMQStream callback\\n"
    ...                        "Traceback (most recent call last):\\n  File x\\nValueError: closed\\nb\\n")
    'a\\nb\\n'
    """
    return _KERNEL_SHUTDOWN_NOISE.sub("", text)


@contextmanager
def _kernel_stderr_filtered():
    """While a notebook runs, standard error (which its kernel inherits) goes to a temporary
    file; afterwards what it holds goes to standard error without the shutdown noise."""
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as held:
        os.dup2(held.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            held.seek(0)
            sys.stderr.write(without_shutdown_noise(held.read().decode("utf-8", "replace")))
            sys.stderr.flush()


def rerun(paths: list[Path], timeout: int = 300) -> None:
    """Execute each notebook and write it back with its new outputs."""
    import nbformat

    for path in paths:
        with _quiet_kernel_shutdown(), _kernel_stderr_filtered():
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
