"""Keyboard slips, date and phone errors: small, local, and still well-formed."""

from __future__ import annotations

import datetime as dt
import random

from rapidfuzz.distance import OSA

from refuge.synth import noise

NAMES = ["Hovhannisyan", "Հարությունյան", "Арутюнян", "Khachatryan", "Գևորգ", "Оганес"]


def test_a_typo_is_one_edit_and_keeps_the_capital() -> None:
    rng = random.Random(3)
    changed = 0
    for _ in range(500):
        name = NAMES[rng.randrange(len(NAMES))]
        slipped = noise.typo(name, rng)
        assert OSA.distance(name.lower(), slipped.lower()) <= 1
        assert slipped[0].isupper()
        changed += slipped != name
    assert changed > 450  # only swapping the two n's of "nn" is invisible


def test_a_neighbouring_key_stays_in_the_same_script() -> None:
    assert set(noise.NEIGHBOURS["a"]) <= set("qwsz")
    assert all("\u0430" <= ch <= "\u044f" for ch in noise.NEIGHBOURS["к"])
    assert all("\u0561" <= ch <= "\u0587" for ch in noise.NEIGHBOURS["ա"])


def test_short_names_are_left_alone() -> None:
    assert noise.typo("Ан", random.Random(1)) == "Ан"


def test_day_and_month_swap_only_when_both_could_be_a_month() -> None:
    assert noise.swapped_day_month(dt.date(1980, 3, 7)) == "1980-07-03"
    assert noise.swapped_day_month(dt.date(1980, 3, 17)) is None
    assert noise.swapped_day_month(dt.date(1980, 5, 5)) is None


def test_shifting_a_leap_day_lands_on_28_february() -> None:
    assert noise.shift_year(dt.date(2000, 2, 29), 1) == dt.date(2001, 2, 28)
    assert noise.shift_year(dt.date(1970, 6, 1), -1) == dt.date(1969, 6, 1)


def test_phones_with_and_without_country_code() -> None:
    assert noise.format_phone("77123456", with_country_code=True) == "+37477123456"
    assert noise.format_phone("77123456", with_country_code=False) == "077123456"


def test_a_mistyped_phone_keeps_length_and_operator() -> None:
    rng = random.Random(2)
    for _ in range(200):
        wrong = noise.phone_typo("77123456", rng)
        assert len(wrong) == 8 and wrong.isdigit() and wrong.startswith("77")
