"""Shelter: accommodations, placements of whole households, and reviewed placement
suggestions.

Invariants:
- a household has at most one current placement (a unique constraint);
- an accommodation never holds more persons than its capacity: every placement locks the
  accommodation row (``select_for_update``; SQLite serialises writers) and checks free space in
  the same transaction;
- a suggestion changes nothing until a data officer applies it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class AccommodationKind(models.TextChoices):
    COLLECTIVE_CENTRE = "collective_centre", _("collective centre")
    HOTEL = "hotel", _("hotel")
    HOST_FAMILY = "host_family", _("host family")
    RENTED_FLAT = "rented_flat", _("rented flat")


class Accommodation(models.Model):
    Kind = AccommodationKind

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    province = models.CharField(max_length=100)
    community = models.CharField(max_length=100, blank=True)
    capacity = models.PositiveIntegerField(help_text=_("Number of persons it can hold."))
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["province", "community", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "community", "name"], name="accommodation_name_in_community"
            ),
            models.CheckConstraint(
                condition=Q(kind__in=AccommodationKind.values), name="accommodation_known_kind"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.community or self.province})"


class PlacementSuggestion(models.Model):
    """A run of the optimiser: what it proposes, its objective and bounds; nothing placed yet."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("proposed")
        APPLIED = "applied", _("applied")
        DISCARDED = "discarded", _("discarded")

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    households_considered = models.PositiveIntegerField(default=0)
    objective = models.FloatField(default=0)
    lp_bound = models.FloatField(default=0)
    greedy_objective = models.FloatField(default=0)
    seconds = models.FloatField(default=0)
    stats = models.JSONField(default=dict, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"suggestion #{self.pk} ({self.status})"


class SuggestedPlacement(models.Model):
    suggestion = models.ForeignKey(
        PlacementSuggestion, on_delete=models.CASCADE, related_name="items"
    )
    household = models.ForeignKey("registry.Household", on_delete=models.PROTECT, related_name="+")
    accommodation = models.ForeignKey(Accommodation, on_delete=models.PROTECT, related_name="+")
    persons = models.PositiveIntegerField()
    priority = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["suggestion", "household"], name="suggested_placement_household_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.household_id} -> {self.accommodation_id} (#{self.suggestion_id})"


class Placement(models.Model):
    """A whole household in an accommodation. Ending it (moving out) sets ``ended_at``."""

    household = models.ForeignKey(
        "registry.Household", on_delete=models.PROTECT, related_name="placements"
    )
    accommodation = models.ForeignKey(
        Accommodation, on_delete=models.PROTECT, related_name="placements"
    )
    persons = models.PositiveIntegerField(help_text=_("Household size when placed."))
    placed_at = models.DateTimeField(auto_now_add=True)
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    suggestion = models.ForeignKey(
        PlacementSuggestion, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["household"],
                condition=Q(ended_at__isnull=True),
                name="placement_one_current_per_household",
            ),
            models.CheckConstraint(condition=Q(persons__gt=0), name="placement_not_empty"),
        ]
        indexes = [models.Index(fields=["accommodation", "ended_at"], name="placement_current")]

    def __str__(self) -> str:
        return f"{self.household_id} -> {self.accommodation_id}"
