"""`refuge demo`: one command from nothing to a working registry in a browser.

Creates the embedded database, generates a synthetic registry of about 20,000 people (the
2023 exodus in miniature), imports it, links it, seeds programmes and accommodations, creates
one demo login per role and serves the interface. Run again, it reuses what it built.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEMO_PASSWORD = "refuge-demo"  # noqa: S105 - printed on the terminal; demo database only
DEMO_USERS = {
    "registrar": "registrar",
    "caseworker": "case_worker",
    "dataofficer": "data_officer",
    "coordinator": "coordinator",
    "admin": "admin",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--people", type=int, default=20_000, help="people to generate (20000)")
    parser.add_argument("--seed", type=int, default=2023, help="generator seed (2023)")
    parser.add_argument("--port", type=int, default=8000, help="port to serve on (8000)")
    parser.add_argument("--data-dir", default="demo-data", help="where the generated files go")
    parser.add_argument("--no-serve", action="store_true", help="build the demo, do not serve")


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def build(*, people: int, seed: int, data_dir: Path) -> None:
    from refuge.registry.models import Registration

    if Registration.objects.exists():
        say(f"reusing the registry in the database ({Registration.objects.count()} registrations)")
        return
    from refuge.synth import generate, write_registry

    say(f"generating a synthetic registry of {people} people in {data_dir}/ ...")
    data_dir.mkdir(parents=True, exist_ok=True)
    write_registry(generate(people=people, seed=seed), data_dir)

    from refuge.registry.importing import registration_import_file

    say("importing it ...")
    summary = registration_import_file(path=data_dir / "records.csv", source="demo")
    say(f"  {summary.imported} imported, {summary.rejected} rejected")

    from refuge.registry.relink_cli import relink_and_report

    say("linking registrations into persons ...")
    relink_and_report(full=True, as_json=False)

    from refuge.desk.services import search_index_sync

    say("indexing names for the desk search ...")
    search_index_sync()


def seed_services() -> None:
    """Programmes, vulnerabilities and accommodations, each only once."""
    from refuge.assistance.services import (
        programmes_seed_defaults,
        vulnerabilities_derive_from_registrations,
    )
    from refuge.shelter.services import accommodations_seed_demo

    programmes_seed_defaults(actor=None)
    vulnerabilities_derive_from_registrations(actor=None)
    accommodations_seed_demo()


def ensure_users() -> None:
    from refuge.accounts.models import User
    from refuge.accounts.services import user_create

    for username, role in DEMO_USERS.items():
        if not User.objects.filter(username=username).exists():
            user_create(username=username, password=DEMO_PASSWORD, role=role)
    say("")
    say(f"Demo logins (password for each: {DEMO_PASSWORD})")
    for username, role in DEMO_USERS.items():
        say(f"  {username:<12} {role}")


def run(args: argparse.Namespace) -> int:
    from refuge.cli import setup_django

    setup_django()
    from refuge.core.serve import prepare_database, serve

    say("preparing the database ...")
    prepare_database()
    build(people=args.people, seed=args.seed, data_dir=Path(args.data_dir))
    seed_services()
    ensure_users()
    if args.no_serve:
        return 0
    say("")
    say(f"Open http://127.0.0.1:{args.port}/ and log in with one of the accounts above.")
    serve("127.0.0.1", args.port)
    return 0
