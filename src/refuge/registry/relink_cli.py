"""`refuge relink [--full] [--json]`: re-link the registry in the database into persons."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--full",
        action="store_true",
        help="re-link every registration (default: only those no run has seen yet)",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")


def progress_bar(enabled: bool) -> tuple[Any, Any]:
    """A tqdm bar fed by the engine's (stage, fraction) callback, on a terminal only."""
    if not enabled:
        return None, None
    from tqdm import tqdm

    bar = tqdm(total=100, unit="%", file=sys.stderr, leave=False, desc="linking")

    def update(stage: str, fraction: float) -> None:
        bar.set_description(stage)
        bar.update(max(0, round(fraction * 100) - bar.n))

    return bar, update


def relink_and_report(*, full: bool, as_json: bool) -> int:
    from refuge.registry.linking import registry_relink

    bar, update = progress_bar(sys.stderr.isatty() and not as_json)
    try:
        summary = registry_relink(full=full, progress=update)
    finally:
        if bar is not None:
            bar.close()
    if as_json:
        print(json.dumps(summary.as_dict()))
    else:
        print(
            f"{summary.mode} re-link: {summary.registrations} registrations, "
            f"{summary.persons_after} persons ({summary.moved} links changed, "
            f"{summary.review_items_added} new pairs to review) in {summary.seconds:.1f}s",
            file=sys.stderr,
        )
    return 0


def run(args: argparse.Namespace) -> int:
    from refuge.cli import setup_database

    setup_database()

    return relink_and_report(full=args.full, as_json=args.json)
