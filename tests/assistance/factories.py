"""Small factories for assistance and shelter tests: raw registrations with their person and
link, households, and the demo programmes. Registrations are made as an import would make them
(own source and record_id), so tests control spellings and sites."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone

from refuge.assistance.models import Programme
from refuge.registry.models import (
    Household,
    HouseholdMember,
    Link,
    Person,
    Registration,
    Site,
)

_counter = itertools.count(1)
YEREVAN = ZoneInfo("Asia/Yerevan")
DAY = date(2023, 10, 2)


def site(name: str = "Goris", province: str = "Syunik") -> Site:
    return Site.objects.get_or_create(name=name, defaults={"province": province})[0]


def registration(
    *,
    given_name: str = "Anahit",
    family_name: str = "Hakobyan",
    sex: str = "F",
    birth_date: str = "1980-05-01",
    at: Site | None = None,
    person: Person | None = None,
    household: Household | None = None,
    relationship: str = "",
    needs: str = "",
    registered_on: datetime | None = None,
    **extra_fields: Any,
) -> Registration:
    """A registration linked to ``person`` (a new person when not given)."""
    n = next(_counter)
    at = at or site()
    when = registered_on or datetime(2023, 9, 26, 10, 0, tzinfo=YEREVAN) + timezone.timedelta(
        minutes=n
    )
    extra = {"needs": needs} if needs else {}
    reg = Registration.objects.create(
        source="test",
        record_id=f"T-{n:05d}",
        given_name=given_name,
        family_name=family_name,
        sex=sex,
        birth_date=birth_date,
        birth_year=int(birth_date[:4]) if birth_date else None,
        registered_at=when.strftime("%Y-%m-%dT%H:%M"),
        site_name=at.name,
        site=at,
        registered_on=when,
        household_ref=household.ref if household else "",
        extra=extra,
        **extra_fields,
    )
    Link.objects.create(
        registration=reg,
        person=person or Person.objects.create(),
        method="new" if person is None else "manual",
        decided_at=timezone.now(),
    )
    if household is not None:
        HouseholdMember.objects.create(
            household=household, registration=reg, relationship=relationship
        )
    return reg


def person_of(reg: Registration) -> Person:
    return Link.objects.get(registration=reg).person


def household(ref: str | None = None, at: Site | None = None) -> Household:
    return Household.objects.create(source="test", ref=ref or f"H-{next(_counter)}", site=at)


def family(
    *,
    at: Site | None = None,
    adults: int = 2,
    children: int = 2,
    older: int = 0,
    female_head: bool = False,
) -> tuple[Household, list[Registration]]:
    """A household of adults (the first is the head), children and older members."""
    hh = household(at=at)
    regs = []
    for i in range(adults):
        regs.append(
            registration(
                given_name=f"Adult{i}",
                sex="F" if (female_head or i % 2) else "M",
                birth_date="1985",
                at=at,
                household=hh,
                relationship="head" if i == 0 else "spouse",
            )
        )
    for i in range(children):
        regs.append(
            registration(
                given_name=f"Child{i}",
                birth_date="2015",
                at=at,
                household=hh,
                relationship="child",
                sex="M",
            )
        )
    for i in range(older):
        regs.append(
            registration(
                given_name=f"Elder{i}",
                birth_date="1950",
                at=at,
                household=hh,
                relationship="parent",
                sex="F",
            )
        )
    return hh, regs


def programmes() -> dict[str, Programme]:
    from refuge.assistance.services import programmes_seed_defaults

    programmes_seed_defaults(actor=None)
    return {p.code: p for p in Programme.objects.all()}
