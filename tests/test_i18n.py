"""The assistance and shelter pages in Armenian and Russian.

``tests/desk/test_translations.py`` already holds both catalogues to "every msgid translated,
nothing fuzzy, every ``%(name)s`` kept, ``.mo`` compiled". This adds what it does not check:
that both catalogues hold the same msgids, that ``{name}`` placeholders survive too, and that
real pages, opened by a user whose language is Armenian or Russian, show the translations, not
the English, for a sample of their strings: headings, help texts, form labels, and labels of
stored codes (needs, accommodation kinds), which only reach the page translated if the view
passes labels rather than codes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

import refuge
from refuge.assistance import services
from refuge.assistance.services import vulnerabilities_derive_from_registrations
from refuge.shelter import services as shelter
from tests.assistance import factories as f
from tests.desk.test_translations import entries

LOCALE = Path(refuge.__file__).parent / "locale"
LANGUAGES = ["hy", "ru"]


def _catalogue(language: str) -> list[tuple[str, list[str], bool]]:
    return entries(LOCALE / language / "LC_MESSAGES" / "django.po")


def test_both_catalogues_hold_the_same_strings():
    hy, ru = ({msgid for msgid, _s, _f in _catalogue(lang)} for lang in LANGUAGES)
    assert hy == ru, {"only in hy": sorted(hy - ru), "only in ru": sorted(ru - hy)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_its_brace_placeholders(language):
    for msgid, strs, fuzzy in _catalogue(language):
        assert strs and all(strs) and not fuzzy, msgid
        wanted = sorted(set(re.findall(r"\{\w+\}", msgid)))
        for translated in strs:
            assert sorted(set(re.findall(r"\{\w+\}", translated))) == wanted, msgid


# --- pages --------------------------------------------------------------------------------------


@pytest.fixture
def world(cast: dict[str, Any]) -> dict[str, Any]:
    """Something on every sampled page: a paid programme, a pregnant woman in a household at
    Goris (so the priority list has a need to label), a hotel and a placement suggestion."""
    goris = f.site()
    programmes = f.programmes()
    hh, regs = f.family(at=goris)
    f.registration(given_name="Lusine", needs="pregnant", at=goris, household=hh)
    vulnerabilities_derive_from_registrations()
    services.distribution_record(
        registration=regs[0],
        programme=programmes["cash-100k"],
        site=goris,
        distributed_on=f.DAY,
        actor=None,
    )
    shelter.accommodation_create(
        name="Goris 1", kind="hotel", province="Syunik", capacity=100, actor=None
    )
    suggestion = shelter.placement_suggest(actor=None)
    return {"site": goris, "suggestion": suggestion}


# (page, who opens it, English strings that must appear translated)
PAGES = [
    (
        "assistance:ledger",
        "data_officer",
        [
            "Distribution ledger",
            "Entries are never edited or deleted; a correction is a reversing entry.",
            "Amount / quantity",
            "Reverse",
            "payment",
        ],
    ),
    (
        "assistance:programme_list",
        "registrar_goris",
        [
            "Assistance programmes",
            "Programmes and their rules are data: an administrator edits them in the "
            "administration pages.",
            # not "per household" or "every fortnight": they are also in the seeded
            # programme names, which are data and stay as an administrator typed them
            "Who is eligible",
            "Frequency",
            "Running",
        ],
    ),
    (
        "assistance:priority_list",
        "case_worker",
        [
            "Priority list per site",
            "How the score is computed",
            "pregnant woman",
            "unaccompanied child",
            "single-parent household",
        ],
    ),
    (
        "assistance:coverage",
        "coordinator",
        ["Coverage per site and programme", "Counts under 5 are shown as <5.", "Not reached"],
    ),
    (
        "assistance:distribution_new",
        "registrar_goris",
        [
            "Record a distribution",
            "Registration number (any of the person's registrations)",
            "Amount or quantity (empty: the entitlement)",
        ],
    ),
    (
        "shelter:accommodation_list",
        "coordinator",
        ["Accommodations and occupancy", "Occupied / capacity", "hotel"],
    ),
    (
        "shelter:placement_new",
        "case_worker",
        [
            "Place a household",
            "Household reference",
            "A household is always placed whole; a placement that would exceed capacity is "
            "refused.",
        ],
    ),
    (
        "shelter:suggestion_detail",
        "data_officer",
        ["Per accommodation", "Households, highest priority first", "Persons added", "hotel"],
    ),
]


def _url(name: str, world: dict[str, Any]) -> str:
    if name == "shelter:suggestion_detail":
        return reverse(name, kwargs={"pk": world["suggestion"].pk})
    if name == "assistance:priority_list":
        return reverse(name) + f"?site={world['site'].pk}"
    return reverse(name)


def _words(english: str) -> str:
    """The English as it would stand in the page, escaped or not, and as a whole (``hotel``
    must not match inside ``Hotel Goris``, ``payment`` not inside ``overpayment``)."""
    either = "|".join(re.escape(t) for t in {english, escape(english)})
    return rf"(?<![\w-])(?:{either})(?![\w-])"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("name", "username", "sample"), PAGES, ids=[name for name, _u, _s in PAGES]
)
def test_page_shows_the_translations_not_the_english(cast, world, language, name, username, sample):
    client = Client()
    client.force_login(cast[username])
    client.cookies["django_language"] = language
    response = client.get(_url(name, world))
    assert response.status_code == 200
    body = response.content.decode()
    assert f'<html lang="{language}">' in body
    with translation.override(language):
        for english in sample:
            translated = translation.gettext(english)
            assert translated != english, f"{language}: no translation for {english!r}"
            # {% translate "literal" %} is not escaped (template literals are safe): "<5."
            shown = translated in body or escape(translated) in body
            assert shown, f"{language} {name}: {translated!r} missing"
            assert not re.search(_words(english), body), f"{language} {name}: {english!r} left"


@pytest.mark.parametrize(
    ("accept", "heading"),
    [("hy,ru;q=0.8,en;q=0.5", "Բաշխումների մատյան"), ("ru-RU,ru;q=0.9", "Журнал выдач")],
)
def test_the_browser_language_is_used_without_a_cookie(cast, world, accept, heading):
    client = Client()
    client.force_login(cast["data_officer"])
    body = client.get(reverse("assistance:ledger"), HTTP_ACCEPT_LANGUAGE=accept).content.decode()
    assert f"<h1>{heading}</h1>" in body
    assert "Distribution ledger" not in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_priority_list_names_needs_by_label_not_by_code(cast, world, language):
    """The needs column and the score explanation show labels; the stored codes
    (``pregnant``, ``unaccompanied_child``) are not words of any language."""
    client = Client()
    client.force_login(cast["case_worker"])
    client.cookies["django_language"] = language
    body = client.get(_url("assistance:priority_list", world)).content.decode()
    results = body[body.index('<div id="results">') :]
    for code in ("pregnant", "unaccompanied_child", "single_parent", "older_alone"):
        assert not re.search(_words(code), results), code
