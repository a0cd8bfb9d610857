"""Import an interchange file (CSV or XLSX) into the registry: ``registration_import_file``.

What one import does (issue "refuge import"):
- every row is validated (``refuge.interchange``); bad rows go to ``FILE.rejects.csv`` with
  line, column and reason and their original cells, and the rest is imported;
- each new registration gets a new ``Person`` and a ``Link`` (method "new"); each chunk's new
  registrations are covered by one ``LinkEvent`` of kind "create" whose moves list them;
- rows sharing a ``household_ref`` within a source become one ``Household`` (key source + ref)
  with a ``HouseholdMember`` per registration (relationship from an extra ``relationship``
  column when it is one of ``Relationship``, else blank); sites are created on first sight;
- idempotent on the key source + ``record_id``: a row already imported with identical content
  counts as ``already_present``; with different content it is rejected, never overwritten.

Why it is fast enough for 100,000 rows on a laptop: rows are checked with precompiled regexes,
the keys already in the database are fetched with one query per chunk, and the rows are written
with ``executemany`` (``COPY`` on PostgreSQL) through Django's connection (no model
instances); derived name keys are cached by ``refuge.linkage``. Nothing here runs a query per
row.

Why chunks: each chunk of ``chunk_size`` file rows is one transaction, all or nothing. A run
killed midway leaves whole chunks and its batch ``running``; the next run of the file finds
those rows present (identical) and imports the rest, which ends in the state of one clean run,
with the same chunk boundaries and so the same link events. The batch's final status and its
audit entry are written in one last transaction.

The service does not re-link: ``refuge import`` runs the incremental re-link afterwards, so a
web upload can queue it instead.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from django.db import IntegrityError, connection, models, transaction
from django.db.models import F
from django.utils import timezone

from refuge.accounts.models import User
from refuge.accounts.services import audit_record
from refuge.core.db import column
from refuge.core.errors import ApplicationError
from refuge.interchange import (
    InterchangeFormatError,
    Problem,
    Rejection,
    RejectsWriter,
    RowValidator,
    ValidRow,
    open_interchange,
)
from refuge.registry.models import (
    NAME_KEY_LENGTH,
    Household,
    HouseholdMember,
    ImportBatch,
    Link,
    LinkEvent,
    LinkMethod,
    Person,
    Registration,
    Relationship,
)
from refuge.registry.services import site_get_or_create

logger = logging.getLogger(__name__)

CHUNK_SIZE = 5_000
AUDIT_ACTION = "registry.import"
CONFLICT = (
    "record_id {record_id} was already imported from {source} with different content; "
    "use --source to import another organisation's file."
)
SOURCE_TOO_LONG = "The source name must be at most 100 characters."

ProgressCallback = Callable[[int, int], None]

# The interchange column each raw Registration field holds, in insert order.
_RAW_FIELDS = (
    ("given_name", "given_name"),
    ("family_name", "family_name"),
    ("patronymic", "patronymic"),
    ("sex", "sex"),
    ("birth_date", "birth_date"),
    ("origin", "origin"),
    ("phone", "phone"),
    ("household_ref", "household_ref"),
    ("registered_at", "registered_at"),
    ("site_name", "site"),
)
_RELATIONSHIPS = frozenset(v for v in Relationship.values if v)


class ImportRefused(ApplicationError):
    """The file is not an interchange file (or cannot be read); nothing was imported."""


@dataclass
class ImportSummary:
    batch_id: int
    imported: int = 0
    rejected: int = 0
    already_present: int = 0
    rows: int = 0
    rejects_file: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def registration_import_file(
    *,
    path: str | Path,
    source: str = "",
    actor: User | None = None,
    progress: ProgressCallback | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> ImportSummary:
    """Import one interchange file; raise ``ImportRefused`` if it is not one.

    ``source`` names the organisation whose ``record_id``s these are (one namespace per
    source). ``progress(rows_done, rows_expected)`` is called after each committed chunk and
    carries counts only. The rejects file is written beside ``path``.
    """
    path = Path(path)
    source = source.strip()
    if len(source) > 100:
        raise ImportRefused(SOURCE_TOO_LONG)
    actor = actor if actor is not None and actor.pk else None
    try:
        file = open_interchange(path)
    except InterchangeFormatError as exc:
        _record_refused(path=path, source=source, actor=actor)
        raise ImportRefused(str(exc)) from None

    batch = ImportBatch.objects.create(
        source=source, file_name=path.name[:500], file_sha256=file.sha256, created_by=actor
    )
    logger.info("import batch %s started (%s rows expected)", batch.pk, file.row_estimate)
    summary = ImportSummary(batch_id=batch.pk)
    validator = RowValidator(file.header)
    rejects = RejectsWriter(path, file.original_header, delimiter=file.delimiter)
    writer = _ChunkWriter(batch=batch, source=source, actor=actor, file_name=path.name[:500])
    valid: list[ValidRow] = []
    invalid: list[Rejection] = []

    def flush() -> None:
        imported, present, conflicts = writer.write(valid, rejected=len(invalid))
        summary.imported += imported
        summary.already_present += present
        summary.rejected += len(invalid) + len(conflicts)
        rejects.write([*invalid, *conflicts])
        valid.clear()
        invalid.clear()
        if progress is not None:
            progress(summary.rows, file.row_estimate)

    try:
        for raw in file.rows():
            summary.rows += 1
            result = validator.validate(raw.line, raw.cells)
            if isinstance(result, ValidRow):
                valid.append(result)
            else:
                invalid.append(result)
            if summary.rows % chunk_size == 0:
                flush()
        if valid or invalid:
            flush()
    except InterchangeFormatError as exc:
        # The file broke after its header (an unclosed quote): the chunks before stay, as any
        # complete chunk does; a corrected file imports the rest.
        rejects.abort()
        _finish(batch, summary, ImportBatch.Status.REFUSED, actor)
        raise ImportRefused(str(exc)) from None
    except BaseException:
        rejects.abort()
        raise
    rejects_file = rejects.close()
    summary.rejects_file = str(rejects_file) if rejects_file else None
    _finish(batch, summary, ImportBatch.Status.DONE, actor)
    logger.info(
        "import batch %s done: %s imported, %s rejected, %s already present",
        batch.pk,
        summary.imported,
        summary.rejected,
        summary.already_present,
    )
    return summary


def _finish(batch: ImportBatch, summary: ImportSummary, status: str, actor: User | None) -> None:
    """The batch's final status and its audit entry, in one transaction (counts only)."""
    with transaction.atomic():
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=status,
            finished_at=timezone.now(),
            imported=summary.imported,
            rejected=summary.rejected,
            already_present=summary.already_present,
        )
        audit_record(
            actor=actor,
            action=AUDIT_ACTION,
            target=("registry.importbatch", batch.pk),
            data={
                "status": status,
                "rows": summary.rows,
                "imported": summary.imported,
                "rejected": summary.rejected,
                "already_present": summary.already_present,
            },
        )


