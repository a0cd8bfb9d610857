"""Clustering: connected components over confident links, split where evidence disagrees.

1. Connected components over pairs with weight ≥ ``link_threshold`` and must-links.
   Almost every component is one person and is accepted as is.
2. A component of three or more records gets every internal pair scored (most were not
   candidates); a component is *suspect* when some internal pair is *vetoed* — it weighs below
   ``veto_threshold`` and contradicts itself on an identity field (two birth dates, two given
   names: clear evidence of two people, where a low weight alone may only mean that one side
   has no date or phone) — holds a cannot-link, or joins two fixed groups (existing clusters in
   incremental linkage).
3. Suspect components only are re-clustered greedily: links in descending weight, a merge of
   two groups refused when any pair across them is vetoed or cannot-linked. This is what stops
   one weak link from chaining two people together. Refused links go to the review list.

Step 3 is a Python loop, but over the few suspect components only, never over all pairs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from refuge.linkage._arrays import Idx, components, unique_inverse

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
# Weights of the given pairs, and whether each contradicts itself on an identity field.
ScoreFn = Callable[[I64, I64], tuple[F64, Bools]]

MUST_LINK_WEIGHT = 1e9
MAX_ALL_PAIRS = 400  # components larger than this are checked on their known pairs only


@dataclass(frozen=True, slots=True)
class ClusterResult:
    labels: I64
    refused: list[tuple[int, int, float]]  # links (i, j, weight) the clusterer would not make
    suspect_components: int


def _internal_pairs(labels: I64, members: I64) -> tuple[I64, I64]:
    """All pairs (i < j) within the components of ``members`` (sorted by label)."""
    order = members[np.argsort(labels[members], kind="stable")]
    lab = labels[order]
    starts = np.flatnonzero(np.r_[True, lab[1:] != lab[:-1]])
    sizes = np.diff(np.r_[starts, len(order)])
    ls: list[I64] = []
    rs: list[I64] = []
    for size in np.unique(sizes).tolist():
        blocks = starts[sizes == size]
        iu, ju = np.triu_indices(size, 1)
        ls.append(order[(blocks[:, None] + iu[None, :]).ravel()])
        rs.append(order[(blocks[:, None] + ju[None, :]).ravel()])
    if not ls:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    a, b = np.concatenate(ls), np.concatenate(rs)
    return np.minimum(a, b), np.maximum(a, b)


def cluster(
    n: int,
    left: Idx,
    right: Idx,
    weight: F64,
    *,
    link_threshold: float,
    veto_threshold: float,
    score_pairs: ScoreFn,
    contradicts: Bools | None = None,
    must_link: tuple[I64, I64] | None = None,
    cannot_link: tuple[I64, I64] | None = None,
    fixed: I64 | None = None,
) -> ClusterResult:
    """Cluster ``n`` records from scored pairs; see the module docstring.

    ``fixed`` (optional) gives a group label per record (-1 = free): records of one fixed group
    stay together, and two fixed groups are never merged. ``contradicts`` (per candidate pair;
    default: all) says which pairs a low weight may veto.
    """
    if contradicts is None:
        contradicts = np.ones(len(left), dtype=bool)
    empty = np.zeros(0, np.int64)
    ml_l, ml_r = must_link if must_link is not None else (empty, empty)
    cl_l, cl_r = cannot_link if cannot_link is not None else (empty, empty)
    strong = weight >= link_threshold
    el = [left[strong], ml_l]
    er = [right[strong], ml_r]
    fx_l, fx_r = empty, empty
    if fixed is not None:
        idx = np.flatnonzero(fixed >= 0)
        order = idx[np.argsort(fixed[idx], kind="stable")]
        same = fixed[order][1:] == fixed[order][:-1]
        fx_l, fx_r = order[:-1][same], order[1:][same]
        el.append(fx_l)
        er.append(fx_r)
    labels = components(n, np.concatenate(el).astype(np.int64), np.concatenate(er).astype(np.int64))

    sizes = np.bincount(labels)
    suspect = np.zeros(len(sizes), dtype=bool)
    if len(cl_l):
        suspect[labels[cl_l][labels[cl_l] == labels[cl_r]]] = True
    if fixed is not None:
        fl = np.flatnonzero(fixed >= 0)
        pairs = np.unique(np.stack([labels[fl], fixed[fl]], axis=1), axis=0)
        comp, cnt = np.unique(pairs[:, 0], return_counts=True)
        suspect[comp[cnt > 1]] = True
    check = np.flatnonzero((sizes >= 3) & (sizes <= MAX_ALL_PAIRS))
    members = np.flatnonzero(np.isin(labels, check))
    il, ir = _internal_pairs(labels, members)
    iw, ic = score_pairs(il, ir) if len(il) else (np.zeros(0), np.zeros(0, dtype=bool))
    suspect[labels[il[(iw < veto_threshold) & ic]]] = True
    big = np.flatnonzero(sizes > MAX_ALL_PAIRS)
    suspect[big] = True
    if not suspect.any():
        return ClusterResult(labels=labels, refused=[], suspect_components=0)

    # Greedy re-clustering of suspect components on everything known about their pairs.
    is_s = suspect[labels]
    known, vetoed = _known_pairs(
        n,
        labels,
        is_s,
        veto_threshold,
        (left, right, weight, contradicts),
        (il, ir, iw, ic),
        (ml_l, ml_r, np.full(len(ml_l), MUST_LINK_WEIGHT), np.zeros(len(ml_l), dtype=bool)),
    )
    cannot = {_key(x, y, n) for x, y in zip(cl_l.tolist(), cl_r.tolist(), strict=True)}
    fixed_of = fixed if fixed is not None else np.full(n, -1, dtype=np.int64)
    for x, y in zip(fx_l.tolist(), fx_r.tolist(), strict=True):
        if is_s[x]:
            e = _key(x, y, n)
            known[e] = max(known.get(e, MUST_LINK_WEIGHT), MUST_LINK_WEIGHT)

    group: dict[int, int] = {}
    members_of: dict[int, list[int]] = {}
    fixed_label: dict[int, int] = {}
    for i in np.flatnonzero(is_s).tolist():
        group[i] = i
        members_of[i] = [i]
        fixed_label[i] = int(fixed_of[i])
    refused: list[tuple[int, int, float]] = []
    # Links in descending weight (ties: the larger pair first, as the pairs (i, j) sort).
    edges = sorted(((w, e) for e, w in known.items() if w >= link_threshold), reverse=True)
    for w, e in edges:
        a, b = divmod(e, n)
        ga, gb = group[a], group[b]
        if ga == gb:
            continue
        fa, fb = fixed_label[ga], fixed_label[gb]
        ok = not (fa >= 0 and fb >= 0 and fa != fb)
        if ok:
            for x in members_of[ga]:
                for y in members_of[gb]:
                    key = _key(x, y, n)
                    if key in cannot or (key in vetoed and w < MUST_LINK_WEIGHT):
                        ok = False
                        break
                if not ok:
                    break
        if not ok:
            refused.append((a, b, w))
            continue
        if len(members_of[ga]) < len(members_of[gb]):
            ga, gb = gb, ga
        for y in members_of[gb]:
            group[y] = ga
        members_of[ga].extend(members_of.pop(gb))
        fixed_label[ga] = max(fa, fb)
    new_labels = labels.copy()
    base = int(labels.max()) + 1 if len(labels) else 0
    for i, g in group.items():
        new_labels[i] = base + g
    _, relabelled = unique_inverse(new_labels)
    return ClusterResult(
        labels=relabelled.astype(np.int64),
        refused=refused,
        suspect_components=int(suspect.sum()),
    )


def _key(x: int, y: int, n: int) -> int:
    """One integer for the unordered pair of records ``x`` and ``y`` (of ``n``): min · n + max,
    so that keys sort as the pairs (min, max) do."""
    return x * n + y if x < y else y * n + x


def _known_pairs(
    n: int,
    labels: I64,
    is_s: Bools,
    veto_threshold: float,
    *sources: tuple[Idx, Idx, F64, Bools],
) -> tuple[dict[int, float], set[int]]:
    """Weight of every pair within one suspect component (``_key``), from ``sources`` of
    pairs with their weights and contradiction flags, a later source overriding an earlier
    (an internal pair's score over a candidate's, a must-link over both); and the pairs so
    vetoed (``veto_threshold``)."""
    keys: list[I64] = []
    weights: list[F64] = []
    vetoes: list[Bools] = []
    for a, b, w, c in sources:
        rows = np.flatnonzero(is_s[a])
        rows = rows[is_s[b[rows]] & (labels[a[rows]] == labels[b[rows]])]
        lo = np.minimum(a[rows], b[rows]).astype(np.int64)
        keys.append(lo * n + np.maximum(a[rows], b[rows]))
        weights.append(w[rows])
        vetoes.append(c[rows] & (w[rows] < veto_threshold))
    key = np.concatenate(keys)
    # The last note of each pair: the first in reverse order.
    distinct, first = np.unique(key[::-1], return_index=True)
    last = len(key) - 1 - first
    weight, veto = np.concatenate(weights)[last], np.concatenate(vetoes)[last]
    return dict(zip(distinct.tolist(), weight.tolist(), strict=True)), set(distinct[veto].tolist())
