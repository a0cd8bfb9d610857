"""Shelter API: occupancy, and suggestions a batch job can request and a data officer apply."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status

from refuge.accounts import roles
from refuge.core.errors import ApplicationError
from refuge.shelter import selectors, services
from refuge.shelter.models import PlacementSuggestion

router = Router(tags=["shelter"])
FORBIDDEN = "Your role may not use this operation."
EVERYONE = roles.PERSON_READERS | roles.REPORT_READERS


def operation(
    method: str, path: str, *, allowed: frozenset[str], **kwargs: Any
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def decorator(view: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(view)
        def checked(request: HttpRequest, *args: Any, **kw: Any) -> Any:
            if not request.user.has_role(allowed):  # type: ignore[union-attr]
                raise ApplicationError(FORBIDDEN, status=403)
            return view(request, *args, **kw)

        extra = {"x-roles": sorted(allowed)}
        return getattr(router, method)(path, openapi_extra=extra, **kwargs)(checked)  # type: ignore[no-any-return]

    return decorator


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


@operation("get", "/accommodations", allowed=EVERYONE, response=list[AccommodationOut])
def accommodations(request: HttpRequest, province: str = "") -> list[Any]:
    return list(selectors.accommodations_with_occupancy(province=province))


@operation("post", "/suggestions", allowed=roles.DATA_OFFICERS, response={201: SuggestionOut})
def suggestion_create(request: HttpRequest) -> Status[Any]:
    """Propose placements for the unplaced households (changes nothing)."""
    suggestion = services.placement_suggest(actor=request.user)  # type: ignore[arg-type]
    return Status(201, _suggestion(suggestion))


@operation(
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
