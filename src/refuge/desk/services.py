"""Writes of the desk: keeping the search index level with the registry.

The desk registers people through ``refuge.registry.services`` (the one place links change);
the only thing it writes itself is its derived name index, ``SearchEntry``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

from django.db import OperationalError, connection, transaction
from django.db.models import Exists, Max, OuterRef

from refuge.desk.index_keys import entry_keys
from refuge.desk.models import SearchEntry
from refuge.linkage import family_name_key, name_key
from refuge.registry.models import Registration

logger = logging.getLogger(__name__)

# Registrations committed out of id order (two importers at once on PostgreSQL) can land just
# under the index's high-water mark; each catch-up re-checks this many ids below it.
SYNC_OVERLAP = 5_000
SYNC_BATCH = 5_000


def search_index_sync(*, batch_size: int = SYNC_BATCH) -> int:
    """Index every registration the name index does not hold yet; returns how many.

    Registrations that arrive by any road — the desk, an import, a bulk load — are indexed
    without any of those roads knowing about the desk. Safe to run concurrently: entries are
    unique per (registration, key) and inserted with ``ignore_conflicts``. Registrations are
    never updated, so an entry never goes stale.
    """
    start = _unindexed_after()
    if start is None:
        return 0
    return search_index_build(after=start, batch_size=batch_size)


def search_index_refresh(registration_ids: list[int]) -> int:
    """Re-index these registrations (their name keys changed); returns how many were indexed."""
    if not registration_ids:
        return 0
    for start in range(0, len(registration_ids), SYNC_BATCH):
        chunk = registration_ids[start : start + SYNC_BATCH]
        SearchEntry.objects.filter(registration_id__in=chunk).delete()
    return search_index_build(after=min(registration_ids) - 1)


def search_index_rebuild() -> int:
    """The whole name index made again (the way its keys are made changed); returns how many
    registrations were indexed."""
    with transaction.atomic():
        SearchEntry.objects.all().delete()
    return search_index_build(after=0)


def _unindexed_after() -> int | None:
    """Where indexing must start looking (the high-water mark less the overlap), or None when
    no registration is newer than the newest indexed one."""
    indexed = SearchEntry.objects.aggregate(m=Max("registration_id"))["m"] or 0
    newest = Registration.objects.aggregate(m=Max("id"))["m"] or 0
    return max(0, indexed - SYNC_OVERLAP) if newest > indexed else None


# On SQLite, how long a search waits for the write lock (an import may hold it for a chunk)
# before it searches what is indexed already.
CATCH_UP_LOCK_WAIT_MS = 50


def search_index_catch_up() -> int:
    """What the search calls first: cheap when there is nothing to do (two index-only ``MAX``
    lookups); otherwise ``search_index_sync``, except that it never makes a clerk wait behind
    an import's write lock: then it searches what is indexed, and the next search catches up.

    Not bounded: a registration left out would be a person the desk says is not registered,
    which costs more than one slow search. The first search after a large import pays for
    indexing it (about 10,000 registrations a second) unless ``refuge manage desk_index`` ran.
    """
    start = _unindexed_after()
    if start is None:
        return 0
    try:
        with _short_lock_wait(CATCH_UP_LOCK_WAIT_MS):
            return search_index_build(after=start)
    except OperationalError:  # "database is locked": an import is writing
        logger.info("search index busy; searching what is indexed")
        return 0


@contextmanager
def _short_lock_wait(ms: int) -> Iterator[None]:
    if connection.vendor != "sqlite" or connection.in_atomic_block:
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        before = cursor.fetchone()[0]
        cursor.execute(f"PRAGMA busy_timeout={int(ms)}")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA busy_timeout={int(before)}")


def search_index_build(*, after: int = 0, batch_size: int = SYNC_BATCH) -> int:
    """Index the registrations with id above ``after`` that have no entries yet."""
    missing = (
        Registration.objects.filter(id__gt=after)
        .filter(~Exists(SearchEntry.objects.filter(registration_id=OuterRef("pk"))))
        .order_by("id")
        .values_list("id", "family_key", "given_key", "family_name", "given_name")
    )
    table = SearchEntry._meta.db_table
    # Raw executemany: model instances and the ORM's insert compiler cost ten times the insert
    # itself at 400,000 entries. ON CONFLICT DO NOTHING works on SQLite and PostgreSQL alike.
    insert = (
        f"INSERT INTO {connection.ops.quote_name(table)} (key, registration_id) "  # noqa: S608
        "VALUES (%s, %s) ON CONFLICT DO NOTHING"
    )
    keys_of = lru_cache(maxsize=200_000)(
        lambda family_key, given_key: tuple(
            sorted(entry_keys(family_key=family_key, given_key=given_key))
        )
    )
    done = 0
    last = after
    while True:
        rows = list(missing.filter(id__gt=last)[:batch_size])
        if not rows:
            break
        params = [
            (key, pk)
            for pk, family_key, given_key, family_name, given_name in rows
            # The registry stores name_key at insert; a loader that skipped it is still
            # searchable.
            for key in keys_of(
                family_key or family_name_key(family_name), given_key or name_key(given_name)
            )
        ]
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.executemany(insert, params)
        done += len(rows)
        last = rows[-1][0]
    if done:
        logger.info("search index: %d registrations indexed", done)
    return done
