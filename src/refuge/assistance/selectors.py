"""Reads of assistance: a person's facts, priority lists, coverage, and possible overpayments.

Everything here resolves registrations to persons through the *current* ``Link``, so after a
merge two payments to two spellings are seen as two payments to one person, and after a split
each payment follows the registration it was made against.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Min, QuerySet

from refuge.assistance import rules as R
from refuge.assistance.models import (
    Distribution,
    EligibilityRule,
    Overpayment,
    Programme,
    Vulnerability,
)
from refuge.registry.models import HouseholdMember, Link, Relationship, Site

CHUNK = 5000
SUPPRESS_BELOW = 5


@dataclass
class PersonView:
    """A person's facts plus what a list shows about them (from their latest registration)."""

    facts: R.Facts
    registration_ids: list[int]
    record_ids: list[str]
    given_name: str
    family_name: str
    birth_year: int | None
    site_id: int | None
    household_ref: str = ""

    @property
    def person_id(self) -> int:
        return self.facts.person_id

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def categories(self) -> list[str]:
        return sorted(self.facts.vulnerability) + sorted(self.facts.household_flag)


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


_LINK_FIELDS = (
    "registration_id",
    "person_id",
    "registration__birth_year",
    "registration__sex",
    "registration__registered_on",
    "registration__site_id",
    "registration__given_name",
    "registration__family_name",
    "registration__record_id",
)
_MEMBER_FIELDS = ("household_id", "registration_id", "relationship", "household__ref")


def _links_of_persons(person_ids: Iterable[int] | None) -> list[tuple[Any, ...]]:
    if person_ids is None:
        return list(Link.objects.values_list(*_LINK_FIELDS))
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(person_ids):
        rows += Link.objects.filter(person_id__in=chunk).values_list(*_LINK_FIELDS)
    return rows


def _members_of(
    *, registration_ids: Iterable[int] | None = None, household_ids: Iterable[int] | None = None
) -> list[tuple[Any, ...]]:
    if registration_ids is None and household_ids is None:
        return list(HouseholdMember.objects.values_list(*_MEMBER_FIELDS))
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(registration_ids or []):
        rows += HouseholdMember.objects.filter(registration_id__in=chunk).values_list(
            *_MEMBER_FIELDS
        )
    for chunk in _chunks(household_ids or []):
        rows += HouseholdMember.objects.filter(household_id__in=chunk).values_list(*_MEMBER_FIELDS)
    return rows


def _most_common(values: Sequence[Any]) -> Any:
    """The most common non-empty value; ties go to the latest (values are oldest first)."""
    present = [v for v in values if v not in (None, "")]
    if not present:
        return None
    first = present[0]
    if all(v == first for v in present):  # most persons: one registration, or one value
        return first
    counts = Counter(present)
    best = max(counts.values())
    return next(v for v in reversed(present) if counts[v] == best)


def person_facts(
    *,
    on: date,
    person_ids: Iterable[int] | None = None,
    site: Site | None = None,
) -> dict[int, PersonView]:
    """Facts of persons on a day: all persons, the given ones, or those whose latest
    registration is at ``site``.

    A person's household is the lowest-numbered household any of their registrations belongs
    to, so a family registered twice (two refs, two sites) resolves to one household once its
    members are linked. Age comes from the most common birth year among the registrations.
    About six queries whatever the number of persons.
    """
    everyone = person_ids is None and site is None
    if site is not None:
        person_ids = set(
            Link.objects.filter(registration__site=site).values_list("person_id", flat=True)
        )
    seed = None if everyone else set(person_ids or [])
    links = _links_of_persons(None if everyone else seed)
    if everyone:
        members = _members_of()
    else:
        members = _members_of(registration_ids=[row[0] for row in links])
        households = {row[0] for row in members}
        if households:
            seen = set(members)
            extra_members = [
                row for row in _members_of(household_ids=households) if row not in seen
            ]
            known_regs = {row[0] for row in links}
            new_regs = [row[1] for row in extra_members if row[1] not in known_regs]
            new_persons: set[int] = set()
            for chunk in _chunks(new_regs):
                new_persons |= set(
                    Link.objects.filter(registration_id__in=chunk).values_list(
                        "person_id", flat=True
                    )
                )
            new_persons -= seed or set()
            if new_persons:
                more_links = _links_of_persons(new_persons)
                links += more_links
                members += _members_of(registration_ids=[row[0] for row in more_links])
            members = list(dict.fromkeys(members + extra_members))
    return _build_views(links=links, members=members, on=on, wanted=seed, site=site)


