"""Writes of assistance: vulnerabilities, programmes, the distribution ledger, follow-ups of
possible overpayments, and audited exports.

Every function writes its audit entry in the same transaction as the change. The ledger is
append-only: ``distribution_record`` adds a payment, ``distribution_reverse`` adds a reversal;
nothing updates or deletes a ``Distribution``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from refuge.accounts.models import User
from refuge.accounts.services import audit_record
from refuge.assistance import rules as R
from refuge.assistance import selectors
from refuge.assistance.models import (
    Category,
    Distribution,
    EligibilityRule,
    Overpayment,
    OverpaymentFlag,
    Programme,
    Vulnerability,
)
from refuge.core.errors import ApplicationError, Conflict, NotFound
from refuge.registry.models import HouseholdMember, Link, Registration, Site

# Messages (tests import these), marked for translation and translated where they are raised,
# in the language of the request: a clerk at a Goris desk reads the refusal in Armenian.
ALREADY_PAID = gettext_noop(
    "Refused: {programme} for {period} was already given to this {unit} on {day} at {site} "
    "(registration {record}). A second payment of the same entitlement is not allowed."
)
ALREADY_PAID_CONCURRENT = gettext_noop(
    "Refused: {programme} for {period} was given to this {unit} a moment ago at another desk. "
    "A second payment of the same entitlement is not allowed."
)
NOT_ELIGIBLE = gettext_noop("Refused: not eligible for {programme}: {reason}.")
NOT_RUNNING = gettext_noop("Refused: {programme} is not running on {day}.")
NO_PERSON = gettext_noop("Refused: registration {record} is not linked to a person.")
ALREADY_REVERSED = gettext_noop("This payment has already been reversed.")
ONLY_PAYMENTS = gettext_noop("Only a payment can be reversed.")
UNKNOWN_CATEGORY = gettext_noop("Unknown vulnerability category {category!r}.")


def _unit_word(household: bool) -> str:
    return str(_("household") if household else _("person"))


def _period_words(period: str) -> str:
    return str(_("good (one-off)")) if period == "once" else period


NEEDS_CODES = {c.value for c in Category}


class DistributionRefused(Conflict):
    """The ledger refused a distribution; ``code`` says why (already_paid, not_eligible, ...)."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


def _actor(actor: User | None) -> User | None:
    return actor if actor is not None and actor.pk else None


# --- vulnerabilities -------------------------------------------------------------------------


@transaction.atomic
def vulnerability_note(
    *,
    registration: Registration,
    category: str,
    actor: User | None,
    source: str = Vulnerability.Source.ASSESSED,
    note: str = "",
) -> Vulnerability:
    """Note a need of the person behind ``registration`` (idempotent while it is open)."""
    if category not in NEEDS_CODES:
        raise ApplicationError(_(UNKNOWN_CATEGORY).format(category=category))
    existing = Vulnerability.objects.filter(
        registration=registration, category=category, source=source, ended_at__isnull=True
    ).first()
    if existing:
        return existing
    vulnerability = Vulnerability(
        registration=registration,
        category=category,
        source=source,
        note=note,
        noted_by=_actor(actor),
    )
    vulnerability.full_clean()
    vulnerability.save()
    audit_record(
        actor=actor,
        action="vulnerability.note",
        target=vulnerability,
        data={"registration": registration.pk, "category": category, "source": source},
    )
    return vulnerability


@transaction.atomic
def vulnerability_end(
    *, vulnerability: Vulnerability, actor: User | None, reason: str = ""
) -> None:
    """A need no longer applies (a pregnancy ended): the row stays, with ``ended_at``."""
    if vulnerability.ended_at is not None:
        return
    vulnerability.ended_at = timezone.now()
    vulnerability.ended_by = _actor(actor)
    vulnerability.save(update_fields=["ended_at", "ended_by"])
    audit_record(actor=actor, action="vulnerability.end", target=vulnerability, reason=reason)


