"""Households: who was registered together, with or without a household reference.

A household reference at one site is one household form. Many desks skip the reference, but
a family still queues and is registered together: records of one family name at one site,
each within a few minutes of the previous, are one *run*. Both serve twice: two records of one
household form are as a rule two people (``compare``: the ``one-registration`` level), and two
households that a first linkage pass has joined through one member make their other members
likelier to be one person too (``compare.HouseholdLinks``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import numpy as np
import numpy.typing as npt

from refuge.linkage._arrays import components, dense_codes, occurrences

I64 = npt.NDArray[np.int64]
I32 = npt.NDArray[np.int32]

# The pace of this registry's desks, read off the households that carry a reference: this
# quantile of the minutes between a member and the next, held within these bounds; the
# default where fewer than ``FAMILY_GAP_MIN_SAMPLE`` gaps can be read.
FAMILY_GAP_QUANTILE: Final = 0.9
FAMILY_GAP_MINUTES: Final = (0, 2, 10)  # least, default, most
FAMILY_GAP_MIN_SAMPLE: Final = 50
# A larger group is none: at a busy desk one common name over a run of minutes can be several
# families (and a collective centre's one reference, dozens of people).
MAX_HOUSEHOLD: Final = 12
MINUTES_PER_DAY: Final = 24 * 60


# A minute stamped on more than this many of one site's records, and on more than this share
# of them, is an export's or a batch upload's time, not the desk's. Both bounds: at a crossing
# taking a million people in a week a real minute holds a few hundred registrations (0.1 % of
# the site's), while an export stamps one minute on all of them.
STAMP_MIN_RECORDS: Final = 100
STAMP_MIN_SHARE: Final = 0.01


def without_stamps(minute: I64, site: I32) -> I64:
    """``minute`` with -1 (unknown) where it is a stamp (``STAMP_MIN_RECORDS``): such a time
    says nothing of who came together (every record at 14:32 would otherwise be one run per
    family name)."""
    ok = np.flatnonzero(minute >= 0)
    if len(ok) == 0:
        return minute
    sites = site[ok].astype(np.int64) + 1
    per_minute = occurrences(minute[ok] * (int(sites.max()) + 1) + sites)
    per_site = occurrences(sites)
    crowded = (per_minute > STAMP_MIN_RECORDS) & (per_minute > STAMP_MIN_SHARE * per_site)
    if not crowded.any():
        return minute
    out = minute.copy()
    out[ok[crowded]] = -1
    return out


def timed(minute: I64) -> npt.NDArray[np.bool_]:
    """Registrations whose time of day is known: midnight is where an export that keeps only
    the date puts the time, and a day is no run."""
    out: npt.NDArray[np.bool_] = (minute >= 0) & (minute % MINUTES_PER_DAY != 0)
    return out


def referenced(household: I32, site: I32) -> I64:
    """Per record, its household reference at its site as one code (-1 without a reference)."""
    n_sites = int(site.max(initial=-1)) + 2
    out = np.full(len(household), -1, dtype=np.int64)
    ok = household >= 0
    out[ok] = household[ok].astype(np.int64) * n_sites + site[ok] + 1
    return out


def family_gap(reference: I64, minute: I64) -> int:
    """Minutes between one member of a household and the next at this registry's desks.

    ``reference`` as from ``referenced``. A desk typing a family in one go leaves seconds
    between members; one asking each for papers, minutes. -1 (no runs) when most referenced
    households were *not* registered in one go (their median gap above the bound): then the
    registration times say nothing of who came together.
    """
    least, default, most = FAMILY_GAP_MINUTES
    ok = np.flatnonzero((reference >= 0) & timed(minute))
    order = ok[np.lexsort((minute[ok], reference[ok]))]
    same = reference[order][1:] == reference[order][:-1]
    gaps = np.diff(minute[order])[same]
    if len(gaps) < FAMILY_GAP_MIN_SAMPLE:
        return default
    if np.median(gaps) > most:
        return -1
    return int(np.clip(np.quantile(gaps, FAMILY_GAP_QUANTILE), least, most))


def family_runs(
    site: I32,
    key: I32,
    minute: I64,
    gap: int,
    among: npt.NDArray[np.bool_] | None = None,
    order: I64 | None = None,
) -> I64:
    """Per record, its run (-1 for none): one ``key`` (a family name, its skeleton, a phone) at
    one site, each record within ``gap`` minutes of the previous (records ``among`` only, when
    given); a run of one record, or of more than ``MAX_HOUSEHOLD``, is none. ``order`` is
    ``run_order`` of these arrays, when the caller has it already."""
    raw = np.full(len(site), -1, dtype=np.int64)
    if gap < 0:
        return raw
    if order is None:
        order = run_order(site, key, minute)
    if among is not None:
        order = order[among[order]]  # the order of a subset is the subset of the order
    if len(order) == 0:
        return raw
    s, k, m = site[order], key[order], minute[order]
    new = np.r_[True, (s[1:] != s[:-1]) | (k[1:] != k[:-1]) | (m[1:] - m[:-1] > gap)]
    raw[order] = np.cumsum(new) - 1
    return sized(raw)


def run_order(site: I32, key: I32, minute: I64) -> I64:
    """The records that can be in a run, by site, ``key`` and time."""
    rest = np.flatnonzero((site >= 0) & (key >= 0) & timed(minute))
    s, k, m = site[rest].astype(np.int64), key[rest].astype(np.int64), minute[rest]
    k_span = int(k.max(initial=0)) + 1
    m_span = int(m.max(initial=0)) + 1
    if (int(s.max(initial=0)) + 1) * k_span * m_span < 2**62:
        # One int64 key: a stable argsort of it is the lexsort's order, three times faster.
        order: I64 = rest[np.argsort((s * k_span + k) * m_span + m, kind="stable")]
    else:
        order = rest[np.lexsort((m, k, s))]
    return order


def household_groups(site: I32, minute: I64, gap: int, reference: I64, keys: Sequence[I32]) -> I64:
    """Per record, its household (-1 for none).

    Its reference at its site; without one, the one reference of its run (``family_runs`` by
    each of ``keys`` in turn: a family name, a phone) when the run holds exactly one: a desk
    left the reference off one member of a family it typed in one go. Else the records
    without a reference that runs by any of ``keys`` put together: a wife under her own
    surname shares the family's phone, a son's mistyped surname shares its skeleton.
    """
    orders = [run_order(site, key, minute) for key in keys]
    for key, order in zip(keys, orders, strict=True):
        run = family_runs(site, key, minute, gap, order=order)
        reference = np.where(reference >= 0, reference, _run_reference(reference, run))
    runs = [
        family_runs(site, key, minute, gap, among=reference < 0, order=order)
        for key, order in zip(keys, orders, strict=True)
    ]
    top = int(reference.max(initial=-1)) + 1
    return sized(np.where(reference >= 0, reference, top + _together(len(reference), runs)))


def _together(n: int, runs: Sequence[I64]) -> I64:
    """Components of the records that any of ``runs`` (-1: none) put together."""
    left, right = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)]
    for run in runs:
        rows = np.flatnonzero(run >= 0)
        first = np.full(int(run.max(initial=-1)) + 1, -1, dtype=np.int64)
        first[run[rows][::-1]] = rows[::-1]
        left.append(rows)
        right.append(first[run[rows]])
    return components(n, np.concatenate(left), np.concatenate(right))


def _run_reference(reference: I64, run: I64) -> I64:
    """Per record, the reference of its run when the run's referenced records hold exactly
    one (-1 otherwise: no run, no reference in it, or two households of one name)."""
    out = np.full(len(run), -1, dtype=np.int64)
    both = np.flatnonzero((run >= 0) & (reference >= 0))
    if len(both) == 0:
        return out
    n_runs = int(run.max()) + 1
    lowest = np.full(n_runs, np.iinfo(np.int64).max, dtype=np.int64)
    highest = np.full(n_runs, -1, dtype=np.int64)
    np.minimum.at(lowest, run[both], reference[both])
    np.maximum.at(highest, run[both], reference[both])
    single = np.where(lowest == highest, highest, -1)
    has_run = run >= 0
    out[has_run] = single[run[has_run]]
    return out


def sized(raw: I64) -> I64:
    """Group codes renumbered 0..k-1, groups of one or of more than ``MAX_HOUSEHOLD`` → -1."""
    out = np.full(len(raw), -1, dtype=np.int64)
    ok = raw >= 0
    if not ok.any():
        return out
    size = occurrences(raw[ok])
    keep = (size >= 2) & (size <= MAX_HOUSEHOLD)
    out[ok] = dense_codes(np.where(keep, raw[ok], -1))[0]
    return out
