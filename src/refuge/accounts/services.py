"""Writes for accounts: users and audit entries."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction

from refuge.accounts.models import AuditEntry, User
from refuge.accounts.roles import Role


def audit_record(
    *,
    actor: User | None,
    action: str,
    target: models.Model | tuple[str, object],
    reason: str = "",
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one audit entry. Call inside the transaction of the change it records.

    ``actor`` is keyword-only and ``None`` on purpose for system changes (a re-link job).
    """
    if isinstance(target, models.Model):
        object_type, object_id = target._meta.label_lower, str(target.pk)
    else:
        object_type, object_id = target[0], str(target[1])
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.pk else None,
        action=action,
        object_type=object_type,
        object_id=object_id,
        reason=reason,
        data=data or {},
    )


@transaction.atomic
def user_create(
    *, username: str, password: str, role: str, actor: User | None = None, **fields: Any
) -> User:
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}; expected one of {', '.join(Role.values)}")
    user = User(username=username, role=role, **fields)
    if role == Role.ADMIN:
        user.is_staff = True
        user.is_superuser = True
    user.set_password(password)
    user.full_clean()
    user.save()
    audit_record(actor=actor, action="user.create", target=user, data={"role": role})
    return user
