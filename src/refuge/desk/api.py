"""The desk's JSON API: search, registration, households, persons, review, undo.

Same services, selectors and role sets as the pages. Each operation states its roles once,
with ``refuge.core.api.operation(...)``: the check runs as part of authentication, before the
body is parsed, and the roles are published in the OpenAPI document as ``x-roles`` (the role
matrix test reads them from there).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.responses import Status

from refuge.accounts import roles
from refuge.core.api import operation
from refuge.core.errors import ApplicationError, NotFound
from refuge.desk import selectors
from refuge.desk.forms import BIRTH_INVALID
from refuge.desk.search import parse_birth, parse_query
from refuge.desk.translit import latin_beside
from refuge.registry import services as registry
from refuge.registry.models import LinkEvent, Person, Registration, ReviewItem, Site

router = Router(tags=["desk"])

# --- schemas -------------------------------------------------------------------------------


class SpellingOut(Schema):
    given_name: str
    family_name: str
    patronymic: str
    latin: str = Field(description="Latin rendering when typed in another script, else empty")


class HouseholdOut(Schema):
    household_id: int
    ref: str
    relationship: str
    size: int


class CandidateOut(Schema):
    person_id: int
    score: float
    reasons: list[str]
    spellings: list[SpellingOut]
    age: int | None
    birth_dates: list[str]
    origins: list[str]
    sites: list[str]
    households: list[HouseholdOut]
    registrations: int


class QueryOut(Schema):
    names: list[str]
    birth_date: str
    phone: str
    origin: str


class SearchOut(Schema):
    query: QueryOut
    candidates: list[CandidateOut]
    truncated: bool = Field(description="more people matched than were ranked: narrow the query")


class SearchIn(Schema):
    q: str = Field("", description="names in any script; a year, a date or a phone may be mixed in")
    birth: str = ""
    origin: str = ""
    phone: str = ""
    limit: int = Field(10, ge=1, le=50)


class RegistrationIn(Schema):
    given_name: str
    family_name: str
    patronymic: str = ""
    sex: Literal["", "M", "F"] = ""
    birth_date: str = Field("", description="YYYY-MM-DD, DD.MM.YYYY or YYYY")
    origin: str = ""
    phone: str = ""
    site: str = Field(description="site name")
    person: int | None = Field(None, description="an existing person: add this registration")


class MemberIn(Schema):
    given_name: str
    family_name: str
    patronymic: str = ""
    sex: Literal["", "M", "F"] = ""
    birth_date: str = ""
    origin: str = ""
    phone: str = ""
    relationship: str = ""
    person: int | None = None


class HouseholdIn(Schema):
    site: str
    members: list[MemberIn]


class LinkOut(Schema):
    method: str
    score: float | None
    decided_by: str | None
    decided_at: datetime


class RegistrationOut(Schema):
    id: int
    person_id: int
    source: str
    record_id: str
    given_name: str
    family_name: str
    patronymic: str
    sex: str
    birth_date: str
    origin: str
    phone: str
    household_ref: str
    registered_at: str
    site: str
    latin: str
    link: LinkOut


class MemberOut(Schema):
    registration_id: int
    person_id: int
    relationship: str


class HouseholdCreatedOut(Schema):
    id: int
    ref: str
    members: list[MemberOut]


class EventOut(Schema):
    id: int
    kind: str
    at: datetime
    actor: str | None
    reason: str
    moves: list[list[int | None]]
    undoes: int | None
    undone_by: int | None


class PersonOut(Schema):
    id: int
    dissolved: bool
    merged_into: list[int]
    registrations: list[RegistrationOut]
    history: list[EventOut]


class ReviewItemOut(Schema):
    id: int
    left: int
    right: int
    score: float
    probability: float
    status: str


class FieldOut(Schema):
    name: str
    left: str
    right: str
    level: str
    weight: float | None


class ReviewPairOut(ReviewItemOut):
    left_person: int | None
    right_person: int | None
    fields: list[FieldOut]


class DecisionIn(Schema):
    action: Literal["merge", "keep_apart", "defer"]
    reason: str = ""


class DecisionOut(Schema):
    item: ReviewItemOut
    event: EventOut | None


class UndoIn(Schema):
    reason: str = ""


class SiteOut(Schema):
    id: int
    name: str
    province: str


# --- converters ----------------------------------------------------------------------------


def _registration_out(r: Registration) -> dict[str, Any]:
    link = r.link
    return {
        **{f: getattr(r, f) for f in RegistrationOut.model_fields if hasattr(r, f)},
        "person_id": link.person_id,
        "site": r.site_name,
        "latin": latin_beside(f"{r.family_name} {r.given_name} {r.patronymic}".strip()),
        "link": {
            "method": link.method,
            "score": link.score,
            "decided_by": link.decided_by.username if link.decided_by else None,
            "decided_at": link.decided_at,
        },
    }


def _event_out(e: LinkEvent) -> dict[str, Any]:
    undone = getattr(e, "undone_by", None)  # the reverse one-to-one raises AttributeError
    return {
        "id": e.pk,
        "kind": e.kind,
        "at": e.at,
        "actor": e.actor.username if e.actor else None,
        "reason": e.reason,
        "moves": e.moves,
        "undoes": e.undoes_id,
        "undone_by": undone.pk if undone else None,
    }


def _item_out(item: ReviewItem) -> dict[str, Any]:
    return {
        "id": item.pk,
        "left": item.left_id,
        "right": item.right_id,
        "score": item.score,
        "probability": item.probability,
        "status": item.status,
    }


def _site(name: str) -> Site:
    site = Site.objects.filter(name=name).first()
    if site is None:
        raise ApplicationError(f"Unknown site {name!r}.")
    return site


def _person(pk: int | None) -> Person | None:
    if pk is None:
        return None
    person = Person.objects.filter(pk=pk, dissolved_at__isnull=True).first()
    if person is None:
        raise NotFound(f"No current person {pk}.")
    return person


def _birth(text: str) -> str:
    if not text.strip():
        return ""
    parsed = parse_birth(text)
    if not parsed:
        raise ApplicationError(str(BIRTH_INVALID))
    return parsed


# --- operations ----------------------------------------------------------------------------


@operation(router, "get", "/search", allowed=roles.REGISTRARS, response=SearchOut, summary="Search")
def search(request: HttpRequest, params: Query[SearchIn]) -> dict[str, Any]:
    """Who this may be, best first: names in any script, birth date or year, origin, phone."""
    query = parse_query(params.q, birth=params.birth, origin=params.origin, phone=params.phone)
    result = selectors.person_search(query, limit=params.limit)
    return {
        "query": {
            "names": list(query.names),
            "birth_date": query.birth_date,
            "phone": query.phone,
            "origin": query.origin,
        },
        "candidates": result.cards,
        "truncated": result.truncated,
    }


@operation(
    router, "get", "/sites", allowed=roles.REGISTRARS, response=list[SiteOut], summary="Sites"
)
def sites(request: HttpRequest) -> Any:
    return Site.objects.all()


@operation(
    router,
    "post",
    "/registrations",
    allowed=roles.REGISTRARS,
    response={201: RegistrationOut},
    summary="Register a person",
)
def register(request: HttpRequest, data: RegistrationIn) -> Status[dict[str, Any]]:
    """A new person, or (``person``) another registration of an existing person."""
    fields = data.dict(exclude={"site", "person"})
    fields["birth_date"] = _birth(fields["birth_date"])
    registration = registry.registration_register(
        **fields,
        site=_site(data.site),
        person=_person(data.person),
        actor=request.user,  # type: ignore[arg-type]
    )
    registration = Registration.objects.select_related("link", "link__decided_by").get(
        pk=registration.pk
    )
    return Status(201, _registration_out(registration))


@operation(
    router,
    "post",
    "/households",
    allowed=roles.REGISTRARS,
    response={201: HouseholdCreatedOut},
    summary="Register a household",
)
def household(request: HttpRequest, data: HouseholdIn) -> Status[dict[str, Any]]:
    members = []
    for member in data.members:
        fields = member.dict(exclude={"person"})
        fields["birth_date"] = _birth(fields["birth_date"])
        if member.person is not None:
            fields["person"] = _person(member.person)
        members.append(fields)
    created = registry.household_register(
        site=_site(data.site),
        members=members,
        actor=request.user,  # type: ignore[arg-type]
    )
    rows = created.members.select_related("registration__link").order_by("id")
    return Status(
        201,
        {
            "id": created.pk,
            "ref": created.ref,
            "members": [
                {
                    "registration_id": m.registration_id,
                    "person_id": m.registration.link.person_id,
                    "relationship": m.relationship,
                }
                for m in rows
            ],
        },
    )


@operation(
    router,
    "get", "/persons/{person_id}", allowed=roles.PERSON_READERS, response=PersonOut,
    summary="A person",
)  # fmt: skip
def person(request: HttpRequest, person_id: int) -> dict[str, Any]:
    """Every registration as typed with its link, and the history of merges and splits."""
    page = selectors.person_page(get_object_or_404(Person, pk=person_id))
    return {
        "id": page.person.pk,
        "dissolved": page.person.dissolved_at is not None,
        "merged_into": page.merged_into,
        "registrations": [_registration_out(r) for r in page.registrations],
        "history": [_event_out(e) for e in page.history],
    }


@operation(
    router,
    "get", "/review", allowed=roles.DATA_OFFICERS, response=list[ReviewItemOut],
    summary="Review queue",
)  # fmt: skip
def review_queue(request: HttpRequest, include_deferred: bool = True) -> list[dict[str, Any]]:
    return [_item_out(i) for i in selectors.review_list(include_deferred=include_deferred)]


@operation(
    router,
    "get", "/review/{item_id}", allowed=roles.DATA_OFFICERS, response=ReviewPairOut,
    summary="A review pair, field by field",
)  # fmt: skip
def review_item(request: HttpRequest, item_id: int) -> dict[str, Any]:
    item = get_object_or_404(ReviewItem.objects.select_related("left", "right"), pk=item_id)
    pair = selectors.review_pair(item)
    return {
        **_item_out(item),
        "left_person": pair["left_person"],
        "right_person": pair["right_person"],
        "fields": [
            {"name": r.name, "left": r.left, "right": r.right, "level": r.level,
             "weight": r.weight}
            for r in pair["rows"]
        ],
    }  # fmt: skip


@operation(
    router,
    "post", "/review/{item_id}/decision", allowed=roles.DATA_OFFICERS, response=DecisionOut,
    summary="Merge, keep apart or defer a review pair",
)  # fmt: skip
def review_decide(request: HttpRequest, item_id: int, data: DecisionIn) -> dict[str, Any]:
    item = get_object_or_404(ReviewItem, pk=item_id)
    event = registry.review_resolve(
        item=item,
        action=data.action,
        actor=request.user,  # type: ignore[arg-type]
        reason=data.reason,
    )
    item.refresh_from_db()
    return {"item": _item_out(item), "event": _event_out(event) if event else None}


@operation(
    router,
    "post", "/link-events/{event_id}/undo", allowed=roles.DATA_OFFICERS, response=EventOut,
    summary="Undo a merge, split or keep-apart",
)  # fmt: skip
def event_undo(request: HttpRequest, event_id: int, data: UndoIn) -> dict[str, Any]:
    event = get_object_or_404(LinkEvent, pk=event_id)
    undo = registry.link_event_undo(
        event=event,
        actor=request.user,  # type: ignore[arg-type]
        reason=data.reason,
    )
    return _event_out(undo)
