"""``figures --batch``: JSON Lines in, records out, streamed in constant memory on every core.

Input is read line by line (split on ``\\n`` only, as JSON Lines are) in chunks; each chunk is
parsed, checked, read by the engine and encoded by one worker, and the parent writes the
chunks' bytes in input order, so ``--jobs 1`` and ``--jobs N`` give the same bytes. A bad line
or a document the engine fails on is reported (file, line, id, reason) and skipped; the others
are still written.
"""
from __future__ import annotations

import json
import os
import sys
import time
from contextlib import closing
from itertools import chain, islice
from typing import BinaryIO, Iterable, Iterator, NamedTuple

from .engine.clean import without_lone_surrogates
from .engine.inputs import MAX_BYTES, InputError, ResourceLimit, check_numbers
from .engine.rows import document, document_records
from .engine.writers import Sink, Unrepresentable, encode
from .messages import say
from .workers import ordered_results

__all__ = ["Job", "MAX_LINE", "Summary", "default_jobs", "jobs_allowed", "run_batch"]

_CHUNK_LINES = 32
_CHUNK_BYTES = 1 << 20
_BOM = b"\xef\xbb\xbf"
#: The longest line (one document) read: the limit for one input. A longer line is a bad line.
MAX_LINE = MAX_BYTES
#: Worker processes are at most this many times the cores this process may use.
JOBS_PER_CORE = 4


class Job(NamedTuple):
    """What a worker needs to turn a chunk of lines into output (picklable)."""

    name: str  # the input's name in messages
    fmt: str
    cols: tuple[str, ...]
    date: str | None
    keep_going: bool


class Chunk(NamedTuple):
    payload: object  # bytes, or records for Parquet
    messages: tuple[str, ...]
    documents: int
    figures: int
    bad: int
    failed: int
    stopped: bool  # a bad line without --keep-going: nothing after it is read
    size: int  # input bytes, for the progress bar


class Summary(NamedTuple):
    documents: int = 0
    figures: int = 0
    bad: int = 0
    failed: int = 0

    def plus(self, c: Chunk) -> "Summary":
        return Summary(self.documents + c.documents, self.figures + c.figures,
                       self.bad + c.bad, self.failed + c.failed)


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def jobs_allowed(requested: int) -> int:
    """``requested`` worker processes, capped at :data:`JOBS_PER_CORE` times the cores (more
    only cost memory and start-up: each worker is a whole interpreter)."""
    return min(requested, JOBS_PER_CORE * default_jobs())


def _reject_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


def parse_line(raw: bytes | None) -> object:
    """A JSON Lines line as a value; ValueError (with the reason) when it is not one (None
    stands for a line over :data:`MAX_LINE` bytes)."""
    if raw is None:
        raise ValueError(f"longer than {MAX_LINE:,} bytes (the limit for one document); the rest "
                         "of this input is not read (JSON Lines hold one document a line)")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ValueError(f"byte 0x{raw[err.start]:02x} at offset {err.start} is not valid UTF-8 "
                         "(JSON Lines are UTF-8)") from None
    try:
        return json.loads(line, parse_constant=_reject_constant)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
    except json.JSONDecodeError as err:
        raise ValueError(f"not valid JSON ({err.msg} at column {err.colno})") from None
    except ValueError as err:  # an integer past Python's 4,300-digit conversion limit
        if "integer string conversion" not in str(err):
            raise
        raise ValueError("a number of more than 4,300 digits (give a long id as a string)") from None


def _where(job: Job, n: int, doc_id: object = None) -> str:
    at = f"{job.name}: line {n}"
    return at if doc_id is None else f"{at} (id {json.dumps(doc_id, ensure_ascii=False)})"


def _given_id(doc: object) -> object:
    value = doc.get("id") if isinstance(doc, dict) else None
    return value if isinstance(value, (str, int, float)) else None


def _joined(pieces: list, fmt: str):
    """The encoded documents of a chunk as one payload (Arrow-ready rows for Parquet)."""
    if fmt == "parquet":
        return [r for piece in pieces for r in piece]
    return (b",\n" if fmt == "json" else b"").join(p for p in pieces if p)


def _encoded(text: str, date: str | None, doc_id: object, job: Job) -> tuple[object, int]:
    """A document's records, encoded for ``job``, and how many there are."""
    check_numbers(text)
    found = document_records(text, date or job.date, "id", doc_id)
    return encode(found, job.fmt, job.cols), len(found)


def _failure(where: str, err: Exception) -> str:
    if isinstance(err, (ResourceLimit, Unrepresentable)):
        return f"{where}: {err}; skipped"
    return f"{where}: the engine failed on this document ({type(err).__name__}: {err}); skipped"


