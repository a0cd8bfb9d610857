"""Fellegi–Sunter scoring with m and u estimated from the data by EM.

For a pair with comparison vector γ, the match weight is

    w(γ) = log2(λ / (1 - λ)) + Σ_f log2(m_f[γ_f] / u_f[γ_f])  (+ term-frequency adjustment)

where m_f[l] = P(level l | match), u_f[l] = P(level l | non-match) and λ the share of matches
among candidate pairs. A null level adds 0. m, u and λ are fitted by expectation-maximisation
over the candidate pairs (as in fastLink, Enamorado, Fifield & Imai 2019): both classes are
estimated on the very population the model scores, so blocking does not bias u. EM runs on the
distinct comparison patterns with their counts — a few thousand rows, whatever the data size.

Term-frequency adjustment (as Splink's): agreement on a rare name is stronger evidence than on
a common one. For an agreeing name with key frequency tf, log2(Σtf² / tf) is added — zero for a
name of average frequency — clipped to ±``TF_CLIP`` bits.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

from refuge.linkage.compare import FIELDS, LEVELS, Comparisons
from refuge.linkage.config import LinkageConfig
from refuge.linkage.records import Features

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

TF_CLIP: Final = 3.0
_EPS: Final = 1e-6

# Default m and u: the starting point of EM and, as Dirichlet pseudo-counts worth
# ``PRIOR_STRENGTH`` pairs, its prior (maximum a posteriori EM). On a large registry the data
# overwhelm them; on a batch of a few dozen records, where EM alone is degenerate, they give a
# sensible model. m: how a true pair's levels are distributed (most agree, transliteration
# variants common, typos rarer); u: how candidate non-pairs are (blocking makes agreement on
# names and phones common among them — household members share both).
DEFAULT_M: Final[dict[str, tuple[float, ...]]] = {
    "family_name": (0.55, 0.3, 0.08, 0.04, 0.03),
    "given_name": (0.55, 0.3, 0.08, 0.04, 0.03),
    "patronymic": (0.85, 0.1, 0.05),
    "birth_date": (0.8, 0.04, 0.08, 0.05, 0.03),
    "sex": (0.98, 0.02),
    "phone": (0.85, 0.15),
    "origin": (0.9, 0.1),
    "household_ref": (0.7, 0.3),
}
DEFAULT_U: Final[dict[str, tuple[float, ...]]] = {
    "family_name": (0.35, 0.15, 0.1, 0.1, 0.3),
    "given_name": (0.2, 0.1, 0.1, 0.15, 0.45),
    "patronymic": (0.2, 0.1, 0.7),
    "birth_date": (0.05, 0.002, 0.1, 0.05, 0.798),
    "sex": (0.6, 0.4),
    "phone": (0.3, 0.7),
    "origin": (0.3, 0.7),
    "household_ref": (0.3, 0.7),
}
DEFAULT_PRIOR: Final = 0.1
PRIOR_STRENGTH: Final = 20.0


@dataclass(frozen=True, slots=True)
class ScoredPair:
    """One scored pair, explained: the weight each field contributed and at which level."""

    left_id: str
    right_id: str
    score: float
    probability: float
    contributions: dict[str, float]
    levels: dict[str, str]


def _patterns(cmp: Comparisons) -> tuple[npt.NDArray[np.int8], I64]:
    """Distinct level vectors (rows) and how many pairs have each."""
    if len(cmp) == 0:
        return np.zeros((0, len(FIELDS)), dtype=np.int8), np.zeros(0, dtype=np.int64)
    # Mixed-radix pattern code, counted with bincount: linear, no sort. The code space is the
    # product of (levels + 1) over fields, under 10^5.
    radices = [len(LEVELS[f]) + 1 for f in FIELDS]
    code = np.zeros(len(cmp), dtype=np.int64)
    for f, r in zip(FIELDS, radices, strict=True):
        code = code * r + (cmp.levels[f].astype(np.int64) + 1)
    counts = np.bincount(code, minlength=int(np.prod(radices)))
    present = np.flatnonzero(counts)
    mat = np.zeros((len(present), len(FIELDS)), dtype=np.int8)
    rest = present.copy()
    for j in range(len(FIELDS) - 1, -1, -1):
        mat[:, j] = (rest % radices[j]) - 1
        rest //= radices[j]
    return mat, counts[present].astype(np.int64)


def fit_em(cmp: Comparisons, config: LinkageConfig) -> LinkageConfig:
    """Return ``config`` with m, u and prior fitted by EM on the candidate pairs."""
    pats, counts = _patterns(cmp)
    if len(counts) == 0:
        return config
    c = counts.astype(np.float64)
    m = {f: np.array(DEFAULT_M[f], dtype=np.float64) for f in FIELDS}
    u = {f: np.array(DEFAULT_U[f], dtype=np.float64) for f in FIELDS}
    lam = DEFAULT_PRIOR
    prev = -np.inf
    for _ in range(config.em_max_iterations):
        log_m = np.zeros(len(c))
        log_u = np.zeros(len(c))
        for j, f in enumerate(FIELDS):
            col = pats[:, j]
            ok = col >= 0
            log_m[ok] += np.log(m[f][col[ok]])
            log_u[ok] += np.log(u[f][col[ok]])
        a = np.log(lam) + log_m
        b = np.log1p(-lam) + log_u
        top = np.maximum(a, b)
        ll = float((c * (top + np.log(np.exp(a - top) + np.exp(b - top)))).sum())
        post = 1.0 / (1.0 + np.exp(np.clip(b - a, -700, 700)))
        wm = c * post
        wu = c * (1.0 - post)
        lam = float(
            np.clip(
                (wm.sum() + PRIOR_STRENGTH * DEFAULT_PRIOR) / (c.sum() + PRIOR_STRENGTH),
                _EPS,
                1 - _EPS,
            )
        )
        for j, f in enumerate(FIELDS):
            col = pats[:, j]
            k = len(LEVELS[f])
            ok = col >= 0
            mm = np.bincount(col[ok], weights=wm[ok], minlength=k)
            uu = np.bincount(col[ok], weights=wu[ok], minlength=k)
            mm = mm + PRIOR_STRENGTH * np.asarray(DEFAULT_M[f]) + _EPS
            uu = uu + PRIOR_STRENGTH * np.asarray(DEFAULT_U[f]) + _EPS
            m[f] = mm / mm.sum()
            u[f] = uu / uu.sum()
        if abs(ll - prev) < config.em_tolerance * abs(ll):
            break
        prev = ll
    return dataclasses.replace(
        config,
        m={f: dict(zip(LEVELS[f], map(float, m[f]), strict=True)) for f in FIELDS},
        u={f: dict(zip(LEVELS[f], map(float, u[f]), strict=True)) for f in FIELDS},
        prior=lam,
    )


def weight_tables(config: LinkageConfig) -> dict[str, F64]:
    """Per field, the weight log2(m/u) of each level, with a trailing 0.0 for null (index -1)."""
    out: dict[str, F64] = {}
    for f in FIELDS:
        w = [np.log2(max(config.m[f][lv], _EPS) / max(config.u[f][lv], _EPS)) for lv in LEVELS[f]]
        out[f] = np.array([*w, 0.0], dtype=np.float64)
    return out


def prior_weight(config: LinkageConfig) -> float:
    p = min(max(config.prior, _EPS), 1 - _EPS)
    return float(np.log2(p / (1 - p)))


def _tf_adjust(f: Features, cmp: Comparisons) -> dict[str, F64]:
    out: dict[str, F64] = {}
    for field, key, tf in (
        ("family_name", f.family_key, f.family_tf),
        ("given_name", f.given_key, f.given_tf),
    ):
        adj = np.zeros(len(cmp), dtype=np.float64)
        if len(tf) and tf.sum() > 0:
            lev = cmp.levels[field]
            agree = (lev == 0) | (lev == 1)
            k = key[cmp.left[agree]]
            expected = float((tf**2).sum())
            adj[agree] = np.clip(np.log2(expected / np.maximum(tf[k], _EPS)), -TF_CLIP, TF_CLIP)
        out[field] = adj
    return out


def contributions(f: Features, cmp: Comparisons, config: LinkageConfig) -> dict[str, F64]:
    """Per field, the weight each pair gets from it (term-frequency adjustment included)."""
    tables = weight_tables(config)
    out = {fld: tables[fld][cmp.levels[fld]] for fld in FIELDS}
    if config.tf_adjust:
        for fld, adj in _tf_adjust(f, cmp).items():
            out[fld] = out[fld] + adj
    return out


def match_weights(f: Features, cmp: Comparisons, config: LinkageConfig) -> F64:
    """Match weight (log2 Bayes factor, prior included) of every pair."""
    total = np.full(len(cmp), prior_weight(config), dtype=np.float64)
    for w in contributions(f, cmp, config).values():
        total += w
    return total


def probability(weight: F64 | float) -> F64:
    return np.asarray(1.0 / (1.0 + np.exp2(-np.asarray(weight, dtype=np.float64))))


def explain_pairs(
    f: Features, cmp: Comparisons, config: LinkageConfig, rows: npt.NDArray[np.intp]
) -> list[ScoredPair]:
    """``ScoredPair`` for the chosen pair rows, with per-field contributions and level names."""
    contrib = contributions(f, cmp, config)
    prior = prior_weight(config)
    out: list[ScoredPair] = []
    for i in rows.tolist():
        c = {fld: round(float(contrib[fld][i]), 3) for fld in FIELDS}
        score = prior + sum(c.values())
        lv = {
            fld: (LEVELS[fld][cmp.levels[fld][i]] if cmp.levels[fld][i] >= 0 else "null")
            for fld in FIELDS
        }
        out.append(
            ScoredPair(
                left_id=f.record_ids[int(cmp.left[i])],
                right_id=f.record_ids[int(cmp.right[i])],
                score=round(float(score), 3),
                probability=float(probability(score)),
                contributions={"prior": round(prior, 3), **c},
                levels=lv,
            )
        )
    return out
