"""`refuge createuser NAME --role ROLE`: create a login (password asked, or --password)."""

from __future__ import annotations

import argparse
import getpass
import sys


def configure(parser: argparse.ArgumentParser) -> None:
    from refuge.accounts.roles import Role

    parser.add_argument("username")
    parser.add_argument("--role", required=True, choices=Role.values)
    parser.add_argument("--password", help="the password (asked on the terminal if omitted)")


def run(args: argparse.Namespace) -> int:
    from refuge.cli import setup_database

    setup_database()
    from refuge.accounts.services import user_create

    password = args.password or getpass.getpass(f"Password for {args.username}: ")
    user = user_create(username=args.username, password=password, role=args.role)
    print(f"created {user.username} ({user.get_role_display()})", file=sys.stderr)
    return 0