@transaction.atomic
def vulnerabilities_derive_from_registrations(*, actor: User | None = None) -> dict[str, int]:
    """Turn the ``needs`` column of imported registrations (``extra["needs"]``, codes separated
    by ``;``) into self-declared vulnerabilities. Rerunnable: existing ones are skipped.

    Age-based needs (60+ living alone) and household flags are not stored: they are derived
    whenever facts are read, so they follow births, merges and household changes.
    """
    existing = set(
        Vulnerability.objects.filter(
            source=Vulnerability.Source.SELF_DECLARED, ended_at__isnull=True
        ).values_list("registration_id", "category")
    )
    new: list[Vulnerability] = []
    unknown = 0
    rows = Registration.objects.filter(extra__has_key="needs").values_list("id", "extra")
    for registration_id, extra in rows.iterator(chunk_size=2000):
        raw = str((extra or {}).get("needs") or "")
        for code in {c.strip().lower() for c in raw.replace(",", ";").split(";") if c.strip()}:
            if code not in NEEDS_CODES:
                unknown += 1
                continue
            if (registration_id, code) in existing:
                continue
            existing.add((registration_id, code))
            new.append(
                Vulnerability(
                    registration_id=registration_id,
                    category=code,
                    source=Vulnerability.Source.SELF_DECLARED,
                    noted_by=_actor(actor),
                )
            )
    Vulnerability.objects.bulk_create(new, batch_size=2000)
    result = {"created": len(new), "unknown_codes": unknown}
    audit_record(
        actor=actor,
        action="vulnerability.derive",
        target=("assistance.vulnerability", "*"),
        data=result,
    )
    return result


# --- programmes ----------------------------------------------------------------------------


DEFAULT_PROGRAMMES: list[dict[str, Any]] = [
    {
        "code": "cash-100k",
        "name": "One-off support, 100,000 AMD per person",
        "description": "The Government of Armenia's one-off support to each person displaced "
        "from Nagorno-Karabakh in September 2023.",
        "kind": "cash",
        "unit": "person",
        "frequency": "once",
        "amount": Decimal(100_000),
        "rules": [],
    },
    {
        "code": "housing-50k",
        "name": "Housing allowance, 50,000 AMD per household per month",
        "kind": "cash",
        "unit": "household",
        "frequency": "monthly",
        "amount": Decimal(50_000),
        "rules": [],
    },
    {
        "code": "food-parcel",
        "name": "Food parcel per household every fortnight",
        "kind": "in_kind",
        "unit": "household",
        "frequency": "fortnightly",
        "item": "food parcel",
        "quantity": 1,
        "rules": [],
    },
    {
        "code": "hygiene-kit",
        "name": "Hygiene kit, once per household",
        "kind": "in_kind",
        "unit": "household",
        "frequency": "once",
        "item": "hygiene kit",
        "quantity": 1,
        "rules": [],
    },
    {
        "code": "winter-kit",
        "name": "Winter kit for households with children or older people",
        "kind": "in_kind",
        "unit": "household",
        "frequency": "once",
        "item": "winter kit",
        "quantity": 1,
        "rules": [
            {"group": 0, "field": "children_in_household", "operator": "gte", "value": "1"},
            {"group": 1, "field": "older_in_household", "operator": "gte", "value": "1"},
        ],
    },
    {
        "code": "vulnerable-top-up",
        "name": "Top-up for vulnerable persons, 20,000 AMD once",
        "kind": "cash",
        "unit": "person",
        "frequency": "once",
        "amount": Decimal(20_000),
        "rules": [
            {
                "group": 0,
                "field": "vulnerability",
                "operator": "in",
                "value": "older_alone,unaccompanied_child,separated_child,disability,"
                "serious_medical,pregnant,lactating",
            }
        ],
    },
]


@transaction.atomic
def programme_create(
    *,
    code: str,
    name: str,
    kind: str,
    unit: str,
    frequency: str,
    actor: User | None,
    starts_on: date,
    rules: Iterable[dict[str, Any]] = (),
    **fields: Any,
) -> Programme:
    programme = Programme(
        code=code,
        name=name,
        kind=kind,
        unit=unit,
        frequency=frequency,
        starts_on=starts_on,
        **fields,
    )
    programme.full_clean()
    programme.save()
    for rule in rules:
        row = EligibilityRule(programme=programme, **rule)
        row.full_clean()
        row.save()
    audit_record(actor=actor, action="programme.create", target=programme, data={"code": code})
    return programme


