"""The search: any spelling, in any script, finds the person; ranking uses birth and phone.

Table-driven, one row per case, each with a description (as the linkage tests are).
"""

from __future__ import annotations

import pytest

from refuge.desk.index_keys import entry_keys, skeleton
from refuge.desk.search import parse_birth, parse_query, prefix_upper_bound
from refuge.desk.selectors import person_search

FIRST = [
    # (description, query, birth, phone, expected first)
    ("Russian Cyrillic finds Armenian script", "Оганесян Ованес", "", "", "hovhannes"),
    ("Armenian script, given name first", "Հովհաննես Հովհաննիսյան", "", "", "hovhannes"),
    ("Latin transliteration variant", "Hovannisian Hovhannes", "", "", "hovhannes"),
    ("Russian -ян against Latin -ian", "Акопян Арам", "", "", "aram"),
    ("Western Armenian spelling", "Hagopian Aram", "", "", "aram"),
    ("Latin finds Cyrillic", "Hakobyan Anna", "", "", "anna_a"),
    ("a typo in the family name", "Hovhanisyan Anna", "", "", "anna_h"),
    ("a swapped letter", "Petorsyan Hayk", "", "", "hayk"),
    ("conventional Russian form of Հայկ", "Petrosyan Гайк", "", "", "hayk"),
    ("still typing the given name", "Hovhannisyan Hovh", "", "", "hovhannes"),
    ("the birth year decides between namesakes", "Hovhannisyan", "2010", "", "anna_h"),
    ("the birth date in the search box", "Hovhannisyan 07.03.1954", "", "", "hovhannes"),
    ("a phone in national form finds the E.164", "Hakobyan", "", "+374 91 234567", "aram"),
    ("a phone alone", "091234567", "", "", "aram"),
    ("the Latin of a Russian passport", "Oganesyan Ovanes", "", "", "hovhannes"),
    ("Х written for Հ", "Ховханнисян Ованес", "", "", "hovhannes"),
    ("a Latin name read as its Russian form", "Petrosyan Gayk", "", "", "hayk"),
]


@pytest.mark.parametrize(
    ("description", "q", "birth", "phone", "expected"), FIRST, ids=[row[0] for row in FIRST]
)
def test_finds_the_person_first(people, description, q, birth, phone, expected):
    result = person_search(parse_query(q, birth=birth, phone=phone))
    assert result.cards, description
    assert result.cards[0].person_id == people[expected].pk, description


def test_a_family_name_alone_finds_everyone_who_bears_it_in_any_script(people):
    found = {c.person_id for c in person_search(parse_query("Оганесян")).cards}
    assert {people["hovhannes"].pk, people["anna_h"].pk} <= found
    assert people["hayk"].pk not in found


def test_a_card_shows_spellings_age_origin_sites_and_household(people, household):
    card = person_search(parse_query("Оганесян Ованес")).cards[0]
    assert [s.family_name for s in card.spellings] == ["Հովհաննիսյան", "Hovhannisyan"]
    assert card.spellings[0].latin == "Hovhannisyan Hovhannes"
    assert card.spellings[1].latin == ""  # already Latin
    assert card.sites == ["Kornidzor", "Goris"]
    assert card.origins == ["Stepanakert"]
    assert card.registrations == 2
    assert card.age is not None and card.age >= 70
    head = person_search(parse_query("Sargsyan Sargis")).cards[0]
    assert [(h.relationship, h.size) for h in head.households] == [("head", 3)]


def test_an_unknown_name_finds_no_one(people):
    assert person_search(parse_query("Zzyzx Qwerty")).cards == []


