"""Calendars other than the Gregorian in which birth dates arrive, as Julian day numbers.

Vectorised integer arithmetic (NumPy arrays in, arrays out): a registry holds tens of thousands
of distinct dates, and the comparison converts them per candidate pair.

- **Ethiopian** (Amete Mihret): Eritrean and Ethiopian papers and clerks. Its years stand 7 or
  8 behind the Gregorian, so a date written in it cannot be told from a Gregorian one by its
  year; the comparison reads it as a possibility (``other_calendar``), and blocking pairs
  records so (``blocking._calendar_pairs``).
- **Solar Hijri** (Jalali, Shamsi): the official calendar of Afghanistan (the tazkira) and
  Iran. Its years of living people's births (``SOLAR_HIJRI_YEARS``) are no Gregorian birth
  year, so ``normalise.parse_birth_dates`` converts them where it finds them.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import numpy.typing as npt

I64 = npt.NDArray[np.int64]
Ints = npt.NDArray[np.integer]

# The years the Ethiopian calendar is behind the Gregorian (8 from 1 January to 10 September,
# 7 after), and how far a converted date may be from the other (a leap day, a day miscounted).
ETHIOPIAN_YEARS: Final = (7, 8)
CALENDAR_SLACK_DAYS: Final = 2

# Solar Hijri years read as such: 1280 (1901) to 1420 (2041). The Lunar Hijri years of the same
# births (1320-1460 AH) overlap them; registries of people in flight carry the Solar calendar
# (Afghan and Iranian documents) far more often than Saudi Lunar dates, which refuge does not
# read (docs/linkage.md).
SOLAR_HIJRI_YEARS: Final = (1280, 1420)
# The Gregorian year in which most of a Solar Hijri year falls (1 Farvardin, about 21 March, to
# 10 Dey, about 31 December); its last 80 days fall in the next.
SOLAR_HIJRI_OFFSET: Final = 621
# Leap years of the 33-year arithmetic cycle (year mod 33), which agrees with the astronomical
# calendar of Iran and Afghanistan over the years above; and the day before 1 Farvardin 1.
_SOLAR_LEAP_REMAINDERS: Final = (1, 5, 9, 13, 17, 22, 26, 30)
_SOLAR_EPOCH: Final = 1948319
# Leap years in the first r years of a cycle (years 0 .. r-1 mod 33), r = 0 .. 33.
_LEAPS_BEFORE: Final = np.concatenate(
    [[0], np.cumsum(np.isin(np.arange(33), _SOLAR_LEAP_REMAINDERS))]
).astype(np.int64)


def gregorian_day(y: Ints, m: Ints, d: Ints) -> I64:
    """Julian day number of a Gregorian date (the usual integer formula)."""
    a = (14 - m.astype(np.int64)) // 12
    yy = y.astype(np.int64) + 4800 - a
    mm = m.astype(np.int64) + 12 * a - 3
    day: I64 = d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045
    return day


def gregorian_date(day: I64) -> tuple[I64, I64, I64]:
    """The Gregorian ``(year, month, day)`` of Julian day numbers (the usual integer formula)."""
    a = day + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return 100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def gregorian_year(day: I64) -> I64:
    """The Gregorian year of Julian day numbers."""
    return gregorian_date(day)[0]


def ethiopian_day(y: Ints, m: Ints, d: Ints) -> I64:
    """Julian day number of an Ethiopian (Amete Mihret) date: twelve months of 30 days and a
    thirteenth of 5 or 6, the year's first day 1724221 + 365 (y - 1) + y // 4."""
    yy = y.astype(np.int64)
    day: I64 = 1724220 + 365 * (yy - 1) + yy // 4 + 30 * (m.astype(np.int64) - 1) + d
    return day


def solar_hijri_day(y: Ints, m: Ints, d: Ints) -> I64:
    """Julian day number of a Solar Hijri date: six months of 31 days, five of 30, Esfand of 29
    or 30; leap years by the 33-year cycle."""
    yy = y.astype(np.int64) - 1
    mm = m.astype(np.int64) - 1
    leaps: I64 = (yy // 33) * 8 + _LEAPS_BEFORE[yy % 33 + 1]
    months: I64 = np.where(mm <= 6, 31 * mm, 186 + 30 * (mm - 6))
    day: I64 = _SOLAR_EPOCH + 365 * yy + leaps + months + d.astype(np.int64)
    return day


def is_solar_hijri_year(y: Ints) -> npt.NDArray[np.bool_]:
    low, high = SOLAR_HIJRI_YEARS
    return (y >= low) & (y <= high)


def other_calendar(
    y1: Ints, m1: Ints, d1: Ints, y2: Ints, m2: Ints, d2: Ints, full: npt.NDArray[np.bool_]
) -> npt.NDArray[np.bool_]:
    """Pairs of dates one of which reads as the other written in the Ethiopian calendar:
    ``ETHIOPIAN_YEARS`` apart, and where both are ``full`` dates (a day and a month, not the
    1 January of an unknown one), the day and month kept or the date converted (within
    ``CALENDAR_SLACK_DAYS``)."""
    apart = np.isin(np.abs(y1 - y2), ETHIOPIAN_YEARS) & (y1 > 0) & (y2 > 0)
    found: npt.NDArray[np.bool_] = apart & ~full
    rows = np.flatnonzero(full & apart)  # few: the day numbers of these only
    y1, m1, d1, y2, m2, d2 = (v[rows] for v in (y1, m1, d1, y2, m2, d2))
    kept = (m1 == m2) & (d1 == d2)
    g1, g2 = gregorian_day(y1, m1, d1), gregorian_day(y2, m2, d2)
    e1, e2 = ethiopian_day(y1, m1, d1), ethiopian_day(y2, m2, d2)
    converted = (np.abs(e1 - g2) <= CALENDAR_SLACK_DAYS) | (np.abs(g1 - e2) <= CALENDAR_SLACK_DAYS)
    found[rows[kept | converted]] = True
    return found
