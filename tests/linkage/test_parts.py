"""Unit tables for the smaller steps: phones, dates, evaluation, config, reading CSV, CLI."""

from __future__ import annotations

import dataclasses
import datetime
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from refuge.linkage import LinkageConfig, evaluate, normalise_phone
from refuge.linkage.blocking import block_key_columns, candidate_pairs
from refuge.linkage.compare import LEVELS, compare
from refuge.linkage.io import InterchangeFormatError, read_interchange
from refuge.linkage.normalise import name_units
from refuge.linkage.records import Record, features, phone_codes, split_joined_names, to_frame


@pytest.mark.parametrize(
    ("description", "raw", "e164"),
    [
        ("international form", "+37491123456", "+37491123456"),
        ("national form with trunk 0", "091123456", "+37491123456"),
        ("spaces and dashes", "+374 91 12-34-56", "+37491123456"),
        ("00 prefix", "0037491123456", "+37491123456"),
        ("country code without plus", "37491123456", "+37491123456"),
        ("Georgian number", "+995 599 12 34 56", "+995599123456"),
        ("Russian number", "+7 916 123-45-67", "+79161234567"),
        ("not a number", "n/a", ""),
        ("empty", "", ""),
    ],
)
def test_normalise_phone(description: str, raw: str, e164: str) -> None:
    assert normalise_phone(raw) == e164, description


def test_phones_are_one_number_where_libphonenumber_says_so() -> None:
    raw = [
        "+37491123456",
        "091123456",
        "+374 91 12-34-56",
        "0037491123456",
        "37491123456",
        "+995 599 12 34 56",
        "n/a",
        "",
        "91123456",
    ]
    codes = phone_codes(pl.Series(raw))
    for i in range(len(raw)):
        for j in range(len(raw)):
            same = normalise_phone(raw[i]) == normalise_phone(raw[j]) != ""
            assert (codes[i] == codes[j] and codes[i] >= 0) == same, (raw[i], raw[j])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("+963 995 297 900", "0995297900"),  # Syria: international, and national with trunk 0
        ("+96170902218", "70902218"),  # Lebanon: eight digits without a trunk 0
        ("905513531634", "05513531634"),  # Turkey: the country code without a +
        ("+380 67 123 45 67", "067-123-45-67"),  # Ukraine
        ("0048 553 756 357", "553756357"),  # Poland
    ],
)
def test_a_foreign_number_is_one_phone_however_written(a: str, b: str) -> None:
    codes = phone_codes(pl.Series([a, b, "+37491123456"]))
    assert codes[0] == codes[1] >= 0
    assert codes[2] != codes[0]


def test_what_is_no_phone_number_is_absent() -> None:
    assert (phone_codes(pl.Series(["n/a", "12", "-", "", None])) == -1).all()


def _levels(a: Record, b: Record, fields: tuple[str, ...]) -> tuple[str, ...]:
    """The pair's level of each of ``fields`` ("null" where a side lacks it)."""
    cmp = compare(features(to_frame([a, b])), np.array([0]), np.array([1]), LinkageConfig())
    return tuple(LEVELS[k][cmp.levels[k][0]] if cmp.levels[k][0] >= 0 else "null" for k in fields)


def _date_level(a: str, b: str) -> str:
    return _levels(
        Record("1", "A", "B", birth_date=a), Record("2", "A", "B", birth_date=b), ("birth_date",)
    )[0]


@pytest.mark.parametrize(
    ("description", "a", "b", "level"),
    [
        ("same date", "1980-03-05", "1980-03-05", "exact"),
        ("day and month swapped", "1980-03-05", "1980-05-03", "swapped"),
        ("swap giving an impossible month", "1980-03-25", "1980-25-03", "swapped"),
        ("year only on one side", "1980", "1980-03-05", "year-only"),
        ("year only on both sides", "1980", "1980", "year-only"),
        ("1 January, the placeholder of an unknown day", "1980-01-01", "1980-06-25", "year-only"),
        ("1 January on both sides", "1980-01-01", "1980-01-01", "exact"),
        ("1 January of another year", "1980-01-01", "1983-06-25", "different"),
        ("1 January one year off, as a year-only date", "1952-01-01", "1951-11-02", "near"),
        ("one digit of the day wrong", "1980-03-05", "1980-03-15", "near"),
        ("a week apart across months", "1980-03-29", "1980-04-04", "near"),
        ("year off by one, year only", "1980", "1981-01-01", "near"),
        ("year off by one, same day and month", "1951-12-20", "1950-12-20", "year-off-by-one"),
        ("one digit of the year wrong", "1951-12-20", "1961-12-20", "year-typo"),
        ("two digits of the year exchanged", "1978-10-03", "1987-10-03", "year-typo"),
        ("exchanged digits decades apart", "1919-07-01", "1991-07-01", "year-typo"),
        ("two year digits wrong", "1978-10-03", "1983-10-03", "different"),
        ("two digits of the day exchanged", "1980-03-12", "1980-03-21", "near"),
        ("different people", "1980-03-05", "1990-07-12", "different"),
        (
            "an Ethiopian date written as a Gregorian one",
            "1979-02-06",
            "1986-10-16",
            "other-calendar",
        ),
        ("an Ethiopian year alone", "1982", "1990-03-05", "other-calendar"),
        ("an Ethiopian year on 1 January", "1982-01-01", "1989-11-20", "other-calendar"),
        ("the Ethiopian day and month kept", "1979-02-06", "1986-02-06", "other-calendar"),
        ("seven years apart, nothing else shared", "1980-03-05", "1987-07-12", "different"),
        ("a Solar Hijri date and its Gregorian day", "1365-05-10", "1986-08-01", "exact"),
        ("a Solar Hijri year and a date in it", "1365", "1986-11-20", "year-only"),
        ("a Solar Hijri year ending in the next", "1365", "1987-02-20", "near"),
        ("missing", "", "1980-03-05", "null"),
    ],
)
def test_birth_date_levels(description: str, a: str, b: str, level: str) -> None:
    assert _date_level(a, b) == level, description


def _name_levels(a: Record, b: Record) -> tuple[str, ...]:
    return _levels(a, b, ("given_name", "patronymic"))


def _both_names(a: Record, b: Record) -> tuple[str, ...]:
    return _levels(a, b, ("given_name", "family_name"))


@pytest.mark.parametrize(
    ("typed", "patronymic"),
    [
        ("Геворг Робертович", ""),  # name and patronymic in one field
        ("GEVORG ROBERTOVICH", ""),
        ("Робертович", "Геворг"),  # the two fields exchanged
    ],
)
def test_a_patronymic_in_the_given_name_field_is_read_as_one(typed: str, patronymic: str) -> None:
    written = Record("1", "Gevorg", "Vardanyan", patronymic="Robertovich")
    slipped = Record("2", typed, "Варданян", patronymic=patronymic)
    given, father = _name_levels(written, slipped)
    assert given in ("exact", "transliteration-equal")
    assert father == "equal"


@pytest.mark.parametrize(
    ("given", "family"),
    [
        ("Artak Danielyan", "-"),
        ("-", "ARTAK DANIELYAN"),
        ("Artak Danielyan", "Artak Danielyan"),
        ("Danielyan Artak", ""),  # surname first: scored as names in swapped fields
    ],
)
def test_both_names_typed_in_one_field_are_split(given: str, family: str) -> None:
    levels = _both_names(
        Record("1", "Արտակ", "Դանիելյան"), Record("2", given, family, birth_date="1984")
    )
    assert levels == ("transliteration-equal", "transliteration-equal")


def test_three_words_in_one_field_are_not_guessed_at() -> None:
    levels = _both_names(
        Record("1", "Artak", "Danielyan"), Record("2", "Artak Vladimiri Danielyan", "-")
    )
    # No family name is guessed out of them; the one given name is among the three words, as a
    # second given name dropped at another desk (``compare._one_name_within_the_other``).
    assert levels == ("close", "null")


T_EQUAL = "transliteration-equal"


@pytest.mark.parametrize(
    ("a", "b", "levels"),
    [
        # The second surname dropped, or the two in the other order (the same words: one
        # name); a second given name dropped.
        (("Ana Sofía", "Molina Colmenares"), ("Ana Sofía", "MOLINA"), ("exact", "close")),
        (("Lucía", "Marín Rodríguez"), ("Lucía", "rodriguez marin"), ("exact", T_EQUAL)),
        (("Ana Sofía", "Molina"), ("Ana", "Molina"), ("close", "exact")),
        (("María", "López de Pérez"), ("María", "Lopez"), ("exact", "close")),
        # A name that drops its first word is another: a son's family name is his father's
        # given name, and the grandfather's may follow it; the son's three names hold his
        # father's two, but not his given name.
        (("Kahsay", "Gebremedhin Hailu"), ("Gebremedhin", "Hailu"), ("different", "different")),
        # A whole name in one field, or a first surname after the given name.
        (("Zuleima", "Arrieta"), ("Arrieta Mora Zuleima", ""), ("close", "null")),
        # The same words shared out otherwise between the fields are one name (a Vietnamese
        # middle name with the given name at one desk, with the family name at the next)...
        (("Angel Martínez", "Reyes"), ("Angel", "Martínez Reyes"), (T_EQUAL, T_EQUAL)),
        (("Thi Lan", "Nguyen"), ("Lan", "Nguyen Thi"), (T_EQUAL, T_EQUAL)),
        # ... where the given names share a word: Ali son of Ahmed is not Ahmed son of Ali.
        (("Ali", "Ahmed Mohamed"), ("Ahmed", "Ali Mohamed"), ("different", "different")),
        # Two names that share a word are two names, the first word too.
        (("María José", "Pérez"), ("José Luis", "Pérez"), ("different", "exact")),
        (("Mohammad Sharif", "Karimi"), ("Mohammad Jamil", "Karimi"), ("different", "exact")),
        (("Ana Sofía", "Pérez"), ("Ana María", "Pérez"), ("different", "exact")),
        # ... but not a slip in the second word.
        (("Mohammad Sharif", "Karimi"), ("Mohammad Sharef", "Karimi"), ("close", "exact")),
    ],
)
def test_one_name_within_the_other(
    a: tuple[str, str], b: tuple[str, str], levels: tuple[str, str]
) -> None:
    assert _both_names(Record("1", *a), Record("2", *b)) == levels
    assert _both_names(Record("2", *b), Record("1", *a)) == levels


def test_the_same_words_shared_out_otherwise_are_one_name_whether_a_father_is_named() -> None:
    # The father named at one desk (an exit permit's father's-name line), not at the other.
    permit = Record("1", "Tuyết", "Trần Thị", patronymic="Trần Văn Thanh")
    camp = Record("2", "Thi Tuyet", "Tran")
    assert _both_names(permit, camp) == (T_EQUAL, T_EQUAL)
    # Words within the other's, not the same: the word more may be the father's name.
    assert _both_names(Record("3", "Ali Omar", "Hassan", patronymic="Omar"),
                       Record("4", "Ali", "Hassan Omar Yusuf")) != (T_EQUAL, T_EQUAL)  # fmt: skip


