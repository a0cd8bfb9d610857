from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from refuge.accounts.models import AuditEntry, User
from refuge.core.admin import ReadOnlyAdmin


@admin.register(User)
class RefugeUserAdmin(UserAdmin):  # type: ignore[type-arg]
    list_display = ("username", "role", "site", "is_active", "last_login")
    list_filter = ("role", "site", "is_active")
    fieldsets = (*UserAdmin.fieldsets, ("refuge", {"fields": ("role", "site")}))  # type: ignore[misc]


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    """Read-only: the trail cannot be edited or deleted from the interface."""

    list_display = ("at", "actor", "action", "object_type", "object_id", "reason")
    list_filter = ("action", "object_type")
    search_fields = ("object_id", "action")
