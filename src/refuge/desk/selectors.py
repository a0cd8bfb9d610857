"""Reads of the desk: the search, a person's page, a review pair side by side.

Pages and the API both call these; what they return is plain data (dataclasses), so a template
and a JSON schema render the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Count, Q
from django.utils import timezone

from refuge.desk import search
from refuge.desk.models import SearchEntry
from refuge.desk.search import Candidate, Query
from refuge.desk.services import search_index_catch_up
from refuge.desk.translit import latin_beside
from refuge.registry import selectors as registry_selectors
from refuge.registry.models import (
    HouseholdMember,
    LinkEvent,
    Person,
    Registration,
    ReviewItem,
)

# Index rows read per lookup group (keys, skeletons). A full name lands on a handful; a bare
# common surname on thousands, of which this many are ranked and the page asks for more detail.
CANDIDATE_LIMIT = 400
PHONE_LIMIT = 50
DEFAULT_RESULTS = 10


@dataclass(slots=True)
class Spelling:
    given_name: str
    family_name: str
    patronymic: str
    latin: str  # "" when already Latin

    @property
    def text(self) -> str:
        return " ".join(p for p in (self.family_name, self.given_name, self.patronymic) if p)


@dataclass(slots=True)
class HouseholdInfo:
    household_id: int
    ref: str
    relationship: str
    relationship_label: str
    size: int


@dataclass(slots=True)
class PersonCard:
    """One person as the desk shows a candidate."""

    person_id: int
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    spellings: list[Spelling] = field(default_factory=list)
    age: int | None = None
    birth_dates: list[str] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    households: list[HouseholdInfo] = field(default_factory=list)
    registrations: int = 0


@dataclass(slots=True)
class SearchResult:
    query: Query
    cards: list[PersonCard]
    candidates: int  # registrations ranked
    truncated: bool  # the index had more rows than were read: ask for more detail


def _range(prefix: str) -> Q:
    return Q(key__gte=prefix, key__lt=search.prefix_upper_bound(prefix))


def _index_lookup(prefixes: list[str], birth_year: int | None) -> tuple[set[int], bool]:
    """Registration ids whose entries start with any of ``prefixes`` (index range scans on
    ``searchentry_key``), at most ``CANDIDATE_LIMIT`` rows; and whether there were more.

    When there were more and the query has a birth year, the registrations born within a year
    of it are read too, so a common name (700 "Hakobyan Mariam" in a million) with a year still
    reaches the right one.
    """
    if not prefixes:
        return set(), False
    entries = SearchEntry.objects.filter(reduce(or_, (_range(p) for p in prefixes)))
    rows = list(entries.values_list("registration_id", flat=True)[: CANDIDATE_LIMIT + 1])
    more = len(rows) > CANDIDATE_LIMIT
    ids = set(rows[:CANDIDATE_LIMIT])
    if more and birth_year is not None:
        near = range(birth_year - 1, birth_year + 2)
        ids |= set(
            entries.filter(registration__birth_year__in=near).values_list(
                "registration_id", flat=True
            )[:CANDIDATE_LIMIT]
        )
    return ids, more


def _candidates(registration_ids: set[int]) -> list[Candidate]:
    rows = Registration.objects.filter(id__in=registration_ids, link__isnull=False).values_list(
        "id",
        "link__person_id",
        "given_name",
        "family_name",
        "patronymic",
        "birth_date",
        "birth_year",
        "origin",
        "phone_e164",
    )
    return [Candidate(*row) for row in rows]


def person_search(query: Query, *, limit: int = DEFAULT_RESULTS) -> SearchResult:
    """The persons a query may be, best first, each with what a clerk needs to recognise them.

    Retrieval reads the desk's name index (pairs of name keys and their skeletons, prefix
    ranges), plus registrations with the same phone; ranking is ``search.rank`` (name
    similarity from the linkage engine, birth date, phone and origin agreement), one card per
    person. Eight queries whatever the registry's size (two more for a common name with a
    birth year).
    """
    if not query:
        return SearchResult(query=query, cards=[], candidates=0, truncated=False)
    search_index_catch_up()
    exact, skeletons = search.lookup_prefixes(query)
    ids_exact, more_exact = _index_lookup(exact, query.birth_year)
    ids_skel, more_skel = _index_lookup(skeletons, query.birth_year)
    ids = ids_exact | ids_skel
    if query.phone:
        ids |= set(
            Registration.objects.filter(phone_e164=query.phone).values_list("id", flat=True)[
                :PHONE_LIMIT
            ]
        )
    ranked = search.rank(query, _candidates(ids))
    best = search.best_per_person(ranked)[:limit]
    cards = person_cards([c.person_id for c in best])
    for card, candidate in zip(cards, best, strict=True):
        card.score = round(candidate.score, 3)
        card.reasons = candidate.reasons
    return SearchResult(
        query=query, cards=cards, candidates=len(ranked), truncated=more_exact or more_skel
    )


def person_cards(person_ids: list[int]) -> list[PersonCard]:
    """Summary cards for persons, in the order given: spellings seen, age, origins, sites and
    households over all their registrations (two queries)."""
    cards = {pk: PersonCard(person_id=pk) for pk in person_ids}
    registrations = (
        Registration.objects.filter(link__person_id__in=person_ids)
        .order_by("registered_on", "id")
        .values_list(
            "id",
            "link__person_id",
            "given_name",
            "family_name",
            "patronymic",
            "birth_date",
            "birth_year",
            "origin",
            "site__name",
        )
    )
    person_of: dict[int, int] = {}
    today = timezone.localdate()
    for pk, person_id, given, family, patronymic, birth, year, origin, site in registrations:
        person_of[pk] = person_id
        _add_registration(
            cards[person_id], given, family, patronymic, birth, year, origin, site, today=today
        )
    for info, registration_id in _households(list(person_of)):
        households = cards[person_of[registration_id]].households
        if info.household_id not in {h.household_id for h in households}:
            households.append(info)
    return [cards[pk] for pk in person_ids]


def _add_registration(
    card: PersonCard,
    given: str,
    family: str,
    patronymic: str,
    birth: str,
    year: int | None,
    origin: str,
    site: str,
    *,
    today: date,
) -> None:
    """Fold one registration into a person's card (registrations in the order they came)."""
    card.registrations += 1
    spelling = (given, family, patronymic)
    if spelling not in {(s.given_name, s.family_name, s.patronymic) for s in card.spellings}:
        card.spellings.append(
            Spelling(given, family, patronymic, latin_beside(f"{family} {given}"))
        )
    if birth and birth not in card.birth_dates:
        card.birth_dates.append(birth)
        if card.age is None or len(birth) == 10:
            card.age = search.age_on(birth, year, today)
    if origin and origin not in card.origins:
        card.origins.append(origin)
    if site not in card.sites:
        card.sites.append(site)