@transaction.atomic
def programmes_seed_defaults(*, actor: User | None = None) -> list[Programme]:
    """The demo's programmes (rerunnable: existing codes are left as an admin edited them)."""
    created = []
    for spec in DEFAULT_PROGRAMMES:
        if Programme.objects.filter(code=spec["code"]).exists():
            continue
        created.append(programme_create(actor=actor, starts_on=date(2023, 9, 25), **dict(spec)))
    return created


# --- the ledger ------------------------------------------------------------------------------


def _refusal_for(existing: Distribution, programme: Programme, period: str) -> DistributionRefused:
    return DistributionRefused(
        _(ALREADY_PAID).format(
            programme=programme.code,
            period=_period_words(period),
            unit=_unit_word(programme.unit == Programme.Unit.HOUSEHOLD),
            day=existing.distributed_on.isoformat(),
            site=existing.site.name,
            record=existing.registration.record_id,
        ),
        code="already_paid",
    )


@transaction.atomic
def distribution_record(
    *,
    registration: Registration,
    programme: Programme,
    site: Site,
    distributed_on: date,
    actor: User | None,
    amount: Decimal | None = None,
    quantity: int | None = None,
    item: str = "",
    channel: str = Distribution.Channel.DESK,
    import_key: str = "",
    reason: str = "",
) -> Distribution:
    """Record one payment or in-kind distribution against the registration presented.

    The registration is resolved to its *current* person (and that person's household), so a
    second payment under another spelling or at another site is refused as soon as the two
    registrations are linked. The check reads the ledger first for a readable message; the
    unique constraint decides when two desks pay at the same moment (the loser's insert fails
    and gets the same refusal). ``amount``/``quantity`` default to the entitlement.
    """
    link = Link.objects.select_related("person").filter(registration=registration).first()
    if link is None:
        raise DistributionRefused(
            _(NO_PERSON).format(record=registration.record_id), code="no_person"
        )
    person = link.person
    if not selectors.programme_running(programme, distributed_on):
        raise DistributionRefused(
            _(NOT_RUNNING).format(programme=programme.code, day=distributed_on.isoformat()),
            code="not_running",
        )
    view = selectors.person_facts(on=distributed_on, person_ids=[person.pk])[person.pk]
    terms, rules = selectors.programme_terms(programme)
    ent = R.entitlement(terms, rules, view.facts)
    if not ent.eligible:
        raise DistributionRefused(
            _(NOT_ELIGIBLE).format(programme=programme.code, reason=ent.reason),
            code="not_eligible",
        )
    period = R.period_key(programme.frequency, distributed_on)
    household_id = view.facts.household_id if programme.unit == Programme.Unit.HOUSEHOLD else None

    # 1. A readable refusal if this entitlement is already paid to whoever the registration
    #    now resolves to (any of the person's registrations; for a household, any member's).
    same = selectors.active_payments().filter(programme=programme, period_key=period)
    if household_id is None:
        same = same.filter(registration__link__person=person)
    else:
        members = HouseholdMember.objects.filter(household_id=household_id).values(
            "registration__link__person_id"
        )
        same = same.filter(
            Q(registration__link__person_id__in=members) | Q(household_id=household_id)
        )
    existing = same.select_related("site", "registration").order_by("id").first()
    if existing is not None:
        raise _refusal_for(existing, programme, period)

    # 2. The round: how many payments of this entitlement were reversed (see the model).
    scope: dict[str, object] = (
        {"household_id": household_id} if household_id else {"person": person}
    )
    entitlement_round = Distribution.objects.filter(
        programme=programme,
        period_key=period,
        kind=Distribution.Kind.PAYMENT,
        reversal__isnull=False,
        **scope,
    ).count()
    if programme.kind == Programme.Kind.CASH:
        amount = ent.amount if amount is None else amount
        quantity = 1
    else:
        amount = None
        quantity = ent.quantity if quantity is None else quantity
    if quantity is None or quantity <= 0 or (amount is not None and amount <= 0):
        raise DistributionRefused("Refused: amount and quantity must be positive.", code="bad")
    distribution = Distribution(
        kind=Distribution.Kind.PAYMENT,
        programme=programme,
        unit=programme.unit,
        period_key=period,
        entitlement_round=entitlement_round,
        registration=registration,
        person=person,
        household_id=household_id,
        amount=amount,
        currency=programme.currency if programme.kind == Programme.Kind.CASH else "",
        item=item or programme.item or ("cash" if programme.kind == Programme.Kind.CASH else ""),
        quantity=quantity,
        site=site,
        distributed_on=distributed_on,
        recorded_by=_actor(actor),
        channel=channel,
        import_key=import_key,
        reason=reason,
    )
    try:
        with transaction.atomic():
            distribution.save()
    except IntegrityError as exc:
        if import_key and Distribution.objects.filter(import_key=import_key).exists():
            raise DistributionRefused(
                "This row was already recorded.", code="duplicate_row"
            ) from exc
        raise DistributionRefused(
            _(ALREADY_PAID_CONCURRENT).format(
                programme=programme.code,
                period=_period_words(period),
                unit=_unit_word(bool(household_id)),
            ),
            code="already_paid",
        ) from exc
    audit_record(
        actor=actor,
        action="distribution.record",
        target=distribution,
        reason=reason,
        data={
            "programme": programme.code,
            "period": period,
            "person": person.pk,
            "household": household_id,
            "registration": registration.pk,
            "site": site.pk,
            "channel": channel,
        },
    )
    return distribution


