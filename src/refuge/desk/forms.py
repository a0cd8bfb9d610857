"""Forms of the desk: parse and validate what a clerk typed; the services decide the rest."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.core.exceptions import ValidationError
from django.forms import formset_factory
from django.utils.translation import gettext_lazy as _

from refuge.desk.search import Query, parse_birth, parse_query
from refuge.registry.models import Relationship, Site

SEX_CHOICES = [("", _("not known")), ("F", _("female")), ("M", _("male"))]
BIRTH_HELP = _("YYYY-MM-DD, DD.MM.YYYY or only the year")
BIRTH_INVALID = _("Write the birth date as YYYY-MM-DD, DD.MM.YYYY or only the year YYYY.")


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Name"), max_length=200, required=False)
    birth = forms.CharField(label=_("Birth date or year"), max_length=20, required=False)
    origin = forms.CharField(label=_("Origin"), max_length=100, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)

    def query(self) -> Query:
        data = self.cleaned_data
        return parse_query(
            data["q"], birth=data["birth"], origin=data["origin"], phone=data["phone"]
        )


def clean_birth(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    parsed = parse_birth(value)
    if not parsed:
        raise ValidationError(BIRTH_INVALID)
    return parsed


class PersonFieldsForm(forms.Form):
    """The fields of one registration, as the clerk types them."""

    family_name = forms.CharField(label=_("Family name"), max_length=200)
    given_name = forms.CharField(label=_("Given name"), max_length=200)
    patronymic = forms.CharField(label=_("Patronymic"), max_length=200, required=False)
    sex = forms.ChoiceField(label=_("Sex"), choices=SEX_CHOICES, required=False)
    birth_date = forms.CharField(
        label=_("Birth date"), max_length=20, required=False, help_text=BIRTH_HELP
    )
    origin = forms.CharField(label=_("Origin"), max_length=200, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=50, required=False)

    def clean_birth_date(self) -> str:
        return clean_birth(self.cleaned_data["birth_date"])

    def registration_fields(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in PersonFieldsForm.base_fields}


class SiteField(forms.ModelChoiceField):  # type: ignore[type-arg]
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(queryset=Site.objects.all(), label=_("Site"), **kwargs)


class RegistrationForm(PersonFieldsForm):
    site = SiteField()


class HouseholdSiteForm(forms.Form):
    site = SiteField()


class MemberForm(PersonFieldsForm):
    relationship = forms.ChoiceField(
        label=_("Relationship to the head"), choices=Relationship.choices, required=False
    )
    person = forms.IntegerField(
        label=_("Already registered as person"), required=False, min_value=1
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The household table labels its columns once, in the header; each input still says
        # what it is to a screen reader.
        for field in self.fields.values():
            field.widget.attrs["aria-label"] = str(field.label)

    def has_changed(self) -> bool:
        """A row is filled when it names someone; a preset relationship or sex alone is an
        empty row (the form offers rows with "child" already chosen)."""
        return any(self[name].value() for name in self.IDENTIFYING)

    IDENTIFYING = ("family_name", "given_name", "patronymic", "birth_date", "phone", "person")


MAX_MEMBERS = 30


class BaseMemberFormSet(forms.BaseFormSet):  # type: ignore[type-arg]
    def _construct_form(self, i: int, **kwargs: Any) -> Any:
        # Every row may stay empty, the rows offered with a relationship already chosen too
        # (Django would require the "initial" ones).
        kwargs["empty_permitted"] = True
        return super()._construct_form(i, **kwargs)  # type: ignore[misc]  # not in django-stubs

    def clean(self) -> None:
        if any(self.errors):
            return
        filled = [f for f in self.forms if f.has_changed()]
        if not filled:
            raise ValidationError(_("A household needs at least one member."))
        heads = [f for f in filled if f.cleaned_data.get("relationship") == Relationship.HEAD]
        if len(heads) > 1:
            raise ValidationError(_("A household has one head."))

    def members(self) -> list[dict[str, Any]]:
        out = []
        for form in self.forms:
            if not form.has_changed():
                continue
            member = form.registration_fields()
            member["relationship"] = form.cleaned_data["relationship"]
            member["person_id"] = form.cleaned_data["person"]
            out.append(member)
        return out


MemberFormSet = cast(
    type[BaseMemberFormSet],
    formset_factory(MemberForm, formset=BaseMemberFormSet, extra=0, max_num=MAX_MEMBERS),
)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500, required=False)


class ReviewDecisionForm(ReasonForm):
    action = forms.ChoiceField(
        choices=[
            ("merge", _("Same person: merge")),
            ("keep_apart", _("Different people: keep apart")),
            ("defer", _("Not sure: defer")),
        ]
    )


class SplitForm(ReasonForm):
    registrations = forms.TypedMultipleChoiceField(coerce=int, choices=[])

    def __init__(self, *args: Any, registration_ids: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["registrations"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = [(pk, str(pk)) for pk in registration_ids]


class MergeForm(ReasonForm):
    other = forms.IntegerField(label=_("Person number to merge into this one"), min_value=1)
