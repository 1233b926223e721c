"""Records written straight to a byte stream: JSON Lines, CSV, a JSON array, Parquet, a table.

Every format is one valid document per run however many inputs feed it. Records are the flat
dicts of :func:`analysis.engine.rows.record`; a run's rows are encoded in chunks
(:func:`encode`, which a worker process can call) and joined by a sink in input order.

CSV is safe to open in a spreadsheet: a text cell that starts with ``=``, ``+``, ``-``, ``@``,
a tab, a carriage return or ``'`` gets a leading ``'`` (so no cell is read as a formula), and
removing one leading ``'`` from a text cell gives the raw text back
(:func:`unescape_cell`); line breaks inside a cell are quoted (RFC 4180, CRLF rows).

>>> encode([{"id": 1, "text": "=1+2", "flags": ["vague", "approx_pair"]}], "csv", ("id", "text", "flags"))
b"1,'=1+2,vague;approx_pair\\r\\n"
"""
from __future__ import annotations

import csv
import io
import json
import os
import stat
import tempfile
import unicodedata
from typing import BinaryIO, Iterable

from .clean import without_lone_surrogates

__all__ = ["FORMATS", "MissingExtra", "OutputFile", "Sink", "Unrepresentable", "csv_text", "encode", "escape_cell",
           "unescape_cell", "table_text"]

FORMATS = ("jsonl", "csv", "json", "parquet")
_FORMULA_START = frozenset("=+-@\t\r'")
#: Records are flat (no container holds itself), so the encoder need not look for cycles.
_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False, check_circular=False,
                         separators=(", ", ": "))


class MissingExtra(RuntimeError):
    """An optional dependency a format needs is not installed."""


class Unrepresentable(ValueError):
    """A value the output's typed schema cannot hold (a count past int64, a sum past float64)."""


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from the input: one U+FFFD for it
        return without_lone_surrogates(text).encode("utf-8")


def escape_cell(text: str) -> str:
    """A text cell made safe for a spreadsheet (see the module docstring).

    >>> escape_cell("=HYPERLINK(1)"), escape_cell("-5起"), escape_cell("'x"), escape_cell("破获")
    ("'=HYPERLINK(1)", "'-5起", "''x", '破获')
    """
    return "'" + text if text and text[0] in _FORMULA_START else text


def unescape_cell(text: str) -> str:
    """The raw text of a cell written by :func:`escape_cell`.

    >>> all(unescape_cell(escape_cell(t)) == t for t in ("=1", "'", "''a", "a'", "", "@x"))
    True
    """
    return text[1:] if text.startswith("'") else text


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_cell(value)
    if isinstance(value, (list, tuple)):
        return escape_cell(";".join(v if isinstance(v, str) else _JSON.encode(v) for v in value))
    return value


def csv_text(rows: Iterable[Iterable[object]], lineterminator: str = "\r\n") -> str:
    """Rows as CSV text: the one CSV writer of the project (the command line, the derived
    data). Cells are quoted as needed (RFC 4180), text cells guarded (:func:`escape_cell`),
    lists ``;``-joined, None empty.

    >>> print(csv_text([["kind", "heading"], ["pillar", "严打, 整治"], ["x", "=1"]], "\\n"), end="")
    kind,heading
    pillar,"严打, 整治"
    x,'=1
    """
    buf = io.StringIO()
    csv.writer(buf, lineterminator=lineterminator).writerows([_csv_cell(v) for v in row] for row in rows)
    return buf.getvalue()


def encode(records: Iterable[dict], fmt: str, cols: tuple[str, ...]) -> bytes | list[dict]:
    """A chunk of records as bytes: whole lines for ``jsonl`` and ``csv`` (no header), and
    comma-joined elements (no brackets) for ``json``; for ``parquet``, rows of Arrow-ready
    cells (:class:`Unrepresentable` when a value does not fit the schema's type)."""
    if fmt == "parquet":
        return [_arrow_row(r, cols) for r in records]
    if fmt == "jsonl":
        return _utf8("".join(_JSON.encode(r) + "\n" for r in records))
    if fmt == "json":
        return _utf8(",\n".join(_JSON.encode(r) for r in records))
    if fmt == "csv":
        return _utf8(csv_text([r.get(c) for c in cols] for r in records))
    raise ValueError(f"no text encoding for format {fmt!r}")


