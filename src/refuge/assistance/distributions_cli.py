"""`refuge distributions import FILE [--json]`: record a distribution list handed back by an
offline site, through the same ledger rules as the desk; `refuge distributions overpayments`:
open follow-ups for entitlements paid twice to what is now one person."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="record a CSV distribution list")
    imp.add_argument("file", type=Path)
    imp.add_argument("--json", action="store_true", help='print {"recorded": N, "refused": N}')
    imp.add_argument("--rejects", type=Path, help="rejects file (default FILE.rejects.csv)")
    imp.add_argument("--user", help="the user recording the list (a username)")
    over = sub.add_parser("overpayments", help="flag possible overpayments after merges")
    over.add_argument("--json", action="store_true")
    over.add_argument("--user", help="the data officer flagging (a username)")


def run(args: argparse.Namespace) -> int:
    from refuge.cli import acting_user, setup_database

    setup_database()

    from refuge.assistance import selectors, services
    from refuge.core.errors import ApplicationError

    if args.action == "import":
        if not args.file.is_file():
            print(f"no such file: {args.file}", file=sys.stderr)
            return 2
        try:
            result = services.distributions_import_file(
                path=args.file, actor=acting_user(args.user), rejects_path=args.rejects
            )
        except ApplicationError as exc:
            print(exc.message, file=sys.stderr)
            return 2
        if args.json:
            print(json.dumps(result.as_dict()))
        else:
            print(
                f"recorded {result.recorded}, refused {result.refused}, "
                f"already recorded {result.already_recorded}"
            )
        if result.refused:
            print(f"refused rows and reasons: {result.rejects_path}", file=sys.stderr)
        return 0
    opened = services.overpayments_flag(actor=acting_user(args.user))
    found = selectors.possible_overpayments()
    if args.json:
        print(json.dumps({"possible_overpayments": len(found), "opened": opened}))
    else:
        print(f"{len(found)} possible overpayment(s), {opened} new follow-up(s) opened")
    return 0
