"""The name and place tables: large enough, in the right scripts, skewed like real names."""

from __future__ import annotations

import re

import pytest

from refuge.synth.lexicon import (
    ARMENIAN_CHARS,
    GIVEN_NAMES,
    ORIGINS,
    SITES,
    SURNAMES,
    _check_script,
)

LATIN = re.compile(r"^[A-Za-z]+([ -][A-Za-z]+)*$")


def test_at_least_80_given_names_of_each_sex_and_150_surnames() -> None:
    born = [g for g in GIVEN_NAMES if sum(g.cohort_weights) > 0]
    assert sum(g.sex == "M" for g in born) >= 80
    assert sum(g.sex == "F" for g in born) >= 80
    assert len(SURNAMES) >= 150


def test_names_are_not_listed_twice() -> None:
    assert len({(g.armenian, g.sex) for g in GIVEN_NAMES}) == len(GIVEN_NAMES)
    assert len({s.armenian for s in SURNAMES}) == len(SURNAMES)


def test_yan_surnames_dominate_with_a_few_others() -> None:
    total = sum(s.weight for s in SURNAMES)
    yan = sum(s.weight for s in SURNAMES if s.armenian.endswith("յան"))
    assert yan / total > 0.95
    assert sum(s.armenian.endswith("ց") for s in SURNAMES) >= 3  # -ts / -yants
    assert sum(not s.armenian.endswith(("յան", "ց")) for s in SURNAMES) >= 3


def test_the_ten_most_frequent_surnames_are_the_national_ones() -> None:
    top = {s.key for s in sorted(SURNAMES, key=lambda s: -s.weight)[:10]}
    assert top == {
        "Harutyunyan",
        "Sargsyan",
        "Grigoryan",
        "Hovhannisyan",
        "Khachatryan",
        "Hakobyan",
        "Vardanyan",
        "Karapetyan",
        "Gevorgyan",
        "Petrosyan",
    }


def test_every_latin_form_is_plain_ascii_letters() -> None:
    for entry in (*GIVEN_NAMES, *SURNAMES):
        for key, forms in entry.forms.items():
            if key not in ("hy", "hy_ew", "ru"):
                assert all(LATIN.match(f) for f in forms), (entry.armenian, key, forms)


def test_a_mixed_script_table_row_is_refused() -> None:
    with pytest.raises(ValueError, match="outside its script"):
        _check_script("ԱրմենA", ARMENIAN_CHARS, "Armenian name")


def test_places_have_all_three_scripts() -> None:
    assert ORIGINS[0].latin[0] == "Stepanakert"
    assert max(ORIGINS, key=lambda o: o.weight) is ORIGINS[0]
    for origin in ORIGINS:
        assert origin.armenian and origin.russian and origin.latin
    names = {s.name for s in SITES}
    assert {"Kornidzor", "Goris", "Yerevan-1", "Yerevan-2", "Vanadzor", "Gyumri"} <= names
    assert {"Kapan", "Sisian", "Yeghegnadzor", "Gavar", "Abovyan", "Ijevan"} <= names
