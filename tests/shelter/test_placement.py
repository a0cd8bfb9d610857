"""The optimiser on plain data (no database): whole households, capacity never exceeded,
priority first, and an objective no worse than greedy first-fit nor above the LP bound."""

from __future__ import annotations

import random
import subprocess
import sys

from refuge.shelter.placement import AccommodationIn, HouseholdIn, check, greedy_first_fit, suggest


def test_the_vulnerable_household_gets_the_last_room():
    households = [HouseholdIn(1, 4, 0, "Syunik"), HouseholdIn(2, 4, 6, "Syunik")]
    result = suggest(households, [AccommodationIn(10, 4, "Syunik")])
    assert result.assignment == {2: 10}


def test_households_are_never_split_and_capacity_is_never_exceeded():
    rng = random.Random(1)
    households = [
        HouseholdIn(
            i, rng.randint(1, 9), rng.choice([0, 0, 2, 5, 8]), rng.choice(["Yerevan", "Lori", None])
        )
        for i in range(1, 800)
    ]
    accommodations = [
        AccommodationIn(
            i,
            rng.randint(2, 60),
            rng.choice(["Yerevan", "Lori"]),
            rng.choice(["hotel", "host_family"]),
        )
        for i in range(1, 60)
    ]
    result = suggest(households, accommodations)
    check(result.assignment, households, accommodations)
    assert len(set(result.assignment)) == len(result.assignment)
    assert result.greedy_objective <= result.objective <= result.lp_bound + 1e-6


def test_prefers_the_household_s_own_province_when_there_is_room():
    result = suggest(
        [HouseholdIn(1, 3, 0, "Lori")],
        [AccommodationIn(10, 5, "Yerevan"), AccommodationIn(11, 5, "Lori")],
    )
    assert result.assignment == {1: 11}


def test_a_household_larger_than_any_room_stays_unplaced():
    result = suggest([HouseholdIn(1, 9, 8, "Lori")], [AccommodationIn(10, 5, "Lori")])
    assert result.assignment == {}


def test_greedy_first_fit_takes_arrival_order_and_first_room():
    assignment = greedy_first_fit(
        [HouseholdIn(2, 3), HouseholdIn(1, 2)],
        [AccommodationIn(10, 2, "A"), AccommodationIn(11, 3, "A")],
    )
    assert assignment == {1: 10, 2: 11}


def test_the_optimiser_imports_no_django():
    code = "import sys, refuge.shelter.placement; print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
