"""Writes of shelter: accommodations, placements, suggestions and applying them.

Capacity is a sum over rows, which no portable constraint can hold; every write that adds
persons to an accommodation locks its row first (``select_for_update`` on PostgreSQL; on SQLite
refuge opens write transactions IMMEDIATE, so writers queue) and checks free room inside the
same transaction. One current placement per household is a unique constraint.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from refuge.accounts.models import User
from refuge.accounts.services import audit_record
from refuge.core.errors import ApplicationError, Conflict
from refuge.registry.models import Household, Person
from refuge.shelter import placement as P
from refuge.shelter import selectors
from refuge.shelter.models import (
    Accommodation,
    Placement,
    PlacementSuggestion,
    SuggestedPlacement,
)

NO_ROOM = gettext_noop("{name} has room for {free} more person(s); this household has {size}.")
ALREADY_PLACED = gettext_noop(
    "This household is already placed (in {name}); end that placement first."
)
EMPTY_HOUSEHOLD = gettext_noop("This household has no current members.")
NOT_PROPOSED = gettext_noop("Only a proposed suggestion can be applied or discarded.")


class PlacementConflict(Conflict):
    pass


def _actor(actor: User | None) -> User | None:
    return actor if actor is not None and actor.pk else None


@transaction.atomic
def accommodation_create(
    *,
    name: str,
    kind: str,
    province: str,
    capacity: int,
    actor: User | None,
    community: str = "",
) -> Accommodation:
    accommodation = Accommodation(
        name=name, kind=kind, province=province, community=community, capacity=capacity
    )
    accommodation.full_clean()
    accommodation.save()
    audit_record(
        actor=actor,
        action="accommodation.create",
        target=accommodation,
        data={"capacity": capacity, "kind": kind},
    )
    return accommodation


@transaction.atomic
def placement_create(
    *,
    household: Household,
    accommodation: Accommodation,
    actor: User | None,
    suggestion: PlacementSuggestion | None = None,
) -> Placement:
    """Place a whole household; refused if the accommodation lacks room for all of it."""
    need = selectors.household_needs(
        on=timezone.localdate(),
        views=_views_of_household(household),
    ).get(household.pk)
    if need is None:
        raise ApplicationError(_(EMPTY_HOUSEHOLD))
    locked = Accommodation.objects.select_for_update().get(pk=accommodation.pk)
    current = selectors.current_placement(household.pk)
    if current is not None:
        raise PlacementConflict(_(ALREADY_PLACED).format(name=current.accommodation.name))
    free = locked.capacity - selectors.occupied([locked.pk]).get(locked.pk, 0)
    if need.size > free:
        raise PlacementConflict(_(NO_ROOM).format(name=locked.name, free=free, size=need.size))
    try:
        with transaction.atomic():
            placement = Placement.objects.create(
                household=household,
                accommodation=locked,
                persons=need.size,
                placed_by=_actor(actor),
                suggestion=suggestion,
            )
    except IntegrityError as exc:
        raise PlacementConflict(_(ALREADY_PLACED).format(name=_("another accommodation"))) from exc
    audit_record(
        actor=actor,
        action="placement.create",
        target=placement,
        data={"household": household.pk, "accommodation": locked.pk, "persons": need.size},
    )
    return placement


def _views_of_household(household: Household):  # type: ignore[no-untyped-def]
    from refuge.assistance.selectors import person_facts

    person_ids = Person.objects.filter(
        links__registration__memberships__household=household
    ).values_list("pk", flat=True)
    return person_facts(on=timezone.localdate(), person_ids=list(person_ids))


@transaction.atomic
def placement_end(*, placement: Placement, actor: User | None, reason: str = "") -> Placement:
    if placement.ended_at is None:
        placement.ended_at = timezone.now()
        placement.ended_by = _actor(actor)
        placement.save(update_fields=["ended_at", "ended_by"])
        audit_record(actor=actor, action="placement.end", target=placement, reason=reason)
    return placement


@transaction.atomic
def placement_suggest(*, actor: User | None, time_limit: float = 6.0) -> PlacementSuggestion:
    """Run the optimiser over unplaced households and free capacity, and store its proposal.
    Nothing is placed until a data officer applies it."""
    needs = selectors.households_unplaced(on=timezone.localdate())
    accommodations = list(selectors.accommodations_with_occupancy().filter(active=True))
    result = P.suggest(
        [
            P.HouseholdIn(
                id=n.household_id, size=n.size, priority=n.priority, province=n.province or None
            )
            for n in needs
        ],
        [
            P.AccommodationIn(
                id=a.pk, free=a.capacity - a.occupied, province=a.province, kind=a.kind
            )
            for a in accommodations
        ],
        time_limit=time_limit,
    )
    suggestion = PlacementSuggestion.objects.create(
        created_by=_actor(actor),
        households_considered=len(needs),
        objective=result.objective,
        lp_bound=result.lp_bound,
        greedy_objective=result.greedy_objective,
        seconds=result.seconds,
        stats=result.stats,
    )
    by_id = {n.household_id: n for n in needs}
    SuggestedPlacement.objects.bulk_create(
        [
            SuggestedPlacement(
                suggestion=suggestion,
                household_id=h,
                accommodation_id=a,
                persons=by_id[h].size,
                priority=by_id[h].priority,
            )
            for h, a in result.assignment.items()
        ],
        batch_size=2000,
    )
    audit_record(
        actor=actor,
        action="placement.suggest",
        target=suggestion,
        data={
            "households": len(needs),
            "proposed": len(result.assignment),
            "objective": round(result.objective, 1),
            "lp_bound": round(result.lp_bound, 1),
        },
    )
    return suggestion


@dataclass
class ApplyResult:
    placed: int
    skipped: int


@transaction.atomic
def placement_suggestion_apply(
    *, suggestion: PlacementSuggestion, actor: User | None
) -> ApplyResult:
    """Place the suggested households, re-checking everything against the registry as it is
    now: a household placed meanwhile, or one that grew beyond the room left, is skipped."""
    suggestion = PlacementSuggestion.objects.select_for_update().get(pk=suggestion.pk)
    if suggestion.status != PlacementSuggestion.Status.PROPOSED:
        raise Conflict(_(NOT_PROPOSED))
    items = list(suggestion.items.all())
    acc_ids = sorted({i.accommodation_id for i in items})
    locked = {a.pk: a for a in Accommodation.objects.select_for_update().filter(pk__in=acc_ids)}
    used = selectors.occupied(acc_ids)
    placed_now = set(
        Placement.objects.filter(ended_at__isnull=True).values_list("household_id", flat=True)
    )
    needs = selectors.household_needs(on=timezone.localdate())
    new: list[Placement] = []
    skipped = 0
    for item in sorted(items, key=lambda i: (-i.priority, i.household_id)):
        need = needs.get(item.household_id)
        acc = locked.get(item.accommodation_id)
        if need is None or acc is None or not acc.active or item.household_id in placed_now:
            skipped += 1
            continue
        if used.get(acc.pk, 0) + need.size > acc.capacity:
            skipped += 1
            continue
        used[acc.pk] = used.get(acc.pk, 0) + need.size
        placed_now.add(item.household_id)
        new.append(
            Placement(
                household_id=item.household_id,
                accommodation=acc,
                persons=need.size,
                placed_by=_actor(actor),
                suggestion=suggestion,
            )
        )
    Placement.objects.bulk_create(new, batch_size=2000)
    suggestion.status = PlacementSuggestion.Status.APPLIED
    suggestion.decided_at = timezone.now()
    suggestion.decided_by = _actor(actor)
    suggestion.save(update_fields=["status", "decided_at", "decided_by"])
    audit_record(
        actor=actor,
        action="placement.apply",
        target=suggestion,
        data={"placed": len(new), "skipped": skipped},
    )
    return ApplyResult(placed=len(new), skipped=skipped)


@transaction.atomic
def placement_suggestion_discard(
    *, suggestion: PlacementSuggestion, actor: User | None
) -> PlacementSuggestion:
    if suggestion.status != PlacementSuggestion.Status.PROPOSED:
        raise Conflict(_(NOT_PROPOSED))
    suggestion.status = PlacementSuggestion.Status.DISCARDED
    suggestion.decided_at = timezone.now()
    suggestion.decided_by = _actor(actor)
    suggestion.save(update_fields=["status", "decided_at", "decided_by"])
    audit_record(actor=actor, action="placement.discard", target=suggestion)
    return suggestion


# --- demo -------------------------------------------------------------------------------------

COMMUNITIES = {
    "Yerevan": ["Kentron", "Arabkir", "Malatia-Sebastia", "Nor Nork", "Shengavit", "Erebuni"],
    "Ararat": ["Artashat", "Masis", "Ararat", "Vedi"],
    "Armavir": ["Armavir", "Vagharshapat", "Metsamor"],
    "Kotayk": ["Abovyan", "Hrazdan", "Charentsavan", "Tsaghkadzor"],
    "Syunik": ["Goris", "Kapan", "Sisian", "Meghri"],
    "Vayots Dzor": ["Yeghegnadzor", "Vayk", "Jermuk"],
    "Gegharkunik": ["Gavar", "Sevan", "Martuni", "Vardenis"],
    "Lori": ["Vanadzor", "Alaverdi", "Spitak", "Stepanavan"],
    "Shirak": ["Gyumri", "Artik", "Maralik"],
    "Tavush": ["Ijevan", "Dilijan", "Berd", "Noyemberyan"],
    "Aragatsotn": ["Ashtarak", "Aparan", "Talin"],
}
PROVINCE_WEIGHTS = {
    "Yerevan": 30,
    "Ararat": 10,
    "Armavir": 8,
    "Kotayk": 12,
    "Syunik": 12,
    "Vayots Dzor": 4,
    "Gegharkunik": 7,
    "Lori": 6,
    "Shirak": 5,
    "Tavush": 3,
    "Aragatsotn": 3,
}
KINDS = [
    (Accommodation.Kind.COLLECTIVE_CENTRE, 8, (40, 300), "Collective centre"),
    (Accommodation.Kind.HOTEL, 22, (20, 120), "Hotel"),
    (Accommodation.Kind.HOST_FAMILY, 45, (3, 8), "Host family"),
    (Accommodation.Kind.RENTED_FLAT, 25, (3, 6), "Rented flat"),
]


@transaction.atomic
def accommodations_seed_demo(
    *,
    actor: User | None = None,
    count: int | None = None,
    persons: int | None = None,
    capacity_ratio: float = 0.9,
    seed: int = 2023,
) -> list[Accommodation]:
    """Create demo accommodations across Armenia's eleven provinces (rerunnable: does nothing
    if any exist). ``count`` defaults to one per 20 households; total capacity is
    ``capacity_ratio`` times ``persons`` (default: the persons registered), so there is not
    room for everyone and priority matters, as in October 2023."""
    if Accommodation.objects.exists():
        return []
    if persons is None:
        persons = Person.objects.filter(dissolved_at__isnull=True).count() or 1000
    if count is None:
        count = max(20, Household.objects.count() // 20)
    rng = random.Random(seed)
    provinces = list(PROVINCE_WEIGHTS)
    raw = []
    for _index in range(count):
        kind, _w, (low, high), label = rng.choices(KINDS, [k[1] for k in KINDS])[0]
        province = rng.choices(provinces, [PROVINCE_WEIGHTS[p] for p in provinces])[0]
        raw.append((kind, label, rng.randint(low, high), province))
    scale = capacity_ratio * persons / max(1, sum(r[2] for r in raw))
    rows = []
    for n, (kind, label, capacity, province) in enumerate(raw, start=1):
        community = rng.choice(COMMUNITIES[province])
        rows.append(
            Accommodation(
                name=f"{label} {community}-{n:04d}",
                kind=kind,
                province=province,
                community=community,
                capacity=max(1, round(capacity * scale)),
            )
        )
    created = Accommodation.objects.bulk_create(rows, batch_size=1000)
    audit_record(
        actor=actor,
        action="accommodation.seed_demo",
        target=("shelter.accommodation", "*"),
        data={"created": len(created), "capacity": sum(a.capacity for a in rows)},
    )
    return created
