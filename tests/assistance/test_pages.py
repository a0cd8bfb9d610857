"""Pages as a desk uses them: the refusal is shown, coordinators see only counts."""

from __future__ import annotations

import pytest
from django.urls import reverse

from refuge.accounts.models import AuditEntry
from refuge.assistance.models import Distribution
from tests.assistance import factories as f

pytestmark = pytest.mark.django_db


def test_a_second_payment_at_the_desk_shows_the_refusal(client, cast):
    f.programmes()
    goris = f.registration(given_name="Hovhannes")
    yerevan_site = f.site("Yerevan-1", "Yerevan")
    yerevan = f.registration(given_name="Ованес", at=yerevan_site, person=f.person_of(goris))
    client.force_login(cast["registrar_goris"])
    url = reverse("assistance:distribution_new")
    data = {"programme": "cash-100k", "distributed_on": "2023-10-02"}
    first = client.post(url, {**data, "record_id": goris.record_id, "site": goris.site.pk})
    assert first.status_code == 302
    second = client.post(url, {**data, "record_id": yerevan.record_id, "site": yerevan_site.pk})
    assert second.status_code == 409
    assert "already given to this person" in second.content.decode()
    assert Distribution.objects.count() == 1


def test_priority_page_filters_with_htmx(client, cast):
    goris = f.site()
    f.registration(given_name="Lusine", needs="pregnant", at=goris)
    from refuge.assistance.services import vulnerabilities_derive_from_registrations

    vulnerabilities_derive_from_registrations()
    client.force_login(cast["case_worker"])
    response = client.get(
        reverse("assistance:priority_list"), {"site": goris.pk}, HTTP_HX_REQUEST="true"
    )
    body = response.content.decode()
    assert "Lusine" in body and "<html" not in body


def test_coordinator_coverage_has_no_links_to_lists(client, cast):
    f.programmes()
    f.registration()
    client.force_login(cast["coordinator"])
    body = client.get(reverse("assistance:coverage")).content.decode()
    assert "&lt;5" in body and "coverage/unpaid" not in body


def test_export_download_is_audited(client, cast):
    f.programmes()
    f.registration()
    client.force_login(cast["case_worker"])
    response = client.get(
        reverse("assistance:coverage_export", kwargs={"fmt": "xlsx"}), {"programme": "cash-100k"}
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    entry = AuditEntry.objects.get(action="assistance.export")
    assert entry.actor == cast["case_worker"] and entry.data["rows"] == 1


def test_api_refuses_a_second_payment_with_409(client, cast):
    f.programmes()
    reg = f.registration()
    client.force_login(cast["registrar_goris"])
    body = {
        "record_id": reg.record_id,
        "programme": "cash-100k",
        "site": "Goris",
        "date": "2023-10-02",
    }
    assert (
        client.post(
            "/api/assistance/distributions", body, content_type="application/json"
        ).status_code
        == 201
    )
    second = client.post("/api/assistance/distributions", body, content_type="application/json")
    assert second.status_code == 409 and "already given" in second.json()["detail"]