class Sink:
    """One output document: ``start()``, then ``add()`` per chunk in order, then ``finish()``.

    ``add`` takes what :func:`encode` gave (bytes, or Arrow-ready rows for Parquet).
    """

    def __init__(self, out: BinaryIO, fmt: str, cols: tuple[str, ...]):
        self.out, self.fmt, self.cols = out, fmt, cols
        self._first = True
        self._parquet = _ParquetSink(out, cols) if fmt == "parquet" else None

    def start(self) -> None:
        if self.fmt == "csv":
            self.out.write(encode([dict(zip(self.cols, self.cols))], "csv", self.cols))
        elif self.fmt == "json":
            self.out.write(b"[")

    def add(self, chunk) -> None:
        if self._parquet is not None:
            self._parquet.add(chunk)
        elif chunk:
            if self.fmt == "json":
                self.out.write(b"\n" if self._first else b",\n")
            self.out.write(chunk)
            self._first = False

    def finish(self) -> None:
        if self._parquet is not None:
            self._parquet.finish()
        elif self.fmt == "json":
            self.out.write(b"]\n" if self._first else b"\n]\n")
        self.out.flush()


# --- the output file: whole or not at all ---------------------------------------------

class OutputFile:
    """A file written whole or not at all: write to :attr:`raw` (a binary file), then
    :meth:`commit` or :meth:`discard`.

    The bytes go to a temporary file beside the target (``.NAME.*.part``, same folder, so the
    same file system); :meth:`commit` syncs it and renames it over the target in one step,
    with the target's permissions (or the umask's); :meth:`discard` removes it and leaves
    the target as it was. So an interrupted or failed run never leaves a cut file, and two
    runs writing the same target each leave a whole document (the last one wins). A target
    that exists and is not a regular file (``/dev/null``, a FIFO) is written directly.
    """

    def __init__(self, target: str):
        existing = _stat_or_none(target)
        if existing is not None and stat.S_ISDIR(existing.st_mode):
            raise IsADirectoryError(21, "Is a directory", target)
        if existing is not None and not stat.S_ISREG(existing.st_mode):  # /dev/stdout, a FIFO
            self.target, self.temp, self.mode, self.raw = target, None, None, open(target, "wb")
            return
        self.target = os.path.realpath(target)  # through a symlink: the link stays a link
        if existing is not None and not os.access(self.target, os.W_OK):
            raise PermissionError(13, "Permission denied", target)
        self.mode = stat.S_IMODE(existing.st_mode) if existing else _default_mode()
        folder, name = os.path.split(self.target)
        fd, self.temp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
        self.raw = os.fdopen(fd, "wb")

    def commit(self) -> None:
        """Make the written bytes the target's content."""
        self.raw.flush()
        if self.temp is None:
            self.raw.close()
            return
        os.fsync(self.raw.fileno())
        self.raw.close()
        os.chmod(self.temp, self.mode)
        os.replace(self.temp, self.target)
        self.temp = None

    def discard(self) -> None:
        """Forget the written bytes; the target keeps what it held."""
        try:
            self.raw.close()
        except OSError:
            pass
        if self.temp is not None:
            try:
                os.unlink(self.temp)
            except FileNotFoundError:
                pass
            self.temp = None


def _stat_or_none(path: str):
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


# --- Parquet ----------------------------------------------------------------------------

#: Arrow types of the record's fields; ``value`` is split in two (a number, an EDTF string).
INT_FIELDS = ("index", "start", "end", "parent")
FLOAT_FIELDS = ("low", "high", "change_pct", "precision")
_INTS, _FLOATS = INT_FIELDS, FLOAT_FIELDS + ("value_number",)
_LISTS = ("flags", "steps")
_ROW_GROUP = 20_000


def parquet_columns(cols: tuple[str, ...]) -> tuple[str, ...]:
    """The Parquet columns for record fields ``cols``: ``value`` becomes ``value_number`` (a
    float) and ``value_edtf`` (an EDTF date string), side by side."""
    out: list[str] = []
    for c in cols:
        out.extend(("value_number", "value_edtf") if c == "value" else (c,))
    return tuple(out)


