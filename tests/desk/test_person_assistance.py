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
