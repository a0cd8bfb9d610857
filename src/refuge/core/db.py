"""Helpers for the few places that write their SQL by hand (bulk imports, re-link writes)."""

from __future__ import annotations

from django.db import models


def column(model: type[models.Model], name: str) -> str:
    """The database column of ``model``'s concrete field ``name``."""
    field = model._meta.get_field(name)
    if not isinstance(field, models.Field) or field.column is None:
        raise TypeError(f"{model.__name__}.{name} is not a field with a column of its own")
    return field.column
