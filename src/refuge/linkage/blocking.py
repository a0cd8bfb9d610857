"""Blocking: candidate pairs from equality on a few composite keys, by hash joins.

Each rule is a tuple of key columns (``config.blocking``); a pair is a candidate when, for at
least one rule, both records have every column of the rule present and equal. Blocks larger
than ``config.max_block_size`` are skipped (and counted in the stats): such a block is a
common name and year, whose pairs the other rules reach with more specific keys.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import numpy.typing as npt
import polars as pl

from refuge.linkage.config import LinkageConfig
from refuge.linkage.records import I32, Features

I64 = npt.NDArray[np.int64]

BLOCK_KEYS: Final = (
    "family_key",
    "given_key",
    "birth_year",
    "birth_md",
    "birth_decade",
    "phone",
    "family_skeleton",
    "given_skeleton",
    "household_ref",
)


def block_key_columns(f: Features) -> dict[str, I32]:
    """Integer blocking keys per record (-1 when absent)."""
    full = (f.month > 0) & (f.day > 0)
    lo = np.minimum(f.month, f.day).astype(np.int32)
    hi = np.maximum(f.month, f.day).astype(np.int32)
    # Day and month as an unordered pair, so a swap stays in the block.
    md = np.where(full, lo * 32 + hi, -1).astype(np.int32)
    year = np.where(f.year > 0, f.year.astype(np.int32), -1).astype(np.int32)
    decade = np.where(f.year > 0, f.year.astype(np.int32) // 10, -1).astype(np.int32)
    return {
        "family_key": f.family_key,
        "given_key": f.given_key,
        "birth_year": year,
        "birth_md": md,
        "birth_decade": decade,
        "phone": f.phone,
        "family_skeleton": f.family_skeleton,
        "given_skeleton": f.given_skeleton,
        "household_ref": f.household,
    }


def _rule_pairs(
    cols: dict[str, I32], rule: tuple[str, ...], max_block: int, n: int
) -> tuple[I64, int, int]:
    valid = np.ones(n, dtype=bool)
    for c in rule:
        valid &= cols[c] >= 0
    idx = np.flatnonzero(valid).astype(np.int32)
    frame = pl.DataFrame({"i": idx, **{c: cols[c][idx] for c in rule}})
    sizes = frame.group_by(list(rule)).len()
    big = sizes.filter(pl.col("len") > max_block)
    if big.height:
        frame = frame.join(big.select(list(rule)), on=list(rule), how="anti")
    pairs = (
        frame.join(frame, on=list(rule), how="inner", suffix="_r")
        .filter(pl.col("i") < pl.col("i_r"))
        .select((pl.col("i").cast(pl.Int64) * n + pl.col("i_r")).alias("p"))
    )
    return pairs["p"].to_numpy(), big.height, int(big["len"].sum()) if big.height else 0


def candidate_pairs(
    f: Features, config: LinkageConfig, only: npt.NDArray[np.bool_] | None = None
) -> tuple[I64, I64, dict[str, int]]:
    """Distinct candidate pairs ``(left < right)`` and per-rule counts.

    With ``only`` (a boolean mask of records), keeps just the pairs that touch a masked record
    (incremental linkage).
    """
    n = f.n
    cols = block_key_columns(f)
    stats: dict[str, int] = {}
    parts: list[I64] = []
    for rule in config.blocking:
        unknown = [c for c in rule if c not in cols]
        if unknown:
            raise ValueError(f"unknown blocking key(s) {unknown}; known: {list(BLOCK_KEYS)}")
        codes, n_big, n_big_records = _rule_pairs(cols, rule, config.max_block_size, n)
        if only is not None and len(codes):
            codes = codes[only[codes // n] | only[codes % n]]
        name = "+".join(rule)
        stats[f"pairs[{name}]"] = len(codes)
        if n_big:
            stats[f"skipped_blocks[{name}]"] = n_big
            stats[f"skipped_block_records[{name}]"] = n_big_records
        parts.append(codes)
    allp = np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
    stats["candidate_pairs"] = len(allp)
    return (allp // n).astype(np.int64), (allp % n).astype(np.int64), stats