def test_only_a_patronymic_form_leaves_the_given_name_field() -> None:
    # A double given name, and a patronymic field that already holds a patronymic, stay.
    double = Record("1", "Мария Анна", "Петросян")
    assert _name_levels(double, Record("2", "Мария", "Петросян", patronymic="Анна"))[0] != (
        "transliteration-equal"
    )
    both = Record("3", "Петрович", "Петросян", patronymic="Иванович")
    other = Record("4", "Иванович", "Петросян", patronymic="Петрович")
    assert _name_levels(both, other) == ("different", "different")


@pytest.mark.parametrize(
    ("a", "b", "levels"),
    [
        # Arabic writes no short vowels: each clerk hears their own.
        (("Dima", "El Huseyin"), ("DIMA", "AL HOSAIN"), ("exact", "similar")),
        (("Husam", "Kassab"), ("Hosam", "Kassab"), ("similar", "exact")),
        # Two consonants are too few to tell a name: Ani and Anna are two names.
        (("Ani", "Petrosyan"), ("Anna", "Petrosyan"), ("different", "exact")),
        # ... also once a joined article is set aside (Aledlebi: Al Edlebi).
        (("Wasim", "Aledlebi"), ("Wasim", "El Idlibi"), ("exact", "similar")),
    ],
)
def test_latin_spellings_whose_vowels_alone_differ(
    a: tuple[str, str], b: tuple[str, str], levels: tuple[str, str]
) -> None:
    assert _both_names(Record("1", *a), Record("2", *b)) == levels


@pytest.mark.parametrize(
    ("typed", "other", "levels"),
    [
        (("Esma Abdurrahman", ""), ("ESMA", "ABDURRAHMAN"), ("transliteration-equal", "equal")),
        (("Հայկ Հակոբի", ""), ("Hayk", "Hakob"), ("transliteration-equal", "equal")),
        (("Esma Abdurrahman", "Halil"), ("Esma", ""), ("transliteration-equal", "null")),
        # Another father: the second word is not the other record's father's name.
        (("Esma Abdurrahman", ""), ("Esma", "Halil"), ("similar", "null")),
        # The other's father's name followed by the grandfather's.
        (("Abir Imad", ""), ("Abir", "Imad Ahmad"), ("transliteration-equal", "equal")),
        # ... not the grandfather's name alone.
        (("Abir Imad", ""), ("Abir", "Ahmad Imad"), ("similar", "null")),
        # The two names in the other script, and a listed equivalent of the given name.
        (("نور عبد الله", ""), ("Nur", "Abdullah"), ("close", "close")),
        (("Mohamad Joma", ""), ("Muhammed", "Joma"), ("equivalent", "equal")),
    ],
)
def test_a_fathers_name_typed_after_the_given_name(
    typed: tuple[str, str], other: tuple[str, str], levels: tuple[str, str]
) -> None:
    a = Record("1", typed[0], "Fadlan", patronymic=typed[1])
    b = Record("2", other[0], "Fadlan", patronymic=other[1])
    assert _name_levels(a, b) == levels
    assert _name_levels(b, a) == levels


class TestEvaluate:
    def test_perfect(self) -> None:
        t = {"a": "1", "b": "1", "c": "2"}
        m = evaluate(t, {"a": "x", "b": "x", "c": "y"})
        assert m["precision"] == m["recall"] == m["f1"] == m["bcubed_f1"] == 1.0

    def test_over_merge_lowers_precision_only(self) -> None:
        m = evaluate({"a": "1", "b": "1", "c": "2"}, {"a": "x", "b": "x", "c": "x"})
        assert m["recall"] == 1.0
        assert m["precision"] == pytest.approx(1 / 3)
        assert m["bcubed_precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)

    def test_missing_predictions_are_singletons(self) -> None:
        m = evaluate({"a": "1", "b": "1"}, {"a": "x"})
        assert m["recall"] == 0.0


def test_config_json_round_trip_and_rejects_unknown_keys() -> None:
    cfg = LinkageConfig(link_threshold=7.5, m={"sex": {"equal": 0.9, "different": 0.1}})
    assert LinkageConfig.from_json(cfg.to_json()) == cfg
    with pytest.raises(ValueError, match="unknown"):
        LinkageConfig.from_dict({"nonsense": 1})


HEADER = "record_id,given_name,family_name,birth_date,phone,registered_at,site,notes\n"


class TestReadInterchange:
    def test_keeps_unknown_columns_and_bom(self, tmp_path: Path) -> None:
        p = tmp_path / "a.csv"
        p.write_text("\ufeff" + HEADER + "1,Armen,Petrosyan,1980,,2023-09-25T10:00,Goris,x\n")
        df, issues = read_interchange(p)
        assert df["record_id"].to_list() == ["1"]
        assert "notes" in df.columns
        assert issues == []

    def test_rejects_unlinkable_rows_and_flags_bad_values(self, tmp_path: Path) -> None:
        p = tmp_path / "b.csv"
        p.write_text(
            HEADER
            + "1,Armen,Petrosyan,1980-13-45,,t,s,\n"
            + ",Anna,Hakobyan,1990,,t,s,\n"
            + "1,Armen,Petrosyan,1980,,t,s,\n"
            + "3,Ani,,1999,,t,s,\n"
        )
        df, issues = read_interchange(p)
        assert df["record_id"].to_list() == ["1", "3"]
        reasons = {(i.line, i.rejected): i.reason for i in issues}
        assert "missing record_id" in reasons[(3, True)]
        assert "duplicate" in reasons[(4, True)]
        assert "impossible date" in reasons[(2, False)]
        assert "missing family_name" in reasons[(5, False)]

    def test_survives_ragged_rows_and_broken_encoding(self, tmp_path: Path) -> None:
        p = tmp_path / "c.csv"
        p.write_bytes(
            HEADER.encode()
            + b"1,Armen,Petrosyan,1980,,t,s,\n"
            + b"2,Anna,Hakobyan\n"
            + b"3,\xff\xfe,Hakobyan,1990,,t,s,\n"
            + "4,Անի,Սարգսյան,1999,,t,s,\n".encode()
        )
        df, issues = read_interchange(p)
        assert df["record_id"].to_list() == ["1", "4"]
        assert [i.line for i in issues if i.rejected] == [3, 4]

    def test_lines_ended_by_cr_alone_are_lines(self, tmp_path: Path) -> None:
        p = tmp_path / "cr.csv"
        text = HEADER + "1,Armen,Petrosyan,1980,,t,s,\n" + "2,Anna,Hakobyan,1990,,t,s,\n"
        p.write_bytes(text.replace("\n", "\r").encode())
        df, issues = read_interchange(p)
        assert df["record_id"].to_list() == ["1", "2"]
        assert issues == []

    def test_a_short_row_is_rejected_not_shifted(self, tmp_path: Path) -> None:
        p = tmp_path / "short.csv"
        p.write_text(
            HEADER
            + "1,Armen,Petrosyan,1980,,t,s,\n"
            + "2,Hakobyan,1990,,t,s\n"  # a field left out: the rest would slide left
            + "\n"  # a blank line is no row at all
            + "3,Ani,Sargsyan,1999,,t,s,\n"
        )
        df, issues = read_interchange(p)
        assert df["record_id"].to_list() == ["1", "3"]
        assert [(i.line, i.rejected) for i in issues] == [(3, True)]
        assert "6 fields where the header has 8" in issues[0].reason

    def test_short_rows_are_found_after_a_quoted_line_break(self, tmp_path: Path) -> None:
        # Rows are counted in physical lines: a short row after a field with a line break in
        # it, a short row with quotes (parsed by csv), a short row ended by CR LF.
        p = tmp_path / "short2.csv"
        p.write_bytes(
            (
                HEADER
                + '1,"Armen\nJr",Petrosyan,1980,,t,s,\n'
                + '2,"Hakobyan",1990,,t,s\n'
                + "3,Ani,Sargsyan,1999,,t,s,\r\n"
                + "4,Ani,1999,t,s\r\n"
            ).encode()
        )
        df, issues = read_interchange(p)
        assert df["record_id"].to_list() == ["1", "3"]
        assert [(i.line, i.rejected) for i in issues] == [(4, True), (6, True)]
        assert "6 fields" in issues[0].reason and "5 fields" in issues[1].reason

    def test_an_open_quote_rejects_its_own_line_only(self, tmp_path: Path) -> None:
        p = tmp_path / "quote.csv"
        p.write_text(
            HEADER
            + '1,"Armen,Petrosyan,1980,,t,s,\n'
            + "2,Anna,Hakobyan,1990,,t,s,\n"
            + "3,Ani,Sargsyan,1999,,t,s,\n"
        )
        df, issues = read_interchange(p)
        assert df["record_id"].to_list() == ["2", "3"]
        assert [(i.line, i.rejected) for i in issues] == [(2, True)]

    def test_an_open_quote_closed_rows_later_keeps_the_rows_between(self, tmp_path: Path) -> None:
        p = tmp_path / "late.csv"
        p.write_text(
            HEADER
            + '1,"Armen,Petrosyan,1980,,t,s,\n'
            + "2,Anna,Hakobyan,1990,,t,s,\n"
            + '3,Ani",Sargsyan,1999,,t,s,\n'  # a stray quote that closes the one left open
        )
        df, issues = read_interchange(p)
        assert df["record_id"].to_list() == ["2", "3"]
        assert [(i.line, i.rejected) for i in issues] == [(2, True)]

    def test_lines_are_counted_across_quoted_line_breaks(self, tmp_path: Path) -> None:
        p = tmp_path / "multi.csv"
        p.write_text(
            HEADER
            + '1,"Armen\nJr",Petrosyan,1980,,t,s,\n'
            + "1,Anna,Hakobyan,1990,,t,s,\n"  # a repeated record_id, on physical line 4
        )
        df, issues = read_interchange(p)
        assert df["record_id"].to_list() == ["1"]
        assert [(i.line, i.rejected) for i in issues] == [(4, True)]

    def test_refuses_a_file_of_another_format(self, tmp_path: Path) -> None:
        p = tmp_path / "d.csv"
        p.write_text("id,name\n1,x\n")
        with pytest.raises(InterchangeFormatError, match="expected a header"):
            read_interchange(p)

    @pytest.mark.parametrize("sep", [";", "\t"])
    def test_reads_what_european_excel_saves(self, tmp_path: Path, sep: str) -> None:
        # A semicolon or a tab between fields, as Excel saves CSV in Russian and Armenian
        # locales; header names in any case. Read as ``refuge import`` reads them.
        p = tmp_path / "excel.csv"
        rows = [HEADER.replace("given_name", "Given_Name").strip(), "1,Armen,Petrosyan,1980,,t,s,"]
        rows.append('2,"Anna; Ani",Hakobyan,1990,,t,s,')
        p.write_text("\n".join(r.replace(",", sep) for r in rows) + "\n")
        df, issues = read_interchange(p)
        assert df["record_id"].to_list() == ["1", "2"]
        assert df["given_name"].to_list() == ["Armen", "Anna; Ani"]  # quoted: one value
        assert issues == []

    def test_reads_a_workbook(self, tmp_path: Path) -> None:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(HEADER.strip().split(","))
        sheet.append(["1", "Armen", "Petrosyan", "1980", "", "2023-09-25T10:00", "Goris", ""])
        book.save(tmp_path / "w.xlsx")
        df, issues = read_interchange(tmp_path / "w.xlsx")
        assert df["family_name"].to_list() == ["Petrosyan"]
        assert df["registered_at"].to_list() == ["2023-09-25T10:00"]
        assert issues == []

    def test_separator_needs_only_the_linkage_columns(self, tmp_path: Path) -> None:
        p = tmp_path / "three.csv"
        p.write_text("record_id;given_name;family_name\n1;Armen;Petrosyan\n")
        df, issues = read_interchange(p)
        assert df["family_name"].to_list() == ["Petrosyan"]

    def test_a_column_named_twice_is_refused(self, tmp_path: Path) -> None:
        p = tmp_path / "twice.csv"
        p.write_text("record_id,given_name,family_name,Given_Name\n1,A,B,C\n")
        with pytest.raises(InterchangeFormatError, match="given_name appears twice"):
            read_interchange(p)
        p.write_text("record_id,given_name,family_name,given_name\n1,A,B,C\n")
        with pytest.raises(InterchangeFormatError, match="given_name appears twice"):
            read_interchange(p)

    def test_a_huge_first_line_is_not_a_header(self, tmp_path: Path) -> None:
        p = tmp_path / "blob.json"
        p.write_text('{"x": "' + "a" * 200_000 + '"}\n')
        with pytest.raises(InterchangeFormatError, match="not an interchange CSV"):
            read_interchange(p)

    def test_the_slow_reader_names_canonical_columns(self, tmp_path: Path) -> None:
        p = tmp_path / "slow.csv"
        p.write_bytes(b"record_id,Given_Name,family_name\n1,\xff,Petrosyan\n2,Anna,Hakobyan\n")
        df, issues = read_interchange(p)
        assert df["given_name"].to_list() == ["Anna"]
        assert [(i.line, i.column) for i in issues] == [(2, "given_name")]

    def test_a_workbook_row_wider_than_its_header_is_rejected(self, tmp_path: Path) -> None:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        for row in (
            HEADER.strip().split(","),
            ["1", "Armen", "Petrosyan", "", "", "t", "s", "", "X"],
        ):
            sheet.append(row)
        book.save(tmp_path / "wide.xlsx")
        df, issues = read_interchange(tmp_path / "wide.xlsx")
        assert df.height == 0
        assert [(i.line, i.rejected) for i in issues] == [(2, True)]

    def test_refuses_utf16_with_a_reason(self, tmp_path: Path) -> None:
        p = tmp_path / "u16.csv"
        p.write_bytes((HEADER + "1,Armen,Petrosyan,1980,,t,s,\n").encode("utf-16"))
        with pytest.raises(InterchangeFormatError, match="UTF-16"):
            read_interchange(p)


def _refuge(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "refuge.cli", *args], capture_output=True, text=True, check=False
    )


