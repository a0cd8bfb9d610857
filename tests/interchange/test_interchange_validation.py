"""Row validation of the interchange format: one table row per rule, no database."""

from __future__ import annotations

import datetime as dt

import pytest

from refuge.interchange import COLUMNS, LOCAL_ZONE, Rejection, RowValidator, ValidRow
from refuge.interchange import validation as v

TODAY = dt.date(2024, 3, 1)
HEADER = (*COLUMNS, "relationship", "notes")


def cells(**values: str) -> list[str]:
    row = {
        "record_id": "G-1",
        "given_name": "Hovhannes",
        "family_name": "Hakobyan",
        "registered_at": "2023-09-26T14:05",
        "site": "Goris",
    }
    row.update(values)
    return [row.get(c, "") for c in HEADER]


def validate(**values: str) -> ValidRow | Rejection:
    return RowValidator(HEADER, today=TODAY).validate(2, cells(**values))


ACCEPTED = [
    ("a minimal row", {}),
    ("Armenian script names", {"given_name": "Հովհաննես", "family_name": "Հակոբյան"}),
    ("Cyrillic names and patronymic", {"given_name": "Оганес", "patronymic": "Арменович"}),
    ("a year-only birth", {"birth_date": "1985"}),
    ("a full birth date", {"birth_date": "1985-04-23"}),
    ("registered_at with seconds", {"registered_at": "2023-09-26T14:05:09"}),
    ("registered_at with a space", {"registered_at": "2023-09-26 14:05"}),
    ("sex in lower case", {"sex": "f"}),
    ("sex as Cyrillic Ж", {"sex": "Ж"}),
    ("sex as Armenian Ա", {"sex": "Ա"}),
    ("an international phone", {"phone": "+374 91 23-45-67"}),
    ("a national phone", {"phone": "091234567"}),
    ("a phone with parentheses", {"phone": "(091) 23-45-67"}),
    ("spaces around values", {"given_name": " Ani ", "birth_date": " 1990 "}),
]


@pytest.mark.parametrize(("description", "values"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_accepts(description: str, values: dict[str, str]) -> None:
    assert isinstance(validate(**values), ValidRow), description


REJECTED = [
    ("an empty record_id", {"record_id": " "}, "record_id", "record_id is required but empty."),
    ("an empty site", {"site": ""}, "site", "site is required but empty."),
    ("no registered_at", {"registered_at": ""}, "registered_at", "registered_at is required"),
    ("an empty family name", {"family_name": ""}, "family_name", "family_name is required"),
    ("a given name of digits", {"given_name": "123"}, "given_name", "given_name must contain"),
    ("a patronymic of signs", {"patronymic": "--"}, "patronymic", "patronymic must contain"),
    ("a day/month swap", {"birth_date": "1985-23-04"}, "birth_date", "no month 23"),
    ("the 30th of February", {"birth_date": "1985-02-30"}, "birth_date", v.BIRTH_DATE_NOT_REAL),
    ("a birth date in dots", {"birth_date": "23.04.1985"}, "birth_date", v.BIRTH_DATE_FORMAT),
    ("a birth in the future", {"birth_date": "2025-01-01"}, "birth_date", v.BIRTH_DATE_FUTURE),
    ("a future birth year", {"birth_date": "2031"}, "birth_date", v.BIRTH_DATE_FUTURE),
    ("a birth before 1900", {"birth_date": "1899-12-31"}, "birth_date", v.BIRTH_DATE_TOO_OLD),
    ("a year 0000", {"birth_date": "0000"}, "birth_date", v.BIRTH_DATE_TOO_OLD),
    ("a date-only registration", {"registered_at": "2023-09-26"}, "registered_at", "YYYY"),
    ("month 13", {"registered_at": "2023-13-01T10:00"}, "registered_at", "not a real date"),
    ("hour 25", {"registered_at": "2023-09-26T25:00"}, "registered_at", "not a real date"),
    ("an unknown sex", {"sex": "X"}, "sex", v.SEX_UNKNOWN),
    ("a phone with letters", {"phone": "call me"}, "phone", v.PHONE_FORMAT),
    ("a phone too short", {"phone": "12-34"}, "phone", v.PHONE_FORMAT),
    ("a plus in the middle", {"phone": "091+234567"}, "phone", v.PHONE_FORMAT),
    ("a record_id too long", {"record_id": "x" * 101}, "record_id", "longer than 100"),
    ("a site too long", {"site": "G" * 101}, "site", "longer than 100"),
]


@pytest.mark.parametrize(
    ("description", "values", "column", "reason"), REJECTED, ids=[r[0] for r in REJECTED]
)
def test_rejects(description: str, values: dict[str, str], column: str, reason: str) -> None:
    result = validate(**values)
    assert isinstance(result, Rejection), description
    assert result.column == column
    assert reason in result.reason
    assert result.reason.startswith(column)  # every reason is a sentence naming the field


def test_a_row_with_several_problems_names_each_field_in_column_order() -> None:
    result = validate(given_name="", sex="?", site="")
    assert isinstance(result, Rejection)
    assert result.column == "given_name, sex, site"
    assert result.reason == (
        f"given_name is required but empty. {v.SEX_UNKNOWN} site is required but empty."
    )


def test_the_second_row_with_a_record_id_is_rejected_and_names_the_first_line() -> None:
    validator = RowValidator(HEADER, today=TODAY)
    assert isinstance(validator.validate(2, cells(record_id="A1")), ValidRow)
    second = validator.validate(7, cells(record_id=" A1 ", given_name="Other"))
    assert isinstance(second, Rejection)
    assert second.column == "record_id"
    assert second.reason == v.DUPLICATE_RECORD_ID.format(first=2)


def test_a_row_with_more_cells_than_the_header_is_rejected() -> None:
    result = RowValidator(HEADER, today=TODAY).validate(3, [*cells(), "stray"])
    assert isinstance(result, Rejection)
    assert "the row has 14 cells but the header has 13 columns" in result.reason


def test_raw_values_are_kept_as_typed_and_parsed_values_derived() -> None:
    result = validate(
        record_id=" A7 ",
        given_name=" Ani ",
        sex="ж",
        birth_date="1990-02-03",
        registered_at="2023-09-26 14:05:30",
        site=" Goris ",
        household_ref=" H-1 ",
        notes="tent 4",
    )
    assert isinstance(result, ValidRow)
    assert result.record_id == "A7"
    assert result.raw["given_name"] == " Ani "
    assert result.raw["sex"] == "ж"
    assert result.sex_code == "F"
    assert result.birth_year == 1990
    assert result.registered_on == dt.datetime(2023, 9, 26, 14, 5, 30, tzinfo=LOCAL_ZONE)
    assert result.registered_on.utcoffset() == dt.timedelta(hours=4)
    assert result.site == "Goris"
    assert result.household_ref == "H-1"
    assert result.extra == {"notes": "tent 4"}  # empty unknown cells are not stored
