"""`refuge manage ...`: Django's own management commands with refuge's settings."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("args", nargs=argparse.REMAINDER, help="a Django command and its options")


def run_passthrough(argv: Sequence[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "refuge.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["refuge manage", *argv])
    return 0


def run(args: argparse.Namespace) -> int:
    return run_passthrough(args.args)
