"""Open an interchange file (CSV or XLSX), check it is one, and hand out its rows as strings.

A file that is not the format at all (binary, PDF, old ``.xls``, not UTF-8, no header with the
required columns) raises ``InterchangeFormatError`` with a message that says what is wrong and
what was expected. A single bad row is not this module's business: rows come out as they are,
with their line number, and ``validation`` decides.

Decisions:
- The whole file is read into memory once: it is hashed (the import batch keeps the SHA-256),
  and a decoding error can then name its line. 100,000 registrations are about 10 MB.
- Separator: a comma, or — for files saved by European Excel — a semicolon or a tab. The
  separator is chosen by which one splits the header into all required columns; that is more
  reliable than ``csv.Sniffer`` on one line, which guesses from character frequencies.
- Header names are matched without surrounding spaces and case-insensitively for the known
  columns (``Given_Name`` is ``given_name``); unknown columns keep their name as written.
- Blank rows (every cell empty, as Excel leaves at the end of a sheet) are skipped.
- XLSX: the first worksheet is read; the line number is the sheet's row number. Cells that
  Excel stored as numbers or dates are turned back into the text a clerk typed as closely as
  possible (``1985``, ``2023-09-26T14:05``); a phone typed as a number has lost its leading 0
  in Excel already.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from refuge.interchange.columns import COLUMNS, REJECT_COLUMNS, REQUIRED, expected_columns_sentence

_KNOWN = {c.lower(): c for c in COLUMNS}
DELIMITERS = (",", ";", "\t")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CSV_FIELD_LIMIT = 1_000_000


class InterchangeFormatError(Exception):
    """The file is not an interchange file; ``str(error)`` says why and what was expected."""


class RawRow(NamedTuple):
    """One data row: its line in the file (header = line 1) and its cells as text."""

    line: int
    cells: list[str]


@dataclass
class InterchangeFile:
    """An opened interchange file: its header and a way to walk its rows once."""

    path: Path
    kind: str  # "csv" or "xlsx"
    header: tuple[str, ...]  # column names; known columns in their canonical spelling
    original_header: tuple[str, ...]  # as written in the file, for the rejects file
    sha256: str
    row_estimate: int  # for a progress bar; may count blank or multi-line rows
    delimiter: str = ","
    _text: str = field(default="", repr=False)

    def rows(self) -> Iterator[RawRow]:
        """Every non-blank data row, in file order."""
        if self.kind == "xlsx":
            yield from _xlsx_rows(self.path, self.header)
        else:
            yield from _csv_rows(self._text, self.delimiter, len(self.header), self.path)


def open_interchange(path: str | Path) -> InterchangeFile:
    """Open ``path`` and check its header, or raise ``InterchangeFormatError``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InterchangeFormatError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InterchangeFormatError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise InterchangeFormatError(f"{path}: cannot be read ({exc.strerror})") from None
    sha256 = hashlib.sha256(data).hexdigest()
    name = path.name
    if not data.strip():
        raise InterchangeFormatError(f"{name}: the file is empty; {expected_columns_sentence()}")
    if is_xlsx(data):
        return _open_xlsx(path, sha256)
    refuse_non_text(data, name)
    text = _decode_utf8(data, name)
    return _open_csv(path, text, sha256)


def is_xlsx(data: bytes) -> bool:
    """A workbook by its content (a ZIP archive); ``.xlsx`` in name only is refused later."""
    return data.startswith(_ZIP_MAGIC)


