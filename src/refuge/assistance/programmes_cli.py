"""`refuge programmes [--json]`: the assistance programmes, their codes and entitlement rules."""

from __future__ import annotations

import argparse
import json
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--seed-defaults",
        action="store_true",
        help="first create the standard programmes that are missing (cash-100k, housing-50k, ...)",
    )


def run(args: argparse.Namespace) -> int:
    from refuge.cli import setup_database

    setup_database()

    from refuge.assistance import selectors, services

    if args.seed_defaults:
        created = services.programmes_seed_defaults(actor=None)
        print(f"created {len(created)} programme(s)", file=sys.stderr)
    described = [selectors.programme_describe(p) for p in selectors.programme_list()]
    if args.json:
        print(json.dumps(described, ensure_ascii=False, indent=2))
        return 0
    if not described:
        print("no programmes yet (refuge programmes --seed-defaults creates the standard ones)")
    for p in described:
        what = (
            f"{p['amount']} {p['currency']}"
            + (" per member" if p["formula"] == "per_member" else "")
            if p["kind"] == "cash"
            else f"{p['quantity']} x {p['item']}"
        )
        status = "" if p["active"] else "  [inactive]"
        print(
            f"{p['code']:<20} {what:<24} {p['unit']:<10} {p['frequency']:<12} "
            f"from {p['starts_on']}{status}"
        )
        print(f"{'':<20} eligible: {p['rules_text']}")
    return 0