def test_cli_link_and_evaluate(tmp_path: Path) -> None:
    from .registry_small import ROWS

    src = tmp_path / "in.csv"
    pl.DataFrame(
        {
            "record_id": [r[1] for r in ROWS],
            "given_name": [r[2] for r in ROWS],
            "family_name": [r[3] for r in ROWS],
            "patronymic": [r[4] for r in ROWS],
            "sex": [r[5] for r in ROWS],
            "birth_date": [r[6] for r in ROWS],
            "phone": [r[7] for r in ROWS],
            "household_ref": [r[8] for r in ROWS],
            "registered_at": ["2023-09-25T10:00"] * len(ROWS),
            "site": ["Goris"] * len(ROWS),
        }
    ).write_csv(src)
    truth = tmp_path / "truth.csv"
    pl.DataFrame({"record_id": [r[1] for r in ROWS], "person_id": [r[0] for r in ROWS]}).write_csv(
        truth
    )
    out, review = tmp_path / "out.csv", tmp_path / "review.csv"
    res = _refuge("link", str(src), "--out", str(out), "--review", str(review), "--json")
    assert res.returncode == 0, res.stderr
    summary = json.loads(res.stdout)
    assert summary["records"] == len(ROWS)
    linked = pl.read_csv(out, infer_schema=False)
    assert linked.columns == ["record_id", "person_id"]
    assert sorted(linked["record_id"].to_list()) == sorted(r[1] for r in ROWS)
    assert review.exists()
    ev = _refuge("evaluate", "--truth", str(truth), "--pred", str(out), "--json")
    assert ev.returncode == 0, ev.stderr
    assert json.loads(ev.stdout)["precision"] == 1.0
    readable = _refuge("evaluate", "--truth", str(truth), "--pred", str(out))
    assert "B-cubed" in readable.stdout


def test_cli_link_says_when_names_are_all_there_is(tmp_path: Path) -> None:
    src = tmp_path / "names.csv"
    src.write_text(
        "record_id,given_name,family_name\na,Anna,Petrosyan\nb,Anna,Petrosyan\n",
        encoding="utf-8",
    )
    res = _refuge("link", str(src), "--out", str(tmp_path / "out.csv"))
    assert res.returncode == 0, res.stderr
    assert "names alone" in res.stderr


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("Sasha", "Александр", "equivalent"),
        ("Вова", "Vladimir", "equivalent"),
        ("Հովիկ", "Hovhannes", "equivalent"),
        ("Жора", "Gevorg", "equivalent"),
        ("Lena", "Елена", "equivalent"),
        ("Хачик", "Խաչատուր", "equivalent"),
        ("Harut", "Арутюн", "equivalent"),
        ("Մկո", "Mkrtich", "equivalent"),
        ("Միշա", "Mikayel", "equivalent"),
        ("Михаил", "Միքայել", "equivalent"),
        ("Սուրո", "Suren", "equivalent"),  # the colloquial Armenian -o
        ("Vacho", "Վաչագան", "equivalent"),
        ("ANO", "Անահիտ", "equivalent"),
        ("Олена", "Yelena", "equivalent"),  # the Ukrainian and the Russian form of one name
        ("Volodymyr", "Владимир", "equivalent"),
        ("Mykola", "Nikolay", "equivalent"),
        ("Muhammet", "Mohammad", "equivalent"),  # the Turkish form of an Arabic name
        ("CUMA", "جمعة", "equivalent"),
        ("Hatice", "Khadija", "equivalent"),
        ("Cemal", "Jamila", "different"),
        ("Armo", "Arsen", "different"),
        ("Sasha", "Vladimir", "different"),
        ("Ani", "Anna", "different"),
        # Typing slips: one keystroke in a name of four letters or more, wherever it falls.
        ("Tamara", "Тмара", "close"),
        ("Հայկանուշ", "Haykanusch", "transliteration-equal"),
        ("Gayane", "Gyane", "close"),
        ("Lusine", "Lsuine", "close"),
        ("Armen", "Arsen", "similar"),
        ("Ara", "Ari", "different"),
    ],
)
def test_given_name_equivalents(a: str, b: str, level: str) -> None:
    recs = [Record("a", a, "Petrosyan"), Record("b", b, "Petrosyan")]
    f = features(to_frame(recs))
    cmp = compare(f, np.array([0]), np.array([1]), LinkageConfig())
    assert LEVELS["given_name"][cmp.levels["given_name"][0]] == level


def test_shared_placeholder_birth_date_is_weaker_evidence() -> None:
    # 40 records born on one placeholder date (fewer than a placeholder read as missing), 300
    # on dates spread over years and days: a pair agreeing on the placeholder gets a negative
    # adjustment, on a rare date a positive one.
    from refuge.linkage.score import _tf_adjust

    rng = np.random.default_rng(0)
    dates = ["1950-01-01"] * 40
    dates += [
        f"{1930 + int(rng.integers(0, 60))}-{int(rng.integers(1, 13)):02d}-"
        f"{int(rng.integers(1, 29)):02d}"
        for _ in range(300)
    ]
    dates += ["1977-06-13", "1977-06-13"]
    recs = [
        Record(record_id=f"r{i}", given_name="Anna", family_name="Petrosyan", birth_date=d)
        for i, d in enumerate(dates)
    ]
    f = features(to_frame(recs))
    n = len(recs)
    cmp = compare(f, np.array([0, n - 2]), np.array([1, n - 1]), LinkageConfig())
    adj = _tf_adjust(f, cmp)["birth_date"]
    assert adj[0] < 0.0 < adj[1]
    assert adj[1] - adj[0] > 2.0


def test_a_name_shared_out_otherwise_is_weighed_by_how_common_its_words_are() -> None:
    # Forty Nguyen Thi Lans and one Heritier Nzuzi Nkuku, each also written with its words
    # shared out otherwise; and plain pairs of one key, which the set of words leaves alone.
    from refuge.linkage.score import _tf_adjust

    recs = [Record(f"n{i}", "Lan", "Nguyen Thi") for i in range(40)]
    recs += [Record(f"o{i}", f"{g} Anh", "Tran Van") for i, g in enumerate(("Kim", "Minh"))]
    recs += [
        Record("common", "Thi Lan", "Nguyen"),
        Record("rare", "Heritier", "Nzuzi Nkuku"),
        Record("rare again", "Heritier Nkuku", "Nzuzi"),
        Record("accented", "Lan", "Nguyễn Thị"),
    ]
    f = features(to_frame(recs))
    n = len(recs)
    left, right = np.array([n - 4, n - 3, 0]), np.array([0, n - 2, n - 1])
    cmp = compare(f, left, right, LinkageConfig())
    assert cmp.levels["family_name"].tolist() == [1, 1, 1]
    adj = _tf_adjust(f, cmp)["family_name"]
    assert adj[0] < 0.0 < adj[1]
    # The pair of one family key: its own key's adjustment alone, not the set's as well.
    tf = f.family_tf
    assert adj[2] == pytest.approx(float(np.log2((tf**2).sum() / tf[f.family_key[0]])))


def test_two_names_swapped_are_weighed_by_how_common_the_two_are_together() -> None:
    from refuge.linkage.score import _tf_adjust

    recs = [Record(f"a{i}", "Armen", "Sargsyan") for i in range(30)]
    recs += [Record(f"b{i}", "Anahit", "Hakobyan") for i in range(30)]
    recs += [
        Record("common", "Sargsyan", "Armen"),
        Record("rare", "Vardges", "Ter-Grigoryan"),
        Record("rare swapped", "Ter-Grigoryan", "Vardges"),
    ]
    f = features(to_frame(recs))
    n = len(recs)
    cmp = compare(f, np.array([n - 3, n - 2]), np.array([0, n - 1]), LinkageConfig())
    assert cmp.levels["family_name"].tolist() == [1, 1]
    assert cmp.levels["given_name"].tolist() == [1, 1]
    adj = _tf_adjust(f, cmp)
    assert adj["family_name"][0] < 0.0 < adj["family_name"][1]
    assert adj["given_name"].tolist() == [0.0, 0.0]  # once, on the family name


