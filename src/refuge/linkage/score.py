"""Scoring: a three-class mixture (same person / relatives / unrelated), fitted on the data.

Fellegi–Sunter compares two hypotheses, *match* and *non-match*, and assumes the fields of a
non-matching pair independent. Among the pairs a registry's blocking produces, that
assumption fails in one systematic way: two members of one household share a family name, a
phone, a household reference, an origin and often a patronymic — five agreements that are one
fact (*same family*), not five pieces of evidence for *same person*. A model with only two
classes either counts them as independent (siblings and twins get linked) or has to be
patched field by field. Here the non-matches are split into two latent classes instead:

* **M**, same person: levels distributed as ``m``;
* **K**, relatives (two different members of one family): levels distributed as ``k``
  (``config.u_kin``) — agreeing family name, phone, household and origin, but a different
  given name and birth date;
* **U**, unrelated: levels distributed as ``u``, estimated from random record pairs.

Fields are independent *within* each class (that is plausible now: the dependence between
family name and household is what K is). A pair's match weight is the log2 posterior odds

    w(γ) = log2( λ_M m(γ) / (λ_K k(γ) + λ_U u(γ)) ),   m(γ) = Π_f m_f[γ_f] (null levels: 1),

so a shared household raises M and K alike and can never by itself make relatives one person:
what separates M from K are the identity fields (given name, birth date), as a reviewer would.
Where the given names agree, sex and birth date in U (and the family name, where a given name
predicts it), and the birth date and father's name in K, are those of two people who share
only a given name (``GIVEN_DEPENDENT``, ``KIN_GIVEN_DEPENDENT``).

Fitting (``fit``):

* u from random record pairs (virtually all unrelated), shrunk towards defaults for tiny
  batches;
* m, k and the class proportions λ_M, λ_K by EM over the candidate pairs with u fixed. The
  E-step uses population proportions (λ over all n(n-1)/2 pairs): as long as the blocking is a
  function of the comparison vector, the blocking filter cancels between the classes, so EM on
  candidates estimates m, k (restricted to candidates) and λ consistently. EM runs on the
  distinct comparison patterns (thousands), not on pairs. Default m and k act as Dirichlet
  pseudo-counts (MAP-EM); with fewer than ``MIN_EM_PAIRS`` candidate pairs the defaults are
  used as they are.

Term-frequency adjustment (as Splink's): agreement on a rare name is stronger evidence against
*unrelated*: u of an agreeing name is scaled by tf / Σtf² (clipped to ±``TF_CLIP`` bits). It
does not touch K (a family shares its surname whatever its frequency).

Explanations: each field's contribution is log2(m_f/u_f) at its level (TF included), the prior
is log2(λ_M/λ_U), and the extra term ``relatives`` (≤ 0) is what the relatives class takes
away: score = prior + Σ fields + relatives.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import Final

import numpy as np
import numpy.typing as npt

from refuge.linkage._arrays import Idx, each_chunk, frequencies
from refuge.linkage.compare import (
    CHUNK,
    FIELDS,
    LEVELS,
    Comparisons,
    HouseholdLinks,
    contradictions,
)
from refuge.linkage.config import LinkageConfig
from refuge.linkage.records import Features

F64 = npt.NDArray[np.float64]
F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]
I32 = npt.NDArray[np.int32]

TF_CLIP: Final = 3.0
# Year-only agreement is adjusted by the year's frequency, as a full date by the date's: two
# records of 1931 agree by chance far less often than two of 2015.
YEAR_ONLY: Final = LEVELS["birth_date"].index("year-only")
YEAR_BASE: Final = 1850
_EPS: Final = 1e-6
RELATIVES: Final = "relatives"

# Default m (same person): the starting point of EM and, as Dirichlet pseudo-counts worth
# ``M_PRIOR_STRENGTH`` pairs, its prior. How a true pair's levels are distributed when the same
# person registers at two desks: names mostly agree (often in another script), dates mostly
# exact, phones often changed (new SIM cards), household references desk-local.
DEFAULT_M: Final[dict[str, tuple[float, ...]]] = {
    "family_name": (0.45, 0.4, 0.08, 0.04, 0.01, 0.02),
    "given_name": (0.45, 0.4, 0.02, 0.08, 0.04, 0.03),
    "patronymic": (0.85, 0.1, 0.05),
    "birth_date": (0.8, 0.03, 0.04, 0.01, 0.06, 0.03, 0.023, 0.005, 0.002),
    "sex": (0.98, 0.02),
    "phone": (0.6, 0.05, 0.35),
    "origin": (0.85, 0.05, 0.1),
    "household_ref": (0.02, 0.38, 0.6),
    "site": (0.3, 0.7),
    "household_colink": (0.5, 0.5),
}
# Default k (two different members of one family): one surname (in-laws and married daughters
# excepted), one phone and household often, siblings' patronymic, never one given name and
# birth date (twins and namesake grandchildren excepted).
DEFAULT_K: Final[dict[str, tuple[float, ...]]] = {
    "family_name": (0.4, 0.3, 0.05, 0.05, 0.1, 0.1),
    "given_name": (0.02, 0.01, 0.001, 0.01, 0.03, 0.93),
    "patronymic": (0.4, 0.1, 0.5),
    "birth_date": (0.01, 0.001, 0.003, 0.002, 0.01, 0.01, 0.354, 0.6, 0.01),
    "sex": (0.5, 0.5),
    "phone": (0.5, 0.01, 0.49),
    "origin": (0.78, 0.02, 0.2),
    "household_ref": (0.45, 0.05, 0.5),
    "site": (0.8, 0.2),
    "household_colink": (0.5, 0.5),
}
# Default u among random pairs: pseudo-counts worth ``U_PRIOR_STRENGTH`` pairs, which matter
# only for batches too small to sample.
DEFAULT_U: Final[dict[str, tuple[float, ...]]] = {
    "family_name": (0.005, 0.005, 0.01, 0.03, 0.475, 0.475),
    "given_name": (0.01, 0.01, 0.0001, 0.01, 0.03, 0.94),
    "patronymic": (0.02, 0.02, 0.96),
    "birth_date": (0.0001, 0.0001, 0.0001, 0.0002, 0.002, 0.001, 0.2765, 0.7, 0.02),
    "sex": (0.5, 0.5),
    "phone": (0.0001, 0.0001, 0.9998),
    "origin": (0.2, 0.01, 0.79),
    "household_ref": (0.00005, 0.00005, 0.9999),
    "site": (0.1, 0.9),
    "household_colink": (0.001, 0.999),
}
U_PRIOR_STRENGTH: Final = 1000.0
M_PRIOR_STRENGTH: Final = 50.0
K_PRIOR_STRENGTH: Final = 50.0
# Below this many candidate pairs EM is not run: m and k stay at their defaults.
MIN_EM_PAIRS: Final = 10
# Priors for small batches, per record: how many other records are the same person (a person
# registered ~1.1 times) and how many are relatives (a household of ~3-4).
DEFAULT_MATCHES_PER_RECORD: Final = 0.1
DEFAULT_RELATIVES_PER_RECORD: Final = 3.0
# More registrations of the same person than this per record, on average, is no registry's
# (everyone registered twice makes one): a fit that counts more has taken in other people —
# the members of families at one site where names are concentrated — and is refitted on the
# stricter candidates (``implausible``, ``config.training_blocking``).
MAX_MATCHES_PER_RECORD: Final = 1.0


def implausible(config: LinkageConfig, records: int) -> bool:
    """Whether a fitted ``config`` counts more than ``MAX_MATCHES_PER_RECORD`` registrations of
    the same person per record among ``records``."""
    return config.prior * max(records - 1, 0) > MAX_MATCHES_PER_RECORD


@dataclass(frozen=True, slots=True)
class ScoredPair:
    """One scored pair, explained: the weight each field contributed and at which level."""

    left_id: str
    right_id: str
    score: float
    probability: float
    contributions: dict[str, float]
    levels: dict[str, str]


# Tied levels: (field, level, level it shares its parameter with). Same spelling and same key
# in another script are one fact for identity (the two names have one key); which of the two
# a pair shows says whether both were typed at one desk in one script, which the ``site``
# field already says. Kept apart, they would count "same desk" twice (and in the same-person
# class same-desk duplicates are rare, so a re-registration at one desk would be penalised
# twice). The comparison keeps both levels for reviewers; the model scores them as one.
TIED: Final = (("family_name", 0, 1), ("given_name", 0, 1))


# Noisy-equal fields: (field, level of equality, levels that are equality degraded by a slip).
# A pair whose true values are equal shows the equal level, or a slip level (one phone digit
# mistyped; a birth date's day/month swapped, year mistyped or off by one, a day or month
# mistyped, one side only a year) with probabilities that depend on how the desks type, not on
# who the two people are. So in every EM class c a slip level is modelled as
#
#     P_c(level) = a_c · τ(level) + (1 − a_c) · ρ_c(level),
#
# a_c the class's chance that the true values are equal, τ the slip distribution *shared* by
# the classes, ρ_c the chance distribution of the class over unequal values (Dirichlet prior:
# the unrelated pairs' distribution). Free per-class levels let sparse EM counts give a slip
# level to one class only: a mistyped shared phone then looked impossible for relatives
# (k ≈ 0) and weighed +10 bits for *same person* between twins.
NOISY_EQUAL: Final[tuple[tuple[str, int, tuple[int, ...]], ...]] = (
    ("phone", 0, (1,)),
    ("birth_date", 0, (1, 2, 3, 4, 5, 8)),
)
_NOISY_ITERATIONS: Final = 30
_NOISY_TOLERANCE: Final = 1e-9

# Fields a given name says something about even between unrelated people: a given name carries
# the sex, and names go in and out of fashion, so two unrelated people with one given name
# share a sex always and a birth date more often than two random people (in a 100k registry:
# 2.4 times for a full date, 1.6 times for a year off by one). With the marginal u, a pair that
# agrees on its given name would have that evidence counted again through sex and birth date
# (measured before this: weights in the review band ~2 bits over-confident against the truth).
# So where the given names agree (these levels: exact, transliteration-equal, equivalent), the
# U class uses ``config.u_given_agree`` for these fields: their levels among random pairs of
# records that share a given name but not a family name (which keeps the same person and
# relatives out of the sample).
GIVEN_AGREE: Final = (0, 1, 2)
# (Sex and birth date in every config fitted since; the family name only where predicted.)
GIVEN_DEPENDENT_ALWAYS: Final = ("sex", "birth_date")
GIVEN_DEPENDENT: Final = (*GIVEN_DEPENDENT_ALWAYS, "family_name")
# The family name too (fifteenth session), but only where a given name predicts it: records of
# one given name share a family-name key ``FAMILY_GIVEN_RATIO`` times as often as two random
# records or more. That is a naming custom, not kinship: where the family field holds the second
# word of a compound name (Rohingya women: Nur | Begum, Kamrun | Nahar), 2.6 % of the pairs
# sharing a given name share it against 0.3 % of all pairs (6 to 8 times, two 100k registries).
# Counted as independent, such namesakes weighed as one person: EM's same-person class became
# "same full name" (m of an equal family name 0.99 where the truth has 0.44), and 71 % of links
# were wrong (with this, 18 %). Elsewhere the ratio is 0.9-1.2 (Armenian, Somali registries)
# or 1.4-2.4 (Ukrainian, Syrian, Tigrayan, Afghan, Venezuelan, Sudanese, Congolese), where
# pairs of one given and family name are as often cousins named after one grandfather, whom the
# relatives class already takes: used there too, it cost F1 0.001-0.007 (recall) on nine
# registries of nineteen. Only the agreeing levels are taken from the sample (among all pairs
# sharing a given name: true pairs are 0.02-0.06 % of them); how two different family names
# differ (``different-woman`` or not) follows the sex the given name carries, which sex counts.
FAMILY_GIVEN_RATIO: Final = 4.0
# Likewise the relatives class for the birth date: two relatives of one given name are a
# father and the son named after him, or a grandfather and his grandson, never twins, so their
# birth dates are those of two people who share only a name, not k's (fitted on relatives with
# two names: twins' one date, siblings' near years). Multiplied with a shared name, k made one
# person typed twice at one desk within the hour (one household reference, site, phone and
# origin: all a family's) two relatives: 232 of the pairs missed on a 100k registry of an
# Arabic-speaking population. Sex is left to k: with it too, F1 fell on four registries
# (-0.0002 to -0.0017), where the birth date alone changed none by more than 0.0001 but that
# one (+0.0097). So is the father's name (fourteenth session): a father and the son named
# after him have two fathers, where k (fitted on siblings) has one; multiplied with a shared
# given name, k made one person with one father, household and phone two brothers of one
# name (Syrian, Tigrayan, Afghan, Somali 100k +0.001 to +0.002; the fourth generator, whose
# households hold sisters of one name and one father, -0.0001).
KIN_GIVEN_DEPENDENT: Final = ("birth_date", "patronymic")
# The fields ``config.u_given_agree`` holds: those of both classes of two people.
GIVEN_SAMPLED: Final = ("sex", "birth_date", "patronymic", "family_name")
# Sampled among pairs that share a given name *but not a family name* (the rest: among all).
_GIVEN_ONLY: Final = ("sex", "birth_date", "patronymic")
# The family name's agreeing levels (``TIED``: one parameter, which each of them holds).
FAMILY_AGREE: Final = ("exact", "transliteration-equal")
MIN_GIVEN_AGREE_PAIRS: Final = 1000
RHO_PRIOR_STRENGTH: Final = 50.0


def _given_names_agree(levels: npt.NDArray[np.int8]) -> npt.NDArray[np.bool_]:
    """Pairs whose given names agree (``GIVEN_AGREE``; a tied level is one of them too)."""
    return np.isin(levels, GIVEN_AGREE)


# What a registration of the same person seldom shows, as a ceiling on its share in EM's
# same-person class: another given name, surname or sex altogether, a birth year more than ten
# years off, or a place on one household form with the other record (fitted on registries of
# both generators at 100k and 1M: at most 0.8 %, 0.1 %, 0.5 %, 0.5 % and 7 %). In a registry
# with few or no duplicates, that class would otherwise describe the closest pairs of two
# people: on the other generator's 100k with every duplicate removed it took twins and
# namesake fathers and sons (m(given different) 0.85, m(sex different) 0.40, one household
# form 0.85) and made 330 false links. The family name's ceiling is 0.15: where a people has
# no family name and desks write the father's or the grandfather's (the eighth generator),
# 13 % of true pairs differ in it (at 0.05, F1 0.6678 against 0.6712); the other registries,
# and the eighth's and the second's 100k with every duplicate removed, link as at 0.05.
# Another father's name is capped at 0.25 (desks that write the grandfather's there make it
# more than a slip): on a Sudanese registry (twelfth generator, seed 122) EM's same-person
# class had taken in the daughters of one family name, weighing another father at -0.5 bits
# and one household form at +4.4; with the cap, precision 0.86 → 0.94; no other registry moved.
M_CEILINGS: Final[dict[str, tuple[tuple[int, float], ...]]] = {
    "given_name": ((LEVELS["given_name"].index("different"), 0.05),),
    "family_name": ((LEVELS["family_name"].index("different"), 0.15),),
    "sex": ((LEVELS["sex"].index("different"), 0.02),),
    "patronymic": ((LEVELS["patronymic"].index("different"), 0.25),),
    "birth_date": ((LEVELS["birth_date"].index("far"), 0.02),),
    "household_ref": ((LEVELS["household_ref"].index("one-registration"), 0.2),),
}


def _capped(p: F64, ceilings: tuple[tuple[int, float], ...]) -> F64:
    """``p`` with each ``p[level]`` at most its ceiling, the other levels scaled up to fill."""
    out = p.copy()
    for level, cap in ceilings:
        if out[level] > cap:
            rest = 1.0 - out[level]
            out *= (1.0 - cap) / max(rest, _EPS)
            out[level] = cap
    return out


def _noisy_equal(eq: int, slips: tuple[int, ...], counts: list[F64], u: F64) -> list[F64]:
    """Per class, level probabilities under the noisy-equal model (see ``NOISY_EQUAL``).

    ``counts``: per EM class, expected level counts (pseudo-counts included); ``u``: the
    unrelated pairs' level distribution, whose unequal part is the prior of every ρ_c. The
    classes are the rows of one matrix: this runs in every pass of EM.
    """
    rho_u = u.copy()
    rho_u[eq] = 0.0
    rho_u = rho_u / max(rho_u.sum(), _EPS) + _EPS
    rho_u /= rho_u.sum()
    sl = np.array(slips, dtype=np.int64)
    c = np.stack(counts)
    tot = np.maximum(c.sum(axis=1), _EPS)
    a = (c[:, eq] + c[:, sl].sum(axis=1)) / tot
    tau = np.zeros(len(u))
    tau[eq] = c[:, eq].sum()
    tau[sl] = c[:, sl].sum(axis=0)
    tau /= max(float((c[:, eq] + c[:, sl].sum(axis=1)).sum()), _EPS)
    rho = np.tile(rho_u, (len(c), 1))
    for _ in range(_NOISY_ITERATIONS):
        p_slip = a[:, None] * tau[sl]
        share = p_slip / np.maximum(p_slip + (1 - a[:, None]) * rho[:, sl], 1e-300)
        slip = np.zeros_like(c)
        slip[:, sl] = c[:, sl] * share
        slip[:, eq] = c[:, eq]
        eq_mass = slip.sum(axis=1)
        chance = c - slip
        chance[:, eq] = 0.0
        a = np.clip(eq_mass / tot, _EPS, 1 - _EPS)
        r = chance + RHO_PRIOR_STRENGTH * rho_u
        rho = r / r.sum(axis=1, keepdims=True)
        new_tau = slip.sum(axis=0) / max(float(eq_mass.sum()), _EPS)
        converged = float(np.abs(new_tau - tau).max()) < _NOISY_TOLERANCE
        tau = new_tau
        if converged:
            break
    p = (1 - a[:, None]) * rho
    p[:, eq] = 0.0
    p += a[:, None] * tau
    return list(p / p.sum(axis=1, keepdims=True))


def _tie(field: str, levels: npt.NDArray[np.int8]) -> npt.NDArray[np.int8]:
    for f, lv, to in TIED:
        if f == field:
            levels = np.where(levels == lv, to, levels).astype(np.int8)
    return levels


def _radices() -> list[int]:
    return [len(LEVELS[f]) + 1 for f in FIELDS]


def pattern_codes(cmp: Comparisons) -> I64:
    """Mixed-radix code of each pair's level vector (null = digit 0)."""
    code = np.zeros(len(cmp), dtype=np.int64)
    for f, r in zip(FIELDS, _radices(), strict=True):
        code = code * r + (_tie(f, cmp.levels[f]).astype(np.int64) + 1)
    return code


