"""Placement of whole households into free accommodation capacity (no Django import).

The problem: each household (size, priority score, preferred province) goes whole into at most
one accommodation (free capacity, province, kind); no accommodation is filled past its free
capacity; maximise

    sum over placed households of  size * CLASS_WEIGHT[priority class]
                                   + PROVINCE_BONUS * size   (if placed in its own province)

so vulnerable households are placed first, more people are placed rather than fewer, and
families stay near where they registered when there is room.

30,000 households x 1,500 accommodations is 45 million binary variables, far too many to hand
to a solver in seconds. Households with the same (size, priority class, province) are
interchangeable, and so, for a first decision, are accommodations of one (province, kind). The
solver (HiGHS through ``scipy.optimize.milp``) decides how many households of each type go to
each group (a few thousand integer variables); a fast best-fit-decreasing fill then puts real
households into real accommodations inside each group, and a final greedy pass offers whatever
did not fit to any space left. Because the aggregated problem is a relaxation of the real one
(every real placement is a feasible aggregate), its LP optimum is an upper bound on the real
optimum: the result reports its objective against that bound, and against a plain greedy
first-fit (arrival order, first accommodation with room) computed in the same run.
"""

from __future__ import annotations

import bisect
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array

# Per-person weight by priority class (0 none, 1 some, 2 high, 3 very high). Doubling per class
# means one very-high-priority person outweighs a household of seven with no recorded need.
CLASS_WEIGHT = (1.0, 2.0, 4.0, 8.0)
PROVINCE_BONUS = 0.5
TIME_LIMIT_SECONDS = 6.0


def priority_class(score: int) -> int:
    """0 none, 1 some need (1-2), 2 high (3-5), 3 very high (6+)."""
    if score <= 0:
        return 0
    if score <= 2:
        return 1
    if score <= 5:
        return 2
    return 3


@dataclass(frozen=True)
class HouseholdIn:
    id: int
    size: int
    priority: int = 0
    province: str | None = None


@dataclass(frozen=True)
class AccommodationIn:
    id: int
    free: int
    province: str
    kind: str = ""


@dataclass
class PlacementResult:
    assignment: dict[int, int]  # household id -> accommodation id
    objective: float
    lp_bound: float
    aggregate_objective: float
    greedy_objective: float
    seconds: float
    stats: dict[str, float | int | str] = field(default_factory=dict)

    @property
    def gap(self) -> float:
        """Relative distance of the objective below the LP bound (0 = provably optimal)."""
        return 0.0 if self.lp_bound <= 0 else (self.lp_bound - self.objective) / self.lp_bound


def value(household: HouseholdIn, province: str) -> float:
    weight = CLASS_WEIGHT[priority_class(household.priority)]
    bonus = PROVINCE_BONUS if household.province and household.province == province else 0.0
    return household.size * (weight + bonus)


def objective_of(
    assignment: dict[int, int],
    households: Sequence[HouseholdIn],
    accommodations: Sequence[AccommodationIn],
) -> float:
    provinces = {a.id: a.province for a in accommodations}
    by_id = {h.id: h for h in households}
    return sum(value(by_id[h], provinces[a]) for h, a in assignment.items())


def check(
    assignment: dict[int, int],
    households: Sequence[HouseholdIn],
    accommodations: Sequence[AccommodationIn],
) -> None:
    """Raise if any accommodation is filled beyond its free capacity."""
    used: dict[int, int] = defaultdict(int)
    sizes = {h.id: h.size for h in households}
    for h, a in assignment.items():
        used[a] += sizes[h]
    for acc in accommodations:
        if used[acc.id] > acc.free:
            raise AssertionError(f"accommodation {acc.id} over capacity")


# --- the baseline ---------------------------------------------------------------------------


def greedy_first_fit(
    households: Sequence[HouseholdIn], accommodations: Sequence[AccommodationIn]
) -> dict[int, int]:
    """Arrival order, first accommodation (in list order) with room: what a desk does by hand.

    A max segment tree over free capacity finds the leftmost accommodation with room in
    O(log n), so the baseline costs no more than the optimiser."""
    n = len(accommodations)
    if n == 0:
        return {}
    size = 1
    while size < n:
        size *= 2
    tree = [0] * (2 * size)
    for i, acc in enumerate(accommodations):
        tree[size + i] = acc.free
    for i in range(size - 1, 0, -1):
        tree[i] = max(tree[2 * i], tree[2 * i + 1])
    assignment: dict[int, int] = {}
    for household in sorted(households, key=lambda h: h.id):
        if tree[1] < household.size:
            continue
        i = 1
        while i < size:
            i = 2 * i if tree[2 * i] >= household.size else 2 * i + 1
        assignment[household.id] = accommodations[i - size].id
        tree[i] -= household.size
        i //= 2
        while i:
            tree[i] = max(tree[2 * i], tree[2 * i + 1])
            i //= 2
    return assignment


# --- the optimiser --------------------------------------------------------------------------


class _Group:
    """Accommodations of one (province, kind), as a sorted list of (free, index) for best fit."""

    def __init__(self, province: str, members: list[tuple[int, int]]) -> None:
        self.province = province
        self.slots = sorted(members)

    @property
    def capacity(self) -> int:
        return sum(free for free, _ in self.slots)

    @property
    def largest(self) -> int:
        return self.slots[-1][0] if self.slots else 0

    def take(self, size: int) -> int | None:
        """Best fit: the accommodation with the least room that still holds ``size``."""
        pos = bisect.bisect_left(self.slots, (size, -1))
        if pos == len(self.slots):
            return None
        free, index = self.slots.pop(pos)
        if free - size > 0:
            bisect.insort(self.slots, (free - size, index))
        return index


