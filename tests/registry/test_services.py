"""Registry services: every change of a link is an event that can be shown and undone."""

from __future__ import annotations

import pytest

from refuge.accounts.models import AuditEntry
from refuge.core.errors import ApplicationError, Conflict
from refuge.registry import services
from refuge.registry.models import Link, LinkEvent, PairDecision, Person, Registration, ReviewItem
from refuge.registry.selectors import person_history, person_registrations
from tests.registry.factories import person, register


@pytest.fixture
def officer(cast):
    return cast["data_officer"]


class TestRegistrationRegister:
    def test_a_new_registration_gets_a_new_person_and_keeps_the_name_as_typed(self, site, officer):
        reg = register(
            site, officer, given_name="Հովհաննես", family_name="Հովհաննիսյան", birth_date="1961"
        )
        assert reg.given_name == "Հովհաննես"
        assert reg.birth_year == 1961
        assert reg.family_key  # derived search key, beside the raw name
        link = Link.objects.get(registration=reg)
        assert link.method == "new" and link.decided_by == officer
        assert AuditEntry.objects.filter(
            action="registration.create", object_id=str(reg.pk)
        ).exists()

    def test_adding_to_an_existing_person_is_a_manual_same_person_decision(self, site, officer):
        first = register(site, officer)
        second = register(
            site, officer, given_name="Армен", family_name="Акопян", person=person(first)
        )
        assert person(second) == person(first)
        assert Link.objects.get(registration=second).method == "manual"
        decision = PairDecision.objects.get()
        assert (decision.left_id, decision.right_id, decision.decision) == (
            first.pk,
            second.pk,
            "same",
        )

    def test_rejects_a_birth_date_that_is_not_a_date_or_a_year(self, site, officer):
        with pytest.raises(ApplicationError, match="Birth date"):
            register(site, officer, birth_date="12/03/1970")
        assert not Registration.objects.exists()


class TestHouseholdRegister:
    def test_registers_head_and_members_with_relationships(self, site, officer):
        household = services.household_register(
            site=site,
            actor=officer,
            members=[
                {"given_name": "Anahit", "family_name": "Sargsyan", "relationship": "spouse"},
                {"given_name": "Armen", "family_name": "Sargsyan", "relationship": "head"},
                {"given_name": "Narek", "family_name": "Sargsyan", "relationship": "child"},
            ],
        )
        members = {m.registration.given_name: m.relationship for m in household.members.all()}
        assert members == {"Armen": "head", "Anahit": "spouse", "Narek": "child"}

    def test_refuses_two_heads(self, site, officer):
        with pytest.raises(ApplicationError, match="one head"):
            services.household_register(
                site=site,
                actor=officer,
                members=[
                    {"given_name": "A", "family_name": "B", "relationship": "head"},
                    {"given_name": "C", "family_name": "B", "relationship": "head"},
                ],
            )


