"""The one visible pipeline: normalise → block → compare → score → cluster.

``link`` runs it on a batch; ``link_incremental`` on new records against an existing,
already-clustered registry; ``explain`` scores any single pair for a reviewer.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np
import numpy.typing as npt
import polars as pl

from refuge.linkage._arrays import Idx, sorted_unique
from refuge.linkage.blocking import candidate_pairs
from refuge.linkage.cluster import ClusterResult, cluster
from refuge.linkage.compare import (
    CHUNK,
    FIELDS,
    HouseholdLinks,
    colink_levels,
    compare,
    contradictions,
    household_links,
)
from refuge.linkage.config import LinkageConfig
from refuge.linkage.records import Features, Record, features, to_frame
from refuge.linkage.score import (
    PairCache,
    ScoredPair,
    explain_pairs,
    fit,
    implausible,
    match_weights,
    merge_unrelated,
    unrelated_parts,
)

Progress = Callable[[str, float], None]
T = TypeVar("T")
I32 = npt.NDArray[np.int32]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class LinkageResult:
    """``clusters``: record_id → cluster label, every record exactly once.

    ``review``: pairs scored between the review and the link threshold (in different clusters)
    and links the clusterer refused, each explained field by field.
    """

    clusters: dict[str, int]
    review: list[ScoredPair]
    stats: dict[str, float | int]
    config: LinkageConfig
    # Extra, for diagnostics: not part of the stable contract.
    warnings: list[str] = field(default_factory=list)


class _Clock:
    def __init__(self, progress: Progress | None, stats: dict[str, float | int]) -> None:
        self.progress = progress
        self.stats = stats
        self.t = time.perf_counter()

    def step(self, stage: str, fraction: float) -> None:
        now = time.perf_counter()
        self.stats[f"seconds[{stage}]"] = round(now - self.t, 4)
        self.t = now
        if self.progress is not None:
            self.progress(stage, fraction)


def _index_pairs(
    ids: Mapping[str, int], pairs: Iterable[tuple[str, str]], warnings: list[str], kind: str
) -> tuple[I64, I64]:
    a: list[int] = []
    b: list[int] = []
    for x, y in pairs:
        if x in ids and y in ids:
            a.append(ids[x])
            b.append(ids[y])
        else:
            warnings.append(f"{kind} ({x}, {y}) names an unknown record; ignored")
    return np.array(a, dtype=np.int64), np.array(b, dtype=np.int64)


def _training_rows(
    f: Features, left: Idx, right: Idx, config: LinkageConfig, only: npt.NDArray[np.bool_] | None
) -> I64:
    """The candidate pairs (rows of ``left``, ``right``) that ``config.training_blocking``
    makes too.

    Both lists come from ``candidate_pairs``, sorted by (left, right), so each strict pair is
    found by binary search, among the candidates' codes one chunk at a time: ``np.isin``
    sorted the two lists together, 5.6 GB on top of the 87M candidate pairs of a 1.2M-record
    registry, and all their codes at once took 0.7 GB.
    """
    strict = dataclasses.replace(config, blocking=config.training_blocking)
    a, b, _ = candidate_pairs(f, strict, only=only)
    wanted = a.astype(np.int64) * f.n + b
    del a, b
    found: list[I64] = []
    for start in range(0, len(left), CHUNK):
        codes = left[start : start + CHUNK].astype(np.int64) * f.n
        codes += right[start : start + CHUNK]
        here = wanted[
            np.searchsorted(wanted, codes[0], "left") : np.searchsorted(wanted, codes[-1], "right")
        ]
        rows = np.searchsorted(codes, here)  # (no candidate: a strict rule of its own)
        found.append(start + rows[codes[rows] == here])
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _queued(pool: Executor, jobs: Sequence[Callable[[], T]]) -> Callable[[], list[T]]:
    """Queue ``jobs`` on ``pool``; the returned function gives their results, running itself
    (last first) those the pool has not begun: the caller's thread helps instead of waiting."""
    futures = [pool.submit(job) for job in jobs]

    def results() -> list[T]:
        done = {i: jobs[i]() for i in reversed(range(len(jobs))) if futures[i].cancel()}
        return [done[i] if i in done else fut.result() for i, fut in enumerate(futures)]

    return results


