"""The forked share of the pure-Python work (name keys, phones): same results as one process,
in order, whichever process computed which piece, and nothing lost when the fork dies."""

from __future__ import annotations

import os
import time

import pytest

from refuge.linkage import _parallel
from refuge.linkage._parallel import apply_once, can_fork, map_shared

pytestmark = pytest.mark.skipif(not can_fork(), reason="shares work only where it can fork")


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_parallel, "MIN_VALUES_TO_SHARE", 10)
    monkeypatch.setattr(_parallel, "CHUNK", 7)


def _with_pid(value: str) -> str:
    return f"{value.upper()}@{os.getpid()}"


def test_both_processes_take_pieces_and_the_order_is_kept(small_pieces: None) -> None:
    names = [f"name{i}" for i in range(3000)]
    cities = ["goris", "", None, "kapan"] * 50
    parent, waited = os.getpid(), []

    def slow_start_here(value: str) -> str:
        # Every value takes a while (0.2 ms: 0.6 s in all), and the parent's first one longer:
        # on a loaded machine one process could otherwise do every piece before the other is
        # scheduled at all, and the test would say nothing.
        if os.getpid() == parent and not waited:
            waited.append(True)
            time.sleep(0.05)
        time.sleep(0.0002)
        return _with_pid(value)

    family, origin = map_shared([(slow_start_here, names), (slow_start_here, cities)])
    assert [k.split("@")[0] for k in family] == [n.upper() for n in names]
    assert [k.split("@")[0] for k in origin] == [(c or "").upper() for c in cities]
    pids = {k.split("@")[1] for k in family + origin if k}
    assert str(os.getpid()) in pids
    assert len(pids) == 2  # the forked process did its share


def test_without_share_or_below_the_threshold_one_process_does_it_all() -> None:
    names = [f"n{i}" for i in range(50)]
    for result in (map_shared([(_with_pid, names)], share=False), map_shared([(_with_pid, names)])):
        assert {k.split("@")[1] for k in result[0]} == {str(os.getpid())}


def test_the_work_of_a_fork_that_died_is_done_here(small_pieces: None) -> None:
    parent = os.getpid()

    def dies_in_the_fork(value: str) -> str:
        if os.getpid() != parent:
            os._exit(3)
        return value[::-1]

    names = [f"abc{i}" for i in range(500)]
    assert map_shared([(dies_in_the_fork, names)]) == [apply_once(dies_in_the_fork, names)]


def test_a_job_that_fails_here_stops_the_fork_and_raises(small_pieces: None) -> None:
    import multiprocessing

    parent = os.getpid()

    def fails_here(value: str) -> str:
        # Whichever piece the parent takes; the fork is slow, so that a loaded machine cannot
        # let it take every piece before this process claims one.
        if os.getpid() == parent:
            raise ValueError(f"failed here on {value}")
        time.sleep(0.001)
        return value

    names = [f"n{i}" for i in range(5000)]
    with pytest.raises(ValueError, match="failed here"):
        map_shared([(fails_here, names)])
    assert multiprocessing.active_children() == []  # killed and reaped, not left blocked


def test_a_fork_that_hangs_is_stopped_and_its_work_done_here(
    small_pieces: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing
    import threading
    import time

    monkeypatch.setattr(_parallel, "WAIT_FLOOR_SECONDS", 0.5)
    parent = os.getpid()

    def hangs_in_the_fork(value: str) -> str:
        if os.getpid() != parent:  # as on a lock that another thread held at the fork
            threading.Event().wait()
        time.sleep(0.001)  # slow enough here for the fork to take a piece
        return value[::-1]

    names = [f"abc{i}" for i in range(500)]
    started = time.perf_counter()
    assert map_shared([(hangs_in_the_fork, names)]) == [apply_once(hangs_in_the_fork, names)]
    assert time.perf_counter() - started < 30
    assert multiprocessing.active_children() == []
