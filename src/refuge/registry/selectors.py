"""Reads of the registry. Pages, the API and commands call these, not the ORM directly."""

from __future__ import annotations

from django.db.models import QuerySet

from refuge.registry.models import (
    LinkageRun,
    LinkEvent,
    PairDecision,
    Person,
    Registration,
    ReviewItem,
)


def person_registrations(person: Person) -> QuerySet[Registration]:
    return (
        Registration.objects.filter(link__person=person)
        .select_related("site", "link", "link__decided_by")
        .order_by("registered_on", "id")
    )


def person_of_registration(registration: Registration) -> Person:
    return Person.objects.get(links__registration=registration)


def person_history(person: Person) -> QuerySet[LinkEvent]:
    """Every link event that moved a registration to or from this person, newest first."""
    return person.events.select_related("actor", "undone_by").order_by("-at", "-id")


def active_decisions() -> QuerySet[PairDecision]:
    return PairDecision.objects.filter(revoked_by__isnull=True)


def review_queue(*, include_deferred: bool = False) -> QuerySet[ReviewItem]:
    statuses = [ReviewItem.Status.OPEN]
    if include_deferred:
        statuses.append(ReviewItem.Status.DEFERRED)
    return ReviewItem.objects.filter(status__in=statuses).select_related(
        "left", "right", "left__link", "right__link"
    )


def last_linkage_run() -> LinkageRun | None:
    return LinkageRun.objects.filter(finished_at__isnull=False).first()