def _decode(codes: I64) -> npt.NDArray[np.int8]:
    """Level matrix (rows: codes, columns: FIELDS; -1 = null) of pattern codes."""
    radices = _radices()
    mat = np.zeros((len(codes), len(FIELDS)), dtype=np.int8)
    rest = codes.copy()
    for j in range(len(FIELDS) - 1, -1, -1):
        mat[:, j] = (rest % radices[j]) - 1
        rest //= radices[j]
    return mat


def _patterns(codes: I32 | I64) -> tuple[npt.NDArray[np.int8], I64]:
    """Distinct level vectors (rows) of the pairs' pattern codes, and how many pairs have each."""
    if len(codes) == 0:
        return np.zeros((0, len(FIELDS)), dtype=np.int8), np.zeros(0, dtype=np.int64)
    present, n = _code_counts(codes, int(np.prod(_radices())))
    return _decode(present), n


def _code_counts(codes: I32 | I64, space: int) -> tuple[I64, I64]:
    """Distinct codes and their counts: by a sort when the codes are few against the pattern
    space (2.3M, whose zeroed table then costs the most), else by ``bincount`` in chunks (it
    would copy all int32 codes to int64 at once)."""
    if len(codes) < space // 4:
        distinct, n = np.unique(codes, return_counts=True)
        return distinct.astype(np.int64), n.astype(np.int64)
    counts = np.zeros(space, dtype=np.int64)
    for i in range(0, len(codes), CHUNK):
        counts += np.bincount(codes[i : i + CHUNK], minlength=space)
    present = np.flatnonzero(counts).astype(np.int64)
    return present, counts[present]


