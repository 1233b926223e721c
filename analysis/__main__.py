"""Command line: ``briefing-figures clean|figures|report …`` (or ``python -m analysis``; ``--help``
for each).

Exit status: 0 success; 2 bad usage (a bad option value such as ``--date 2023-13-45``, an
option that does nothing here, an output that is also an input); 3 input that cannot be read
(missing, a directory, binary, undecodable, empty; the other inputs are still read); 4 bad lines
in ``--batch`` input; 5 an altered seed; 6 a document the engine failed on or refused (a
resource limit, a value the output format cannot hold; reported with its file, line and id;
the other documents are still written); 7 output that cannot be written (a full disk, a
closed standard output; a reader that stops early is not an error); 130 and 143 interrupted
(SIGINT, SIGTERM). ``report FILE`` runs the generic walk notebook on FILE into HTML (the
notebooks extra): 2 a bad ``--date``, 3 a file that cannot be read, 6 a notebook cell that
failed. An ``-o`` file is replaced whole at the end of a run, never cut: after
exit 7 or an interrupt it holds what it held before.
"""
from __future__ import annotations

import argparse
import os
import signal
import stat
import sys
import threading
from contextlib import contextmanager

from .engine.inputs import InputError, ResourceLimit, check_encoding, check_numbers, read_input, same_file
from .engine.rows import DocumentError, check_date, columns, record, titled_figures
from .engine.writers import FORMATS, MissingExtra, OutputFile, Sink, Unrepresentable, encode, table_text
from .engine.known import SeedError, known_date
from .messages import CONTROL, say
from .engine.provenance import read_document, titled

EXIT_USAGE, EXIT_INPUT, EXIT_BATCH, EXIT_SEED, EXIT_FAILED, EXIT_OUTPUT = 2, 3, 4, 5, 6, 7
PROG = "briefing-figures"
_TABLE = ("index", "section", "text", "value", "unit", "measure_word", "qualifier", "change_pct",
          "metric", "metric_en", "parent")
#: Standard streams found closed at start (filled with /dev/null so no file opened later takes
#: their numbers): writing data to a closed standard output is an error, not silence.
_CLOSED: set[int] = set()
#: Output files a failed or interrupted run left as they were (said last).
_UNTOUCHED: list[str] = []


class OutputError(Exception):
    """The output cannot be written (a full disk, a read-only file …)."""


