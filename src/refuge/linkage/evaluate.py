"""Evaluation of a clustering against the truth: pairwise and B-cubed precision/recall/F1.

Both are computed from the contingency table of (true cluster, predicted cluster) counts, so
nothing is quadratic in the number of records. Records in the truth but not in the prediction
count as predicted singletons; records only in the prediction are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import polars as pl


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(truth: Mapping[str, str], pred: Mapping[str, str]) -> dict[str, float]:
    """Pairwise precision/recall/F1 and B-cubed precision/recall/F1 of ``pred``.

    ``truth`` and ``pred`` map record_id to a cluster label (any hashable rendered as str).
    """
    ids = list(truth)
    t = [str(truth[r]) for r in ids]
    p = [str(pred[r]) if r in pred else f"\x00singleton:{r}" for r in ids]
    df = pl.DataFrame({"t": t, "p": p}, schema={"t": pl.Utf8, "p": pl.Utf8})
    cells = df.group_by(["t", "p"]).len()["len"].to_numpy().astype(np.float64)
    tsz = df.group_by("t").len()["len"].to_numpy().astype(np.float64)
    psz = df.group_by("p").len()["len"].to_numpy().astype(np.float64)
    both = float((cells * (cells - 1) / 2).sum())
    tp_pairs = float((tsz * (tsz - 1) / 2).sum())
    pp_pairs = float((psz * (psz - 1) / 2).sum())
    precision = both / pp_pairs if pp_pairs else 1.0
    recall = both / tp_pairs if tp_pairs else 1.0
    # B-cubed: per record, |C_pred ∩ C_true| / |C_pred| and / |C_true|, averaged over records.
    joined = (
        df.group_by(["t", "p"])
        .len("n_tp")
        .join(df.group_by("t").len("n_t"), on="t")
        .join(df.group_by("p").len("n_p"), on="p")
    )
    n = float(len(ids)) or 1.0
    n_tp = joined["n_tp"].to_numpy().astype(np.float64)
    b_p = float((n_tp * n_tp / joined["n_p"].to_numpy()).sum()) / n
    b_r = float((n_tp * n_tp / joined["n_t"].to_numpy()).sum()) / n
    return {
        "records": float(len(ids)),
        "true_pairs": tp_pairs,
        "predicted_pairs": pp_pairs,
        "correct_pairs": both,
        "precision": precision,
        "recall": recall,
        "f1": _f1(precision, recall),
        "bcubed_precision": b_p,
        "bcubed_recall": b_r,
        "bcubed_f1": _f1(b_p, b_r),
    }
