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
from collections import deque
from itertools import chain, islice
from typing import BinaryIO, Iterable, Iterator, NamedTuple

from .engine.rows import DocumentError, document, document_records
from .engine.writers import Sink, encode

__all__ = ["Job", "Summary", "default_jobs", "run_batch"]

_CHUNK_LINES = 32
_CHUNK_BYTES = 1 << 20
_BOM = b"\xef\xbb\xbf"


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


def _reject_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


def parse_line(raw: bytes) -> object:
    """A JSON Lines line as a value; ValueError (with the reason) when it is not one."""
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


def _where(job: Job, n: int, doc_id: object = None) -> str:
    at = f"{job.name}: line {n}"
    return at if doc_id is None else f"{at} (id {json.dumps(doc_id, ensure_ascii=False)})"


def _given_id(doc: object) -> object:
    value = doc.get("id") if isinstance(doc, dict) else None
    return value if isinstance(value, (str, int, float)) else None


def _joined(pieces: list, fmt: str):
    """The encoded documents of a chunk as one payload (records for Parquet)."""
    if fmt == "parquet":
        return [r for piece in pieces for r in piece]
    return (b",\n" if fmt == "json" else b"").join(p for p in pieces if p)


def run_chunk(lines: list[tuple[int, bytes]], job: Job) -> Chunk:
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
        try:
            found = document_records(text, date or job.date, "id", doc_id, doc)
            pieces.append(found if job.fmt == "parquet" else encode(found, job.fmt, job.cols))
        except Exception as err:  # an engine bug: report it, keep the other documents
            failed += 1
            messages.append(f"{_where(job, n, doc_id)}: the engine failed on this document "
                            f"({type(err).__name__}: {err}); skipped")
            continue
        docs += 1
        figs += len(found)
    return Chunk(_joined(pieces, job.fmt), tuple(messages), docs, figs, bad, failed, stopped,
                 sum(len(raw) for _, raw in lines))


def chunks(stream: BinaryIO) -> Iterator[list[tuple[int, bytes]]]:
    """Numbered non-blank lines of a byte stream in chunks (a BOM at the start is dropped)."""
    chunk: list[tuple[int, bytes]] = []
    size = 0
    for n, raw in enumerate(stream, 1):
        if n == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        if not raw.strip():
            continue
        chunk.append((n, raw))
        size += len(raw)
        if len(chunk) >= _CHUNK_LINES or size >= _CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _tasks(inputs: Iterable[tuple[BinaryIO, Job]]) -> Iterator[tuple[list, Job]]:
    for stream, job in inputs:
        for c in chunks(stream):
            yield c, job


def _pooled(tasks: Iterator[tuple[list, Job]], jobs: int) -> Iterator[Chunk]:
    """Chunks read by ``jobs`` worker processes, yielded in input order, with at most a few
    chunks a worker in flight (constant memory)."""
    import multiprocessing as mp

    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    pool = mp.get_context(method).Pool(jobs)
    try:
        pending: deque = deque()
        for task in tasks:
            pending.append(pool.apply_async(run_chunk, task))
            if len(pending) >= 4 * jobs:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _results(tasks: Iterator[tuple[list, Job]], jobs: int) -> Iterator[Chunk]:
    first = list(islice(tasks, 2))
    if jobs <= 1 or len(first) < 2:  # one chunk: a pool would only cost its start-up
        return (run_chunk(*t) for t in chain(first, tasks))
    return _pooled(chain(first, tasks), jobs)


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
    lines and failed documents go to stderr as they come, a summary line at the end."""
    began = time.perf_counter()
    summary = Summary()
    progress = _Progress(total_bytes)
    sink.start()
    try:
        for chunk in _results(_tasks(inputs), jobs):
            sink.add(chunk.payload)
            for message in chunk.messages:
                print(message, file=sys.stderr)
            summary = summary.plus(chunk)
            progress.update(chunk.size)
            if chunk.stopped:
                break
    finally:
        progress.close()
    sink.finish()
    seconds = time.perf_counter() - began
    print(f"{summary.documents} documents, {summary.figures} figures, {summary.bad} bad lines, "
          f"{summary.failed} failed documents, {seconds:.2f} s", file=sys.stderr)
    return summary
