"""Writes of the registry: registering, merging, splitting, keeping apart, undoing.

Every function here changes links only through ``_move``, records a ``LinkEvent`` (who, when,
why, which registrations moved from which person to which) and an audit entry in the same
transaction. Reviewers' decisions are stored as ``PairDecision`` rows, which every later re-link
passes to the engine as must-link / cannot-link constraints, so a person's word wins.
"""

from __future__ import annotations

import itertools
import re
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone

from refuge.accounts.models import User
from refuge.accounts.services import audit_record
from refuge.core.errors import ApplicationError, Conflict
from refuge.registry.models import (
    NAME_KEY_LENGTH,
    Household,
    HouseholdMember,
    Link,
    LinkEvent,
    LinkMethod,
    PairDecision,
    Person,
    Registration,
    Relationship,
    ReviewItem,
    Site,
)

DESK_SOURCE = "desk"
SAME_PERSON = "These registrations already belong to one person."
NOT_UNDOABLE = "Only merges, splits, keep-apart decisions and desk links can be undone."
ALREADY_UNDONE = "This change has already been undone."
UNDO_STALE = "Later changes moved these registrations again; undo those first (newest first)."
SPLIT_NEEDS_REMAINDER = "A split must leave at least one registration with the person."
SPLIT_FOREIGN = "Every registration to split off must belong to this person."

_BIRTH_DATE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
# Decisions per split are (moved x staying); a person has a handful of registrations, but a
# runaway cluster must not write millions of rows.
MAX_SPLIT_DECISIONS = 2_500


# --- derived fields ----------------------------------------------------------------------


def derived_fields(
    *, given_name: str, family_name: str, birth_date: str, phone: str
) -> dict[str, Any]:
    """Search keys and parsed values stored beside the raw strings (never instead of them)."""
    from refuge.linkage import family_name_key, name_key, normalise_phone

    return {
        "family_key": family_name_key(family_name)[:NAME_KEY_LENGTH],
        "given_key": name_key(given_name)[:NAME_KEY_LENGTH],
        "birth_year": int(birth_date[:4]) if _BIRTH_DATE.match(birth_date) else None,
        "phone_e164": normalise_phone(phone) if phone else "",
    }


# --- sites ---------------------------------------------------------------------------------


def site_get_or_create(*, name: str) -> Site:
    """The site a clerk typed, ignoring case and extra spaces ("Goris", "GORIS ", "goris" are
    one site); the first spelling seen names it."""
    clean = " ".join(name.split())
    if not clean:
        raise ApplicationError("A site needs a name.")
    site = Site.objects.filter(name__iexact=clean).order_by("id").first()
    if site is None:
        site, _created = Site.objects.get_or_create(name=clean)
    return site


# --- the one place links change ----------------------------------------------------------


def _move(
    *,
    registration_ids: Iterable[int],
    to_person: Person,
    event: LinkEvent,
    method: str,
    actor: User | None,
    score: float | None = None,
) -> list[list[int]]:
    """Point the registrations at ``to_person``; returns ``[registration, from, to]`` moves.

    Persons left without registrations are dissolved (kept, with ``dissolved_at``), and a
    dissolved person that receives registrations again (an undo) comes back.
    """
    now = timezone.now()
    links = list(
        Link.objects.select_for_update().filter(registration_id__in=list(registration_ids))
    )
    moves = [
        [link.registration_id, link.person_id, to_person.pk]
        for link in links
        if link.person_id != to_person.pk
    ]
    for link in links:
        link.person = to_person
        link.method = method
        link.score = score
        link.decided_by = actor if actor is not None and actor.pk else None
        link.decided_at = now
        link.event = event
    Link.objects.bulk_update(
        links, ["person", "method", "score", "decided_by", "decided_at", "event"]
    )
    if to_person.dissolved_at is not None:
        to_person.dissolved_at = None
        to_person.save(update_fields=["dissolved_at"])
    from_ids = {m[1] for m in moves}
    Person.objects.filter(pk__in=from_ids, dissolved_at__isnull=True).exclude(
        links__isnull=False
    ).update(dissolved_at=now)
    event.persons.add(to_person.pk, *from_ids)
    return moves


def _new_event(kind: str, *, actor: User | None, reason: str, **data: Any) -> LinkEvent:
    return LinkEvent.objects.create(
        kind=kind,
        actor=actor if actor is not None and actor.pk else None,
        reason=reason,
        data=data,
    )


def _decide(left_id: int, right_id: int, decision: str, event: LinkEvent) -> None:
    low, high = sorted((left_id, right_id))
    PairDecision.objects.create(left_id=low, right_id=high, decision=decision, event=event)


