"""Validate interchange rows one at a time: a ``ValidRow`` with parsed values, or a ``Rejection``
naming each bad field in a plain English sentence.

Rules (the reasons are written for clerks, who read them in the rejects file):
- ``record_id``, ``given_name``, ``family_name``, ``registered_at`` and ``site`` must not be
  empty; the first row with a ``record_id`` wins, a later row with the same one is rejected.
- Names (given, family, and patronymic when present) must contain at least one letter, in any
  script.
- ``birth_date`` is empty, ``YYYY`` or ``YYYY-MM-DD``: a real date, not in the future, not before
  1900.
- ``registered_at`` is ``YYYY-MM-DDTHH:MM``; seconds and a space instead of ``T`` are accepted.
  It is local time in Armenia (Asia/Yerevan).
- ``sex`` is empty or one of ``M``/``F`` in any case, Russian ``М``/``Ж``
  (мужской/женский) or Armenian ``Ա``/``Ի`` (արական/իգական), in either case.
- ``phone`` is loose: an optional leading ``+``, then digits, spaces, dashes, dots or
  parentheses, with 6 to 15 digits. The raw string is kept; the E.164 form is derived later.
- No value is longer than its column allows (``columns.MAX_LENGTHS``).

Values are *checked* without their surrounding spaces, but kept exactly as typed: the raw
fields of a registration are the truth and are never rewritten. The one exception is
``record_id``, a key, which is stored without surrounding spaces so that ``A1`` and ``A1 `` are
the same record.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from operator import gt, itemgetter
from typing import Final

from refuge.interchange.columns import COLUMNS, LOCAL_ZONE, MAX_LENGTHS, REJECT_COLUMNS

_YEAR_RE: Final = re.compile(r"^(\d{4})$")
_DATE_RE: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DATETIME_RE: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$")
# An optional leading +, then 6 to 15 digits among spaces, dashes, dots and parentheses.
_PHONE_RE: Final = re.compile(r"^\+?[\s\-.()]*(?:\d[\s\-.()]*){6,15}$")
_LETTER_RE: Final = re.compile(r"[^\W\d_]")
MIN_BIRTH_YEAR: Final = 1900
_COLUMN_ORDER: Final = {c: i for i, c in enumerate(COLUMNS)}

#: Accepted spellings of ``sex`` and the code each means.
SEX_CODES: Final = {
    "": "",
    "m": "M",
    "f": "F",
    "м": "M",  # Cyrillic: мужской
    "ж": "F",  # Cyrillic: женский
    "ա": "M",  # Armenian: արական
    "ի": "F",  # Armenian: իգական
}

# Reasons: one sentence per problem, naming the field; tests import these.
REQUIRED_EMPTY = "{column} is required but empty."
DUPLICATE_RECORD_ID = (
    "record_id appears earlier in this file (line {first}); only the first row with a "
    "record_id is imported."
)
TOO_LONG = "{column} is longer than {limit} characters."
NAME_NO_LETTERS = "{column} must contain letters."
BIRTH_DATE_FORMAT = "birth_date must be YYYY-MM-DD or only the year YYYY."
BIRTH_DATE_NOT_REAL = "birth_date is not a real date."
BIRTH_DATE_SWAPPED = (
    "birth_date is not a real date: there is no month {month} (are day and month swapped?)."
)
BIRTH_DATE_FUTURE = "birth_date is in the future."
BIRTH_DATE_TOO_OLD = "birth_date is before 1900."
REGISTERED_AT_FORMAT = "registered_at must be a local date and time as YYYY-MM-DDTHH:MM."
REGISTERED_AT_NOT_REAL = "registered_at is not a real date and time."
SEX_UNKNOWN = "sex must be M, F or empty (Ж/М and Ի/Ա are accepted too)."
PHONE_FORMAT = "phone may hold only digits, spaces, dashes and a leading +, with 6 to 15 digits."
CELL_COUNT = (
    "the row has {cells} cells but the header has {width} columns; a value that contains the "
    "separator must be in double quotes."
)


@dataclass(frozen=True, slots=True)
class Problem:
    column: str  # "" when the whole row is at fault
    reason: str


@dataclass(frozen=True, slots=True)
class Rejection:
    line: int
    cells: list[str]
    problems: tuple[Problem, ...]

    @property
    def column(self) -> str:
        return ", ".join(dict.fromkeys(p.column for p in self.problems if p.column))

    @property
    def reason(self) -> str:
        return " ".join(p.reason for p in self.problems)


@dataclass(slots=True)
class ValidRow:
    """A row that passed: the raw strings (``raw[column]``, exactly as typed), the unknown
    columns' non-empty values, and the values parsed from them."""

    line: int
    cells: list[str]
    record_id: str
    raw: dict[str, str]
    extra: dict[str, str]
    registered_on: dt.datetime  # aware, Asia/Yerevan
    birth_year: int | None
    sex_code: str  # "", "M" or "F"
    site: str  # without surrounding spaces
    household_ref: str  # without surrounding spaces; "" when none


