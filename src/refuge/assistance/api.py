"""Assistance API: programmes, recording a distribution (for batch jobs and partner systems),
coverage counts and possible overpayments. Same services and role sets as the pages; each
operation publishes its roles as ``x-roles``."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema, Status

from refuge.accounts import roles
from refuge.assistance import selectors, services
from refuge.assistance.models import Distribution, Programme
from refuge.core.api import operation
from refuge.core.errors import ApplicationError
from refuge.registry.models import Site

router = Router(tags=["assistance"])
EVERYONE = roles.PERSON_READERS | roles.REPORT_READERS


class RuleOut(Schema):
    group: int
    field: str
    operator: str
    value: str


class ProgrammeOut(Schema):
    code: str
    name: str
    kind: str
    unit: str
    frequency: str
    formula: str
    amount: str | None
    amount_cap: str | None
    currency: str
    item: str
    quantity: int
    starts_on: date
    ends_on: date | None
    active: bool
    rules: list[RuleOut]
    rules_text: str


class DistributionIn(Schema):
    record_id: str
    source: str = ""
    programme: str
    site: str
    date: date
    quantity: Decimal | None = None


class DistributionOut(Schema):
    id: int
    programme: str
    period_key: str
    person_id: int
    household_id: int | None
    amount: Decimal | None
    currency: str
    item: str
    quantity: int
    site: str
    distributed_on: date


class ErrorOut(Schema):
    detail: str


class CoverageOut(Schema):
    site: str
    programme: str
    period_key: str
    eligible: int | None
    reached: int | None
    unreached: int | None


class OverpaymentOut(Schema):
    key: str
    programme: str
    period_key: str
    unit: str
    subject: int
    distribution_ids: list[int]
    status: str


@operation(router, "get", "/programmes", allowed=EVERYONE, response=list[ProgrammeOut])
def programmes(request: HttpRequest) -> list[dict[str, Any]]:
    return [selectors.programme_describe(p) for p in selectors.programme_list()]


@operation(
    router,
    "post",
    "/distributions",
    allowed=roles.REGISTRARS,
    response={201: DistributionOut, 400: ErrorOut, 404: ErrorOut, 409: ErrorOut},
)
def distribution_create(request: HttpRequest, payload: DistributionIn) -> Status[Any]:
    """Record a distribution; 409 with the reason when the ledger refuses it (already paid,
    not eligible, programme not running)."""
    programme = get_object_or_404(Programme, code=payload.programme)
    site = Site.objects.filter(name__iexact=payload.site).first()
    if site is None:
        raise ApplicationError(f"Unknown site {payload.site!r}.", status=404)
    registration = services.registration_for_record(payload.record_id, payload.source)
    cash = programme.kind == Programme.Kind.CASH
    d = services.distribution_record(
        registration=registration,
        programme=programme,
        site=site,
        distributed_on=payload.date,
        actor=request.user,  # type: ignore[arg-type]
        amount=payload.quantity if cash else None,
        quantity=int(payload.quantity) if payload.quantity is not None and not cash else None,
        channel=Distribution.Channel.API,
    )
    return Status(
        201,
        {
            "id": d.pk,
            "programme": programme.code,
            "period_key": d.period_key,
            "person_id": d.person_id,
            "household_id": d.household_id,
            "amount": d.amount,
            "currency": d.currency,
            "item": d.item,
            "quantity": d.quantity,
            "site": site.name,
            "distributed_on": d.distributed_on,
        },
    )


@operation(
    router,
    "get",
    "/coverage",
    allowed=roles.REPORT_READERS | roles.CASE_WORKERS,
    response=list[CoverageOut],
)
def coverage(request: HttpRequest, on: date | None = None) -> list[dict[str, Any]]:
    """Eligible, reached, not reached per site and programme; counts under 5 are suppressed
    (null) for roles that see aggregates only."""
    aggregate_only = not request.user.has_role(roles.CASE_WORKERS)  # type: ignore[union-attr]
    cells = selectors.coverage_summary(on=on or timezone.localdate(), suppress_small=aggregate_only)
    return [
        {
            "site": c.site,
            "programme": c.programme.code,
            "period_key": c.period_key,
            "eligible": c.eligible,
            "reached": c.reached,
            "unreached": c.unreached,
        }
        for c in cells
    ]


@operation(
    router, "get", "/overpayments", allowed=roles.DATA_OFFICERS, response=list[OverpaymentOut]
)
def overpayments(request: HttpRequest) -> list[dict[str, Any]]:
    return [
        {
            "key": o.key,
            "programme": o.programme.code,
            "period_key": o.period_key,
            "unit": o.unit,
            "subject": o.subject,
            "distribution_ids": [d.pk for d in o.distributions],
            "status": o.flag.status if o.flag else "unflagged",
        }
        for o in selectors.possible_overpayments()
    ]


class VulnerabilityIn(Schema):
    record_id: str
    source: str = ""
    category: str
    note: str = ""


class VulnerabilityOut(Schema):
    id: int
    registration_id: int
    category: str
    source: str


@operation(
    router,
    "post",
    "/vulnerabilities",
    allowed=roles.CASE_WORKERS,
    response={201: VulnerabilityOut, 400: ErrorOut},
)
def vulnerability_create(request: HttpRequest, payload: VulnerabilityIn) -> Status[Any]:
    """Note an assessed need of the person behind a registration (idempotent while open)."""
    registration = services.registration_for_record(payload.record_id, payload.source)
    v = services.vulnerability_note(
        registration=registration,
        category=payload.category,
        note=payload.note,
        actor=request.user,  # type: ignore[arg-type]
    )
    return Status(
        201,
        {
            "id": v.pk,
            "registration_id": v.registration_id,
            "category": v.category,
            "source": v.source,
        },
    )
