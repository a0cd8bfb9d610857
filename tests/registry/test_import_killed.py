"""An import killed midway (SIGKILL, after some chunks committed) and run again ends in exactly
the state of one clean run.

Real processes on file-backed SQLite databases (REFUGE_SQLITE_PATH in tmp_path), whatever
database the rest of the suite uses: the killed process is an import driven with a small chunk
size, the re-run and the clean run are the real `refuge import` command.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CHUNK = 100
ROWS = 3_000

# The callback pauses after each committed chunk, as a slow disk would, so the kill after the
# third chunk lands while the import is still running (in the pause or in the next chunk).
DRIVER = """
import sys, time
from refuge.cli import setup_django
setup_django()
from refuge.core.serve import prepare_database
prepare_database()
from refuge.registry.importing import registration_import_file

def progress(done, expected):
    print(done, flush=True)
    time.sleep(0.05)

registration_import_file(path=sys.argv[1], chunk_size=int(sys.argv[2]), progress=progress)
print("finished", flush=True)
"""


def make_file(path: Path) -> None:
    """ROWS rows with households across chunk boundaries, some bad rows and a duplicate."""
    header = [
        "record_id", "given_name", "family_name", "sex", "birth_date", "phone",
        "household_ref", "registered_at", "site", "relationship", "tent",
    ]  # fmt: skip
    given = ["Hovhannes", "Անի", "Оганес", "Aram", "Lilit", "Գոհար"]
    family = ["Hakobyan", "Հակոբյան", "Акопян", "Petrosyan", "Sargsyan"]
    sites = ["Goris", "Kornidzor", "Yerevan-1"]
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for i in range(ROWS):
            birth = f"{1940 + i % 80}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            if i % 97 == 5:
                birth = "1985-23-04"  # rejected
            writer.writerow(
                [
                    f"R-{i if i % 500 != 499 else i - 1}",  # a few duplicates: rejected
                    given[i % len(given)],
                    family[i % len(family)],
                    "MF"[i % 2],
                    birth,
                    f"+3749{i:07d}" if i % 3 else "",
                    f"H-{(i * 7) % 400}" if i % 4 else "",  # members spread over chunks
                    f"2023-09-{24 + i % 5:02d}T{8 + i % 10:02d}:{i % 60:02d}",
                    sites[i % 3],
                    ["head", "spouse", "child", "", "aunt"][i % 5],
                    f"T{i % 50}",
                ]
            )


def env_for(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        REFUGE_SQLITE_PATH=str(db),
        DJANGO_SETTINGS_MODULE="refuge.settings",
        REFUGE_LOG_LEVEL="WARNING",
    )
    return env


def refuge_import(path: Path, db: Path) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-m", "refuge.cli", "import", str(path), "--json", "--no-relink",
         "--chunk-size", str(CHUNK)],
        env=env_for(db), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def state(db: Path) -> dict[str, Any]:
    """Everything an import writes, without ids, batch ids and timestamps."""
    con = sqlite3.connect(db)
    q = con.execute
    record_of = dict(q("SELECT id, record_id FROM registry_registration"))
    person_records: dict[int, list[str]] = {}
    for reg, person in q("SELECT registration_id, person_id FROM registry_link"):
        person_records.setdefault(person, []).append(record_of[reg])
    events = []
    for event_id, kind, moves in q("SELECT id, kind, moves FROM registry_linkevent"):
        persons = {p for (p,) in q(
            "SELECT person_id FROM registry_linkevent_persons WHERE linkevent_id = ?", [event_id]
        )}  # fmt: skip
        moved = sorted(record_of[m[0]] for m in json.loads(moves))
        assert all(person_records[p] for p in persons)
        events.append((kind, moved, sorted(r for p in persons for r in person_records[p])))
    result = {
        "registrations": sorted(q(
            "SELECT r.source, record_id, given_name, family_name, patronymic, sex, birth_date, "
            "origin, phone, household_ref, registered_at, site_name, extra, s.name, "
            "registered_on, birth_year, phone_e164, family_key, given_key, source_file, "
            "source_line, created_by_id FROM registry_registration r "
            "JOIN registry_site s ON s.id = r.site_id"
        )),
        "persons": sorted(sorted(records) for records in person_records.values()),
        "person_rows": q("SELECT count(*) FROM registry_person").fetchone()[0],
        "link_methods": sorted(set(q("SELECT method FROM registry_link"))),
        "events": sorted(events),
        "households": sorted(q(
            "SELECT h.source, h.ref, s.name, r.record_id, m.relationship "
            "FROM registry_householdmember m JOIN registry_household h ON h.id = m.household_id "
            "JOIN registry_registration r ON r.id = m.registration_id "
            "LEFT JOIN registry_site s ON s.id = h.site_id"
        )),
        "household_rows": q("SELECT count(*) FROM registry_household").fetchone()[0],
        "sites": sorted(q("SELECT name, province FROM registry_site")),
        "done_batches": sorted(q(
            "SELECT source, file_name, file_sha256, rejected FROM registry_importbatch "
            "WHERE status = 'done'"
        )),
        "audit": sorted(q(
            "SELECT action, json_extract(data, '$.rejected'), json_extract(data, '$.rows') "
            "FROM accounts_auditentry"
        )),
    }  # fmt: skip
    con.close()
    return result


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_an_import_killed_midway_and_run_again_ends_as_one_clean_run(tmp_path: Path) -> None:
    clean_dir, killed_dir = tmp_path / "clean", tmp_path / "killed"
    clean_dir.mkdir()
    killed_dir.mkdir()
    make_file(clean_dir / "arrivals.csv")
    shutil.copy(clean_dir / "arrivals.csv", killed_dir / "arrivals.csv")
    clean_db, killed_db = clean_dir / "db.sqlite3", killed_dir / "db.sqlite3"

    clean = refuge_import(clean_dir / "arrivals.csv", clean_db)

    process = subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(killed_dir / "arrivals.csv"), str(CHUNK)],
        env=env_for(killed_db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    committed = [process.stdout.readline() for _ in range(3)]  # three chunks are committed
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert committed[-1].strip() == str(3 * CHUNK), process.stderr.read() if process.stderr else ""
    assert process.returncode == -signal.SIGKILL

    con = sqlite3.connect(killed_db)
    (status,) = con.execute("SELECT status FROM registry_importbatch").fetchone()
    lines = [line for (line,) in con.execute("SELECT source_line FROM registry_registration")]
    con.close()
    assert status == "running"  # a killed run stays running
    assert 0 < len(lines) < clean["imported"]
    # Chunks are all or nothing: every chunk of file lines was imported whole or not at all.
    clean_con = sqlite3.connect(clean_db)
    clean_lines = [
        line for (line,) in clean_con.execute("SELECT source_line FROM registry_registration")
    ]
    clean_con.close()
    chunk_of = lambda line: (line - 2) // CHUNK  # noqa: E731 (header is line 1)
    for chunk in {chunk_of(line) for line in lines}:
        assert sorted(x for x in lines if chunk_of(x) == chunk) == sorted(
            x for x in clean_lines if chunk_of(x) == chunk
        )
    assert not (killed_dir / "arrivals.csv.rejects.csv").exists()

    rerun = refuge_import(killed_dir / "arrivals.csv", killed_db)
    assert rerun["imported"] + rerun["already_present"] == clean["imported"]
    assert rerun["already_present"] == len(lines)
    assert rerun["rejected"] == clean["rejected"] > 0
    assert state(killed_db) == state(clean_db)
    assert (killed_dir / "arrivals.csv.rejects.csv").read_bytes() == (
        clean_dir / "arrivals.csv.rejects.csv"
    ).read_bytes()

    again = refuge_import(killed_dir / "arrivals.csv", killed_db)
    assert (again["imported"], again["already_present"]) == (0, clean["imported"])
