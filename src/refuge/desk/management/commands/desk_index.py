"""``refuge manage desk_index``: bring the desk's name index level with the registry now.

Searches index new registrations themselves; after a large import this does it at once, so the
first search after it need not.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand

from refuge.desk.services import search_index_sync


class Command(BaseCommand):
    help = "Index every registration the desk search does not hold yet."

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        count = search_index_sync()
        self.stdout.write(f"indexed {count} registrations in {time.perf_counter() - started:.1f} s")
