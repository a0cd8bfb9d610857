"""Entitlement rules as plain data and plain functions (no Django import).

A person's ``Facts`` are computed once from the registry (see ``selectors.person_facts``); a
programme's rules are evaluated against them here, so the same logic serves the desk, the
import, coverage and tests without a database.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

# Priority weights. A person's score is the sum of their own categories plus their household's
# flags; a household's score is the sum over its members plus its flags. Children on their own
# and serious illness weigh most because they are where delay does most harm (UNHCR
# vulnerability screening puts unaccompanied children and serious medical conditions first).
PERSON_WEIGHTS: Mapping[str, int] = {
    "unaccompanied_child": 5,
    "separated_child": 4,
    "serious_medical": 4,
    "older_alone": 3,
    "disability": 3,
    "pregnant": 2,
    "lactating": 2,
}
HOUSEHOLD_WEIGHTS: Mapping[str, int] = {
    "single_parent": 2,
    "female_headed": 1,
    "large_household": 1,
}
ADULT_AGE = 18
OLDER_AGE = 60
LARGE_HOUSEHOLD = 6


@dataclass(frozen=True)
class Facts:
    """What eligibility rules may look at, for one person on one day."""

    person_id: int
    age: int | None = None
    sex: str = ""
    site: str = ""
    province: str = ""
    household_id: int | None = None
    household_size: int = 1
    children_in_household: int = 0
    older_in_household: int = 0
    vulnerability: frozenset[str] = field(default_factory=frozenset)
    household_flag: frozenset[str] = field(default_factory=frozenset)

    @property
    def person_score(self) -> int:
        return sum(PERSON_WEIGHTS.get(c, 0) for c in self.vulnerability)

    @property
    def priority(self) -> int:
        return self.person_score + sum(HOUSEHOLD_WEIGHTS.get(f, 0) for f in self.household_flag)


@dataclass(frozen=True)
class Rule:
    group: int
    field: str
    operator: str
    value: str


@dataclass(frozen=True)
class Terms:
    """A programme's terms, copied from its row."""

    unit: str  # person | household
    frequency: str  # once | monthly | fortnightly
    kind: str  # cash | in_kind
    formula: str = "flat"  # flat | per_member
    amount: Decimal | None = None
    amount_cap: Decimal | None = None
    quantity: int = 1


@dataclass(frozen=True)
class Entitlement:
    eligible: bool
    reason: str
    amount: Decimal | None
    quantity: int


NUMERIC = {"age", "household_size", "children_in_household", "older_in_household"}
SET_VALUED = {"vulnerability", "household_flag"}


def _values(raw: str) -> list[str]:
    return [v.strip() for v in raw.split(",") if v.strip()]


def rule_holds(rule: Rule, facts: Facts) -> bool:
    """One condition. An unknown value (no birth year) never satisfies a numeric condition."""
    actual = getattr(facts, rule.field, None)
    op = rule.operator
    if rule.field in SET_VALUED:
        have = set(actual or ())
        wanted = set(_values(rule.value))
        if op in {"eq", "in"}:
            return bool(have & wanted)
        if op in {"ne", "not_in"}:
            return not (have & wanted)
        raise ValueError(f"operator {op!r} does not apply to {rule.field}")
    if rule.field in NUMERIC:
        if actual is None:
            return False
        if op in {"in", "not_in"}:
            found = int(actual) in {int(v) for v in _values(rule.value)}
            return found if op == "in" else not found
        number: int = actual  # every NUMERIC field of Facts is an int (or None, handled above)
        target = int(rule.value)
        return {
            "eq": number == target,
            "ne": number != target,
            "lt": number < target,
            "lte": number <= target,
            "gt": number > target,
            "gte": number >= target,
        }[op]
    text = str(actual or "").casefold()
    if op == "eq":
        return text == rule.value.strip().casefold()
    if op == "ne":
        return text != rule.value.strip().casefold()
    if op in {"in", "not_in"}:
        found = text in {v.casefold() for v in _values(rule.value)}
        return found if op == "in" else not found
    raise ValueError(f"operator {op!r} does not apply to {rule.field}")