def _run(
    frame: pl.DataFrame,
    config: LinkageConfig,
    must_link: Iterable[tuple[str, str]],
    cannot_link: Iterable[tuple[str, str]],
    progress: Progress | None,
    new_mask: npt.NDArray[np.bool_] | None = None,
    fixed: I64 | None = None,
    explain_review: bool = True,
) -> tuple[I64, list[ScoredPair], dict[str, float | int], LinkageConfig, Features, list[str]]:
    stats: dict[str, float | int] = {"records": frame.height}
    warnings: list[str] = []
    clock = _Clock(progress, stats)
    t0 = time.perf_counter()
    # A second thread where Python and NumPy/Polars work can overlap (unless the caller asked
    # for one thread): the columns without names, and the random pairs behind u.
    threads = config.workers != 1
    if frame["record_id"].n_unique() != frame.height:
        raise ValueError("record_id values must be unique")
    f = features(frame, threads=threads)
    clock.step("normalise", 0.2)

    given_fitted = config.fitted
    with ThreadPoolExecutor(max_workers=1) as pool:
        # u (random pairs) needs the records only: drawn while blocking and comparison run.
        sample = _queued(pool, unrelated_parts(f, config)) if threads and not given_fitted else None
        left, right, bstats = candidate_pairs(f, config, only=new_mask)
        stats.update(bstats)
        clock.step("block", 0.4)

        # Each chunk's levels become the pattern codes EM and the weights read (and the TF
        # adjustments and contradictions), and are let go: a reviewer's pairs are compared
        # again at the end.
        cache = PairCache.of(f, left, right, lambda a, b: compare(f, a, b, config), config.workers)
        stats["pairs_compared"] = len(left)
        clock.step("compare", 0.6)

        training: I64 | None = None  # the pairs EM is fitted on, when not all of them
        if not given_fitted:
            # Fit on all candidate pairs of the batch (even in incremental mode the model needs
            # both classes; only the decisions are restricted to new records); again on the
            # stricter rules' pairs when that fit is implausible.
            drawn = merge_unrelated(sample()) if sample is not None else None
            config = fit(f, cache.codes, config, sample=drawn)
            if implausible(config, f.n):
                training = _training_rows(f, left, right, config, new_mask)
                stats["pairs_trained"] = len(training)
                config = fit(f, cache.codes[training], config, sample=drawn)
    w = cache.weights(config) if config.fitted else np.zeros(len(left))
    stats["prior"] = round(config.prior, 6)
    clock.step("score", 0.7)

    must, cannot = list(must_link), list(cannot_link)
    ids = {r: i for i, r in enumerate(f.record_ids)} if must or cannot else {}
    ml = _index_pairs(ids, must, warnings, "must_link")
    cl = _index_pairs(ids, cannot, warnings, "cannot_link")
    households: HouseholdLinks | None = None

    def score_pairs(a: I64, b: I64) -> tuple[F64, npt.NDArray[np.bool_]]:
        pairs = compare(f, a, b, config, households)
        return match_weights(f, pairs, config), contradictions(pairs)

    def run_cluster() -> ClusterResult:
        return cluster(
            f.n,
            left,
            right,
            w,
            link_threshold=config.link_threshold,
            veto_threshold=config.veto_threshold,
            score_pairs=score_pairs,
            contradicts=cache.contradicts,
            must_link=ml,
            cannot_link=cl,
            fixed=fixed,
        )

    res = run_cluster()
    if config.household_colink and config.fitted and len(left):
        # Second pass: collective evidence from the first pass's clusters (docs/linkage.md).
        t2 = time.perf_counter()
        households = household_links(f, res.labels)
        assert FIELDS[-1] == "household_colink"  # the last digit of a pattern code
        colink = colink_levels(households, left, right, config.workers)
        stats["pairs_colinked"] = int((colink == 0).sum())
        cache.add_last_field(colink)
        del colink
        if not given_fitted:
            codes = cache.codes if training is None else cache.codes[training]
            config = fit(f, codes, config, households)
        w = cache.weights(config, out=w)  # in place: one weight array at 1M is 365 MB
        res = run_cluster()
        # Timed inside the "cluster" stage (the progress stages stay the five of the docs).
        stats["seconds[second pass]"] = round(time.perf_counter() - t2, 4)
    labels = res.labels
    stats["suspect_components"] = res.suspect_components
    stats["clusters"] = int(len(sorted_unique(labels))) if f.n else 0
    rows = np.flatnonzero((w >= config.review_threshold) & (w < config.link_threshold))
    rows = rows[labels[left[rows]] != labels[right[rows]]]
    review: list[ScoredPair] = []
    if explain_review:
        # The pairs to review, then the links the clusterer refused, compared again (with
        # the second pass's ``household_colink``) to be explained field by field.
        refused = np.array([(a, b) for a, b, _ in res.refused], dtype=np.int64).reshape(-1, 2)
        ra = np.concatenate([left[rows].astype(np.int64), refused[:, 0]])
        rb = np.concatenate([right[rows].astype(np.int64), refused[:, 1]])
        review = explain_pairs(
            f, compare(f, ra, rb, config, households), config, np.arange(len(ra))
        )
    stats["review_pairs"] = len(rows) + len(res.refused)
    stats["links_refused"] = len(res.refused)
    clock.step("cluster", 1.0)
    stats["seconds[total]"] = round(time.perf_counter() - t0, 4)
    return labels, review, stats, config, f, warnings


