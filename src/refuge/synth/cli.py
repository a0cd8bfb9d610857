"""``refuge synth``: write a synthetic registry and its truth to a directory."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from tqdm import tqdm

from refuge.synth.generator import generate, write_registry


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--people", type=_positive, default=1000, help="number of real persons (default 1000)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        help="directory to write records.csv and truth.csv into (created if missing)",
    )


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    # The bar goes to stderr and only when a person is watching; logs and pipes stay clean.
    with tqdm(
        total=args.people,
        unit="people",
        disable=not sys.stderr.isatty(),
        file=sys.stderr,
        leave=False,
    ) as bar:
        registry = generate(args.people, args.seed, progress=bar.update)
    records_path, truth_path = write_registry(registry, args.out)
    elapsed = time.perf_counter() - started
    sys.stdout.write(
        f"synth: {registry.summary()}; wrote {records_path} and {truth_path.name} "
        f"in {elapsed:.1f} s\n"
    )
    return 0
