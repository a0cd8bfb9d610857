"""The desk in a real browser, as a clerk and a data officer use it."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from refuge.registry.models import HouseholdMember, Link, Registration, ReviewItem, Site
from refuge.registry.services import registration_register
from tests.browser.conftest import login

pytestmark = pytest.mark.browser


@pytest.fixture
def goris(users: dict[str, Any]) -> Site:
    return Site.objects.create(name="Goris", province="Syunik")


@pytest.fixture
def hovhannes(users: dict[str, Any], goris: Site) -> Registration:
    """Registered at Kornidzor in Armenian script."""
    return registration_register(
        given_name="Հովհաննես",
        family_name="Հովհաննիսյան",
        birth_date="1954-03-07",
        origin="Stepanakert",
        site=goris,
        actor=users["registrar_goris"],
    )


def test_log_in_and_see_the_tiles_of_the_role(page, live_server, users):
    login(page, live_server, "registrar_goris")
    expect(page.locator("h1")).to_contain_text("Welcome, registrar_goris")
    expect(page.locator(".tiles")).to_contain_text("Desk")
    expect(page.locator(".tiles")).not_to_contain_text("Review queue")
    host = urlparse(live_server.url).netloc
    assert all(urlparse(u).netloc == host for u in page.requested_urls), page.requested_urls


def test_a_search_typed_in_cyrillic_finds_the_person_registered_in_armenian(
    page, live_server, hovhannes
):
    login(page, live_server, "registrar_goris")
    page.goto(f"{live_server.url}/desk/")
    box = page.locator("input[name=q]")
    expect(box).to_be_focused()  # autofocus: the clerk just types
    page.keyboard.type("Оганесян Ованес", delay=30)
    candidate = page.locator("[data-testid=candidate]").first
    expect(candidate).to_contain_text("Հովհաննիսյան Հովհաննես")
    expect(candidate).to_contain_text("Hovhannisyan Hovhannes")  # the Latin rendering
    expect(page).to_have_url(re.compile(r"/desk/\?q=.+"))  # the address follows the search
    page.keyboard.press("Enter")  # opens the first candidate
    person = hovhannes.link.person_id
    page.wait_for_url(f"{live_server.url}/persons/{person}/")
    expect(page.locator("table.registrations")).to_contain_text("Հովհաննիսյան")


def test_register_a_household_in_one_go(page, live_server, users, goris):
    login(page, live_server, "registrar_goris")
    page.goto(f"{live_server.url}/desk/household/new")
    page.select_option("select[name=site]", label="Goris")
    rows = [
        ("head", "Սարգսյան", "Սարգիս", "1970"),
        ("spouse", "Սարգսյան", "Անահիտ", "12.05.1972"),
        ("child", "Sargsyan", "Narek", "2005"),
    ]
    for i, (relationship, family, given, birth) in enumerate(rows):
        page.select_option(f"select[name=m-{i}-relationship]", relationship)
        page.fill(f"input[name=m-{i}-family_name]", family)
        page.fill(f"input[name=m-{i}-given_name]", given)
        page.fill(f"input[name=m-{i}-birth_date]", birth)
    page.click("[data-testid=save-household]")
    page.wait_for_url(re.compile(r"/persons/\d+/$"))
    expect(page.locator(".messages")).to_contain_text("registered with 3 members")
    household = page.locator("table.household")
    for given in ("Սարգիս", "Անահիտ", "Narek"):
        expect(household).to_contain_text(given)
    members = HouseholdMember.objects.order_by("id")
    assert [m.relationship for m in members] == ["head", "spouse", "child"]
    assert members[1].registration.birth_date == "1972-05-12"


@pytest.fixture
def review_pair(users: dict[str, Any], goris: Site) -> ReviewItem:
    clerk = users["registrar_goris"]
    left = registration_register(
        given_name="Anna", family_name="Hakobyan", birth_date="1980", site=goris, actor=clerk
    )
    right = registration_register(
        given_name="Анна", family_name="Акопян", birth_date="1981", site=goris, actor=clerk
    )
    return ReviewItem.objects.create(
        left=left,
        right=right,
        score=2.0,
        probability=0.8,
        contributions={"prior": -7.0, "family_name": 5.1, "given_name": 4.2, "birth_date": -1.3},
        levels={"family_name": "exact", "given_name": "exact", "birth_date": "near"},
    )


def test_resolve_a_review_pair_then_undo_it(page, live_server, review_pair):
    login(page, live_server, "data_officer")
    page.goto(f"{live_server.url}/review/")
    page.click(f"tr[data-item='{review_pair.pk}'] [data-testid=review-item]")
    expect(page.locator("table.pair")).to_contain_text("Акопян")
    expect(page.locator("table.pair .bar.pos").first).to_be_visible()  # a bar per field
    page.fill("input[name=reason]", "same birth place, one year apart")
    page.click("[data-testid=merge]")
    expect(page.locator("[data-testid=review-status]")).to_have_text("merged")
    left, right = review_pair.left, review_pair.right
    assert Link.objects.get(pk=left.pk).person_id == Link.objects.get(pk=right.pk).person_id
    page.click("[data-testid=undo-last]")  # the Undo right after the decision
    expect(page.locator("[data-testid=review-status]")).to_have_text("open")
    assert Link.objects.get(pk=left.pk).person_id != Link.objects.get(pk=right.pk).person_id
    expect(page.locator("[data-testid=merge]")).to_be_visible()  # can be decided again


def test_a_coordinator_cannot_open_a_person_page(page, live_server, hovhannes):
    login(page, live_server, "coordinator")
    expect(page.locator("nav")).not_to_contain_text("Desk")
    response = page.goto(f"{live_server.url}/persons/{hovhannes.link.person_id}/")
    assert response.status == 403
    expect(page.locator("body")).not_to_contain_text("Հովհաննիսյան")


@pytest.mark.parametrize(
    ("language", "heading"),
    [("hy", "Արդյո՞ք այս մարդն արդեն գրանցված է"), ("ru", "Этот человек уже зарегистрирован?")],
)
def test_the_language_switcher(page, live_server, users, language, heading):
    login(page, live_server, "registrar_goris")
    page.goto(f"{live_server.url}/desk/")
    page.click(f"form.lang button[data-lang={language}]")
    expect(page.locator("h1")).to_have_text(heading)
    expect(page.locator("html")).to_have_attribute("lang", language)