def test_household_colink_levels() -> None:
    # Household A (site k, ref 1) registered again as household B (site y, ref 1); C elsewhere.
    from refuge.linkage.compare import household_links

    rows = [
        ("a1", "k", "1"),
        ("a2", "k", "1"),
        ("b1", "y", "1"),
        ("b2", "y", "1"),
        ("c1", "y", "2"),
        ("d1", "", ""),
        ("c2", "y", "2"),
    ]
    recs = [
        Record(record_id=r, given_name="X", family_name="Y", site=s, household_ref=h)
        for r, s, h in rows
    ]
    f = features(to_frame(recs))
    # First pass: a1 and b1 are one person; nothing else linked.
    labels = np.array([0, 1, 0, 2, 3, 4, 5], dtype=np.int64)
    hl = household_links(f, labels)
    left = np.array([1, 0, 1, 1, 0, 0])
    right = np.array([3, 2, 4, 5, 1, 3])
    cmp = compare(f, left, right, LinkageConfig(), hl)
    got = [
        LEVELS["household_colink"][v] if v >= 0 else "null" for v in cmp.levels["household_colink"]
    ]
    # a2–b2: their households share another linked member (a1/b1): colinked. a1–b1 itself:
    # the only link between the households is the pair's own, so not-colinked. a2–c1: no
    # link between the households. a2–d1: d1 has no household. a1–a2: one household.
    # a1-b2: a1 is the link itself, but b1 (the other side) is another member of B and a1
    # has no other member of A in that cluster: not-colinked.
    assert got == ["colinked", "not-colinked", "not-colinked", "null", "null", "not-colinked"]
    assert compare(f, left, right, LinkageConfig()).levels["household_colink"].max() == -1


def _household_groups(
    rows: list[tuple[str, str, str, str, str]], phones: dict[str, str] | None = None
) -> dict[str, int]:
    """Household group per record id of (id, family name, site, registered at, reference)."""
    recs = [
        Record(
            record_id=r,
            given_name="X",
            family_name=fam,
            site=s,
            registered_at=t,
            household_ref=h,
            phone=(phones or {}).get(r, ""),
        )
        for r, fam, s, t, h in rows
    ]
    groups = features(to_frame(recs)).household_group.tolist()
    return dict(zip([r[0] for r in rows], groups, strict=True))


def test_households_without_a_reference_are_families_registered_in_a_run() -> None:
    from refuge.linkage.households import FAMILY_GAP_MINUTES

    gap = FAMILY_GAP_MINUTES[1]  # too few referenced households to read the desks' pace
    rows = [
        # A family written at one desk without a reference, members minutes apart (one in
        # Cyrillic: the family-name key is what is shared).
        ("a1", "Sargsyan", "Goris", "2023-09-25T10:00", ""),
        ("a2", "Саргсян", "Goris", f"2023-09-25T10:{gap:02d}", ""),
        ("a3", "Sargsyan", "Goris", f"2023-09-25T10:{2 * gap:02d}", ""),
        # The same name at the same desk after a longer pause: another family.
        ("b1", "Sargsyan", "Goris", f"2023-09-25T10:{3 * gap + 1:02d}", ""),
        ("b2", "Sargsyan", "Goris", f"2023-09-25T10:{3 * gap + 1:02d}", ""),
        # Same time, other site; and other name at the same desk: no household of their own.
        ("c1", "Sargsyan", "Kapan", "2023-09-25T10:01", ""),
        ("d1", "Petrosyan", "Goris", "2023-09-25T10:02", ""),
        # A reference is a household whatever the names and times.
        ("e1", "Sargsyan", "Goris", "2023-09-25T10:01", "H7"),
        ("e2", "Avetisyan", "Goris", "2023-09-26T18:00", "H7"),
        ("f1", "Sargsyan", "Goris", "2023-09-25T10:02", "H8"),
    ]
    by = _household_groups(rows)
    assert max(by.values()) == 2
    assert by["a1"] == by["a2"] == by["a3"] >= 0
    assert by["b1"] == by["b2"] >= 0
    assert by["e1"] == by["e2"] >= 0
    assert len({by["a1"], by["b1"], by["e1"]}) == 3
    assert by["c1"] == by["d1"] == by["f1"] == -1


def test_members_typed_without_the_reference_of_the_family_around_them_join_it() -> None:
    rows = [
        # One family typed in one go; the desk left the reference off a3.
        ("a1", "Simonyan", "Yerevan-2", "2023-09-28T18:32", "YR2/00823"),
        ("a2", "Simonyan", "Yerevan-2", "2023-09-28T18:33", "YR2/00823"),
        ("a3", "Симонян", "Yerevan-2", "2023-09-28T18:34", ""),
        # ...and off a4, whose surname it also mistyped (a vowel dropped).
        ("a4", "Simonyn", "Yerevan-2", "2023-09-28T18:35", ""),
        # Two references in one run of one name: which one b3 belongs to is not known.
        ("b1", "Petrosyan", "Goris", "2023-09-28T18:32", "G1"),
        ("b2", "Petrosyan", "Goris", "2023-09-28T18:33", "G2"),
        ("b3", "Petrosyan", "Goris", "2023-09-28T18:34", ""),
    ]
    by = _household_groups(rows)
    assert by["a1"] == by["a2"] == by["a3"] == by["a4"] >= 0
    assert by["b3"] == -1
    assert by["b1"] == by["b2"] == -1  # households of one record are none


def test_a_member_under_another_surname_joins_the_form_through_its_phone() -> None:
    rows = [
        # A husband and son with a reference; the wife under her own surname, without it.
        ("a1", "Mkrtchyan", "Yerevan-1", "2023-10-08T15:49", "Y1-1815"),
        ("a2", "Mkrtchyan", "Yerevan-1", "2023-10-08T15:50", "Y1-1815"),
        ("a3", "Kravchenko", "Yerevan-1", "2023-10-08T15:51", ""),
        # No reference at all: a mother under her own surname and her children, one phone.
        ("b1", "Sargsyan", "Goris", "2023-10-08T15:49", ""),
        ("b2", "Sargsyan", "Goris", "2023-10-08T15:50", ""),
        ("b3", "Avetisyan", "Goris", "2023-10-08T15:51", ""),
        # Another family's phone: no household with them.
        ("c1", "Petrosyan", "Goris", "2023-10-08T15:51", ""),
    ]
    phones = {"a1": "091111111", "a3": "091111111", "b1": "092222222", "b3": "092222222"}
    phones["c1"] = "093333333"
    by = _household_groups(rows, phones)
    assert by["a1"] == by["a2"] == by["a3"] >= 0
    assert by["b1"] == by["b2"] == by["b3"] >= 0
    assert by["a1"] != by["b1"]
    assert by["c1"] == -1


def test_a_date_without_a_time_of_day_makes_no_run() -> None:
    # An export that keeps only the date writes midnight: the whole day is not one family.
    recs = [
        Record(f"r{i}", "X", "Sargsyan", site="Goris", registered_at="2023-09-25T00:00")
        for i in range(3)
    ]
    f = features(to_frame(recs))
    assert (f.family_run == -1).all()
    assert (f.household_group == -1).all()


def test_a_time_stamped_on_a_whole_site_is_no_registration_time() -> None:
    from refuge.linkage.households import STAMP_MIN_RECORDS, without_stamps

    stamped = STAMP_MIN_RECORDS + 1
    # Site 0: every record at one minute (an export's stamp). Site 1: a busy minute of a big
    # site (as many records, a tiny share of the site's), and its other minutes.
    minute = np.array([5000] * stamped + [5000] * stamped + list(range(100_000)), dtype=np.int64)
    site = np.array([0] * stamped + [1] * (stamped + 100_000), dtype=np.int32)
    out = without_stamps(minute, site)
    assert (out[:stamped] == -1).all()
    assert (out[stamped:] == minute[stamped:]).all()


@pytest.mark.parametrize(("pace", "expected"), [(0, 0), (4, 4), (9, 9), (30, -1)])
def test_the_desks_pace_is_read_off_the_referenced_households(pace: int, expected: int) -> None:
    from refuge.linkage.households import family_gap, referenced

    recs = [
        Record(
            record_id=f"h{h}m{m}",
            given_name="X",
            family_name="Y",
            household_ref=f"H{h}",
            registered_at=f"2023-09-25T{10 + h // 60:02d}:{h % 60:02d}",
        )
        for h in range(60)
        for m in range(2)
    ]
    # Each household's second member ``pace`` minutes after the first.
    recs = [
        dataclasses.replace(r, registered_at=_plus_minutes(r.registered_at, pace))
        if r.record_id.endswith("m1")
        else r
        for r in recs
    ]
    f = features(to_frame(recs))
    assert family_gap(referenced(f.household, f.site), f.registered_minute) == expected


def test_times_that_say_nothing_of_households_are_read_as_unknown() -> None:
    # Every referenced household's two members registered two days apart: the registry's times
    # are not when families came, so one reference at one site is one form whatever the times.
    recs = [
        Record(
            record_id=f"h{h}m{m}",
            given_name=f"G{m}",
            family_name=f"F{h}",
            household_ref=f"H{h}",
            site="Goris",
            registered_at=_plus_minutes("2023-09-25T10:01", h + m * 2 * 24 * 60),
        )
        for h in range(60)
        for m in range(2)
    ]
    f = features(to_frame(recs))
    assert f.desk_pace == -1
    assert (f.family_run == -1).all()
    cmp = compare(f, np.array([0]), np.array([1]), LinkageConfig())
    assert LEVELS["household_ref"][cmp.levels["household_ref"][0]] == "one-registration"


def _plus_minutes(stamp: str, minutes: int) -> str:
    t = datetime.datetime.fromisoformat(stamp) + datetime.timedelta(minutes=minutes)
    return t.strftime("%Y-%m-%dT%H:%M")


def test_names_written_surname_first_compare_as_one_name() -> None:
    recs = [
        Record("a", "Armen", "Sargsyan", birth_date="1970-03-14"),
        Record("b", "Саргсян", "Армен", birth_date="1970-03-14"),
        Record("c", "Sargsyan", "Aram", birth_date="1970-03-14"),
    ]
    f = features(to_frame(recs))
    cfg = LinkageConfig()
    cmp = compare(f, np.array([0, 0]), np.array([1, 2]), cfg)
    assert [LEVELS["family_name"][v] for v in cmp.levels["family_name"]] == [
        "transliteration-equal",
        "different",
    ]
    assert LEVELS["given_name"][cmp.levels["given_name"][0]] == "transliteration-equal"
    left, right, _ = candidate_pairs(f, cfg)
    assert (0, 1) in set(zip(left.tolist(), right.tolist(), strict=True))


def test_names_swapped_between_arabic_script_and_latin_are_found_and_compared_crosswise() -> None:
    recs = [
        Record("a", "هدى", "احمد", birth_date="1991-01-22"),
        Record("b", "Ahmad", "Huda", birth_date="1991"),  # given and family swapped
        Record("c", "Ahmad", "Salim", birth_date="1991"),  # one name only meets crosswise
    ]
    f = features(to_frame(recs))
    cfg = LinkageConfig()
    left, right, _ = candidate_pairs(f, cfg)
    assert (0, 1) in set(zip(left.tolist(), right.tolist(), strict=True))
    cmp = compare(f, np.array([0, 0]), np.array([1, 2]), cfg)
    family = [LEVELS["family_name"][v] for v in cmp.levels["family_name"]]
    given = [LEVELS["given_name"][v] for v in cmp.levels["given_name"]]
    assert (family[0], given[0]) == ("close", "close")
    assert "close" not in (family[1], given[1])
    # Two names of one skeleton meet crosswise as well; the order as written stays better.
    same = features(to_frame([Record("a", "Hussein", "حسن"), Record("b", "Hussein", "Hassan")]))
    cmp = compare(same, np.array([0]), np.array([1]), cfg)
    assert LEVELS["given_name"][cmp.levels["given_name"][0]] == "exact"


