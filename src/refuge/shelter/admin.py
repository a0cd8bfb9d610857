from django.contrib import admin

from refuge.core.admin import ReadOnlyAdmin
from refuge.shelter.models import Accommodation, Placement, PlacementSuggestion


@admin.register(Accommodation)
class AccommodationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "kind", "province", "community", "capacity", "active")
    list_filter = ("kind", "province", "active")
    search_fields = ("name", "community")


@admin.register(Placement)
class PlacementAdmin(ReadOnlyAdmin):
    """Read-only: placing goes through the capacity check on the shelter pages."""

    list_display: tuple[str, ...] = (
        "household",
        "accommodation",
        "persons",
        "placed_at",
        "ended_at",
    )
    list_filter = ("accommodation__province",)


@admin.register(PlacementSuggestion)
class PlacementSuggestionAdmin(PlacementAdmin):
    list_display = ("id", "status", "created_at", "created_by", "objective", "lp_bound")
    list_filter = ("status",)
