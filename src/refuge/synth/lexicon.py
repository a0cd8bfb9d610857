"""The parsed name and place tables, with every written form of each entry precomputed.

A registry of 100,000 people has a few hundred distinct names, so all spellings a clerk can
produce — Armenian script (with ``և`` or typed as ``եւ``), each Russian form, each Latin habit of
:mod:`refuge.synth.translit` — are built once here and the generator only picks from tuples.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from refuge.synth import names, places
from refuge.synth.translit import (
    LATIN_STYLES,
    armenian_patronymic,
    armenian_to_latin,
    cyrillic_to_latin,
    russian_patronymic,
    to_latin,
)

ARMENIAN_CHARS: Final = frozenset(chr(c) for c in range(0x0531, 0x0588))
CYRILLIC_CHARS: Final = frozenset(chr(c) for c in range(0x0410, 0x0450)) | {"ё", "Ё"}

# Keys of NameEntry.forms: Armenian script, Armenian typed with "եւ" for "և", Russian, and the
# Latin habits.
FORM_KEYS: Final[tuple[str, ...]] = ("hy", "hy_ew", "ru", *LATIN_STYLES)


class WeightedTable:
    """Draws indices in proportion to fixed weights (bisect on cumulative sums)."""

    __slots__ = ("_cum", "_total")

    def __init__(self, weights: Sequence[float]) -> None:
        cum: list[float] = []
        total = 0.0
        for w in weights:
            if w < 0:
                raise ValueError("weights must be non-negative")
            total += w
            cum.append(total)
        if total <= 0:
            raise ValueError("weights must not all be zero")
        self._cum = cum
        self._total = total

    def pick(self, rng: random.Random) -> int:
        return bisect.bisect_right(self._cum, rng.random() * self._total)

    def __len__(self) -> int:
        return len(self._cum)


def _forms(armenian: str, russian: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    forms: dict[str, tuple[str, ...]] = {
        "hy": (armenian,),
        "hy_ew": (armenian.replace("և", "եւ"),),
        "ru": russian,
    }
    for style in ("passport", "iso", "diaspora", "western"):
        forms[style] = (armenian_to_latin(armenian, style),)
    for style in ("ru_bgn", "ru_icao"):
        forms[style] = tuple(cyrillic_to_latin(r, style) for r in russian)
    return forms


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One name: its Armenian and Russian forms and every spelling precomputed.

    ``key`` is the passport romanisation, used as the name's stable identifier in tests and
    reports (``Hovhannes``, ``Harutyunyan``).
    """

    armenian: str
    russian: tuple[str, ...]
    key: str
    forms: dict[str, tuple[str, ...]] = field(repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class GivenName(NameEntry):
    sex: str = "M"
    cohort_weights: tuple[float, float, float] = (1.0, 1.0, 1.0)
    # Patronymic forms this name gives to a son ("M") and a daughter ("F"), keyed like forms.
    patronymic: dict[str, dict[str, tuple[str, ...]]] = field(
        default_factory=dict, repr=False, compare=False
    )
    nickname: int | None = None  # index into GIVEN_NAMES of the diminutive people answer to


@dataclass(frozen=True, slots=True)
class Surname(NameEntry):
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Place:
    armenian: str
    russian: tuple[str, ...]
    latin: tuple[str, ...]
    weight: float


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    code: str
    clerks: int
    placement_weight: float
    kind: str  # "border", "capital" or "province"


def _check_script(text: str, script: frozenset[str], what: str) -> None:
    bad = [ch for ch in text if ch not in script and ch not in " -"]
    if bad:
        raise ValueError(f"{what} {text!r} has characters outside its script: {bad!r}")


def _patronymic_forms(
    armenian: str, russian: tuple[str, ...]
) -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    genitive = armenian_patronymic(armenian)
    for sex in ("M", "F"):
        ru = tuple(russian_patronymic(r, sex) for r in russian)
        forms = _forms(genitive, ru)
        forms["ru"] = ru
        out[sex] = forms
    return out


def _parse_given(text: str, sex: str) -> list[GivenName]:
    entries: list[GivenName] = []
    for line in text.strip().splitlines():
        armenian, russian_field, *weights = line.split()
        russian = tuple(russian_field.split("/"))
        _check_script(armenian, ARMENIAN_CHARS, "Armenian name")
        for r in russian:
            _check_script(r, CYRILLIC_CHARS, "Russian name")
        w = tuple(float(x) for x in weights)
        if len(w) != 3:
            raise ValueError(f"given name {armenian!r} needs three cohort weights")
        entries.append(
            GivenName(
                armenian=armenian,
                russian=russian,
                key=to_latin(armenian, russian[0], "passport"),
                forms=_forms(armenian, russian),
                sex=sex,
                cohort_weights=(w[0], w[1], w[2]),
                patronymic=_patronymic_forms(armenian, russian) if sex == "M" else {},
            )
        )
    return entries


def _build_given_names() -> tuple[GivenName, ...]:
    male = _parse_given(names.MALE_GIVEN, "M")
    female = _parse_given(names.FEMALE_GIVEN, "F")
    entries = male + female
    index = {(e.armenian, e.sex): i for i, e in enumerate(entries)}
    # Diminutives become entries of their own (weight zero: nobody is registered under them by
    # birth), linked from the full name.
    for line in names.NICKNAMES.strip().splitlines():
        full, short, russian = line.split()
        sex = "M" if (full, "M") in index else "F"
        target = index[(full, sex)]
        if (short, sex) in index:
            nick = index[(short, sex)]
        else:
            _check_script(short, ARMENIAN_CHARS, "Armenian nickname")
            _check_script(russian, CYRILLIC_CHARS, "Russian nickname")
            nick = len(entries)
            entries.append(
                GivenName(
                    armenian=short,
                    russian=(russian,),
                    key=to_latin(short, russian, "passport"),
                    forms=_forms(short, (russian,)),
                    sex=sex,
                    cohort_weights=(0.0, 0.0, 0.0),
                    patronymic=_patronymic_forms(short, (russian,)) if sex == "M" else {},
                )
            )
            index[(short, sex)] = nick
        old = entries[target]
        entries[target] = GivenName(
            armenian=old.armenian,
            russian=old.russian,
            key=old.key,
            forms=old.forms,
            sex=old.sex,
            cohort_weights=old.cohort_weights,
            patronymic=old.patronymic,
            nickname=nick,
        )
    return tuple(entries)


def _build_surnames() -> tuple[Surname, ...]:
    entries: list[Surname] = []
    for line in names.SURNAMES.strip().splitlines():
        armenian, russian_field, weight = line.split()
        russian = tuple(russian_field.split("/"))
        _check_script(armenian, ARMENIAN_CHARS, "Armenian surname")
        for r in russian:
            _check_script(r, CYRILLIC_CHARS, "Russian surname")
        entries.append(
            Surname(
                armenian=armenian,
                russian=russian,
                key=to_latin(armenian, russian[0], "passport"),
                forms=_forms(armenian, russian),
                weight=float(weight),
            )
        )
    return tuple(entries)


def _build_origins() -> tuple[Place, ...]:
    out: list[Place] = []
    for line in places.ORIGINS.strip().splitlines():
        armenian, russian, latin, weight = (part.strip() for part in line.split("|"))
        _check_script(armenian, ARMENIAN_CHARS, "Armenian place")
        out.append(
            Place(
                armenian=armenian,
                russian=tuple(russian.split("/")),
                latin=tuple(latin.split("/")),
                weight=float(weight),
            )
        )
    return tuple(out)


def _build_sites() -> tuple[Site, ...]:
    out: list[Site] = []
    for line in places.SITES.strip().splitlines():
        name, code, clerks, weight, kind = (part.strip() for part in line.split("|"))
        out.append(Site(name, code, int(clerks), float(weight), kind))
    return tuple(out)


GIVEN_NAMES: Final[tuple[GivenName, ...]] = _build_given_names()
SURNAMES: Final[tuple[Surname, ...]] = _build_surnames()
ORIGINS: Final[tuple[Place, ...]] = _build_origins()
SITES: Final[tuple[Site, ...]] = _build_sites()
SITE_INDEX: Final[dict[str, int]] = {s.name: i for i, s in enumerate(SITES)}