def rules_hold(rules: Sequence[Rule], facts: Facts) -> tuple[bool, str]:
    """Any group whose rules all hold makes the person eligible; returns (eligible, reason)."""
    if not rules:
        return True, "no conditions"
    groups: dict[int, list[Rule]] = {}
    for rule in rules:
        groups.setdefault(rule.group, []).append(rule)
    failed: list[str] = []
    for group in sorted(groups):
        misses = [r for r in groups[group] if not rule_holds(r, facts)]
        if not misses:
            return True, "meets " + " and ".join(describe(r) for r in groups[group])
        failed.append(describe(misses[0]))
    return False, "does not meet " + " / ".join(failed)


OPERATOR_TEXT = {
    "eq": "=",
    "ne": "≠",
    "lt": "<",
    "lte": "≤",
    "gt": ">",
    "gte": "≥",
    "in": "in",
    "not_in": "not in",
}


def describe(rule: Rule) -> str:
    return f"{rule.field} {OPERATOR_TEXT.get(rule.operator, rule.operator)} {rule.value}"


def entitlement(terms: Terms, rules: Sequence[Rule], facts: Facts) -> Entitlement:
    eligible, reason = rules_hold(rules, facts)
    if eligible and terms.unit == "household" and facts.household_id is None:
        eligible, reason = False, "no household recorded for this person"
    amount: Decimal | None = None
    if terms.kind == "cash" and terms.amount is not None:
        amount = terms.amount
        if terms.formula == "per_member":
            members = facts.household_size if terms.unit == "household" else 1
            amount = terms.amount * max(1, members)
        if terms.amount_cap is not None:
            amount = min(amount, terms.amount_cap)
    return Entitlement(eligible=eligible, reason=reason, amount=amount, quantity=terms.quantity)


def period_key(frequency: str, day: date) -> str:
    """The entitlement period a day falls in: ``once``, ``2023-10``, or ``2023-W39/F``.

    Fortnights are pairs of ISO weeks (1-2, 3-4, ...) named by their first week, so every
    site computes the same key for the same day with no calendar table. In a 53-week ISO year
    week 53 is a fortnight of its own.
    """
    if frequency == "once":
        return "once"
    if frequency == "monthly":
        return f"{day.year:04d}-{day.month:02d}"
    if frequency == "fortnightly":
        iso_year, week, _ = day.isocalendar()
        first = week - ((week - 1) % 2)
        return f"{iso_year:04d}-W{first:02d}/F"
    raise ValueError(f"unknown frequency {frequency!r}")


def household_flags(members: Iterable[tuple[int | None, str, bool]]) -> frozenset[str]:
    """Flags of a household from its members as (age, sex, is_head) triples.

    Single parent: exactly one adult and at least one child. Female-headed: the recorded head
    is a woman, or (no head recorded) every adult is a woman and there is someone else to care
    for. Persons of unknown age count neither as adults nor as children.
    """
    members = list(members)
    adults = [m for m in members if m[0] is not None and m[0] >= ADULT_AGE]
    children = [m for m in members if m[0] is not None and m[0] < ADULT_AGE]
    flags: set[str] = set()
    if len(members) >= LARGE_HOUSEHOLD:
        flags.add("large_household")
    if len(adults) == 1 and children:
        flags.add("single_parent")
    heads = [m for m in members if m[2]]
    if heads:
        if all(m[1] == "F" for m in heads):
            flags.add("female_headed")
    elif adults and len(members) > 1 and all(m[1] == "F" for m in adults):
        flags.add("female_headed")
    return frozenset(flags)


def priority_class(score: int) -> int:
    """0 none, 1 some need (1-2), 2 high (3-5), 3 very high (6+): the optimiser's classes."""
    if score <= 0:
        return 0
    if score <= 2:
        return 1
    if score <= 5:
        return 2
    return 3
