"""The true population: households of people whose names, ages and relations fit together.

Household shapes follow what responders met in Goris: the population Karabakh had left after a
blockade and two wars was old, and many households had no man of working age — he had been
killed in 2020, was detained, serving, or working in Russia. So alongside couples with children
there are many widows with children, old people alone, old couples, and three-generation
families; the mean size comes out about 3.4.

Within a household, blood relatives share the family name, wives take their husband's surname
nine times in ten, a mother is 18–44 years older than her children, a son's patronymic is his
father's given name, and the first son is often named after his paternal grandfather. Brothers'
households from the same village share surname and patronymic ("clans"), which is where the
hardest namesakes come from: cousins named after the same grandfather, born a few years apart.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from refuge.synth.lexicon import GIVEN_NAMES, ORIGINS, SURNAMES, WeightedTable
from refuge.synth.places import MOBILE_CODES, REFERENCE_DATE

NEEDS: Final[tuple[str, ...]] = (
    "older_alone",
    "unaccompanied_child",
    "separated_child",
    "disability",
    "serious_medical",
    "pregnant",
    "lactating",
)
RELATIONSHIPS: Final[tuple[str, ...]] = (
    "head",
    "spouse",
    "child",
    "parent",
    "sibling",
    "grandchild",
    "other",
)

# Household shapes and their shares (of households, not people).
KINDS: Final[tuple[tuple[str, float], ...]] = (
    ("single_older", 9.0),  # a person of 60+ alone, mostly a widow
    ("single_adult", 7.0),
    ("couple_older", 12.0),
    ("couple_kids", 30.0),
    ("single_parent", 11.0),  # mostly a mother whose husband was killed, detained or away
    ("extended", 17.0),  # a couple with children and the husband's parent(s)
    ("three_gen", 8.0),  # an older couple, a married son, his wife and children
    ("grandparents", 1.5),  # grandparents with grandchildren whose parents are not there
    ("siblings", 2.5),
    ("unaccompanied", 0.3),  # teenagers who came without an adult
)

_REF_ORDINAL: Final = REFERENCE_DATE.toordinal()
_STEPANAKERT: Final = 0  # first row of ORIGINS; a town, so no village surname pool


@dataclass(frozen=True, slots=True)
class Person:
    """One real person. ``given``, ``father`` index ``GIVEN_NAMES``; ``family`` ``SURNAMES``;
    ``origin`` ``ORIGINS``. ``phone`` is the eight-digit national number of their own phone."""

    person_id: str
    household_id: str
    relationship: str
    sex: str
    given: int
    family: int
    father: int
    birth_date: dt.date
    origin: int
    phone: str | None
    needs: tuple[str, ...]
    year_only: bool  # knows only the year of birth (very old, papers lost)

    @property
    def given_name(self) -> str:
        return GIVEN_NAMES[self.given].key

    @property
    def family_name(self) -> str:
        return SURNAMES[self.family].key

    def age_on(self, day: dt.date = REFERENCE_DATE) -> int:
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


@dataclass(frozen=True, slots=True)
class Household:
    household_id: str
    kind: str
    origin: int
    members: tuple[int, ...]  # indices into the person list, head first
    contact_phone: str | None


class _Member:
    __slots__ = ("sex", "given", "family", "father", "birth", "rel", "married", "infant_mother")

    def __init__(
        self, sex: str, given: int, family: int, father: int, birth: dt.date, rel: str
    ) -> None:
        self.sex = sex
        self.given = given
        self.family = family
        self.father = father
        self.birth = birth
        self.rel = rel
        self.married = False
        self.infant_mother = False

    def age(self) -> float:
        return (_REF_ORDINAL - self.birth.toordinal()) / 365.2425


class _Clan:
    """The paternal line of brothers' households: surname, their father's name, a birth year."""

    __slots__ = ("family", "father", "birth_year")

    def __init__(self, family: int, father: int, birth_year: int) -> None:
        self.family = family
        self.father = father
        self.birth_year = birth_year


def _cohort(birth_year: int) -> int:
    return 0 if birth_year < 1960 else 1 if birth_year < 1990 else 2


class PopulationBuilder:
    """Builds households one at a time from one ``random.Random``; deterministic for a seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._given = {
            sex: [
                WeightedTable([g.cohort_weights[c] if g.sex == sex else 0.0 for g in GIVEN_NAMES])
                for c in range(3)
            ]
            for sex in ("M", "F")
        }
        self._surnames = WeightedTable([s.weight for s in SURNAMES])
        self._origins = WeightedTable([o.weight for o in ORIGINS])
        self._kinds = WeightedTable([w for _, w in KINDS])
        self._codes = WeightedTable([w for _, w in MOBILE_CODES])
        self._pools: dict[int, list[int]] = {}
        self._clans: dict[int, list[_Clan]] = {}
        self._phones: set[str] = set()
        self.persons: list[Person] = []
        self.households: list[Household] = []

    # -- small draws -------------------------------------------------------------------------

    def birth_from_age(self, age: float) -> dt.date:
        day = dt.date.fromordinal(_REF_ORDINAL - int(age * 365.2425))
        # Soviet papers of the oldest often carry 1 January when the real day was unknown.
        if day.year < 1950 and self.rng.random() < 0.05:
            return dt.date(day.year, 1, 1)
        return day

    def given_for(self, sex: str, birth_year: int) -> int:
        return self._given[sex][_cohort(birth_year)].pick(self.rng)

    def surname_for(self, origin: int) -> int:
        # A village is a handful of lineages; Stepanakert is the whole country's mix.
        if origin != _STEPANAKERT and self.rng.random() < 0.55:
            pool = self._pools.get(origin)
            if pool is None:
                pool = [self._surnames.pick(self.rng) for _ in range(12)]
                self._pools[origin] = pool
            return pool[self.rng.randrange(len(pool))]
        return self._surnames.pick(self.rng)

    def paternal_line(self, origin: int, birth_year: int, join: float) -> tuple[int, int]:
        """(surname, father's given name) for someone of ``origin`` born in ``birth_year``;
        with probability ``join`` a sibling of an existing household of the same village."""
        rng = self.rng
        clans = self._clans.setdefault(origin, [])
        if clans and rng.random() < join:
            for _ in range(6):
                clan = clans[rng.randrange(len(clans))]
                if abs(clan.birth_year - birth_year) <= 14:
                    return clan.family, clan.father
        family = self.surname_for(origin)
        father = self.given_for("M", birth_year - rng.randint(22, 40))
        clans.append(_Clan(family, father, birth_year))
        return family, father

    def new_phone(self) -> str:
        while True:
            code = MOBILE_CODES[self._codes.pick(self.rng)][0]
            number = f"{code}{self.rng.randrange(1_000_000):06d}"
            if number not in self._phones:
                self._phones.add(number)
                return number

    def _gap(self) -> float:
        """Husband's age minus wife's: mostly 2–6 years."""
        return min(12.0, max(-3.0, self.rng.gauss(4.0, 3.0)))

    # -- people --------------------------------------------------------------------------------

    def man(self, age: float, origin: int, rel: str, join: float = 0.3) -> _Member:
        birth = self.birth_from_age(age)
        family, father = self.paternal_line(origin, birth.year, join)
        return _Member("M", self.given_for("M", birth.year), family, father, birth, rel)

    def woman(self, age: float, origin: int, rel: str, husband_family: int | None) -> _Member:
        rng = self.rng
        birth = self.birth_from_age(age)
        own_origin = origin if rng.random() < 0.8 else self._origins.pick(rng)
        maiden, father = self.paternal_line(own_origin, birth.year, 0.15)
        keeps_maiden = husband_family is None or rng.random() >= 0.9
        family = maiden if keeps_maiden or husband_family is None else husband_family
        member = _Member("F", self.given_for("F", birth.year), family, father, birth, rel)
        member.married = husband_family is not None
        return member

    def children(
        self,
        *,
        mother: _Member | None,
        mother_age: float,
        father_given: int,
        grandfather: int,
        family: int,
        rel: str,
    ) -> list[_Member]:
        """The children still living with their parents: adult sons are often absent (war,
        detention, work abroad, own household), adult daughters have mostly married out."""
        rng = self.rng
        planned = (1, 2, 2, 2, 3, 3, 3, 4, 5)[rng.randrange(9)] if rng.random() < 0.9 else 1
        at = min(36.0, max(18.0, rng.gauss(23.5, 3.2)))
        ages: list[float] = []
        for _ in range(planned):
            if at > 44 or at >= mother_age:
                break
            ages.append(mother_age - at)
            if rng.random() < 0.015:  # twins: same birth date, same everything but the name
                ages.append(mother_age - at)
            at += rng.triangular(1.2, 7.0, 2.5)
        kids: list[_Member] = []
        used: set[int] = {father_given}
        son_named = False
        prev_age = -1.0
        prev_birth = REFERENCE_DATE
        for age in ages:
            sex = "M" if rng.random() < 0.52 else "F"  # Armenia's birth sex ratio is ~110
            if age >= 18:
                leave = (0.35 if age < 30 else 0.75) if sex == "M" else (0.4 if age < 25 else 0.8)
                if rng.random() < leave:
                    continue
            birth = prev_birth if age == prev_age else self.birth_from_age(age)
            prev_age, prev_birth = age, birth
            if sex == "M" and not son_named and rng.random() < 0.25 and grandfather not in used:
                given = grandfather  # named after the paternal grandfather
            elif sex == "M" and rng.random() < 0.005:
                given = father_given  # rare: a son with his father's name
            else:
                given = self.given_for(sex, birth.year)
                for _ in range(5):
                    if given not in used:
                        break
                    given = self.given_for(sex, birth.year)
            if sex == "M":
                son_named = True
            used.add(given)
            kids.append(_Member(sex, given, family, father_given, birth, rel))
            if mother is not None and age < 2:
                mother.infant_mother = True
        return kids

    def other_relative(self, family: int, origin: int) -> _Member:
        """A nephew or niece living with the family."""
        rng = self.rng
        birth = self.birth_from_age(rng.uniform(3, 25))
        sex = "M" if rng.random() < 0.5 else "F"
        fam = family if rng.random() < 0.6 else self.surname_for(origin)
        return _Member(
            sex,
            self.given_for(sex, birth.year),
            fam,
            self.given_for("M", birth.year - 30),
            birth,
            "other",
        )

    # -- households ----------------------------------------------------------------------------

    def _widow(self, age: float, origin: int, rel: str) -> tuple[_Member, int, int]:
        """A woman whose husband is dead or absent: (her, his given name, his father's name)."""
        birth_year = REFERENCE_DATE.year - int(age)
        husband_family, husband_father = self.paternal_line(origin, birth_year - 4, 0.3)
        her = self.woman(age, origin, rel, husband_family)
        return her, self.given_for("M", birth_year - 4), husband_father

    def household_members(self, kind: str, origin: int) -> list[_Member]:
        rng = self.rng
        tri = rng.triangular
        m: list[_Member] = []
        if kind == "single_older":
            if rng.random() < 0.3:
                m.append(self.man(tri(60, 95, 70), origin, "head"))
            elif rng.random() < 0.85:
                m.append(self._widow(tri(60, 97, 72), origin, "head")[0])
            else:
                m.append(self.woman(tri(60, 95, 70), origin, "head", None))
        elif kind == "single_adult":
            if rng.random() < 0.5:
                m.append(self.man(tri(18, 60, 28), origin, "head"))
            elif rng.random() < 0.4:
                m.append(self._widow(tri(22, 60, 40), origin, "head")[0])
            else:
                m.append(self.woman(tri(18, 60, 26), origin, "head", None))
        elif kind in ("couple_older", "couple_kids", "extended"):
            lo, hi, mode = {
                "couple_older": (55, 92, 68),
                "couple_kids": (21, 62, 37),
                "extended": (22, 58, 35),
            }[kind]
            head = self.man(tri(lo, hi, mode), origin, "head")
            head_age = head.age()
            m.append(head)
            has_wife = kind != "extended" or rng.random() < 0.88
            wife_age = max(18.0 if kind != "couple_older" else 45.0, head_age - self._gap())
            if has_wife:
                wife = self.woman(wife_age, origin, "spouse", head.family)
                m.append(wife)
            if kind != "couple_older":
                m += self.children(
                    mother=wife if has_wife else None,
                    mother_age=wife_age,
                    father_given=head.given,
                    grandfather=head.father,
                    family=head.family,
                    rel="child",
                )
            if kind == "extended":
                mother_age = min(99.0 - rng.random() * 3, head_age + tri(19, 40, 26))
                if rng.random() < 0.35:
                    father_birth = self.birth_from_age(min(100.0, mother_age + self._gap()))
                    grandfather = self.given_for("M", father_birth.year - 30)
                    m.append(
                        _Member("M", head.father, head.family, grandfather, father_birth, "parent")
                    )
                m.append(self.woman(mother_age, origin, "parent", head.family))
            if kind != "couple_older" and rng.random() < 0.04:
                m.append(self.other_relative(head.family, origin))
        elif kind == "single_parent":
            if rng.random() < 0.88:
                age = tri(21, 60, 37)
                head, husband, husband_father = self._widow(age, origin, "head")
                m.append(head)
                m += self.children(
                    mother=head,
                    mother_age=age,
                    father_given=husband,
                    grandfather=husband_father,
                    family=head.family,
                    rel="child",
                )
            else:
                head = self.man(tri(25, 65, 42), origin, "head")
                m.append(head)
                m += self.children(
                    mother=None,
                    mother_age=head.age() - self._gap(),
                    father_given=head.given,
                    grandfather=head.father,
                    family=head.family,
                    rel="child",
                )
        elif kind == "three_gen":
            if rng.random() < 0.6:
                head = self.man(tri(46, 85, 62), origin, "head")
                m.append(head)
                mother_age = max(40.0, head.age() - self._gap())
                if rng.random() < 0.85:
                    m.append(self.woman(mother_age, origin, "spouse", head.family))
                son_father, son_grandfather = head.given, head.father
            else:
                mother_age = tri(46, 90, 66)
                head, son_father, son_grandfather = self._widow(mother_age, origin, "head")
                m.append(head)
            son_birth = self.birth_from_age(max(19.0, mother_age - tri(19, 34, 25)))
            son_given = (
                son_grandfather if rng.random() < 0.25 else self.given_for("M", son_birth.year)
            )
            son = _Member("M", son_given, head.family, son_father, son_birth, "child")
            son.married = True
            m.append(son)
            dil_age = max(18.0, son.age() - self._gap())
            dil = self.woman(dil_age, origin, "other", son.family)
            m.append(dil)
            m += self.children(
                mother=dil,
                mother_age=dil_age,
                father_given=son.given,
                grandfather=son.father,
                family=son.family,
                rel="grandchild",
            )
            if rng.random() < 0.35:
                age = mother_age - tri(18, 40, 27)
                if age >= 15:
                    birth = self.birth_from_age(age)
                    sex = "M" if rng.random() < 0.5 else "F"
                    m.append(
                        _Member(
                            sex,
                            self.given_for(sex, birth.year),
                            head.family,
                            son_father,
                            birth,
                            "child",
                        )
                    )
        elif kind == "grandparents":
            grandmother_age = tri(50, 84, 64)
            if rng.random() < 0.45:
                head = self.man(min(100.0, grandmother_age + self._gap()), origin, "head")
                m.append(head)
                m.append(self.woman(grandmother_age, origin, "spouse", head.family))
            else:
                head = self._widow(grandmother_age, origin, "head")[0]
                m.append(head)
            sons_children = rng.random() < 0.75
            family = head.family if sons_children else self.surname_for(origin)
            parent_birth_year = REFERENCE_DATE.year - int(grandmother_age) + 25
            father = self.given_for("M", parent_birth_year)
            age = tri(1, 17.9, 9)
            for _ in range(rng.choice((1, 1, 2, 2, 3))):
                if not 0.3 <= age < 18:
                    break
                birth = self.birth_from_age(age)
                sex = "M" if rng.random() < 0.52 else "F"
                m.append(
                    _Member(
                        sex, self.given_for(sex, birth.year), family, father, birth, "grandchild"
                    )
                )
                age += rng.choice((-1, 1)) * tri(1.5, 5, 2.5)
        elif kind == "siblings":
            base = tri(19, 78, 45)
            birth = self.birth_from_age(base)
            family, father = self.paternal_line(origin, birth.year, 0.3)
            for k in range(2 if rng.random() < 0.75 else 3):
                age = base if k == 0 else max(18.0, base + rng.uniform(-12, 12))
                birth = self.birth_from_age(age)
                sex = "F" if rng.random() < 0.6 else "M"
                rel = "head" if k == 0 else "sibling"
                m.append(_Member(sex, self.given_for(sex, birth.year), family, father, birth, rel))
        elif kind == "unaccompanied":
            age = rng.uniform(13, 17.95)
            birth = self.birth_from_age(age)
            family, father = self.paternal_line(origin, birth.year, 0.3)
            for k in range(1 if rng.random() < 0.6 else 2):
                birth = self.birth_from_age(age if k == 0 else max(10.0, age - tri(1, 6, 2)))
                sex = "M" if rng.random() < 0.5 else "F"
                m.append(
                    _Member(
                        sex,
                        self.given_for(sex, birth.year),
                        family,
                        father,
                        birth,
                        "head" if k == 0 else "sibling",
                    )
                )
        else:  # pragma: no cover - KINDS and this function change together
            raise ValueError(f"unknown household kind {kind!r}")
        return m

    # -- finishing -----------------------------------------------------------------------------

    def _needs(self, kind: str, member: _Member, age: float) -> tuple[str, ...]:
        rng = self.rng
        needs: list[str] = []
        if kind == "single_older" and age >= 60:
            needs.append("older_alone")
        if age < 18 and kind == "unaccompanied":
            needs.append("unaccompanied_child")
        if age < 18 and kind == "grandparents":
            needs.append("separated_child")
        if age < 18:
            p_dis, p_med = 0.015, 0.01
        elif age < 60:
            # War wounded: 2020 left thousands of young men with lasting disabilities.
            p_dis = 0.06 if member.sex == "M" and age < 45 else 0.03
            p_med = 0.03
        elif age < 75:
            p_dis, p_med = 0.10, 0.08
        else:
            p_dis, p_med = 0.20, 0.13
        if rng.random() < p_dis:
            needs.append("disability")
        if rng.random() < p_med:
            needs.append("serious_medical")
        if member.sex == "F" and 16 <= age <= 45:
            lactating = member.infant_mother and rng.random() < 0.65
            if not lactating:
                p_preg = 0.08 if member.married and 18 <= age <= 42 else 0.003
                if rng.random() < p_preg:
                    needs.append("pregnant")
            if lactating:
                needs.append("lactating")
        return tuple(n for n in NEEDS if n in needs)

    def add_household(self, limit: int) -> Household:
        """Draw one household (at most ``limit`` people) and append it and its members."""
        rng = self.rng
        kind = KINDS[self._kinds.pick(rng)][0]
        origin = self._origins.pick(rng)
        members = self.household_members(kind, origin)[:limit]
        household_id = f"H{len(self.households) + 1:06d}"
        first = len(self.persons)
        contact: str | None = None
        for k, mem in enumerate(members):
            age = mem.age()
            if k == 0:
                p_phone = 0.5 if kind == "unaccompanied" else 0.93
            elif age >= 75:
                p_phone = 0.1
            elif age >= 18:
                p_phone = 0.3
            elif age >= 14:
                p_phone = 0.15
            else:
                p_phone = 0.0
            phone = self.new_phone() if rng.random() < p_phone else None
            if contact is None and phone is not None:
                contact = phone
            year_only = rng.random() < (0.06 if age >= 75 else 0.003)
            self.persons.append(
                Person(
                    person_id=f"P{len(self.persons) + 1:06d}",
                    household_id=household_id,
                    relationship=mem.rel,
                    sex=mem.sex,
                    given=mem.given,
                    family=mem.family,
                    father=mem.father,
                    birth_date=mem.birth,
                    origin=origin,
                    phone=phone,
                    needs=self._needs(kind, mem, age),
                    year_only=year_only,
                )
            )
        household = Household(
            household_id=household_id,
            kind=kind,
            origin=origin,
            members=tuple(range(first, len(self.persons))),
            contact_phone=contact,
        )
        self.households.append(household)
        return household


def build_population(
    people: int, rng: random.Random, progress: Callable[[int], None] | None = None
) -> tuple[list[Person], list[Household]]:
    """Exactly ``people`` persons in households (the last household may be cut short)."""
    builder = PopulationBuilder(rng)
    while len(builder.persons) < people:
        household = builder.add_household(people - len(builder.persons))
        if progress is not None:
            progress(len(household.members))
    return builder.persons, builder.households
