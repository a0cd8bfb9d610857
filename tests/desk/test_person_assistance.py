"""The person page shows what the person needs and what they received, across registrations."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from refuge.assistance.models import Programme, Vulnerability
from refuge.assistance.services import distribution_record, programmes_seed_defaults
from tests.conftest import PASSWORD
from tests.registry.factories import person, register


@pytest.fixture
def case_worker_client(client, cast):
    client.login(username="case_worker", password=PASSWORD)
    return client


def test_a_payment_under_another_spelling_shows_on_the_person_page(case_worker_client, cast, site):
    first = register(site, given_name="Հակոբ", family_name="Հակոբյան", birth_date="1950-02-03")
    second = register(site, given_name="Акоп", family_name="Акопян", person=person(first))
    programmes_seed_defaults()
    cash = Programme.objects.get(code="cash-100k")
    distribution_record(
        registration=second,
        programme=cash,
        site=site,
        distributed_on=datetime.date(2023, 10, 2),
        actor=cast["registrar_goris"],
    )
    Vulnerability.objects.create(
        registration=first, category="disability", source=Vulnerability.Source.SELF_DECLARED
    )

    page = case_worker_client.get(reverse("person_detail", args=[person(first).pk]))

    html = page.content.decode()
    assert "cash-100k" in html and second.record_id in html
    assert "person with a disability" in html
    assert f"?record_id={first.record_id}" in html  # a shortcut to pay this person


def test_a_person_with_nothing_received_says_so(case_worker_client, site):
    reg = register(site)
    page = case_worker_client.get(reverse("person_detail", args=[person(reg).pk]))
    assert "Nothing received yet." in page.content.decode()


def test_the_distribution_form_opens_with_the_registration_from_the_person_page(
    case_worker_client, site
):
    reg = register(site)
    page = case_worker_client.get(
        reverse("assistance:distribution_new"), {"record_id": reg.record_id}
    )
    assert f'value="{reg.record_id}"' in page.content.decode()


def test_the_history_shows_only_this_persons_moves_of_a_relink(case_worker_client, site):
    from refuge.registry.linking import registry_relink

    armen = {
        "given_name": "Armen",
        "family_name": "Sargsyan",
        "birth_date": "1950-01-01",
        "phone": "+37491234567",
        "origin": "Martuni",
    }
    gayane = {
        "given_name": "Gayane",
        "family_name": "Petrosyan",
        "birth_date": "1981-07-30",
        "phone": "+37493111222",
        "origin": "Askeran",
    }
    first, second = register(site, **armen), register(site, **armen)
    third, fourth = register(site, **gayane), register(site, **gayane)
    registry_relink(full=True)
    assert person(first) == person(second) and person(third) == person(fourth)

    html = case_worker_client.get(reverse("person_detail", args=[person(first).pk])).content

    assert f"R{second.pk}:".encode() in html  # this person's move in the re-link event
    assert f"R{fourth.pk}:".encode() not in html  # another person's move in the same event


def test_the_distribution_date_is_filled_in_whatever_the_language(case_worker_client, site):
    from django.conf import settings
    from django.utils import timezone

    case_worker_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    page = case_worker_client.get(reverse("assistance:distribution_new"))
    # A date input only takes ISO dates; a localised "27.11.2026" would show an empty field.
    assert f'value="{timezone.localdate().isoformat()}"' in page.content.decode()