def flag_overpayments_on_commit() -> None:
    """When persons are joined, payments made to each may now be two to one person: open the
    follow-ups after the join commits (the ledger itself is never touched)."""

    def flag() -> None:
        from refuge.assistance.services import overpayments_flag

        overpayments_flag(actor=None)

    transaction.on_commit(flag)


def _registration_ids(person: Person) -> list[int]:
    return list(
        Link.objects.filter(person=person)
        .order_by("registration_id")
        .values_list("registration_id", flat=True)
    )


# --- registering at the desk -------------------------------------------------------------


@transaction.atomic
def registration_register(
    *,
    given_name: str,
    family_name: str,
    site: Site,
    actor: User | None,
    patronymic: str = "",
    sex: str = "",
    birth_date: str = "",
    origin: str = "",
    phone: str = "",
    person: Person | None = None,
    household: Household | None = None,
    relationship: str = "",
    extra: dict[str, Any] | None = None,
    reason: str = "",
) -> Registration:
    """Register someone at a desk, as a new person or as another registration of ``person``.

    Adding to an existing person is a clerk's decision, stored as a "same person" decision so
    that no later re-link can separate the two.
    """
    given_name, family_name = given_name.strip(), family_name.strip()
    if not given_name or not family_name:
        raise ApplicationError("Given name and family name are both required.")
    if birth_date and not _BIRTH_DATE.match(birth_date):
        raise ApplicationError("Birth date must be YYYY-MM-DD or only the year YYYY.")
    if relationship not in Relationship.values:
        raise ApplicationError(f"Unknown relationship {relationship!r}.")
    now = timezone.localtime()
    registration = Registration.objects.create(
        source=DESK_SOURCE,
        record_id=f"desk-{uuid.uuid4().hex[:16]}",
        given_name=given_name,
        family_name=family_name,
        patronymic=patronymic.strip(),
        sex=sex,
        birth_date=birth_date,
        origin=origin.strip(),
        phone=phone.strip(),
        household_ref=household.ref if household else "",
        registered_at=now.strftime("%Y-%m-%dT%H:%M"),
        site_name=site.name,
        site=site,
        registered_on=now,
        extra=extra or {},
        created_by=actor if actor is not None and actor.pk else None,
        **derived_fields(
            given_name=given_name, family_name=family_name, birth_date=birth_date, phone=phone
        ),
    )
    event = _new_event(
        LinkEvent.Kind.CREATE, actor=actor, reason=reason, registration=registration.pk
    )
    if person is None:
        target, method = Person.objects.create(), LinkMethod.NEW
    else:
        target, method = person, LinkMethod.MANUAL
        existing = _registration_ids(person)
        if existing:
            _decide(existing[0], registration.pk, PairDecision.Decision.SAME, event)
    Link.objects.create(
        registration=registration,
        person=target,
        method=method,
        decided_by=actor if actor is not None and actor.pk else None,
        decided_at=timezone.now(),
        event=event,
    )
    event.moves = [[registration.pk, None, target.pk]]
    event.save(update_fields=["moves"])
    event.persons.add(target)
    if household is not None:
        HouseholdMember.objects.create(
            household=household, registration=registration, relationship=relationship
        )
    audit_record(
        actor=actor,
        action="registration.create",
        target=registration,
        reason=reason,
        data={"person": target.pk, "method": method, "site": site.pk},
    )
    return registration


@transaction.atomic
def household_register(
    *, site: Site, members: Sequence[dict[str, Any]], actor: User | None, reason: str = ""
) -> Household:
    """Register a household in one go: each member dict holds the registration fields, its
    ``relationship`` to the head, and optionally an existing ``person``.

    The first member whose relationship is "head" (else the first member) is the head.
    """
    if not members:
        raise ApplicationError("A household needs at least one member.")
    household = Household.objects.create(
        source=DESK_SOURCE,
        ref=f"HH-{uuid.uuid4().hex[:10].upper()}",
        site=site,
        created_by=actor if actor is not None and actor.pk else None,
    )
    heads = [m for m in members if m.get("relationship") == Relationship.HEAD]
    if len(heads) > 1:
        raise ApplicationError("A household has one head.")
    ordered = sorted(members, key=lambda m: m.get("relationship") != Relationship.HEAD)
    for index, member in enumerate(ordered):
        fields = dict(member)
        relationship = fields.pop("relationship", "") or (Relationship.HEAD if index == 0 else "")
        registration_register(
            site=site,
            actor=actor,
            household=household,
            relationship=relationship,
            reason=reason,
            **fields,
        )
    audit_record(
        actor=actor,
        action="household.create",
        target=household,
        reason=reason,
        data={"members": len(members)},
    )
    return household


