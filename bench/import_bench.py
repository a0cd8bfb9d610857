"""Benchmark `refuge import` against a plain sqlite3 ``executemany`` of the same rows.

    .venv/bin/python bench/import_bench.py [--rows 100000] [--file interchange.csv] [--keep DIR]

Target (issue "refuge import"): 100,000 rows in at most 20 s on SQLite on a 2-core machine, and
within 3x of a plain ``sqlite3`` ``executemany`` of the same rows into the same tables,
measured in the same run.

- refuge: ``registration_import_file`` on a fresh, migrated SQLite file (read, validate, derive
  name keys and E.164 phones, write registrations, persons, links, link events, households).
- executemany: the same rows, already parsed and with the same derived values computed before
  the clock starts, inserted with the standard ``sqlite3`` module into the same tables of
  another copy of the empty database, with the same pragmas and one transaction per 5,000
  rows (as the import commits), ids assigned by the script. This is the floor: the database
  work alone.

Rows come from ``refuge synth --seed 1`` (the first ``--rows`` records of its registry), from
``--file``, or with ``--simple`` from this script's own generator: names in Armenian, Latin and
Cyrillic script with typos, so the name-key caches see many distinct strings as real data would.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GIVEN = [
    "Hovhannes", "Ovanes", "Оганес", "Հովհաննես", "Ani", "Անի", "Анна", "Aram", "Արամ",
    "Арам", "Lilit", "Լիլիթ", "Лилит", "Gohar", "Գոհար", "Narek", "Նարեկ", "Нарек", "Mariam",
    "Մարիամ", "Мариам", "Tigran", "Տիգրան", "Тигран", "Armen", "Արմեն", "Армен", "Seda",
    "Սեդա", "Karen", "Կարեն", "Карен", "Arpine", "Արփինե", "Hayk", "Հայկ", "Гайк", "Anahit",
]  # fmt: skip
FAMILY = [
    "Hakobyan", "Hakobian", "Akopyan", "Акопян", "Հակոբյան", "Petrosyan", "Պետրոսյան",
    "Петросян", "Sargsyan", "Sargsian", "Սարգսյան", "Саргсян", "Grigoryan", "Գրիգորյան",
    "Григорян", "Harutyunyan", "Арутюнян", "Հարությունյան", "Khachatryan", "Хачатрян",
    "Խաչատրյան", "Avetisyan", "Аветисян", "Ավետիսյան", "Hovhannisyan", "Оганесян",
    "Հովհաննիսյան", "Mkrtchyan", "Мкртчян", "Մկրտչյան", "Vardanyan", "Варданян", "Gevorgyan",
]  # fmt: skip
ORIGINS = ["Stepanakert", "Martuni", "Martakert", "Askeran", "Hadrut", "Shushi", "Berdzor"]
SITES = ["Goris", "Kornidzor", "Yerevan-1", "Yerevan-2", "Vayk", "Sisian", "Kapan", "Ararat"]
HEADER = [
    "record_id", "given_name", "family_name", "patronymic", "sex", "birth_date", "origin",
    "phone", "household_ref", "registered_at", "site", "relationship",
]  # fmt: skip


def typo(rng: random.Random, name: str) -> str:
    """A dropped, doubled or swapped letter in about a third of the names."""
    if len(name) < 4 or rng.random() > 0.35:
        return name
    i = rng.randrange(1, len(name) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return name[:i] + name[i + 1 :]
    if kind == 1:
        return name[:i] + name[i] + name[i:]
    return name[: i - 1] + name[i] + name[i - 1] + name[i + 1 :]


def generate(path: Path, rows: int, seed: int = 2023) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(HEADER)
        household, left = 0, 0
        for i in range(rows):
            if left == 0:
                household, left = household + 1, rng.randint(1, 6)
            left -= 1
            year = rng.randint(1930, 2023)
            birth = rng.choice(
                [f"{year}", f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]
            )
            phone = rng.choice(
                ["", f"+3749{rng.randrange(10**7):07d}", f"09{rng.randrange(10**7):07d}"]
            )
            writer.writerow(
                [
                    f"R{i:07d}",
                    typo(rng, rng.choice(GIVEN)),
                    typo(rng, rng.choice(FAMILY)),
                    "",
                    rng.choice("MF"),
                    birth,
                    rng.choice(ORIGINS),
                    phone,
                    f"HH{household:06d}" if rng.random() < 0.8 else "",
                    f"2023-09-{rng.randint(24, 30)}T{rng.randint(8, 19):02d}:{rng.randrange(60):02d}",  # noqa: E501
                    rng.choice(SITES),
                    rng.choice(["head", "spouse", "child", "parent", ""]),
                ]
            )  # fmt: skip


def synthesise(path: Path, rows: int, directory: Path) -> bool:
    """The first ``rows`` records of a ``refuge synth`` registry; False if synth is missing."""
    people = int(rows / 1.05) + 1
    while True:
        out = directory / "synth"
        result = subprocess.run(
            [sys.executable, "-m", "refuge.cli", "synth", "--people", str(people), "--seed", "1",
             "--out", str(out)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if result.returncode != 0:
            print(f"refuge synth failed, generating simple rows: {result.stderr.strip()[-200:]}")
            return False
        with (out / "records.csv").open(encoding="utf-8", newline="") as f:
            records = list(csv.reader(f))
        if len(records) - 1 >= rows:
            break
        people = int(people * 1.2) + 1
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(records[: rows + 1])
    return True


def migrated_template(directory: Path) -> Path:
    """An empty, migrated SQLite database to copy for each measurement."""
    template = directory / "template.sqlite3"
    os.environ["REFUGE_SQLITE_PATH"] = str(directory / "refuge.sqlite3")
    os.environ.setdefault("REFUGE_LOG_LEVEL", "WARNING")
    os.environ.pop("DATABASE_URL", None)
    from refuge.cli import setup_django

    setup_django()
    from django.db import connection

    from refuge.core.serve import prepare_database

    prepare_database()
    connection.close()
    shutil.copy(directory / "refuge.sqlite3", template)
    return template


def time_linkage_import() -> float:
    """Importing ``refuge.linkage`` (Polars, SciPy) is a one-off cost per process, which the
    re-link after an import pays anyway; it is timed apart from the rows."""
    started = time.perf_counter()
    import refuge.linkage  # noqa: F401

    return time.perf_counter() - started


def time_refuge(path: Path) -> tuple[float, dict[str, object]]:
    from django.db import connection

    from refuge.registry.importing import registration_import_file

    connection.close()
    started = time.perf_counter()
    summary = registration_import_file(path=path, source="bench")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed, summary.as_dict()


def prepared_rows(path: Path) -> list[tuple[object, ...]]:
    """The rows as the import would store them, prepared before any clock starts."""
    from django.utils import timezone

    from refuge.interchange import RowValidator, ValidRow, open_interchange
    from refuge.registry.importing import _linkage_functions

    name_key, normalise_phone = _linkage_functions()
    file = open_interchange(path)
    validator = RowValidator(file.header)
    now = str(timezone.now().replace(tzinfo=None))
    rows = []
    for raw in file.rows():
        row = validator.validate(raw.line, raw.cells)
        if not isinstance(row, ValidRow):
            continue
        r = row.raw
        rows.append(
            (
                "bench", row.record_id, r["given_name"], r["family_name"], r["patronymic"],
                r["sex"], r["birth_date"], r["origin"], r["phone"], r["household_ref"],
                r["registered_at"], r["site"], json.dumps(row.extra, ensure_ascii=False), row.site,
                str(timezone.make_naive(row.registered_on, dt.UTC)), row.birth_year,
                normalise_phone(r["phone"]) if r["phone"].strip() else "",
                name_key(r["family_name"]), name_key(r["given_name"]), path.name, row.line, now,
                row.extra.get("relationship", ""),
            )
        )  # fmt: skip
    return rows


def time_executemany(db: Path, rows: list[tuple[object, ...]], chunk: int = 5_000) -> float:
    con = sqlite3.connect(db, isolation_level=None)
    con.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.execute(
        "INSERT INTO registry_importbatch (id, source, file_name, file_sha256, status, started_at,"
        " imported, rejected, already_present) VALUES (1, 'bench', 'x', '', 'done', ?, 0, 0, 0)",
        [rows[0][21]],
    )
    sites = {name: i for i, name in enumerate(sorted({r[13] for r in rows}), start=1)}
    con.executemany("INSERT INTO registry_site (id, name, province) VALUES (?, ?, '')",
                    [(i, n) for n, i in sites.items()])  # fmt: skip
    con.execute("COMMIT")
    households: dict[str, int] = {}
    for start in range(0, len(rows), chunk):
        part = rows[start : start + chunk]
        ids = range(start + 1, start + 1 + len(part))
        con.execute("BEGIN IMMEDIATE")
        now = part[0][21]
        con.executemany("INSERT INTO registry_person (id, created_at) VALUES (?, ?)",
                        [(i, now) for i in ids])  # fmt: skip
        con.executemany(
            "INSERT INTO registry_registration (id, source, record_id, given_name, family_name,"
            " patronymic, sex, birth_date, origin, phone, household_ref, registered_at, site_name,"
            " extra, site_id, registered_on, birth_year, phone_e164, family_key, given_key,"
            " source_file, source_line, batch_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
            [(i, *r[:13], sites[r[13]], *r[14:22]) for i, r in zip(ids, part, strict=True)],
        )
        event = start // chunk + 1
        moves = json.dumps([[i, None, i] for i in ids])
        con.execute(
            "INSERT INTO registry_linkevent (id, kind, at, reason, moves, data)"
            " VALUES (?, 'create', ?, 'import', ?, '{}')",
            [event, now, moves],
        )
        con.executemany(
            "INSERT INTO registry_link (registration_id, person_id, method, decided_at, event_id)"
            " VALUES (?, ?, 'new', ?, ?)",
            [(i, i, now, event) for i in ids],
        )
        con.executemany(
            "INSERT INTO registry_linkevent_persons (linkevent_id, person_id) VALUES (?, ?)",
            [(event, i) for i in ids],
        )
        members = []
        for i, r in zip(ids, part, strict=True):
            ref = r[9].strip()
            if not ref:
                continue
            if ref not in households:
                households[ref] = len(households) + 1
                con.execute(
                    "INSERT INTO registry_household (id, source, ref, site_id, created_at)"
                    " VALUES (?, 'bench', ?, ?, ?)",
                    [households[ref], ref, sites[r[13]], now],
                )
            members.append((households[ref], i, r[22], now))
        con.executemany(
            "INSERT INTO registry_householdmember (household_id, registration_id, relationship,"
            " created_at) VALUES (?, ?, ?, ?)",
            members,
        )
        con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--file", type=Path, help="an interchange CSV to use instead")
    parser.add_argument("--keep", type=Path, help="keep the databases in this directory")
    parser.add_argument(
        "--simple", action="store_true", help="use this script's generator, not refuge synth"
    )
    args = parser.parse_args()
    directory = Path(tempfile.mkdtemp(prefix="refuge-import-bench-"))
    try:
        source = directory / "arrivals.csv"
        if args.file:
            shutil.copy(args.file, source)
            origin = str(args.file)
        elif args.simple or not synthesise(source, args.rows, directory):
            generate(source, args.rows)
            origin = "simple generator (bench/import_bench.py)"
        else:
            origin = "refuge synth --seed 1"
        template = migrated_template(directory)

        linkage_import_seconds = time_linkage_import()
        refuge_seconds, summary = time_refuge(source)
        rows = prepared_rows(source)
        baseline_db = directory / "baseline.sqlite3"
        shutil.copy(template, baseline_db)
        baseline_seconds = time_executemany(baseline_db, rows)

        ratio = refuge_seconds / baseline_seconds
        print(f"rows from:             {origin}")
        print(f"rows in file:          {summary['rows']:>9,}")
        print(f"imported:              {summary['imported']:>9,}  (rejected {summary['rejected']})")
        rate = summary["imported"] / refuge_seconds  # type: ignore[operator]
        print(f"refuge import:         {refuge_seconds:9.2f} s  ({rate:,.0f} rows/s)")
        print(f"(import of refuge.linkage, once per process: {linkage_import_seconds:.2f} s)")
        print(f"sqlite3 executemany:   {baseline_seconds:9.2f} s  (same rows, same tables)")
        print(f"ratio:                 {ratio:9.2f}x  (target <= 3x; 100k rows <= 20 s)")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name in ("refuge.sqlite3", "baseline.sqlite3"):
                shutil.copy(directory / name, args.keep / name)
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
