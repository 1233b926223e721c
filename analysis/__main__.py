"""Command line: ``briefing-figures clean|figures …`` (or ``python -m analysis``; ``--help``
for each).

Exit status: 0 success; 2 bad usage (a bad option value such as ``--date 2023-13-45``);
3 input that cannot be read (missing, a directory, binary, undecodable, empty); 4 bad lines in
``--batch`` input; 5 an altered seed; 6 a document the engine failed on (reported with its file,
line and id; the other documents are still written); 7 output that cannot be written (a full
disk, a closed pipe is not an error).
"""
from __future__ import annotations

import argparse
import os
import sys

from .engine.inputs import InputError, read_input
from .engine.rows import DocumentError, check_date, columns, record, sectioned_figures
from .engine.writers import FORMATS, MissingExtra, Sink, encode, table_text
from .engine.known import SeedError, known_date
from .engine.provenance import read_document

EXIT_USAGE, EXIT_INPUT, EXIT_BATCH, EXIT_SEED, EXIT_FAILED, EXIT_OUTPUT = 2, 3, 4, 5, 6, 7
PROG = "briefing-figures"
_TABLE = ("index", "section", "text", "value", "unit", "measure_word", "qualifier", "change_pct",
          "metric", "metric_en", "parent")


class OutputError(Exception):
    """The output cannot be written (a full disk, a read-only file …)."""


def _date(value: str) -> str:
    try:
        return check_date(value)
    except DocumentError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n\n")[0])
    ap.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean", help="print the repaired Simplified text")
    c.add_argument("path", help="a file, or - for standard input")
    c.add_argument("--report", action="store_true", help="print repair counts and the structure")
    c.add_argument("--encoding", help="the input's encoding (default: BOM, else UTF-8, GB18030, Big5)")
    f = sub.add_parser("figures", help="print every figure, normalised")
    f.add_argument("paths", nargs="*", default=["-"], help="files, or - for standard input")
    f.add_argument("--format", choices=("table", *FORMATS), default="table",
                   help="table (default, for people), jsonl, csv, json (one array) or parquet "
                        "(needs the `parquet` extra); one valid document per run")
    f.add_argument("-o", "--output", help="write to this file instead of standard output")
    f.add_argument("--batch", action="store_true",
                   help='read JSON Lines {"id": …, "text": …, "date": optional} (table means jsonl)')
    f.add_argument("--keep-going", action="store_true", help="with --batch: skip bad lines (still exit 4)")
    f.add_argument("--documents", help="with --batch: also write one row per document here (CSV, or .jsonl)")
    f.add_argument("--jobs", type=_jobs, help="with --batch: worker processes (default: every core)")
    f.add_argument("--date", type=_date, help="the document's date, YYYY-MM-DD (resolves year-less dates)")
    f.add_argument("--explain", action="store_true", help="say how each figure was read (stderr)")
    f.add_argument("--encoding", help="the input's encoding (default: BOM, else UTF-8, GB18030, Big5)")
    return ap


def _version() -> str:
    from . import __version__

    return __version__


def _cmd_clean(args) -> int:
    from .engine.clean import clean
    from .engine.structure import split_sections

    text, enc, _ = read_input(args.path, args.encoding)
    known_date(text, args.path)  # a file named like a seed whose text differs: exit 5
    repaired = clean(text)
    out = sys.stdout
    if not args.report:
        out.write(repaired.text if repaired.text.endswith("\n") else repaired.text + "\n")
        return 0
    out.write(f"encoding: {enc}\ncharacters: {len(repaired.raw)} raw, {len(repaired.text)} repaired\n"
              "repairs:\n")
    for name, n in repaired.counts:
        out.write(f"  {name:16s} {n:5d}\n")
    out.write("structure (spans in the repaired text):\n")
    for s in split_sections(repaired.text):
        indent = "    " if s.kind == "subtheme" else "  "
        out.write(f"{indent}{s.kind:9s} {s.start:5d}-{s.end:<5d} {s.heading}\n")
    return 0


