"""Stored name keys kept under the current name rules, without anyone remembering to ask.

Registrations store the keys of their names for the desk's index (``registry.services.
derived_fields``). When an upgrade of refuge changes how keys are made (a new transliteration
rule, the Arabic article), keys stored before would no longer meet the keys of new searches,
and people registered before the upgrade could not be found at the desk. So the modules that
make keys are fingerprinted (with the release of the romanisation library they use), the
fingerprint stored (``NameRules``), and every command that opens the database (through
``migrate``'s ``post_migrate``, see ``apps.DeskConfig``) re-keys when it changed. This module
imports neither the linkage engine nor the desk's services unless there is work to do: most
commands start with the rules unchanged.
"""

from __future__ import annotations

import hashlib
import logging
from importlib import metadata, resources
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections

from refuge.desk.models import NameRules
from refuge.registry.models import Registration

logger = logging.getLogger(__name__)

# The modules whose code decides a stored key, as files of the ``refuge`` package: a name key
# (``refuge.linkage.normalise.name_key`` and ``family_name_key``, and their tables) and the
# desk index's keys made of them.
KEY_SOURCES = ("linkage/normalise.py", "linkage/tables.py", "desk/index_keys.py")
# The libraries whose tables decide a key too: anyascii romanises the scripts we have no table
# for, and a release may read a letter differently.
KEY_LIBRARIES = ("anyascii",)


def name_rules_fingerprint() -> str:
    """SHA-256 of the source of the modules that make name keys, read without importing them.

    Any change to them may change a key; a change that does not (a comment) costs one
    re-keying that finds nothing to change.
    """
    # Read as files of the package: finding ``refuge.linkage.normalise`` as a module would
    # import ``refuge.linkage`` (NumPy, Polars) in every command.
    package = resources.files("refuge")
    digest = hashlib.sha256()
    for source in KEY_SOURCES:
        digest.update(package.joinpath(source).read_bytes())
    for library in KEY_LIBRARIES:
        digest.update(f"{library}=={metadata.version(library)}".encode())
    return digest.hexdigest()


def name_keys_bring_up_to_date() -> int | None:
    """Re-key the registrations and rebuild the desk index when the rules changed since they
    were made; the number re-keyed, or ``None`` when the rules are those of the stored keys.
    (The whole index: the way its keys are made from name keys may be what changed. About
    10 000 registrations a second, once per upgrade.)"""
    current = name_rules_fingerprint()
    state = NameRules.objects.first()
    if state is not None and state.fingerprint == current:
        return None
    changed = 0
    if Registration.objects.exists():
        from refuge.desk.services import search_index_rebuild
        from refuge.registry.services import registration_keys_refresh

        logger.info("name rules changed since the stored keys were made: re-keying")
        changed = len(registration_keys_refresh())
        indexed = search_index_rebuild()
        logger.info("re-keyed %d registrations, re-indexed %d", changed, indexed)
    if state is None:
        NameRules.objects.create(fingerprint=current)
    else:
        state.fingerprint = current
        state.save(update_fields=["fingerprint", "applied_at"])
    return changed


def after_migrate(using: str = DEFAULT_DB_ALIAS, **_: Any) -> None:
    """``post_migrate`` receiver: re-key if needed, once the desk's table exists (a migration
    back past it leaves nothing to do). refuge keeps its registry in one database."""
    if using != DEFAULT_DB_ALIAS:
        return
    if NameRules._meta.db_table in connections[using].introspection.table_names():
        name_keys_bring_up_to_date()
