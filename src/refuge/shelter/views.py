"""Shelter pages: occupancy, an accommodation's households, placing a household, and the
placement suggestion a data officer reviews before applying it."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from refuge.accounts import roles
from refuge.accounts.access import role_required
from refuge.core.errors import ApplicationError
from refuge.registry.models import Household
from refuge.shelter import selectors, services
from refuge.shelter.models import (
    Accommodation,
    AccommodationKind,
    Placement,
    PlacementSuggestion,
)

EVERYONE = roles.PERSON_READERS | roles.REPORT_READERS


@role_required(EVERYONE)
def accommodation_list(request: HttpRequest) -> HttpResponse:
    """Occupancy (no personal data: accommodations and counts) for every role."""
    province = request.GET.get("province", "")
    context = {
        "by_province": selectors.occupancy_by_province(),
        "accommodations": selectors.accommodations_with_occupancy(province=province)[:500],
        "province": province,
    }
    template = "shelter/accommodation_list.html"
    if request.htmx:  # type: ignore[attr-defined]
        template += "#results"
    return render(request, template, context)


@role_required(roles.CASE_WORKERS)
def accommodation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    accommodation = get_object_or_404(selectors.accommodations_with_occupancy(), pk=pk)
    placements = (
        Placement.objects.filter(accommodation=accommodation, ended_at__isnull=True)
        .select_related("household", "placed_by")
        .order_by("placed_at")
    )
    return render(
        request,
        "shelter/accommodation_detail.html",
        {"accommodation": accommodation, "placements": placements},
    )


@role_required(roles.CASE_WORKERS)
def placement_new(request: HttpRequest) -> HttpResponse:
    error = ""
    if request.method == "POST":
        household = Household.objects.filter(ref=request.POST.get("household", "").strip()).first()
        accommodation = Accommodation.objects.filter(
            pk=request.POST.get("accommodation", "0") or 0
        ).first()
        if household is None or accommodation is None:
            error = _("Choose a household (its reference) and an accommodation.")
        else:
            try:
                services.placement_create(
                    household=household,
                    accommodation=accommodation,
                    actor=request.user,  # type: ignore[arg-type]
                )
            except ApplicationError as exc:
                error = exc.message
            else:
                messages.success(
                    request,
                    _("Household %(ref)s placed in %(name)s.")
                    % {"ref": household.ref, "name": accommodation.name},
                )
                return redirect("shelter:accommodation_detail", pk=accommodation.pk)
    free = [
        a
        for a in selectors.accommodations_with_occupancy().filter(active=True)
        if a.capacity > a.occupied
    ]
    return render(
        request,
        "shelter/placement_new.html",
        {"accommodations": free[:1000], "error": error},
        status=409 if error else 200,
    )


@role_required(roles.CASE_WORKERS)
@require_POST
def placement_end(request: HttpRequest, pk: int) -> HttpResponse:
    placement = get_object_or_404(Placement, pk=pk)
    services.placement_end(
        placement=placement,
        actor=request.user,  # type: ignore[arg-type]
        reason=request.POST.get("reason", ""),
    )
    return redirect("shelter:accommodation_detail", pk=placement.accommodation_id)


@role_required(roles.DATA_OFFICERS)
def suggestion_list(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        suggestion = services.placement_suggest(actor=request.user)  # type: ignore[arg-type]
        return redirect("shelter:suggestion_detail", pk=suggestion.pk)
    return render(
        request,
        "shelter/suggestion_list.html",
        {"suggestions": selectors.suggestion_list()[:50]},
    )


@role_required(roles.DATA_OFFICERS)
def suggestion_detail(request: HttpRequest, pk: int) -> HttpResponse:
    suggestion = get_object_or_404(PlacementSuggestion, pk=pk)
    items = suggestion.items.select_related("household", "accommodation").order_by(
        "-priority", "household_id"
    )[:300]
    return render(
        request,
        "shelter/suggestion_detail.html",
        {
            "suggestion": suggestion,
            "rows": [
                {**r, "kind": AccommodationKind(r["accommodation__kind"]).label}
                for r in selectors.suggestion_summary(suggestion)
            ],
            "items": items,
            "proposed": suggestion.items.count(),
        },
    )


@role_required(roles.DATA_OFFICERS)
@require_POST
def suggestion_decide(request: HttpRequest, pk: int) -> HttpResponse:
    suggestion = get_object_or_404(PlacementSuggestion, pk=pk)
    try:
        if request.POST.get("decision") == "apply":
            result = services.placement_suggestion_apply(
                suggestion=suggestion,
                actor=request.user,  # type: ignore[arg-type]
            )
            messages.success(
                request,
                _("%(placed)d household(s) placed, %(skipped)d skipped (changed since).")
                % {"placed": result.placed, "skipped": result.skipped},
            )
        else:
            services.placement_suggestion_discard(
                suggestion=suggestion,
                actor=request.user,  # type: ignore[arg-type]
            )
            messages.success(request, _("Suggestion discarded."))
    except ApplicationError as exc:
        messages.error(request, exc.message)
    return redirect("shelter:suggestion_detail", pk=pk)
