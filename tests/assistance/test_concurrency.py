"""Two desks paying the same entitlement to the same person at the same moment end with
exactly one payment (PostgreSQL: real concurrent connections)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from refuge.assistance import services
from refuge.assistance.models import Distribution
from tests.assistance import factories as f


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_desks_at_once_make_exactly_one_payment():
    p = f.programmes()
    goris = f.registration(given_name="Hovhannes")
    yerevan = f.registration(
        given_name="Ованес", at=f.site("Yerevan-1", "Yerevan"), person=f.person_of(goris)
    )
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def desk(reg):
        try:
            barrier.wait(timeout=10)
            services.distribution_record(
                registration=reg,
                programme=p["cash-100k"],
                site=reg.site,
                distributed_on=f.DAY,
                actor=None,
            )
            outcomes.append("paid")
        except services.DistributionRefused as exc:
            outcomes.append(exc.code)
        finally:
            connection.close()

    for _ in range(5):  # several rounds, so the race is really exercised
        Distribution.objects.all().delete()
        outcomes.clear()
        barrier.reset()
        threads = [threading.Thread(target=desk, args=(r,)) for r in (goris, yerevan)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcomes) == ["already_paid", "paid"]
        assert Distribution.objects.count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_loser_of_a_race_past_the_check_is_stopped_by_the_constraint(monkeypatch):
    """Even when both desks pass the readable check, the database lets only one in."""
    from refuge.assistance import selectors

    p = f.programmes()
    reg = f.registration()
    real = selectors.active_payments
    monkeypatch.setattr(selectors, "active_payments", lambda: real().none())
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def desk():
        try:
            barrier.wait(timeout=10)
            services.distribution_record(
                registration=reg,
                programme=p["cash-100k"],
                site=reg.site,
                distributed_on=f.DAY,
                actor=None,
            )
            outcomes.append("paid")
        except services.DistributionRefused as exc:
            outcomes.append(exc.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["already_paid", "paid"]
    assert Distribution.objects.count() == 1