def _build_views(
    *,
    links: list[tuple[Any, ...]],
    members: list[tuple[Any, ...]],
    on: date,
    wanted: set[int] | None,
    site: Site | None,
) -> dict[int, PersonView]:
    sites = {s.pk: s for s in Site.objects.all()}
    person_of: dict[int, int] = {}
    by_person: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in sorted(links, key=lambda r: (r[4], r[0])):
        person_of[row[0]] = row[1]
        by_person[row[1]].append(row)
    household_of: dict[int, int] = {}
    heads: set[tuple[int, int]] = set()
    refs: dict[int, str] = {}
    for household_id, registration_id, relationship, ref in members:
        person = person_of.get(registration_id)
        if person is None:
            continue
        refs[household_id] = ref
        current = household_of.get(person)
        household_of[person] = household_id if current is None else min(current, household_id)
        if relationship == Relationship.HEAD:
            heads.add((person, household_id))
    vulnerable: dict[int, set[str]] = defaultdict(set)
    registration_ids = list(person_of)
    query = Vulnerability.objects.filter(ended_at__isnull=True)
    rows: Iterable[tuple[int, str]]
    if wanted is None:
        rows = query.values_list("registration_id", "category")
    else:
        chunked: list[tuple[int, str]] = []
        for chunk in _chunks(registration_ids):
            chunked += query.filter(registration_id__in=chunk).values_list(
                "registration_id", "category"
            )
        rows = chunked
    for registration_id, category in rows:
        if registration_id in person_of:
            vulnerable[person_of[registration_id]].add(category)

    age: dict[int, int | None] = {}
    sex: dict[int, str] = {}
    for person, rows_ in by_person.items():
        year = _most_common([r[2] for r in rows_])
        age[person] = on.year - year if year else None
        sex[person] = (
            (_most_common([r[3].strip().upper()[:1] for r in rows_]) or "") if rows_ else ""
        )
    household_persons: dict[int, list[int]] = defaultdict(list)
    for person, household in household_of.items():
        household_persons[household].append(person)
    flags: dict[int, frozenset[str]] = {
        household: R.household_flags((age[p], sex[p], (p, household) in heads) for p in persons)
        for household, persons in household_persons.items()
    }

    views: dict[int, PersonView] = {}
    for person, rows_ in by_person.items():
        if wanted is not None and person not in wanted:
            continue
        latest = rows_[-1]
        if site is not None and latest[5] != site.pk:
            continue
        own_household = household_of.get(person)
        mates = household_persons.get(own_household, [person]) if own_household else [person]
        mate_ages = [a for a in (age[p] for p in mates) if a is not None]
        person_age = age[person]
        categories = set(vulnerable.get(person, ()))
        if person_age is not None and person_age >= R.OLDER_AGE and len(mates) <= 1:
            categories.add("older_alone")
        site_row = sites.get(latest[5])
        facts = R.Facts(
            person_id=person,
            age=person_age,
            sex=sex[person],
            site=site_row.name if site_row else "",
            province=site_row.province if site_row else "",
            household_id=own_household,
            household_size=len(mates),
            children_in_household=sum(1 for a in mate_ages if a < R.ADULT_AGE),
            older_in_household=sum(1 for a in mate_ages if a >= R.OLDER_AGE),
            vulnerability=frozenset(categories),
            household_flag=(
                flags.get(own_household, frozenset()) if own_household else frozenset()
            ),
        )
        views[person] = PersonView(
            facts=facts,
            registration_ids=[r[0] for r in rows_],
            record_ids=[r[8] for r in rows_],
            given_name=latest[6],
            family_name=latest[7],
            birth_year=_most_common([r[2] for r in rows_]),
            site_id=latest[5],
            household_ref=refs.get(own_household, "") if own_household else "",
        )
    return views


# --- priority --------------------------------------------------------------------------------


def priority_list(
    *, site: Site | None, on: date, category: str = "", minimum: int = 1
) -> list[PersonView]:
    """Persons (at ``site``, or everywhere) with a priority score of at least ``minimum``,
    highest first; ``category`` narrows to one person category or household flag."""
    views = person_facts(on=on, site=site) if site else person_facts(on=on)
    chosen = [
        v
        for v in views.values()
        if v.facts.priority >= minimum and (not category or category in v.categories)
    ]
    chosen.sort(key=lambda v: (-v.facts.priority, v.family_name, v.given_name, v.person_id))
    return chosen


