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
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt
import polars as pl

from refuge.interchange.reading import InterchangeFormatError as NotInterchangeText
from refuge.interchange.reading import (
    column_names,
    csv_delimiter,
    is_xlsx,
    open_interchange,
    refuse_non_text,
)
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


def _read_fast(data: bytes, issues: list[Issue], sep: str) -> pl.DataFrame | None:
    """Polars' reader, with a ``_line`` column (the row's first physical line) and rows of too
    few fields rejected: Polars fills them with empty values, which would shift a short row's
    values into the wrong columns silently."""
    # Polars reads the bytes as they are (strict UTF-8: a broken byte raises and the slow
    # reader takes over); decoding to a Python string first cost three copies of the file.
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        df = pl.read_csv(body, infer_schema=False, separator=sep, empty_string_is_null=False)
    except Exception:  # noqa: BLE001  # any parse problem: fall back to the line-by-line reader
        return None
    if (
        b'"' in body
        and df.select(pl.any_horizontal(pl.all().str.contains("\n", literal=True).any())).item()
    ):
        # A quoted field may hold line breaks: a row then takes more than one physical line.
        # A field holding a whole row after a break is a quote left open and closed by a later
        # row's quote: the line-by-line reader rejects its line and keeps the rows it held.
        whole_row = f"\n(?:[^\n]*{re.escape(sep)}){{{max(len(df.columns) - 1, 1)}}}"
        if df.select(pl.any_horizontal(pl.all().str.contains(whole_row).any())).item():
            return None
        span = 1 + pl.sum_horizontal(pl.col(c).str.count_matches("\n") for c in df.columns)
        line = pl.lit(2) + span.cum_sum() - span
    else:
        span, line = pl.lit(1), pl.int_range(2, pl.len() + 2)
    df = df.with_columns(line.alias("_line"), span.alias("_span"))
    # Blank rows (every field empty, as spreadsheets leave): looked for only when some row's
    # first field is empty, which a row with a value there never is.
    if df.select((pl.first().str.strip_chars() == "").any()).item():
        blank = pl.all_horizontal(pl.col(c).str.strip_chars() == "" for c in df.columns[:-2])
        df = df.filter(~blank)
    last = df.columns[-3]
    short = df.select("_line", "_span").filter(df[last] == "")
    if short.height:
        width = len(df.columns) - 2
        bad = _short_rows(body, short["_line"], short["_span"], width, sep)
        issues.extend(_wrong_width(at, fields, width) for at, fields in bad)
        if bad:
            df = df.filter(~pl.col("_line").is_in([at for at, _ in bad]))
    return df.drop("_span")


def _short_rows(
    body: bytes, starts: pl.Series, spans: pl.Series, width: int, sep: str
) -> list[tuple[int, int]]:
    """``(line, fields)`` of the rows with fewer than ``width`` fields, among rows whose last
    field is empty (only they can be short). Fields of a one-line row without quotes are
    counted by its separators (``_per_line``); the few others are parsed by ``csv``."""
    data = np.frombuffer(body, dtype=np.uint8)
    ends = np.append(_positions(data, "\n"), len(data))  # of physical lines
    begins = np.concatenate([[0], ends[:-1] + 1])
    first = starts.to_numpy() - 1  # each row's first physical line, from 0
    n_lines = spans.to_numpy()
    counts = _per_line(data, begins, sep)[first] + 1
    simple = n_lines == 1
    if b'"' in body:
        simple &= _per_line(data, begins, '"')[first] == 0
    out = [(int(first[i]) + 1, int(counts[i])) for i in np.flatnonzero(simple & (counts < width))]
    for i in np.flatnonzero(~simple).tolist():
        raw = body[begins[first[i]] : ends[first[i] + n_lines[i] - 1]].decode("utf-8")
        fields = len(next(csv.reader(_io.StringIO(raw, newline=""), delimiter=sep), []))
        if fields < width:
            out.append((int(first[i]) + 1, fields))
    return out


