"""`refuge import FILE [--json] [--source NAME] [--no-relink]`: import an interchange CSV/XLSX.

A shell over ``registration_import_file``: a progress bar on a terminal, a summary at the end
(one JSON object on stdout with ``--json``, nothing else there), then the incremental re-link
of the new registrations unless ``--no-relink``. A refused file exits with status 1 and says on
stderr what is wrong and what was expected. Counts only: no personal data is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_REFUSED = 1


def _say(text: str, stream: Any = None) -> None:
    """One line for a person (stderr unless told): commands speak with write, not print."""
    (stream or sys.stderr).write(text + "\n")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="interchange .csv (UTF-8) or .xlsx file")
    parser.add_argument(
        "--source",
        default="",
        metavar="NAME",
        help="organisation whose record_ids these are (default: one shared namespace)",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.add_argument(
        "--no-relink",
        action="store_true",
        help="do not re-link the new registrations into persons afterwards",
    )
    parser.add_argument(
        "--chunk-size",
        type=int,
        default=None,
        metavar="N",
        help="rows per transaction (default 5000)",
    )


def _progress_bar() -> tuple[Any, Any]:
    """A tqdm bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None, None
    from tqdm import tqdm

    bar = tqdm(total=0, unit=" rows", file=sys.stderr, leave=False, desc="importing")

    def update(done: int, expected: int) -> None:
        bar.total = max(expected, done)
        bar.update(done - bar.n)

    return bar, update


def _relink(as_json: bool) -> dict[str, Any] | None:
    """The incremental re-link, if this version of refuge has it."""
    try:
        from refuge.registry.linking import registry_relink
    except ImportError:
        _say(
            "re-link skipped: this version has no refuge.registry.linking.registry_relink; "
            "run `refuge relink` when it is available"
        )
        return None
    summary = registry_relink(full=False)
    result = summary.as_dict() if hasattr(summary, "as_dict") else None
    if not as_json:
        _say(
            f"re-link: {getattr(summary, 'registrations', '?')} registrations linked, "
            f"{getattr(summary, 'persons_after', '?')} persons"
        )
    return result


def run(args: argparse.Namespace) -> int:
    from refuge.cli import setup_database

    setup_database()
    from refuge.registry.importing import CHUNK_SIZE, ImportRefused, registration_import_file

    if args.chunk_size is not None and args.chunk_size < 1:
        _say("--chunk-size must be at least 1")
        return 2
    bar, update = _progress_bar()
    try:
        summary = registration_import_file(
            path=args.file,
            source=args.source,
            progress=update,
            chunk_size=args.chunk_size or CHUNK_SIZE,
        )
    except ImportRefused as exc:
        _say(f"refused: {exc.message}")
        return EXIT_REFUSED
    finally:
        if bar is not None:
            bar.close()
    if not args.json:
        _say(
            f"{summary.imported} imported, {summary.rejected} rejected, "
            f"{summary.already_present} already present ({summary.rows} rows, batch "
            f"{summary.batch_id})",
            sys.stdout,
        )
        if summary.rejects_file:
            _say(f"rejected rows with reasons: {summary.rejects_file}", sys.stdout)
    relink = None
    if args.no_relink:
        pass
    elif summary.imported:
        relink = _relink(args.json)
    elif not args.json:
        _say("re-link not needed: no new registrations")
    if summary.imported:
        # Index the new names for the desk now, so no clerk's first search waits for it.
        from refuge.desk.services import search_index_sync

        search_index_sync()
    if args.json:
        result = summary.as_dict()
        if relink is not None:
            result["relink"] = relink
        _say(json.dumps(result), sys.stdout)
    return 0