def _households(registration_ids: list[int]) -> list[tuple[HouseholdInfo, int]]:
    members = (
        HouseholdMember.objects.filter(registration_id__in=registration_ids)
        .select_related("household")
        .annotate(size=Count("household__members"))
    )
    return [
        (
            HouseholdInfo(
                household_id=m.household_id,
                ref=m.household.ref,
                relationship=m.relationship,
                relationship_label=str(m.get_relationship_display()),
                size=m.size,
            ),
            m.registration_id,
        )
        for m in members
    ]


# --- the person page ---------------------------------------------------------------------


@dataclass(slots=True)
class PersonPage:
    person: Person
    card: PersonCard
    registrations: list[Registration]
    history: list[LinkEvent]
    household_members: dict[int, list[tuple[HouseholdMember, int | None]]]
    merged_into: list[int]  # for a dissolved person: where its registrations went


def person_page(person: Person) -> PersonPage:
    """Everything the person page shows: every raw registration as typed with its link (method,
    score, who, when), the households, and the history of link events touching the person."""
    registrations = list(registry_selectors.person_registrations(person))
    history = list(registry_selectors.person_history(person))
    for event in history:
        # A re-link event lists every move of the run (thousands); the page shows this person's.
        event.person_moves = [m for m in event.moves if person.pk in (m[1], m[2])]  # type: ignore[attr-defined]
    merged_into: list[int] = []
    if person.dissolved_at is not None:
        for event in history:
            targets = sorted({to for _reg, frm, to in event.moves if frm == person.pk})
            if targets:
                merged_into = targets
                break
    card = PersonCard(person_id=person.pk)
    today = timezone.localdate()
    for r in registrations:
        _add_registration(
            card, r.given_name, r.family_name, r.patronymic, r.birth_date, r.birth_year,
            r.origin, r.site.name, today=today,
        )  # fmt: skip
    return PersonPage(
        person=person,
        card=card,
        registrations=registrations,
        history=history,
        household_members=household_members([r.pk for r in registrations]),
        merged_into=merged_into,
    )


