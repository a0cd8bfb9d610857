"""Quality loop for refuge.linkage: link registries in-process, print P/R/F1 and the errors.

    .venv/bin/python bench/linkage_quality.py DIR [DIR ...] [--errors N] [--kind fp|fn|both]

Each DIR holds records.csv and truth.csv (``refuge synth`` output or any hand-made registry).
For each, prints records, stage times, pairwise precision/recall/F1; with ``--errors N``, the
first N false-positive and false-negative pairs side by side with the field levels and the
weights the model gave them (so an error can be traced to a field, not guessed at).
Not a test: nothing here asserts.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import polars as pl

from refuge.linkage import LinkageConfig, evaluate, link
from refuge.linkage.compare import FIELDS, LEVELS, compare
from refuge.linkage.io import read_interchange
from refuge.linkage.records import features, to_frame
from refuge.linkage.score import contributions, prior_weight

SHOW = ("given_name", "family_name", "patronymic", "birth_date", "sex", "phone", "household_ref")


def _pairs_of(labels: dict[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = {}
    for r, c in labels.items():
        groups.setdefault(c, []).append(r)
    out: set[tuple[str, str]] = set()
    for g in groups.values():
        g.sort()
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                out.add((g[i], g[j]))
    return out


def _show(frame: pl.DataFrame, pairs: list[tuple[str, str]], cfg: LinkageConfig) -> None:
    if not pairs:
        return
    f = features(to_frame(frame))
    pos = {r: i for i, r in enumerate(f.record_ids)}
    a = np.array([pos[x] for x, _ in pairs], dtype=np.int64)
    b = np.array([pos[y] for _, y in pairs], dtype=np.int64)
    cmp = compare(f, a, b, cfg)
    con = contributions(f, cmp, cfg)
    rows = frame.to_dicts()
    for k, (x, y) in enumerate(pairs):
        rx, ry = rows[pos[x]], rows[pos[y]]
        total = prior_weight(cfg) + sum(float(con[fl][k]) for fl in FIELDS)
        print(f"  {x} {y}  w={total:6.1f}")
        for c in SHOW:
            print(f"      {c:14s} {rx.get(c) or '':24s} {ry.get(c) or '':24s}", end="")
            fl = {"birth_date": "birth_date"}.get(c, c)
            if fl in cmp.levels:
                lv = int(cmp.levels[fl][k])
                name = LEVELS[fl][lv] if lv >= 0 else "null"
                print(f" {name:22s} {float(con[fl][k]):6.1f}", end="")
            print()
        print(f"      {'site':14s} {rx.get('site') or '':24s} {ry.get('site') or '':24s}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--kind", default="both")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    for d in args.dirs:
        frame, _ = read_interchange(d / "records.csv")
        truth_df = pl.read_csv(d / "truth.csv", infer_schema=False)
        truth = dict(zip(truth_df["record_id"], truth_df["person_id"], strict=True))
        t = time.perf_counter()
        res = link(frame)
        wall = time.perf_counter() - t
        pred = {k: str(v) for k, v in res.clusters.items()}
        m = evaluate(truth, pred)
        stages = " ".join(
            f"{k[8:-1]}={v:.2f}" for k, v in res.stats.items() if k.startswith("seconds[")
        )
        print(
            f"{d.name}: {frame.height} rec  {wall:.2f}s ({stages})"
            f"  pairs {res.stats.get('pairs_compared')}"
            f"  P {m['precision']:.4f} R {m['recall']:.4f} F1 {m['f1']:.4f}"
            f"  FP {int(m['predicted_pairs'] - m['correct_pairs'])}"
            f" FN {int(m['true_pairs'] - m['correct_pairs'])}",
            flush=True,
        )
        if args.errors:
            tp = _pairs_of(truth)
            pp = _pairs_of(pred)
            rng = np.random.default_rng(args.seed)
            for kind, errs in (("FP", sorted(pp - tp)), ("FN", sorted(tp - pp))):
                if args.kind not in ("both", kind.lower()):
                    continue
                pick = [errs[i] for i in sorted(rng.permutation(len(errs))[: args.errors])]
                print(f"--- {kind} ({len(errs)}), sample of {len(pick)}")
                _show(frame, pick, res.config)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
