"""Programmes and their rules are edited here by administrators; the ledger is read-only."""

from django.contrib import admin
from django.http import HttpRequest

from refuge.assistance.models import (
    Distribution,
    EligibilityRule,
    Overpayment,
    Programme,
    Vulnerability,
)
from refuge.core.admin import ReadOnlyAdmin


class EligibilityRuleInline(admin.TabularInline):  # type: ignore[type-arg]
    model = EligibilityRule
    extra = 1
    fields = ("group", "field", "operator", "value")


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("code", "name", "kind", "unit", "frequency", "amount", "item", "active")
    list_filter = ("kind", "unit", "frequency", "active")
    search_fields = ("code", "name")
    inlines = [EligibilityRuleInline]

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False  # the ledger refers to programmes; end one with ``ends_on`` or inactive


@admin.register(Distribution)
class DistributionAdmin(ReadOnlyAdmin):
    """Append-only: reversals are made on the ledger page, never by editing a row."""

    list_display = (
        "id",
        "kind",
        "programme",
        "period_key",
        "registration",
        "person",
        "site",
        "distributed_on",
        "recorded_by",
        "channel",
    )
    list_filter = ("kind", "programme", "channel", "site")


@admin.register(Vulnerability)
class VulnerabilityAdmin(ReadOnlyAdmin):
    list_display = ("registration", "category", "source", "noted_by", "noted_at", "ended_at")
    list_filter = ("category", "source")


@admin.register(Overpayment)
class OverpaymentAdmin(ReadOnlyAdmin):
    list_display = ("key", "programme", "period_key", "status", "updated_by", "updated_at")
    list_filter = ("status", "programme")
