"""``refuge link IN.csv --out OUT.csv``: link an interchange CSV into persons, no database."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import polars as pl

from refuge.linkage.compare import FIELDS
from refuge.linkage.config import LinkageConfig
from refuge.linkage.io import InterchangeFormatError, read_interchange
from refuge.linkage.pipeline import link
from refuge.linkage.score import ScoredPair

# Without any of these, two records can agree on names only, which at registry size is seldom
# enough to link them: the user is told, rather than left to wonder at one person per record.
EVIDENCE_BESIDES_NAMES = ("birth_date", "phone", "household_ref")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, help="interchange CSV of registrations")
    parser.add_argument("--out", type=Path, required=True, help="CSV record_id,person_id")
    parser.add_argument(
        "--review", type=Path, help="CSV of pairs for human review, explained field by field"
    )
    parser.add_argument("--rejects", type=Path, help="CSV of rows that could not be read")
    parser.add_argument("--config", type=Path, help="linkage config JSON (fitted or not)")
    parser.add_argument("--save-config", type=Path, help="write the fitted config JSON here")
    parser.add_argument("--json", action="store_true", help="print a JSON summary on stdout")
    parser.add_argument("--workers", type=int, default=-1, help="threads (-1: all cores)")


def _write_review(path: Path, review: list[ScoredPair]) -> None:
    cols: dict[str, list[Any]] = {"left_id": [], "right_id": [], "score": [], "probability": []}
    for f in ("prior", *FIELDS):
        cols[f"weight[{f}]"] = []
    for f in FIELDS:
        cols[f"level[{f}]"] = []
    for p in review:
        cols["left_id"].append(p.left_id)
        cols["right_id"].append(p.right_id)
        cols["score"].append(p.score)
        cols["probability"].append(round(p.probability, 6))
        for f in ("prior", *FIELDS):
            cols[f"weight[{f}]"].append(p.contributions.get(f, 0.0))
        for f in FIELDS:
            cols[f"level[{f}]"].append(p.levels.get(f, "null"))
    pl.DataFrame(cols).write_csv(path)


def run(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    try:
        frame, issues = read_interchange(args.input)
    except (OSError, InterchangeFormatError) as exc:
        print(f"refuge link: {exc}", file=sys.stderr)  # noqa: T201
        return 2
    rejected = [i for i in issues if i.rejected]
    for i in issues[:20]:
        what = "rejected" if i.rejected else "warning"
        print(f"{args.input}:{i.line}: {what}: {i.column}: {i.reason}", file=sys.stderr)  # noqa: T201
    if len(issues) > 20:
        print(f"... and {len(issues) - 20} more issues", file=sys.stderr)  # noqa: T201
    if args.rejects:
        pl.DataFrame(
            {
                "line": [i.line for i in rejected],
                "column": [i.column for i in rejected],
                "reason": [i.reason for i in rejected],
            },
            schema={"line": pl.Int64, "column": pl.Utf8, "reason": pl.Utf8},
        ).write_csv(args.rejects)

    config = LinkageConfig.from_json(args.config.read_text()) if args.config else LinkageConfig()
    if args.workers != config.workers:
        config = LinkageConfig.from_dict({**config.to_dict(), "workers": args.workers})

    bar: Any = None
    progress = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(total=100, desc="linking", unit="%", file=sys.stderr)

        def progress(stage: str, fraction: float) -> None:
            bar.set_description(stage)
            bar.n = round(fraction * 100)
            bar.refresh()

    result = link(frame, config=config, progress=progress, explain_review=bool(args.review))
    if bar is not None:
        bar.close()
    ids, persons = list(result.clusters), list(result.clusters.values())
    pl.DataFrame(
        {"record_id": ids, "person_id": persons},
        schema={"record_id": pl.Utf8, "person_id": pl.Int64},
    ).write_csv(args.out)
    if args.review:
        _write_review(args.review, result.review)
    if args.save_config:
        args.save_config.write_text(result.config.to_json())
    summary: dict[str, Any] = {
        "input": str(args.input),
        "records": len(ids),
        "persons": len(set(persons)),
        "rejected_rows": len(rejected),
        "flagged_values": len(issues) - len(rejected),
        "review_pairs": result.stats.get("review_pairs", 0),
        "seconds": round(time.perf_counter() - t0, 3),
        "stats": result.stats,
    }
    evidence = [c for c in EVIDENCE_BESIDES_NAMES if c in frame.columns and (frame[c] != "").any()]
    if not evidence and len(ids) > 1:
        print(  # noqa: T201
            "refuge link: note: no birth date, phone or household reference in the file; "
            "names alone rarely make a link",
            file=sys.stderr,
        )
    if args.json:
        print(json.dumps(summary, indent=2))  # noqa: T201
    else:
        print(  # noqa: T201
            f"{summary['records']} records -> {summary['persons']} persons; "
            f"{summary['review_pairs']} pairs to review; {len(rejected)} rows rejected; "
            f"{summary['seconds']} s",
            file=sys.stderr,
        )
    return 0