def _level_freq(
    cmp: Comparisons,
    fields: tuple[str, ...],
    defaults: dict[str, tuple[float, ...]],
    effective: float,
) -> dict[str, dict[str, float]]:
    """Level frequencies, as if from ``effective`` distinct pairs, shrunk towards defaults."""
    out: dict[str, dict[str, float]] = {}
    for f in fields:
        lv = _tie(f, cmp.levels[f])
        k = len(LEVELS[f])
        counts = np.bincount(lv[lv >= 0], minlength=k).astype(np.float64)
        n = counts.sum()
        freq = counts / n if n else np.zeros(k)
        eff = min(effective, n)
        est = (freq * eff + U_PRIOR_STRENGTH * np.asarray(defaults[f])) / (eff + U_PRIOR_STRENGTH)
        out[f] = _normalised(f, est)
    return out


def _normalised(field: str, v: F64) -> dict[str, float]:
    """Level → probability; a tied level gets its partner's value (and is left out of the sum)."""
    v = v.astype(np.float64).copy()
    tied = [(lv, to) for f, lv, to in TIED if f == field]
    for lv, to in tied:
        v[to] += v[lv]
        v[lv] = 0.0
    v /= v.sum()
    for lv, to in tied:
        v[lv] = v[to]
    return dict(zip(LEVELS[field], v.tolist(), strict=True))


