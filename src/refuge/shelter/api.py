"""Shelter API: occupancy, and suggestions a batch job can request and a data officer apply."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status

from refuge.accounts import roles
from refuge.core.api import operation
from refuge.shelter import selectors, services
from refuge.shelter.models import PlacementSuggestion

router = Router(tags=["shelter"])
EVERYONE = roles.PERSON_READERS | roles.REPORT_READERS


class AccommodationOut(Schema):
    id: int
    name: str
    kind: str
    province: str
    community: str
    capacity: int
    occupied: int
    households: int


class SuggestionOut(Schema):
    id: int
    status: str
    households_considered: int
    proposed: int
    objective: float
    lp_bound: float
    greedy_objective: float
    seconds: float


class ApplyOut(Schema):
    placed: int
    skipped: int


class ErrorOut(Schema):
    detail: str


def _suggestion(s: PlacementSuggestion) -> dict[str, Any]:
    return {
        "id": s.pk,
        "status": s.status,
        "households_considered": s.households_considered,
        "proposed": s.items.count(),
        "objective": s.objective,
        "lp_bound": s.lp_bound,
        "greedy_objective": s.greedy_objective,
        "seconds": s.seconds,
    }


@operation(router, "get", "/accommodations", allowed=EVERYONE, response=list[AccommodationOut])
def accommodations(request: HttpRequest, province: str = "") -> list[Any]:
    return list(selectors.accommodations_with_occupancy(province=province))


@operation(
    router, "post", "/suggestions", allowed=roles.DATA_OFFICERS, response={201: SuggestionOut}
)
def suggestion_create(request: HttpRequest) -> Status[Any]:
    """Propose placements for the unplaced households (changes nothing)."""
    suggestion = services.placement_suggest(actor=request.user)  # type: ignore[arg-type]
    return Status(201, _suggestion(suggestion))


@operation(
    router,
    "post",
    "/suggestions/{suggestion_id}/apply",
    allowed=roles.DATA_OFFICERS,
    response={200: ApplyOut, 409: ErrorOut},
)
def suggestion_apply(request: HttpRequest, suggestion_id: int) -> dict[str, int]:
    suggestion = get_object_or_404(PlacementSuggestion, pk=suggestion_id)
    result = services.placement_suggestion_apply(
        suggestion=suggestion,
        actor=request.user,  # type: ignore[arg-type]
    )
    return {"placed": result.placed, "skipped": result.skipped}
