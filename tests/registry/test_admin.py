"""The admin shows every registry model, and cannot change raw registrations or links."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.registry.factories import register

READ_ONLY = [
    "registration",
    "person",
    "link",
    "linkevent",
    "pairdecision",
    "reviewitem",
    "household",
    "importbatch",
    "linkagerun",
]


@pytest.fixture
def admin_client(client, cast):
    client.login(username="admin", password=PASSWORD)
    return client


@pytest.mark.parametrize("model", [*READ_ONLY, "site"])
def test_every_registry_model_has_an_admin_list(admin_client, site, model):
    register(site)
    response = admin_client.get(reverse(f"admin:registry_{model}_changelist"))
    assert response.status_code == 200


def test_a_registration_cannot_be_changed_or_deleted_in_the_admin(admin_client, site):
    registration = register(site)
    change = reverse("admin:registry_registration_change", args=[registration.pk])
    assert admin_client.post(change, {"given_name": "Changed"}).status_code == 403
    registration.refresh_from_db()
    assert registration.given_name == "Armen"
    delete = reverse("admin:registry_registration_delete", args=[registration.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 403