def _random_pairs(n: int, size: int, rng: np.random.Generator) -> tuple[I64, I64]:
    a = rng.integers(0, n, size)
    b = rng.integers(0, n, size)
    keep = a != b
    return np.minimum(a, b)[keep], np.maximum(a, b)[keep]


def _as_dict(values: dict[str, F64]) -> dict[str, dict[str, float]]:
    return {f: _normalised(f, v) for f, v in values.items()}


def _folded(field: str, v: tuple[float, ...]) -> F64:
    """Default probabilities with each tied level's mass moved to its partner."""
    out = np.asarray(v, dtype=np.float64).copy()
    for f, lv, to in TIED:
        if f == field:
            out[to] += out[lv]
            out[lv] = 0.0
    return out


class _Bins:
    """The distinct patterns read once for EM's many passes: per field, each pattern's level as
    a bin (null → 0, level i → i + 1), so that a class's expected level counts are one
    ``bincount`` and its log-likelihood one look-up, without a mask per field and pass; and, per
    given-dependent field, the rows whose given names agree and their levels."""

    def __init__(self, pats: npt.NDArray[np.int8]) -> None:
        self.n = len(pats)
        self.bins = [pats[:, j].astype(np.intp) + 1 for j in range(len(FIELDS))]
        self.given_agree = _given_names_agree(pats[:, FIELDS.index("given_name")])
        self.agreeing: dict[str, tuple[npt.NDArray[np.bool_], npt.NDArray[np.int8]]] = {}
        for fld in GIVEN_SAMPLED:
            col = pats[:, FIELDS.index(fld)]
            ok = self.given_agree & (col >= 0)
            self.agreeing[fld] = (ok, col[ok])

    def loglik(self, table: dict[str, F64]) -> F64:
        """Natural-log likelihood of each pattern under per-field level probabilities."""
        out = np.zeros(self.n, dtype=np.float64)
        for j, f in enumerate(FIELDS):
            # One log per level, not per pattern; null (bin 0) takes 0.
            out += np.append(0.0, np.log(np.maximum(table[f], 1e-300)))[self.bins[j]]
        return out

    def other_person_loglik(
        self,
        table: dict[str, F64],
        u_given: dict[str, F64] | None,
        fields: tuple[str, ...] = GIVEN_DEPENDENT,
    ) -> F64:
        """Natural-log likelihood of each pattern in a class of two different people,
        unrelated (``table`` = u) or relatives (k, ``KIN_GIVEN_DEPENDENT``): where their given
        names agree, ``fields`` are those of two people who share only a given name
        (``u_given``)."""
        out = self.loglik(table)
        if not u_given:
            return out
        for fld in fields:
            if fld not in u_given:  # a config fitted before the field was sampled
                continue
            ok, lv = self.agreeing[fld]
            out[ok] += np.log(np.maximum(u_given[fld][lv], 1e-300)) - np.log(
                np.maximum(table[fld][lv], 1e-300)
            )
        return out


def _given_agree_pairs(f: Features, size: int, rng: np.random.Generator) -> tuple[I64, I64, float]:
    """Random pairs sharing a given-name key (both with a family name); and how many exist.

    Drawn uniformly among all such pairs of the batch: a given-name group is chosen with
    probability proportional to its number of pairs, then two of its records.
    """
    ok = np.flatnonzero((f.given_key >= 0) & (f.family_key >= 0))
    order = ok[np.argsort(f.given_key[ok], kind="stable")]
    keys = f.given_key[order]
    empty = np.zeros(0, dtype=np.int64)
    if len(order) < 2:
        return empty, empty, 0.0
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)]).astype(np.int64)
    pairs = sizes * (sizes - 1) / 2.0
    if pairs.sum() == 0:
        return empty, empty, 0.0
    # Inverse-CDF sampling of groups by their pair counts (``rng.choice`` with ``p`` is 5x slower).
    group = np.searchsorted(np.cumsum(pairs), rng.random(size) * pairs.sum(), side="right")
    group = np.minimum(group, len(sizes) - 1)
    a = order[starts[group] + rng.integers(0, sizes[group])]
    b = order[starts[group] + rng.integers(0, sizes[group])]
    keep = a != b
    a, b = a[keep], b[keep]
    return np.minimum(a, b), np.maximum(a, b), float(pairs.sum())


