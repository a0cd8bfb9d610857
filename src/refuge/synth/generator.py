"""Synthetic registries of the September 2023 exodus from Nagorno-Karabakh, with their truth.

``generate(people, seed)`` builds a population (:mod:`refuge.synth.population`), registers
every household at least once the way desks did in 2023, and returns the rows a registry export
would hold together with the truth (which record is which person). ``write_registry`` writes
``records.csv`` in the interchange format and ``truth.csv``.

The noise model
===============

Every choice below comes from how such registrations actually go wrong in the field. Rates are
per registration (one row) unless stated; most are properties of the *clerk*, because a clerk
keeps one keyboard, one habit and one pace for a whole shift, and errors cluster by desk.

Where and when. A family is first registered where it arrives: at Kornidzor, the border village
where the Red Cross and the ministry met the cars (30%), or at the hub in Goris (48%); the rest
went straight to relatives or a placement and registered there first. Border desks ran around
the clock during 25–28 September; provincial desks keep office hours.

Registering again. Families were placed all over Armenia and had to register again where they
were placed to receive state support (the one-off 100,000 AMD and the monthly 50,000 AMD), so a
family first seen at the border is registered again at its destination 8.5% of the time (3.5%
for families first seen in a province), usually with everyone but sometimes without one member.
Individuals also register again alone — for aid at another site, or again at the same site a
day later because they were unsure it had worked (4.2% of people over 16, a second and third
time for a few). Together about 10% of people have two or more registrations and about half a
percent three or four. A repeat is always later than what it repeats. Offline data-collection
tools that re-submit a form after a lost connection leave exact duplicate rows (0.25% of rows).

Script. Border desks were staffed by Armenian civil servants typing Armenian script; Yerevan
desks mixed ministry staff with volunteers from Russia and the diaspora typing Latin or
Russian. Each clerk has a dominant script (88% of the families they register; one family is
written in one script), drawn from the site's profile: border 60/25/15 (Armenian/Latin/Russian),
Yerevan 25/45/30, provinces 50/30/20. A Latin clerk
has one transliteration habit (:mod:`refuge.synth.translit`): passport 50%, Russian-derived BGN
17%, diaspora 12%, ISO-ish 7%, Western 7%, Russian ICAO 7% — Russian-speaking clerks nearly
always romanise from the Russian form. When the person hands over a passport (30% of Latin rows)
the clerk copies its spelling, in capitals a third of the time; 12% of clerks type Latin names in
capitals anyway. Russian clerks mostly use the usual Russian form (``Оганесян``) and sometimes a
second one (``Ованесян``). A third of Armenian-script clerks type ``և`` as ``ե`` + ``ւ``.
People often answer with the name they go by: 5% of rows for names that have a common
diminutive (``Volodya`` for Vladimir, ``Hovik`` for Hovhannes, ``Serzh`` for Sergey).

Typos. One edit per affected name — a dropped, doubled or swapped letter or a neighbouring key
on the script's keyboard (:func:`refuge.synth.noise.typo`). Clerks differ: most slip on 0.5–3%
of names, a tenth on 6%; between midnight and 6 a.m. everyone slips 70% more. Overall about 2%
of names carry a typo, in line with double-entry studies of manual data capture.

Birth dates. Soviet and Armenian papers write ``DD.MM.YYYY``; spreadsheets and forms set to a US
locale read it as month first, so some clerks (12%) swap day and month whenever both are ≤ 12,
while the rest do so rarely (1%). The very old often know only their year (6% of people over 75,
every time); hurried clerks write only the year (1.5%, 8% for a tenth of clerks). An age
converted to a year in the head is off by one (1%), and the date is left out altogether (1%).

Other fields. Sex left empty (3% on average, 15% for careless clerks); origin left empty (8%),
and written in the clerk's script (Russian clerks sometimes write ``Мардакерт`` or ``Шуша``, the
Soviet names). The phone is the person's own, or the head's number written for the whole family
(60% of members without their own); many got free SIM cards in Goris, so 15% of people who
register again give a new number. Numbers are written ``+374…`` or ``0…`` by clerk habit,
missing 2–25% by clerk, and mistyped in 0.8%. Household cards were issued only at some desks and
often not brought along: a third or more of rows (30–45%, by which desks were busy) have no
``household_ref``; a family registering again shows its first card a third of the time and
otherwise gets a new one. Relationship to the head is left empty by hurried clerks; a person
re-registering alone is ``head`` or nothing. Needs are recorded when noticed (60–95% by clerk)
and are never inconsistent with the person.

Hard negatives, not noise. Common names are common (many ``Armen Harutyunyan``), brothers'
households in one village share surname and patronymic, the first son is named after his paternal
grandfather (so cousins share a full name and origin), twins share everything but a given name,
and a very few sons carry their father's name.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from refuge.interchange.columns import COLUMNS as INTERCHANGE_COLUMNS
from refuge.synth import noise
from refuge.synth.lexicon import GIVEN_NAMES, ORIGINS, SITES, SURNAMES, WeightedTable
from refuge.synth.places import ARRIVALS_BY_DAY, REFERENCE_DATE, REGISTRATION_END, YEREVAN
from refuge.synth.population import Household, Person, PopulationBuilder

RECORD_COLUMNS: Final[tuple[str, ...]] = (*INTERCHANGE_COLUMNS, "relationship", "needs")
TRUTH_COLUMNS: Final[tuple[str, ...]] = ("record_id", "person_id")

SCRIPTS: Final[tuple[str, ...]] = ("hy", "lat", "ru")
_SCRIPT_PROFILE: Final[dict[str, tuple[float, float, float]]] = {
    "border": (0.60, 0.25, 0.15),
    "capital": (0.25, 0.45, 0.30),
    "province": (0.50, 0.30, 0.20),
}
_LATIN_HABITS: Final[tuple[tuple[str, float], ...]] = (
    ("passport", 0.50),
    ("ru_bgn", 0.17),
    ("diaspora", 0.12),
    ("iso", 0.07),
    ("western", 0.07),
    ("ru_icao", 0.07),
)
# Share of rows with a patronymic, by script: Russian paperwork always had one, Armenian
# paperwork often, Latin forms rarely unless the clerk thinks in Russian.
_PATRONYMIC_RATE: Final[dict[str, float]] = {"hy": 0.35, "ru": 0.6, "lat_ru": 0.3, "lat": 0.06}
# Hour-of-day weights at the border desks (they never closed during the peak).
_BORDER_HOURS: Final[tuple[float, ...]] = (
    2, 1.5, 1, 1, 1, 1.5, 3, 5, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 6, 5, 4, 3, 2.5,
)  # fmt: skip
_DESK_HOURS: Final[tuple[float, ...]] = (0,) * 9 + (6, 9, 9, 8, 7, 8, 8, 7, 6, 4, 2) + (0,) * 4
_KORNIDZOR: Final = 0
_GORIS: Final = 1

FIRST_AT_KORNIDZOR: Final = 0.30
FIRST_AT_GORIS: Final = 0.48
HOUSEHOLD_AGAIN_AFTER_BORDER: Final = 0.085
HOUSEHOLD_AGAIN_AFTER_PROVINCE: Final = 0.035
PERSON_AGAIN: Final = 0.042
PERSON_AGAIN_CHAIN: Final = (0.14, 0.25)
EXACT_DUPLICATE_ROWS: Final = 0.0025
NEW_SIM: Final = 0.15
MAX_REGISTRATIONS: Final = 4


@dataclass(frozen=True, slots=True)
class Clerk:
    """The habits of one person at one desk (see the module docstring for the reasoning)."""

    site: int
    scripts: tuple[float, float, float]  # cumulative probabilities of hy, lat, ru
    latin_style: str
    upper: bool
    typed_ew: bool
    russian_alt: float
    typo_rate: float
    swap_rate: float
    year_only_rate: float
    sex_missing: float
    origin_missing: float
    phone_plus: float
    phone_missing: float
    ref_rate: float
    rel_missing: float
    needs_rate: float
    patronymic: float


@dataclass(frozen=True, slots=True)
class SynthRegistry:
    """Rows of a synthetic registry (in ``RECORD_COLUMNS`` order, sorted by time) and truth."""

    seed: int
    records: list[dict[str, str]]
    truth: dict[str, str]  # record_id -> person_id
    persons: list[Person]
    households: list[Household]

    def registrations_per_person(self) -> Counter[int]:
        """How many people have 1, 2, 3 ... registrations."""
        per_person = Counter(self.truth.values())
        return Counter(per_person.values())

    @property
    def duplicate_rate(self) -> float:
        """Share of people registered two or more times."""
        counts = self.registrations_per_person()
        return sum(n for k, n in counts.items() if k >= 2) / max(1, len(self.persons))

    def summary(self) -> str:
        counts = self.registrations_per_person()
        many = sum(n for k, n in counts.items() if k >= 3)
        return (
            f"{len(self.persons)} people in {len(self.households)} households, "
            f"{len(self.records)} records; {self.duplicate_rate:.1%} of people registered "
            f"2+ times, {many} of them 3+ (seed {self.seed})"
        )


def _pick(rng: random.Random, weights: tuple[float, ...] | list[float]) -> int:
    x = rng.random() * sum(weights)
    acc = 0.0
    for i, w in enumerate(weights):
        acc += w
        if x < acc:
            return i
    return len(weights) - 1


def _make_clerks(rng: random.Random) -> tuple[list[Clerk], list[list[int]]]:
    clerks: list[Clerk] = []
    by_site: list[list[int]] = []
    habits = [w for _, w in _LATIN_HABITS]
    for s, site in enumerate(SITES):
        by_site.append([])
        profile = _SCRIPT_PROFILE[site.kind]
        for _ in range(site.clerks):
            dominant = _pick(rng, profile)
            rest = sum(p for i, p in enumerate(profile) if i != dominant)
            probs = [0.88 if i == dominant else 0.12 * p / rest for i, p in enumerate(profile)]
            cum = (probs[0], probs[0] + probs[1], 1.0)
            if SCRIPTS[dominant] == "ru" and rng.random() < 0.85:
                style = "ru_bgn" if rng.random() < 0.7 else "ru_icao"
            else:
                style = _LATIN_HABITS[_pick(rng, habits)][0]
            clerks.append(
                Clerk(
                    site=s,
                    scripts=cum,
                    latin_style=style,
                    upper=rng.random() < 0.12,
                    typed_ew=rng.random() < 0.33,
                    russian_alt=rng.uniform(0.05, 0.3),
                    typo_rate=(0.005, 0.015, 0.03, 0.06)[_pick(rng, (0.3, 0.35, 0.25, 0.1))],
                    swap_rate=0.25 if rng.random() < 0.12 else 0.01,
                    year_only_rate=0.08 if rng.random() < 0.1 else 0.015,
                    sex_missing=(0.0, 0.02, 0.15)[_pick(rng, (0.5, 0.35, 0.15))],
                    origin_missing=(0.02, 0.08, 0.3)[_pick(rng, (0.5, 0.35, 0.15))],
                    phone_plus=(0.1, 0.5, 0.9)[rng.randrange(3)],
                    phone_missing=(0.02, 0.08, 0.25)[_pick(rng, (0.5, 0.35, 0.15))],
                    ref_rate=(0.0, 0.5, 0.9)[_pick(rng, (0.15, 0.25, 0.6))],
                    rel_missing=(0.02, 0.1, 0.6)[_pick(rng, (0.5, 0.35, 0.15))],
                    needs_rate=rng.uniform(0.6, 0.95),
                    patronymic=rng.uniform(0.3, 1.5),
                )
            )
            by_site[s].append(len(clerks) - 1)
    return clerks, by_site


class _Registrar:
    """Plans registration events for each household and writes their rows."""

    def __init__(self, rng: random.Random, builder: PopulationBuilder) -> None:
        self.rng = rng
        self.builder = builder
        self.persons = builder.persons
        self.clerks, self.site_clerks = _make_clerks(rng)
        self._days = WeightedTable([w for _, w in ARRIVALS_BY_DAY])
        self._border_hours = WeightedTable(_BORDER_HOURS)
        self._desk_hours = WeightedTable(_DESK_HOURS)
        self._placements = WeightedTable([s.placement_weight for s in SITES])
        self._ref_counters = [0] * len(SITES)
        self.rows: list[dict[str, str]] = []
        self.row_person: list[int] = []
        self.registrations: list[int] = []  # per person
        self._new_sim: dict[int, str] = {}

    # -- time ----------------------------------------------------------------------------------

    def arrival(self) -> dt.datetime:
        rng = self.rng
        day = ARRIVALS_BY_DAY[self._days.pick(rng)][0]
        hour = rng.randrange(16, 24) if day.day == 24 else self._border_hours.pick(rng)
        return dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=YEREVAN)

    def desk_time_after(self, earliest: dt.datetime, lo_days: float, hi_days: float) -> dt.datetime:
        """A time in provincial office hours, ``lo_days``–``hi_days`` after ``earliest``."""
        rng = self.rng
        for _ in range(4):
            day = (earliest + dt.timedelta(days=rng.uniform(lo_days, hi_days))).date()
            hour = self._desk_hours.pick(rng)
            t = dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=YEREVAN)
            if earliest < t <= REGISTRATION_END:
                return t
        return min(REGISTRATION_END, earliest + dt.timedelta(minutes=rng.randint(5, 120)))

    def other_site(self, avoid: int) -> int:
        for _ in range(20):
            s = self._placements.pick(self.rng)
            if s != avoid:
                return s
        return (avoid + 2) % len(SITES)

    def new_ref(self, site: int) -> str:
        self._ref_counters[site] += 1
        return f"{SITES[site].code}-{self._ref_counters[site]:05d}"

    # -- planning ------------------------------------------------------------------------------

    def register_household(self, household: Household) -> None:
        rng = self.rng
        for _ in household.members:
            self.registrations.append(0)
        destination = self._placements.pick(rng)
        arrival = self.arrival()
        r = rng.random()
        if r < FIRST_AT_KORNIDZOR:
            site, start = _KORNIDZOR, arrival + dt.timedelta(minutes=rng.randint(5, 150))
        elif r < FIRST_AT_KORNIDZOR + FIRST_AT_GORIS:
            site, start = _GORIS, arrival + dt.timedelta(minutes=rng.randint(60, 600))
        else:
            site, start = destination, self.desk_time_after(arrival, 0.3, 4.0)
        start = min(start, REGISTRATION_END)
        clerk = self._clerk(site)
        first_ref = self.new_ref(site) if rng.random() < self.clerks[clerk].ref_rate else None
        members = [(p, self.persons[p].relationship) for p in household.members]
        last: dict[int, tuple[dt.datetime, int]] = {}
        self._event(site, clerk, start, members, first_ref, household, repeat=False, last=last)

        again = (
            HOUSEHOLD_AGAIN_AFTER_BORDER
            if SITES[site].kind == "border"
            else HOUSEHOLD_AGAIN_AFTER_PROVINCE
        )
        if rng.random() < again:
            site2 = destination if destination != site else self.other_site(site)
            start2 = self.desk_time_after(start, 0.7, 12.0)
            clerk2 = self._clerk(site2)
            if first_ref is not None and rng.random() < 0.35:
                ref2: str | None = first_ref
            else:
                ref2 = self.new_ref(site2) if rng.random() < self.clerks[clerk2].ref_rate else None
            members2 = [members[0]] + [m for m in members[1:] if rng.random() < 0.9]
            self._event(site2, clerk2, start2, members2, ref2, household, repeat=True, last=last)

        for p in household.members:
            person = self.persons[p]
            if person.age_on() < 16 or rng.random() >= PERSON_AGAIN:
                continue
            for chain in (1.0, *PERSON_AGAIN_CHAIN):
                if rng.random() >= chain or self.registrations[p] >= MAX_REGISTRATIONS:
                    break
                prev_time, prev_site = last[p]
                r = rng.random()
                if r < 0.35:
                    site3 = prev_site
                elif r < 0.75 and destination != prev_site:
                    site3 = destination
                else:
                    site3 = self.other_site(prev_site)
                start3 = self.desk_time_after(prev_time, 0.2, 10.0)
                clerk3 = self._clerk(site3)
                ref3 = first_ref if first_ref is not None and rng.random() < 0.3 else None
                rel = "head" if rng.random() < 0.5 else ""
                self._event(
                    site3, clerk3, start3, [(p, rel)], ref3, household, repeat=True, last=last
                )

    def _clerk(self, site: int) -> int:
        desks = self.site_clerks[site]
        return desks[self.rng.randrange(len(desks))]

    def _event(
        self,
        site: int,
        clerk_index: int,
        start: dt.datetime,
        members: list[tuple[int, str]],
        ref: str | None,
        household: Household,
        *,
        repeat: bool,
        last: dict[int, tuple[dt.datetime, int]],
    ) -> None:
        rng = self.rng
        clerk = self.clerks[clerk_index]
        t = start
        alone = len(members) == 1 and repeat
        head_phone = self._current_phone(household.members[0], repeat)
        contact = head_phone or household.contact_phone
        # One script for the whole family: a clerk does not switch keyboards mid-household.
        x = rng.random()
        script = "hy" if x < clerk.scripts[0] else "lat" if x < clerk.scripts[1] else "ru"
        for p, rel in members:
            self.registrations[p] += 1
            last[p] = (t, site)
            self.rows.append(
                self._row(p, clerk, script, site, t, ref, rel, contact, repeat=repeat, alone=alone)
            )
            self.row_person.append(p)
            t = min(REGISTRATION_END, t + dt.timedelta(minutes=rng.randint(0, 2)))

    def _current_phone(self, p: int, repeat: bool) -> str | None:
        own = self.persons[p].phone
        if own is None:
            return None
        if repeat:
            if p not in self._new_sim:
                self._new_sim[p] = self.builder.new_phone() if self.rng.random() < NEW_SIM else own
            return self._new_sim[p]
        return own

    # -- writing -------------------------------------------------------------------------------

    def _row(
        self,
        p: int,
        clerk: Clerk,
        script: str,
        site: int,
        t: dt.datetime,
        ref: str | None,
        rel: str,
        contact: str | None,
        *,
        repeat: bool,
        alone: bool,
    ) -> dict[str, str]:
        rng = self.rng
        person = self.persons[p]
        upper = False
        if script == "hy":
            key = "hy_ew" if clerk.typed_ew else "hy"
        elif script == "ru":
            key = "ru"
        elif rng.random() < 0.3:  # copied from the passport the person handed over
            key, upper = "passport", rng.random() < 0.35
        else:
            key, upper = clerk.latin_style, clerk.upper
        alt = clerk.russian_alt if key in ("ru", "ru_bgn", "ru_icao") else 0.0

        given_entry = GIVEN_NAMES[person.given]
        if given_entry.nickname is not None and key != "passport" and rng.random() < 0.05:
            given_entry = GIVEN_NAMES[given_entry.nickname]
        given = _choose(given_entry.forms[key], alt, rng)
        family = _choose(SURNAMES[person.family].forms[key], alt, rng)
        patronymic = ""
        rate_key = script if script != "lat" else ("lat_ru" if key.startswith("ru") else "lat")
        if rng.random() < _PATRONYMIC_RATE[rate_key] * clerk.patronymic:
            patronymic = _choose(GIVEN_NAMES[person.father].patronymic[person.sex][key], alt, rng)
        typo_rate = clerk.typo_rate * (1.7 if t.hour < 6 else 1.0)
        if rng.random() < typo_rate:
            given = noise.typo(given, rng)
        if rng.random() < typo_rate:
            family = noise.typo(family, rng)
        if patronymic and rng.random() < typo_rate:
            patronymic = noise.typo(patronymic, rng)
        if upper:
            given, family, patronymic = given.upper(), family.upper(), patronymic.upper()

        origin = ""
        if rng.random() >= clerk.origin_missing:
            place = ORIGINS[person.origin]
            if script == "hy":
                origin = place.armenian
            else:
                forms = place.russian if script == "ru" else place.latin
                origin = forms[1] if len(forms) > 1 and rng.random() < 0.2 else forms[0]
            if rng.random() < typo_rate * 0.3:
                origin = noise.typo(origin, rng)

        phone = ""
        own = self._current_phone(p, repeat)
        number = own
        if number is None and contact is not None:
            number = contact if rng.random() < (0.35 if alone else 0.6) else None
        if number is not None and rng.random() >= clerk.phone_missing:
            if rng.random() < 0.008:
                number = noise.phone_typo(number, rng)
            phone = noise.format_phone(number, with_country_code=rng.random() < clerk.phone_plus)

        needs = ";".join(n for n in person.needs if rng.random() < clerk.needs_rate)
        return {
            "record_id": "",
            "given_name": given,
            "family_name": family,
            "patronymic": patronymic,
            "sex": "" if rng.random() < clerk.sex_missing else person.sex,
            "birth_date": self._birth_date(person, clerk),
            "origin": origin,
            "phone": phone,
            "household_ref": ref if ref is not None and rng.random() >= 0.03 else "",
            "registered_at": t.strftime("%Y-%m-%dT%H:%M"),
            "site": SITES[site].name,
            "relationship": "" if rng.random() < clerk.rel_missing else rel,
            "needs": needs,
        }

    def _birth_date(self, person: Person, clerk: Clerk) -> str:
        rng = self.rng
        born = person.birth_date
        if person.year_only:
            return f"{born.year:04d}"
        x = rng.random()
        if x < 0.01:
            return ""
        x -= 0.01
        if x < clerk.year_only_rate:
            return f"{born.year:04d}"
        x -= clerk.year_only_rate
        # Desk software refuses a birth date in the future, so errors that would make one (a
        # baby's day/month swapped or year shifted) do not reach the registry.
        if x < clerk.swap_rate:
            swapped = noise.swapped_day_month(born)
            if swapped is not None and dt.date.fromisoformat(swapped) <= REFERENCE_DATE:
                return swapped
        x -= clerk.swap_rate
        if x < 0.01:
            shifted = noise.shift_year(born, 1 if rng.random() < 0.5 else -1)
            if shifted <= REFERENCE_DATE:
                born = shifted
        return born.isoformat()

    def add_exact_duplicates(self) -> None:
        rng = self.rng
        for i in range(len(self.rows)):
            p = self.row_person[i]
            if rng.random() < EXACT_DUPLICATE_ROWS and self.registrations[p] < MAX_REGISTRATIONS:
                self.registrations[p] += 1
                self.rows.append(dict(self.rows[i]))
                self.row_person.append(p)


def _choose(forms: tuple[str, ...], alt: float, rng: random.Random) -> str:
    if len(forms) > 1 and rng.random() < alt:
        return forms[rng.randrange(1, len(forms))]
    return forms[0]


def generate(
    people: int, seed: int, *, progress: Callable[[int], None] | None = None
) -> SynthRegistry:
    """A synthetic registry of ``people`` persons and their registrations; same seed, same data.

    ``progress``, if given, is called with the number of people just finished (for a bar).
    """
    if people < 1:
        raise ValueError("people must be at least 1")
    rng = random.Random(seed)
    builder = PopulationBuilder(rng)
    registrar = _Registrar(rng, builder)
    while len(builder.persons) < people:
        household = builder.add_household(people - len(builder.persons))
        registrar.register_household(household)
        if progress is not None:
            progress(len(household.members))
    registrar.add_exact_duplicates()

    order = sorted(range(len(registrar.rows)), key=lambda i: registrar.rows[i]["registered_at"])
    records: list[dict[str, str]] = []
    truth: dict[str, str] = {}
    width = max(6, len(str(len(order))))
    # Household cards are numbered per site in the order they were handed out.
    refs: dict[str, str] = {}
    issued: Counter[str] = Counter()
    for n, i in enumerate(order, start=1):
        row = registrar.rows[i]
        record_id = f"R{n:0{width}d}"
        row["record_id"] = record_id
        ref = row["household_ref"]
        if ref:
            if ref not in refs:
                code = ref.split("-", 1)[0]
                issued[code] += 1
                refs[ref] = f"{code}-{issued[code]:05d}"
            row["household_ref"] = refs[ref]
        records.append(row)
        truth[record_id] = builder.persons[registrar.row_person[i]].person_id
    return SynthRegistry(
        seed=seed,
        records=records,
        truth=truth,
        persons=builder.persons,
        households=builder.households,
    )


def write_registry(registry: SynthRegistry, out_dir: Path) -> tuple[Path, Path]:
    """Write ``records.csv`` (interchange columns, then ``relationship`` and ``needs``) and
    ``truth.csv`` (``record_id,person_id``) into ``out_dir``, creating it; returns both paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    records_path = out_dir / "records.csv"
    truth_path = out_dir / "truth.csv"
    with records_path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(RECORD_COLUMNS)
        writer.writerows([row[c] for c in RECORD_COLUMNS] for row in registry.records)
    with truth_path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(TRUTH_COLUMNS)
        writer.writerows(registry.truth.items())
    return records_path, truth_path