def test_an_empty_query_asks_nothing_of_the_database(people, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert person_search(parse_query("  ")).cards == []


def test_a_search_takes_a_fixed_number_of_queries(people, household, django_assert_num_queries):
    person_search(parse_query("x"))  # the index catches up once
    # index check (2), index lookups (keys, skeletons), phone, candidates, cards (2)
    with django_assert_num_queries(8):
        person_search(parse_query("Hovhannisyan Anna 2010 +37477001122"))


def test_registrations_added_after_a_search_are_found_by_the_next(people, sites, cast):
    from refuge.registry.services import registration_register

    assert not person_search(parse_query("Мкртчян Ашот")).cards
    registration_register(
        given_name="Աշոտ",
        family_name="Մկրտչյան",
        site=sites["Goris"],
        actor=cast["registrar_goris"],
    )
    assert person_search(parse_query("Мкртчян Ашот")).cards


@pytest.mark.parametrize(
    ("given", "registered", "query"),
    [
        ("Omar", "Al-Hassan", "Hassan Omar"),
        ("Omar", "Hassan", "al-Hassan Omar"),
        ("Omar", "Hassan", "Omar al Hassan"),  # the article typed as a word of its own
        ("Omar", "El Hassan", "Omar Hasan"),
        ("Omar", "Al Hassan", "Alhassan Omar"),  # the article joined on one side only
        ("Omar", "Alhassan", "Al Hassan Omar"),
        ("Omar", "El Masri", "Elmasri Omar"),
        ("عمر", "الحسن", "حسن عمر"),
        ("عمر", "حسن", "عمر ال حسن"),
        ("عمر", "الحسن", "Hassan Omar"),  # across scripts, on the consonants
        ("Omar", "El Hassan", "حسن عمر"),
    ],
)
def test_the_arabic_article_before_a_family_name_neither_hides_nor_finds(
    people, sites, cast, given, registered, query
):
    from refuge.registry.services import registration_register

    omar = registration_register(
        given_name=given,
        family_name=registered,
        site=sites["Goris"],
        actor=cast["registrar_goris"],
    ).link.person
    cards = person_search(parse_query(query)).cards
    assert cards and cards[0].person_id == omar.pk
    assert cards[0].score >= 0.9


def test_a_merged_person_is_shown_once_under_the_person_that_kept_the_registrations(people, cast):
    from refuge.registry.services import person_merge

    person_merge(
        keep=people["anna_h"], absorb=people["anna_a"], actor=cast["data_officer"], reason="test"
    )
    cards = person_search(parse_query("Anna")).cards
    assert [c.person_id for c in cards].count(people["anna_h"].pk) == 1
    assert people["anna_a"].pk not in {c.person_id for c in cards}


QUERIES = [
    ("names only", "Hovhannisyan Anna", ("Hovhannisyan", "Anna"), "", ""),
    ("year", "Акопян 1980", ("Акопян",), "1980", ""),
    ("ISO date", "Aram 1975-11-02", ("Aram",), "1975-11-02", ""),
    ("dotted date", "Aram 2.11.1975", ("Aram",), "1975-11-02", ""),
    ("phone with spaces kept together", "Aram 091234567", ("Aram",), "", "+37491234567"),
    ("punctuation around names", "«Hovhannisyan», Anna;", ("Hovhannisyan", "Anna"), "", ""),
]


@pytest.mark.parametrize(
    ("description", "text", "names", "birth", "phone"), QUERIES, ids=[q[0] for q in QUERIES]
)
def test_parse_query(description, text, names, birth, phone):
    query = parse_query(text)
    assert (query.names, query.birth_date, query.phone) == (names, birth, phone)


def test_separate_fields_win_over_the_search_box():
    query = parse_query("Aram 1975", birth="1976-01-02", phone="091234567", origin=" Askeran ")
    assert (query.birth_date, query.phone, query.origin) == (
        "1976-01-02",
        "+37491234567",
        "Askeran",
    )


@pytest.mark.parametrize(("text", "expected"), [
    ("1954", "1954"), ("1954-3-7", "1954-03-07"), ("07.03.1954", "1954-03-07"),
    ("7/3/1954", "1954-03-07"), ("31.02.x", ""), ("13.13.1954", ""), ("", ""),
])  # fmt: skip
def test_parse_birth(text, expected):
    assert parse_birth(text) == expected


def test_index_keys_hold_both_orders_and_skeletons():
    assert entry_keys(family_key="ovanisian", given_key="ovanes") == {
        "ovanisian ovanes", "ovanes ovanisian", "~ansn ans", "~ans ansn"}  # fmt: skip
    assert entry_keys(family_key="akopian", given_key="") == {"akopian ", "~akpn "}
    assert entry_keys(family_key="", given_key="") == set()


def test_skeleton_and_prefix_bound():
    assert skeleton("ovanesian") == skeleton("ovanisian") == "ansn"
    assert skeleton("asan") == skeleton("ASN") == "asn"  # Hassan, حسن
    assert skeleton("ia") == "ia"
    assert prefix_upper_bound("akop") == "akoq"
    assert "akopian ana" < prefix_upper_bound("akopian") and "akopiao" >= prefix_upper_bound(
        "akopian"
    )


@pytest.mark.parametrize(
    ("typed", "readings_"),
    [
        ("Hovhannisyan", ("Hovhannisyan", "ованнисян")),
        ("Оганесян", ("Оганесян", "Oganesyan")),
        ("Мхер", ("Мхер", "Mkher", "Мер")),
        ("Հակոբ", ("Հակոբ", "Hakob")),
        ("1954", ("1954",)),
    ],
)
def test_a_token_is_read_as_typed_and_letter_by_letter_in_the_other_script(typed, readings_):
    from refuge.desk.translit import readings

    assert readings(typed) == readings_


def test_a_single_name_finds_registrations_under_either_order_and_skeleton(people):
    # The single-token lookups are the ranges that end in a space ("~ansn "), the ones a
    # linguistic collation would get wrong.
    found = {c.person_id for c in person_search(parse_query("Ованес")).cards}
    assert people["hovhannes"].pk in found


@pytest.mark.postgres
def test_search_keys_compare_bytes_on_postgresql(db):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT collation_name FROM information_schema.columns "
            "WHERE table_name = 'desk_searchentry' AND column_name = 'key'"
        )
        assert cursor.fetchone()[0] == "C"


