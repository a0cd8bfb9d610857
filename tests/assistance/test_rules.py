"""Eligibility rules, amounts and period keys, one row per rule (no database)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from refuge.assistance.rules import (
    Facts,
    Rule,
    Terms,
    entitlement,
    household_flags,
    period_key,
    rule_holds,
    rules_hold,
)

ADULT = Facts(
    person_id=1,
    age=40,
    sex="F",
    site="Goris",
    province="Syunik",
    household_id=7,
    household_size=5,
    children_in_household=3,
    older_in_household=0,
    vulnerability=frozenset({"pregnant"}),
    household_flag=frozenset({"single_parent"}),
)
UNKNOWN_AGE = Facts(person_id=2)


@pytest.mark.parametrize(
    ("description", "rule", "facts", "expected"),
    [
        ("age at least 60, person is 40", Rule(0, "age", "gte", "60"), ADULT, False),
        ("age under 18, person is 40", Rule(0, "age", "lt", "18"), ADULT, False),
        ("age at most 40", Rule(0, "age", "lte", "40"), ADULT, True),
        ("unknown age never meets a numeric rule", Rule(0, "age", "lt", "200"), UNKNOWN_AGE, False),
        ("sex is F, case-insensitive", Rule(0, "sex", "eq", "f"), ADULT, True),
        ("household of 5 or more", Rule(0, "household_size", "gte", "5"), ADULT, True),
        ("children in household", Rule(0, "children_in_household", "gt", "0"), ADULT, True),
        ("older in household", Rule(0, "older_in_household", "gte", "1"), ADULT, False),
        (
            "has a listed vulnerability",
            Rule(0, "vulnerability", "in", "disability,pregnant"),
            ADULT,
            True,
        ),
        ("has not a vulnerability", Rule(0, "vulnerability", "not_in", "pregnant"), ADULT, False),
        ("household flag", Rule(0, "household_flag", "eq", "single_parent"), ADULT, True),
        ("province in list", Rule(0, "province", "in", "Syunik, Lori"), ADULT, True),
        ("site is not Goris", Rule(0, "site", "ne", "Goris"), ADULT, False),
        ("household size in a set", Rule(0, "household_size", "in", "4,5"), ADULT, True),
    ],
)
def test_rule(description, rule, facts, expected):
    assert rule_holds(rule, facts) is expected, description


def test_rules_in_one_group_all_hold_and_any_group_suffices():
    children_or_older = [
        Rule(0, "children_in_household", "gte", "1"),
        Rule(1, "older_in_household", "gte", "1"),
    ]
    assert rules_hold(children_or_older, ADULT)[0]
    both = [Rule(0, "children_in_household", "gte", "1"), Rule(0, "older_in_household", "gte", "1")]
    eligible, reason = rules_hold(both, ADULT)
    assert not eligible and "older_in_household" in reason


def test_no_rules_means_everyone():
    assert rules_hold([], UNKNOWN_AGE) == (True, "no conditions")


def test_per_member_amount_is_capped():
    terms = Terms(
        unit="household",
        frequency="monthly",
        kind="cash",
        formula="per_member",
        amount=Decimal(15_000),
        amount_cap=Decimal(60_000),
    )
    assert entitlement(terms, [], ADULT).amount == Decimal(60_000)
    small = Facts(person_id=3, household_id=1, household_size=2)
    assert entitlement(terms, [], small).amount == Decimal(30_000)


def test_a_household_programme_needs_a_household():
    terms = Terms(unit="household", frequency="once", kind="in_kind")
    assert not entitlement(terms, [], UNKNOWN_AGE).eligible


@pytest.mark.parametrize(
    ("frequency", "day", "key"),
    [
        ("once", date(2023, 10, 2), "once"),
        ("monthly", date(2023, 10, 31), "2023-10"),
        ("fortnightly", date(2023, 10, 2), "2023-W39/F"),  # ISO week 40 pairs with 39
        ("fortnightly", date(2023, 9, 25), "2023-W39/F"),
        ("fortnightly", date(2023, 10, 9), "2023-W41/F"),
        ("fortnightly", date(2024, 1, 1), "2024-W01/F"),
    ],
)
def test_period_key(frequency, day, key):
    assert period_key(frequency, day) == key


@pytest.mark.parametrize(
    ("description", "members", "flags"),
    [
        (
            "mother and two children",
            [(35, "F", True), (8, "M", False), (5, "F", False)],
            {"single_parent", "female_headed"},
        ),
        ("couple with a child", [(35, "M", True), (33, "F", False), (5, "F", False)], set()),
        ("no head recorded, two women", [(70, "F", False), (45, "F", False)], {"female_headed"}),
        (
            "six persons",
            [(40, "M", True), (38, "F", False)] + [(10, "M", False)] * 4,
            {"large_household"},
        ),
        ("a woman alone is not a female-headed household", [(50, "F", False)], set()),
    ],
)
def test_household_flags(description, members, flags):
    assert household_flags(members) == frozenset(flags), description