def run_chunk(lines: list[tuple[int, bytes | None]], job: Job) -> Chunk:
    """Read every document of a chunk; a failure inside one document never loses the others."""
    pieces: list = []
    messages: list[str] = []
    docs = figs = bad = failed = 0
    stopped = False
    for n, raw in lines:
        doc = None
        try:
            doc = parse_line(raw)
            doc_id, text, date = document(doc, n)
        except ValueError as err:  # DocumentError is one
            bad += 1
            messages.append(f"{_where(job, n, _given_id(doc))}: {err}")
            if not job.keep_going:
                stopped = True
                break
            continue
        if isinstance(doc_id, str) and without_lone_surrogates(doc_id) != doc_id:
            messages.append(f"{_where(job, n, doc_id)}: the id holds a lone surrogate (\\ud800-\\udfff), "
                            "written as U+FFFD: two such ids may look alike in the output")
        try:
            piece, found = _encoded(text, date, doc_id, job)
        except Exception as err:  # an engine bug or a limit: report it, keep the other documents
            failed += 1
            messages.append(_failure(_where(job, n, doc_id), err))
            continue
        pieces.append(piece)
        docs += 1
        figs += found
    return Chunk(_joined(pieces, job.fmt), tuple(messages), docs, figs, bad, failed, stopped,
                 sum(len(raw or b"") for _, raw in lines))


def _lines(stream: BinaryIO, name: str) -> Iterator[bytes | None]:
    """The lines of a byte stream, each at most :data:`MAX_LINE` bytes; a longer one is None
    and ends the stream (an endless line would be endless to skip). A read error is an
    :class:`InputError`."""
    try:
        while True:
            raw = stream.readline(MAX_LINE + 1)
            if not raw:
                return
            if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
                yield None  # not JSON Lines (/dev/zero): nothing more is read from it
                return
            yield raw
    except OSError as err:
        raise InputError(f"{name}: cannot read ({err.strerror or err})") from err


def chunks(stream: BinaryIO, name: str = "input") -> Iterator[list[tuple[int, bytes | None]]]:
    """Numbered non-blank lines of a byte stream in chunks (a BOM at the start is dropped; a
    line over :data:`MAX_LINE` bytes stands as None)."""
    chunk: list[tuple[int, bytes | None]] = []
    size = 0
    for n, raw in enumerate(_lines(stream, name), 1):
        if n == 1 and raw is not None and raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        if raw is not None and not raw.strip():
            continue
        chunk.append((n, raw))
        size += len(raw or b"")
        if len(chunk) >= _CHUNK_LINES or size >= _CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _tasks(inputs: Iterable[tuple[BinaryIO, Job]]) -> Iterator[tuple[list, Job]]:
    for stream, job in inputs:
        for c in chunks(stream, job.name):
            yield c, job


def _results(tasks: Iterator[tuple[list, Job]], jobs: int) -> Iterator[Chunk]:
    """Each chunk read, in input order: in this process, or by at most ``jobs`` workers (never
    more workers than chunks)."""
    first = list(islice(tasks, max(jobs, 2)))
    jobs = min(jobs, len(first))
    if jobs <= 1:  # one chunk: a pool would only cost its start-up
        return (run_chunk(*t) for t in chain(first, tasks))
    return ordered_results(run_chunk, chain(first, tasks), jobs)


class _Progress:
    """A tqdm bar on stderr when stderr is a terminal and tqdm is installed; else nothing."""

    def __init__(self, total: int | None):
        self.bar = None
        if sys.stderr.isatty():
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self.bar = tqdm(total=total, unit="B", unit_scale=True, file=sys.stderr,
                            desc="documents read", leave=False)

    def update(self, n: int) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_batch(inputs: Iterable[tuple[BinaryIO, Job]], sink: Sink, jobs: int,
              total_bytes: int | None = None) -> Summary:
    """Read every input's documents and write their records to ``sink``; messages for bad
    lines and failed documents go to stderr as they come, a summary line at the end. However
    the run ends (a closed pipe, a full disk, an interrupt), its workers are stopped first."""
    began = time.perf_counter()
    summary = Summary()
    progress = _Progress(total_bytes)
    sink.start()
    try:
        with closing(_results(_tasks(inputs), jobs)) as results:
            for chunk in results:
                sink.add(chunk.payload)
                for message in chunk.messages:
                    say(message)
                summary = summary.plus(chunk)
                progress.update(chunk.size)
                if chunk.stopped:
                    break
    finally:
        progress.close()
    sink.finish()
    seconds = time.perf_counter() - began
    say(f"{summary.documents} documents, {summary.figures} figures, {summary.bad} bad lines, "
        f"{summary.failed} failed documents, {seconds:.2f} s")
    return summary