def suggest(
    households: Sequence[HouseholdIn],
    accommodations: Sequence[AccommodationIn],
    *,
    time_limit: float = TIME_LIMIT_SECONDS,
) -> PlacementResult:
    """Place as many households as fit, vulnerable first, near their province when possible."""
    started = time.perf_counter()
    households = [h for h in households if h.size > 0]
    accommodations = [a for a in accommodations if a.free > 0]

    # Types of interchangeable households, best first within a type.
    types: dict[tuple[int, int, str | None], list[HouseholdIn]] = defaultdict(list)
    for h in households:
        types[(h.size, priority_class(h.priority), h.province)].append(h)
    for members in types.values():
        members.sort(key=lambda h: (-h.priority, h.id))
    type_keys = list(types)

    grouped: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for index, acc in enumerate(accommodations):
        grouped[(acc.province, acc.kind)].append((acc.free, index))
    groups = [_Group(key[0], members) for key, members in grouped.items()]

    # Aggregated problem: x[t, g] = number of type-t households placed in group g.
    cols_t: list[int] = []
    cols_g: list[int] = []
    coef: list[float] = []
    for ti, (size, cls, province) in enumerate(type_keys):
        for gi, group in enumerate(groups):
            if size > group.largest:
                continue
            cols_t.append(ti)
            cols_g.append(gi)
            bonus = PROVINCE_BONUS if province and province == group.province else 0.0
            coef.append(size * (CLASS_WEIGHT[cls] + bonus))
    n_vars = len(coef)
    stats: dict[str, float | int | str] = {
        "households": len(households),
        "accommodations": len(accommodations),
        "household_types": len(type_keys),
        "accommodation_groups": len(groups),
        "variables": n_vars,
    }
    counts = np.array([len(types[k]) for k in type_keys], dtype=float)
    aggregate_x = np.zeros(n_vars)
    lp_bound = aggregate_objective = 0.0
    if n_vars:
        c = -np.array(coef)
        t_idx = np.array(cols_t)
        g_idx = np.array(cols_g)
        sizes = np.array([type_keys[t][0] for t in cols_t], dtype=float)
        cols = np.arange(n_vars)
        a_types = coo_array((np.ones(n_vars), (t_idx, cols)), shape=(len(type_keys), n_vars))
        a_groups = coo_array((sizes, (g_idx, cols)), shape=(len(groups), n_vars))
        constraints = [
            LinearConstraint(a_types.tocsr(), -np.inf, counts),
            LinearConstraint(
                a_groups.tocsr(), -np.inf, np.array([g.capacity for g in groups], dtype=float)
            ),
        ]
        bounds = Bounds(np.zeros(n_vars), counts[t_idx])
        t0 = time.perf_counter()
        relaxed = milp(c, constraints=constraints, bounds=bounds, integrality=np.zeros(n_vars))
        stats["lp_seconds"] = round(time.perf_counter() - t0, 3)
        lp_bound = -float(relaxed.fun) if relaxed.x is not None else 0.0
        remaining = max(0.5, time_limit - (time.perf_counter() - started))
        t0 = time.perf_counter()
        solved = milp(
            c,
            constraints=constraints,
            bounds=bounds,
            integrality=np.ones(n_vars),
            options={"time_limit": remaining, "mip_rel_gap": 1e-4},
        )
        stats["milp_seconds"] = round(time.perf_counter() - t0, 3)
        stats["milp_status"] = str(solved.message)
        if solved.x is not None:
            aggregate_x = np.round(solved.x)
        elif relaxed.x is not None:  # no integer solution in time: the LP, rounded down
            aggregate_x = np.floor(relaxed.x + 1e-9)
        aggregate_objective = float(np.dot(coef, aggregate_x))

    # Disaggregate: each group takes its share of each type, largest households first.
    assignment: dict[int, int] = {}
    queues = {k: list(reversed(types[k])) for k in type_keys}  # pop() gives the best
    wanted: dict[int, list[HouseholdIn]] = defaultdict(list)
    for col in np.nonzero(aggregate_x > 0.5)[0]:
        key = type_keys[cols_t[col]]
        for _ in range(int(aggregate_x[col])):
            if queues[key]:
                wanted[cols_g[col]].append(queues[key].pop())
    leftovers: list[HouseholdIn] = []
    for gi, chosen in wanted.items():
        group = groups[gi]
        for h in sorted(chosen, key=lambda h: (-h.size, -h.priority, h.id)):
            taken = group.take(h.size)
            if taken is None:
                leftovers.append(h)
            else:
                assignment[h.id] = accommodations[taken].id
    stats["did_not_fit_after_fill"] = len(leftovers)

    # Whatever is left, best households first, into any room left (own province first).
    leftovers += [h for q in queues.values() for h in q]
    by_province: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        by_province[group.province].append(group)
    for h in sorted(leftovers, key=lambda h: (-priority_class(h.priority), -h.size, h.id)):
        candidates = by_province.get(h.province or "", []) + groups
        for group in candidates:
            if group.largest >= h.size:
                taken = group.take(h.size)
                if taken is not None:
                    assignment[h.id] = accommodations[taken].id
                    break

    objective = objective_of(assignment, households, accommodations)
    greedy = greedy_first_fit(households, accommodations)
    greedy_objective = objective_of(greedy, households, accommodations)
    stats["placed"] = len(assignment)
    stats["placed_persons"] = sum(h.size for h in households if h.id in assignment)
    stats["greedy_placed"] = len(greedy)
    return PlacementResult(
        assignment=assignment,
        objective=objective,
        lp_bound=max(lp_bound, objective),
        aggregate_objective=aggregate_objective,
        greedy_objective=greedy_objective,
        seconds=time.perf_counter() - started,
        stats=stats,
    )
