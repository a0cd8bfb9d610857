"""The distribution ledger: one payment per entitlement, across spellings and sites, with
reversals, merges and splits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from refuge.accounts.models import AuditEntry
from refuge.assistance import selectors, services
from refuge.assistance.models import Distribution, Overpayment
from refuge.registry.services import person_merge, person_split
from tests.assistance import factories as f

pytestmark = pytest.mark.django_db
DAY = f.DAY


def pay(reg, programme, at=None, day=DAY, actor=None, **kw):
    return services.distribution_record(
        registration=reg,
        programme=programme,
        site=at or reg.site,
        distributed_on=day,
        actor=actor,
        **kw,
    )


class TestDistributionRecord:
    def test_records_the_entitled_amount_with_who_where_when_and_an_audit_entry(self, cast):
        p = f.programmes()
        reg = f.registration()
        d = pay(reg, p["cash-100k"], actor=cast["registrar_goris"])
        assert d.amount == Decimal(100_000) and d.currency == "AMD"
        assert d.person == f.person_of(reg) and d.period_key == "once"
        assert d.recorded_by == cast["registrar_goris"] and d.site.name == "Goris"
        assert AuditEntry.objects.filter(action="distribution.record", object_id=str(d.pk)).exists()

    def test_refuses_a_second_payment_to_the_same_registration(self):
        p = f.programmes()
        reg = f.registration()
        pay(reg, p["cash-100k"])
        with pytest.raises(services.DistributionRefused, match="already given to this person"):
            pay(reg, p["cash-100k"])
        assert Distribution.objects.count() == 1

    def test_refuses_a_second_payment_under_another_spelling_at_another_site(self):
        p = f.programmes()
        goris = f.registration(given_name="Hovhannes", family_name="Hakobyan")
        yerevan = f.registration(
            given_name="Ованес",
            family_name="Акопян",
            at=f.site("Yerevan-1", "Yerevan"),
            person=f.person_of(goris),
        )
        pay(goris, p["cash-100k"])
        with pytest.raises(services.DistributionRefused) as refused:
            pay(yerevan, p["cash-100k"])
        assert refused.value.code == "already_paid"
        assert "at Goris" in refused.value.message and goris.record_id in refused.value.message

    def test_a_monthly_allowance_is_paid_once_per_month(self):
        p = f.programmes()
        hh, regs = f.family()
        pay(regs[0], p["housing-50k"], day=date(2023, 10, 3))
        with pytest.raises(services.DistributionRefused):
            pay(regs[0], p["housing-50k"], day=date(2023, 10, 30))
        november = pay(regs[0], p["housing-50k"], day=date(2023, 11, 1))
        assert november.period_key == "2023-11"

    def test_a_household_entitlement_is_refused_to_another_member(self):
        p = f.programmes()
        hh, regs = f.family()
        first = pay(regs[0], p["hygiene-kit"])
        assert first.household == hh
        with pytest.raises(services.DistributionRefused, match="this household"):
            pay(regs[2], p["hygiene-kit"])

    def test_a_household_registered_twice_is_one_household_once_members_are_linked(self):
        p = f.programmes()
        hh1, regs = f.family(at=f.site())
        yerevan = f.site("Yerevan-1", "Yerevan")
        hh2 = f.household(at=yerevan)
        again = f.registration(
            given_name="Adult0", at=yerevan, household=hh2, person=f.person_of(regs[0])
        )
        pay(regs[1], p["food-parcel"])
        with pytest.raises(services.DistributionRefused):
            pay(again, p["food-parcel"])

    def test_refuses_someone_not_eligible_with_the_rule_that_failed(self):
        p = f.programmes()
        hh, regs = f.family(children=0)
        with pytest.raises(services.DistributionRefused, match="not eligible for winter-kit"):
            pay(regs[0], p["winter-kit"])

    def test_refuses_a_programme_that_is_not_running(self):
        p = f.programmes()
        with pytest.raises(services.DistributionRefused, match="not running"):
            pay(f.registration(), p["cash-100k"], day=date(2023, 9, 1))

    def test_the_schema_itself_forbids_a_second_payment_of_one_entitlement(self):
        p = f.programmes()
        reg = f.registration()
        d = pay(reg, p["cash-100k"])
        d.pk = None
        with pytest.raises(IntegrityError), transaction.atomic():
            d.save()


class TestReversal:
    def test_a_reversal_frees_the_entitlement_and_keeps_the_original(self, cast):
        p = f.programmes()
        reg = f.registration()
        first = pay(reg, p["cash-100k"])
        reversal = services.distribution_reverse(
            distribution=first, actor=cast["data_officer"], reason="wrong amount"
        )
        assert reversal.reverses == first
        second = pay(reg, p["cash-100k"])
        assert second.entitlement_round == 1
        assert Distribution.objects.count() == 3
        first.refresh_from_db()
        assert first.kind == "payment"
        with pytest.raises(services.DistributionRefused):
            pay(reg, p["cash-100k"])

    def test_a_payment_cannot_be_reversed_twice(self, cast):
        p = f.programmes()
        first = pay(f.registration(), p["cash-100k"])
        services.distribution_reverse(distribution=first, actor=None, reason="x")
        with pytest.raises(services.Conflict, match=services.ALREADY_REVERSED):
            services.distribution_reverse(distribution=first, actor=None, reason="x")


class TestOverpaymentAfterMerge:
    def test_a_merge_of_two_paid_persons_is_flagged_and_nothing_is_deleted(self, cast):
        p = f.programmes()
        a = f.registration(given_name="Hovhannes")
        b = f.registration(given_name="Ovanes", at=f.site("Yerevan-1", "Yerevan"))
        pay(a, p["cash-100k"])
        pay(b, p["cash-100k"])
        assert selectors.possible_overpayments() == []
        person_merge(keep=f.person_of(a), absorb=f.person_of(b), actor=cast["data_officer"])
        found = selectors.possible_overpayments()
        assert len(found) == 1 and len(found[0].distributions) == 2
        assert found[0].total == Decimal(200_000)
        assert services.overpayments_flag(actor=cast["data_officer"]) == 1
        assert services.overpayments_flag(actor=cast["data_officer"]) == 0
        flag = Overpayment.objects.get()
        services.overpayment_update(
            overpayment=flag, status="recovered", note="returned", actor=cast["data_officer"]
        )
        assert Distribution.objects.count() == 2
        assert selectors.possible_overpayments()[0].flag.status == "recovered"

    def test_after_a_merge_a_third_payment_is_refused(self, cast):
        p = f.programmes()
        a, b = f.registration(), f.registration()
        pay(a, p["cash-100k"])
        person_merge(keep=f.person_of(b), absorb=f.person_of(a), actor=None)
        with pytest.raises(services.DistributionRefused):
            pay(b, p["cash-100k"])

    def test_a_split_keeps_every_entry_with_its_registration(self, cast):
        p = f.programmes()
        a = f.registration()
        b = f.registration(person=f.person_of(a))
        pay(a, p["cash-100k"])
        person_split(person=f.person_of(a), registrations=[b], actor=None)
        assert Distribution.objects.count() == 1
        assert selectors.person_distributions(person_id=f.person_of(a).pk).count() == 1
        assert selectors.person_distributions(person_id=f.person_of(b).pk).count() == 0
        pay(b, p["cash-100k"])  # now a different person, entitled in their own right