def _em(
    pats: npt.NDArray[np.int8],
    counts: I64,
    u: dict[str, F64],
    u_given: dict[str, F64] | None,
    total_pairs: float,
    lam_m: float,
    lam_k: float,
    config: LinkageConfig,
) -> tuple[dict[str, F64], dict[str, F64], float, float]:
    """m, k and λ_M, λ_K by MAP-EM over candidate patterns, u fixed (see module doc)."""
    c = counts.astype(np.float64)
    m = {f: _folded(f, DEFAULT_M[f]) + _EPS for f in FIELDS}
    k = {f: _folded(f, DEFAULT_K[f]) + _EPS for f in FIELDS}
    m_pseudo = {f: M_PRIOR_STRENGTH * _folded(f, DEFAULT_M[f]) + _EPS for f in FIELDS}
    k_pseudo = {f: K_PRIOR_STRENGTH * _folded(f, DEFAULT_K[f]) + _EPS for f in FIELDS}
    noisy = {f: (eq, sl) for f, eq, sl in NOISY_EQUAL}
    pb = _Bins(pats)
    log_u = pb.other_person_loglik(u, u_given)
    # Relatives' birth dates come from ``u_given`` where the given names agree, not from k:
    # those rows count in no bin of k.
    kin_bins = [
        np.where(pb.given_agree, 0, bins)
        if u_given and f in KIN_GIVEN_DEPENDENT and f in u_given
        else bins
        for f, bins in zip(FIELDS, pb.bins, strict=True)
    ]
    prev = -np.inf
    for _ in range(config.em_max_iterations):
        a = np.log(lam_m) + pb.loglik(m)
        b = np.log(lam_k) + pb.other_person_loglik(k, u_given, KIN_GIVEN_DEPENDENT)
        d = np.log1p(-lam_m - lam_k) + log_u
        top = np.maximum(np.maximum(a, b), d)
        ea, eb, ed = np.exp(a - top), np.exp(b - top), np.exp(d - top)
        tot = ea + eb + ed
        ll = float((c * (top + np.log(tot))).sum())
        wm = c * ea / tot
        wk = c * eb / tot
        lam_m = float(np.clip(wm.sum() / total_pairs, 1e-15, 0.45))
        lam_k = float(np.clip(wk.sum() / total_pairs, 1e-15, 0.45))
        for j, f in enumerate(FIELDS):
            nlev = len(LEVELS[f]) + 1
            sm: F64 = np.bincount(pb.bins[j], weights=wm, minlength=nlev)[1:] + m_pseudo[f]
            sk: F64 = np.bincount(kin_bins[j], weights=wk, minlength=nlev)[1:] + k_pseudo[f]
            if f in noisy:
                m[f], k[f] = _noisy_equal(*noisy[f], [sm, sk], u[f])
            else:
                m[f], k[f] = sm / sm.sum(), sk / sk.sum()
            if f in M_CEILINGS:
                m[f] = _capped(m[f], M_CEILINGS[f])
        if abs(ll - prev) < config.em_tolerance * abs(ll):
            break
        prev = ll
    return m, k, lam_m, lam_k


@dataclass(frozen=True, slots=True)
class Unrelated:
    """Level frequencies among unrelated pairs: ``u`` from random pairs of records, ``u_given``
    from random pairs that share a given name (see ``GIVEN_DEPENDENT``).

    They depend on the records alone, not on the candidate pairs, so the pipeline draws them on
    a second thread while blocking and comparison run (NumPy, RapidFuzz and Polars release the
    interpreter lock).
    """

    u: dict[str, dict[str, float]]
    u_given: dict[str, dict[str, float]]


# The fields compared by string similarity (costly): their u comes from a smaller sample.
_NAMES: Final = ("family_name", "given_name", "patronymic")
_OTHERS: Final = tuple(fld for fld in FIELDS if fld not in _NAMES)
Levels = dict[str, dict[str, float]]


def _u_pairs(f: Features, config: LinkageConfig, rng: np.random.Generator) -> tuple[I64, I64]:
    """The random pairs behind u: the same ones in both passes (one seed)."""
    return _random_pairs(f.n, _sample_size(f, config.u_sample_pairs), rng)


def _sample_size(f: Features, wanted: int) -> int:
    """``wanted`` random pairs, or fewer in a batch too small to hold that many distinct ones."""
    return min(wanted, int(_pair_count(f)) * 4 + 10)


def _default_u(fields: tuple[str, ...]) -> Levels:
    """u of ``fields`` when there are no pairs to draw (fewer than two records)."""
    return _as_dict({fld: np.array(DEFAULT_U[fld], dtype=np.float64) for fld in fields})


def _u_others(f: Features, config: LinkageConfig) -> Levels:
    """u of the fields without names, from ``_u_pairs`` (the pairs the second pass re-draws)."""
    from refuge.linkage.compare import compare

    if f.n < 2:
        return _default_u(_OTHERS)
    ra, rb = _u_pairs(f, config, np.random.default_rng(config.seed))
    return _level_freq(
        compare(f, ra, rb, config, fields=_OTHERS), _OTHERS, DEFAULT_U, _pair_count(f)
    )


def _u_names(f: Features, config: LinkageConfig) -> Levels:
    """u of the names (the father's too), from fewer random pairs of their own (string
    similarity is costly)."""
    from refuge.linkage.compare import compare

    if f.n < 2:
        return _default_u(_NAMES)
    size = _sample_size(f, config.u_name_sample_pairs)
    ra, rb = _random_pairs(f.n, size, np.random.default_rng((config.seed, 1)))
    return _level_freq(compare(f, ra, rb, config, fields=_NAMES), _NAMES, DEFAULT_U, _pair_count(f))