def _read_file(path: str, args) -> tuple[list, dict] | int:
    """The figures of one file (a saved HTML page: of its main text) and the document's fields
    (date and where it came from: --date, the page's own, a known seed's), or an exit status
    after saying what went wrong."""
    try:
        text, source = read_document(path, args.date, args.encoding)
        figures = sectioned_figures(text, source.date)
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_INPUT
    except (SeedError, MissingExtra):
        raise
    except Exception as err:  # an engine bug: report it, keep the other files
        print(f"error: {path}: the engine failed on this document ({type(err).__name__}: {err}); "
              "skipped", file=sys.stderr)
        return EXIT_FAILED
    if args.explain:
        for fig in figures:
            print(fig.explain(), file=sys.stderr)
    if not figures:
        print(f"{path}: no figures found", file=sys.stderr)
    return figures, source.fields()


def _files(args, out) -> int:
    """Each file a document; one output document for them all (a table per file)."""
    status = 0
    cols = columns("file")
    sink = None if args.format == "table" else Sink(out, args.format, cols)
    if sink:
        sink.start()
    for path in args.paths:
        read = _read_file(path, args)
        if isinstance(read, int):
            status = max(status, read)
            continue
        figures, about = read
        records = [record(f, "file", path, document=about) for f in figures]
        if sink is None:
            shown = tuple(c for c in _TABLE if c != "section" or any(f.section for f in figures))
            head = f"== {path}\n" if len(args.paths) > 1 else ""
            out.write((head + table_text(records, shown)).encode("utf-8", "replace"))
        else:
            sink.add(records if args.format == "parquet" else encode(records, args.format, cols))
    if sink:
        sink.finish()
    return status


def _batch(args, out) -> int:
    from .batch import Job, default_jobs, run_batch
    from .documents import write_document_table

    fmt = "jsonl" if args.format == "table" else args.format
    cols = columns("id")

    def inputs():
        for path in args.paths:
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

    for path in args.paths:  # every input checked before any output
        if path != "-" and not os.path.isfile(path):
            why = ("is a directory, not a file" if os.path.isdir(path) else
                   "not a regular file" if os.path.exists(path) else "no such file")
            raise InputError(f"{path}: {why}")
    total = sum(os.path.getsize(p) for p in args.paths if p != "-" and os.path.isfile(p))
    summary = run_batch(inputs(), Sink(out, fmt, cols), args.jobs or default_jobs(), total or None)
    if args.documents:  # one row per document, from a second reading of the files
        write_document_table(args.paths, args.documents, args.date)
    if summary.failed:
        return EXIT_FAILED
    return EXIT_BATCH if summary.bad else 0


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


def _open_output(args):
    if getattr(args, "output", None):
        try:
            return open(args.output, "wb")
        except OSError as err:
            raise OutputError(f"{args.output}: cannot write ({err.strerror})") from err
    return sys.stdout.buffer


def _run(args) -> int:
    if args.command == "clean":
        return _cmd_clean(args)
    if args.format == "parquet" and not args.output and sys.stdout.isatty():
        print("error: Parquet is binary: give --output FILE or redirect standard output", file=sys.stderr)
        return EXIT_USAGE
    out = _Guarded(_open_output(args))
    try:
        return _batch(args, out) if args.batch else _files(args, out)
    finally:
        if args.output:
            out.raw.close()


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        status = _run(args)
        sys.stdout.flush()
        return status
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_INPUT
    except SeedError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_SEED
    except BrokenPipeError:  # the reader stopped early (| head): not an error
        _silence_stdout()
        return 0
    except OSError as err:  # the last flush of standard output
        return _output_failed(OutputError(f"cannot write the output ({err.strerror or err})"))
    except OutputError as err:
        return _output_failed(err)
    except MissingExtra as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE


def _output_failed(err: OutputError) -> int:
    print(f"error: {err}", file=sys.stderr)
    _silence_stdout()
    return EXIT_OUTPUT


if __name__ == "__main__":
    sys.exit(main())
