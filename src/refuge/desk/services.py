"""Writes of the desk: keeping the search index level with the registry.

The desk registers people through ``refuge.registry.services`` (the one place links change);
the only thing it writes itself is its derived name index, ``SearchEntry``.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.db.models import Exists, Max, OuterRef

from refuge.desk.models import SearchEntry
from refuge.desk.search import entry_keys
from refuge.linkage import name_key
from refuge.registry.models import Registration

logger = logging.getLogger(__name__)

# Registrations committed out of id order (two importers at once on PostgreSQL) can land just
# under the index's high-water mark; each catch-up re-checks this many ids below it.
SYNC_OVERLAP = 5_000
SYNC_BATCH = 5_000


def search_index_sync(*, batch_size: int = SYNC_BATCH) -> int:
    """Index every registration the name index does not hold yet; returns how many.

    Cheap when there is nothing to do (two index-only ``MAX`` lookups), so the search calls it
    first: registrations that arrive by any road — the desk, an import, a bulk load — are
    found by the next search without any of those roads knowing about the desk. Safe to run
    concurrently: entries are unique per (registration, key) and inserted with
    ``ignore_conflicts``. Registrations are never updated, so an entry never goes stale.
    """
    indexed = SearchEntry.objects.aggregate(m=Max("registration_id"))["m"] or 0
    newest = Registration.objects.aggregate(m=Max("id"))["m"] or 0
    if newest <= indexed:
        return 0
    return search_index_build(after=max(0, indexed - SYNC_OVERLAP), batch_size=batch_size)


def search_index_build(*, after: int = 0, batch_size: int = SYNC_BATCH) -> int:
    """Index the registrations with id above ``after`` that have no entries yet."""
    missing = (
        Registration.objects.filter(id__gt=after)
        .filter(~Exists(SearchEntry.objects.filter(registration_id=OuterRef("pk"))))
        .order_by("id")
        .values_list("id", "family_key", "given_key", "family_name", "given_name")
    )
    done = 0
    last = after
    while True:
        rows = list(missing.filter(id__gt=last)[:batch_size])
        if not rows:
            break
        entries = [
            SearchEntry(registration_id=pk, key=key)
            for pk, family_key, given_key, family_name, given_name in rows
            for key in entry_keys(
                # The registry stores name_key at insert; a loader that skipped it is still
                # searchable.
                family_key=family_key or name_key(family_name),
                given_key=given_key or name_key(given_name),
            )
        ]
        with transaction.atomic():
            SearchEntry.objects.bulk_create(entries, batch_size=2_000, ignore_conflicts=True)
        done += len(rows)
        last = rows[-1][0]
    if done:
        logger.info("search index: %d registrations indexed", done)
    return done