class UsageError(Exception):
    """Options that contradict each other or would destroy an input (exit 2)."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM: the run stops, its output file untouched."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _date(value: str) -> str:
    try:
        return check_date(value)
    except DocumentError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _jobs(value: str) -> int:
    digits = value.lstrip("0") if value.isascii() and value.isdigit() else ""
    if not digits:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(digits) if len(digits) <= 18 else 10 ** 18  # capped later, however long


def _encoding(value: str) -> str:
    try:
        return check_encoding(value)
    except InputError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n\n")[0])
    ap.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean", help="print the repaired Simplified text")
    c.add_argument("path", help="a file, or - for standard input")
    c.add_argument("--report", action="store_true", help="print repair counts and the structure")
    c.add_argument("--encoding", type=_encoding,
                   help="the input's encoding (default: BOM, else UTF-8, GB18030, Big5)")
    f = sub.add_parser("figures", help="print every figure, normalised")
    f.add_argument("paths", nargs="*", default=["-"], help="files, or - for standard input")
    f.add_argument("--format", choices=("table", *FORMATS), default="table",
                   help="table (default, for people), jsonl, csv, json (one array) or parquet "
                        "(needs the `parquet` extra); one valid document per run")
    f.add_argument("-o", "--output", help="write to this file instead of standard output (replaced "
                                          "whole at the end of the run; - is standard output)")
    f.add_argument("--batch", action="store_true",
                   help='read JSON Lines {"id": …, "text": …, "date": optional} (table means jsonl)')
    f.add_argument("--keep-going", action="store_true", help="with --batch: skip bad lines (still exit 4)")
    f.add_argument("--documents", help="with --batch: also write one row per document here (CSV, or .jsonl)")
    f.add_argument("--jobs", type=_jobs, help="with --batch: worker processes (default: every core; "
                                              "at most four times the cores)")
    f.add_argument("--date", type=_date, help="the document's date, YYYY-MM-DD (resolves year-less dates)")
    f.add_argument("--explain", action="store_true", help="say how each figure was read (stderr)")
    f.add_argument("--encoding", type=_encoding,
                   help="the input's encoding (default: BOM, else UTF-8, GB18030, Big5)")
    r = sub.add_parser("report", help="run the generic walk notebook on a briefing into HTML")
    r.add_argument("path", help="the briefing's text file")
    r.add_argument("--date", type=_date, help="the document's date, YYYY-MM-DD")
    r.add_argument("-o", "--output", help="the folder for the HTML (default: reports/<file's stem>/)")
    return ap


def _version() -> str:
    from . import __version__

    return __version__


def _check_stdin(path: str) -> None:
    """Say that a terminal is being read; refuse a closed standard input."""
    if path == "-" and sys.stdin is not None and 0 not in _CLOSED and sys.stdin.isatty():
        say("reading standard input (end it with Ctrl-D, or give a file)")
    if path == "-" and 0 in _CLOSED:
        raise InputError("<stdin>: standard input is closed")


def _read(path: str, encoding: str | None) -> tuple[str, str, bool]:
    _check_stdin(path)
    return read_input(path, encoding)


def _cmd_clean(args, out) -> int:
    from .engine.clean import clean, without_lone_surrogates
    from .engine.structure import split_sections

    text, enc, _ = _read(args.path, args.encoding)
    known_date(text, args.path)  # a file named like a seed whose text differs: exit 5
    repaired = clean(text)
    if not args.report:
        shown = repaired.text if repaired.text.endswith("\n") else repaired.text + "\n"
        out.write(without_lone_surrogates(shown).encode("utf-8"))
        _note_controls(repaired.text)
        return 0
    lines = [f"encoding: {enc}", f"characters: {len(repaired.raw)} raw, {len(repaired.text)} repaired",
             "repairs:", *(f"  {name:16s} {n:5d}" for name, n in repaired.counts),
             "structure (spans in the repaired text):"]
    for s in split_sections(repaired.text):
        indent = "    " if s.kind == "subtheme" else "  "
        lines.append(f"{indent}{s.kind:9s} {s.start:5d}-{s.end:<5d} {s.heading}")
    out.write(without_lone_surrogates("\n".join(lines) + "\n").encode("utf-8"))
    return 0


def _note_controls(text: str) -> None:
    """Say (once) that the text printed holds control characters, kept as they are."""
    found = sum(1 for m in CONTROL.finditer(text) if m[0] not in "\n\r\t\f\v" and m[0] < "\ud800")
    if found:
        say(f"note: the text holds {found} control characters (terminal escape sequences?), "
            "written as they are; to see them, pipe it through `cat -v`")


def _read_file(path: str, args) -> tuple[list, dict] | int:
    """The figures of one file (a saved HTML page: of its main text) and the document's fields
    (date and where it came from: --date, the page's own, a known seed's), or an exit status
    after saying what went wrong."""
    try:
        _check_stdin(path)
        text, source = read_document(path, args.date, args.encoding)
        check_numbers(text)
        figures, found = titled_figures(text, source.date)
    except InputError as err:
        say(f"error: {err}")
        return EXIT_INPUT
    except MissingExtra:
        raise
    except SeedError as err:  # the other files are still read
        say(f"error: {err}")
        return EXIT_SEED
    except ResourceLimit as err:
        say(f"error: {path}: {err}; skipped")
        return EXIT_FAILED
    except Exception as err:  # an engine bug: report it, keep the other files
        say(f"error: {path}: the engine failed on this document ({type(err).__name__}: {err}); skipped")
        return EXIT_FAILED
    if args.explain:
        for fig in figures:
            say(fig.explain())
    if not figures:
        say(f"{path}: no figures found")
    return figures, titled(source, found).fields()


def _add_file(sink, out, args, path: str, figures: list, about: dict) -> int:
    """Write one file's figures with its document's fields; 0, or the exit status of a value
    the format cannot hold."""
    records = [record(f, "file", path, document=about) for f in figures]
    if sink is None:
        shown = tuple(c for c in _TABLE if c != "section" or any(f.section for f in figures))
        head = f"== {path}\n" if len(args.paths) > 1 else ""
        out.write((head + table_text(records, shown)).encode("utf-8", "replace"))
        return 0
    try:
        sink.add(encode(records, args.format, sink.cols))
    except Unrepresentable as err:
        say(f"error: {path}: {err}; skipped")
        return EXIT_FAILED
    return 0


def _files(args, out) -> tuple[int, bool]:
    """Each file a document; one output document for them all (a table per file). Returns
    the exit status and whether any file was read."""
    status, read_any = 0, False
    sink = None if args.format == "table" else Sink(out, args.format, columns("file"))
    if sink:
        sink.start()
    for path in args.paths:
        read = _read_file(path, args)
        if isinstance(read, int):
            status = max(status, read)
            continue
        read_any = True
        status = max(status, _add_file(sink, out, args, path, *read))
    if sink:
        sink.finish()
    return status, read_any


def _batch_input_problem(path: str) -> str | None:
    """Why a ``--batch`` input cannot be read (checked before any output), or None."""
    if path == "-":
        return "<stdin>: standard input is closed" if 0 in _CLOSED else None
    if os.path.isfile(path):
        return None
    return f"{path}: " + ("is a directory, not a file" if os.path.isdir(path) else
                          "not a regular file" if os.path.exists(path) else "no such file")


def _batch(args, out) -> tuple[int, bool]:
    from .batch import Job, default_jobs, jobs_allowed, run_batch
    from .briefings.documents import write_document_table

    fmt = "jsonl" if args.format == "table" else args.format
    cols = columns("id")
    problems = {p: _batch_input_problem(p) for p in args.paths}
    for why in filter(None, problems.values()):
        say(f"error: {why}")  # the other inputs are still read
    paths = [p for p in args.paths if problems[p] is None]
    if not paths:
        return EXIT_INPUT, False
    jobs = _jobs_for(args.jobs, default_jobs, jobs_allowed)

    def inputs():
        for path in paths:
            job = Job("<stdin>" if path == "-" else path, fmt, cols, args.date, args.keep_going)
            if path == "-":
                yield sys.stdin.buffer, job
                continue
            try:
                fh = open(path, "rb")
            except OSError as err:
                raise InputError(f"{path}: cannot read ({err.strerror})") from err
            with fh:
                yield fh, job

    total = sum(os.path.getsize(p) for p in paths if p != "-")
    summary = run_batch(inputs(), Sink(out, fmt, cols), jobs, total or None)
    if args.documents:  # one row per document, from a second reading of the files
        write_document_table(paths, args.documents, args.date)
    status = EXIT_INPUT if len(paths) < len(args.paths) else 0
    if summary.failed:
        status = max(status, EXIT_FAILED)
    return (max(status, EXIT_BATCH) if summary.bad else status), True


def _jobs_for(requested: int | None, default_jobs, jobs_allowed) -> int:
    if requested is None:
        return default_jobs()
    allowed = jobs_allowed(requested)
    if allowed < requested:
        shown = requested if requested < 10 ** 18 else "so many"
        say(f"--jobs {shown}: using {allowed} worker processes (at most four times the cores this "
            "process may use)")
    return allowed


class _Guarded:
    """A byte stream whose write errors become :class:`OutputError` (BrokenPipe passes)."""

    def __init__(self, raw):
        self.raw = raw

    def _call(self, fn, *a):
        try:
            return fn(*a)
        except BrokenPipeError:
            raise
        except OSError as err:
            raise OutputError(f"cannot write the output ({err.strerror or err})") from err

    def write(self, data: bytes) -> int:
        return self._call(self.raw.write, data)

    def flush(self) -> None:
        self._call(self.raw.flush)

    def tell(self) -> int:
        return self.raw.tell()

    def seek(self, *a):
        return self.raw.seek(*a)

    @property
    def closed(self) -> bool:
        return self.raw.closed


# --- checks before anything is opened ----------------------------------------------------

def _check_options(args) -> None:
    """Options that would do nothing, or nothing the user meant, are refused (exit 2)."""
    if args.command == "clean":
        return
    if args.output == "":
        raise UsageError("-o: an empty file name (give a file, or - for standard output)")
    if args.output == "-":
        args.output = None
    alone = [name for name, on in (("--keep-going", args.keep_going), ("--jobs", args.jobs))
             if on and not args.batch]
    with_batch = [name for name, on in (("--explain", args.explain), ("--encoding", args.encoding))
                  if on and args.batch]
    if alone:
        raise UsageError(f"{' and '.join(alone)}: only with --batch")
    if with_batch:
        raise UsageError(f"{' and '.join(with_batch)}: not with --batch (JSON Lines are UTF-8; "
                         "--explain is for single files)")
    if args.format == "parquet":
        _check_parquet(args)


def _check_parquet(args) -> None:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise MissingExtra("--format parquet needs pyarrow: install the `parquet` extra "
                           "(pip install 'briefing-figures[parquet]', or pyarrow alone)") from None
    if not args.output and 1 not in _CLOSED and sys.stdout.isatty():
        raise UsageError("Parquet is binary: give --output FILE or redirect standard output")


def _input_stats(args) -> list[tuple[str, os.stat_result]]:
    paths = [args.path] if args.command == "clean" else args.paths
    stats = []
    for path in paths:
        try:
            stats.append((path, os.fstat(0) if path == "-" else os.stat(path)))
        except (OSError, ValueError):
            continue  # reported when it is read
    return [(p, st) for p, st in stats if stat.S_ISREG(st.st_mode)]


def _check_not_an_input(args) -> None:
    """Refuse (exit 2), before opening anything, an output that is one of the inputs: ``-o``
    naming it (through any link) would destroy it, and standard output appended to it
    (``>> in.jsonl``) would feed the run its own output, without end."""
    inputs = _input_stats(args)
    for flag, named in (("--documents", getattr(args, "documents", None)),):
        if named and os.path.exists(named):
            for path, st in inputs:
                if same_file(st, os.stat(named)):
                    raise UsageError(f"{flag} {named} is the input {path}: refusing to overwrite it")
    output = getattr(args, "output", None)
    if output:
        try:
            target = os.stat(output)
        except OSError:
            target = None
        for path, st in inputs:
            if target is not None and same_file(st, target):
                raise UsageError(f"-o {output} is the input {path}: refusing to overwrite it")
        return
    try:
        target = os.fstat(1) if 1 not in _CLOSED else None
    except OSError:
        target = None
    for path, st in inputs:
        if target is not None and stat.S_ISREG(target.st_mode) and same_file(st, target):
            raise UsageError(f"standard output is the input {path}: refusing to read and write "
                             "the same file")


# --- the run ------------------------------------------------------------------------------

def _open_output(args):
    output = getattr(args, "output", None)
    if output:
        try:
            return OutputFile(output)
        except OSError as err:
            raise OutputError(f"{output}: cannot write ({err.strerror or err})") from err
    if 1 in _CLOSED:
        raise OutputError("standard output is closed (give -o FILE)")
    return sys.stdout.buffer


def _cmd_report(args) -> int:
    from pathlib import Path

    from .briefings.walk import run_walk

    _read(args.path, None)  # a missing, binary or empty file: exit 3 before any kernel starts
    out = Path(args.output or f"reports/{Path(args.path).stem}")
    try:
        pages = run_walk(args.path, args.date, out)
    except OSError as err:  # the folder or a page cannot be written: exit 7, naming the path
        raise OutputError(f"{err.filename or out}: cannot write the report ({err.strerror or err})") from err
    for page in pages:
        say(f"report: {page}")
    return 0


def _run(args) -> int:
    if args.command == "report":
        return _cmd_report(args)
    _check_options(args)
    _check_not_an_input(args)
    out = _open_output(args)
    stream = _Guarded(out.raw if isinstance(out, OutputFile) else out)
    try:
        if args.command == "clean":
            status, read_any = _cmd_clean(args, stream), True
        else:
            status, read_any = (_batch if args.batch else _files)(args, stream)
    except BaseException:
        _discard(out)
        raise
    if isinstance(out, OutputFile):
        _settle(out, read_any)
    return status


def _discard(out) -> None:
    """Drop an unfinished output file; the note is said after the error that caused it."""
    if isinstance(out, OutputFile):
        out.discard()
        _UNTOUCHED.append(out.target)


def _settle(out: OutputFile, read_any: bool) -> None:
    """Put a finished output in place, unless no input could be read at all (then the
    target stays as it was)."""
    if not read_any:
        _discard(out)
        return
    try:
        _Guarded(out.raw).flush()
        out.commit()
    except (OSError, OutputError) as err:
        _discard(out)
        raise OutputError(f"cannot write the output ({getattr(err, 'strerror', None) or err})") from err


@contextmanager
def _interrupts():
    """SIGINT and SIGTERM raise :class:`Interrupted` in the main thread (the workers ignore
    SIGINT); a second signal during the clean-up is ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        for s in (signal.SIGINT, signal.SIGTERM):
            signal.signal(s, signal.SIG_IGN)
        raise Interrupted(signum)

    saved = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)


