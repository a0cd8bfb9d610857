"""The desk's JSON API: the same services and selectors as the pages, by HTTP basic auth."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from django.test import Client

from refuge.registry.models import Link, ReviewItem
from tests.conftest import PASSWORD


def auth(user: Any) -> dict[str, str]:
    token = base64.b64encode(f"{user.username}:{PASSWORD}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {token}"}


@pytest.fixture
def api(cast):
    class Api:
        def __init__(self, user: Any) -> None:
            self.headers = auth(user)

        def get(self, url: str, **params: Any) -> Any:
            return Client().get(url, params, **self.headers)

        def post(self, url: str, body: dict[str, Any]) -> Any:
            return Client().post(
                url, json.dumps(body), content_type="application/json", **self.headers
            )

    return {name: Api(user) for name, user in cast.items()}


def test_search_in_cyrillic_finds_the_armenian_registration(api, people):
    response = api["registrar_goris"].get("/api/search", q="Оганесян Ованес")
    assert response.status_code == 200
    data = response.json()
    first = data["candidates"][0]
    assert first["person_id"] == people["hovhannes"].pk
    assert first["spellings"][0]["family_name"] == "Հովհաննիսյան"
    assert first["spellings"][0]["latin"] == "Hovhannisyan Hovhannes"
    assert data["query"]["names"] == ["Оганесян", "Ованес"]


def test_register_a_person_then_another_registration_of_them(api, sites):
    clerk = api["registrar_goris"]
    created = clerk.post(
        "/api/registrations",
        {"given_name": "Աշոտ", "family_name": "Մկրտչյան", "birth_date": "12.04.1961",
         "site": "Goris"},
    )  # fmt: skip
    assert created.status_code == 201, created.content
    person_id = created.json()["person_id"]
    assert created.json()["birth_date"] == "1961-04-12"
    assert created.json()["link"]["method"] == "new"
    again = clerk.post(
        "/api/registrations",
        {"given_name": "Ашот", "family_name": "Мкртчян", "site": "Kornidzor",
         "person": person_id},
    )  # fmt: skip
    assert again.json()["person_id"] == person_id
    assert again.json()["link"]["method"] == "manual"


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"given_name": "A", "family_name": "B", "site": "Nowhere"}, 400, "Unknown site"),
        ({"given_name": "A", "family_name": "B", "site": "Goris", "birth_date": "1/2"}, 400,
         "YYYY"),
        ({"given_name": "A", "family_name": "B", "site": "Goris", "person": 999999}, 404,
         "No current person"),
        ({"given_name": "", "family_name": "B", "site": "Goris"}, 400, "required"),
    ],
)  # fmt: skip
def test_registration_errors_are_explained(api, sites, body, status, message):
    response = api["registrar_goris"].post("/api/registrations", body)
    assert response.status_code == status
    assert message in response.json()["detail"]


def test_register_a_household(api, sites, people):
    response = api["registrar_goris"].post(
        "/api/households",
        {
            "site": "Goris",
            "members": [
                {"given_name": "Սարգիս", "family_name": "Սարգսյան", "relationship": "head"},
                {"given_name": "Гайк", "family_name": "Петросян", "relationship": "sibling",
                 "person": people["hayk"].pk},
            ],
        },
    )  # fmt: skip
    assert response.status_code == 201, response.content
    members = response.json()["members"]
    assert [m["relationship"] for m in members] == ["head", "sibling"]
    assert members[1]["person_id"] == people["hayk"].pk


def test_a_person_with_every_registration_and_its_link(api, people):
    data = api["case_worker"].get(f"/api/persons/{people['hovhannes'].pk}").json()
    assert [r["family_name"] for r in data["registrations"]] == ["Հովհաննիսյան", "Hovhannisyan"]
    assert data["registrations"][1]["link"] == {
        "method": "manual",
        "score": None,
        "decided_by": "registrar_goris",
        "decided_at": data["registrations"][1]["link"]["decided_at"],
    }
    assert [e["kind"] for e in data["history"]] == ["create", "create"]


def test_a_coordinator_cannot_read_a_person(api, people):
    response = api["coordinator"].get(f"/api/persons/{people['hovhannes'].pk}")
    assert response.status_code == 403


def test_review_merge_then_undo(api, review_item, people):
    officer = api["data_officer"]
    queue = officer.get("/api/review").json()
    assert [i["id"] for i in queue] == [review_item.pk]
    pair = officer.get(f"/api/review/{review_item.pk}").json()
    fields = {f["name"]: f for f in pair["fields"]}
    assert fields["given_name"]["weight"] == 6.3 and fields["given_name"]["level"] == "exact"
    decided = officer.post(f"/api/review/{review_item.pk}/decision", {"action": "merge"})
    assert decided.status_code == 200, decided.content
    assert decided.json()["item"]["status"] == "merged"
    assert not Link.objects.filter(person=people["anna_a"]).exists()
    event = decided.json()["event"]["id"]
    undone = officer.post(f"/api/link-events/{event}/undo", {"reason": "wrong"})
    assert undone.status_code == 200 and undone.json()["undoes"] == event
    assert ReviewItem.objects.get(pk=review_item.pk).status == "open"
    again = officer.post(f"/api/link-events/{event}/undo", {})
    assert again.status_code == 409


def test_a_registrar_cannot_decide_a_review_pair(api, review_item):
    response = api["registrar_goris"].post(
        f"/api/review/{review_item.pk}/decision", {"action": "merge"}
    )
    assert response.status_code == 403
    assert ReviewItem.objects.get(pk=review_item.pk).status == "open"