def test_a_family_name_with_its_article_in_the_given_name_field_is_found_swapped() -> None:
    recs = [
        Record("a", "El Homsi", "Khalid", birth_date="1980-04-02"),  # given and family swapped
        Record("b", "Khalid", "Al-Homsi", birth_date="1980-04-02"),
    ]
    f = features(to_frame(recs))
    cfg = LinkageConfig()
    left, right, _ = candidate_pairs(f, cfg)
    assert (0, 1) in set(zip(left.tolist(), right.tolist(), strict=True))
    cmp = compare(f, np.array([0]), np.array([1]), cfg)
    assert LEVELS["family_name"][cmp.levels["family_name"][0]] == "transliteration-equal"
    assert LEVELS["given_name"][cmp.levels["given_name"][0]] == "transliteration-equal"
    # ... and against the names in Arabic script, crosswise on their consonants, the article
    # joined or not, in either field (Alumar: al-Umar).
    joined = [Record("d", "Yusra", "Alumar"), Record("e", "العمر", "يسرى")]
    f = features(to_frame(joined))
    cmp = compare(f, np.array([0]), np.array([1]), cfg)
    assert LEVELS["family_name"][cmp.levels["family_name"][0]] == "close"
    assert LEVELS["given_name"][cmp.levels["given_name"][0]] == "close"
    other = [recs[0], Record("c", "خالد", "الحمصي", birth_date="1980-04-02")]
    f = features(to_frame(other))
    left, right, _ = candidate_pairs(f, cfg)
    assert (0, 1) in set(zip(left.tolist(), right.tolist(), strict=True))
    cmp = compare(f, np.array([0]), np.array([1]), cfg)
    assert LEVELS["family_name"][cmp.levels["family_name"][0]] == "close"
    assert LEVELS["given_name"][cmp.levels["given_name"][0]] == "close"


def test_swapped_names_with_one_of_them_spelt_otherwise_are_found_and_compared_crosswise() -> None:
    recs = [
        Record("a", "Сатян", "Анагит", birth_date="2003-01-24"),  # given and family swapped
        Record("b", "Anahit", "Satyan", birth_date="2003-01-24"),
        # Two names that only resemble each other crosswise: no name is equal crosswise.
        Record("c", "Armen", "Arakelyan", birth_date="1961-05-12"),
        Record("d", "Arakel", "Armenyan", birth_date="1961-05-12"),
    ]
    f = features(to_frame(recs))
    cfg = LinkageConfig()
    left, right, _ = candidate_pairs(f, cfg)
    assert (0, 1) in set(zip(left.tolist(), right.tolist(), strict=True))
    cmp = compare(f, np.array([0, 2]), np.array([1, 3]), cfg)
    family = [LEVELS["family_name"][v] for v in cmp.levels["family_name"]]
    given = [LEVELS["given_name"][v] for v in cmp.levels["given_name"]]
    assert (family[0], given[0]) in {
        ("transliteration-equal", "close"),
        ("transliteration-equal", "similar"),
    }
    assert "transliteration-equal" not in (family[1], given[1])
    assert given[1] == "different"


def test_a_date_without_a_day_meets_its_name_within_two_years_only() -> None:
    recs = [
        Record("a", "Armen", "Sargsyan", birth_date="1970"),
        Record("b", "Armen", "Sargsyan", birth_date="1971-03-14"),  # an age turned into a year
        Record("c", "Armen", "Sargsyan", birth_date="1952-01-01"),  # 1 January: no day known
        Record("d", "Armen", "Sargsyan", birth_date="1951-11-02"),
        Record("e", "Armen", "Sargsyan", birth_date="1995-06-30"),  # a namesake, another age
        Record("f", "Armen", "Sargsyan"),  # no date: meets every Armen Sargsyan
    ]
    f = features(to_frame(recs))
    cfg = dataclasses.replace(LinkageConfig(), blocking=(("name_pair", "?birth_md"),))
    left, right, _ = candidate_pairs(f, cfg)
    pairs = set(zip(left.tolist(), right.tolist(), strict=True))
    assert pairs == {(0, 1), (2, 3), (0, 5), (1, 5), (2, 5), (3, 5), (4, 5)}


def test_a_given_name_written_as_its_initial_says_nothing_against_its_name() -> None:
    hotel = Record("a", "H.", "KARAPETIAN", birth_date="2000-04-19")
    desk = Record("b", "Հրանտ", "Կարապետյան", birth_date="2000-04-19")
    other = Record("c", "Seyran", "Karapetyan", birth_date="2000-04-19")
    assert _levels(hotel, desk, ("given_name",)) == ("null",)
    assert _levels(hotel, other, ("given_name",)) == ("different",)
    # The letter read in Latin or in the key: Е is ye in Latin, e in the key.
    elena = Record("d", "Елена", "Karapetyan", birth_date="2000-04-19")
    assert _levels(Record("e", "E.", "Karapetyan"), elena, ("given_name",)) == ("null",)
    # Two letters are no initial: Kh. (Khachatur) is not Karen.
    karen = Record("f", "Karen", "Karapetyan")
    assert _levels(Record("g", "Kh.", "Karapetyan"), karen, ("given_name",)) == ("different",)


def test_optional_date_pairs_are_exactly_those_of_the_definition() -> None:
    # Blocks are sorted by year and read as ranges (blocking._optional_pairs): the pairs must
    # be those of the rule's plain definition, on a registry with every kind of partial date.
    rng = np.random.default_rng(5)
    dates = ["", "1969", "1970", "1972", "1973", "1970-03-14", "1971-03-14", "1968-05-02",
             "1974-01-01", "1970-14-03", "1972-11-30"]  # fmt: skip
    recs = [
        Record(str(i), str(rng.choice(["Armen", "Anna"])), "Sargsyan",
               birth_date=str(rng.choice(dates)))
        for i in range(80)
    ]  # fmt: skip
    f = features(to_frame(recs))
    cfg = dataclasses.replace(LinkageConfig(), blocking=(("name_pair", "?birth_md"),))
    left, right, _ = candidate_pairs(f, cfg)
    found = set(zip(left.tolist(), right.tolist(), strict=True))
    cols = block_key_columns(f)
    name, md, year = cols["name_pair"], cols["birth_md"], cols["birth_year"]
    expected = {
        (i, j)
        for i in range(f.n)
        for j in range(i + 1, f.n)
        if name[i] == name[j]
        and (md[i] < 0 or md[j] < 0)
        and (year[i] < 0 or year[j] < 0 or abs(int(year[i]) - int(year[j])) <= 2)
    }
    assert found == expected
    assert len(expected) > 100  # the registry does exercise the rule


def test_day_and_month_blocking_keeps_years_that_can_say_one_date() -> None:
    # Same given name, day and month and family initial (a rule without the year): a year
    # mistyped (two digits exchanged, one digit wrong) or written in the Ethiopian calendar
    # is a pair; a namesake born on that day twelve years later is not.
    recs = [
        Record("a", "Armen", "Petrosyan", birth_date="1985-03-05"),
        Record("b", "Armen", "Petrosian", birth_date="1958-03-05"),  # 85 keyed 58
        Record("c", "Armen", "Poghosyan", birth_date="1995-03-05"),  # one digit
        Record("d", "Armen", "Papikyan", birth_date="1977-03-05"),  # a's in the EC, kept
        Record("e", "Armen", "Parsadanyan", birth_date="1973-03-05"),  # another man
    ]
    f = features(to_frame(recs))
    rule = ("given_key", "birth_md", "family_initial")
    left, right, _ = candidate_pairs(f, dataclasses.replace(LinkageConfig(), blocking=(rule,)))
    pairs = set(zip(left.tolist(), right.tolist(), strict=True))
    assert {(0, 1), (0, 2), (0, 3)} <= pairs
    assert not {(0, 4), (2, 4)} & pairs


def test_calendar_year_blocking_reads_one_date_in_the_ethiopian_calendar() -> None:
    recs = [
        Record("a", "Tesfaye", "Haile", birth_date="1982"),  # an Ethiopian year alone
        Record("b", "Tesfaye", "Haile", birth_date="1990-03-05"),  # a's, in Gregorian
        Record("c", "Tesfaye", "Haile", birth_date="1979-02-06"),  # Tikimt 6, 1979 (EC)
        Record("d", "Tesfaye", "Haile", birth_date="1986-10-16"),  # c's, in Gregorian
        Record("e", "Tesfaye", "Haile", birth_date="1985-05-05"),  # another man
        # Another man again: Hidar 20, 1979 read as Ethiopian falls in d's year, but six weeks
        # from his date, and his day and month are not d's: two full dates that do not read as
        # one calendar against the other are no pair.
        Record("f", "Tesfaye", "Haile", birth_date="1979-03-20"),
    ]
    f = features(to_frame(recs))
    cfg = dataclasses.replace(LinkageConfig(), blocking=(("name_pair", "calendar_year"),))
    left, right, _ = candidate_pairs(f, cfg)
    assert set(zip(left.tolist(), right.tolist(), strict=True)) == {(0, 1), (2, 3)}


def test_a_given_and_a_fathers_name_meet_across_scripts_whatever_the_family_name() -> None:
    # The family-name field holds a tribe, the father's name, or another tribe, desk by desk;
    # the given name and the father's name, in Latin or Perso-Arabic letters, with a year alone
    # on one side, are what the records share.
    recs = [
        Record("a", "Muhammad Naseem", "Dawood", patronymic="Mujeeb", birth_date="1991-10-28"),
        Record("b", "MUHAMMAD NASEEM", "MUJEEB", patronymic="s/o MUJEEB", birth_date="1991"),
        Record("c", "محمد نسیم", "احمدزی", patronymic="مجیب", birth_date="1992"),
        Record("d", "Muhammad Naseem", "Dawood", patronymic="Mujeeb", birth_date="1979"),
        Record("e", "Muhammad Naseem", "Dawood", patronymic="Abdul Rahman", birth_date="1991"),
    ]
    f = features(to_frame(recs))
    rule = ("given_skeleton", "patronymic_skeleton", "?birth_md")
    left, right, _ = candidate_pairs(f, dataclasses.replace(LinkageConfig(), blocking=(rule,)))
    assert set(zip(left.tolist(), right.tolist(), strict=True)) == {(0, 1), (0, 2), (1, 2)}


@pytest.mark.parametrize("key", ["either_name", "word_pair", "calendar_year"])
def test_a_key_of_two_readings_cannot_be_optional(key: str) -> None:
    f = features(to_frame([Record("a", "Armen", "Sargsyan"), Record("b", "Armen", "Sargsyan")]))
    cfg = dataclasses.replace(LinkageConfig(), blocking=(("name_pair", f"?{key}"),))
    with pytest.raises(ValueError, match="cannot be optional"):
        candidate_pairs(f, cfg)


