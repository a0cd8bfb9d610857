"""Shelter services: placing whole households, capacity, suggestions reviewed then applied."""

from __future__ import annotations

import pytest

from refuge.accounts.models import AuditEntry
from refuge.shelter import selectors, services
from refuge.shelter.models import Accommodation, Placement, PlacementSuggestion
from tests.assistance import factories as f

pytestmark = pytest.mark.django_db


def hotel(capacity=10, province="Syunik", name="Hotel Goris"):
    return services.accommodation_create(
        name=name,
        kind="hotel",
        province=province,
        community="Goris",
        capacity=capacity,
        actor=None,
    )


class TestPlacementCreate:
    def test_places_the_whole_household_and_counts_occupancy(self, cast):
        hh, regs = f.family(adults=2, children=3)
        acc = hotel(capacity=6)
        p = services.placement_create(household=hh, accommodation=acc, actor=cast["case_worker"])
        assert p.persons == 5
        assert selectors.accommodations_with_occupancy().get(pk=acc.pk).occupied == 5
        assert AuditEntry.objects.filter(action="placement.create").exists()

    def test_refuses_a_household_that_does_not_fit(self):
        hh, _ = f.family(adults=2, children=3)
        acc = hotel(capacity=4)
        with pytest.raises(services.PlacementConflict, match="room for 4 more"):
            services.placement_create(household=hh, accommodation=acc, actor=None)

    def test_refuses_a_second_current_placement(self):
        hh, _ = f.family()
        services.placement_create(household=hh, accommodation=hotel(), actor=None)
        with pytest.raises(services.PlacementConflict, match="already placed"):
            services.placement_create(household=hh, accommodation=hotel(name="Other"), actor=None)

    def test_ending_a_placement_frees_the_room(self):
        hh, _ = f.family()
        acc = hotel(capacity=4)
        p = services.placement_create(household=hh, accommodation=acc, actor=None)
        services.placement_end(placement=p, actor=None, reason="moved to relatives")
        assert selectors.accommodations_with_occupancy().get(pk=acc.pk).occupied == 0


class TestSuggestions:
    def test_a_suggestion_places_nothing_until_applied_and_never_overfills(self, cast):
        for _ in range(6):
            f.family(adults=2, children=2)
        vulnerable, regs = f.family(adults=1, children=2, female_head=True)
        acc = hotel(capacity=9)
        suggestion = services.placement_suggest(actor=cast["data_officer"])
        assert Placement.objects.count() == 0
        assert suggestion.lp_bound >= suggestion.objective >= suggestion.greedy_objective
        households = set(suggestion.items.values_list("household_id", flat=True))
        assert vulnerable.pk in households
        result = services.placement_suggestion_apply(
            suggestion=suggestion, actor=cast["data_officer"]
        )
        assert result.placed == len(households)
        assert selectors.accommodations_with_occupancy().get(pk=acc.pk).occupied <= 9
        suggestion.refresh_from_db()
        assert suggestion.status == PlacementSuggestion.Status.APPLIED
        with pytest.raises(services.Conflict):
            services.placement_suggestion_apply(suggestion=suggestion, actor=None)

    def test_apply_skips_what_changed_since_the_suggestion(self):
        hh, _ = f.family(adults=2, children=2)
        acc = hotel(capacity=4)
        suggestion = services.placement_suggest(actor=None)
        services.placement_create(household=hh, accommodation=acc, actor=None)
        result = services.placement_suggestion_apply(suggestion=suggestion, actor=None)
        assert (result.placed, result.skipped) == (0, 1)

    def test_a_duplicate_household_is_proposed_once(self):
        hh1, regs = f.family(adults=1, children=1)
        hh2 = f.household()
        for r in regs:
            f.registration(household=hh2, person=f.person_of(r), birth_date=r.birth_date)
        hotel(capacity=20)
        suggestion = services.placement_suggest(actor=None)
        assert list(suggestion.items.values_list("household_id", flat=True)) == [hh1.pk]


def test_demo_accommodations_cover_the_provinces_and_are_seeded_once():
    for _ in range(3):
        f.family()
    created = services.accommodations_seed_demo(count=60, persons=1000)
    assert len(created) == 60
    assert Accommodation.objects.values("province").distinct().count() > 5
    assert services.accommodations_seed_demo(count=60) == []