class RowValidator:
    """Validates the rows of one file in order (it remembers ``record_id``s seen)."""

    def __init__(self, header: tuple[str, ...], *, today: dt.date | None = None) -> None:
        self.header = header
        self.width = len(header)
        self.today = today or dt.datetime.now(LOCAL_ZONE).date()
        index = {c: i for i, c in enumerate(header)}
        # A known column the header lacks reads the empty cell appended at position ``width``.
        self._pad = any(c not in index for c in COLUMNS)
        self._pick = itemgetter(*(index.get(c, self.width) for c in COLUMNS))
        self._limits = tuple((c, MAX_LENGTHS[c]) for c in COLUMNS)
        self._limit_values = tuple(MAX_LENGTHS[c] for c in COLUMNS)
        self._unknown = [
            (c, i) for i, c in enumerate(header) if c not in COLUMNS and c not in REJECT_COLUMNS
        ]
        self._seen: dict[str, int] = {}
        # Dates repeat a lot (a desk registers hundreds a day): parse each distinct one once.
        self._birth_cache: dict[str, tuple[int | None, Problem | None]] = {}
        self._registered_cache: dict[str, tuple[dt.datetime | None, Problem | None]] = {}

    def validate(self, line: int, cells: list[str]) -> ValidRow | Rejection:
        if len(cells) != self.width:
            wrong_width = Problem("", CELL_COUNT.format(cells=len(cells), width=self.width))
            return Rejection(line, cells, (wrong_width,))
        values: tuple[str, ...] = self._pick([*cells, ""] if self._pad else cells)
        (
            record_id_raw, given, family, patronymic, sex, birth_date, _origin, phone_raw,
            household_ref, registered_at, site,
        ) = values  # fmt: skip
        problems: list[Problem] = []
        add = problems.append

        record_id = record_id_raw.strip()
        if record_id:
            first = self._seen.setdefault(record_id, line)
            if first != line:
                add(Problem("record_id", DUPLICATE_RECORD_ID.format(first=first)))
        else:
            add(Problem("record_id", REQUIRED_EMPTY.format(column="record_id")))
        for column, value in (("given_name", given), ("family_name", family)):
            if not value.strip():
                add(Problem(column, REQUIRED_EMPTY.format(column=column)))
            elif not _LETTER_RE.search(value):
                add(Problem(column, NAME_NO_LETTERS.format(column=column)))
        if patronymic.strip() and not _LETTER_RE.search(patronymic):
            add(Problem("patronymic", NAME_NO_LETTERS.format(column="patronymic")))
        if any(map(gt, map(len, values), self._limit_values)):
            for (column, limit), value in zip(self._limits, values, strict=True):
                if len(value) > limit:
                    add(Problem(column, TOO_LONG.format(column=column, limit=limit)))

        birth = birth_date.strip()
        birth_year, problem = self._birth_cache.get(birth) or self._birth_year(birth)
        if problem:
            add(problem)
        registered = registered_at.strip()
        registered_on, problem = self._registered_cache.get(registered) or self._registered_on(
            registered
        )
        if problem:
            add(problem)
        sex_code = SEX_CODES.get(sex.strip().lower())
        if sex_code is None:
            add(Problem("sex", SEX_UNKNOWN))
        phone = phone_raw.strip()
        if phone and not _PHONE_RE.match(phone):
            add(Problem("phone", PHONE_FORMAT))
        site_name = site.strip()
        if not site_name:
            add(Problem("site", REQUIRED_EMPTY.format(column="site")))

        if problems:
            problems.sort(key=lambda p: _COLUMN_ORDER.get(p.column, -1))
            return Rejection(line, cells, tuple(problems))
        assert registered_on is not None and sex_code is not None
        raw = dict(zip(COLUMNS, values, strict=True))
        raw["record_id"] = record_id
        extra = {c: cells[i] for c, i in self._unknown if cells[i].strip()}
        return ValidRow(
            line, cells, record_id, raw, extra, registered_on, birth_year, sex_code, site_name,
            household_ref.strip(),
        )  # fmt: skip

    def _birth_year(self, value: str) -> tuple[int | None, Problem | None]:
        result = self._birth_cache[value] = self._parse_birth(value)
        return result

    def _parse_birth(self, value: str) -> tuple[int | None, Problem | None]:
        if not value:
            return None, None
        m = _DATE_RE.match(value)
        if m:
            year, month, day = int(m[1]), int(m[2]), int(m[3])
            try:
                born = dt.date(year, month, day)
            except ValueError:
                if 12 < month <= 31 and 1 <= day <= 12:
                    return None, Problem("birth_date", BIRTH_DATE_SWAPPED.format(month=month))
                return None, Problem("birth_date", BIRTH_DATE_NOT_REAL)
        else:
            m = _YEAR_RE.match(value)
            if not m:
                return None, Problem("birth_date", BIRTH_DATE_FORMAT)
            year = int(m[1])
            if year < MIN_BIRTH_YEAR:
                return None, Problem("birth_date", BIRTH_DATE_TOO_OLD)
            born = dt.date(year, 1, 1)
        if born > self.today:
            return None, Problem("birth_date", BIRTH_DATE_FUTURE)
        if year < MIN_BIRTH_YEAR:
            return None, Problem("birth_date", BIRTH_DATE_TOO_OLD)
        return year, None

    def _registered_on(self, value: str) -> tuple[dt.datetime | None, Problem | None]:
        result = self._registered_cache[value] = self._parse_registered(value)
        return result

    @staticmethod
    def _parse_registered(value: str) -> tuple[dt.datetime | None, Problem | None]:
        if not value:
            return None, Problem("registered_at", REQUIRED_EMPTY.format(column="registered_at"))
        m = _DATETIME_RE.match(value)
        if not m:
            return None, Problem("registered_at", REGISTERED_AT_FORMAT)
        try:
            parsed = dt.datetime(
                int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]), int(m[6] or 0),
                tzinfo=LOCAL_ZONE,
            )  # fmt: skip
        except ValueError:
            return None, Problem("registered_at", REGISTERED_AT_NOT_REAL)
        return parsed, None
