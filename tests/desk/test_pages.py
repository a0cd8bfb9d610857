"""The desk's pages through the real URL stack: search, register, household, person, review."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse

from refuge.registry.models import (
    HouseholdMember,
    Link,
    LinkEvent,
    Person,
    Registration,
)
from tests.conftest import PASSWORD


def login(client: Client, user: Any) -> Client:
    assert client.login(username=user.username, password=PASSWORD)
    return client


@pytest.fixture
def clerk(client: Client, cast: dict[str, Any]) -> Client:
    return login(client, cast["registrar_goris"])


@pytest.fixture
def officer(client: Client, cast: dict[str, Any]) -> Client:
    return login(client, cast["data_officer"])


class TestDesk:
    def test_the_search_box_has_focus_and_the_page_loads_only_local_assets(self, clerk):
        page = clerk.get(reverse("desk")).content.decode()
        assert 'name="q"' in page and "autofocus" in page
        assert "http://" not in page and "https://" not in page  # no CDN

    @pytest.mark.parametrize("asset", ["refuge/refuge.css", "refuge/vendor/htmx.min.js"])
    def test_styles_and_scripts_are_served_by_refuge_itself(self, clerk, asset):
        response = clerk.get(f"/static/{asset}")
        assert response.status_code == 200, (
            f"/static/{asset} is not served: the staticfiles finders do not see "
            "src/refuge/static (settings.STATICFILES_DIRS)"
        )

    def test_typing_fetches_only_the_results_fragment(self, clerk, people):
        response = clerk.get(reverse("desk"), {"q": "Оганесян Ованес"}, HTTP_HX_REQUEST="true")
        body = response.content.decode()
        assert "<html" not in body
        assert "Հովհաննիսյան" in body and "Hovhannisyan Hovhannes" in body  # typed + Latin
        assert f'data-person="{people["hovhannes"].pk}"' in body
        assert response["HX-Push-Url"] == "/desk/?" + urlencode({"q": "Оганесян Ованес"})

    def test_enter_opens_the_first_candidate(self, clerk, people):
        response = clerk.get(reverse("desk"), {"q": "Hakobian Aram", "open": "1"})
        assert response.status_code == 302
        assert response["Location"] == reverse("person_detail", args=[people["aram"].pk])

    def test_enter_with_no_candidate_stays_on_the_desk(self, clerk, people):
        response = clerk.get(reverse("desk"), {"q": "Zzyzx", "open": "1"})
        assert response.status_code == 200
        assert b'data-testid="no-candidates"' in response.content

    def test_register_new_carries_the_search_into_the_form(self, clerk, people):
        body = clerk.get(reverse("desk"), {"q": "Мкртчян Ашот 1961"}).content.decode()
        assert "birth_date=1961" in body
        form = clerk.get(reverse("registration_new") + "?family_name=Мкртчян&given_name=Ашот")
        assert 'value="Мкртчян"' in form.content.decode()


class TestRegister:
    def test_registers_a_new_person(self, clerk, sites):
        response = clerk.post(
            reverse("registration_new"),
            {"family_name": "Մկրտչյան", "given_name": "Աշոտ", "birth_date": "12.04.1961",
             "site": sites["Goris"].pk},
        )  # fmt: skip
        registration = Registration.objects.get(family_name="Մկրտչյան")
        assert registration.birth_date == "1961-04-12"
        assert response["Location"] == reverse("person_detail", args=[registration.link.person_id])

    def test_the_site_is_the_clerks_or_the_only_one(self, clerk, db):
        from refuge.registry.models import Site

        only = Site.objects.create(name="Kornidzor")
        form = clerk.get(reverse("registration_new")).content.decode()
        assert f'<option value="{only.pk}" selected>' in form

    def test_adds_a_registration_to_an_existing_person(self, clerk, people, sites):
        hayk = people["hayk"]
        clerk.post(
            reverse("registration_new") + f"?person={hayk.pk}",
            {"family_name": "Petrosyan", "given_name": "Hayk", "site": sites["Goris"].pk,
             "person": hayk.pk},
        )  # fmt: skip
        assert Link.objects.filter(person=hayk).count() == 2

    def test_a_bad_birth_date_is_explained_and_nothing_is_saved(self, clerk, sites):
        response = clerk.post(
            reverse("registration_new"),
            {"family_name": "A", "given_name": "B", "birth_date": "31.31.1961",
             "site": sites["Goris"].pk},
        )  # fmt: skip
        assert response.status_code == 200
        assert b"YYYY-MM-DD" in response.content
        assert not Registration.objects.exists()


class TestHousehold:
    def form(self, site, rows):
        data = {"site": site.pk, "m-TOTAL_FORMS": str(len(rows)), "m-INITIAL_FORMS": "0"}
        for i, row in enumerate(rows):
            data.update({f"m-{i}-{k}": v for k, v in row.items()})
        return data

    def test_registers_head_and_members_with_relationships(self, clerk, sites, people):
        data = self.form(
            sites["Goris"],
            [
                {"relationship": "head", "family_name": "Սարգսյան", "given_name": "Սարգիս"},
                {"relationship": "spouse", "family_name": "Սարգսյան", "given_name": "Անահիտ"},
                {"relationship": "child", "family_name": "Sargsyan", "given_name": "Narek",
                 "birth_date": "2005"},
                {"relationship": "parent", "family_name": "Петросян", "given_name": "Гайк",
                 "person": str(people["hayk"].pk)},
                {"relationship": "child"},  # an empty row is ignored
            ],
        )  # fmt: skip
        response = clerk.post(reverse("household_new"), data)
        assert response.status_code == 302, response.content.decode()[:2000]
        members = HouseholdMember.objects.select_related("registration").order_by("id")
        assert [(m.relationship, m.registration.given_name) for m in members] == [
            ("head", "Սարգիս"),
            ("spouse", "Անահիտ"),
            ("child", "Narek"),
            ("parent", "Гайк"),
        ]
        assert Link.objects.filter(person=people["hayk"]).count() == 2

    def test_the_rows_offered_empty_may_stay_empty(self, clerk, sites):
        form = clerk.get(reverse("household_new")).content.decode()
        assert 'name="m-INITIAL_FORMS" value="4"' in form  # offered with relationships
        data = self.form(
            sites["Goris"],
            [{"relationship": "head", "family_name": "A", "given_name": "B"}]
            + [{"relationship": "child"}] * 3,
        )
        data["m-INITIAL_FORMS"] = "4"
        response = clerk.post(reverse("household_new"), data)
        assert response.status_code == 302
        assert Registration.objects.count() == 1

    def test_add_a_member_renders_one_more_row_and_saves_nothing(self, clerk, sites):
        data = self.form(sites["Goris"], [{"relationship": "head", "family_name": "X"}])
        data["add_row"] = "1"
        response = clerk.post(reverse("household_new"), data)
        assert response.status_code == 200
        assert b'name="m-1-family_name"' in response.content
        assert not Registration.objects.exists()

    def test_two_heads_are_refused(self, clerk, sites):
        row = {"relationship": "head", "family_name": "A", "given_name": "B"}
        response = clerk.post(reverse("household_new"), self.form(sites["Goris"], [row, row]))
        assert response.status_code == 200 and not Registration.objects.exists()


class TestPersonPage:
    def test_shows_every_registration_as_typed_with_its_link_and_history(self, clerk, people):
        body = clerk.get(reverse("person_detail", args=[people["hovhannes"].pk])).content.decode()
        for typed in ("Հովհաննիսյան Հովհաննես Արմենի", "Hovhannisyan Hovhannes", "Kornidzor"):
            assert typed in body
        assert "Hovhannisyan Hovhannes Armeni" in body  # the Latin rendering beside
        assert "registrar_goris" in body  # who linked
        assert body.count('data-kind="create"') == 2

    def test_the_page_costs_the_same_queries_for_two_registrations_or_six(
        self, officer, people, sites, cast, django_assert_max_num_queries
    ):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        person = people["hovhannes"]
        url = reverse("person_detail", args=[person.pk])
        with CaptureQueriesContext(connection) as two:
            officer.get(url)
        for i in range(4):
            registration_of(person, sites, cast, i)
        with django_assert_max_num_queries(len(two)):
            officer.get(url)

    def test_split_then_undo_from_the_history(self, officer, people):
        person = people["hovhannes"]
        second = Registration.objects.filter(link__person=person).order_by("id").last()
        url = reverse("person_detail", args=[person.pk])
        response = officer.post(
            reverse("person_split", args=[person.pk]),
            {"registrations": [second.pk], "reason": "different birth dates"},
        )
        assert response["Location"] == url
        assert Link.objects.filter(person=person).count() == 1
        split = LinkEvent.objects.get(kind="split")
        page = officer.get(url).content.decode()
        assert f'data-event="{split.pk}"' in page and 'data-testid="undo-event"' in page
        officer.post(reverse("event_undo", args=[split.pk]), {"next": url})
        assert Link.objects.filter(person=person).count() == 2
        assert LinkEvent.objects.filter(kind="undo", undoes=split).exists()

    def test_merge_from_the_person_page(self, officer, people):
        keep, absorb = people["anna_h"], people["anna_a"]
        officer.post(reverse("person_merge", args=[keep.pk]), {"other": absorb.pk})
        assert Link.objects.filter(person=keep).count() == 2
        page = officer.get(reverse("person_detail", args=[absorb.pk])).content.decode()
        assert 'data-testid="dissolved"' in page
        assert reverse("person_detail", args=[keep.pk]) in page

    def test_a_registrar_sees_no_merge_split_or_undo(self, clerk, people):
        page = clerk.get(reverse("person_detail", args=[people["hovhannes"].pk])).content
        assert b"split-form" in page  # the table is a form ...
        assert b'name="registrations"' not in page  # ... without the split boxes
        assert b"person_merge" not in page and b'data-testid="undo-event"' not in page


def registration_of(person: Person, sites: dict[str, Any], cast: dict[str, Any], i: int) -> Any:
    from refuge.registry.services import registration_register

    return registration_register(
        given_name="Ovanes",
        family_name="Oganesyan",
        birth_date="1954",
        site=sites["Goris"],
        person=person,
        actor=cast["registrar_goris"],
        reason=f"seen again ({i})",
    )


class TestReview:
    def test_the_queue_lists_open_pairs(self, officer, review_item):
        page = officer.get(reverse("review_list")).content.decode()
        assert f'data-item="{review_item.pk}"' in page

    def test_a_pair_side_by_side_with_a_bar_per_field(self, officer, review_item):
        page = officer.get(reverse("review_detail", args=[review_item.pk])).content.decode()
        assert "Акопян" in page and "Akopyan" in page and "Hovhannisyan" in page
        assert 'class="bar pos" style="--w:100"' in page  # given name, the largest weight
        assert 'class="bar neg" style="--w:33"' in page  # family name, -2.1 of 6.3

    def test_merge_then_undo_reopens_the_pair(self, officer, review_item, people):
        url = reverse("review_detail", args=[review_item.pk])
        officer.post(reverse("review_decide", args=[review_item.pk]), {"action": "merge"})
        review_item.refresh_from_db()
        assert review_item.status == "merged"
        assert Link.objects.filter(person=people["anna_a"]).count() == 0
        page = officer.get(url).content.decode()
        assert 'data-testid="undo-decision"' in page
        officer.post(reverse("event_undo", args=[review_item.resolved_by_id]), {"next": url})
        review_item.refresh_from_db()
        assert review_item.status == "open"
        assert Link.objects.filter(person=people["anna_a"]).count() == 1

    def test_keep_apart_and_defer(self, officer, review_item):
        officer.post(reverse("review_decide", args=[review_item.pk]), {"action": "defer"})
        review_item.refresh_from_db()
        assert review_item.status == "deferred"
        officer.post(reverse("review_decide", args=[review_item.pk]), {"action": "keep_apart"})
        review_item.refresh_from_db()
        assert review_item.status == "kept_apart"
        assert LinkEvent.objects.filter(kind="keep_apart").exists()

    def test_a_decided_pair_cannot_be_decided_again(self, officer, review_item):
        decide = reverse("review_decide", args=[review_item.pk])
        officer.post(decide, {"action": "keep_apart"})
        response = officer.post(decide, {"action": "merge"}, follow=True)
        assert b"already been decided" in response.content


class TestLanguages:
    @pytest.mark.parametrize(
        ("code", "heading", "button"),
        [
            ("hy", "Արդյո՞ք այս մարդն արդեն գրանցված է", "Գրանցել նոր անձ"),
            ("ru", "Этот человек уже зарегистрирован?", "Зарегистрировать новое лицо"),
            ("en", "Is this person already registered?", "Register a new person"),
        ],
    )
    def test_the_desk_speaks_armenian_russian_and_english(self, clerk, code, heading, button):
        clerk.post(reverse("set_language"), {"language": code, "next": "/desk/"})
        page = clerk.get(reverse("desk")).content.decode()
        assert f'<html lang="{code}">' in page
        assert heading in page and button in page

    def test_names_stay_as_typed_in_every_language(self, clerk, people):
        clerk.post(reverse("set_language"), {"language": "ru", "next": "/"})
        page = clerk.get(reverse("person_detail", args=[people["hovhannes"].pk])).content.decode()
        assert "Հովհաննիսյան Հովհաննես" in page and "Hovhannisyan Hovhannes Armeni" in page
        assert "Регистрации, как они были введены" in page
