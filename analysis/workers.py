"""Worker processes for ``figures --batch`` that never hang the run and never outlive it.

:func:`ordered_results` hands tasks to worker processes through one queue and gives their
results back in task order, with a bounded number in flight (constant memory). What keeps an
early end (a reader that stops, a full disk, Ctrl-C, SIGTERM) from hanging or leaking:

- the workers ignore SIGINT (Ctrl-C reaches the whole process group: the parent alone
  decides, and says so once);
- the workers die with their parent (``PR_SET_PDEATHSIG`` on Linux; elsewhere a worker
  waiting for a task also checks that its parent is still there);
- an early end kills the workers (SIGKILL) and drops the queues without joining them, so
  the parent never waits on a lock a killed worker held (what could hang
  ``multiprocessing.Pool.terminate``);
- a worker that dies on its own (out of memory) ends the run with :class:`WorkerDied`
  instead of a wait for a result that will never come.
"""
from __future__ import annotations

import os
import queue
import signal
import sys
from typing import Callable, Iterable, Iterator

__all__ = ["WorkerDied", "ordered_results"]

#: Tasks in flight per worker (queued or running): enough to keep every worker busy.
IN_FLIGHT = 2
#: Seconds between checks that every worker is alive while waiting for a result.
_POLL = 0.5
_PR_SET_PDEATHSIG = 1


class WorkerDied(RuntimeError):
    """A worker process ended without being asked to (killed, out of memory)."""


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to kill this process when its parent ends (Linux); no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the request took effect
        os._exit(1)


def _work(fn: Callable, tasks, results, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    while True:
        try:
            item = tasks.get(timeout=_POLL * 4)
        except queue.Empty:
            if os.getppid() != parent:
                return
            continue
        if item is None:
            return
        index, args = item
        results.put((index, fn(*args)))


class _Workers:
    def __init__(self, fn: Callable, jobs: int):
        import multiprocessing as mp

        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self.tasks, self.results = ctx.Queue(), ctx.Queue()
        self.procs = [ctx.Process(target=_work, args=(fn, self.tasks, self.results, os.getpid()),
                                  daemon=True) for _ in range(jobs)]
        for p in self.procs:  # started before any queue has a feeder thread to fork
            p.start()
        self.done: dict[int, object] = {}

    def put(self, index: int, args: tuple) -> None:
        self.tasks.put((index, args))

    def take(self, index: int) -> object:
        """The result of task ``index``, waiting for it while every worker is alive."""
        while index not in self.done:
            try:
                got, result = self.results.get(timeout=_POLL)
            except queue.Empty:
                self._check_alive()
                continue
            self.done[got] = result
        return self.done.pop(index)

    def _check_alive(self) -> None:
        dead = [p for p in self.procs if p.exitcode is not None]
        if dead:
            code = dead[0].exitcode
            how = f"signal {-code}" if code < 0 else f"exit status {code}"
            raise WorkerDied(f"a worker process ended ({how}; out of memory?); the output is incomplete")

    def finish(self) -> None:
        """Let the workers end after their last task, and wait for them."""
        for _ in self.procs:
            self.tasks.put(None)
        for p in self.procs:
            p.join()

    def kill(self) -> None:
        """End the workers now, without joining their queues (see the module docstring)."""
        for p in self.procs:
            if p.exitcode is None:
                p.kill()
        for q in (self.tasks, self.results):
            q.cancel_join_thread()
            q.close()
        for p in self.procs:
            p.join()


def ordered_results(fn: Callable, tasks: Iterable[tuple], jobs: int) -> Iterator[object]:
    """``fn(*task)`` for each task, computed by ``jobs`` worker processes, in task order.

    Close the generator (or let it end) to stop the workers; they never outlive it.
    """
    workers = _Workers(fn, jobs)
    finished = False
    try:
        sent = taken = 0
        for task in tasks:
            workers.put(sent, task)
            sent += 1
            if sent - taken >= IN_FLIGHT * jobs:
                yield workers.take(taken)
                taken += 1
        while taken < sent:
            yield workers.take(taken)
            taken += 1
        workers.finish()
        finished = True
    finally:
        if not finished:
            workers.kill()
