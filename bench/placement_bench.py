"""Benchmark of the placement optimiser on a synthetic whole exodus (no database).

    .venv/bin/python bench/placement_bench.py [--households 30000] [--accommodations 1500]

Prints the time, the objective, the LP-relaxation bound and the greedy first-fit objective of
the same run, and checks that no accommodation is over capacity. Household sizes follow the
displaced population's profile (mean about 3.3 persons, up to 10); about a quarter of
households carry a vulnerability; capacity is set below demand (``--capacity-ratio``), as it
was in autumn 2023, so priority matters.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from refuge.shelter.placement import (  # noqa: E402
    AccommodationIn,
    HouseholdIn,
    check,
    suggest,
)

PROVINCES = [
    "Yerevan",
    "Ararat",
    "Armavir",
    "Kotayk",
    "Syunik",
    "Vayots Dzor",
    "Gegharkunik",
    "Lori",
    "Shirak",
    "Tavush",
    "Aragatsotn",
]
PROVINCE_WEIGHTS = [30, 10, 8, 12, 12, 4, 7, 6, 5, 3, 3]
SIZES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
SIZE_WEIGHTS = [14, 18, 20, 22, 13, 7, 3, 1.5, 1, 0.5]
KINDS = [
    ("collective_centre", 8, (40, 300)),
    ("hotel", 22, (20, 120)),
    ("host_family", 45, (3, 8)),
    ("rented_flat", 25, (3, 6)),
]


def make(households: int, accommodations: int, ratio: float, seed: int):
    rng = random.Random(seed)
    hh = []
    for i in range(households):
        size = rng.choices(SIZES, SIZE_WEIGHTS)[0]
        priority = rng.choices([0, 1, 2, 3, 4, 6, 8], [74, 6, 5, 6, 4, 3, 2])[0]
        province = rng.choices(PROVINCES, PROVINCE_WEIGHTS)[0] if rng.random() < 0.9 else None
        hh.append(HouseholdIn(id=i + 1, size=size, priority=priority, province=province))
    persons = sum(h.size for h in hh)
    raw = []
    for _ in range(accommodations):
        kind, _, (low, high) = rng.choices(KINDS, [k[1] for k in KINDS])[0]
        raw.append((kind, rng.randint(low, high), rng.choices(PROVINCES, PROVINCE_WEIGHTS)[0]))
    scale = ratio * persons / sum(r[1] for r in raw)
    acc = [
        AccommodationIn(id=j + 1, free=max(1, round(cap * scale)), province=prov, kind=kind)
        for j, (kind, cap, prov) in enumerate(raw)
    ]
    return hh, acc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=30_000)
    parser.add_argument("--accommodations", type=int, default=1_500)
    parser.add_argument("--capacity-ratio", type=float, default=0.9)
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    households, accommodations = make(
        args.households, args.accommodations, args.capacity_ratio, args.seed
    )
    started = time.perf_counter()
    result = suggest(households, accommodations)
    wall = time.perf_counter() - started
    check(result.assignment, households, accommodations)
    report = {
        "households": len(households),
        "persons": sum(h.size for h in households),
        "accommodations": len(accommodations),
        "capacity": sum(a.free for a in accommodations),
        "seconds": round(wall, 2),
        "objective": round(result.objective, 1),
        "lp_bound": round(result.lp_bound, 1),
        "gap_to_lp_bound": f"{result.gap:.4%}",
        "greedy_first_fit_objective": round(result.greedy_objective, 1),
        "improvement_over_greedy": f"{result.objective / result.greedy_objective - 1:.2%}",
        "capacity_respected": True,
        **{k: v for k, v in result.stats.items()},
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, val in report.items():
            print(f"{key:>28}: {val}")
    return 0 if wall <= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