def _u_given(f: Features, config: LinkageConfig) -> Levels:
    """``u_given``: the ``GIVEN_SAMPLED`` fields among pairs sharing only a given name."""
    from refuge.linkage.compare import compare

    rng = np.random.default_rng((config.seed, 2))
    ga, gb, given_pairs = _given_agree_pairs(f, config.u_sample_pairs, rng)
    other = f.family_key[ga] != f.family_key[gb]
    if other.sum() < MIN_GIVEN_AGREE_PAIRS:
        return {}
    only = compare(f, ga[other], gb[other], config, fields=_GIVEN_ONLY)
    out = _level_freq(only, _GIVEN_ONLY, DEFAULT_U, given_pairs)
    if _predicts_family(f, ~other):
        size = _sample_size(f, config.u_name_sample_pairs)  # string similarity: fewer pairs
        family = compare(f, ga[:size], gb[:size], config, fields=("family_name",))
        out.update(_level_freq(family, ("family_name",), DEFAULT_U, given_pairs))
    return out


def _predicts_family(f: Features, shared: npt.NDArray[np.bool_]) -> bool:
    """Whether records of one given name (``shared``: per pair of them, one family-name key)
    share a family-name key ``FAMILY_GIVEN_RATIO`` times as often as two random records or
    more (``GIVEN_DEPENDENT``)."""
    chance = float((f.family_tf**2).sum())
    return float(shared.mean()) >= FAMILY_GIVEN_RATIO * chance


def _pair_count(f: Features) -> float:
    """How many pairs the records make (at least 1, a divisor)."""
    return max(f.n * (f.n - 1) / 2, 1.0)


def unrelated_parts(f: Features, config: LinkageConfig) -> list[Callable[[], Levels]]:
    """The three independent draws behind ``Unrelated``, costliest first, each with its own
    seeded generator: the pipeline queues them on its second thread and runs on its own
    thread whichever the other has not begun by the time it needs them (a small registry)."""
    return [partial(part, f, config) for part in (_u_others, _u_given, _u_names)]


def merge_unrelated(parts: list[Levels]) -> Unrelated:
    """``Unrelated`` from the results of ``unrelated_parts``, in their order."""
    others, given, names = parts
    if "family_name" in given:
        given["family_name"] = _agreeing_from(given["family_name"], names["family_name"])
    return Unrelated(u={**others, **names}, u_given=given)


def _agreeing_from(conditional: dict[str, float], marginal: dict[str, float]) -> dict[str, float]:
    """The family name's levels between two people of one given name: agreement as sampled
    among them, the other levels as among all pairs, scaled to fill."""
    agree = conditional[FAMILY_AGREE[0]]  # tied levels: each holds the two's probability
    scale = (1.0 - agree) / max(1.0 - marginal[FAMILY_AGREE[0]], _EPS)
    out = {lv: v * scale for lv, v in marginal.items() if lv not in FAMILY_AGREE}
    return {**out, **{lv: agree for lv in FAMILY_AGREE}}


def unrelated(f: Features, config: LinkageConfig) -> Unrelated:
    """The first pass's ``Unrelated`` sample (``household_colink`` null throughout)."""
    return merge_unrelated([part() for part in unrelated_parts(f, config)])


def fit(
    f: Features,
    codes: I32 | I64,
    config: LinkageConfig,
    households: HouseholdLinks | None = None,
    sample: Unrelated | None = None,
) -> LinkageConfig:
    """Return ``config`` with u, m, k (``u_kin``), λ_M (``prior``) and λ_K fitted (module doc).

    EM reads the candidate pairs through their pattern codes alone (``PairCache.codes``, or
    ``pattern_codes`` of a ``Comparisons``), so a run need not keep their levels.
    ``households`` (second pass): the first pass's ``HouseholdLinks``, so that the random pairs
    behind u get their ``household_colink`` level as the candidates did; ``config`` is then the
    first pass's fitted config, whose u of the other fields (from the same random pairs) is
    kept. ``sample``: the first pass's ``unrelated(f, config)`` if already drawn.
    """
    from refuge.linkage.compare import compare

    total_pairs = _pair_count(f)
    if households is not None and config.fitted:
        u = {k: dict(v) for k, v in config.u.items()}
        if f.n >= 2:
            ra, rb = _u_pairs(f, config, np.random.default_rng(config.seed))
            colink = compare(f, ra, rb, config, households, fields=("household_colink",))
            u.update(_level_freq(colink, ("household_colink",), DEFAULT_U, total_pairs))
        u_given = {k: dict(v) for k, v in config.u_given_agree.items()}
    else:
        sample = sample or unrelated(f, config)
        u, u_given = sample.u, sample.u_given
    u_arr = {fld: np.array([u[fld][lv] for lv in LEVELS[fld]]) for fld in FIELDS}
    ug_arr = {fld: np.array([u_given[fld][lv] for lv in LEVELS[fld]]) for fld in u_given}
    lam_m = min(DEFAULT_MATCHES_PER_RECORD / max(f.n - 1, 1), 0.3)
    lam_k = min(DEFAULT_RELATIVES_PER_RECORD / max(f.n - 1, 1), 0.3)
    if len(codes) >= MIN_EM_PAIRS:
        pats, counts = _patterns(codes)
        m_arr, k_arr, lam_m, lam_k = _em(
            pats, counts, u_arr, ug_arr, total_pairs, lam_m, lam_k, config
        )
    else:
        m_arr = {fld: np.array(DEFAULT_M[fld], dtype=np.float64) for fld in FIELDS}
        k_arr = {fld: np.array(DEFAULT_K[fld], dtype=np.float64) for fld in FIELDS}
    return dataclasses.replace(
        config,
        u=u,
        u_given_agree=u_given,
        m=_as_dict(m_arr),
        u_kin=_as_dict(k_arr),
        prior=lam_m,
        kin_prior=lam_k,
    )


def _table(config: LinkageConfig, which: str) -> dict[str, F64]:
    src = {"m": config.m, "u": config.u, "k": config.u_kin}[which]
    out: dict[str, F64] = {}
    for f in FIELDS:
        dist = src.get(f) or (config.u.get(f) if which == "k" else None)
        if dist is None:
            if f == "household_colink":
                # A config saved before the field existed: it weighs nothing (m = u = k).
                out[f] = np.ones(len(LEVELS[f]), dtype=np.float64)
                continue
            raise ValueError(f"config has no {which} for {f}")
        out[f] = _level_probabilities(f, dist)
    return out


def _level_probabilities(field: str, dist: Mapping[str, float]) -> F64:
    """``field``'s level → probability mapping as an array in level order.

    A level missing from a config saved before it existed weighs nothing (m = u = k).
    """
    return np.array([max(float(dist.get(lv, _EPS)), _EPS) for lv in LEVELS[field]])


