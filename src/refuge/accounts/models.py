"""Users with one role each, and the audit trail every state change writes."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from refuge.accounts.roles import Role


class User(AbstractUser):
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.REGISTRAR)
    site = models.ForeignKey(
        "registry.Site", null=True, blank=True, on_delete=models.SET_NULL, related_name="staff"
    )

    def has_role(self, roles: frozenset[str] | set[str]) -> bool:
        return bool(self.is_active and (self.role in roles or self.is_superuser))


class AuditEntry(models.Model):
    """One line of the audit trail: who did what to which object, when and why.

    Append-only: no page edits or deletes it (the admin is read-only), and services write it in
    the same transaction as the change it records. ``data`` holds identifiers and counts, never a
    copy of personal fields, so the trail itself can be shared with an auditor.
    """

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    action = models.CharField(max_length=64, db_index=True)
    object_type = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64, db_index=True)
    reason = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name_plural = _("audit entries")
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_type}:{self.object_id}"


def audit_data(**values: Any) -> dict[str, Any]:
    """Keep only JSON-friendly identifiers and counts (drop None)."""
    return {k: v for k, v in values.items() if v is not None}
