from django.contrib import admin
from django.http import HttpRequest

from refuge.shelter.models import Accommodation, Placement, PlacementSuggestion


@admin.register(Accommodation)
class AccommodationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "kind", "province", "community", "capacity", "active")
    list_filter = ("kind", "province", "active")
    search_fields = ("name", "community")


@admin.register(Placement)
class PlacementAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Read-only: placing goes through the capacity check on the shelter pages."""

    list_display = ("household", "accommodation", "persons", "placed_at", "ended_at")
    list_filter = ("accommodation__province",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


@admin.register(PlacementSuggestion)
class PlacementSuggestionAdmin(PlacementAdmin):
    list_display = ("id", "status", "created_at", "created_by", "objective", "lp_bound")
    list_filter = ("status",)
