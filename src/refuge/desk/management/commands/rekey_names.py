"""``refuge manage rekey_names``: re-derive stored name keys after the name rules changed.

Registrations stored under older rules get the keys the current rules give, and the desk's
name index is rebuilt for them. Every command that opens the database does this by itself when
the rules changed (``desk.name_rules``); this runs it on demand, whatever the fingerprint says.
Safe to repeat (a second run finds nothing to change).
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand

from refuge.desk.services import search_index_refresh
from refuge.registry.services import registration_keys_refresh


class Command(BaseCommand):
    help = "Re-derive the registrations' name keys under the current rules and re-index them."

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        changed = registration_keys_refresh()
        indexed = search_index_refresh(changed)
        self.stdout.write(
            f"{len(changed)} registrations re-keyed, {indexed} re-indexed "
            f"in {time.perf_counter() - started:.1f} s"
        )
