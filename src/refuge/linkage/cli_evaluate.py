"""``refuge evaluate --truth truth.csv --pred OUT.csv``: score a linkage against the truth.

Both files are CSVs whose first column is ``record_id`` and whose cluster column is
``person_id`` (or, failing that, the second column).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import polars as pl

from refuge.linkage.evaluate import evaluate


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--truth", type=Path, required=True, help="CSV record_id,person_id (true)")
    parser.add_argument("--pred", type=Path, required=True, help="CSV record_id,person_id (linked)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _load(path: Path) -> dict[str, str]:
    df = pl.read_csv(path, infer_schema=False)
    df = df.rename({c: c.lstrip("\ufeff") for c in df.columns})
    if "record_id" not in df.columns or df.width < 2:
        raise ValueError(f"{path}: expected columns record_id,person_id")
    col = (
        "person_id" if "person_id" in df.columns else [c for c in df.columns if c != "record_id"][0]
    )
    return dict(zip(df["record_id"].to_list(), df[col].to_list(), strict=True))


def run(args: argparse.Namespace) -> int:
    try:
        truth = _load(args.truth)
        pred = _load(args.pred)
    except (OSError, ValueError) as exc:
        print(f"refuge evaluate: {exc}", file=sys.stderr)  # noqa: T201
        return 2
    m = evaluate(truth, pred)
    if args.json:
        print(json.dumps(m))  # noqa: T201
        return 0
    missing = sum(1 for r in truth if r not in pred)
    lines = [
        f"records            {int(m['records'])}"
        + (f"  ({missing} missing from pred)" if missing else ""),
        f"pairs  true {int(m['true_pairs'])}  predicted {int(m['predicted_pairs'])}"
        f"  correct {int(m['correct_pairs'])}",
        f"pairwise  precision {m['precision']:.4f}  recall {m['recall']:.4f}  F1 {m['f1']:.4f}",
        f"B-cubed   precision {m['bcubed_precision']:.4f}  recall {m['bcubed_recall']:.4f}"
        f"  F1 {m['bcubed_f1']:.4f}",
    ]
    print("\n".join(lines))  # noqa: T201
    return 0