def test_candidate_pairs_united_range_by_range_are_the_same_sorted_distinct_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from refuge.linkage import blocking
    from refuge.synth import generate

    frame = pl.DataFrame(generate(people=1500, seed=4).records).drop("relationship", "needs")
    f = features(frame)
    whole_left, whole_right, whole_stats = candidate_pairs(f, LinkageConfig())
    monkeypatch.setattr(blocking, "UNION_SPLIT_MIN", 1)  # every run dealt out in ranges
    left, right, stats = candidate_pairs(f, LinkageConfig())
    assert left.tolist() == whole_left.tolist() and right.tolist() == whole_right.tolist()
    assert stats == whole_stats
    codes = left.astype(np.int64) * f.n + right
    assert len(codes) > 1000 and bool(np.all(np.diff(codes) > 0)) and bool(np.all(left < right))
    # Every range holds some of them: the deal did split them.
    ranges = blocking.UNION_RANGES
    assert len(np.unique(left * ranges // f.n)) == ranges


def test_either_name_blocking_is_one_name_in_either_field() -> None:
    recs = [
        Record("a", "Armen", "Sargsyan", birth_date="1970-03-14"),
        Record("b", "Arsen", "Sargsyan", birth_date="1970-03-14"),  # same family name
        Record("c", "Armen", "Petrosyan", birth_date="1970-03-14"),  # same given name
        Record("d", "Sargsyan", "Gevorg", birth_date="1970-03-14"),  # a's surname as given
        Record("e", "Armen", "Sargsyan", birth_date="1970-03-15"),  # another date
        Record("f", "Tigran", "Hakobyan", birth_date="1970-03-14"),  # no name shared
    ]
    f = features(to_frame(recs))
    cfg = dataclasses.replace(
        LinkageConfig(), blocking=(("either_name", "birth_year", "birth_md"),)
    )
    left, right, _ = candidate_pairs(f, cfg)
    assert set(zip(left.tolist(), right.tolist(), strict=True)) == {(0, 1), (0, 2), (0, 3), (1, 3)}


def test_name_words_blocking_meets_one_name_shared_out_otherwise_across_the_decade() -> None:
    recs = [
        Record("a", "Heritier", "Nzuzi Nkuku", birth_date="2021-01-01"),
        Record("b", "Heritier Nkuku", "Nzuzi", birth_date="2020"),  # a's words, a year off
        Record("c", "Nkuku", "Nzuzi Heritier Heritier", birth_date="2016"),  # a word twice
        Record("d", "Heritier", "Nzuzi", birth_date="2020"),  # two of the words only
        Record("e", "Heritier", "Nzuzi Nkuku", birth_date="1998"),  # two decades away
    ]
    # A name that more than NAME_WORDS_MAX records hold is no key, in any decade.
    common = [Record(f"n{i}", "Lan", "Nguyen Thi", birth_date="1960") for i in range(21)]
    f = features(to_frame(recs + common))
    rules = (("name_words", "birth_decade"), ("name_words", "birth_decade_shifted"))
    left, right, _ = candidate_pairs(f, dataclasses.replace(LinkageConfig(), blocking=rules))
    assert set(zip(left.tolist(), right.tolist(), strict=True)) == {(0, 1), (0, 2), (1, 2)}


def test_word_pair_blocking_meets_names_shared_out_otherwise_between_the_fields() -> None:
    recs = [
        Record("a", "Rachel Ndeze", "Mpiranya", birth_date="2014"),
        Record("b", "Rachel", "Mpiranya Ndeze", birth_date="2014-01-01"),  # a's three words
        Record("c", "Ndeze", "Rachel", birth_date="2014-05-02"),  # two of them, swapped
        Record("d", "Rachel", "Kahindo", birth_date="2014"),  # one word shared only
        Record("e", "Rachel", "Mpiranya", birth_date="2015"),  # another year
        Record("f", "Rachel Rachel", "Mpiranya", birth_date="2014"),  # a word written twice
    ]
    f = features(to_frame(recs))
    cfg = dataclasses.replace(LinkageConfig(), blocking=(("word_pair", "birth_year"),))
    left, right, _ = candidate_pairs(f, cfg)
    assert set(zip(left.tolist(), right.tolist(), strict=True)) == {
        (0, 1),
        (0, 2),
        (1, 2),
        (0, 5),
        (1, 5),
    }


def test_either_name_blocks_larger_than_the_limit_are_split_not_fatal() -> None:
    # 31 records with one surname and one birth date, over a block limit of 20: the block is
    # split by sex, as any other rule's is.
    recs = [
        Record(str(i), f"Given{i:02d}", "Petrosyan", sex="MF"[i % 2], birth_date="1980-03-07")
        for i in range(31)
    ]
    f = features(to_frame(recs))
    cfg = dataclasses.replace(
        LinkageConfig(),
        blocking=(("either_name", "birth_year", "birth_md"),),
        max_block_size=20,
    )
    left, right, stats = candidate_pairs(f, cfg)
    assert "skipped_blocks[either_name+birth_year+birth_md]" not in stats
    assert len(left) == 16 * 15 // 2 + 15 * 14 // 2  # each sex's block, every pair once
    bad = dataclasses.replace(LinkageConfig(), blocking=(("?either_name", "birth_year"),))
    with pytest.raises(ValueError, match="optional"):
        candidate_pairs(f, bad)


def test_a_placeholder_name_without_dates_does_not_pair_everyone_with_everyone() -> None:
    # Unidentified people registered as "Nameless Person" without a date: a block over the
    # size limit is skipped (and counted) by the rules where the date is optional. (A word of
    # ``tables.NAME_PLACEHOLDERS``, "Unknown", is no name at all.)
    recs = [Record(f"u{i}", "Nameless", "Person") for i in range(60)]
    recs += [Record("a", "Anna", "Petrosyan"), Record("b", "Anna", "Petrosyan", birth_date="1980")]
    f = features(to_frame(recs))
    cfg = dataclasses.replace(LinkageConfig(), max_block_size=50)
    left, right, stats = candidate_pairs(f, cfg)
    assert set(zip(left.tolist(), right.tolist(), strict=True)) == {(60, 61)}
    assert stats["skipped_block_records[name_pair+?birth_md]"] == 60


def test_placeholders_typed_for_everyone_are_read_as_missing() -> None:
    from refuge.linkage.records import PLACEHOLDER_MIN_RECORDS

    many = PLACEHOLDER_MIN_RECORDS + 1
    recs = [
        Record(
            f"p{i}",
            f"Given{i}",
            f"Family{i}",
            birth_date="1900-01-01",
            phone="000000000",
            household_ref="0",
            site="Goris",
        )
        for i in range(many)
    ]
    recs += [  # a real family: one reference, one phone, a twin's birth date
        Record(f"f{i}", f"Child{i}", "Sargsyan", birth_date="2010-05-04", phone="091234567",
               household_ref="KOR-1", site="Goris")
        for i in range(3)
    ]  # fmt: skip
    f = features(to_frame(recs))
    assert (f.household[:many] == -1).all() and (f.household[many:] >= 0).all()
    assert (f.phone[:many] == -1).all() and (f.phone[many:] >= 0).all()
    assert (f.year[:many] == 0).all() and (f.date_code[:many] == -1).all()
    assert (f.year[many:] == 2010).all() and (f.date_code[many:] >= 0).all()


def test_a_year_written_as_1_january_by_every_desk_keeps_its_year() -> None:
    from refuge.linkage.records import PLACEHOLDER_MIN_RECORDS

    many = PLACEHOLDER_MIN_RECORDS + 1
    # Desks that write a year alone as 1 January, for every year alike: each year's 1 January
    # is crowded, and the year is still the person's.
    recs = [
        Record(f"y{year}-{i}", f"Given{i}", f"Family{year}", birth_date=f"{year}-01-01")
        for year in (2011, 2012, 2013)
        for i in range(many)
    ]
    # And a dummy date typed for everyone, crowded where its neighbours are not.
    recs += [Record(f"d{i}", f"Other{i}", "Dummy", birth_date="1900-01-01") for i in range(many)]
    f = features(to_frame(recs))
    kept = 3 * many
    assert sorted(set(f.year[:kept].tolist())) == [2011, 2012, 2013]
    assert (f.month[:kept] == 0).all() and (f.date_code[:kept] == -1).all()
    assert (f.year[kept:] == 0).all()


def test_a_mid_year_date_that_a_desk_writes_for_a_year_alone_says_only_the_year() -> None:
    from refuge.linkage.records import PLACEHOLDER_MIN_RECORDS

    # A desk writes 1 July for every year it was told alone; the other days hold one date each.
    recs = [
        Record(f"m{i}", f"Given{i}", f"Family{i}", birth_date=f"{1950 + i % 40}-07-01")
        for i in range(PLACEHOLDER_MIN_RECORDS + 10)
    ]
    recs += [
        Record(f"o{i}", f"Other{i}", f"Name{i}", birth_date=f"{1950 + i % 40}-03-{1 + i % 28:02d}")
        for i in range(28)
    ]
    recs += [
        Record("a", "Hamlet", "Musayelyan", birth_date="1975-07-01"),
        Record("b", "Համլետ", "Մուսայելյան", birth_date="1975-12-13"),
    ]
    f = features(to_frame(recs))
    cmp = compare(f, np.array([f.n - 2]), np.array([f.n - 1]), LinkageConfig())
    assert LEVELS["birth_date"][cmp.levels["birth_date"][0]] == "year-only"
    assert f.year[0] == 1950 and f.month[0] == 0
    assert f.month[-1] == 12  # a day that is not crowded keeps its month and day


def test_the_prophets_name_before_a_given_name_is_left_out_by_other_desks() -> None:
    fields = ("given_name",)
    ali = Record("1", "Muhammet Ali", "El Ansavi", patronymic="Şakir")
    assert _levels(ali, Record("2", "Ali", "Ansavi", patronymic="Sakir"), fields) == ("close",)
    assert _levels(
        Record("3", "Md. Ayas", "Rohingya", patronymic="Nur Alam"),
        Record("4", "Ayas", "Rohingya", patronymic="Nur Alam"),
        fields,
    ) == ("close",)
    # Any other first word is another name; and without a father's name the second word of
    # ``Mohamed Jama`` may be his father's (a Somali desk), whose own record is ``Jama``.
    assert _levels(
        Record("5", "Ahmad Rashid", "Y", patronymic="Karim"),
        Record("6", "Rashid", "Y", patronymic="Karim"),
        fields,
    ) == ("different",)
    assert _levels(
        Record("7", "Mohamed Jama", "Ali"), Record("8", "Jama", "Ali", patronymic="Hassan"), fields
    ) == ("different",)


def test_a_crosswise_pair_is_scored_alike_in_either_order() -> None:
    a = Record("a", "Anahit", "Satyan", birth_date="1980-02-03")
    b = Record("b", "Setyan", "Anahit", birth_date="1980-02-03")  # swapped, surname mistyped
    f = features(to_frame([a, b]))
    cfg = LinkageConfig()
    one, two = (compare(f, np.array([x]), np.array([y]), cfg) for x, y in ((0, 1), (1, 0)))
    assert all((one.levels[k] == two.levels[k]).all() for k in one.levels)
    assert LEVELS["family_name"][one.levels["family_name"][0]] == "transliteration-equal"


def test_a_year_only_record_with_a_mistyped_name_still_meets_its_person() -> None:
    recs = [
        Record("a", "Hripsime", "Arustamyan", birth_date="1999-05-31"),
        Record("b", "Hripsime", "Arutsamyan", birth_date="1999"),  # a slip in the surname
        Record("c", "Hrisime", "Arustamyan", birth_date="1999"),  # a slip in the given name
        Record("d", "Hripsime", "Arutsamyan", birth_date="1998"),  # another year
    ]
    f = features(to_frame(recs))
    pairs = set(zip(*candidate_pairs(f, LinkageConfig())[:2], strict=True))
    assert {(0, 1), (0, 2)} <= {(int(a), int(b)) for a, b in pairs}
    assert (0, 3) not in pairs


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("Savarsh", "Shavarsh", "close"),  # ISO š without its caron
        ("Zanna", "Zhanna", "close"),  # ž
        ("Covak", "Tsovak", "close"),  # c for ծ, read as k before o
        ("Jurij", "Юрий", "close"),  # the Slavic glide written j
        ("Arsen", "Armen", "similar"),  # another letter replaced: left to Jaro-Winkler
    ],
)
def test_a_letter_a_dropped_caron_makes_is_a_slip(a: str, b: str, level: str) -> None:
    f = features(to_frame([Record("x", a, "Petrosyan"), Record("y", b, "Petrosyan")]))
    cmp = compare(f, np.array([0]), np.array([1]), LinkageConfig())
    assert LEVELS["given_name"][cmp.levels["given_name"][0]] == level