def suppress(count: int) -> int | None:
    """Counts under 5 are not shown in anything shared (None renders as "<5")."""
    return None if 0 < count < SUPPRESS_BELOW else count


def priority_summary(*, on: date) -> list[dict[str, Any]]:
    """Counts per site and category for coordinators, small cells suppressed."""
    views = person_facts(on=on)
    sites = {s.pk: s.name for s in Site.objects.all()}
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for view in views.values():
        for category in view.categories:
            counts[view.site_id or 0][category] += 1
        if view.facts.priority > 0:
            counts[view.site_id or 0]["any"] += 1
    columns = [c for c in R.PERSON_WEIGHTS] + [f for f in R.HOUSEHOLD_WEIGHTS]
    return [
        {
            "site": sites.get(site_id, "?"),
            "any": suppress(counter["any"]),
            "cells": [suppress(counter[c]) for c in columns],
        }
        for site_id, counter in sorted(counts.items(), key=lambda kv: sites.get(kv[0], ""))
    ]


# --- programmes --------------------------------------------------------------------------------


def programme_list(*, active_only: bool = False) -> QuerySet[Programme]:
    qs = Programme.objects.prefetch_related("rules")
    return qs.filter(active=True) if active_only else qs


def programme_terms(programme: Programme) -> tuple[R.Terms, list[R.Rule]]:
    terms = R.Terms(
        unit=programme.unit,
        frequency=programme.frequency,
        kind=programme.kind,
        formula=programme.formula,
        amount=programme.amount,
        amount_cap=programme.amount_cap,
        quantity=programme.quantity,
    )
    rules = [
        R.Rule(group=r.group, field=r.field, operator=r.operator, value=r.value)
        for r in programme.rules.all()
    ]
    return terms, rules


def programme_describe(programme: Programme) -> dict[str, Any]:
    """A programme as plain data (``refuge programmes --json``, the API)."""
    _, rules = programme_terms(programme)
    return {
        "code": programme.code,
        "name": programme.name,
        "kind": programme.kind,
        "unit": programme.unit,
        "frequency": programme.frequency,
        "formula": programme.formula,
        "amount": str(programme.amount) if programme.amount is not None else None,
        "amount_cap": str(programme.amount_cap) if programme.amount_cap is not None else None,
        "currency": programme.currency if programme.kind == Programme.Kind.CASH else "",
        "item": programme.item,
        "quantity": programme.quantity,
        "starts_on": programme.starts_on.isoformat(),
        "ends_on": programme.ends_on.isoformat() if programme.ends_on else None,
        "active": programme.active,
        "rules": [
            {"group": r.group, "field": r.field, "operator": r.operator, "value": r.value}
            for r in rules
        ],
        "rules_text": rules_text(rules),
    }


def rules_text(rules: Sequence[R.Rule]) -> str:
    if not rules:
        return "everyone"
    groups: dict[int, list[str]] = defaultdict(list)
    for rule in rules:
        groups[rule.group].append(R.describe(rule))
    return " OR ".join("(" + " AND ".join(parts) + ")" for _, parts in sorted(groups.items()))


def programme_running(programme: Programme, day: date) -> bool:
    return (
        programme.active
        and programme.starts_on <= day
        and (programme.ends_on is None or day <= programme.ends_on)
    )


# --- the ledger ---------------------------------------------------------------------------------


def active_payments() -> QuerySet[Distribution]:
    """Payments not reversed."""
    return Distribution.objects.filter(kind=Distribution.Kind.PAYMENT, reversal__isnull=True)


def person_distributions(*, person_id: int) -> QuerySet[Distribution]:
    """Every ledger line made against any registration now linked to the person."""
    return (
        Distribution.objects.filter(registration__link__person_id=person_id)
        .select_related("programme", "site", "recorded_by", "registration", "reverses")
        .order_by("-distributed_on", "-id")
    )


def household_of_persons(person_ids: Iterable[int]) -> dict[int, int]:
    """Each person's current household: the lowest-numbered one of their registrations."""
    result: dict[int, int] = {}
    for chunk in _chunks(person_ids):
        rows = (
            HouseholdMember.objects.filter(registration__link__person_id__in=chunk)
            .values("registration__link__person_id")
            .annotate(household=Min("household_id"))
            .values_list("registration__link__person_id", "household")
        )
        result.update(rows)
    return result