def household_members(
    registration_ids: list[int],
) -> dict[int, list[tuple[HouseholdMember, int | None]]]:
    """For each household of these registrations: its members with their current person."""
    household_ids = HouseholdMember.objects.filter(
        registration_id__in=registration_ids
    ).values_list("household_id", flat=True)
    members = (
        HouseholdMember.objects.filter(household_id__in=list(household_ids))
        .select_related("household", "registration", "registration__link")
        .order_by("household_id", "id")
    )
    out: dict[int, list[tuple[HouseholdMember, int | None]]] = defaultdict(list)
    for m in members:
        link = getattr(m.registration, "link", None)
        out[m.household_id].append((m, link.person_id if link else None))
    return dict(out)


# --- the review queue --------------------------------------------------------------------


def review_list(*, include_deferred: bool = True, limit: int = 100) -> list[ReviewItem]:
    return list(registry_selectors.review_queue(include_deferred=include_deferred)[:limit])


def review_counts() -> dict[str, int]:
    counts = dict(
        ReviewItem.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n")
    )
    return {status: counts.get(status, 0) for status in ReviewItem.Status.values}


@dataclass(slots=True)
class FieldRow:
    """One field of a review pair: both values as typed, the comparison level, the weight."""

    name: str
    left: str
    right: str
    level: str
    weight: float | None  # None: a field shown for reading, not scored
    bar: int  # 0..100: |weight| against the largest |weight| of the pair


# Fields in the order the pair is read; the engine's contributions are keyed by the same names
# (``refuge.linkage.compare``), plus ``prior``, the weight every pair starts from.
REVIEW_FIELDS = (
    "family_name",
    "given_name",
    "patronymic",
    "sex",
    "birth_date",
    "origin",
    "phone",
    "household_ref",
    "site_name",
    "registered_at",
)
PRIOR = "prior"


def review_pair(item: ReviewItem) -> dict[str, Any]:
    """A review pair side by side: each field's two values, comparison level and weight."""
    left, right = item.left, item.right
    contributions = {k: float(v) for k, v in (item.contributions or {}).items()}
    levels = dict(item.levels or {})
    prior = contributions.pop(PRIOR, None)
    scale = max((abs(v) for v in contributions.values()), default=0.0) or 1.0
    extra = sorted(set(contributions) - set(REVIEW_FIELDS))
    rows = []
    for name in (*REVIEW_FIELDS, *extra):
        weight = contributions.get(name)
        rows.append(
            FieldRow(
                name=name,
                left=str(getattr(left, name, "") or ""),
                right=str(getattr(right, name, "") or ""),
                level=str(levels.get(name, "")),
                weight=round(weight, 2) if weight is not None else None,
                bar=round(100 * abs(weight) / scale) if weight is not None else 0,
            )
        )
    persons = dict(
        Registration.objects.filter(id__in=[left.pk, right.pk]).values_list("id", "link__person")
    )
    return {
        "item": item,
        "left": left,
        "right": right,
        "left_person": persons.get(left.pk),
        "right_person": persons.get(right.pk),
        "rows": rows,
        "prior": prior,
        "same_person": persons.get(left.pk) == persons.get(right.pk),
    }
