"""Small array helpers.

``np.unique`` without ``return_inverse`` is very slow on wide int64 values in NumPy 2.4 (it
takes a hashing path: 5 s for 5M values against 0.04 s for a sort), so the hot path uses these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Final, TypeVar

import numpy as np
import numpy.typing as npt
import polars as pl

I64 = npt.NDArray[np.int64]
I32 = npt.NDArray[np.int32]
F64 = npt.NDArray[np.float64]
T = TypeVar("T")
R = TypeVar("R")


def sorted_unique(x: npt.NDArray[np.integer]) -> I64:
    s: I64 = np.sort(np.asarray(x, dtype=np.int64))
    if len(s) == 0:
        return s
    return s[np.r_[True, s[1:] != s[:-1]]]


# Values spanning at most this many times their count (or ``DENSE_MIN``, never more than
# ``DENSE_MAX``) are ranked through a table indexed by value: linear, and ~5x faster than a sort.
DENSE_SPAN: Final = 4
DENSE_MIN: Final = 1 << 20
DENSE_MAX: Final = 1 << 24
# Above this many values, Polars' dense rank (multi-threaded) is ~3x faster than an argsort.
POLARS_MIN: Final = 100_000


def unique_inverse(x: npt.NDArray[np.integer]) -> tuple[I64, I64]:
    """Sorted distinct values and, per element, the index of its value among them."""
    v: I64 = np.asarray(x, dtype=np.int64)
    if len(v) == 0:
        return v, np.zeros(0, dtype=np.int64)
    lo = int(v.min())
    span = int(v.max()) - lo + 1
    if span <= min(max(DENSE_SPAN * len(v), DENSE_MIN), DENSE_MAX):
        seen = np.zeros(span, dtype=bool)
        seen[v - lo] = True
        rank = np.cumsum(seen, dtype=np.int32) - 1
        return np.flatnonzero(seen).astype(np.int64) + lo, rank[v - lo].astype(np.int64)
    if len(v) >= POLARS_MIN:
        ranks: I64 = pl.Series(v).rank("dense").to_numpy().astype(np.int64) - 1
        uniq = np.empty(int(ranks.max()) + 1, dtype=np.int64)
        uniq[ranks] = v
        return uniq, ranks
    order = np.argsort(v)  # ties may fall in any order: each gets the same group number
    s: I64 = v[order]
    new = np.r_[True, s[1:] != s[:-1]]
    inv = np.empty(len(x), dtype=np.int64)
    inv[order] = np.cumsum(new) - 1
    return s[new], inv


def occurrences(x: npt.NDArray[np.integer]) -> I64:
    """Per element, how many elements hold its value (itself included)."""
    _, inverse = unique_inverse(x)
    counts: I64 = np.bincount(inverse)[inverse]
    return counts


def argsort(x: npt.NDArray[np.integer]) -> I64:
    """Indices that sort ``x``; ties in any order (callers must not depend on it).

    Polars' sort runs on all cores: half the time of NumPy's for the million keys of a
    blocking rule at 1M records.
    """
    if len(x) >= POLARS_MIN:
        out: I64 = pl.Series(x).arg_sort().to_numpy().astype(np.int64)
        return out
    return np.argsort(x).astype(np.int64)


def dense_codes(codes: npt.NDArray[np.integer]) -> tuple[I32, int]:
    """Codes renumbered 0..k-1 in the order of their values (-1 kept), and k."""
    ok = codes >= 0
    out = np.full(len(codes), -1, dtype=np.int32)
    if not ok.any():
        return out, 0
    uniq, inv = unique_inverse(codes[ok])
    out[ok] = inv.astype(np.int32)
    return out, len(uniq)


def frequencies(codes: I32, size: int = 1) -> F64:
    """Share of the records (code ≥ 0) holding each code, ``size`` codes at least."""
    counts = np.bincount(codes[codes >= 0], minlength=size).astype(np.float64)
    total = counts.sum()
    out: F64 = counts / total if total else counts
    return out


# Record indices of pairs: int32 for the candidate pairs of a batch (half the memory of int64
# at tens of millions of pairs), int64 where callers build them; both index the same arrays.
Idx = npt.NDArray[np.int32] | npt.NDArray[np.int64]


def components(n: int, left: Idx, right: Idx) -> I64:
    """Connected components, labelled 0..k-1 in order of their smallest record.

    Hooking and pointer jumping (Shiloach–Vishkin) in NumPy: each round hooks the root of
    every edge's larger label under the smaller, then flattens the trees; components of a few
    records settle in two or three rounds. (SciPy's ``connected_components`` does the same job
    but importing ``scipy.sparse`` costs a quarter of a second, a tenth of ``refuge link`` at
    100k records.)
    """
    labels = np.arange(n, dtype=np.int64)
    if len(left) == 0:
        return labels
    a, b = np.asarray(left, dtype=np.int64), np.asarray(right, dtype=np.int64)
    while True:
        la, lb = labels[a], labels[b]
        differ = la != lb
        if not differ.any():
            break
        la, lb = la[differ], lb[differ]
        np.minimum.at(labels, np.maximum(la, lb), np.minimum(la, lb))
        while True:
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
    return unique_inverse(labels)[1]


def in_two_threads(job: Callable[[T], R], items: Sequence[T], workers: int = -1) -> list[R]:
    """``[job(x) for x in items]``, two at a time unless ``workers`` is 1 or there is one item.

    The pipeline's parallel stages are mostly NumPy, Polars and RapidFuzz, which let go of the
    GIL, so the second core is busy while the first is in Python (comparison at 1M records:
    12 s → 7 s). A job's exception is raised here.
    """
    if workers == 1 or len(items) <= 1:
        return [job(x) for x in items]
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(job, items))


def each_chunk(n: int, chunk: int, job: Callable[[int], None], workers: int = -1) -> None:
    """``job(start)`` for ``start`` in ``range(0, n, chunk)``, two at a time
    (``in_two_threads``). The jobs must write disjoint slices."""
    in_two_threads(job, range(0, n, chunk), workers)


def one_slip(
    a: npt.NDArray[np.int32], b: npt.NDArray[np.int32], width: int
) -> npt.NDArray[np.bool_]:
    """True where a and b (``width`` decimal digits) differ by one keying slip.

    A slip: off by one, one digit different, or two neighbouring digits exchanged (1978 for
    1987, 12 for 21) — the transposition is as common a keying error as a wrong digit.
    """
    da = np.stack([(a // 10**k) % 10 for k in range(width)])
    db = np.stack([(b // 10**k) % 10 for k in range(width)])
    differ = da != db
    n_differ = differ.sum(axis=0)
    exchanged = np.zeros(len(a), dtype=bool)
    for k in range(width - 1):
        exchanged |= differ[k] & differ[k + 1] & (da[k] == db[k + 1]) & (da[k + 1] == db[k])
    exchanged &= n_differ == 2
    return np.asarray((np.abs(a - b) == 1) | (n_differ == 1) | exchanged, dtype=bool)