def link(
    records: Sequence[Record] | pl.DataFrame,
    *,
    config: LinkageConfig | None = None,
    must_link: Iterable[tuple[str, str]] = (),
    cannot_link: Iterable[tuple[str, str]] = (),
    progress: Progress | None = None,
    explain_review: bool = True,
) -> LinkageResult:
    """Link a batch of records into persons.

    With an unfitted ``config`` (the default), m, u and the prior are fitted by EM on this
    batch and returned in ``result.config``; with a fitted one, they are used as given.
    ``explain_review=False`` leaves ``result.review`` empty (``stats["review_pairs"]`` still
    counts the pairs): for a caller that does not show them.
    """
    cfg = config or LinkageConfig()
    frame = to_frame(records)
    if frame.height == 0:
        return LinkageResult(clusters={}, review=[], stats={"records": 0}, config=cfg)
    labels, review, stats, cfg, f, warnings = _run(
        frame, cfg, must_link, cannot_link, progress, explain_review=explain_review
    )
    clusters = dict(zip(f.record_ids, labels.tolist(), strict=True))
    return LinkageResult(
        clusters=clusters, review=review, stats=stats, config=cfg, warnings=warnings
    )


def link_incremental(
    existing: Sequence[Record] | pl.DataFrame,
    existing_clusters: Mapping[str, int],
    new: Sequence[Record] | pl.DataFrame,
    *,
    config: LinkageConfig | None = None,
    must_link: Iterable[tuple[str, str]] = (),
    cannot_link: Iterable[tuple[str, str]] = (),
    progress: Progress | None = None,
) -> LinkageResult:
    """Link ``new`` records into an existing clustering.

    Only pairs touching a new record are compared. A new record joins an existing cluster or
    forms a new one; existing clusters are never split or merged with each other (a new
    record that would join two goes to the review list instead), except that a cannot-link
    between two members of one existing cluster detaches the second of them.
    Labels of existing records are kept; new clusters get labels above the largest existing.
    """
    cfg = config or LinkageConfig()
    old = to_frame(existing)
    fresh = to_frame(new)
    frame = pl.concat([old, fresh], how="vertical")
    cl_pairs = list(cannot_link)
    existing_ids = old["record_id"].to_list()
    fixed = np.array([existing_clusters.get(r, -1) for r in existing_ids], dtype=np.int64)
    missing = [r for r, c in zip(existing_ids, fixed.tolist(), strict=True) if c < 0]
    # Existing records without a cluster get labels of their own.
    top = max([*existing_clusters.values(), -1]) + 1
    for k, r in enumerate(missing):
        fixed[existing_ids.index(r)] = top + k
    top += len(missing)
    # Cannot-link inside one existing cluster: detach the second record into its own cluster.
    pos = {r: i for i, r in enumerate(existing_ids)}
    for a, b in cl_pairs:
        if a in pos and b in pos and fixed[pos[a]] == fixed[pos[b]]:
            fixed[pos[b]] = top
            top += 1
    fixed_all = np.concatenate([fixed, np.full(fresh.height, -1, dtype=np.int64)])
    new_mask = np.zeros(frame.height, dtype=bool)
    new_mask[old.height :] = True
    labels, review, stats, cfg, f, warnings = _run(
        frame, cfg, must_link, cl_pairs, progress, new_mask=new_mask, fixed=fixed_all
    )
    # Translate component labels into existing labels where a fixed group is present.
    out: dict[str, int] = {}
    comp_to_label: dict[int, int] = {}
    for i in range(old.height):
        comp_to_label[int(labels[i])] = int(fixed[i])
        out[f.record_ids[i]] = int(fixed[i])
    next_label = top
    for i in range(old.height, f.n):
        comp = int(labels[i])
        if comp not in comp_to_label:
            comp_to_label[comp] = next_label
            next_label += 1
        out[f.record_ids[i]] = comp_to_label[comp]
    return LinkageResult(clusters=out, review=review, stats=stats, config=cfg, warnings=warnings)


def explain(left: Record, right: Record, config: LinkageConfig) -> ScoredPair:
    """Score one pair with a fitted ``config`` and say what each field contributed.

    The term-frequency adjustment is left out: it needs the name and birth-date frequencies of
    a whole registry, which one pair does not have. So is the collective evidence
    (``household_colink`` is null): it needs the run's first-pass clusters. Scores can so
    differ from the run's; the review list of a run carries the run's own explanations.
    """
    if not config.fitted:
        raise ValueError("explain needs a fitted config (result.config of a link run)")
    if left.record_id == right.record_id:
        right = dataclasses.replace(right, record_id=right.record_id + " ")
    f = features(to_frame([left, right]))
    cmp = compare(f, np.array([0], dtype=np.int64), np.array([1], dtype=np.int64), config)
    return explain_pairs(f, cmp, dataclasses.replace(config, tf_adjust=False), np.array([0]))[0]
