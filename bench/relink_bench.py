"""Benchmark: `refuge import` then `refuge relink --full` of a synthetic registry on SQLite.

    .venv/bin/python bench/relink_bench.py [--people 100000] [--seed 3]

Target (issue "identity resolution"): 100k registrations relinked in full in <= 60 s on
SQLite on a 2-core machine. Each step runs as the real command in a fresh process and a fresh
database in a temporary directory; the script prints wall time and peak memory per step. The
first full re-link after an import moves every duplicate onto its person (the expensive case);
the second finds nothing to move.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REFUGE = str(Path(sys.executable).with_name("refuge"))


def timed(label: str, args: list[str], env: dict[str, str]) -> dict[str, object]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    out = subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    summary = json.loads(out.strip().splitlines()[-1]) if "--json" in args else {}
    print(f"{label:<22} {seconds:7.2f} s   peak RSS {max(peak, before) / 1024:7.0f} MB", flush=True)
    return {"seconds": seconds, **summary}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "REFUGE_SQLITE_PATH": f"{tmp}/bench.sqlite3"}
        env.pop("DATABASE_URL", None)
        data = Path(tmp) / "data"
        timed(
            "synth",
            [
                REFUGE,
                "synth",
                "--people",
                str(args.people),
                "--seed",
                str(args.seed),
                "--out",
                str(data),
            ],
            env,
        )
        imported = timed(
            "import", [REFUGE, "import", str(data / "records.csv"), "--no-relink", "--json"], env
        )
        first = timed("relink --full (1st)", [REFUGE, "relink", "--full", "--json"], env)
        second = timed("relink --full (2nd)", [REFUGE, "relink", "--full", "--json"], env)
    print(
        f"registrations {imported.get('imported')}, persons {first.get('persons_after')}, "
        f"moved {first.get('moved')} then {second.get('moved')}; stages of the first: "
        f"{first.get('stage_seconds')}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