def _fill_closed_streams() -> None:
    """Give each closed standard stream /dev/null, so no file opened later takes its number
    (an error message landing in the data), and remember which were closed."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            _CLOSED.add(fd)
            if os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY) != fd:
                raise RuntimeError("standard streams out of order")
    if 2 in _CLOSED or sys.stderr is None:
        sys.stderr = open(2, "w", errors="backslashreplace", closefd=False)
    if 1 in _CLOSED or sys.stdout is None:
        sys.stdout = open(1, "w", errors="backslashreplace", closefd=False)
    if 0 in _CLOSED or sys.stdin is None:
        sys.stdin = open(0, "r", closefd=False)


def main(argv: list[str] | None = None) -> int:
    _fill_closed_streams()
    args = _parser().parse_args(argv)
    with _interrupts():
        try:
            return _main(args)
        except Interrupted as err:
            say(f"interrupted ({signal.Signals(err.signum).name}); stopped")
            _silence_stdout()
            return 128 + err.signum
        finally:
            for target in _UNTOUCHED:
                say(f"{target}: left as it was")
            _UNTOUCHED.clear()


def _main(args) -> int:
    try:
        status = _run(args)
        sys.stdout.flush()
        return status
    except UsageError as err:
        say(f"error: {err}")
        return EXIT_USAGE
    except InputError as err:
        say(f"error: {err}")
        return EXIT_INPUT
    except SeedError as err:
        say(f"error: {err}")
        return EXIT_SEED
    except BrokenPipeError:  # the reader stopped early (| head): not an error
        _silence_stdout()
        return 0
    except OutputError as err:
        return _output_failed(err)
    except OSError as err:  # the last flush of standard output
        return _output_failed(OutputError(f"cannot write the output ({err.strerror or err})"))
    except MissingExtra as err:
        say(f"error: {err}")
        return EXIT_USAGE
    except Exception as err:  # WorkerDied, or a bug: one line, never a traceback
        say(f"error: {type(err).__name__}: {err}")
        return EXIT_FAILED


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _output_failed(err: OutputError) -> int:
    say(f"error: {err}")
    _silence_stdout()
    return EXIT_OUTPUT


if __name__ == "__main__":
    sys.exit(main())