# --- reviewers' decisions ------------------------------------------------------------------


@transaction.atomic
def person_merge(
    *, keep: Person, absorb: Person, actor: User | None, reason: str = ""
) -> LinkEvent:
    """Make two persons one: ``absorb``'s registrations move to ``keep``; reversible."""
    if keep.pk == absorb.pk:
        raise Conflict(SAME_PERSON)
    keep_ids, absorb_ids = _registration_ids(keep), _registration_ids(absorb)
    if not keep_ids or not absorb_ids:
        raise ApplicationError("Both persons must have registrations to merge.")
    event = _new_event(
        LinkEvent.Kind.MERGE, actor=actor, reason=reason, keep=keep.pk, absorb=absorb.pk
    )
    _decide(keep_ids[0], absorb_ids[0], PairDecision.Decision.SAME, event)
    event.moves = _move(
        registration_ids=absorb_ids,
        to_person=keep,
        event=event,
        method=LinkMethod.MANUAL,
        actor=actor,
    )
    event.save(update_fields=["moves"])
    flag_overpayments_on_commit()
    audit_record(
        actor=actor,
        action="person.merge",
        target=keep,
        reason=reason,
        data={"absorbed": absorb.pk, "event": event.pk, "moved": len(event.moves)},
    )
    return event


@transaction.atomic
def person_split(
    *, person: Person, registrations: Sequence[Registration], actor: User | None, reason: str = ""
) -> LinkEvent:
    """Move some registrations of ``person`` to a new person, and record that the two groups
    are different people, so no re-link joins them again. ``event.data["new_person"]``."""
    moving = sorted({r.pk for r in registrations})
    current = _registration_ids(person)
    if not set(moving) <= set(current):
        raise ApplicationError(SPLIT_FOREIGN)
    staying = [pk for pk in current if pk not in set(moving)]
    if not moving or not staying:
        raise ApplicationError(SPLIT_NEEDS_REMAINDER)
    new_person = Person.objects.create()
    event = _new_event(
        LinkEvent.Kind.SPLIT, actor=actor, reason=reason, person=person.pk, new_person=new_person.pk
    )
    for left, right in itertools.islice(itertools.product(moving, staying), MAX_SPLIT_DECISIONS):
        _decide(left, right, PairDecision.Decision.DIFFERENT, event)
    for left, right in itertools.pairwise(moving):
        _decide(left, right, PairDecision.Decision.SAME, event)
    event.moves = _move(
        registration_ids=moving,
        to_person=new_person,
        event=event,
        method=LinkMethod.MANUAL,
        actor=actor,
    )
    event.save(update_fields=["moves"])
    audit_record(
        actor=actor,
        action="person.split",
        target=person,
        reason=reason,
        data={"new_person": new_person.pk, "event": event.pk, "moved": len(moving)},
    )
    return event


@transaction.atomic
def pair_keep_apart(
    *, left: Registration, right: Registration, actor: User | None, reason: str = ""
) -> LinkEvent:
    """Record that two registrations are different people; if the model had put them in one
    person, ``right`` is split off into a person of its own."""
    left_person = Link.objects.get(registration=left).person
    right_person = Link.objects.get(registration=right).person
    if left_person.pk == right_person.pk:
        # The split records "different" between ``right`` and every registration that stays,
        # ``left`` included.
        return person_split(person=left_person, registrations=[right], actor=actor, reason=reason)
    event = _new_event(
        LinkEvent.Kind.KEEP_APART, actor=actor, reason=reason, left=left.pk, right=right.pk
    )
    _decide(left.pk, right.pk, PairDecision.Decision.DIFFERENT, event)
    event.persons.add(left_person, right_person)
    audit_record(
        actor=actor,
        action="pair.keep_apart",
        target=left,
        reason=reason,
        data={"right": right.pk, "event": event.pk},
    )
    return event


UNDOABLE = {LinkEvent.Kind.MERGE, LinkEvent.Kind.SPLIT, LinkEvent.Kind.KEEP_APART}