class TestMergeSplitUndo:
    def test_merge_moves_registrations_and_dissolves_the_absorbed_person(self, site, officer):
        a, b = register(site, officer), register(site, officer, given_name="Армен")
        keep, absorb = person(a), person(b)
        event = services.person_merge(keep=keep, absorb=absorb, actor=officer, reason="same phone")
        assert person(b) == keep
        absorb.refresh_from_db()
        assert absorb.dissolved_at is not None
        assert event.moves == [[b.pk, absorb.pk, keep.pk]]
        assert event in person_history(keep) and event in person_history(absorb)

    def test_undo_of_a_merge_restores_both_persons_and_revokes_the_decision(self, site, officer):
        a, b = register(site, officer), register(site, officer, given_name="Армен")
        keep, absorb = person(a), person(b)
        event = services.person_merge(keep=keep, absorb=absorb, actor=officer)
        undo = services.link_event_undo(event=event, actor=officer, reason="wrong")
        assert person(b) == absorb
        absorb.refresh_from_db()
        assert absorb.dissolved_at is None
        assert PairDecision.objects.get(event=event).revoked_by == undo
        assert LinkEvent.objects.filter(kind="merge").count() == 1  # the event itself is kept
        with pytest.raises(Conflict, match=services.ALREADY_UNDONE):
            services.link_event_undo(event=event, actor=officer)

    def test_split_records_the_groups_as_different_people(self, site, officer):
        a = register(site, officer)
        b = register(site, officer, person=person(a))
        c = register(site, officer, person=person(a))
        original = person(a)
        event = services.person_split(person=original, registrations=[c], actor=officer)
        assert person(c).pk == event.data["new_person"]
        different = set(
            PairDecision.objects.filter(event=event, decision="different").values_list(
                "left_id", "right_id"
            )
        )
        assert different == {(a.pk, c.pk), (b.pk, c.pk)}
        assert {r.pk for r in person_registrations(original)} == {a.pk, b.pk}

    def test_split_must_leave_a_registration_behind(self, site, officer):
        a = register(site, officer)
        with pytest.raises(ApplicationError, match="at least one"):
            services.person_split(person=person(a), registrations=[a], actor=officer)

    def test_undo_is_refused_when_a_later_change_moved_the_registrations(self, site, officer):
        a, b, c = register(site, officer), register(site, officer), register(site, officer)
        first = services.person_merge(keep=person(a), absorb=person(b), actor=officer)
        services.person_merge(keep=person(c), absorb=person(a), actor=officer)
        with pytest.raises(Conflict, match="Later changes"):
            services.link_event_undo(event=first, actor=officer)


class TestReviewResolve:
    def _item(self, left: Registration, right: Registration) -> ReviewItem:
        low, high = sorted((left, right), key=lambda r: r.pk)
        return ReviewItem.objects.create(
            left=low,
            right=high,
            score=3.0,
            probability=0.7,
            contributions={"family_name": 4.1},
            levels={},
        )

    def test_merge_then_undo_reopens_the_pair(self, site, officer):
        a, b = register(site, officer), register(site, officer, given_name="Армен")
        item = self._item(a, b)
        event = services.review_resolve(item=item, action="merge", actor=officer)
        item.refresh_from_db()
        assert item.status == "merged" and person(a) == person(b)
        services.link_event_undo(event=event, actor=officer)
        item.refresh_from_db()
        assert item.status == "open" and person(a) != person(b)

    def test_keep_apart_is_recorded_as_a_different_people_decision(self, site, officer):
        a, b = register(site, officer), register(site, officer)
        item = self._item(a, b)
        services.review_resolve(item=item, action="keep_apart", actor=officer)
        assert PairDecision.objects.get(decision="different").left_id == min(a.pk, b.pk)
        assert AuditEntry.objects.filter(action="review.keep_apart").count() == 1

    def test_a_decided_pair_cannot_be_decided_again(self, site, officer):
        a, b = register(site, officer), register(site, officer)
        item = self._item(a, b)
        services.review_resolve(item=item, action="keep_apart", actor=officer)
        with pytest.raises(Conflict):
            services.review_resolve(item=item, action="merge", actor=officer)

    def test_persons_count_is_unchanged_by_defer(self, site, officer):
        a, b = register(site, officer), register(site, officer)
        before = Person.objects.filter(dissolved_at__isnull=True).count()
        services.review_resolve(item=self._item(a, b), action="defer", actor=officer)
        assert Person.objects.filter(dissolved_at__isnull=True).count() == before


class TestSiteGetOrCreate:
    def test_site_names_typed_in_another_case_are_one_site(self, db):
        first = services.site_get_or_create(name="Goris")
        assert services.site_get_or_create(name="  GORIS ") == first
        assert services.site_get_or_create(name="goris").name == "Goris"

    def test_a_blank_site_name_is_refused(self, db):
        with pytest.raises(ApplicationError, match="needs a name"):
            services.site_get_or_create(name="   ")


def test_stored_name_keys_fit_their_columns() -> None:
    from refuge.registry.models import NAME_KEY_LENGTH

    long = "Ter-" + "Hovhannisyan-" * 30
    fields = services.derived_fields(
        given_name="Anna", family_name=long, birth_date="1980", phone=""
    )
    assert 0 < len(fields["family_key"]) <= NAME_KEY_LENGTH
    assert fields["given_key"] == "ana"