def test_birth_dates_are_read_in_the_interchange_form_and_as_other_systems_write_them() -> None:
    from refuge.linkage.normalise import parse_birth_dates

    expected = {
        "": (0, 0, 0),
        "1980": (1980, 0, 0),
        "1980-03-05": (1980, 3, 5),
        " 1980-3-5 ": (1980, 3, 5),
        "1980-1-1": (1980, 1, 1),
        "  1990  ": (1990, 0, 0),
        # Day and month swapped (month over 12, day a valid month): kept as written.
        "1980-13-05": (1980, 13, 5),
        "1980-25-03": (1980, 25, 3),
        "1980-02-30": (1980, 2, 30),
        # As spreadsheets and other systems write them.
        "1980-05-13T00:00": (1980, 5, 13),
        "1980-05-13 00:00:00": (1980, 5, 13),
        "1980/05/13": (1980, 5, 13),
        "1980.0": (1980, 0, 0),
        # The day first, as Armenia and Russia write a date; a swap is kept as written.
        "13.05.1980": (1980, 5, 13),
        "13/05/1980": (1980, 5, 13),
        "5-3-1980": (1980, 3, 5),
        "05/13/1980": (1980, 13, 5),
        # An unknown month or day (00, or no day): the year alone.
        "1980-00-05": (1980, 0, 0),
        "1980-05-00": (1980, 0, 0),
        "1980-00-00": (1980, 0, 0),
        "1980-05": (1980, 0, 0),
        "00.00.1980": (1980, 0, 0),
        # The Solar Hijri calendar of Afghan and Iranian papers, in the Gregorian: a date
        # (10 Mordad 1365), a year alone, 1 Farvardin for an unknown day, a day and month that
        # are no Solar date; years outside those of living people's births are no date.
        "1365-05-10": (1986, 8, 1),
        "1365": (1986, 0, 0),
        "1365-01-01": (1986, 0, 0),
        "1362-13-05": (1983, 0, 0),
        "1279": (0, 0, 0),
        "1421-02-03": (0, 0, 0),
        # Impossible or not a date: nothing.
        "1980-13-13": (0, 0, 0),
        "13/13/1980": (0, 0, 0),
        "1849": (0, 0, 0),
        "2101-01-01": (0, 0, 0),
        "1980-32-01": (0, 0, 0),
        "5.3.80": (0, 0, 0),
        "abc": (0, 0, 0),
        "１９８０": (0, 0, 0),
        "19800": (0, 0, 0),
    }
    parsed = parse_birth_dates(pl.Series(list(expected))).tolist()
    assert [tuple(p) for p in parsed] == list(expected.values())


def test_two_surnames_of_a_woman_are_their_own_level() -> None:
    recs = [
        Record("a", "Karine", "Hakobyan", sex="F"),
        Record("b", "Karine", "Antonova", sex="F"),
        Record("c", "Karen", "Hakobyan", sex="M"),
        Record("d", "Karen", "Antonov", sex="M"),
        Record("e", "Karine", "Antonova"),
    ]
    f = features(to_frame(recs))
    cmp = compare(f, np.array([0, 2, 0]), np.array([1, 3, 4]), LinkageConfig())
    assert [LEVELS["family_name"][v] for v in cmp.levels["family_name"]] == [
        "different-woman",
        "different",
        "different-woman",
    ]


def test_birth_dates_decades_apart_are_far() -> None:
    assert _date_level("1930-12-01", "1993-02-02") == "far"
    assert _date_level("1930", "1993-02-02") == "far"
    assert _date_level("1985-12-01", "1990-02-02") == "different"
    assert _date_level("1951-12-20", "1981-12-20") == "year-typo"


def test_twins_registered_together_without_a_reference_are_one_household_form() -> None:
    def rec(rid: str, given: str, at: str, ref: str = "", site: str = "Goris") -> Record:
        return Record(
            rid,
            given,
            "Beknazaryan",
            birth_date="1993-06-13",
            household_ref=ref,
            site=site,
            registered_at=at,
        )

    recs = [
        rec("arsen", "Arsen", "2023-09-29T15:59", ref="94"),
        rec("davit", "Davit", "2023-09-29T15:59"),
        rec("later", "Davit", "2023-09-29T17:30"),  # the same name at the desk much later
        rec("kapan", "Davit", "2023-09-29T15:59", site="Kapan"),
    ]
    f = features(to_frame(recs))
    cmp = compare(f, np.array([0, 1, 1]), np.array([1, 2, 3]), LinkageConfig())
    assert [
        LEVELS["household_ref"][v] if v >= 0 else "null" for v in cmp.levels["household_ref"]
    ] == ["one-registration", "null", "null"]


def test_two_records_of_one_household_form_contradict_each_other() -> None:
    # A dateless Araik on the form that also lists his namesake son: he is the father, and a
    # merge that puts him with the son is vetoed (when the pair also weighs against one person).
    from refuge.linkage.compare import contradictions

    recs = [
        Record(
            "father",
            "Araik",
            "Musayelyan",
            household_ref="K5",
            site="Armavir",
            registered_at="2023-09-27T10:00",
        ),
        Record(
            "son",
            "Araik",
            "Musayelyan",
            birth_date="2017-10-21",
            household_ref="K5",
            site="Armavir",
            registered_at="2023-09-27T10:01",
        ),
        Record(
            "again",
            "Araik",
            "Musayelyan",
            birth_date="2017-10-21",
            household_ref="K5",
            site="Kornidzor",
            registered_at="2023-09-25T18:00",
        ),
    ]
    f = features(to_frame(recs))
    cmp = compare(f, np.array([0, 1]), np.array([1, 2]), LinkageConfig())
    assert contradictions(cmp).tolist() == [True, False]


def test_one_household_form_is_one_site_within_the_hour() -> None:
    def rec(rid: str, site: str, at: str) -> Record:
        return Record(rid, "Armen", "Sargsyan", household_ref="GRS-1", site=site, registered_at=at)

    recs = [
        rec("a", "Goris", "2023-09-26T10:00"),
        rec("b", "Goris", "2023-09-26T10:20"),  # the same form
        rec("c", "Goris", "2023-09-29T15:00"),  # the family came back with its card
        rec("d", "Kapan", "2023-09-26T10:05"),  # the card shown at another desk
        rec("e", "Goris", ""),  # time unknown: taken as the same form
    ]
    f = features(to_frame(recs))
    cmp = compare(f, np.zeros(4, dtype=np.int64), np.arange(1, 5), LinkageConfig())
    assert [LEVELS["household_ref"][v] for v in cmp.levels["household_ref"]] == [
        "one-registration",
        "equal",
        "equal",
        "one-registration",
    ]


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("Alsalih", "Salih", "close"),  # the article joined in Latin, dropped at another desk
        ("Alsalih", "الصالح", "close"),  # and the same name in Arabic script
        ("Elmasri", "Al-Masri", "close"),
        ("Alahmad", "Ahmad", "close"),
    ],
)
def test_a_joined_arabic_article_weighs_nothing_in_a_family_name(
    a: str, b: str, level: str
) -> None:
    pair = (Record("1", "Omar", a), Record("2", "Omar", b))
    assert _levels(*pair, ("family_name",)) == (level,)


def test_a_given_name_keeps_its_first_letters() -> None:
    # Alina and Ina are two names: the article is read off family names only.
    pair = (Record("1", "Alina", "Salih"), Record("2", "Ina", "Salih"))
    assert _levels(*pair, ("given_name",)) == ("different",)


def test_an_armenian_surname_keeps_its_al() -> None:
    pair = (Record("1", "Omar", "Alikhanyan"), Record("2", "Omar", "Khanyan"))
    assert _levels(*pair, ("family_name",)) == ("different",)


def test_halyna_is_not_alina() -> None:
    # Ukrainian Halyna's key loses its h (alina): an equivalence with Galina would have made
    # twin sisters Alina and Galina one given name.
    pair = (Record("1", "Alina", "Salih"), Record("2", "Galina", "Salih"))
    assert _levels(*pair, ("given_name",)) != ("equivalent",)


def test_utf8_read_as_windows_1252_on_the_way_is_read_again() -> None:
    # PEÑA and احمد through a system that read their UTF-8 bytes as Windows-1252.
    mangled = Record("1", "Ø§Ø­Ù…Ø¯", "PEÃ‘A")
    assert _both_names(mangled, Record("2", "احمد", "Peña")) == ("exact", "exact")
    # A name that only looks so (JOÃO in capitals) is left as written.
    assert _both_names(Record("3", "JOÃO", "Silva"), Record("4", "João", "Silva")) == (
        "exact",
        "exact",
    )


def test_one_name_typed_in_both_fields_is_no_family_name() -> None:
    # A desk whose form wants a family name the person has not copies the given name there;
    # two Fatemeh of that desk share nothing but the given name.
    levels = _both_names(Record("1", "Fatemeh", "Fatemeh"), Record("2", "Fatemeh", "Karimi"))
    assert levels == ("exact", "null")


def test_a_compound_given_name_typed_in_both_fields_is_not_split() -> None:
    # ``gul shirin`` is a given name elsewhere in the batch (beside a family name): typed in
    # both fields it is the given name copied, not the given name Gul and the family Shirin;
    # ``artak danielyan`` is no one's given name, so it is a full name typed twice.
    given = pl.Series(["gul shirin", "gul shirin", "artak danielyan", "fatemeh"])
    family = pl.Series(["gul shirin", "niyaz", "artak danielyan", "fatemeh"])
    new_given, new_family = split_joined_names(given, family)
    assert new_given.to_list() == ["gul shirin", "gul shirin", "artak", "fatemeh"]
    assert new_family.to_list() == ["", "niyaz", "danielyan", ""]


def test_a_father_named_twice_is_counted_once() -> None:
    # Both records carry the father's name in the family-name field as well (with or without
    # "daughter of" before it): the family name says again what the father's name says.
    fields = ("family_name", "patronymic")
    a = Record("1", "Sima", "Tawab", patronymic="Tawab")
    assert _levels(a, Record("2", "SIMA", "TAWAB", patronymic="d/o TAWAB"), fields) == (
        "null",
        "equal",
    )
    assert _levels(a, Record("3", "Sima", "Tawab", patronymic="Tawab"), fields) == ("null", "equal")
    # One record with a family name of its own: the other has none, so nothing contradicts
    # it (the naming chains, Tawab and Tawab Kakar, agree).
    kakar = Record("4", "Sima", "Kakar", patronymic="Tawab")
    assert _levels(a, kakar, fields) == ("null", "equal")
    assert _levels(kakar, a, fields) == ("null", "equal")
    # Another family name, and a father's name of another: the family names compare.
    other = Record("5", "Sima", "Kakar", patronymic="Nabi")
    assert _levels(a, other, fields) == ("different", "different")
    # Without a father's name, the family name is all the evidence of him.
    assert _levels(a, Record("6", "Sima", "Tawab"), fields) == ("exact", "null")


