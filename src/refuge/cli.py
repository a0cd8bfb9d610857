"""The one `refuge` console script.

Each subcommand lives beside the code it drives, in a module exposing ``configure(parser)`` and
``run(args) -> int``. This file only knows their names, so ``refuge --help`` stays one line per
command and plain-Python commands (``synth``, ``link``, ``evaluate``) start without loading Django.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

# name -> (module, one-line help). Order is the order shown in --help.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("refuge.demo.cli", "create, fill and serve a demo registry on http://127.0.0.1:8000"),
    "serve": ("refuge.core.serve", "serve the web interface of an existing database"),
    "import": ("refuge.registry.import_cli", "import an interchange CSV or XLSX of registrations"),
    "relink": ("refuge.registry.relink_cli", "re-link registrations in the database into persons"),
    "link": ("refuge.linkage.cli_link", "link an interchange CSV into persons (no database)"),
    "evaluate": ("refuge.linkage.cli_evaluate", "score a linkage output against a truth file"),
    "synth": ("refuge.synth.cli", "generate a realistic synthetic registry with its truth"),
    "programmes": ("refuge.assistance.programmes_cli", "list assistance programmes and rules"),
    "distributions": ("refuge.assistance.distributions_cli", "import distribution lists"),
    "placement": ("refuge.shelter.placement_cli", "suggest or apply shelter placements"),
    "createuser": ("refuge.accounts.cli", "create a user with a role"),
    "manage": ("refuge.core.manage", "run a Django management command (migrate, shell, ...)"),
}


# Commands that read and write files only: once their output is flushed the process ends at
# once, without Python freeing every object one by one (0.1 s after `refuge link` of 100 000
# records: the keys, the clusters, the caches). Database commands end normally, closing their
# connections.
QUICK_EXIT: frozenset[str] = frozenset({"link", "evaluate", "synth"})


def setup_django() -> None:
    """Configure Django once; commands that touch the database call this first."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "refuge.settings")
    import django

    django.setup()


def setup_database() -> None:
    """Configure Django and bring the schema up to date: what every database command needs
    first, so a newcomer never meets "no such table"."""
    setup_django()
    from refuge.core.serve import prepare_database

    prepare_database()


def acting_user(username: str | None) -> Any:
    """The user a command acts as (``--user NAME``), or None for a system change; an unknown
    name stops the command rather than record an action under nobody's name by mistake."""
    if not username:
        return None
    from refuge.accounts.models import User

    user = User.objects.filter(username=username).first()
    if user is None:
        raise SystemExit(f"no user {username!r}")
    return user


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="refuge",
        description="refuge: register, de-duplicate, shelter and assist a population in flight.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        command_parser = sub.add_parser(name, help=help_text, description=help_text)
        if name == only:
            module = importlib.import_module(module_name)
            module.configure(command_parser)
            command_parser.set_defaults(_run=module.run)
    return parser


def _command(args_list: Sequence[str]) -> str | None:
    return next((a for a in args_list if not a.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    wanted = _command(args_list)
    if wanted == "manage":
        from refuge.core.manage import run_passthrough

        return run_passthrough(args_list[args_list.index("manage") + 1 :])
    # Import only the chosen command's module, so `refuge link` never imports Django.
    parser = build_parser(only=wanted if wanted in COMMANDS else None)
    args = parser.parse_args(args_list)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 0 if not args_list else 2
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def console() -> NoReturn:
    """The ``refuge`` console script: ``main``; a reader that stops early (``refuge evaluate
    ... | head``) ends the output quietly, and a ``QUICK_EXIT`` command ends at once."""
    try:
        code = main()
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        # Python would flush stdout again at exit and fail: point it at nothing (Python docs,
        # "Note on SIGPIPE").
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    if _command(sys.argv[1:]) in QUICK_EXIT:
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    console()
