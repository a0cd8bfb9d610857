"""Calendar arithmetic against dates that the calendars' own authorities publish."""

from __future__ import annotations

import numpy as np
import pytest

from refuge.linkage.calendars import ethiopian_day, gregorian_date, gregorian_day, solar_hijri_day


def _gregorian(day: np.ndarray) -> tuple[int, int, int]:
    y, m, d = gregorian_date(day)
    return int(y[0]), int(m[0]), int(d[0])


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1403, 1, 1), (2024, 3, 20)),  # Nowruz after a leap Esfand
        ((1402, 1, 1), (2023, 3, 21)),
        ((1399, 12, 30), (2021, 3, 20)),  # the leap day of 1399
        ((1400, 1, 1), (2021, 3, 21)),
        ((1365, 5, 10), (1986, 8, 1)),  # 10 Mordad: the 31-day months
        ((1365, 10, 11), (1987, 1, 1)),  # 11 Dey: the next Gregorian year begins
        ((1357, 11, 22), (1979, 2, 11)),  # 22 Bahman, the revolution's day
        ((1300, 1, 1), (1921, 3, 21)),
    ],
)
def test_solar_hijri_dates_convert_to_the_gregorian_day(
    solar: tuple[int, int, int], gregorian: tuple[int, int, int]
) -> None:
    y, m, d = (np.array([v]) for v in solar)
    assert _gregorian(solar_hijri_day(y, m, d)) == gregorian


def test_ethiopian_new_year_falls_on_11_or_12_september() -> None:
    # 1 Meskerem 2016 was 12 September 2023 (before a Gregorian leap year), 2017 on the 11th.
    for year, day in ((2016, 12), (2017, 11)):
        assert _gregorian(ethiopian_day(np.array([year]), np.array([1]), np.array([1]))) == (
            year + 7,
            9,
            day,
        )


def test_gregorian_day_numbers_go_both_ways() -> None:
    days = np.arange(2_415_021, 2_470_000, 37)  # 1900 to 2050
    assert (gregorian_day(*gregorian_date(days)) == days).all()