def _arrow_schema(cols: tuple[str, ...]):
    import pyarrow as pa

    def kind(name: str):
        if name in _INTS:
            return pa.int64()
        if name in _FLOATS:
            return pa.float64()
        if name in _LISTS:
            return pa.list_(pa.string())
        return pa.string()

    return pa.schema([(c, kind(c)) for c in parquet_columns(cols)])


def _arrow_text(value: object) -> str:
    return without_lone_surrogates(value) if isinstance(value, str) else _JSON.encode(value)


_INT64 = range(-(1 << 63), 1 << 63)


def _arrow_number(name: str, value: object) -> object:
    """``value`` as the schema's int64 or float64, or :class:`Unrepresentable` naming it.

    >>> _arrow_number("high", 10**19), _arrow_number("index", 3)
    (1e+19, 3)
    >>> _arrow_number("high", 10**400)
    Traceback (most recent call last):
    ...
    analysis.engine.writers.Unrepresentable: high = a number of about 400 digits is too large for Parquet's float64
    """
    if value is None:
        return None
    if name in _INTS:
        if isinstance(value, int) and value in _INT64:
            return value
        raise Unrepresentable(f"{name} = {_digits(value)} is too large for Parquet's int64")
    try:
        return float(value)
    except OverflowError:
        raise Unrepresentable(f"{name} = {_digits(value)} is too large for Parquet's float64") from None


def _digits(value: object) -> str:
    """A number shown short: a long integer by its size (its ``str()`` may pass Python's
    4,300-digit conversion limit)."""
    if isinstance(value, int) and value.bit_length() > 64:
        return f"a number of about {round(value.bit_length() * 0.30103)} digits"
    return repr(value)


def _arrow_cell(name: str, value: object) -> object:
    if name in _INTS or name in _FLOATS:
        return _arrow_number(name, value)
    if value is None:
        return value
    if name in _LISTS:
        return [_arrow_text(v) for v in value]
    return _arrow_text(value)  # ids that are numbers are kept as their JSON text


def _arrow_row(record: dict, cols: tuple[str, ...]) -> dict:
    row = {}
    for c in cols:
        v = record.get(c)
        if c == "value":
            numeric = isinstance(v, (int, float)) and not isinstance(v, bool)
            row["value_number"] = _arrow_number("value", v) if numeric else None
            row["value_edtf"] = v if isinstance(v, str) else None
        else:
            row[c] = _arrow_cell(c, v)
    return row


class _ParquetSink:
    def __init__(self, out: BinaryIO, cols: tuple[str, ...]):
        try:
            import pyarrow.parquet as pq
        except ImportError as err:
            raise MissingExtra("--format parquet needs pyarrow: install the `parquet` extra "
                               "(pip install 'briefing-figures[parquet]', or pyarrow alone)") from err
        self.cols, self.schema = cols, _arrow_schema(cols)
        self.writer = pq.ParquetWriter(out, self.schema, compression="zstd")
        self.rows: list[dict] = []

    def add(self, rows: list[dict]) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= _ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def finish(self) -> None:
        self._flush()
        self.writer.close()


# --- a table for people ------------------------------------------------------------------

def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _show(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(map(str, value))
    return str(value)


def table_text(records: list[dict], cols: tuple[str, ...]) -> str:
    """Records as an aligned plain-text table (numbers right-aligned), CJK-width aware."""
    if not records:
        return "(no figures)\n"
    cells = [[_show(r.get(c)) for c in cols] for r in records]
    widths = [max(_width(c), *(_width(row[i]) for row in cells)) for i, c in enumerate(cols)]
    numeric = [all(isinstance(r.get(c), (int, float)) or r.get(c) is None for r in records)
               for c in cols]

    def line(values: list[str]) -> str:
        padded = [(" " * (w - _width(v)) + v) if num else (v + " " * (w - _width(v)))
                  for v, w, num in zip(values, widths, numeric)]
        return "  ".join(padded).rstrip() + "\n"

    return line(list(cols)) + "".join(line(row) for row in cells)
