"""The small, local ways a clerk's keystrokes and a person's answers go wrong.

Each function takes the true value and a ``random.Random`` and returns what ends up in the row.
The reasoning for the rates lives in :mod:`refuge.synth.generator`; here are the mechanics:

* typos are one edit of a name (drop, double, swap two neighbours, hit a neighbouring key), on
  the keyboard of the script being typed (QWERTY, Russian ЙЦУКЕН, Armenian phonetic), and rarely
  on the first letter, which people check;
* birth dates are swapped day/month (only possible when both are ≤ 12), shifted by a year,
  reduced to the year, or left out;
* phones are written with ``+374`` or the domestic ``0`` prefix, and a digit is sometimes
  mistyped or two are swapped.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Final

_LATIN_ROWS: Final = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_RUSSIAN_ROWS: Final = ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
# The Eastern Armenian phonetic layout, approximately (letters on punctuation keys included).
_ARMENIAN_ROWS: Final = ("էթփձջւևրչճժ", "քոեռտըւիօպխծ", "ասդֆգհյկլշ", "զղցվբնմ")


def _neighbours(rows: tuple[str, ...]) -> dict[str, str]:
    """Keys touching each key on a staggered keyboard: same row ±1, the row above at the same
    and next column, the row below at the previous and same column."""
    near: dict[str, list[str]] = {}
    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            around: list[str] = []
            for rr, cc in (
                (r, c - 1),
                (r, c + 1),
                (r - 1, c),
                (r - 1, c + 1),
                (r + 1, c - 1),
                (r + 1, c),
            ):
                if 0 <= rr < len(rows) and 0 <= cc < len(rows[rr]) and rows[rr][cc] != ch:
                    around.append(rows[rr][cc])
            near.setdefault(ch, [])
            near[ch].extend(a for a in around if a not in near[ch])
    return {k: "".join(v) for k, v in near.items()}


NEIGHBOURS: Final[dict[str, str]] = {
    **_neighbours(_LATIN_ROWS),
    **_neighbours(_RUSSIAN_ROWS),
    **_neighbours(_ARMENIAN_ROWS),
}

TYPO_KINDS: Final = ("drop", "double", "swap", "neighbour")


def _upper(ch: str) -> str:
    """Upper case of one letter, or the letter itself when that would be two (``և`` → ``ԵՒ``)."""
    up = ch.upper()
    return up if len(up) == 1 else ch


def typo(text: str, rng: random.Random) -> str:
    """Apply one keyboard slip to ``text``; names of fewer than three letters are left alone."""
    n = len(text)
    if n < 3:
        return text
    # Position: the first letter is rarely wrong (people read their name back from the start).
    pos = rng.randrange(1, n) if rng.random() < 0.93 else 0
    kind = TYPO_KINDS[rng.randrange(4)]
    ch = text[pos]
    if not ch.isalpha():
        return text
    capitalised = not text.isupper()
    # The letter after the first can become the capital, except ``և`` (no one-letter capital).
    movable = _upper(text[1]) != text[1]
    if kind == "drop" or (kind == "neighbour" and not NEIGHBOURS.get(ch.lower())):
        if pos == 0 and capitalised:
            return _upper(text[1]) + text[2:] if movable else text[0] + text[2:]
        return text[:pos] + text[pos + 1 :]
    if kind == "double":
        dup = ch.lower() if pos == 0 and capitalised else ch
        return text[: pos + 1] + dup + text[pos + 1 :]
    if kind == "swap":
        if pos == n - 1 or (pos == 0 and capitalised and not movable):
            pos = n - 2 if pos else 1  # a swap that cannot keep the capital moves one along
        a, b = text[pos], text[pos + 1]
        if pos == 0 and capitalised:  # keep the capital at the front
            a, b = a.lower(), _upper(b)
        return text[:pos] + b + a + text[pos + 2 :]
    near = NEIGHBOURS[ch.lower()]
    sub = near[rng.randrange(len(near))]
    if ch.isupper():
        sub = _upper(sub)
    return text[:pos] + sub + text[pos + 1 :]


def shift_year(day: dt.date, years: int) -> dt.date:
    """The same day and month ``years`` later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def swapped_day_month(day: dt.date) -> str | None:
    """``YYYY-DD-MM`` when it is itself a valid, different date, else ``None``."""
    if day.day > 12 or day.day == day.month:
        return None
    return f"{day.year:04d}-{day.day:02d}-{day.month:02d}"


def format_phone(national: str, *, with_country_code: bool) -> str:
    """``+374XXXXXXXX`` or ``0XXXXXXXX`` from the eight-digit national number."""
    return ("+374" if with_country_code else "0") + national


def phone_typo(national: str, rng: random.Random) -> str:
    """One wrong or two swapped digits, never in the two-digit operator code."""
    pos = rng.randrange(2, len(national) - 1)
    if rng.random() < 0.5:
        return national[:pos] + national[pos + 1] + national[pos] + national[pos + 2 :]
    digit = str((int(national[pos]) + rng.randrange(1, 10)) % 10)
    return national[:pos] + digit + national[pos + 1 :]