@transaction.atomic
def link_event_undo(*, event: LinkEvent, actor: User | None, reason: str = "") -> LinkEvent:
    """Reverse a reviewer's change with a new event: registrations go back to where they were,
    the decisions it recorded are revoked (kept, marked), and review items reopen."""
    event = LinkEvent.objects.select_for_update().get(pk=event.pk)
    if event.kind not in UNDOABLE:
        raise ApplicationError(NOT_UNDOABLE)
    if hasattr(event, "undone_by"):
        raise Conflict(ALREADY_UNDONE)
    current = dict(
        Link.objects.filter(registration_id__in=[m[0] for m in event.moves]).values_list(
            "registration_id", "person_id"
        )
    )
    if any(current.get(reg) != to for reg, _from, to in event.moves):
        raise Conflict(UNDO_STALE)
    undo = _new_event(LinkEvent.Kind.UNDO, actor=actor, reason=reason, undone=event.pk)
    undo.undoes = event
    moves: list[list[int]] = []
    back: dict[int, list[int]] = {}
    for reg, from_person, _to in event.moves:
        back.setdefault(from_person, []).append(reg)
    for person_id, reg_ids in back.items():
        moves += _move(
            registration_ids=reg_ids,
            to_person=Person.objects.get(pk=person_id),
            event=undo,
            method=LinkMethod.MANUAL,
            actor=actor,
        )
    undo.moves = moves
    undo.save(update_fields=["moves", "undoes"])
    undo.persons.add(*event.persons.all())
    event.decisions.update(revoked_by=undo)
    ReviewItem.objects.filter(resolved_by=event).update(
        status=ReviewItem.Status.OPEN, resolved_by=None
    )
    audit_record(
        actor=actor,
        action="link_event.undo",
        target=event,
        reason=reason,
        data={"undo_event": undo.pk, "moved": len(moves)},
    )
    return undo


REVIEW_ACTIONS = ("merge", "keep_apart", "defer")


@transaction.atomic
def review_resolve(
    *, item: ReviewItem, action: str, actor: User | None, reason: str = ""
) -> LinkEvent | None:
    """Settle one uncertain pair from the review queue (merge, keep apart, or defer)."""
    item = ReviewItem.objects.select_for_update().get(pk=item.pk)
    if item.status not in (ReviewItem.Status.OPEN, ReviewItem.Status.DEFERRED):
        raise Conflict("This pair has already been decided; undo that decision to change it.")
    if action == "defer":
        item.status = ReviewItem.Status.DEFERRED
        item.save(update_fields=["status"])
        audit_record(actor=actor, action="review.defer", target=item, reason=reason)
        return None
    if action == "merge":
        left_person = Link.objects.get(registration_id=item.left_id).person
        right_person = Link.objects.get(registration_id=item.right_id).person
        if left_person.pk == right_person.pk:
            event = _new_event(
                LinkEvent.Kind.MERGE,
                actor=actor,
                reason=reason,
                keep=left_person.pk,
                absorb=left_person.pk,
            )
            _decide(item.left_id, item.right_id, PairDecision.Decision.SAME, event)
            event.persons.add(left_person)
        else:
            keep, absorb = sorted((left_person, right_person), key=lambda p: p.pk)
            event = person_merge(keep=keep, absorb=absorb, actor=actor, reason=reason)
        item.status = ReviewItem.Status.MERGED
    elif action == "keep_apart":
        event = pair_keep_apart(left=item.left, right=item.right, actor=actor, reason=reason)
        item.status = ReviewItem.Status.KEPT_APART
    else:
        raise ApplicationError(
            f"Unknown review action {action!r}; expected one of {', '.join(REVIEW_ACTIONS)}."
        )
    item.resolved_by = event
    item.save(update_fields=["status", "resolved_by"])
    audit_record(
        actor=actor, action=f"review.{action}", target=item, reason=reason, data={"event": event.pk}
    )
    return event


def registration_keys_refresh(*, batch_size: int = 5_000) -> list[int]:
    """Re-derive the stored name keys from the typed names; returns the ids whose keys changed.

    Keys are derived at insert, for indexing. When refuge's name rules improve (a conventional
    form, an alias), registrations stored before keep the old keys, and searches that go
    through the keys miss them, until this runs. Only the derived keys change; the names as
    typed are never touched.
    """
    from refuge.linkage import family_name_key, name_key

    changed: list[int] = []
    last = 0
    rows = Registration.objects.order_by("id").values_list(
        "id", "family_name", "given_name", "family_key", "given_key"
    )
    while batch := list(rows.filter(id__gt=last)[:batch_size]):
        last = batch[-1][0]
        stale: list[Registration] = []
        for pk, family, given, old_fk, old_gk in batch:
            fk, gk = family_name_key(family)[:NAME_KEY_LENGTH], name_key(given)[:NAME_KEY_LENGTH]
            if (fk, gk) != (old_fk, old_gk):
                stale.append(Registration(id=pk, family_key=fk, given_key=gk))
        if stale:
            with transaction.atomic():
                Registration.objects.bulk_update(stale, ["family_key", "given_key"])
            changed.extend(r.id for r in stale)
    return changed
