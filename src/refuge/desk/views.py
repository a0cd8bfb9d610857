"""Pages of the desk. Each view checks the role, parses a form, calls one service or selector,
renders (the whole page, or a partial of the same template when htmx asks)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from refuge.accounts import roles
from refuge.accounts.access import role_required
from refuge.assistance.selectors import person_assistance
from refuge.core.errors import ApplicationError
from refuge.desk import selectors
from refuge.desk.forms import (
    MAX_MEMBERS,
    HouseholdSiteForm,
    MemberFormSet,
    MergeForm,
    ReasonForm,
    RegistrationForm,
    ReviewDecisionForm,
    SearchForm,
    SplitForm,
)
from refuge.desk.search import Query
from refuge.registry import services as registry
from refuge.registry.models import (
    LinkEvent,
    Person,
    Registration,
    Relationship,
    ReviewItem,
    Site,
)

HOUSEHOLD_ROWS = 4


def _partial(request: HttpRequest, template: str, name: str) -> str:
    return f"{template}#{name}" if request.htmx else template  # type: ignore[attr-defined]


@role_required(roles.REGISTRARS)
def desk(request: HttpRequest) -> HttpResponse:
    """Search before register. Typing fetches ``#results`` (htmx); Enter (``open=1``, a plain
    form submit) goes straight to the first candidate."""
    form = SearchForm(request.GET or None)
    query = form.query() if form.is_valid() else None
    result = selectors.person_search(query) if query is not None else None
    if result and result.cards and request.GET.get("open") and not request.htmx:  # type: ignore[attr-defined]
        return redirect("person_detail", pk=result.cards[0].person_id)
    response = render(
        request,
        _partial(request, "desk/desk.html", "results"),
        {"form": form, "result": result, "register_query": _register_query(query)},
    )
    if request.htmx:  # type: ignore[attr-defined]
        # The address bar follows the search (back and reload work), without ``open``.
        params = request.GET.copy()
        params.pop("open", None)
        response["HX-Push-Url"] = f"{reverse('desk')}?{params.urlencode()}"
    return response


def _register_query(query: Query | None) -> str:
    """Query string that carries what was searched into the registration form (names in the
    order family, given, patronymic: how Armenian and Russian lists write them)."""
    if query is None:
        return ""
    names = list(query.names) + ["", "", ""]
    initial = {
        "family_name": names[0],
        "given_name": names[1],
        "patronymic": names[2],
        "birth_date": query.birth_date,
        "origin": query.origin,
        "phone": query.phone,
    }
    return urlencode({k: v for k, v in initial.items() if v})


def _initial_site(request: HttpRequest) -> dict[str, Any]:
    """The clerk's own site, or the only site there is (a laptop at one reception point)."""
    site = getattr(request.user, "site", None)
    if site is None:
        only = list(Site.objects.values_list("pk", flat=True)[:2])
        return {"site": only[0]} if len(only) == 1 else {}
    return {"site": site.pk}


@role_required(roles.REGISTRARS)
def registration_new(request: HttpRequest) -> HttpResponse:
    """Register one person: new, or (``?person=ID``) as another registration of a person the
    clerk recognised in the search."""
    person = None
    person_id = request.GET.get("person") or request.POST.get("person")
    if person_id:
        person = get_object_or_404(Person, pk=person_id, dissolved_at__isnull=True)
    if request.method == "POST":
        form = RegistrationForm(request.POST)
        if form.is_valid():
            try:
                registration = registry.registration_register(
                    **form.registration_fields(),
                    site=form.cleaned_data["site"],
                    person=person,
                    actor=request.user,  # type: ignore[arg-type]
                )
            except ApplicationError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, _("Registered."))
                return redirect("person_detail", pk=registration.link.person_id)
    else:
        initial = {**_initial_site(request), **request.GET.dict()}
        initial.pop("person", None)
        form = RegistrationForm(initial=initial)
    card = selectors.person_cards([person.pk])[0] if person else None
    return render(request, "desk/register.html", {"form": form, "person": person, "card": card})


@role_required(roles.REGISTRARS)
def household_new(request: HttpRequest) -> HttpResponse:
    """Head and members in one go. "Add a member" re-renders with one more row (no script)."""
    if request.method == "POST":
        site_form = HouseholdSiteForm(request.POST)
        adding = "add_row" in request.POST
        formset = MemberFormSet(
            _with_extra_row(request.POST) if adding else request.POST, prefix="m"
        )
        if not adding and site_form.is_valid() and formset.is_valid():
            members = formset.members()
            try:
                household = registry.household_register(
                    site=site_form.cleaned_data["site"],
                    members=[_member_fields(m) for m in members],
                    actor=request.user,  # type: ignore[arg-type]
                )
            except ApplicationError as exc:
                messages.error(request, exc.message)
            except Person.DoesNotExist:
                messages.error(request, _("No such person."))
            else:
                messages.success(
                    request,
                    _("Household %(ref)s registered with %(n)d members.")
                    % {"ref": household.ref, "n": len(members)},
                )
                head = household.members.order_by("id").first()
                assert head is not None
                return redirect("person_detail", pk=head.registration.link.person_id)
    else:
        site_form = HouseholdSiteForm(initial=_initial_site(request))
        initial = [{"relationship": Relationship.HEAD}] + [
            {"relationship": Relationship.CHILD} for _ in range(HOUSEHOLD_ROWS - 1)
        ]
        formset = MemberFormSet(prefix="m", initial=initial)
    return render(request, "desk/household_form.html", {"site_form": site_form, "formset": formset})