@dataclass
class PaidGroup:
    programme_id: int
    period_key: str
    unit: str
    subject: int  # current person, or current household
    distribution_ids: list[int] = field(default_factory=list)


def paid_subjects(
    *, programme_ids: Iterable[int] | None = None, period_keys: Iterable[str] | None = None
) -> dict[tuple[int, str, int], PaidGroup]:
    """Active payments grouped by what they are for *now*: (programme, period, subject), where
    the subject is the current person of the registration paid against (or that person's
    current household). A group with two payments is a possible overpayment."""
    qs = active_payments()
    if programme_ids is not None:
        qs = qs.filter(programme_id__in=list(programme_ids))
    if period_keys is not None:
        qs = qs.filter(period_key__in=list(period_keys))
    rows = list(
        qs.order_by("id").values_list(
            "id",
            "programme_id",
            "period_key",
            "unit",
            "registration__link__person_id",
            "household_id",
        )
    )
    household_persons = {r[4] for r in rows if r[3] == Programme.Unit.HOUSEHOLD}
    households = household_of_persons(household_persons) if household_persons else {}
    groups: dict[tuple[int, str, int], PaidGroup] = {}
    for dist_id, programme_id, period, unit, person_id, household_id in rows:
        if unit == Programme.Unit.HOUSEHOLD:
            subject = households.get(person_id, household_id)
            key = (programme_id, period, -subject)  # negative: households apart from persons
        else:
            subject = person_id
            key = (programme_id, period, subject)
        group = groups.setdefault(key, PaidGroup(programme_id, period, unit, subject))
        group.distribution_ids.append(dist_id)
    return groups


@dataclass
class OverpaymentView:
    key: str
    programme: Programme
    period_key: str
    unit: str
    subject: int
    distributions: list[Distribution]
    flag: Overpayment | None

    @property
    def total(self) -> Decimal:
        return sum((d.amount or Decimal(0) for d in self.distributions), Decimal(0))


def overpayment_key(group: PaidGroup) -> str:
    return f"{group.programme_id}:{group.period_key}:{min(group.distribution_ids)}"


def possible_overpayments() -> list[OverpaymentView]:
    """Entitlements paid more than once to what is now one person (or household), with the
    data officer's follow-up if there is one. Nothing here changes the ledger."""
    groups = [g for g in paid_subjects().values() if len(g.distribution_ids) > 1]
    ids = [i for g in groups for i in g.distribution_ids]
    dists = Distribution.objects.select_related(
        "programme", "site", "recorded_by", "registration"
    ).in_bulk(ids)
    flags = Overpayment.objects.in_bulk([overpayment_key(g) for g in groups], field_name="key")
    return [
        OverpaymentView(
            key=overpayment_key(g),
            programme=dists[g.distribution_ids[0]].programme,
            period_key=g.period_key,
            unit=g.unit,
            subject=g.subject,
            distributions=[dists[i] for i in g.distribution_ids],
            flag=flags.get(overpayment_key(g)),
        )
        for g in groups
    ]


def overpayment_flags() -> QuerySet[Overpayment]:
    return Overpayment.objects.select_related("programme", "updated_by").prefetch_related(
        "distributions"
    )


# --- coverage --------------------------------------------------------------------------------


@dataclass
class CoverageEntry:
    """One eligible person or household, with its entitlement and whether it was reached."""

    programme: Programme
    view: PersonView  # the person, or the household's representative (its head)
    unit: str
    subject: int
    period_key: str
    amount: Decimal | None
    quantity: int
    reached: bool
    household_size: int