def refuse_non_text(data: bytes, name: str) -> None:
    """Raise ``InterchangeFormatError`` for a file that is not CSV text at all (a misnamed
    workbook, an old .xls, a PDF, UTF-16, binary), naming what it is and what to save instead."""
    if Path(name).suffix.lower() in {".xlsx", ".xlsm"}:
        raise InterchangeFormatError(
            f"{name}: named .xlsx but is not an Excel workbook; save it from Excel as "
            "'Excel Workbook (.xlsx)' or as 'CSV UTF-8'"
        )
    if data.startswith(_OLE_MAGIC):
        raise InterchangeFormatError(
            f"{name}: this is an old Excel .xls (or other Office 97) file; save it as "
            "'Excel Workbook (.xlsx)' or as 'CSV UTF-8 (comma delimited)'"
        )
    if data.startswith(b"%PDF"):
        raise InterchangeFormatError(
            f"{name}: this is a PDF document, not a CSV or XLSX file; {expected_columns_sentence()}"
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InterchangeFormatError(
            f"{name}: the file is UTF-16 (Excel's 'Unicode Text'), not UTF-8; "
            "save it as 'CSV UTF-8 (comma delimited)'"
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise InterchangeFormatError(
            f"{name}: binary data (a NUL byte) at line {line}; this is not a CSV text file. "
            "Expected a UTF-8 CSV or an .xlsx workbook"
        )


def _decode_utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        line = data.count(b"\n", 0, exc.start) + 1
        guess = _guess_encoding(data)
        hint = f" — this looks like {guess}" if guess else ""
        raise InterchangeFormatError(
            f"{name}: not UTF-8: byte 0x{bad:02X} at line {line}{hint}; "
            "save the file as 'CSV UTF-8 (comma delimited)'"
        ) from None


def _guess_encoding(data: bytes) -> str:
    """Name the legacy encoding a non-UTF-8 file most likely uses, or ``""``."""
    high = [b for b in data if b >= 0x80]
    if not high:
        return ""
    # Windows-1251 puts Cyrillic letters at 0xC0-0xFF (and Ё/ё at 0xA8/0xB8).
    cyrillic = sum(1 for b in high if b >= 0xC0 or b in (0xA8, 0xB8))
    if cyrillic / len(high) > 0.9:
        return "Windows-1251 Cyrillic"
    # ARMSCII-8 puts Armenian letters at 0xB2-0xFE.
    armenian = sum(1 for b in high if 0xB2 <= b <= 0xFE)
    if armenian / len(high) > 0.9:
        return "a legacy 8-bit encoding (ARMSCII-8 or Windows-1251)"
    return ""


def canonical_column(raw: str) -> str:
    """A header cell as a column name: known columns in their canonical spelling whatever the
    case and surrounding spaces (``Given_Name`` is ``given_name``), others as written."""
    stripped = raw.lstrip("\ufeff").strip()
    return _KNOWN.get(stripped.lower(), stripped)


def csv_delimiter(first_line: str, required: tuple[str, ...] = REQUIRED) -> str:
    """The separator that splits a header line into every ``required`` column: a comma, or
    the semicolon or tab of European Excel; a comma when none does (the header check then says
    what is missing)."""
    for delimiter in DELIMITERS:
        try:
            cells = _line_cells(first_line, delimiter)
        except csv.Error:  # not a header at all (a field over csv's size limit)
            continue
        if set(required) <= {canonical_column(c) for c in cells}:
            return delimiter
    return ","


def column_names(cells: list[str], name: str) -> list[str]:
    """A header row's cells as column names (``canonical_column``; ``column_N`` for an empty
    cell), refusing a column that appears twice."""
    header: list[str] = []
    for index, raw in enumerate(cells, start=1):
        column = canonical_column(raw) or f"column_{index}"
        if column in header:
            raise InterchangeFormatError(
                f"{name}: the column {column} appears twice in the header; "
                "each column must appear once"
            )
        header.append(column)
    return header


def _header(cells: list[str], name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Canonical column names for a header row; refuse duplicates and missing columns."""
    while cells and not cells[-1].strip():
        cells = cells[:-1]  # Excel's trailing empty columns
    header = column_names(cells, name)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        found = ", ".join(c for c in header if c not in REJECT_COLUMNS) or "nothing"
        raise InterchangeFormatError(
            f"{name}: the header lacks the required column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)}; {expected_columns_sentence()}; found: {found}"
        )
    return tuple(header), tuple(cells)


def _first_record(text: str, delimiter: str) -> list[str]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for cells in reader:
        if any(c.strip() for c in cells):
            return cells
    return []


def _open_csv(path: Path, text: str, sha256: str) -> InterchangeFile:
    csv.field_size_limit(_CSV_FIELD_LIMIT)
    first_error: InterchangeFormatError | None = None
    for delimiter in DELIMITERS:
        cells = _first_record(text, delimiter)
        try:
            header, original = _header(cells, path.name)
        except InterchangeFormatError as exc:
            first_error = first_error or exc
            continue
        return InterchangeFile(
            path=path,
            kind="csv",
            header=header,
            original_header=original,
            sha256=sha256,
            row_estimate=max(text.count("\n") - 1, 0) + (0 if text.endswith("\n") else 1),
            delimiter=delimiter,
            _text=text,
        )
    assert first_error is not None
    raise first_error


# The line breaks ``csv`` counts in ``line_num`` (io.StringIO with newline="").
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _csv_rows(text: str, delimiter: str, width: int, path: Path) -> Iterator[RawRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines: list[str] | None = None  # physical lines, split only if a quote runs away
    header_done = False
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not "".join(cells).strip():
                continue
            if not header_done:
                header_done = True
                continue
            if len(cells) > width and not any(c.strip() for c in cells[width:]):
                cells = cells[:width]  # Excel's trailing empty cells
            if start - line > 1 and (len(cells) != width or _swallowed(cells, delimiter, width)):
                # A quote opened and never closed swallowed the lines after it: the row is its
                # own line (rejected for its cell count), and every line it swallowed is read
                # again on its own, so one stray quote loses nothing but its row.
                lines = lines if lines is not None else _LINE_BREAK.split(text)
                for number in range(line, start):
                    if lines[number - 1].strip():
                        yield RawRow(number, _line_cells(lines[number - 1], delimiter))
                continue
            yield RawRow(line, cells)
    except csv.Error as exc:
        raise InterchangeFormatError(
            f"{path.name}: the CSV cannot be read after line {start - 1} ({exc}); "
            "a quote probably opens a value that never closes"
        ) from None


def _swallowed(cells: list[str], delimiter: str, width: int) -> bool:
    """A value running over a line break that holds a whole row of the file: a quote opened
    before it and closed only at a later row's quoted value (``A2,"Aram`` … ``A5,"Aram5"``),
    which leaves the cell count right and the rows between inside one name."""
    return any(
        part.count(delimiter) >= width - 1
        for cell in cells
        if "\n" in cell or "\r" in cell
        for part in _LINE_BREAK.split(cell)[1:]
    )


def _line_cells(line: str, delimiter: str) -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def _open_xlsx(path: Path, sha256: str) -> InterchangeFile:
    import zipfile

    import openpyxl

    handle = path.open("rb")  # a file object: openpyxl would refuse a misnamed .csv
    try:
        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken archive
        handle.close()
        kind = "a ZIP archive" if isinstance(exc, zipfile.BadZipFile | KeyError) else "a file"
        raise InterchangeFormatError(
            f"{path.name}: {kind} but not a readable Excel .xlsx workbook; "
            "expected a UTF-8 CSV or an .xlsx workbook"
        ) from None
    try:
        sheet = workbook.worksheets[0]
        header_cells: list[str] = []
        for values in sheet.iter_rows(values_only=True):
            cells = [_cell_text(v, "") for v in values]
            if any(c.strip() for c in cells):
                header_cells = cells
                break
        header, original = _header(header_cells, path.name)
        max_row = sheet.max_row or 0
    finally:
        workbook.close()
        handle.close()
    return InterchangeFile(
        path=path,
        kind="xlsx",
        header=header,
        original_header=original,
        sha256=sha256,
        row_estimate=max(max_row - 1, 0),
    )


def _xlsx_rows(path: Path, header: tuple[str, ...]) -> Iterator[RawRow]:
    import openpyxl

    width = len(header)
    columns = [*header, *([""] * 1000)]
    handle = path.open("rb")
    workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        header_done = False
        for values in sheet.iter_rows(values_only=False):
            if not values:
                continue
            row_number = next((c.row for c in values if getattr(c, "row", None)), None)
            cells = [_cell_text(c.value, col) for c, col in zip(values, columns, strict=False)]
            if not any(c.strip() for c in cells) or row_number is None:
                continue
            if not header_done:
                header_done = True
                continue
            if len(cells) < width:
                cells += [""] * (width - len(cells))
            elif len(cells) > width and not any(c.strip() for c in cells[width:]):
                cells = cells[:width]
            yield RawRow(row_number, cells)
    finally:
        workbook.close()
        handle.close()


def _cell_text(value: Any, column: str) -> str:
    """The text a clerk typed into a cell that Excel may have stored as a number or date."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0) and column != "registered_at":
            return value.date().isoformat()
        spec = "%Y-%m-%dT%H:%M:%S" if value.second else "%Y-%m-%dT%H:%M"
        return value.strftime(spec)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    return str(value)
