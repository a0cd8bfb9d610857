"""Reading the interchange CSV (see /work/shared/interchange-format.md), tolerantly.

Every readable row becomes a record, exactly once. A row without a ``record_id``, with a
``record_id`` already seen, or with the wrong number of fields cannot be linked and is
rejected with its line number and reason; a readable row with a bad value (an impossible birth
date, a missing name) is kept — the bad value is treated as absent — and flagged. A file that is
not this format (required columns missing) is refused with a message saying what was expected.
"""

from __future__ import annotations

import csv
import io as _io
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from refuge.linkage.normalise import parse_birth_dates
from refuge.linkage.records import COLUMNS

REQUIRED = ("record_id", "given_name", "family_name")
EXPECTED = (
    ", ".join(["record_id", "given_name", "family_name", "registered_at", "site"])
    + " (and optionally patronymic, sex, birth_date, origin, phone, household_ref)"
)


class InterchangeFormatError(ValueError):
    """The file is not an interchange CSV at all."""


@dataclass(frozen=True, slots=True)
class Issue:
    line: int
    column: str
    reason: str
    rejected: bool


def _strip_bom(name: str) -> str:
    return name.lstrip("\ufeff").strip()


def _read_fast(data: bytes) -> pl.DataFrame | None:
    # Polars reads the bytes as they are (strict UTF-8: a broken byte raises and the slow
    # reader takes over); decoding to a Python string first cost three copies of the file.
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        df = pl.read_csv(body, infer_schema=False)
    except Exception:  # noqa: BLE001  # any parse problem: fall back to the line-by-line reader
        return None
    return df


def _read_slow(data: bytes, issues: list[Issue]) -> pl.DataFrame:
    """Line-by-line reader that survives broken encoding and ragged rows."""
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    reader = csv.reader(_io.StringIO(text, newline=""))
    try:
        header = [_strip_bom(h) for h in next(reader)]
    except StopIteration:
        raise InterchangeFormatError(f"empty file; expected a header row: {EXPECTED}") from None
    rows: list[list[str]] = []
    for row in reader:
        line = reader.line_num
        if not any(c.strip() for c in row):
            continue
        if len(row) != len(header):
            issues.append(
                Issue(line, "", f"{len(row)} fields where the header has {len(header)}", True)
            )
            continue
        if any("\ufffd" in c for c in row):
            col = header[next(i for i, c in enumerate(row) if "\ufffd" in c)]
            issues.append(Issue(line, col, "broken encoding (not UTF-8)", True))
            continue
        rows.append(row)
    return pl.DataFrame(
        {h: [r[i] for r in rows] for i, h in enumerate(header)},
        schema={h: pl.Utf8 for h in header},
    )


def read_interchange(path: str | Path) -> tuple[pl.DataFrame, list[Issue]]:
    """Records of an interchange CSV (``Record`` columns first, unknown columns kept) and issues.

    Row order is kept; ``issues`` lists rejected rows and flagged values with line numbers.
    """
    data = Path(path).read_bytes()
    issues: list[Issue] = []
    df = _read_fast(data)
    if df is None:
        df = _read_slow(data, issues)
    df = df.rename({c: _strip_bom(c) for c in df.columns})
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        raise InterchangeFormatError(
            f"{path}: not an interchange CSV: missing column(s) {', '.join(missing)}; "
            f"expected a header with {EXPECTED}"
        )
    df = df.with_columns(pl.all().cast(pl.Utf8).fill_null("").str.strip_chars())
    line = pl.int_range(2, df.height + 2, eager=True).alias("_line")
    df = df.with_columns(line)
    bad_id = df.filter(pl.col("record_id") == "")
    for ln in bad_id["_line"].to_list():
        issues.append(Issue(ln, "record_id", "missing record_id", True))
    dup = df.filter((pl.col("record_id") != "") & pl.col("record_id").is_duplicated())
    dup = dup.filter(~pl.col("record_id").is_first_distinct())
    for ln, rid in zip(dup["_line"].to_list(), dup["record_id"].to_list(), strict=True):
        issues.append(Issue(ln, "record_id", f"duplicate record_id {rid!r}", True))
    df = df.filter((pl.col("record_id") != "") & pl.col("record_id").is_first_distinct())
    for col in ("given_name", "family_name"):
        for ln in df.filter(pl.col(col) == "")["_line"].to_list():
            issues.append(Issue(ln, col, f"missing {col}; linked on the other fields", False))
    if "birth_date" in df.columns:
        impossible = (df["birth_date"] != "").to_numpy() & (
            parse_birth_dates(df["birth_date"])[:, 0] == 0
        )
        if impossible.any():
            rows = df.filter(pl.Series(impossible))
            for ln, d in zip(rows["_line"].to_list(), rows["birth_date"].to_list(), strict=True):
                issues.append(Issue(ln, "birth_date", f"impossible date {d!r}; ignored", False))
    extra = [c for c in df.columns if c not in COLUMNS and c != "_line"]
    for c in COLUMNS:
        if c not in df.columns:
            df = df.with_columns(pl.lit("").alias(c))
    issues.sort(key=lambda i: i.line)
    return df.select([*COLUMNS, *extra]), issues
