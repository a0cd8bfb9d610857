"""Assistance pages. Each view checks roles, parses its input, calls one service or selector
and renders; the refusal messages come from the services as they are."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from refuge.accounts import roles
from refuge.accounts.access import role_required
from refuge.assistance import rules as R
from refuge.assistance import selectors, services
from refuge.assistance.models import (
    Category,
    Distribution,
    HouseholdFlag,
    OverpaymentFlag,
    Programme,
)
from refuge.core.errors import ApplicationError
from refuge.registry.models import Site

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

EVERYONE = roles.PERSON_READERS | roles.REPORT_READERS
# Recording a distribution is desk work: registrars hand out at reception points, case workers
# and data officers record for the sites they follow.
DISTRIBUTORS = roles.REGISTRARS
COVERAGE_READERS = roles.REPORT_READERS | roles.CASE_WORKERS


def _day(request: HttpRequest) -> date:
    raw = request.GET.get("on", "")
    try:
        return date.fromisoformat(raw) if raw else timezone.localdate()
    except ValueError:
        return timezone.localdate()


def _site(request: HttpRequest) -> Site | None:
    raw = request.GET.get("site", "")
    return Site.objects.filter(pk=raw).first() if raw.isdigit() else None


def _category_choices() -> list[tuple[str, StrOrPromise]]:
    return [*Category.choices, *HouseholdFlag.choices]


# --- priority -----------------------------------------------------------------------------------


@role_required(roles.CASE_WORKERS)
def priority_list(request: HttpRequest) -> HttpResponse:
    site, day = _site(request), _day(request)
    category = request.GET.get("category", "")
    people = selectors.priority_list(site=site, on=day, category=category) if site else []
    # Needs are stored as codes; the page shows their labels, in the reader's language.
    labels = dict(_category_choices())
    weights = {**R.PERSON_WEIGHTS, **R.HOUSEHOLD_WEIGHTS}
    context = {
        "sites": Site.objects.all(),
        "site": site,
        "category": category,
        "categories": labels.items(),
        "people": [(p, [labels.get(c, c) for c in p.categories]) for p in people[:500]],
        "total": len(people),
        "weights": [(labels.get(code, code), w) for code, w in weights.items()],
    }
    template = "assistance/priority_list.html"
    if request.htmx:  # type: ignore[attr-defined]
        template += "#results"
    return render(request, template, context)


@role_required(roles.CASE_WORKERS)
def priority_export(request: HttpRequest) -> HttpResponse:
    site, day = _site(request), _day(request)
    # role_required has turned anonymous visitors away, so the actor is always a user here.
    actor = request.user if request.user.is_authenticated else None
    content = services.priority_export(
        site=site, on=day, category=request.GET.get("category", ""), actor=actor
    )
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    name = f"priority-{(site.name if site else 'all').lower()}-{day.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@role_required(roles.REPORT_READERS)
def priority_summary(request: HttpRequest) -> HttpResponse:
    columns = [Category(c).label for c in R.PERSON_WEIGHTS] + [
        HouseholdFlag(f).label for f in R.HOUSEHOLD_WEIGHTS
    ]
    return render(
        request,
        "assistance/priority_summary.html",
        {"rows": selectors.priority_summary(on=_day(request)), "columns": columns},
    )


# --- programmes -----------------------------------------------------------------------------------


@role_required(EVERYONE)
def programme_list(request: HttpRequest) -> HttpResponse:
    programmes = [
        (p, selectors.rules_text(selectors.programme_terms(p)[1]))
        for p in selectors.programme_list()
    ]
    return render(request, "assistance/programme_list.html", {"programmes": programmes})


# --- recording a distribution -------------------------------------------------------------------


class DistributionForm(forms.Form):
    record_id = forms.CharField(
        label=gettext_lazy("Registration number (any of the person's registrations)"),
        max_length=100,
    )
    programme = forms.ModelChoiceField(
        queryset=Programme.objects.filter(active=True),
        to_field_name="code",
        label=gettext_lazy("Programme"),
    )
    site = forms.ModelChoiceField(queryset=Site.objects.all(), label=gettext_lazy("Site"))
    distributed_on = forms.DateField(
        label=gettext_lazy("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    quantity = forms.DecimalField(
        label=gettext_lazy("Amount or quantity (empty: the entitlement)"),
        required=False,
        min_value=1,
    )


@role_required(DISTRIBUTORS)
def distribution_new(request: HttpRequest) -> HttpResponse:
    refusal = ""
    if request.method == "POST":
        form = DistributionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            programme: Programme = data["programme"]
            number = data["quantity"]
            try:
                registration = services.registration_for_record(data["record_id"].strip())
                distribution = services.distribution_record(
                    registration=registration,
                    programme=programme,
                    site=data["site"],
                    distributed_on=data["distributed_on"],
                    actor=request.user,  # type: ignore[arg-type]
                    amount=number if programme.kind == Programme.Kind.CASH else None,
                    quantity=int(number)
                    if number is not None and programme.kind != Programme.Kind.CASH
                    else None,
                )
            except ApplicationError as exc:
                refusal = exc.message
            else:
                messages.success(
                    request,
                    _("Recorded: %(programme)s for %(record)s (%(period)s).")
                    % {
                        "programme": programme.code,
                        "record": registration.record_id,
                        "period": distribution.period_key,
                    },
                )
                return redirect("assistance:distribution_new")
    else:
        user_site = getattr(request.user, "site", None)
        # The person page links here with one of the person's registration numbers filled in.
        form = DistributionForm(
            initial={
                "distributed_on": timezone.localdate(),
                "site": user_site,
                "record_id": request.GET.get("record_id", "")[:100],
            }
        )
    status = 409 if refusal else 200
    return render(
        request,
        "assistance/distribution_new.html",
        {"form": form, "refusal": refusal},
        status=status,
    )


@role_required(roles.DATA_OFFICERS)
def ledger(request: HttpRequest) -> HttpResponse:
    entries = Distribution.objects.select_related(
        "programme", "site", "recorded_by", "registration", "reverses"
    ).order_by("-recorded_at", "-id")
    programme = request.GET.get("programme", "")
    if programme:
        entries = entries.filter(programme__code=programme)
    return render(
        request,
        "assistance/ledger.html",
        {"entries": entries[:200], "programmes": Programme.objects.all(), "programme": programme},
    )


@role_required(roles.DATA_OFFICERS)
@require_POST
def distribution_reverse(request: HttpRequest, pk: int) -> HttpResponse:
    distribution = get_object_or_404(Distribution, pk=pk)
    try:
        services.distribution_reverse(
            distribution=distribution,
            actor=request.user,  # type: ignore[arg-type]
            reason=request.POST.get("reason", ""),
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The payment was reversed; the entitlement is free again."))
    return redirect("assistance:ledger")


# --- coverage -----------------------------------------------------------------------------------


@role_required(COVERAGE_READERS)
def coverage(request: HttpRequest) -> HttpResponse:
    day = _day(request)
    aggregate_only = not request.user.has_role(roles.CASE_WORKERS)  # type: ignore[union-attr]
    cells = selectors.coverage_summary(on=day, suppress_small=aggregate_only, site=_site(request))
    return render(
        request,
        "assistance/coverage.html",
        {
            "cells": cells,
            "day": day,
            "aggregate_only": aggregate_only,
            "sites": Site.objects.all(),
            "site": _site(request),
        },
    )


@role_required(roles.CASE_WORKERS)
def coverage_unpaid(request: HttpRequest) -> HttpResponse:
    day, site = _day(request), _site(request)
    programme = get_object_or_404(Programme, code=request.GET.get("programme", ""))
    entries = [
        e
        for e in selectors.coverage_entries(on=day, programmes=[programme], site=site)
        if not e.reached
    ]
    entries.sort(key=lambda e: (-e.view.facts.priority, e.view.family_name, e.view.given_name))
    return render(
        request,
        "assistance/coverage_unpaid.html",
        {
            "programme": programme,
            "site": site,
            "day": day,
            "entries": entries[:500],
            "total": len(entries),
        },
    )


@role_required(roles.CASE_WORKERS)
def coverage_export(request: HttpRequest, fmt: str) -> HttpResponse:
    programme = get_object_or_404(Programme, code=request.GET.get("programme", ""))
    try:
        name, content_type, content = services.coverage_export(
            programme=programme,
            on=_day(request),
            site=_site(request),
            status="all" if request.GET.get("status") == "all" else "unpaid",
            fmt=fmt,
            actor=request.user,  # type: ignore[arg-type]
        )
    except ApplicationError as exc:
        return HttpResponse(exc.message, status=400, content_type="text/plain")
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


# --- overpayments -------------------------------------------------------------------------------


@role_required(roles.DATA_OFFICERS)
def overpayments(request: HttpRequest) -> HttpResponse:
    found = selectors.possible_overpayments()
    keys = {f.key for f in found}
    stale = [f for f in selectors.overpayment_flags() if f.key not in keys]
    return render(
        request,
        "assistance/overpayments.html",
        {"found": found, "stale": stale, "statuses": OverpaymentFlag.choices},
    )


@role_required(roles.DATA_OFFICERS)
@require_POST
def overpayments_flag(request: HttpRequest) -> HttpResponse:
    opened = services.overpayments_flag(actor=request.user)  # type: ignore[arg-type]
    messages.success(request, _("%(n)d follow-up(s) opened.") % {"n": opened})
    return redirect("assistance:overpayments")


@role_required(roles.DATA_OFFICERS)
@require_POST
def overpayment_update(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        services.overpayment_update(
            overpayment=services.overpayment_get(pk),
            status=request.POST.get("status", ""),
            note=request.POST.get("note", ""),
            actor=request.user,  # type: ignore[arg-type]
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    return redirect("assistance:overpayments")