def _given_table(config: LinkageConfig) -> dict[str, F64] | None:
    """``config.u_given_agree`` as arrays, or None (a config fitted before it existed)."""
    src = config.u_given_agree
    if not all(src.get(f) for f in GIVEN_DEPENDENT_ALWAYS):
        return None
    return {f: _level_probabilities(f, src[f]) for f in GIVEN_SAMPLED if src.get(f)}


def weight_tables(config: LinkageConfig) -> dict[str, F64]:
    """Per field, log2(m/u) of each level, with a trailing 0.0 for null (index -1)."""
    m, u = _table(config, "m"), _table(config, "u")
    return {f: np.append(np.log2(m[f] / u[f]), 0.0) for f in FIELDS}


def prior_weight(config: LinkageConfig) -> float:
    """log2(λ_M / λ_U)."""
    lam_k = config.kin_prior if config.u_kin else 0.0
    p = min(max(config.prior, 1e-15), 1 - _EPS)
    return float(np.log2(p / max(1 - p - lam_k, _EPS)))


def _class_tables(config: LinkageConfig, codes: I64) -> tuple[F64, F64, F64]:
    """Per pattern code: log2 λ_M m(γ), log2 λ_K k(γ), log2 λ_U u(γ) (K: -inf without kin)."""
    pb = _Bins(_decode(codes))
    ln2 = np.log(2.0)
    lam_k = config.kin_prior if config.u_kin else 0.0
    lam_m = min(max(config.prior, 1e-15), 1 - _EPS)
    lam_u = max(1 - lam_m - lam_k, _EPS)
    a = np.log2(lam_m) + pb.loglik(_table(config, "m")) / ln2
    u_given = _given_table(config)
    d = np.log2(lam_u) + pb.other_person_loglik(_table(config, "u"), u_given) / ln2
    if lam_k > 0:
        b = (
            np.log2(lam_k)
            + pb.other_person_loglik(_table(config, "k"), u_given, KIN_GIVEN_DEPENDENT) / ln2
        )
    else:
        b = np.full(len(codes), -np.inf)
    return a, b, d


# (field, record codes, bits per code, agreeing levels, the field's own keys or None). With
# own keys, the codes are of another value that stands for the field where its own keys
# differ, and the table applies to those pairs only.
TfTable = tuple[str, I32, F64, tuple[int, ...], I32 | None]


def tf_tables(f: Features) -> list[TfTable]:
    """Per adjusted field: the record codes, log2(Σtf² / tf) per code (clipped), agree levels.

    Names agree at ``exact``/``transliteration-equal`` (one key); birth dates at ``exact`` (one
    full date): a date many records share (1 January, dates heaped by estimated ages) is weaker
    evidence against *unrelated* than a rare one, as a common name is; and at ``year-only`` by
    the year's frequency. Origins agree at ``equal``: Stepanakert, home of half the
    population, says little; a village of two hundred says much. Likewise a common father's
    name, and a phone number many records share (a desk's own number typed for everyone).
    A name whose words the desks shared out otherwise between the fields (``compare.
    _one_full_name_within_the_other``, or the two names swapped: both names
    ``transliteration-equal``, their keys differing) is adjusted once, on the family name, by
    the frequency of its set of words (``Features.word_set``): Nguyễn Thị Lan is common,
    Heritier Nzuzi Nkuku rare.
    """
    year = np.where(f.year > 0, f.year.astype(np.int32) - YEAR_BASE, -1).astype(np.int32)
    rows: list[tuple[str, I32, F64, float, tuple[int, ...], I32 | None]] = [
        ("family_name", f.family_key, f.family_tf, float((f.family_tf**2).sum()), (0, 1), None),
        ("given_name", f.given_key, f.given_tf, float((f.given_tf**2).sum()), (0, 1), None),
        ("birth_date", f.date_code, f.date_tf, f.date_tf_expected, (0,), None),
    ]
    for field, codes, level, own in (
        ("birth_date", year, YEAR_ONLY, None),
        ("origin", f.origin, 0, None),
        ("patronymic", f.patronymic_key, 0, None),
        ("phone", f.phone, 0, None),
        ("family_name", f.word_set, 1, f.family_key),
    ):
        tf = frequencies(codes)
        rows.append((field, codes, tf, float((tf**2).sum()), (level,), own))
    out: list[TfTable] = []
    for field, codes, tf, expected, agree, own in rows:
        if len(tf) and tf.sum() > 0 and expected > 0:
            bits = np.clip(np.log2(expected / np.maximum(tf, _EPS)), -TF_CLIP, TF_CLIP)
            out.append((field, codes, bits, agree, own))
    return out


def _tf_adjust(
    f: Features, cmp: Comparisons, tables: list[TfTable] | None = None
) -> dict[str, F64]:
    """Per field, the term-frequency adjustment (bits) of each pair where it agrees, else 0.

    A pair agreeing only with its names swapped or shared out otherwise (its keys differ) gets
    its set of words' adjustment on the family name alone (``tf_tables``).
    """
    out: dict[str, F64] = {}
    for field, codes, bits, levels, own in tables if tables is not None else tf_tables(f):
        adj = out.setdefault(field, np.zeros(len(cmp), dtype=np.float64))
        lev = cmp.levels[field]
        agree = lev == levels[0]
        for extra in levels[1:]:
            agree |= lev == extra
        rows = np.flatnonzero(agree)
        kl = codes[cmp.left[rows]]
        same = (kl >= 0) & (kl == codes[cmp.right[rows]])
        if own is not None:
            same &= own[cmp.left[rows]] != own[cmp.right[rows]]
        adj[rows[same]] += bits[kl[same]]
    return out


def _slice(cmp: Comparisons, lo: int, hi: int) -> Comparisons:
    return Comparisons(
        left=cmp.left[lo:hi],
        right=cmp.right[lo:hi],
        levels={k: v[lo:hi] for k, v in cmp.levels.items()},
    )


def match_weights(f: Features, cmp: Comparisons, config: LinkageConfig) -> F64:
    """Match weight (log2 posterior odds of *same person*) of every pair (in chunks)."""
    tables = tf_tables(f) if config.tf_adjust else []
    if len(cmp) <= CHUNK:
        return _match_weights(f, cmp, config, tables)
    out = np.empty(len(cmp), dtype=np.float64)
    for i in range(0, len(cmp), CHUNK):
        out[i : i + CHUNK] = _match_weights(f, _slice(cmp, i, i + CHUNK), config, tables)
    return out


