"""`registration_import_file` and `refuge import`: counts, rejects, idempotence, households,
audit, refusals. Small files written in tmp_path; the killed-run test is test_import_killed.py.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from refuge.interchange import MAX_LENGTHS
from refuge.interchange.validation import BIRTH_DATE_FUTURE, REQUIRED_EMPTY
from refuge.registry.importing import (
    AUDIT_ACTION,
    ImportRefused,
    registration_import_file,
)

HEADER = [
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
]


def person(record_id: str, **values: str) -> dict[str, str]:
    row = {
        "record_id": record_id,
        "given_name": "Hovhannes",
        "family_name": "Hakobyan",
        "sex": "M",
        "birth_date": "1985-04-23",
        "origin": "Martuni",
        "phone": "+37491234567",
        "registered_at": "2023-09-26T14:05",
        "site": "Goris",
    }
    row.update(values)
    return row


def write_csv(path: Path, rows: list[dict[str, str]], *, header: list[str] | None = None) -> Path:
    header = header or HEADER + sorted({k for r in rows for k in r} - set(HEADER))
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def read_rejects(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def counts(summary: Any) -> tuple[int, int, int]:
    return summary.imported, summary.rejected, summary.already_present


@pytest.fixture
def models() -> Any:
    from refuge.registry import models

    return models


pytestmark = pytest.mark.django_db


class TestRegistrationImportFile:
    def test_imports_valid_rows_and_writes_bad_ones_to_the_rejects_file(
        self, tmp_path: Path, models: Any
    ) -> None:
        path = write_csv(
            tmp_path / "goris.csv",
            [
                person("G-1"),
                person("G-2", given_name="", birth_date="2999-01-01"),
                person("G-3", given_name="Ani", family_name="Hakobyan", sex="F"),
                person("G-1", given_name="Again"),
            ],
        )
        summary = registration_import_file(path=path)
        assert counts(summary) == (2, 2, 0)
        assert summary.rejects_file == str(tmp_path / "goris.csv.rejects.csv")
        rejects = read_rejects(Path(summary.rejects_file))
        assert [(r["reject_line"], r["reject_column"]) for r in rejects] == [
            ("3", "given_name, birth_date"),
            ("5", "record_id"),
        ]
        assert rejects[0]["reject_reason"] == (
            f"{REQUIRED_EMPTY.format(column='given_name')} {BIRTH_DATE_FUTURE}"
        )
        assert rejects[0]["record_id"] == "G-2" and rejects[0]["birth_date"] == "2999-01-01"
        assert "appears earlier in this file (line 2)" in rejects[1]["reject_reason"]
        assert rejects[1]["given_name"] == "Again"
        assert models.Registration.objects.count() == 2

    def test_each_registration_gets_a_new_person_link_and_a_create_event(
        self, tmp_path: Path, models: Any
    ) -> None:
        path = write_csv(tmp_path / "a.csv", [person(f"A-{i}") for i in range(5)])
        summary = registration_import_file(path=path, chunk_size=2)
        assert summary.imported == 5
        links = list(models.Link.objects.all())
        assert len({link.person_id for link in links}) == 5
        assert {link.method for link in links} == {"new"}
        events = list(models.LinkEvent.objects.order_by("id"))
        assert [e.kind for e in events] == ["create"] * 3  # one per chunk of 2 file rows
        moved = [m[0] for e in events for m in e.moves]
        assert sorted(moved) == sorted(link.registration_id for link in links)
        assert all(m[1] is None for e in events for m in e.moves)
        for link in links:
            assert link.event.moves and [link.registration_id, None, link.person_id] in (
                link.event.moves
            )
            assert link.event.persons.filter(pk=link.person_id).exists()

    def test_stores_raw_strings_as_typed_and_derived_values(
        self, tmp_path: Path, models: Any
    ) -> None:
        path = write_csv(
            tmp_path / "a.csv",
            [
                person(
                    " K-9 ",
                    given_name=" Оганес ",
                    family_name="Акопян",
                    sex="м",
                    birth_date="1985",
                    phone="091 23-45-67",
                    registered_at="2023-09-26 14:05:30",
                    site=" Kornidzor ",
                )
            ],
        )
        registration_import_file(path=path, source="UNHCR")
        r = models.Registration.objects.select_related("site", "batch").get()
        assert (r.source, r.record_id) == ("UNHCR", "K-9")
        assert (r.given_name, r.sex, r.site_name) == (" Оганес ", "м", " Kornidzor ")
        assert r.registered_at == "2023-09-26 14:05:30"
        assert r.site.name == "Kornidzor"
        assert r.registered_on == dt.datetime(2023, 9, 26, 10, 5, 30, tzinfo=dt.UTC)
        assert r.birth_year == 1985
        assert r.phone_e164 == "+37491234567"
        assert r.family_key and r.given_key
        assert (r.source_file, r.source_line, r.batch.status) == ("a.csv", 2, "done")

    def test_unknown_columns_are_kept_in_extra(self, tmp_path: Path, models: Any) -> None:
        path = write_csv(
            tmp_path / "a.csv",
            [person("A-1", tent="B-4", needs="insulin"), person("A-2", tent="", needs="")],
        )
        registration_import_file(path=path)
        extras = dict(models.Registration.objects.values_list("record_id", "extra"))
        assert extras == {"A-1": {"tent": "B-4", "needs": "insulin"}, "A-2": {}}

    def test_importing_the_same_file_twice_adds_nothing(self, tmp_path: Path, models: Any) -> None:
        path = write_csv(tmp_path / "a.csv", [person("A-1"), person("A-2", household_ref="H")])
        registration_import_file(path=path)
        tables = (models.Registration, models.Person, models.Link, models.LinkEvent)
        before = [m.objects.count() for m in tables]
        second = registration_import_file(path=path)
        assert counts(second) == (0, 0, 2)
        assert [m.objects.count() for m in tables] == before
        assert models.HouseholdMember.objects.count() == 1
        assert second.rejects_file is None

    def test_an_overlapping_file_imports_only_the_new_rows(
        self, tmp_path: Path, models: Any
    ) -> None:
        registration_import_file(path=write_csv(tmp_path / "1.csv", [person("A-1"), person("A-2")]))
        summary = registration_import_file(
            path=write_csv(tmp_path / "2.csv", [person("A-2"), person("A-3")])
        )
        assert counts(summary) == (1, 0, 1)
        assert sorted(models.Registration.objects.values_list("record_id", flat=True)) == [
            "A-1",
            "A-2",
            "A-3",
        ]

    def test_a_known_record_id_with_different_content_is_rejected_not_overwritten(
        self, tmp_path: Path, models: Any
    ) -> None:
        registration_import_file(path=write_csv(tmp_path / "1.csv", [person("A-1")]))
        changed = write_csv(tmp_path / "2.csv", [person("A-1", given_name="Ovanes")])
        summary = registration_import_file(path=changed)
        assert counts(summary) == (0, 1, 0)
        (reject,) = read_rejects(Path(summary.rejects_file))
        assert reject["reject_column"] == "record_id"
        assert reject["reject_reason"] == (
            "record_id A-1 was already imported from the default source with different "
            "content; use --source to import another organisation's file."
        )
        assert models.Registration.objects.get().given_name == "Hovhannes"
        # Another organisation's file with the same record_id is another namespace.
        other = registration_import_file(path=changed, source="UNICEF")
        assert counts(other) == (1, 0, 0)

    def test_rows_sharing_a_household_ref_become_one_household(
        self, tmp_path: Path, models: Any
    ) -> None:
        rows = [
            person("A-1", household_ref="H-7", relationship="head"),
            person("A-2", household_ref="H-7", relationship="Spouse"),
            person("A-3", household_ref="H-7", relationship="cousin"),
            person("A-4", household_ref="H-8"),
            person("A-5"),
        ]
        registration_import_file(path=write_csv(tmp_path / "a.csv", rows), chunk_size=2)
        households = {h.ref: h for h in models.Household.objects.select_related("site")}
        assert set(households) == {"H-7", "H-8"}
        assert households["H-7"].site.name == "Goris"
        members = {
            m.registration.record_id: (m.household.ref, m.relationship)
            for m in models.HouseholdMember.objects.select_related("registration", "household")
        }
        assert members == {
            "A-1": ("H-7", "head"),
            "A-2": ("H-7", "spouse"),
            "A-3": ("H-7", ""),  # not one of the known relationships
            "A-4": ("H-8", ""),
        }
        # A later file of the same source adds to the same household.
        later = write_csv(tmp_path / "b.csv", [person("A-6", household_ref="H-7")])
        registration_import_file(path=later)
        assert models.Household.objects.count() == 2
        assert models.HouseholdMember.objects.filter(household__ref="H-7").count() == 4

    def test_sites_are_created_on_first_sight(self, tmp_path: Path, models: Any) -> None:
        models.Site.objects.create(name="Goris", province="Syunik")
        rows = [person("A-1"), person("A-2", site="Yerevan-1"), person("A-3", site="Yerevan-1")]
        registration_import_file(path=write_csv(tmp_path / "a.csv", rows))
        assert sorted(models.Site.objects.values_list("name", "province")) == [
            ("Goris", "Syunik"),
            ("Yerevan-1", ""),
        ]

    def test_imports_an_xlsx_with_the_same_columns(self, tmp_path: Path, models: Any) -> None:
        path = tmp_path / "arrivals.xlsx"
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append([*HEADER, "tent"])
        sheet.append(
            [
                "X-1",
                "Ani",
                "Hakobyan",
                "",
                "F",
                1990,
                "",
                "",
                "H1",
                dt.datetime(2023, 9, 26, 9, 30),
                "Goris",
                "B4",
            ]
        )
        sheet.append([])
        sheet.append(["X-2", "Aram", "", "", "", "", "", "", "H1", "2023-09-26T09:31", "Goris"])
        sheet.append(
            [
                "X-3",
                "Aram",
                "Hakobyan",
                "",
                "M",
                "1980-01-02",
                "",
                "",
                "H1",
                "2023-09-26T09:31",
                "Goris",
            ]
        )
        workbook.save(path)
        summary = registration_import_file(path=path)
        assert counts(summary) == (2, 1, 0)
        (reject,) = read_rejects(Path(summary.rejects_file))
        assert (reject["reject_line"], reject["reject_column"]) == ("4", "family_name")
        first = models.Registration.objects.get(record_id="X-1")
        assert (first.birth_date, first.registered_at, first.extra) == (
            "1990",
            "2023-09-26T09:30",
            {"tent": "B4"},
        )
        assert first.source_line == 2
        assert models.HouseholdMember.objects.count() == 2

    def test_writes_one_audit_entry_with_counts_only(self, tmp_path: Path, cast: Any) -> None:
        from refuge.accounts.models import AuditEntry

        actor = cast["registrar_goris"]
        path = write_csv(tmp_path / "a.csv", [person("A-1"), person("A-2", site="")])
        summary = registration_import_file(path=path, actor=actor)
        (entry,) = AuditEntry.objects.filter(action=AUDIT_ACTION)
        assert entry.actor == actor
        assert (entry.object_type, entry.object_id) == (
            "registry.importbatch",
            str(summary.batch_id),
        )
        assert entry.data == {
            "status": "done",
            "rows": 2,
            "imported": 1,
            "rejected": 1,
            "already_present": 0,
        }

    def test_logs_no_personal_data(self, tmp_path: Path, caplog: Any) -> None:
        caplog.set_level(logging.DEBUG, logger="refuge")
        rows = [person("A-1", given_name="Zabelle", phone="+37491999888"), person("A-2", site="")]
        registration_import_file(path=write_csv(tmp_path / "a.csv", rows))
        registration_import_file(path=write_csv(tmp_path / "a.csv", rows))
        assert caplog.records, "the import logs its counts"
        text = "\n".join(r.getMessage() for r in caplog.records)
        for personal in ("Zabelle", "Hakobyan", "91999888", "A-1", "Martuni"):
            assert personal not in text

    def test_a_refused_file_raises_and_leaves_a_refused_batch(
        self, tmp_path: Path, models: Any
    ) -> None:
        path = tmp_path / "cp1251.csv"
        path.write_bytes((",".join(HEADER) + "\nA1,Оганес,Акопян\n").encode("cp1251"))
        with pytest.raises(ImportRefused, match="not UTF-8: byte 0xCE at line 2"):
            registration_import_file(path=path)
        assert models.Registration.objects.count() == 0
        assert list(models.ImportBatch.objects.values_list("status", flat=True)) == ["refused"]

    def test_column_limits_match_the_registration_fields(self, models: Any) -> None:
        fields = {f.name: f for f in models.Registration._meta.get_fields()}
        for column, limit in MAX_LENGTHS.items():
            name = "site_name" if column == "site" else column
            assert fields[name].max_length == limit, column


class TestImportCommand:
    def run(self, capsys: Any, *args: str) -> tuple[int, str, str]:
        from refuge.cli import main

        code = main(["import", *args])
        out, err = capsys.readouterr()
        return code, out, err

    def test_json_summary_is_the_only_thing_on_stdout(self, tmp_path: Path, capsys: Any) -> None:
        path = write_csv(tmp_path / "a.csv", [person("A-1"), person("A-2", site="")])
        code, out, _ = self.run(capsys, str(path), "--json", "--no-relink")
        assert code == 0
        result = json.loads(out)
        assert {k: result[k] for k in ("imported", "rejected", "already_present")} == {
            "imported": 1,
            "rejected": 1,
            "already_present": 0,
        }
        assert result["rejects_file"].endswith("a.csv.rejects.csv")

    def test_a_refused_file_exits_non_zero_naming_the_problem_on_stderr(
        self, tmp_path: Path, capsys: Any
    ) -> None:
        path = tmp_path / "a.csv"
        path.write_text("id;name\n1;Ani\n", encoding="utf-8")
        code, out, err = self.run(capsys, str(path), "--json")
        assert code == 1
        assert out == ""
        assert "lacks the required columns record_id, given_name" in err
        assert "expected a header row with the columns" in err

    def test_semicolons_and_a_bom_are_accepted(self, tmp_path: Path, capsys: Any) -> None:
        path = tmp_path / "eu.csv"
        lines = [";".join(HEADER), "A-1;Ani;Hakobyan;;F;1990;;;;2023-09-26T14:05;Goris"]
        path.write_text("\ufeff" + "\r\n".join(lines) + "\r\n", encoding="utf-8")
        code, out, _ = self.run(capsys, str(path), "--json", "--no-relink")
        assert (code, json.loads(out)["imported"]) == (0, 1)

    def test_runs_the_incremental_relink_after_an_import(
        self, tmp_path: Path, capsys: Any, monkeypatch: Any
    ) -> None:
        from refuge.registry import linking

        calls: list[dict[str, Any]] = []

        class Summary:
            registrations = 1
            persons_after = 1

            def as_dict(self) -> dict[str, Any]:
                return {"registrations": 1}

        def fake_relink(**kwargs: Any) -> Summary:
            calls.append(kwargs)
            return Summary()

        monkeypatch.setattr(linking, "registry_relink", fake_relink)
        path = write_csv(tmp_path / "a.csv", [person("A-1")])
        code, out, _ = self.run(capsys, str(path), "--json")
        assert code == 0 and calls == [{"full": False}]
        assert json.loads(out)["relink"] == {"registrations": 1}
        self.run(capsys, str(path), "--json")  # nothing new: no re-link
        code, _, _ = self.run(
            capsys, str(write_csv(tmp_path / "b.csv", [person("B")])), "--no-relink"
        )
        assert len(calls) == 1


def test_the_phone_shortcut_gives_what_normalise_phone_gives() -> None:
    """``phone_e164`` converts the usual Armenian shapes itself, for speed; it must agree with
    ``refuge.linkage.normalise_phone`` on every one of them and on what it passes on."""
    import random

    from refuge.registry.importing import _linkage_functions, phone_e164

    *_, normalise_phone = _linkage_functions()
    rng = random.Random(7)
    phones = ["", " ", "12345", "+1 202 555 0143", "+7 916 123-45-67", "0012025550143", "091"]
    for _ in range(400):
        national = f"{rng.randint(1, 9)}{rng.randrange(10**7):07d}"
        spaced = f"{national[:2]} {national[2:4]}-{national[4:6]}-{national[6:]}"
        phones += [
            f"+374{national}",
            f"00374{national}",
            f"374{national}",
            f"0{national}",
            f"+374 {spaced}",
            f"(0{national[:2]}) {national[2:]}",
            f"0{national[:2]}.{national[2:]}",
            f"+3740{national}",  # a national 0 kept after the country code
            f"0{national}1",  # one digit too many
            f"{national}",  # no prefix at all
        ]
    for phone in phones:
        assert phone_e164(phone, normalise_phone) == normalise_phone(phone), phone


def test_without_a_relink_function_the_command_says_so_and_succeeds(
    tmp_path: Path, capsys: Any, monkeypatch: Any, db: None
) -> None:
    import sys

    from refuge.cli import main

    monkeypatch.setitem(sys.modules, "refuge.registry.linking", None)  # import fails
    code = main(["import", str(write_csv(tmp_path / "a.csv", [person("A-1")]))])
    out, err = capsys.readouterr()
    assert code == 0
    assert out.startswith("1 imported, 0 rejected, 0 already present")
    assert "re-link skipped" in err and "refuge relink" in err
