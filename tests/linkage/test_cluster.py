"""The clusterer's veto: a low weight splits a chain only when it comes with a contradiction."""

from __future__ import annotations

import numpy as np

from refuge.linkage.cluster import cluster

I64 = np.int64


def _chain(third_pair_contradicts: bool) -> list[int]:
    # 0-1 and 1-2 are strong links; 0-2 was not a candidate and scores -8 when the clusterer
    # asks (e.g. 0 has no birth date and no phone in common with 2).
    def score_pairs(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        w = np.select([(a == 0) & (b == 2), (a == 0) & (b == 1)], [-8.0, 12.0], 10.0)
        return w, np.full(len(a), third_pair_contradicts)

    res = cluster(
        3,
        np.array([0, 1], dtype=I64),
        np.array([1, 2], dtype=I64),
        np.array([12.0, 10.0]),
        link_threshold=4.0,
        veto_threshold=-4.0,
        score_pairs=score_pairs,
        contradicts=np.array([False, False]),
    )
    return res.labels.tolist()


def test_a_weak_pair_without_contradiction_does_not_split_a_chain() -> None:
    labels = _chain(third_pair_contradicts=False)
    assert labels[0] == labels[1] == labels[2]


def test_a_contradicting_pair_splits_it_at_the_weaker_link() -> None:
    labels = _chain(third_pair_contradicts=True)
    assert labels[0] == labels[1] != labels[2]


def test_components_of_chains_stars_and_singletons() -> None:
    from refuge.linkage._arrays import components

    rng = np.random.default_rng(0)
    # A chain of 500 records in shuffled order, a star of 50 and 100 singletons.
    perm = rng.permutation(650)
    chain = perm[:500]
    star = perm[500:550]
    left = np.r_[chain[:-1], np.full(49, star[0])]
    right = np.r_[chain[1:], star[1:]]
    swap = rng.random(len(left)) < 0.5
    left, right = np.where(swap, right, left), np.where(swap, left, right)
    labels = components(650, left, right)
    assert len(set(labels[chain].tolist())) == 1
    assert len(set(labels[star].tolist())) == 1
    assert labels[chain[0]] != labels[star[0]]
    assert len(set(labels.tolist())) == 2 + 100
    # Labelled in order of each component's smallest record.
    first = [int(labels[i]) for i in range(650)]
    seen = list(dict.fromkeys(first))
    assert seen == list(range(len(seen)))
