"""A small registry of real name variants, registered through the real service.

Each person is written as a clerk would: Armenian script at one desk, Latin or Russian Cyrillic
at another. The search must find each under every spelling.
"""

from __future__ import annotations

from typing import Any

import pytest

from refuge.registry.models import Person, Registration, ReviewItem, Site
from refuge.registry.services import household_register, registration_register


@pytest.fixture
def sites(db: None) -> dict[str, Site]:
    return {
        name: Site.objects.create(name=name, province=province)
        for name, province in [("Goris", "Syunik"), ("Kornidzor", "Syunik"), ("Yerevan-1", "")]
    }


@pytest.fixture
def people(cast: dict[str, Any], sites: dict[str, Site]) -> dict[str, Person]:
    """Five persons; Hovhannes has two registrations (Armenian script, then Latin)."""
    clerk = cast["registrar_goris"]

    def reg(site: str, person: Person | None = None, **fields: Any) -> Person:
        r = registration_register(site=sites[site], actor=clerk, person=person, **fields)
        return r.link.person

    hovhannes = reg(
        "Kornidzor",
        given_name="Հովհաննես",
        family_name="Հովհաննիսյան",
        patronymic="Արմենի",
        sex="M",
        birth_date="1954-03-07",
        origin="Stepanakert",
    )
    reg(
        "Goris",
        person=hovhannes,
        given_name="Hovhannes",
        family_name="Hovhannisyan",
        birth_date="1954",
        origin="Stepanakert",
        phone="+37477001122",
    )
    anna_h = reg(
        "Goris",
        given_name="Anna",
        family_name="Hovhannisyan",
        sex="F",
        birth_date="2010-05-01",
        origin="Martuni",
    )
    anna_a = reg(
        "Yerevan-1",
        given_name="Анна",
        family_name="Акопян",
        sex="F",
        birth_date="1980",
        origin="Martuni",
    )
    aram = reg(
        "Goris",
        given_name="Aram",
        family_name="Hakobian",
        sex="M",
        birth_date="1975-11-02",
        origin="Askeran",
        phone="091234567",
    )
    hayk = reg(
        "Kornidzor",
        given_name="Гайк",
        family_name="Петросян",
        sex="M",
        birth_date="1990",
        origin="Hadrut",
    )
    return {"hovhannes": hovhannes, "anna_h": anna_h, "anna_a": anna_a, "aram": aram,
            "hayk": hayk}  # fmt: skip


@pytest.fixture
def household(cast: dict[str, Any], sites: dict[str, Site]) -> Any:
    return household_register(
        site=sites["Goris"],
        actor=cast["registrar_goris"],
        members=[
            {
                "given_name": "Սարգիս",
                "family_name": "Սարգսյան",
                "relationship": "head",
                "birth_date": "1970",
            },
            {
                "given_name": "Անահիտ",
                "family_name": "Սարգսյան",
                "relationship": "spouse",
                "birth_date": "1972",
            },
            {
                "given_name": "Նարեկ",
                "family_name": "Սարգսյան",
                "relationship": "child",
                "birth_date": "2005",
            },
        ],  # fmt: skip
    )


@pytest.fixture(autouse=True)
def fast_password_hasher(settings: Any) -> None:
    """The cast logs in with real passwords; PBKDF2's cost is for production, not for tests."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def review_item(people: dict[str, Person]) -> ReviewItem:
    """An uncertain pair, as the linkage would leave it: Анна Акопян and Anna Hovhannisyan."""
    left = Registration.objects.get(link__person=people["anna_h"])
    right = Registration.objects.get(link__person=people["anna_a"])
    left, right = sorted((left, right), key=lambda r: r.pk)
    return ReviewItem.objects.create(
        left=left,
        right=right,
        score=1.5,
        probability=0.74,
        contributions={
            "prior": -8.0,
            "family_name": -2.1,
            "given_name": 6.3,
            "birth_date": -3.0,
            "origin": 2.2,
        },
        levels={
            "family_name": "different",
            "given_name": "exact",
            "birth_date": "different",
            "origin": "exact",
        },
    )