@transaction.atomic
def distribution_reverse(
    *, distribution: Distribution, actor: User | None, reason: str
) -> Distribution:
    """Cancel a payment by a reversing entry; the payment row is left as it was. The
    entitlement is free again (the next payment takes the next ``entitlement_round``)."""
    if distribution.kind != Distribution.Kind.PAYMENT:
        raise ApplicationError(_(ONLY_PAYMENTS))
    if not reason.strip():
        raise ApplicationError("A reversal needs a reason.")
    if Distribution.objects.filter(reverses=distribution).exists():
        raise Conflict(_(ALREADY_REVERSED))
    reversal = Distribution(
        kind=Distribution.Kind.REVERSAL,
        programme=distribution.programme,
        unit=distribution.unit,
        period_key=distribution.period_key,
        entitlement_round=distribution.entitlement_round,
        registration=distribution.registration,
        person=distribution.person,
        household=distribution.household,
        amount=distribution.amount,
        currency=distribution.currency,
        item=distribution.item,
        quantity=distribution.quantity,
        site=distribution.site,
        distributed_on=timezone.localdate(),
        recorded_by=_actor(actor),
        channel=Distribution.Channel.DESK,
        reverses=distribution,
        reason=reason,
    )
    try:
        with transaction.atomic():
            reversal.save()
    except IntegrityError as exc:
        raise Conflict(_(ALREADY_REVERSED)) from exc
    audit_record(
        actor=actor,
        action="distribution.reverse",
        target=reversal,
        reason=reason,
        data={"reverses": distribution.pk},
    )
    return reversal


# --- importing lists from offline sites ----------------------------------------------------------

IMPORT_COLUMNS = ("record_id", "programme", "item", "quantity", "date", "site")


@dataclass
class ImportResult:
    recorded: int = 0
    refused: int = 0
    already_recorded: int = 0
    rejects_path: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "recorded": self.recorded,
            "refused": self.refused,
            "already_recorded": self.already_recorded,
            "rejects": self.rejects_path,
        }


def registration_for_record(record_id: str, source: str = "") -> Registration:
    """The registration a desk or a list names by ``record_id`` (and ``source`` if several)."""
    qs = Registration.objects.filter(record_id=record_id)
    if source:
        qs = qs.filter(source=source)
    found = list(qs.select_related("link")[:5])
    if not found:
        raise ApplicationError(f"no registration with record_id {record_id!r}")
    persons = {getattr(r, "link", None) and r.link.person_id for r in found}
    if len(found) > 1 and len(persons) > 1:
        raise ApplicationError(
            f"record_id {record_id!r} names registrations of different persons; add a source"
        )
    return found[0]


