"""Opening interchange files: what is refused, with which message, and how rows come out."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from refuge.interchange import InterchangeFormatError, RejectsWriter, RowValidator, open_interchange
from refuge.interchange.validation import SEX_UNKNOWN

HEADER = "record_id,given_name,family_name,sex,birth_date,registered_at,site"
ROW = "A1,Hovhannes,Hakobyan,M,1985,2023-09-26T14:05,Goris"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refusal(path: Path) -> str:
    with pytest.raises(InterchangeFormatError) as info:
        open_interchange(path)
    return str(info.value)


def test_windows_1251_cyrillic_is_refused_naming_byte_line_and_encoding(tmp_path: Path) -> None:
    text = f"{HEADER}\n{ROW}\nA2,Оганес,Акопян,М,1985,2023-09-26T14:05,Горис\n"
    path = write(tmp_path, "cp1251.csv", text.encode("cp1251"))
    message = refusal(path)
    assert "not UTF-8: byte 0xCE at line 3" in message
    assert "Windows-1251 Cyrillic" in message
    assert "UTF-8" in message.split("—")[-1]


def test_missing_columns_are_listed_with_the_expected_ones(tmp_path: Path) -> None:
    path = write(tmp_path, "m.csv", b"record_id,given_name,surname\nA1,Ani,Hakobyan\n")
    message = refusal(path)
    assert "lacks the required columns family_name, registered_at, site" in message
    assert "expected a header row with the columns record_id, given_name, family_name" in message
    assert "found: record_id, given_name, surname" in message


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("scan.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "this is a PDF document"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (a NUL byte)"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "old Excel .xls"),
        ("fake.xlsx", b"record_id,given_name\n", "named .xlsx but is not an Excel workbook"),
        ("zip.csv", b"PK\x03\x04garbage", "not a readable Excel .xlsx workbook"),
        ("empty.csv", b"\n\n", "the file is empty"),
        ("prose.txt", b"Dear colleagues, please find the list attached.\n", "lacks the required"),
        ("u16.csv", HEADER.encode("utf-16"), "UTF-16"),
    ],
)
def test_a_file_that_is_not_the_format_is_refused(
    tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    assert expected in refusal(write(tmp_path, name, data))


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    assert "no such file" in refusal(tmp_path / "nowhere.csv")


def test_a_column_named_twice_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "d.csv", f"{HEADER},Site\n".encode())
    assert "the column site appears twice" in refusal(path)


def test_a_byte_order_mark_and_header_case_and_spaces_are_accepted(tmp_path: Path) -> None:
    header = " Record_ID ,given_name,FAMILY_NAME,sex,birth_date,registered_at,site"
    path = write(tmp_path, "bom.csv", f"\ufeff{header}\r\n{ROW}\r\n".encode())
    file = open_interchange(path)
    assert file.header[:3] == ("record_id", "given_name", "family_name")
    assert [(r.line, r.cells[0]) for r in file.rows()] == [(2, "A1")]


def test_semicolon_separated_csv_from_european_excel_is_read(tmp_path: Path) -> None:
    text = f"{HEADER.replace(',', ';')}\n{ROW.replace(',', ';')};\n"
    file = open_interchange(write(tmp_path, "eu.csv", text.encode()))
    assert file.delimiter == ";"
    assert [r.cells for r in file.rows()] == [ROW.split(",")]


def test_line_numbers_count_physical_lines_and_skip_blank_rows(tmp_path: Path) -> None:
    text = (
        f'{HEADER}\n{ROW}\n\n,,,,,,\nA2,"Ani\nMaria",Hakobyan,F,1990,2023-09-26T14:05,Goris\n{ROW}'
    )
    file = open_interchange(write(tmp_path, "lines.csv", text.encode()))
    assert [(r.line, r.cells[0]) for r in file.rows()] == [(2, "A1"), (5, "A2"), (7, "A1")]


def test_a_quote_left_open_loses_only_its_own_row(tmp_path: Path) -> None:
    broken = ROW.replace("A1,", 'A0,"', 1)  # a quote opened before a value, never closed
    text = f"{HEADER}\n{broken}\n{ROW}\n{ROW.replace('A1', 'A2')}\n"
    file = open_interchange(write(tmp_path, "open_quote.csv", text.encode()))
    rows = [(r.line, r.cells[0], len(r.cells)) for r in file.rows()]
    width = len(HEADER.split(","))
    assert rows[1:] == [(3, "A1", width), (4, "A2", width)]
    assert rows[0][:2] == (2, "A0") and rows[0][2] != width  # rejected for its cell count


def test_a_quote_left_open_and_closed_rows_later_loses_no_row(tmp_path: Path) -> None:
    broken = ROW.replace("A1,", 'A0,"', 1)
    later = 'A3,"Hovhannes",Hakobyan,M,1985,2023-09-26T14:05,Goris'  # its quote closes A0's
    text = f"{HEADER}\n{broken}\n{ROW}\n{later}\n"
    file = open_interchange(write(tmp_path, "late_quote.csv", text.encode()))
    assert [(r.line, r.cells[0]) for r in file.rows()][1:] == [(3, "A1"), (4, "A3")]


def test_xlsx_rows_keep_sheet_row_numbers_and_typed_text(tmp_path: Path) -> None:
    path = tmp_path / "arrivals.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(","))
    sheet.append(["A1", "Ani", "Hakobyan", "F", 1990, dt.datetime(2023, 9, 26, 14, 5), "Goris"])
    sheet.append([])
    sheet.append(["A2", "Aram", "Petrosyan", None, "1985-02-03", "2023-09-26T00:00", "Goris"])
    sheet.append(
        ["A3", "Anna", "Sargsyan", "F", dt.datetime(1970, 5, 6), dt.datetime(2023, 9, 27), "Goris"]
    )
    workbook.save(path)
    file = open_interchange(path)
    assert file.kind == "xlsx"
    rows = list(file.rows())
    assert [r.line for r in rows] == [2, 4, 5]
    assert rows[0].cells == ["A1", "Ani", "Hakobyan", "F", "1990", "2023-09-26T14:05", "Goris"]
    assert rows[1].cells[3] == ""
    assert rows[2].cells[4:6] == ["1970-05-06", "2023-09-27T00:00"]


def test_rejects_file_keeps_original_cells_and_drops_old_reject_columns(tmp_path: Path) -> None:
    source = tmp_path / "fixed.csv"
    source.write_text(
        f"reject_line,reject_column,reject_reason,{HEADER},notes\n"
        "9,sex,old reason,A1,Ani,Hakobyan,X,1990,2023-09-26T14:05,Goris,tent 4\n",
        encoding="utf-8",
    )
    file = open_interchange(source)
    validator = RowValidator(file.header)
    writer = RejectsWriter(source, file.original_header, delimiter=file.delimiter)
    writer.write([validator.validate(r.line, r.cells) for r in file.rows()])  # type: ignore[misc]
    path = writer.close()
    assert path == tmp_path / "fixed.csv.rejects.csv"
    with path.open(encoding="utf-8-sig", newline="") as f:
        header, row = list(csv.reader(f))
    assert header == ["reject_line", "reject_column", "reject_reason", *HEADER.split(","), "notes"]
    assert row[:3] == ["2", "sex", SEX_UNKNOWN]
    assert row[3:] == ["A1", "Ani", "Hakobyan", "X", "1990", "2023-09-26T14:05", "Goris", "tent 4"]


def test_the_package_imports_no_django() -> None:
    code = "import sys, refuge.interchange; print(any(m.startswith('django') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
