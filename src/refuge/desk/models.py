"""The desk's own table: a name index over raw registrations for search-before-register.

Registrations are immutable, so their index entries are written once and never updated; an
entry names a registration, never a person (persons change with every merge and split, and the
search joins ``Link`` for the current one).
"""

from __future__ import annotations

from django.db import models

from refuge.registry.models import Registration


class SearchEntry(models.Model):
    """One search key of one registration.

    ``key`` is a *pair* of name keys separated by a space, in both orders
    (``"akopian ovanes"`` and ``"ovanes akopian"``), plus the same pairs of consonant
    skeletons prefixed with ``~`` for typo tolerance (``"~akpn ans"``). A pair, not a single
    key, because the most common Armenian surnames each cover a few percent of the population:
    a family-and-given lookup lands on a handful of rows, and a single typed name is still a
    prefix range (``"akopian "``) of the same index. See docs/desk.md, "Search".
    """

    key = models.CharField(max_length=160)
    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="search_entries", db_index=False
    )

    class Meta:
        verbose_name_plural = "search entries"
        constraints = [
            models.UniqueConstraint(fields=["registration", "key"], name="searchentry_once")
        ]
        # (key, registration): a prefix range on key is answered from the index alone.
        indexes = [models.Index(fields=["key", "registration"], name="searchentry_key")]

    def __str__(self) -> str:
        return f"{self.key} -> {self.registration_id}"


class NameRules(models.Model):
    """Which name rules the stored keys were derived under: a fingerprint of the modules that
    make keys (``name_rules.name_rules_fingerprint``). One row. When refuge is upgraded and the
    rules changed, the next command that opens the database re-keys (``name_rules.
    name_keys_bring_up_to_date``), so that no registration stays unfindable under old keys."""

    fingerprint = models.CharField(max_length=64)
    applied_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "name rules"

    def __str__(self) -> str:
        return self.fingerprint[:12]
