"""Re-linking the registry with the real engine: persons found, reviewers' decisions win."""

from __future__ import annotations

from collections import defaultdict

import pytest

from refuge.linkage import evaluate
from refuge.registry import services
from refuge.registry.importing import registration_import_file
from refuge.registry.linking import registry_relink
from refuge.registry.models import Link, LinkageRun, LinkEvent, Person, Registration
from refuge.synth import generate, write_registry
from tests.registry.factories import person, register


@pytest.fixture
def synth_registry(tmp_path, db):
    registry = generate(people=400, seed=7)
    records, truth = write_registry(registry, tmp_path)
    registration_import_file(path=records, source="synth")
    return registry


def predicted_persons() -> dict[str, str]:
    return {
        record_id: str(person_id)
        for record_id, person_id in Link.objects.values_list("registration__record_id", "person_id")
    }


def test_full_relink_turns_duplicate_registrations_into_persons(synth_registry):
    summary = registry_relink(full=True)
    scores = evaluate(synth_registry.truth, predicted_persons())
    assert summary.mode == "full"
    assert summary.registrations == Registration.objects.count()
    assert scores["precision"] >= 0.97 and scores["recall"] >= 0.85, scores
    live = Person.objects.filter(dissolved_at__isnull=True).count()
    assert live == Link.objects.values("person").distinct().count()
    run = LinkageRun.objects.get()
    assert run.config, "the fitted model is stored with the run"
    moved = Link.objects.filter(event=run.event)
    assert moved.count() == summary.moved > 0
    link = moved.first()
    assert link.method == "model" and link.decided_by is None
    assert abs((link.decided_at - run.finished_at).total_seconds()) < 60


def test_a_second_run_with_nothing_new_moves_nothing(synth_registry):
    registry_relink(full=True)
    before = predicted_persons()
    again = registry_relink(full=True)
    assert again.moved == 0
    assert predicted_persons() == before


def test_incremental_relink_only_runs_when_there_is_something_new(synth_registry):
    registry_relink(full=True)
    assert registry_relink().registrations == 0
    first = Registration.objects.order_by("id").first()
    extra = register(
        first.site,
        given_name=first.given_name,
        family_name=first.family_name,
        birth_date=first.birth_date,
        phone=first.phone,
        origin=first.origin,
    )
    summary = registry_relink()
    assert summary.mode == "incremental"
    assert person(extra) == person(first)


def test_a_reviewers_split_survives_every_later_full_relink(synth_registry):
    registry_relink(full=True)
    groups: dict[int, list[Registration]] = defaultdict(list)
    for link in Link.objects.select_related("registration"):
        groups[link.person_id].append(link.registration)
    pid, regs = next((pid, regs) for pid, regs in groups.items() if len(regs) >= 2)
    event = services.person_split(
        person=Person.objects.get(pk=pid), registrations=regs[1:], actor=None, reason="two cousins"
    )
    registry_relink(full=True)
    assert person(regs[0]) != person(regs[1])
    services.link_event_undo(event=event, actor=None)
    registry_relink(full=True)
    assert person(regs[0]) == person(regs[1])


def test_a_reviewers_merge_survives_every_later_full_relink(site):
    a = register(site, given_name="Armen", family_name="Sargsyan", birth_date="1950-01-01")
    b = register(site, given_name="Gayane", family_name="Petrosyan", birth_date="1991-07-30")
    services.person_merge(keep=person(a), absorb=person(b), actor=None, reason="same passport")
    registry_relink(full=True)
    assert person(a) == person(b)
    assert LinkEvent.objects.filter(kind="relink").exists()


def test_a_full_relink_retires_review_items_the_model_no_longer_doubts(site):
    from refuge.registry.models import ReviewItem

    a = register(site, given_name="Armen", family_name="Sargsyan", birth_date="1950-01-01")
    b = register(site, given_name="Gayane", family_name="Petrosyan", birth_date="1991-07-30")
    c = register(site, given_name="Narek", family_name="Vardanyan", birth_date="2001-03-03")
    settled = ReviewItem.objects.create(
        left=a, right=b, score=3, probability=0.8, contributions={}, levels={}
    )
    deferred = ReviewItem.objects.create(
        left=a, right=c, score=3, probability=0.8, contributions={}, levels={}, status="deferred"
    )
    registry_relink(full=True)
    settled.refresh_from_db()
    deferred.refresh_from_db()
    assert settled.status == "stale"  # three unrelated people: nothing left to doubt
    assert deferred.status == "deferred"  # a reviewer's deferral waits for the reviewer
    assert ReviewItem.objects.count() == 2  # kept, never deleted
