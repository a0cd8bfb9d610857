"""The admin shows the registry; it does not change it.

Registrations are raw and immutable, and links change only through the services (which write
link events and audit entries), so those models are read-only here. Sites may be edited.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from refuge.core.admin import ReadOnlyAdmin
from refuge.registry.models import (
    Household,
    HouseholdMember,
    ImportBatch,
    Link,
    LinkageRun,
    LinkEvent,
    PairDecision,
    Person,
    Registration,
    ReviewItem,
    Site,
)


@admin.register(Site)
class SiteAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "province")
    search_fields = ("name",)


@admin.register(Registration)
class RegistrationAdmin(ReadOnlyAdmin):
    list_display = (
        "record_id",
        "source",
        "family_name",
        "given_name",
        "birth_date",
        "site",
        "registered_at",
    )
    list_filter = ("site", "source")
    search_fields = ("record_id", "family_key", "given_key")
    list_select_related = ("site",)
    show_full_result_count = False


class LinkInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Link
    fields = ("registration", "method", "score", "decided_by", "decided_at", "event")
    readonly_fields = fields
    can_delete = False
    extra = 0

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Person)
class PersonAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "created_at", "dissolved_at")
    list_filter = (("dissolved_at", admin.EmptyFieldListFilter),)
    inlines = [LinkInline]
    show_full_result_count = False


@admin.register(Link)
class LinkAdmin(ReadOnlyAdmin):
    list_display = ("registration", "person", "method", "score", "decided_by", "decided_at")
    list_filter = ("method",)
    raw_id_fields = ("registration", "person", "event")
    show_full_result_count = False


@admin.register(LinkEvent)
class LinkEventAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "kind", "at", "actor", "reason")
    list_filter = ("kind",)
    exclude = ("persons",)


@admin.register(PairDecision)
class PairDecisionAdmin(ReadOnlyAdmin):
    list_display = ("left", "right", "decision", "event", "revoked_by")
    list_filter = ("decision",)
    raw_id_fields = ("left", "right", "event", "revoked_by")


@admin.register(ReviewItem)
class ReviewItemAdmin(ReadOnlyAdmin):
    list_display = ("left", "right", "score", "probability", "status", "created_at")
    list_filter = ("status",)
    raw_id_fields = ("left", "right", "resolved_by")


class HouseholdMemberInline(admin.TabularInline):  # type: ignore[type-arg]
    model = HouseholdMember
    raw_id_fields = ("registration",)
    readonly_fields = ("registration", "relationship", "created_at")
    can_delete = False
    extra = 0

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Household)
class HouseholdAdmin(ReadOnlyAdmin):
    list_display = ("ref", "source", "site", "created_at")
    list_filter = ("site",)
    search_fields = ("ref",)
    inlines = [HouseholdMemberInline]


@admin.register(ImportBatch)
class ImportBatchAdmin(ReadOnlyAdmin):
    list_display = (
        "file_name",
        "source",
        "status",
        "imported",
        "rejected",
        "already_present",
        "started_at",
        "finished_at",
        "created_by",
    )
    list_filter = ("status",)


@admin.register(LinkageRun)
class LinkageRunAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "mode", "started_at", "finished_at", "max_registration_id")