def _match_weights(
    f: Features, cmp: Comparisons, config: LinkageConfig, tables: list[TfTable]
) -> F64:
    if len(cmp) == 0:
        return np.zeros(0, dtype=np.float64)
    code = pattern_codes(cmp)
    present = _code_counts(code, int(np.prod(_radices())))[0]
    a, b, d = _class_tables(config, present)
    idx = np.searchsorted(present, code)
    la, lb, ld = a[idx], b[idx], d[idx]
    if config.tf_adjust:
        for adj in _tf_adjust(f, cmp, tables).values():
            ld = ld - adj
    out: F64 = la - np.logaddexp2(lb, ld)
    return out


@dataclass(frozen=True, slots=True)
class PairCache:
    """Per candidate pair, what scoring needs: its pattern code, its term-frequency adjustment
    (bits) and whether it contradicts (``contradictions``).

    All three are fixed by the comparison levels, not by the fitted parameters, so a run
    computes them once and re-weighs all pairs after a re-fit (the second pass) by table
    look-ups: ``household_colink``, the last field, is the code's last digit (null = 0).
    """

    codes: I32
    tf: F32
    contradicts: npt.NDArray[np.bool_]

    @classmethod
    def of(
        cls,
        f: Features,
        left: Idx,
        right: Idx,
        levels_of: Callable[[Idx, Idx], Comparisons],
        workers: int = -1,
    ) -> PairCache:
        """Compare the pairs ``(left[i], right[i])`` chunk by chunk (``levels_of``: the run's
        ``compare``), two chunks at a time, keeping 9 bytes of each pair: a chunk's levels go
        with it (10 bytes a pair more, 0.9 GB for the 87M candidate pairs of a 1.2M-record
        registry, when all of them were kept)."""
        n = len(left)
        codes = np.empty(n, dtype=np.int32)
        tf = np.zeros(n, dtype=np.float32)
        contradicts = np.empty(n, dtype=bool)
        tables = tf_tables(f)
        # Two chunks at least, so that both threads compare (100k records, seventh generator:
        # 0.87 s -> 0.73 s for its 670 000 pairs, where one chunk took them all).
        size = CHUNK if workers == 1 else max(1, min(CHUNK, -(-n // 2)))

        def one_chunk(i: int) -> None:
            part = levels_of(left[i : i + size], right[i : i + size])
            codes[i : i + size] = pattern_codes(part)
            contradicts[i : i + size] = contradictions(part)
            for adj in _tf_adjust(f, part, tables).values():
                tf[i : i + size] += adj.astype(np.float32)

        each_chunk(n, size, one_chunk, workers)
        return cls(codes=codes, tf=tf, contradicts=contradicts)

    def add_last_field(self, levels: npt.NDArray[np.int8]) -> None:
        """Set the last field's digit (from null) to ``levels`` (-1 = null)."""
        for i in range(0, len(levels), CHUNK):
            part = self.codes[i : i + CHUNK]
            part += levels[i : i + CHUNK].astype(np.int32) + 1

    def weights(self, config: LinkageConfig, out: F64 | None = None) -> F64:
        """Match weights of all pairs under ``config`` (as ``match_weights``), into ``out``."""
        if out is None:
            out = np.empty(len(self.codes), dtype=np.float64)
        if len(out) == 0:
            return out
        space = int(np.prod(_radices()))
        present = _code_counts(self.codes, space)[0]
        a, b, d = _class_tables(config, present)
        slot = np.zeros(space, dtype=np.int32)
        slot[present] = np.arange(len(present), dtype=np.int32)
        tf_on = 1.0 if config.tf_adjust else 0.0
        weights = out

        def one_chunk(i: int) -> None:
            idx = slot[self.codes[i : i + CHUNK]]
            ld = d[idx] - tf_on * self.tf[i : i + CHUNK]
            weights[i : i + CHUNK] = a[idx] - np.logaddexp2(b[idx], ld)

        each_chunk(len(out), CHUNK, one_chunk, config.workers)
        return out


def contributions(f: Features, cmp: Comparisons, config: LinkageConfig) -> dict[str, F64]:
    """Per field, log2(m/u) at the pair's level (TF included), and ``relatives`` (module doc)."""
    tables = weight_tables(config)
    out = {fld: tables[fld][cmp.levels[fld]] for fld in FIELDS}
    u_given = _given_table(config)
    if u_given:
        agree = _given_names_agree(cmp.levels["given_name"])
        m = _table(config, "m")
        for fld in (fld for fld in GIVEN_DEPENDENT if fld in u_given):
            cond = np.append(np.log2(m[fld] / u_given[fld]), 0.0)
            out[fld] = np.where(agree, cond[cmp.levels[fld]], out[fld])
    if config.tf_adjust:
        for fld, adj in _tf_adjust(f, cmp).items():
            out[fld] = out[fld] + adj
    total = match_weights(f, cmp, config)
    rest = total - prior_weight(config) - sum(out.values())
    out[RELATIVES] = np.minimum(rest, 0.0)
    return out


def probability(weight: F64 | float) -> F64:
    return np.asarray(1.0 / (1.0 + np.exp2(-np.asarray(weight, dtype=np.float64))))


def explain_pairs(
    f: Features, cmp: Comparisons, config: LinkageConfig, rows: npt.NDArray[np.intp]
) -> list[ScoredPair]:
    """``ScoredPair`` for the chosen pair rows, with per-field contributions and level names."""
    sub = Comparisons(
        left=cmp.left[rows],
        right=cmp.right[rows],
        levels={k: v[rows] for k, v in cmp.levels.items()},
    )
    contrib = contributions(f, sub, config)
    weights = match_weights(f, sub, config)
    prior = prior_weight(config)
    out: list[ScoredPair] = []
    for i in range(len(sub)):
        c = {fld: round(float(v[i]), 3) for fld, v in contrib.items()}
        score = float(weights[i])
        lv = {
            fld: (LEVELS[fld][sub.levels[fld][i]] if sub.levels[fld][i] >= 0 else "null")
            for fld in FIELDS
        }
        out.append(
            ScoredPair(
                left_id=f.record_ids[int(sub.left[i])],
                right_id=f.record_ids[int(sub.right[i])],
                score=round(score, 3),
                probability=float(probability(score)),
                contributions={"prior": round(prior, 3), **c},
                levels=lv,
            )
        )
    return out
