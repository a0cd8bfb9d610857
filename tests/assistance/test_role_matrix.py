"""Every assistance and shelter route against every role: allowed -> 200 (or its redirect),
others -> 403, anonymous -> login (pages) or 401 (API)."""

from __future__ import annotations

import json

import pytest
from django.urls import URLPattern, reverse

from refuge.accounts import roles
from refuge.assistance import services
from refuge.assistance.models import Overpayment
from refuge.assistance.urls import urlpatterns as assistance_urls
from refuge.shelter import services as shelter
from refuge.shelter.urls import urlpatterns as shelter_urls
from tests.assistance import factories as f

pytestmark = pytest.mark.django_db
EVERYONE = roles.PERSON_READERS | roles.REPORT_READERS
COVERAGE = roles.REPORT_READERS | roles.CASE_WORKERS


@pytest.fixture
def world(cast):
    p = f.programmes()
    hh, regs = f.family()
    d = services.distribution_record(
        registration=regs[0],
        programme=p["cash-100k"],
        site=regs[0].site,
        distributed_on=f.DAY,
        actor=None,
    )
    acc = shelter.accommodation_create(
        name="Hotel", kind="hotel", province="Syunik", capacity=100, actor=None
    )
    placement = shelter.placement_create(household=hh, accommodation=acc, actor=None)
    hh2, _ = f.family()
    suggestion = shelter.placement_suggest(actor=None)
    flag = Overpayment.objects.create(key="x", programme=p["cash-100k"], period_key="once")
    return {
        "record_id": regs[0].record_id,
        "site": regs[0].site,
        "distribution": d,
        "acc": acc,
        "placement": placement,
        "suggestion": suggestion,
        "flag": flag,
    }


def page_routes(w):
    site = f"?site={w['site'].pk}"
    return [
        ("assistance:priority_list", {}, site, roles.CASE_WORKERS),
        ("assistance:priority_export", {}, site, roles.CASE_WORKERS),
        ("assistance:priority_summary", {}, "", roles.REPORT_READERS),
        ("assistance:programme_list", {}, "", EVERYONE),
        ("assistance:distribution_new", {}, "", roles.REGISTRARS),
        ("assistance:ledger", {}, "", roles.DATA_OFFICERS),
        ("assistance:coverage", {}, "", COVERAGE),
        ("assistance:coverage_unpaid", {}, "?programme=cash-100k", roles.CASE_WORKERS),
        ("assistance:coverage_export", {"fmt": "csv"}, "?programme=cash-100k", roles.CASE_WORKERS),
        ("assistance:overpayments", {}, "", roles.DATA_OFFICERS),
        ("shelter:accommodation_list", {}, "", EVERYONE),
        ("shelter:accommodation_detail", {"pk": w["acc"].pk}, "", roles.CASE_WORKERS),
        ("shelter:placement_new", {}, "", roles.CASE_WORKERS),
        ("shelter:suggestion_list", {}, "", roles.DATA_OFFICERS),
        ("shelter:suggestion_detail", {"pk": w["suggestion"].pk}, "", roles.DATA_OFFICERS),
    ]


def post_routes(w):
    return [
        (
            "assistance:distribution_reverse",
            {"pk": w["distribution"].pk},
            {"reason": "x"},
            roles.DATA_OFFICERS,
        ),
        ("assistance:overpayments_flag", {}, {}, roles.DATA_OFFICERS),
        (
            "assistance:overpayment_update",
            {"pk": w["flag"].pk},
            {"status": "waived"},
            roles.DATA_OFFICERS,
        ),
        ("shelter:placement_end", {"pk": w["placement"].pk}, {}, roles.CASE_WORKERS),
        (
            "shelter:suggestion_decide",
            {"pk": w["suggestion"].pk},
            {"decision": "discard"},
            roles.DATA_OFFICERS,
        ),
        ("shelter:suggestion_list", {}, {}, roles.DATA_OFFICERS),
    ]


def test_every_route_is_in_the_matrix(world):
    named = {f"assistance:{p.name}" for p in assistance_urls if isinstance(p, URLPattern)} | {
        f"shelter:{p.name}" for p in shelter_urls if isinstance(p, URLPattern)
    }
    covered = {r[0] for r in page_routes(world)} | {r[0] for r in post_routes(world)}
    assert named <= covered


def test_pages_answer_each_role_as_declared(client, cast, world):
    for name, kwargs, query, allowed in page_routes(world):
        url = reverse(name, kwargs=kwargs) + query
        client.logout()
        assert client.get(url).status_code == 302, url
        for username, user in cast.items():
            client.force_login(user)
            expected = 200 if user.role in allowed else 403
            assert client.get(url).status_code == expected, (url, username)


def test_actions_answer_each_role_as_declared(client, cast, world):
    for name, kwargs, data, allowed in post_routes(world):
        url = reverse(name, kwargs=kwargs)
        client.logout()
        response = client.post(url, data)
        assert response.status_code == 302 and "/login/" in response["Location"], url
        for username, user in cast.items():
            client.force_login(user)
            response = client.post(url, data)
            if user.role in allowed:
                assert response.status_code == 302 and "/login/" not in response["Location"]
            else:
                assert response.status_code == 403, (url, username)


def api_routes(w):
    body = {"record_id": "nope", "programme": "cash-100k", "site": "Goris", "date": "2023-10-02"}
    return [
        ("get", "/api/assistance/programmes", None, EVERYONE, {200}),
        ("post", "/api/assistance/distributions", body, roles.REGISTRARS, {400}),
        ("get", "/api/assistance/coverage", None, COVERAGE, {200}),
        ("get", "/api/assistance/overpayments", None, roles.DATA_OFFICERS, {200}),
        (
            "post",
            "/api/assistance/vulnerabilities",
            {"record_id": w["record_id"], "category": "disability"},
            roles.CASE_WORKERS,
            {201},
        ),
        ("get", "/api/shelter/accommodations", None, EVERYONE, {200}),
        ("post", "/api/shelter/suggestions", None, roles.DATA_OFFICERS, {201}),
        (
            "post",
            f"/api/shelter/suggestions/{w['suggestion'].pk}/apply",
            None,
            roles.DATA_OFFICERS,
            {200, 409},
        ),
    ]


def test_api_answers_each_role_as_declared(client, cast, world):
    for method, url, body, allowed, ok in api_routes(world):
        call = getattr(client, method)
        kwargs = {"data": json.dumps(body), "content_type": "application/json"} if body else {}
        client.logout()
        assert call(url, **kwargs).status_code == 401, url
        for username, user in cast.items():
            client.force_login(user)
            status = call(url, **kwargs).status_code
            if user.role in allowed:
                assert status in ok, (url, username, status)
            else:
                assert status == 403, (url, username, status)


def test_api_operations_publish_their_roles(client, cast):
    client.force_login(cast["admin"])
    doc = client.get("/api/openapi.json").json()
    ours = {
        p: ops
        for p, ops in doc["paths"].items()
        if p.startswith(("/api/assistance", "/api/shelter"))
    }
    assert ours
    for ops in ours.values():
        for op in ops.values():
            assert op["x-roles"]
