"""Pure-Python work shared with a forked process, where the interpreter lock keeps a thread from
helping: the name keys, once per distinct name, are the one stage of linkage that is Python
and not NumPy or Polars (docs/linkage.md, "Where the time goes")."""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

Job = tuple[Callable[[str], str], Sequence[str | None]]
Chunk = tuple[int, int, int]  # job, first value, end

# Below this many values a fork costs more than it saves (a fork, a pipe and the results'
# pickle: about 20 ms).
MIN_VALUES_TO_SHARE = 5_000
# Values per piece of work the two processes take turns to claim: small enough that neither
# waits long for the other at the end, large enough that claiming one costs nothing.
CHUNK = 1_000


def apply_once(fn: Callable[[str], str], values: Sequence[str | None]) -> list[str]:
    """``fn`` of each value, ``""`` for an empty one (or a null) without calling ``fn``."""
    return [fn(v) if v else "" for v in values]


def can_fork() -> bool:
    """Linux only: a forked copy of a process that runs Polars' threads is safe when the copy
    runs nothing but Python, as here; macOS forbids forking such a process."""
    return (
        sys.platform == "linux"
        and "fork" in multiprocessing.get_all_start_methods()
        and not multiprocessing.current_process().daemon  # a pool's worker may have no children
    )


def map_shared(jobs: Sequence[Job], *, share: bool = True) -> list[list[str]]:
    """``apply_once(fn, values)`` for each job; with ``share``, when the jobs are large
    enough, a forked process takes pieces of them from the back while this one takes them from
    the front, until they meet (so neither waits for the other, whatever else the machine is
    doing). The same results either way."""
    if not share or not can_fork() or sum(len(v) for _, v in jobs) < MIN_VALUES_TO_SHARE:
        return [apply_once(fn, values) for fn, values in jobs]
    chunks = [
        (j, start, min(start + CHUNK, len(values)))
        for j, (_, values) in enumerate(jobs)
        for start in range(0, len(values), CHUNK)
    ]
    context = multiprocessing.get_context("fork")
    bounds = context.Array("i", [0, len(chunks)])  # the next chunk from the front; the back
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_work_back, args=(jobs, chunks, bounds, send), daemon=True)
    child.start()
    send.close()
    done: dict[int, list[str]] = {}
    started = time.perf_counter()
    try:
        while (i := _claim(bounds, front=True)) is not None:
            done[i] = _apply_chunk(jobs, chunks[i])
        # Every piece is claimed: the fork has its last one at most to finish. One that has not
        # answered by then is stuck (a lock another thread held at the fork, which the copy
        # inherits locked) and is stopped; one that died, perhaps while sending, is gone.
        try:
            if receive.poll(WAIT_FLOOR_SECONDS + time.perf_counter() - started):
                done.update(receive.recv())
            else:
                child.kill()
        except (EOFError, OSError):
            pass
        for i in set(range(len(chunks))) - set(done):  # what the fork left undone, done here
            done[i] = _apply_chunk(jobs, chunks[i])
    except BaseException:  # a job failed here (or the caller was interrupted): stop the fork
        child.kill()
        raise
    finally:
        receive.close()
        child.join()
    out: list[list[str]] = [[] for _ in jobs]
    for i, (j, _, _) in enumerate(chunks):  # chunks are in job, then value order
        out[j].extend(done[i])
    return out


def _claim(bounds: Any, *, front: bool) -> int | None:
    """The next unclaimed chunk from the front (or the back), ``None`` when none is left, or
    when the lock stays taken (the other process was killed holding it: what it left undone
    is done after ``recv`` finds it gone)."""
    lock = bounds.get_lock()
    if not lock.acquire(timeout=LOCK_TIMEOUT_SECONDS):
        return None
    try:
        first, end = bounds[0], bounds[1]
        if first >= end:
            return None
        if front:
            bounds[0] = first + 1
            return int(first)
        bounds[1] = end - 1
        return int(end - 1)
    finally:
        lock.release()


# A claim holds the lock for microseconds; this long means its holder is dead.
LOCK_TIMEOUT_SECONDS = 10.0
# Once this process has finished its share, the fork is waited for this long, and as long again
# as that share took, before it is taken for stuck: its last piece takes a thousandth of that.
WAIT_FLOOR_SECONDS = 10.0


def _apply_chunk(jobs: Sequence[Job], chunk: Chunk) -> list[str]:
    j, start, end = chunk
    fn, values = jobs[j]
    return apply_once(fn, values[start:end])


def _work_back(jobs: Sequence[Job], chunks: list[Chunk], bounds: Any, send: Connection) -> None:
    done: dict[int, list[str]] = {}
    while (i := _claim(bounds, front=False)) is not None:
        done[i] = _apply_chunk(jobs, chunks[i])
    send.send(done)
    send.close()