def test_a_naming_chain_shared_out_otherwise_between_the_fields_names_one_father() -> None:
    fields = ("family_name", "patronymic")
    # Father and grandfather in the family-name field at one desk, in two fields at another:
    # the father's names agree, and the grandfather's.
    sara = Record("1", "Sara", "Jemal Mohammed")
    assert _levels(sara, Record("2", "Sara", "Mohammed", patronymic="Jemal"), fields) == (
        "close",
        "equal",
    )
    # The father's name alone as the family name, in Arabic script, against father and
    # grandfather in two fields; the compound name written apart at one desk.
    elsir = Record("3", "Elsir", "Hassan", patronymic="Yousif")
    assert _levels(elsir, Record("4", "السر", "يوسف"), fields) == ("null", "equal")
    abd = Record("5", "Hiba", "Abd El Rahman Ali")
    assert _levels(abd, Record("6", "Hiba", "Ali", patronymic="Abdelrahman"), fields) == (
        "close",
        "equal",
    )
    # The article before a name, joined or apart, in either script.
    omer = Record("12", "Omer", "Alsir Elhadi", patronymic="Hashem")
    assert _levels(omer, Record("13", "عمر", "هاشم السر"), fields) == ("close", "equal")
    # Neither names a father: one family name within the other, across scripts.
    assert _levels(
        Record("14", "Ibraheem", "Mohammed Ahmad"), Record("15", "ابراهيم", "محمد"), fields
    ) == ("close", "null")
    # Another father, or another grandfather after one father: the fields as they compare.
    assert _levels(sara, Record("7", "Sara", "Mohammed", patronymic="Osman"), fields) == (
        "different",
        "null",
    )
    assert _levels(
        Record("8", "Ali", "Omar Hassan"), Record("9", "Ali", "Adam", patronymic="Omar"), fields
    ) == ("different", "null")
    # The father's name as the family name at one desk (the Chadian NOM) and in its own field
    # at another, the grandfather's after it, spelt otherwise: crosswise, both names agree.
    nom = Record("16", "Hawa", "Younouss", patronymic="Mahamat")
    assert _levels(nom, Record("17", "Hawa", "Mohamed", patronymic="Younous"), fields) == (
        "close",
        "close",
    )
    # Crosswise, one name is not enough: one desk's family name and the other's father.
    assert _levels(nom, Record("18", "Hawa", "Adam", patronymic="Younous"), fields)[1] == (
        "different"
    )
    # An Armenian surname made of a name is not that name (Vardanyan, father Vardan).
    assert _levels(
        Record("10", "Anna", "Vardanyan"),
        Record("11", "Anna", "Petrosyan", patronymic="Vardani"),
        fields,
    ) == ("different", "null")


def test_the_given_name_and_the_fathers_meet_in_blocking_whichever_field_and_script() -> None:
    recs = [
        Record("a", "Elsir", "Hassan", patronymic="Yousif", birth_date="1990"),
        Record("b", "السر", "يوسف", birth_date="1990-05-01"),  # the father as the family name
        Record("c", "Elsir", "Yousif", patronymic="Hassan", birth_date="1990"),  # another's son
    ]
    f = features(to_frame(recs))
    cfg = dataclasses.replace(
        LinkageConfig(), blocking=(("given_consonants", "chain_head", "birth_year"),)
    )
    left, right, _ = candidate_pairs(f, cfg)
    assert set(zip(left.tolist(), right.tolist(), strict=True)) == {(0, 1)}


def test_the_fathers_and_grandfathers_names_meet_in_blocking_in_either_order() -> None:
    # One desk typed the grandfather in the father's-name field and the father as the family
    # name, the other the other way round, in another script and with a year estimated apart.
    recs = [
        Record("a", "Tsegay", "Girmay", patronymic="Mogos", birth_date="2002-05-30"),
        Record("b", "تسقاي", "موقوس", patronymic="قرمي", birth_date="2006"),
        Record("c", "Tsegay", "Girmay", patronymic="Haile", birth_date="2002-05-30"),
        Record("d", "Tsegay", "Mogos", patronymic="Girmay", birth_date="2015"),  # other decade
    ]
    f = features(to_frame(recs))
    cfg = dataclasses.replace(
        LinkageConfig(), blocking=(("given_consonants", "chain_pair", "birth_decade"),)
    )
    left, right, _ = candidate_pairs(f, cfg)
    assert set(zip(left.tolist(), right.tolist(), strict=True)) == {(0, 1)}


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("abd el rahman ali", ["abdelrahman", "ali"]),
        ("nasr el din abdelaziz", ["nasreldin", "abdelaziz"]),
        ("abu bakr al-amin", ["abubakr", "alamin"]),
        ("عبد الله النور", ["عبدالله", "النور"]),
        ("fadl allah", ["fadlallah"]),
        ("mohammed", ["mohammed"]),
    ],
)
def test_a_compound_name_is_one_name_of_a_chain(text: str, units: list[str]) -> None:
    assert name_units(text) == units


@pytest.mark.parametrize(
    "placeholder",
    [
        "FNU",
        "Lnu",
        "NFN",
        "Unknown",
        "nil",
        "NÉANT",
        "néant",
        "ندارد",
        "لا يوجد",
        "TIADA",
        "Không rõ",
    ],
)
def test_a_placeholder_for_a_name_is_no_name(placeholder: str) -> None:
    levels = _both_names(
        Record("1", "Abdul Baqi", placeholder), Record("2", "Abdul Baqi", "Ahmadzai")
    )
    assert levels == ("exact", "null")
    if placeholder.lower() not in ("fnu", "nfn"):  # (FNU Noori: one name, the given)
        levels = _both_names(Record("3", placeholder, "Noori"), Record("4", "Farid", "Noori"))
        assert levels == ("null", "exact")


@pytest.mark.parametrize(
    ("father", "bare"),
    [
        ("s/o Basheer", "Basheer"),
        ("S/O BASHEER", "Basheer"),
        ("son of Basheer", "Basheer"),
        ("bin Basheer", "Basheer"),
        ("ولد بشیر", "بشیر"),
        ("بنت بشیر", "بشیر"),
    ],
)
def test_child_of_before_a_fathers_name_is_no_part_of_it(father: str, bare: str) -> None:
    a, b = Record("1", "Noor", "Ahmadzai", patronymic=father), Record("2", "Noor", "Ahmadzai")
    assert _levels(a, dataclasses.replace(b, patronymic=bare), ("patronymic",)) == ("equal",)


@pytest.mark.parametrize(
    ("given", "born", "level"),
    [
        ("Qasim", "1970", "null"),  # the same man written twice: one form lists him once
        ("Qasim", "1971-05-02", "null"),  # a year apart: an age turned into a year
        ("Qasim", "1995", "one-registration"),  # a son named after his father
        ("Qasim", "", "one-registration"),  # a date missing: a grandson named after him
        ("Nasir", "1970", "one-registration"),  # his twin brother
    ],
)
def test_a_person_is_listed_once_on_one_registration(given: str, born: str, level: str) -> None:
    form = {"family_name": "Wahidi", "household_ref": "CMN-1", "site": "Chaman"}
    a = Record("a", "Qasim", birth_date="1970", registered_at="2022-12-04T10:30", **form)
    b = Record("b", given, birth_date=born, registered_at="2022-12-04T10:32", **form)
    assert _levels(a, b, ("household_ref",)) == (level,)


def test_a_single_name_after_fnu_is_the_given_name() -> None:
    # US processing writes a person of one name as FNU (first name unknown) and the name in
    # the family-name field; other desks write it as the given name.
    levels = _both_names(Record("1", "FNU", "Khadija"), Record("2", "Khadija", "Abdul Qadir"))
    assert levels == ("exact", "null")
    # Another placeholder before a family name leaves the family name where it is.
    assert _both_names(Record("3", "X", "Karimi"), Record("4", "Ali", "Karimi")) == (
        "null",
        "exact",
    )


@pytest.mark.parametrize(
    ("pashto_or_urdu", "persian"),
    [("ګل", "گل"), ("ړنګ", "رنگ"), ("ټوکل", "توکل"), ("ے", "ې")],
)
def test_pashto_and_urdu_letters_read_as_the_persian_ones(
    pashto_or_urdu: str, persian: str
) -> None:
    from refuge.linkage.normalise import name_key

    assert name_key(pashto_or_urdu) == name_key(persian) != ""


def test_jan_after_a_name_is_no_armenian_surname_ending() -> None:
    # جان (jan, "dear") after a Persian or Pashto name keeps its j; -jan after a consonant is
    # still the German and Polish spelling of -yan (Hakobjan).
    from refuge.linkage.normalise import name_key

    assert name_key("جان") == "JAN"
    assert _both_names(Record("1", "فاطمه جان", "کریمی"), Record("2", "Fatima Jan", "Karimi")) == (
        "close",
        "close",
    )
    assert name_key("Hakobjan") == name_key("Hakobyan")


def test_a_family_name_and_a_fathers_name_swapped_between_desks_agree() -> None:
    # A naming chain (given, father's, grandfather's name) shared out between the two fields
    # one way at one desk, the other way at another.
    fields = ("family_name", "patronymic")
    a = Record("1", "Michael", "Measho", patronymic="Teklemariam")
    b = Record("2", "Michael", "Teklemariam", patronymic="Measho")
    assert _levels(a, b, fields) == ("transliteration-equal", "equal")
    # One of the two only: the fields are compared as they stand.
    c = Record("3", "Michael", "Teklemariam", patronymic="Gebru")
    assert _levels(a, c, fields) == ("different", "different")


def test_a_family_name_beginning_with_s_or_z_has_one_onset() -> None:
    # German desks write з as s (Sacharuk for Zakharuk); vowels are one onset as before.
    recs = [Record("a", "Oleksandr", "Zakharuk"), Record("b", "Alexander", "Sacharuk")]
    recs += [Record("c", "Omar", "Umari"), Record("d", "Omar", "Karimi")]
    onset = block_key_columns(features(to_frame(recs)))["family_onset"].tolist()
    assert onset[0] == onset[1] != onset[3]
    assert onset[2] == ord("a")


def test_a_particle_the_registry_holds_as_a_name_is_a_name_word() -> None:
    # Lê is a Vietnamese family name: where records hold it alone as a name, it is a word of
    # ``LE KIM`` (Lê Kim), not the particle le.
    alone = [Record(f"x{i}", "Minh", "Le", birth_date="1970") for i in range(25)]
    recs = [Record("a", "Thi Lan", "Le Kim", birth_date="1970")]
    vietnamese = features(to_frame(recs + alone))
    words = [vietnamese.name_words[c] for c in vietnamese.family_word_codes[0] if c >= 0]
    assert len(words) == 2  # le and kim
    # Without records holding them alone (a Dutch or French registry), they stay particles.
    few = features(to_frame(recs + alone[:3]))
    assert [c for c in few.family_word_codes[0] if c >= 0] == [few.name_words.index(words[1])]
