"""Run every benchmark under bench/ at its issue's sizes and print what each measured.

    .venv/bin/python bench/run_all.py [--quick]

``--quick`` uses small sizes (a smoke run); without it the runs take several minutes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    quick = parser.parse_args().quick
    runs = [
        ["import_bench.py", "--rows", "10000" if quick else "100000"],
        ["relink_bench.py", "--people", "10000" if quick else "100000"],
        ["linkage_bench.py", "--sizes", "20000" if quick else "20000,100000", "--splink"],
        ["search_bench.py", "--people", "20000" if quick else "100000"],
        ["placement_bench.py"],
    ]
    failed = 0
    for script, *args in runs:
        print(f"\n== {script} {' '.join(args)}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script), *args]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
