"""Linkage benchmark: refuge against Splink on the same synthetic registries.

    .venv/bin/python bench/linkage_bench.py --sizes 20000,100000,1000000 [--splink]
        [--generator synth|other-hands|third-hands|fourth-hands|fifth-hands|sixth-hands|
                     seventh-hands|eighth-hands|ninth-hands|tenth-hands|
                     eleventh-hands|twelfth-hands|thirteenth-hands|fourteenth-hands|
                     fifteenth-hands|sixteenth-hands]
        [--seed 7]

For each size (number of people given to ``refuge synth``; records are about 1.1 per person)
it builds the registry once (kept under ``bench/out/``), runs ``refuge link`` in a fresh
process, and prints wall time, peak resident memory (from ``wait4``), candidate pairs and
pairwise/B-cubed F1 from ``refuge evaluate``. With ``--splink`` it runs Splink 5 on DuckDB,
configured as a competent user would (``bench/linkage_splink.py``), on the same file in the
same run, and prints both and the ratio. Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
REFUGE = [PY, "-m", "refuge.cli"]


def measure_isolated(cmd: list[str]) -> tuple[float, float, str]:
    """Run ``cmd`` under a tiny wrapper whose only child it is, so maxrss is this command's."""
    wrapper = (
        "import resource, subprocess, sys, time, json\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "w = time.perf_counter() - t\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "sys.stderr.write(p.stderr)\n"
        "print(json.dumps({'wall': w, 'rss_mb': r, 'rc': p.returncode, 'out': p.stdout}))\n"
    )
    res = subprocess.run([PY, "-c", wrapper, *cmd], capture_output=True, text=True, check=False)
    try:
        info: dict[str, Any] = json.loads(res.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{res.stderr[-3000:]}") from None
    if info["rc"] != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{res.stderr[-3000:]}")
    return float(info["wall"]), float(info["rss_mb"]), str(info["out"])


def evaluate(truth: Path, pred: Path) -> dict[str, float]:
    out = subprocess.run(
        [*REFUGE, "evaluate", "--truth", str(truth), "--pred", str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


GENERATORS = {
    "synth": (*REFUGE, "synth"),
    # An independent generator (other hands, other habits): see bench/other_hands.py.
    "other-hands": (PY, str(ROOT / "bench" / "other_hands.py")),
    # A third, written later by yet other hands without reading either: bench/third_hands.py.
    "third-hands": (PY, str(ROOT / "bench" / "third_hands.py")),
    # A fourth, likewise (desk, UN, NGO, mobile-team, hotline and web-form channels).
    "fourth-hands": (PY, str(ROOT / "bench" / "fourth_hands.py")),
    # A fifth (agencies and hotels in Armenia, Western and French romanisations, initials).
    "fifth-hands": (PY, str(ROOT / "bench" / "fifth_hands.py")),
    # Two that are not Armenian: Ukrainians fleeing to Moldova, Poland and Romania in 2022
    # (Ukrainian and Russian forms, Polish, Romanian and German romanisations), and Syrians
    # registered in Lebanon, Jordan, Turkey and Iraq (Arabic script, Turkish and French Latin).
    "sixth-hands": (PY, str(ROOT / "bench" / "sixth_hands.py")),
    "seventh-hands": (PY, str(ROOT / "bench" / "seventh_hands.py")),
    # Two more, written in the eleventh session: the Tigray war's flight into Sudan (Ethiopic,
    # Latin and Arabic script; given, father's and grandfather's names; the Ethiopian calendar),
    # and Venezuelans leaving for Colombia, Ecuador, Peru and Brazil (two surnames).
    "eighth-hands": (PY, str(ROOT / "bench" / "eighth_hands.py")),
    "ninth-hands": (PY, str(ROOT / "bench" / "ninth_hands.py")),
    # And a tenth, at the session's end: Afghans after August 2021 (Dari and Pashto script,
    # single names and fathers' names, FNU/LNU, the Solar Hijri calendar).
    "tenth-hands": (PY, str(ROOT / "bench" / "tenth_hands.py")),
    # Written in the twelfth session: Ukrainians in 2022 (Ukrainian and Russian Cyrillic, the
    # national, Polish, German, Czech and Romanian transliterations), and Sudanese since April
    # 2023 (naming chains in Arabic script, Chadian French and English spellings).
    "eleventh-hands": (PY, str(ROOT / "bench" / "eleventh_hands.py")),
    "twelfth-hands": (PY, str(ROOT / "bench" / "twelfth_hands.py")),
    # Written in the thirteenth session: Somalis in Kenya and Ethiopia (naming chains in the
    # Somali orthography and English spellings), and Congolese across the Great Lakes (nom,
    # postnom and prénom shared out between the fields, Kinyarwanda and Swahili names).
    "thirteenth-hands": (PY, str(ROOT / "bench" / "thirteenth_hands.py")),
    "fourteenth-hands": (PY, str(ROOT / "bench" / "fourteenth_hands.py")),
    # Rohingya (fourteenth session): no family names, Md./Mst. prefixes, Bengali script.
    "fifteenth-hands": (PY, str(ROOT / "bench" / "fifteenth_hands.py")),
    "sixteenth-hands": (PY, str(ROOT / "bench" / "sixteenth_hands.py")),
}


def build(people: int, seed: int, workdir: Path, generator: str = "synth") -> Path:
    d = workdir / f"{generator.replace('-', '_')}_{people}_{seed}"
    if not (d / "records.csv").exists():
        t = time.perf_counter()
        subprocess.run(
            [*GENERATORS[generator], "--people", str(people), "--seed", str(seed), "--out", str(d)],
            check=True,
            capture_output=True,
            text=True,
        )
        print(f"  built {d} in {time.perf_counter() - t:.1f} s", flush=True)
    return d


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="20000,100000,1000000", help="people per registry")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--generator", choices=sorted(GENERATORS), default="synth")
    ap.add_argument("--splink", action="store_true", help="also run Splink (DuckDB) on each")
    ap.add_argument("--splink-max", type=int, default=1_000_000, help="skip Splink above this")
    ap.add_argument("--workdir", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--json", type=Path, help="append one JSON line per size here")
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PYTHONPATH", str(ROOT / "src"))
    # refuge's bytecode compiled beforehand, as an installed package's is (pip compiles a
    # wheel's modules at install, Splink's among them; an editable install leaves it to the
    # first run, and a PYTHONDONTWRITEBYTECODE environment to every run: 0.1 s each).
    subprocess.run([PY, "-m", "compileall", "-q", str(ROOT / "src" / "refuge")], check=True)
    for size in [int(s) for s in args.sizes.split(",") if s]:
        print(f"== {size} people", flush=True)
        d = build(size, args.seed, args.workdir, args.generator)
        records = sum(1 for _ in (d / "records.csv").open(encoding="utf-8")) - 1
        out = d / "refuge_out.csv"
        wall, rss, stdout = measure_isolated(
            [
                *REFUGE,
                "link",
                str(d / "records.csv"),
                "--out",
                str(out),
                "--json",
                "--review",
                str(d / "refuge_review.csv"),
            ]
        )
        summary = json.loads(stdout)
        m = evaluate(d / "truth.csv", out)
        row: dict[str, Any] = {
            "generator": args.generator,
            "people": size,
            "records": records,
            "refuge_seconds": round(wall, 2),
            "refuge_peak_mb": round(rss),
            "refuge_pairs": summary["stats"].get("pairs_compared"),
            "refuge_precision": round(m["precision"], 5),
            "refuge_recall": round(m["recall"], 5),
            "refuge_f1": round(m["f1"], 5),
            "refuge_bcubed_f1": round(m["bcubed_f1"], 5),
            "refuge_stages": {k: v for k, v in summary["stats"].items() if k.startswith("seconds")},
        }
        print(
            f"  refuge  {records} records  {wall:6.2f} s  {rss:6.0f} MB  "
            f"P {m['precision']:.4f}  R {m['recall']:.4f}  F1 {m['f1']:.4f}  "
            f"B3-F1 {m['bcubed_f1']:.4f}  pairs {row['refuge_pairs']}",
            flush=True,
        )
        if args.splink and size <= args.splink_max:
            sdir = d / "splink"
            swall, srss, sout = measure_isolated(
                [PY, str(ROOT / "bench" / "linkage_splink.py"), str(d / "records.csv"), str(sdir)]
            )
            info = json.loads(sout.strip().splitlines()[-1])
            best: tuple[float, float, dict[str, float]] = (-1.0, 0.0, {})
            for th, path in zip(info["thresholds"], info["outputs"], strict=True):
                sm = evaluate(d / "truth.csv", Path(path))
                if sm["f1"] > best[0]:
                    best = (sm["f1"], th, sm)
            _, th, sm = best
            row.update(
                splink_seconds=round(swall, 2),
                splink_pipeline_seconds=info["seconds"],
                splink_peak_mb=round(srss),
                splink_threshold=th,
                splink_precision=round(sm["precision"], 5),
                splink_recall=round(sm["recall"], 5),
                splink_f1=round(sm["f1"], 5),
                splink_bcubed_f1=round(sm["bcubed_f1"], 5),
                # Conservative: Splink's timed pipeline (its imports and process start left
                # out) against refuge's whole process (imports and start-up counted).
                speedup=round(info["seconds"] / wall, 2),
                speedup_process_to_process=round(swall / wall, 2),
            )
            print(
                f"  splink  {records} records  {info['seconds']:6.2f} s  {srss:6.0f} MB  "
                f"P {sm['precision']:.4f}  R {sm['recall']:.4f}  F1 {sm['f1']:.4f}  "
                f"B3-F1 {sm['bcubed_f1']:.4f}  (best threshold {th}; process {swall:.1f} s)",
                flush=True,
            )
            print(
                f"  refuge is {row['speedup']}x faster (Splink's pipeline against refuge's whole "
                f"process; process to process {row['speedup_process_to_process']}x); "
                f"F1 {m['f1']:.4f} vs {sm['f1']:.4f}"
            )
        if args.json:
            with args.json.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