def test_the_index_command_does_the_backlog(people):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("desk_index", stdout=out)
    assert out.getvalue().startswith("indexed 6 registrations")


def test_a_birth_year_reaches_past_the_candidate_limit(people, sites, cast, monkeypatch):
    from refuge.desk import selectors
    from refuge.registry.services import registration_register

    monkeypatch.setattr(selectors, "CANDIDATE_LIMIT", 3)
    for year in range(1990, 1996):  # six namesakes before the one born in 1961
        registration_register(given_name="Mariam", family_name="Hakobyan", birth_date=str(year),
                              site=sites["Goris"], actor=cast["registrar_goris"])  # fmt: skip
    target = registration_register(given_name="Մարիամ", family_name="Հակոբյան",
                                   birth_date="1961-02-03", site=sites["Goris"],
                                   actor=cast["registrar_goris"])  # fmt: skip
    result = person_search(parse_query("Акопян Мариам 1961"))
    assert result.truncated
    assert result.cards[0].person_id == target.link.person_id


def test_rekeying_after_a_rule_change_makes_old_registrations_findable_again(people):
    from django.core.management import call_command

    from refuge.desk.models import SearchEntry
    from refuge.registry.models import Registration

    # Registrations stored under older name rules: their derived keys are not today's.
    Registration.objects.update(family_key="stale", given_key="stale")
    SearchEntry.objects.all().delete()
    call_command("desk_index")
    assert not person_search(parse_query("Hakobyan")).cards
    call_command("rekey_names")
    assert person_search(parse_query("Hakobyan")).cards
    assert not Registration.objects.filter(family_key="stale").exists()


def test_a_change_of_name_rules_rekeys_at_the_next_command_without_being_asked(people):
    """An upgrade that changes how keys are made: the next command that opens the database
    (every one runs ``migrate`` first) re-keys; the one after finds nothing to do."""
    from django.apps import apps
    from django.core.management import call_command
    from django.db.models.signals import post_migrate

    from refuge.desk.models import NameRules, SearchEntry
    from refuge.desk.name_rules import name_keys_bring_up_to_date, name_rules_fingerprint
    from refuge.registry.models import Registration

    name_keys_bring_up_to_date()  # (run by the test database's migrate already)
    assert name_keys_bring_up_to_date() is None
    # Keys stored under older rules, and the fingerprint of those rules.
    Registration.objects.update(family_key="stale", given_key="stale")
    SearchEntry.objects.all().delete()
    call_command("desk_index")
    NameRules.objects.update(fingerprint="rules of an older refuge")
    assert not person_search(parse_query("Hakobyan")).cards

    desk = apps.get_app_config("desk")
    post_migrate.send(sender=desk, app_config=desk, using="default", verbosity=0, plan=[])
    assert person_search(parse_query("Hakobyan")).cards
    assert not Registration.objects.filter(family_key="stale").exists()
    assert NameRules.objects.get().fingerprint == name_rules_fingerprint()
    assert name_keys_bring_up_to_date() is None


def test_an_article_is_no_name_token_unless_it_may_be_the_start_of_one():
    assert parse_query("Omar al Hassan").names == ("Omar", "Hassan")
    assert parse_query("Al").names == ("Al",)  # still typing Ali, Alina...
    assert parse_query("Petrosyan Al").names == ("Petrosyan", "Al")