def distributions_import_file(
    *, path: Path, actor: User | None, rejects_path: Path | None = None
) -> ImportResult:
    """Record a distribution list handed back by an offline site.

    CSV columns: ``record_id`` (of any registration of the person), ``programme`` (code),
    ``item``, ``quantity`` (the amount in the programme's currency for cash), ``date``
    (YYYY-MM-DD), ``site``; optional ``source``. Each row goes through ``distribution_record``
    in its own transaction, so a refused row never blocks the others. Refused rows go to the
    rejects file with their line and reason.

    Re-importing a file records nothing new: each row's ``import_key`` (a hash of its content
    and of how many identical rows came before it in the file) is unique in the ledger.
    """
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in IMPORT_COLUMNS if c not in header]
    if missing:
        raise ApplicationError(
            "Not a distribution list: missing column(s) "
            + ", ".join(missing)
            + "; expected "
            + ",".join(IMPORT_COLUMNS)
        )
    rejects_path = rejects_path or path.with_name(path.stem + ".rejects.csv")
    result = ImportResult(rejects_path=str(rejects_path))
    rejects: list[dict[str, str]] = []
    programmes = {p.code: p for p in Programme.objects.all()}
    sites = {s.name.casefold(): s for s in Site.objects.all()}
    seen: dict[str, int] = {}
    for line, row in enumerate(reader, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        content = "|".join(row.get(c, "") for c in (*IMPORT_COLUMNS, "source"))
        occurrence = seen.get(content, 0)
        seen[content] = occurrence + 1
        key = hashlib.sha256(f"{content}#{occurrence}".encode()).hexdigest()
        if Distribution.objects.filter(import_key=key).exists():
            result.already_recorded += 1
            continue
        try:
            programme = programmes.get(row["programme"])
            if programme is None:
                raise ApplicationError(f"unknown programme {row['programme']!r}")
            site = sites.get(row["site"].casefold())
            if site is None:
                raise ApplicationError(f"unknown site {row['site']!r}")
            try:
                day = date.fromisoformat(row["date"])
            except ValueError as exc:
                raise ApplicationError(f"date {row['date']!r} is not YYYY-MM-DD") from exc
            amount: Decimal | None = None
            quantity: int | None = None
            if row["quantity"]:
                try:
                    number = Decimal(row["quantity"])
                except InvalidOperation as exc:
                    raise ApplicationError(f"quantity {row['quantity']!r} is not a number") from exc
                if programme.kind == Programme.Kind.CASH:
                    amount = number
                else:
                    quantity = int(number)
            registration = registration_for_record(row["record_id"], row.get("source", ""))
            distribution_record(
                registration=registration,
                programme=programme,
                site=site,
                distributed_on=day,
                actor=actor,
                amount=amount,
                quantity=quantity,
                item=row["item"],
                channel=Distribution.Channel.IMPORT,
                import_key=key,
                reason=f"imported from {path.name} line {line}",
            )
            result.recorded += 1
        except DistributionRefused as exc:
            if exc.code == "duplicate_row":
                result.already_recorded += 1
                continue
            result.refused += 1
            rejects.append({"line": str(line), **row, "reason": exc.message})
        except ApplicationError as exc:
            result.refused += 1
            rejects.append({"line": str(line), **row, "reason": exc.message})
    if rejects:
        columns = ["line", *header, "reason"]
        with rejects_path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rejects)
    with transaction.atomic():
        audit_record(
            actor=actor,
            action="distribution.import",
            target=("assistance.distribution_list", hashlib.sha256(raw).hexdigest()[:16]),
            data={
                "file": path.name,
                **{k: v for k, v in result.as_dict().items() if k != "rejects"},
            },
        )
    return result


# --- possible overpayments -------------------------------------------------------------------


@transaction.atomic
def overpayments_flag(*, actor: User | None) -> int:
    """Open a follow-up for every possible overpayment that has none yet; add newly joined
    payments to existing ones. Returns how many follow-ups were opened. Rerunnable."""
    opened = 0
    for found in selectors.possible_overpayments():
        flag = found.flag
        if flag is None:
            flag = Overpayment.objects.create(
                key=found.key, programme=found.programme, period_key=found.period_key
            )
            opened += 1
            audit_record(
                actor=actor,
                action="overpayment.flag",
                target=flag,
                data={"distributions": [d.pk for d in found.distributions]},
            )
        flag.distributions.add(*found.distributions)
    return opened


@transaction.atomic
def overpayment_update(
    *, overpayment: Overpayment, status: str, note: str, actor: User | None
) -> Overpayment:
    if status not in OverpaymentFlag.values:
        raise ApplicationError(f"Unknown status {status!r}.")
    overpayment.status = status
    overpayment.note = note
    overpayment.updated_by = _actor(actor)
    overpayment.save(update_fields=["status", "note", "updated_by", "updated_at"])
    audit_record(
        actor=actor,
        action="overpayment.update",
        target=overpayment,
        reason=note,
        data={"status": status},
    )
    return overpayment


