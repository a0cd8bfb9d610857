"""Reads of shelter: occupancy, unplaced households with their size and priority."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypedDict

from django.db.models import Count, IntegerField, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce

from refuge.assistance import rules as R
from refuge.assistance.selectors import PersonView, person_facts
from refuge.registry.models import Household
from refuge.shelter.models import Accommodation, Placement, PlacementSuggestion

if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

CURRENT = Q(placements__ended_at__isnull=True)


class Occupancy(TypedDict):
    """What ``accommodations_with_occupancy`` annotates on each accommodation."""

    occupied: int
    households: int


def accommodations_with_occupancy(
    *, province: str = ""
) -> QuerySet[WithAnnotations[Accommodation, Occupancy]]:
    """Accommodations with ``occupied`` (persons) and ``households`` (count) annotated."""
    qs = Accommodation.objects.annotate(
        occupied=Coalesce(
            Sum("placements__persons", filter=CURRENT), Value(0), output_field=IntegerField()
        ),
        households=Count("placements", filter=CURRENT),
    )
    if province:
        qs = qs.filter(province=province)
    return qs.order_by("province", "community", "name")


def occupancy_by_province() -> list[dict[str, object]]:
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"capacity": 0, "occupied": 0, "n": 0})
    for acc in accommodations_with_occupancy().filter(active=True):
        row = totals[acc.province]
        row["capacity"] += acc.capacity
        row["occupied"] += acc.occupied
        row["n"] += 1
    return [
        {"province": province, **row, "free": row["capacity"] - row["occupied"]}
        for province, row in sorted(totals.items())
    ]


def occupied(accommodation_ids: list[int]) -> dict[int, int]:
    rows = (
        Placement.objects.filter(accommodation_id__in=accommodation_ids, ended_at__isnull=True)
        .values("accommodation_id")
        .annotate(n=Sum("persons"))
        .values_list("accommodation_id", "n")
    )
    return dict(rows)


@dataclass
class HouseholdNeed:
    """A household as the optimiser and the review page see it."""

    household_id: int
    ref: str
    size: int
    priority: int
    province: str
    head: PersonView
    flags: list[str]


def household_needs(
    *, on: date, views: dict[int, PersonView] | None = None
) -> dict[int, HouseholdNeed]:
    """Every household with at least one current member, its size (distinct current persons),
    priority (members' scores plus household flags) and province (its head's site).

    A household whose members were all linked into another (the same family registered at two
    sites) has no members of its own any more and is not listed, so it is never placed twice.
    """
    views = views if views is not None else person_facts(on=on)
    members: dict[int, list[PersonView]] = defaultdict(list)
    for view in views.values():
        if view.facts.household_id is not None:
            members[view.facts.household_id].append(view)
    refs = dict(Household.objects.filter(pk__in=list(members)).values_list("pk", "ref"))
    needs: dict[int, HouseholdNeed] = {}
    for household_id, people in members.items():
        people.sort(key=lambda v: (-(v.facts.age or -1), v.person_id))
        head = people[0]
        flags = sorted(head.facts.household_flag)
        needs[household_id] = HouseholdNeed(
            household_id=household_id,
            ref=refs.get(household_id, ""),
            size=len(people),
            priority=sum(v.facts.person_score for v in people)
            + sum(R.HOUSEHOLD_WEIGHTS.get(flag, 0) for flag in flags),
            province=head.facts.province,
            head=head,
            flags=flags,
        )
    return needs


def households_unplaced(*, on: date) -> list[HouseholdNeed]:
    placed = set(
        Placement.objects.filter(ended_at__isnull=True).values_list("household_id", flat=True)
    )
    needs = household_needs(on=on)
    return sorted(
        (n for n in needs.values() if n.household_id not in placed),
        key=lambda n: (-n.priority, n.household_id),
    )


def current_placement(household_id: int) -> Placement | None:
    return (
        Placement.objects.filter(household_id=household_id, ended_at__isnull=True)
        .select_related("accommodation")
        .first()
    )


def suggestion_list() -> QuerySet[PlacementSuggestion]:
    return PlacementSuggestion.objects.select_related("created_by", "decided_by")


class SuggestionRow(TypedDict):
    """One row of ``suggestion_summary``: an accommodation and what the suggestion adds to it."""

    accommodation_id: int
    accommodation__name: str
    accommodation__province: str
    accommodation__kind: str
    accommodation__capacity: int
    households: int
    persons: int
    occupied_now: int


def suggestion_summary(suggestion: PlacementSuggestion) -> list[SuggestionRow]:
    """Per accommodation: how many households and persons the suggestion puts there."""
    rows = (
        suggestion.items.values(
            "accommodation_id",
            "accommodation__name",
            "accommodation__province",
            "accommodation__kind",
            "accommodation__capacity",
        )
        .annotate(households=Count("id"), persons=Sum("persons"))
        .order_by("accommodation__province", "accommodation__name")
    )
    used = occupied([r["accommodation_id"] for r in rows])
    return [
        SuggestionRow(
            accommodation_id=r["accommodation_id"],
            accommodation__name=r["accommodation__name"],
            accommodation__province=r["accommodation__province"],
            accommodation__kind=r["accommodation__kind"],
            accommodation__capacity=r["accommodation__capacity"],
            households=r["households"],
            persons=r["persons"],
            occupied_now=used.get(r["accommodation_id"], 0),
        )
        for r in rows
    ]