def _record_refused(*, path: Path, source: str, actor: User | None) -> None:
    """A refused file that exists leaves a ``refused`` batch and an audit entry."""
    try:
        sha256 = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
    except OSError:
        sha256 = None
    if sha256 is None:
        return
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            source=source,
            file_name=path.name[:500],
            file_sha256=sha256,
            created_by=actor,
            status=ImportBatch.Status.REFUSED,
            finished_at=timezone.now(),
        )
        audit_record(
            actor=actor,
            action=AUDIT_ACTION,
            target=batch,
            data={"status": ImportBatch.Status.REFUSED, "rows": 0},
        )
    logger.info("import batch %s refused: not an interchange file", batch.pk)


KeyFunction = Callable[[str], str]


def _linkage_functions() -> tuple[KeyFunction, KeyFunction, KeyFunction]:
    """``(name_key, family_name_key, normalise_phone)`` from ``refuge.linkage``, the one place
    keys are made (imported when an import runs, not when Django starts)."""
    from refuge.linkage import family_name_key, name_key, normalise_phone

    return name_key, family_name_key, normalise_phone


def _chunks(values: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class _ChunkWriter:
    """Writes chunks of validated rows for one batch, with raw SQL through Django's connection.

    SQL is built from the models' own table and column names (``_Insert``), so it follows the
    schema and works on SQLite and PostgreSQL alike.
    """

    def __init__(self, *, batch: ImportBatch, source: str, actor: User | None, file_name: str):
        self.batch = batch
        self.source = source
        self.actor_id = actor.pk if actor is not None else None
        self.file_name = file_name
        self.sites: dict[str, int] = {}
        self.name_key, self.family_name_key, self.normalise_phone = _linkage_functions()
        q = connection.ops.quote_name
        self._q = q
        self._person_table = q(Person._meta.db_table)
        self._registration_insert = _Insert.of(
            Registration,
            [
                "source",
                "record_id",
                *(f for f, _ in _RAW_FIELDS),
                "extra",
                "site",
                "registered_on",
                "birth_year",
                "phone_e164",
                "family_key",
                "given_key",
                "source_file",
                "source_line",
                "batch",
                "created_by",
                "created_at",
            ],
        )
        self._link_insert = _Insert.of(
            Link,
            ["registration", "person", "method", "decided_by", "decided_at", "event"],
        )
        persons = LinkEvent._meta.get_field("persons")
        self._event_person_insert = _Insert(
            LinkEvent.persons.through._meta.db_table,
            [persons.m2m_column_name(), persons.m2m_reverse_name()],
        )
        self._member_insert = _Insert.of(
            HouseholdMember, ["household", "registration", "relationship", "created_at"]
        )
        self._household_insert = _Insert.of(
            Household, ["source", "ref", "site", "created_by", "created_at"]
        )
        registration = Registration._meta
        columns = ", ".join(
            q(column(Registration, f)) for f in ("record_id", *(f for f, _ in _RAW_FIELDS), "extra")
        )
        self._existing_sql = (
            f"SELECT {columns} FROM {q(registration.db_table)} "  # noqa: S608 (see _Insert)
            f"WHERE {q('source')} = %s AND {q('record_id')} IN "
        )
        self._registration_ids_sql = (
            f"SELECT {q('record_id')}, {q('id')} FROM {q(registration.db_table)} "  # noqa: S608
            f"WHERE {q('batch_id')} = %s AND {q('source_line')} >= %s"
        )
        self._household_ids_sql = (
            f"SELECT {q('ref')}, {q('id')} FROM {q(Household._meta.db_table)} "  # noqa: S608
            f"WHERE {q('source')} = %s AND {q('ref')} IN "
        )
        self._extra_field = registration.get_field("extra")
        self._max_in = min(connection.features.max_query_params or 900, 900)
        # registered_at repeats (minutes at a desk): adapt each distinct value once.
        self._registered_db: dict[str, Any] = {}

    # --- one chunk ---------------------------------------------------------------------

    def write(self, rows: list[ValidRow], *, rejected: int) -> tuple[int, int, list[Rejection]]:
        """Commit one chunk; ``(imported, already_present, conflict rejections)``.

        A concurrent import of the same keys makes the insert fail on the unique constraint;
        the chunk is then classified again once (those rows are now present).
        """
        for attempt in (1, 2):
            try:
                return self._write(rows, rejected=rejected)
            except IntegrityError:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _write(self, rows: list[ValidRow], *, rejected: int) -> tuple[int, int, list[Rejection]]:
        existing = self._existing({r.record_id for r in rows})
        new: list[ValidRow] = []
        conflicts: list[Rejection] = []
        present = 0
        for row in rows:
            stored = existing.get(row.record_id)
            if stored is None:
                new.append(row)
            elif stored == self._content(row):
                present += 1
            else:
                source = f'source "{self.source}"' if self.source else "the default source"
                reason = CONFLICT.format(record_id=row.record_id, source=source)
                conflicts.append(Rejection(row.line, row.cells, (Problem("record_id", reason),)))
        site_ids = self._site_ids({r.site for r in new})
        with transaction.atomic():
            if new:
                self._insert(new, site_ids)
            ImportBatch.objects.filter(pk=self.batch.pk).update(
                imported=F("imported") + len(new),
                already_present=F("already_present") + present,
                rejected=F("rejected") + rejected + len(conflicts),
            )
        return len(new), present, conflicts

    def _content(self, row: ValidRow) -> tuple[Any, ...]:
        return (*_raw_values(row.raw), row.extra)

    def _existing(self, record_ids: set[str]) -> dict[str, tuple[Any, ...]]:
        """Stored content of the keys of this chunk that are already in the registry (one
        query per 900 keys, on the unique index source + record_id)."""
        found: dict[str, tuple[Any, ...]] = {}
        # The expression the ORM passes when it reads the column (JSONField only looks for a
        # KeyTransform in it).
        from_db, extra_col = self._extra_field.from_db_value, self._extra_field.cached_col
        with connection.cursor() as cursor:
            for part in _chunks(sorted(record_ids), self._max_in):
                marks = ", ".join(["%s"] * len(part))
                cursor.execute(self._existing_sql + f"({marks})", [self.source, *part])
                for record_id, *content, extra in cursor.fetchall():
                    found[record_id] = (*content, from_db(extra, extra_col, connection))
        return found

    def _site_ids(self, names: set[str]) -> dict[str, int]:
        for name in names - self.sites.keys():
            # Own small transaction: a site is harmless if the chunk later rolls back.
            self.sites[name] = site_get_or_create(name=name).pk
        return self.sites

    def _insert(self, rows: list[ValidRow], site_ids: dict[str, int]) -> None:
        ops = connection.ops
        now = timezone.now()
        now_db = ops.adapt_datetimefield_value(now)
        name_key, family_name_key = self.name_key, self.family_name_key
        normalise_phone = self.normalise_phone
        # What JSONField.get_db_prep_value does, bound once (it is per row).
        adapt_json, encoder = ops.adapt_json_value, self._extra_field.encoder
        with connection.cursor() as cursor:
            person_ids = self._insert_persons(cursor, len(rows), now_db)
            registered_db = self._registered_db
            source, file_name, batch_id, actor_id = (
                self.source, self.file_name, self.batch.pk, self.actor_id,
            )  # fmt: skip
            params = []
            for row in rows:
                raw = row.raw
                registered = registered_db.get(raw["registered_at"])
                if registered is None:
                    registered = registered_db[raw["registered_at"]] = (
                        ops.adapt_datetimefield_value(row.registered_on)
                    )
                params.append(
                    (
                        source,
                        row.record_id,
                        *_raw_values(raw),
                        adapt_json(row.extra, encoder),
                        site_ids[row.site],
                        registered,
                        row.birth_year,
                        phone_e164(raw["phone"], normalise_phone),
                        family_name_key(raw["family_name"])[:NAME_KEY_LENGTH],
                        name_key(raw["given_name"])[:NAME_KEY_LENGTH],
                        file_name,
                        row.line,
                        batch_id,
                        actor_id,
                        now_db,
                    )
                )
            self._registration_insert.run(cursor, params)
            # This batch's rows of this chunk are the ones from its first line on.
            cursor.execute(self._registration_ids_sql, [batch_id, rows[0].line])
            registration_ids = dict(cursor.fetchall())
            pairs = [
                (registration_ids[r.record_id], p) for r, p in zip(rows, person_ids, strict=True)
            ]
            event = LinkEvent.objects.create(
                kind=LinkEvent.Kind.CREATE,
                actor_id=self.actor_id,
                reason="import",
                moves=[[reg, None, person] for reg, person in pairs],
                data={"batch": self.batch.pk, "registrations": len(pairs)},
            )
            method, event_id = LinkMethod.NEW.value, event.pk
            self._link_insert.run(
                cursor, [(reg, p, method, actor_id, now_db, event_id) for reg, p in pairs]
            )
            self._event_person_insert.run(cursor, [(event_id, p) for _, p in pairs])
            self._insert_households(cursor, rows, registration_ids, site_ids, now_db)

    def _insert_persons(self, cursor: Any, count: int, now_db: Any) -> list[int]:
        """``count`` new persons' ids. Multi-row INSERT … RETURNING (SQLite ≥ 3.35 and
        PostgreSQL); which id goes with which registration does not matter, all are new."""
        ids: list[int] = []
        column = self._q("created_at")
        for start in range(0, count, 500):
            n = min(500, count - start)
            values = ", ".join(["(%s)"] * n)
            cursor.execute(
                f"INSERT INTO {self._person_table} ({column}) VALUES {values} "  # noqa: S608
                f"RETURNING {self._q('id')}",
                [now_db] * n,
            )
            ids.extend(r[0] for r in cursor.fetchall())
        return ids

    def _insert_households(
        self,
        cursor: Any,
        rows: list[ValidRow],
        registration_ids: dict[str, int],
        site_ids: dict[str, int],
        now_db: Any,
    ) -> None:
        members = [r for r in rows if r.household_ref]
        if not members:
            return
        households = self._household_ids(cursor, {r.household_ref for r in members})
        missing: dict[str, tuple[Any, ...]] = {}
        for row in members:
            ref = row.household_ref
            if ref not in households and ref not in missing:
                # The household's site is that of its first member in the file.
                missing[ref] = (self.source, ref, site_ids[row.site], self.actor_id, now_db)
        if missing:
            self._household_insert.run(cursor, list(missing.values()))
            households.update(self._household_ids(cursor, set(missing)))
        self._member_insert.run(
            cursor,
            [
                (
                    households[r.household_ref],
                    registration_ids[r.record_id],
                    _relationship(r.extra.get("relationship", "")),
                    now_db,
                )
                for r in members
            ],
        )

    def _household_ids(self, cursor: Any, refs: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for part in _chunks(sorted(refs), self._max_in):
            marks = ", ".join(["%s"] * len(part))
            cursor.execute(self._household_ids_sql + f"({marks})", [self.source, *part])
            found.update(cursor.fetchall())
        return found


_raw_values = itemgetter(*(column for _, column in _RAW_FIELDS))
_AM_PHONE = re.compile(r"^(?:\+374|00374|374|0)([1-9]\d{7})$")
_PHONE_SEPARATORS = re.compile(r"[\s\-.()]")


def phone_e164(phone: str, normalise_phone: Callable[[str], str]) -> str:
    """The E.164 form of a raw phone, as ``refuge.linkage.normalise_phone`` gives it.

    The usual Armenian shapes (``+374XXXXXXXX``, ``00374…``, ``374…``, ``0XXXXXXXX``, with
    spaces or dashes) are converted here directly: ``phonenumbers`` takes about 75 µs a number,
    which alone would be 5 s of a 100,000-row import. A test holds this shortcut to
    ``normalise_phone`` on every shape; anything else goes to ``normalise_phone``.
    """
    if not phone or phone.isspace():
        return ""
    m = _AM_PHONE.match(_PHONE_SEPARATORS.sub("", phone))
    if m:
        return "+374" + m[1]
    return normalise_phone(phone)[:20]


def _relationship(value: str) -> str:
    value = value.strip().lower()
    return value if value in _RELATIONSHIPS else ""


class _Insert:
    """Many rows into one table: ``executemany`` of an INSERT, or ``COPY`` on PostgreSQL.

    Only the models' own table and column names are put into the SQL text (quoted); every value
    is a parameter, so S608 does not apply. On PostgreSQL, psycopg's ``executemany`` sends one
    statement per row (about 45 s for 100,000 registrations); ``COPY … FROM STDIN`` streams them
    in one go, with the same adapters.
    """

    def __init__(self, table: str, columns: list[str]) -> None:
        q = connection.ops.quote_name
        names = ", ".join(q(c) for c in columns)
        marks = ", ".join(["%s"] * len(columns))
        self.sql = f"INSERT INTO {q(table)} ({names}) VALUES ({marks})"  # noqa: S608
        self.copy_sql = f"COPY {q(table)} ({names}) FROM STDIN"
        self.copy = connection.vendor == "postgresql"

    @classmethod
    def of(cls, model: type[models.Model], field_names: list[str]) -> _Insert:
        return cls(model._meta.db_table, [column(model, f) for f in field_names])

    def run(self, cursor: Any, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.copy:
            with cursor.cursor.copy(self.copy_sql) as copy:  # the psycopg cursor
                for row in rows:
                    copy.write_row(row)
        else:
            cursor.executemany(self.sql, rows)