def overpayment_get(pk: int) -> Overpayment:
    found = Overpayment.objects.filter(pk=pk).first()
    if found is None:
        raise NotFound("No such follow-up.")
    return found


# --- exports ---------------------------------------------------------------------------------

EXPORT_COLUMNS = [
    "person_id",
    "record_ids",
    "given_name",
    "family_name",
    "birth_year",
    "sex",
    "site",
    "household_ref",
    "household_size",
    "programme",
    "period",
    "amount",
    "currency",
    "item",
    "quantity",
    "status",
]


def _safe(value: Any) -> Any:
    """Neutralise spreadsheet formulas in text cells (a name starting with = or +)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


@transaction.atomic
def coverage_export(
    *,
    programme: Programme,
    on: date,
    site: Site | None,
    status: str,
    fmt: str,
    actor: User | None,
) -> tuple[str, str, bytes]:
    """A distribution list for a partner: who is eligible for ``programme`` (``status``
    ``unpaid``: only those not yet reached; ``all``: everyone eligible). Audited; the file
    leaves the process only after this transaction commits (the view sends it)."""
    if fmt not in {"csv", "xlsx"}:
        raise ApplicationError("Format must be csv or xlsx.")
    entries = selectors.coverage_entries(on=on, programmes=[programme], site=site)
    if status == "unpaid":
        entries = [e for e in entries if not e.reached]
    sites = {s.pk: s.name for s in Site.objects.all()}
    rows = [
        [
            e.view.person_id,
            ";".join(e.view.record_ids),
            e.view.given_name,
            e.view.family_name,
            e.view.birth_year or "",
            e.view.facts.sex,
            sites.get(e.view.site_id or 0, ""),
            e.view.household_ref,
            e.household_size,
            programme.code,
            e.period_key,
            str(e.amount) if e.amount is not None else "",
            programme.currency if programme.kind == Programme.Kind.CASH else "",
            programme.item,
            e.quantity,
            "reached" if e.reached else "not reached",
        ]
        for e in sorted(entries, key=lambda e: (e.view.family_name, e.view.given_name))
    ]
    stem = f"{programme.code}-{(site.name if site else 'all-sites').lower()}-{on.isoformat()}"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(EXPORT_COLUMNS)
        writer.writerows([[_safe(v) for v in row] for row in rows])
        content = buffer.getvalue().encode("utf-8-sig")
        content_type = "text/csv; charset=utf-8"
    else:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet(programme.code[:31])
        sheet.append(EXPORT_COLUMNS)
        for row in rows:
            sheet.append([_safe(v) for v in row])
        out = io.BytesIO()
        book.save(out)
        content = out.getvalue()
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    audit_record(
        actor=actor,
        action="assistance.export",
        target=programme,
        data={
            "format": fmt,
            "site": site.pk if site else None,
            "status": status,
            "rows": len(rows),
            "on": on.isoformat(),
        },
    )
    return f"{stem}.{fmt}", content_type, content


@transaction.atomic
def priority_export(*, site: Site | None, on: date, category: str, actor: User | None) -> bytes:
    """The priority list as CSV (audited)."""
    views = selectors.priority_list(site=site, on=on, category=category)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        [
            "person_id",
            "record_ids",
            "given_name",
            "family_name",
            "birth_year",
            "sex",
            "household_ref",
            "household_size",
            "priority",
            "categories",
        ]
    )
    for v in views:
        writer.writerow(
            [
                _safe(x)
                for x in [
                    v.person_id,
                    ";".join(v.record_ids),
                    v.given_name,
                    v.family_name,
                    v.birth_year or "",
                    v.facts.sex,
                    v.household_ref,
                    v.facts.household_size,
                    v.facts.priority,
                    ";".join(v.categories),
                ]
            ]
        )
    audit_record(
        actor=actor,
        action="assistance.priority_export",
        target=("registry.site", site.pk if site else "*"),
        data={"rows": len(views), "category": category or None},
    )
    return buffer.getvalue().encode("utf-8-sig")


def default_day() -> date:
    return timezone.localdate()


def json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)