def _with_extra_row(data: Any) -> Any:
    """The posted rows and one more, empty."""
    data = data.copy()
    total = int(data.get("m-TOTAL_FORMS", 0) or 0)
    data["m-TOTAL_FORMS"] = str(min(total + 1, MAX_MEMBERS))
    return data


def _member_fields(member: dict[str, Any]) -> dict[str, Any]:
    member = dict(member)
    person_id = member.pop("person_id", None)
    if person_id:
        member["person"] = Person.objects.get(pk=person_id, dissolved_at__isnull=True)
    return member


# --- the person page ---------------------------------------------------------------------


@role_required(roles.PERSON_READERS)
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=pk)
    page = selectors.person_page(person)
    assistance = person_assistance(person_id=person.pk, on=timezone.localdate())
    return render(
        request,
        "desk/person.html",
        {"page": page, "person": person, "undoable": registry.UNDOABLE, "assistance": assistance},
    )


@role_required(roles.DATA_OFFICERS)
@require_POST
def person_split(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=pk)
    registrations = list(person.links.values_list("registration_id", flat=True))
    form = SplitForm(request.POST, registration_ids=registrations)
    if not form.is_valid():
        messages.error(request, _("Choose the registrations to split off."))
        return redirect("person_detail", pk=pk)
    try:
        event = registry.person_split(
            person=person,
            registrations=list(
                Registration.objects.filter(
                    link__person=person, pk__in=form.cleaned_data["registrations"]
                )
            ),
            actor=request.user,  # type: ignore[arg-type]
            reason=form.cleaned_data["reason"],
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("person_detail", pk=pk)
    _undo_message(request, event, _("Split: a new person was made."))
    return redirect("person_detail", pk=pk)


@role_required(roles.DATA_OFFICERS)
@require_POST
def person_merge(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=pk)
    form = MergeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the number of the person to merge."))
        return redirect("person_detail", pk=pk)
    other = Person.objects.filter(pk=form.cleaned_data["other"]).first()
    if other is None:
        messages.error(request, _("No such person."))
        return redirect("person_detail", pk=pk)
    try:
        event = registry.person_merge(
            keep=person,
            absorb=other,
            actor=request.user,  # type: ignore[arg-type]
            reason=form.cleaned_data["reason"],
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("person_detail", pk=pk)
    _undo_message(request, event, _("Merged."))
    return redirect("person_detail", pk=pk)


def _undo_message(request: HttpRequest, event: LinkEvent, text: str) -> None:
    """A success message that the base template shows with an Undo button for ``event``."""
    messages.success(request, text, extra_tags=f"undo:{event.pk}")


@role_required(roles.DATA_OFFICERS)
@require_POST
def event_undo(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(LinkEvent, pk=pk)
    form = ReasonForm(request.POST)
    form.is_valid()
    try:
        registry.link_event_undo(
            event=event,
            actor=request.user,  # type: ignore[arg-type]
            reason=form.cleaned_data.get("reason", ""),
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Undone."))
    return HttpResponseRedirect(_safe_next(request) or reverse("review_list"))


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


# --- the review queue --------------------------------------------------------------------


@role_required(roles.DATA_OFFICERS)
def review_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "desk/review_list.html",
        {"items": selectors.review_list(), "counts": selectors.review_counts()},
    )


@role_required(roles.DATA_OFFICERS)
def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ReviewItem.objects.select_related("left", "right"), pk=pk)
    context = selectors.review_pair(item)
    context["form"] = ReviewDecisionForm()
    context["next_item"] = next(
        (i for i in selectors.review_list(include_deferred=False, limit=2) if i.pk != item.pk),
        None,
    )
    return render(request, "desk/review_item.html", context)


@role_required(roles.DATA_OFFICERS)
@require_POST
def review_decide(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(ReviewItem, pk=pk)
    form = ReviewDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose merge, keep apart or defer."))
        return redirect("review_detail", pk=pk)
    try:
        event = registry.review_resolve(
            item=item,
            action=form.cleaned_data["action"],
            actor=request.user,  # type: ignore[arg-type]
            reason=form.cleaned_data["reason"],
        )
    except ApplicationError as exc:
        messages.error(request, exc.message)
        return redirect("review_detail", pk=pk)
    if event is None:
        messages.info(request, _("Deferred."))
    else:
        _undo_message(request, event, _("Decision recorded."))
    return redirect("review_detail", pk=pk)
