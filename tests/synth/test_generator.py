"""The generated registry: deterministic, complete, well-formed, consistent and realistic."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from refuge.synth import (
    NEEDS,
    RECORD_COLUMNS,
    RELATIONSHIPS,
    SynthRegistry,
    generate,
    write_registry,
)
from refuge.synth.lexicon import SITES
from refuge.synth.places import REFERENCE_DATE, REGISTRATION_END, REGISTRATION_START
from refuge.synth.population import Person

INTERCHANGE_ORDER = (
    "record_id",
    "given_name",
    "family_name",
    "patronymic",
    "sex",
    "birth_date",
    "origin",
    "phone",
    "household_ref",
    "registered_at",
    "site",
)
PHONE = re.compile(r"^(\+374|0)(77|91|93|94|95|96|98|99|33|41|43|44|55)\d{6}$")
ARMENIAN = re.compile("[\u0531-\u0587]")
CYRILLIC = re.compile("[\u0400-\u04ff]")


@pytest.fixture(scope="module")
def registry() -> SynthRegistry:
    return generate(4000, 11)


@pytest.fixture(scope="module")
def persons_by_id(registry: SynthRegistry) -> dict[str, Person]:
    return {p.person_id: p for p in registry.persons}


def _script(text: str) -> str:
    if ARMENIAN.search(text):
        return "hy"
    if CYRILLIC.search(text):
        return "ru"
    return "lat"


class TestDeterminism:
    def test_same_seed_gives_the_same_registry(self) -> None:
        a, b = generate(600, 5), generate(600, 5)
        assert a.records == b.records
        assert a.truth == b.truth

    def test_another_seed_gives_another_registry(self) -> None:
        assert generate(600, 5).records != generate(600, 6).records

    def test_same_seed_writes_byte_identical_files(self, tmp_path: Path) -> None:
        write_registry(generate(300, 2), tmp_path / "a")
        write_registry(generate(300, 2), tmp_path / "b")
        for name in ("records.csv", "truth.csv"):
            assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


class TestTruth:
    def test_generates_exactly_the_people_asked_for(self, registry: SynthRegistry) -> None:
        assert len(registry.persons) == 4000
        assert len({p.person_id for p in registry.persons}) == 4000

    def test_every_record_appears_in_truth_exactly_once(self, registry: SynthRegistry) -> None:
        ids = [r["record_id"] for r in registry.records]
        assert len(ids) == len(set(ids))
        assert list(registry.truth) == ids

    def test_every_person_has_at_least_one_record(
        self, registry: SynthRegistry, persons_by_id: dict[str, Person]
    ) -> None:
        assert set(registry.truth.values()) == set(persons_by_id)


class TestFiles:
    def test_records_csv_has_interchange_columns_then_extras(
        self, registry: SynthRegistry, tmp_path: Path
    ) -> None:
        records_path, truth_path = write_registry(registry, tmp_path / "out")
        with records_path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert tuple(rows[0]) == RECORD_COLUMNS
        assert tuple(rows[0][: len(INTERCHANGE_ORDER)]) == INTERCHANGE_ORDER
        assert rows[0][len(INTERCHANGE_ORDER) :] == ["relationship", "needs"]
        assert len(rows) == len(registry.records) + 1
        assert rows[1] == [registry.records[0][c] for c in RECORD_COLUMNS]

    def test_truth_csv_maps_record_to_person(self, registry: SynthRegistry, tmp_path: Path) -> None:
        _, truth_path = write_registry(registry, tmp_path / "out")
        with truth_path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0] == ["record_id", "person_id"]
        assert dict(rows[1:]) == registry.truth


class TestFormats:
    def test_required_fields_are_never_empty(self, registry: SynthRegistry) -> None:
        for r in registry.records:
            for column in ("record_id", "given_name", "family_name", "registered_at", "site"):
                assert r[column], (column, r)

    def test_sex_is_m_f_or_empty(self, registry: SynthRegistry) -> None:
        assert {r["sex"] for r in registry.records} == {"M", "F", ""}

    def test_birth_dates_parse_as_full_dates_or_years(self, registry: SynthRegistry) -> None:
        kinds: Counter[str] = Counter()
        for r in registry.records:
            value = r["birth_date"]
            if not value:
                kinds["missing"] += 1
            elif re.fullmatch(r"\d{4}", value):
                assert 1920 <= int(value) <= 2023
                kinds["year"] += 1
            else:
                born = dt.date.fromisoformat(value)  # raises on an impossible date
                assert dt.date(1920, 1, 1) <= born <= REFERENCE_DATE
                kinds["full"] += 1
        assert kinds["missing"] and kinds["year"] and kinds["full"] > 0.9 * len(registry.records)

    def test_registered_at_is_local_minutes_inside_the_window(
        self, registry: SynthRegistry
    ) -> None:
        start = REGISTRATION_START.replace(tzinfo=None)
        end = REGISTRATION_END.replace(tzinfo=None)
        stamps = [r["registered_at"] for r in registry.records]
        for stamp in stamps:
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", stamp)
            assert start <= dt.datetime.fromisoformat(stamp) <= end
        assert stamps == sorted(stamps)

    def test_arrivals_peak_between_25_and_28_september(self, registry: SynthRegistry) -> None:
        days = Counter(r["registered_at"][:10] for r in registry.records)
        peak = sum(days[f"2023-09-{d}"] for d in (25, 26, 27, 28))
        assert peak > 0.5 * len(registry.records)
        assert days.most_common(1)[0][0] in {f"2023-09-{d}" for d in (26, 27, 28)}

    def test_phones_are_armenian_mobiles_with_or_without_country_code(
        self, registry: SynthRegistry
    ) -> None:
        phones = [r["phone"] for r in registry.records if r["phone"]]
        assert all(PHONE.match(p) for p in phones)
        assert any(p.startswith("+374") for p in phones)
        assert any(p.startswith("0") for p in phones)
        assert len(phones) < len(registry.records)

    def test_sites_relationships_and_needs_use_the_known_codes(
        self, registry: SynthRegistry
    ) -> None:
        site_names = {s.name for s in SITES}
        for r in registry.records:
            assert r["site"] in site_names
            assert r["relationship"] in (*RELATIONSHIPS, "")
            if r["needs"]:
                assert set(r["needs"].split(";")) <= set(NEEDS)
        seen = Counter(r["site"] for r in registry.records)
        assert seen["Goris"] > seen["Yerevan-1"] > 0
        assert len(seen) >= 15

    def test_household_refs_are_often_missing_but_used(self, registry: SynthRegistry) -> None:
        missing = sum(1 for r in registry.records if not r["household_ref"])
        assert 0.2 < missing / len(registry.records) < 0.6


class TestScripts:
    def test_all_three_scripts_are_present(self, registry: SynthRegistry) -> None:
        scripts = Counter(_script(r["family_name"]) for r in registry.records)
        assert set(scripts) == {"hy", "lat", "ru"}
        assert min(scripts.values()) > 0.08 * len(registry.records)

    def test_a_family_is_written_in_one_script_at_one_sitting(
        self, registry: SynthRegistry
    ) -> None:
        by_ref: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
        for r in registry.records:
            if r["household_ref"]:
                by_ref[(r["household_ref"], r["registered_at"][:13])].add(_script(r["family_name"]))
        assert sum(len(s) > 1 for s in by_ref.values()) < 0.02 * len(by_ref)

    def test_russian_forms_of_key_surnames_appear(self, registry: SynthRegistry) -> None:
        families = {r["family_name"] for r in registry.records}
        assert families & {"Оганесян", "Ованесян", "Акопян"}
        assert "Арутюнян" in families

    def test_several_latin_habits_appear(self, registry: SynthRegistry) -> None:
        families = {r["family_name"].lower() for r in registry.records}
        assert "harutyunyan" in families  # passport
        assert {"haroutiunian", "arutyunyan", "arutiunian"} & families  # diaspora / Russian
        assert any(f.endswith("ian") for f in families)

    def test_russian_patronymics_appear(self, registry: SynthRegistry) -> None:
        patronymics = [r["patronymic"] for r in registry.records if r["patronymic"]]
        assert any(p.endswith(("ович", "евич")) for p in patronymics)
        assert any(p.endswith(("овна", "евна")) for p in patronymics)


class TestHouseholds:
    def test_members_share_origin_and_blood_relatives_share_the_family_name(
        self, registry: SynthRegistry
    ) -> None:
        persons = registry.persons
        for household in registry.households:
            members = [persons[i] for i in household.members]
            head = members[0]
            assert head.relationship == "head"
            assert all(m.origin == household.origin for m in members)
            for m in members[1:]:
                if m.relationship in ("sibling",) or (
                    m.relationship == "child" and head.sex == "M"
                ):
                    assert m.family == head.family, (head, m)

    def test_children_have_their_fathers_name_as_patronymic(self, registry: SynthRegistry) -> None:
        persons = registry.persons
        for household in registry.households:
            head = persons[household.members[0]]
            for i in household.members[1:]:
                m = persons[i]
                if m.relationship == "child" and head.sex == "M":
                    assert m.father == head.given
                if m.relationship == "parent" and m.sex == "M":
                    assert m.given == head.father

    def test_ages_fit_the_relationships(self, registry: SynthRegistry) -> None:
        persons = registry.persons
        for household in registry.households:
            head = persons[household.members[0]]
            for i in household.members[1:]:
                m = persons[i]
                gap = head.age_on() - m.age_on()
                if m.relationship == "child":
                    assert gap >= 15, (head, m)
                elif m.relationship == "parent":
                    assert gap <= -15, (head, m)
                elif m.relationship == "grandchild":
                    assert gap >= 30, (head, m)
                elif m.relationship == "spouse":
                    assert -13 <= gap <= 13, (head, m)

    def test_mean_household_size_is_about_three_and_a_half(self, registry: SynthRegistry) -> None:
        sizes = Counter(len(h.members) for h in registry.households)
        mean = len(registry.persons) / len(registry.households)
        assert 3.2 <= mean <= 3.7
        assert sizes[1] and sizes[2] and max(sizes) >= 6

    def test_wives_mostly_carry_their_husbands_surname(self, registry: SynthRegistry) -> None:
        persons = registry.persons
        same = total = 0
        for household in registry.households:
            head = persons[household.members[0]]
            for i in household.members[1:]:
                if persons[i].relationship == "spouse" and head.sex == "M":
                    total += 1
                    same += persons[i].family == head.family
        assert 0.8 < same / total < 0.97

    def test_population_is_old_with_fewer_young_men(self, registry: SynthRegistry) -> None:
        ages = [(p.age_on(), p.sex) for p in registry.persons]
        older = sum(1 for a, _ in ages if a >= 60)
        assert older > 0.15 * len(ages)
        men = sum(1 for a, s in ages if 20 <= a < 35 and s == "M")
        women = sum(1 for a, s in ages if 20 <= a < 35 and s == "F")
        assert men < 0.9 * women

    def test_records_sharing_a_household_ref_belong_to_one_true_household(
        self, registry: SynthRegistry, persons_by_id: dict[str, Person]
    ) -> None:
        households: defaultdict[str, set[str]] = defaultdict(set)
        for r in registry.records:
            if r["household_ref"]:
                person = persons_by_id[registry.truth[r["record_id"]]]
                households[r["household_ref"]].add(person.household_id)
        assert households
        assert all(len(h) == 1 for h in households.values())


class TestNeeds:
    def test_needs_are_consistent_with_the_person(
        self, registry: SynthRegistry, persons_by_id: dict[str, Person]
    ) -> None:
        sizes = {h.household_id: len(h.members) for h in registry.households}
        seen: Counter[str] = Counter()
        for r in registry.records:
            person = persons_by_id[registry.truth[r["record_id"]]]
            age = person.age_on()
            for need in filter(None, r["needs"].split(";")):
                seen[need] += 1
                assert need in person.needs
                if need in ("pregnant", "lactating"):
                    assert person.sex == "F" and 16 <= age <= 45
                elif need == "older_alone":
                    assert age >= 60 and sizes[person.household_id] == 1
                elif need in ("unaccompanied_child", "separated_child"):
                    assert age < 18
        assert {"older_alone", "disability", "pregnant", "lactating"} <= set(seen)

    def test_unaccompanied_children_have_no_adult_with_them(self, registry: SynthRegistry) -> None:
        persons = registry.persons
        for household in registry.households:
            members = [persons[i] for i in household.members]
            if any("unaccompanied_child" in m.needs for m in members):
                assert all(m.age_on() < 18 for m in members)


class TestDuplicates:
    @pytest.mark.parametrize("seed", [1, 2, 3])
    def test_about_a_tenth_of_people_are_registered_more_than_once(self, seed: int) -> None:
        registry = generate(5000, seed)
        assert 0.08 <= registry.duplicate_rate <= 0.12
        counts = registry.registrations_per_person()
        assert counts[3] + counts[4] > 0
        assert max(counts) <= 4

    def test_repeats_come_later_and_mostly_elsewhere(self, registry: SynthRegistry) -> None:
        by_person: defaultdict[str, list[dict[str, str]]] = defaultdict(list)
        for r in registry.records:
            by_person[registry.truth[r["record_id"]]].append(r)
        pairs = [(a, b) for rows in by_person.values() for a, b in itertools.pairwise(rows)]
        assert pairs
        assert all(a["registered_at"] <= b["registered_at"] for a, b in pairs)
        elsewhere = sum(a["site"] != b["site"] for a, b in pairs)
        assert elsewhere > 0.6 * len(pairs)
        assert elsewhere < len(pairs)  # some register again at the same site

    def test_a_few_rows_are_exact_duplicates(self) -> None:
        registry = generate(8000, 4)
        content = Counter(tuple(r[c] for c in RECORD_COLUMNS[1:]) for r in registry.records)
        exact = sum(n - 1 for n in content.values() if n > 1)
        assert 0 < exact < 0.01 * len(registry.records)


class TestHardNegatives:
    def test_common_full_names_belong_to_several_people(self) -> None:
        registry = generate(12000, 9)
        names = Counter((p.given_name, p.family_name) for p in registry.persons)
        (given, family), count = names.most_common(1)[0]
        assert count >= 4
        years = {
            p.birth_date.year
            for p in registry.persons
            if (p.given_name, p.family_name) == (given, family)
        }
        assert len(years) >= 3

    def test_cousins_share_surname_patronymic_and_origin(self, registry: SynthRegistry) -> None:
        heads = [registry.persons[h.members[0]] for h in registry.households]
        lines = Counter((p.family, p.father, p.origin) for p in heads if p.sex == "M")
        assert any(n >= 2 for n in lines.values())

    def test_twins_share_a_birth_date_but_not_a_name(self) -> None:
        registry = generate(12000, 9)
        persons = registry.persons
        twins = 0
        for household in registry.households:
            births = Counter(
                persons[i].birth_date
                for i in household.members
                if persons[i].relationship in ("child", "grandchild")
            )
            for born, n in births.items():
                if n >= 2:
                    twins += 1
                    given = [
                        persons[i].given for i in household.members if persons[i].birth_date == born
                    ]
                    assert len(set(given)) == len(given)
        assert twins > 0