# Bytes of a file read per NumPy operation: a temporary of this size stays in the cache and is
# allocated once, where one over the whole file (a 130 MB registry of 1M records) cost four
# times as long in page faults as in counting.
SCAN_BYTES: Final = 1 << 22


def _positions(data: npt.NDArray[np.uint8], byte: str) -> npt.NDArray[np.int64]:
    """Where ``byte`` is in ``data``."""
    found = [
        np.flatnonzero(data[at : at + SCAN_BYTES] == ord(byte)) + at
        for at in range(0, len(data), SCAN_BYTES)
    ]
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


def _per_line(
    data: npt.NDArray[np.uint8], begins: npt.NDArray[np.int64], byte: str
) -> npt.NDArray[np.int32]:
    """How many times ``byte`` is in each line of ``data`` (lines begin at ``begins``)."""
    begins = begins[begins < len(data)]  # (a file ending with a line break: no line after it)
    out = np.zeros(len(begins), dtype=np.int32)
    step = max(1, len(begins) * SCAN_BYTES // max(len(data), 1))  # lines per scan
    for k in range(0, len(begins), step):
        lines = begins[k : k + step]
        stop = begins[k + step] if k + step < len(begins) else len(data)
        hits = (data[lines[0] : stop] == ord(byte)).view(np.uint8)
        out[k : k + len(lines)] = np.add.reduceat(hits, lines - lines[0], dtype=np.int32)
    return out


def _read_slow(data: bytes, issues: list[Issue], sep: str, header: list[str]) -> pl.DataFrame:
    """Line-by-line reader that survives broken encoding, ragged rows and a stray quote.

    Each physical line is one row, so a quote left open rejects its own line and no other
    (a field quoted across lines is read only by the fast reader).
    """
    csv.field_size_limit(2**31 - 1)  # a name of any length is read, not a crash
    lines = data.decode("utf-8", errors="replace").lstrip("\ufeff").split("\n")
    if not lines[0].strip():
        raise InterchangeFormatError(f"empty file; expected a header row: {EXPECTED}")
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, raw in enumerate(lines[1:], start=2):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        row = _line_fields(line, sep)
        if row is None:
            issues.append(Issue(number, "", "a quote opened and not closed", True))
            continue
        if len(row) != len(header):
            issues.append(_wrong_width(number, len(row), len(header)))
            continue
        if any("\ufffd" in c for c in row):
            col = header[next(i for i, c in enumerate(row) if "\ufffd" in c)]
            issues.append(Issue(number, col, "broken encoding (not UTF-8)", True))
            continue
        rows.append(row)
        numbers.append(number)
    df = pl.DataFrame(
        {h: [r[i] for r in rows] for i, h in enumerate(header)},
        schema={h: pl.Utf8 for h in header},
    )
    return df.with_columns(pl.Series("_line", numbers, dtype=pl.Int64))


def _line_fields(line: str, sep: str = ",") -> list[str] | None:
    """One CSV line into its fields, or None when a quote is left open."""
    try:
        return next(csv.reader([line], strict=True, delimiter=sep), [])
    except csv.Error:
        return None


def _wrong_width(line: int, fields: int, width: int) -> Issue:
    return Issue(line, "", f"{fields} fields where the header has {width}", True)


def _read_csv(data: bytes, issues: list[Issue], path: str | Path) -> pl.DataFrame:
    """The rows of a CSV text, comma-separated or, as European Excel saves, by semicolons or
    tabs (the separator that splits the header into the required columns), under canonical
    column names (``canonical_column``)."""
    if b"\n" not in data and b"\r" in data:  # lines ended by CR alone (old Mac software)
        data = data.replace(b"\r", b"\n")
    start = 0  # past a byte-order mark and blank lines, without copying the file
    while start < len(data) and data[start] in b"\xef\xbb\xbf\r\n":
        start += 1
    end = data.find(b"\n", start)
    first = data[start : end if end >= 0 else len(data)].decode("utf-8", errors="replace")
    first = first.rstrip("\r")
    sep = csv_delimiter(first, REQUIRED)
    cells = _line_fields(first, sep) or []  # [] for a "header" over csv's field size limit
    header = column_names(cells, str(path))
    df = _read_fast(data, issues, sep)  # None before it notes any issue
    df = df if df is not None else _read_slow(data, issues, sep, header)
    if len(df.columns) - 1 != len(header):  # not a header this reader understands
        return df
    return df.rename(dict(zip(df.columns[:-1], header, strict=True)))


def _read_workbook(path: str | Path, issues: list[Issue]) -> pl.DataFrame:
    """The rows of an .xlsx workbook's first sheet, as ``refuge import`` reads them (cells as
    the text a clerk typed; the line is the sheet's row number); a row with values beyond the
    header's columns is rejected, as a CSV row with too many fields is."""
    book = open_interchange(path)
    width = len(book.header)
    rows = []
    for row in book.rows():
        if any(c.strip() for c in row.cells[width:]):
            issues.append(_wrong_width(row.line, len(row.cells), width))
        else:
            rows.append(row)
    columns = {
        h: [r.cells[i] if i < len(r.cells) else "" for r in rows] for i, h in enumerate(book.header)
    }
    frame = pl.DataFrame(columns, schema={h: pl.Utf8 for h in book.header})
    return frame.with_columns(pl.Series("_line", [r.line for r in rows], dtype=pl.Int64))


def read_interchange(path: str | Path) -> tuple[pl.DataFrame, list[Issue]]:
    """Records of an interchange CSV (``Record`` columns first, unknown columns kept) and issues.

    Row order is kept; ``issues`` lists rejected rows and flagged values with line numbers.
    """
    data = Path(path).read_bytes()
    issues: list[Issue] = []
    try:
        if is_xlsx(data):
            df = _read_workbook(path, issues)
        else:
            refuse_non_text(data, str(path))
            df = _read_csv(data, issues, path)
    except NotInterchangeText as exc:
        raise InterchangeFormatError(str(exc)) from None
    missing = [c for c in REQUIRED if c not in df.columns]
    if missing:
        raise InterchangeFormatError(
            f"{path}: not an interchange CSV: missing column(s) {', '.join(missing)}; "
            f"expected a header with {EXPECTED}"
        )
    df = df.with_columns(pl.exclude("_line").cast(pl.Utf8).fill_null("").str.strip_chars())
    # Columns filtered, not the frame: a frame's filter copies every column of every row kept.
    ids, lines = df["record_id"], df["_line"]
    for ln in lines.filter(ids == "").to_list():
        issues.append(Issue(ln, "record_id", "missing record_id", True))
    first = ids.is_first_distinct()
    again = (ids != "") & ~first
    for ln, rid in zip(lines.filter(again).to_list(), ids.filter(again).to_list(), strict=True):
        issues.append(Issue(ln, "record_id", f"duplicate record_id {rid!r}", True))
    keep = (ids != "") & first
    if not keep.all():
        df = df.filter(keep)
    for col in ("given_name", "family_name"):
        for ln in df["_line"].filter(df[col] == "").to_list():
            issues.append(Issue(ln, col, f"missing {col}; linked on the other fields", False))
    if "birth_date" in df.columns:
        # Read once per distinct date; the rows are looked for only when one is impossible.
        dates = df["birth_date"].unique()
        impossible = dates.filter(
            pl.Series((dates != "").to_numpy() & (parse_birth_dates(dates)[:, 0] == 0))
        )
        if len(impossible):
            rows = df.select("_line", "birth_date").filter(
                pl.col("birth_date").is_in(impossible.to_list())
            )
            for ln, d in rows.iter_rows():
                issues.append(Issue(ln, "birth_date", f"impossible date {d!r}; ignored", False))
    extra = [c for c in df.columns if c not in COLUMNS and c != "_line"]
    for c in COLUMNS:
        if c not in df.columns:
            df = df.with_columns(pl.lit("").alias(c))
    issues.sort(key=lambda i: i.line)
    return df.select([*COLUMNS, *extra]), issues
