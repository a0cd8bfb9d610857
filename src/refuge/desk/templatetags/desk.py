"""Template helpers of the desk: translated labels for codes, and the Latin rendering."""

from __future__ import annotations

from django import template
from django.utils.translation import gettext_lazy as _

from refuge.desk.translit import latin_beside

register = template.Library()

REASONS = {
    "birth_date": _("same birth date"),
    "birth_date_swapped": _("birth date, day and month swapped"),
    "birth_year": _("same birth year"),
    "birth_year_near": _("birth year one apart"),
    "birth_year_differs": _("different birth year"),
    "phone": _("same phone"),
    "origin": _("same origin"),
}
FIELDS = {
    "family_name": _("Family name"),
    "given_name": _("Given name"),
    "patronymic": _("Patronymic"),
    "sex": _("Sex"),
    "birth_date": _("Birth date"),
    "origin": _("Origin"),
    "phone": _("Phone"),
    "household_ref": _("Household"),
    "site_name": _("Site"),
    "registered_at": _("Registered at"),
    "site": _("Site"),
    # Engine terms that are not a column: another member of each household already linked,
    # and what the "relatives" class takes away (see docs/linkage.md).
    "household_colink": _("Households already linked through another member"),
    "relatives": _("Could be relatives instead"),
}


@register.simple_tag
def reason_label(code: str) -> str:
    return str(REASONS.get(code, code))


@register.simple_tag
def field_label(code: str) -> str:
    return str(FIELDS.get(code, code))


@register.filter
def latin(text: str) -> str:
    """The Latin rendering of a name typed in another script ("" if it is Latin already)."""
    return latin_beside(text or "")