def coverage_entries(
    *,
    on: date,
    programmes: Sequence[Programme] | None = None,
    site: Site | None = None,
    views: dict[int, PersonView] | None = None,
) -> list[CoverageEntry]:
    """Everyone eligible for each running programme in the period that contains ``on``, and
    whether they received it. A household is eligible when any member is; it is listed under
    its head (else its first member) and that person's site."""
    if programmes is None:
        programmes = [p for p in programme_list() if programme_running(p, on)]
    if views is None:
        views = person_facts(on=on)
    periods = {p.pk: R.period_key(p.frequency, on) for p in programmes}
    paid = paid_subjects(
        programme_ids=[p.pk for p in programmes], period_keys=set(periods.values())
    )
    heads = _household_heads(views)
    entries: list[CoverageEntry] = []
    for programme in programmes:
        terms, rules = programme_terms(programme)
        period = periods[programme.pk]
        if programme.unit == Programme.Unit.PERSON:
            for view in views.values():
                ent = R.entitlement(terms, rules, view.facts)
                if not ent.eligible or (site and view.site_id != site.pk):
                    continue
                entries.append(
                    CoverageEntry(
                        programme=programme,
                        view=view,
                        unit=programme.unit,
                        subject=view.person_id,
                        period_key=period,
                        amount=ent.amount,
                        quantity=ent.quantity,
                        reached=(programme.pk, period, view.person_id) in paid,
                        household_size=view.facts.household_size,
                    )
                )
        else:
            eligible_households: dict[int, R.Entitlement] = {}
            for view in views.values():
                household = view.facts.household_id
                if household is None or household in eligible_households:
                    continue
                ent = R.entitlement(terms, rules, view.facts)
                if ent.eligible:
                    eligible_households[household] = ent
            for household, ent in eligible_households.items():
                head = heads[household]
                if site and head.site_id != site.pk:
                    continue
                entries.append(
                    CoverageEntry(
                        programme=programme,
                        view=head,
                        unit=programme.unit,
                        subject=household,
                        period_key=period,
                        amount=ent.amount,
                        quantity=ent.quantity,
                        reached=(programme.pk, period, -household) in paid,
                        household_size=head.facts.household_size,
                    )
                )
    return entries


def _household_heads(views: dict[int, PersonView]) -> dict[int, PersonView]:
    """The person a household is listed under: the oldest adult, else the lowest id."""
    heads: dict[int, PersonView] = {}
    for view in sorted(views.values(), key=lambda v: v.person_id):
        household = view.facts.household_id
        if household is None:
            continue
        current = heads.get(household)
        if current is None or (view.facts.age or -1) > (current.facts.age or -1):
            heads[household] = view
    return heads


@dataclass
class CoverageCell:
    site: str
    programme: Programme
    period_key: str
    eligible: int | None
    reached: int | None
    unreached: int | None


def coverage_summary(
    *, on: date, suppress_small: bool = False, site: Site | None = None
) -> list[CoverageCell]:
    """Eligible, reached and not reached per site and programme (counts of persons or
    households, by the programme's unit). ``suppress_small`` hides counts under 5."""
    entries = coverage_entries(on=on, site=site)
    sites = {s.pk: s.name for s in Site.objects.all()}
    table: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0])
    programmes: dict[int, Programme] = {}
    period: dict[int, str] = {}
    for entry in entries:
        key = (sites.get(entry.view.site_id or 0, "?"), entry.programme.pk)
        programmes[entry.programme.pk] = entry.programme
        period[entry.programme.pk] = entry.period_key
        table[key][0] += 1
        table[key][1] += int(entry.reached)
    shown = suppress if suppress_small else (lambda n: n)
    return [
        CoverageCell(
            site=site_name,
            programme=programmes[programme_id],
            period_key=period[programme_id],
            eligible=shown(counts[0]),
            reached=shown(counts[1]),
            unreached=shown(counts[0] - counts[1]),
        )
        for (site_name, programme_id), counts in sorted(
            table.items(), key=lambda kv: (kv[0][0], programmes[kv[0][1]].code)
        )
    ]


def programme_by_code(code: str) -> Programme | None:
    return Programme.objects.filter(code=code).first()


def eligibility_rules(programme: Programme) -> QuerySet[EligibilityRule]:
    return programme.rules.all()


@dataclass
class PersonAssistance:
    """What the person page shows of a person's needs and of what they received."""

    needs: list[str]
    distributions: list[Distribution]


def person_assistance(*, person_id: int, on: date) -> PersonAssistance:
    """The person's vulnerabilities and household flags (labels), and their ledger lines."""
    from refuge.assistance.models import Category, HouseholdFlag

    labels = {**dict(Category.choices), **dict(HouseholdFlag.choices)}
    view = person_facts(on=on, person_ids=[person_id]).get(person_id)
    needs = [str(labels.get(code, code)) for code in view.categories] if view else []
    return PersonAssistance(
        needs=needs, distributions=list(person_distributions(person_id=person_id)[:100])
    )
