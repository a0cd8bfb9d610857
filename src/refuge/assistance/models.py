"""Assistance: vulnerabilities, programmes with their entitlement rules, and the distribution
ledger.

Invariants (see docs/assistance.md):
- a ``Distribution`` row is never updated or deleted; a correction is a reversing row;
- at most one un-reversed payment per entitlement (programme, person or household, period)
  is enforced by the database, so two desks at once cannot both pay;
- vulnerabilities hang on a registration (raw, stable), so they follow the person through every
  merge and split, like household membership does.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    """Standard vulnerability categories of a person (household flags are derived)."""

    OLDER_ALONE = "older_alone", _("older person alone")
    UNACCOMPANIED_CHILD = "unaccompanied_child", _("unaccompanied child")
    SEPARATED_CHILD = "separated_child", _("separated child")
    DISABILITY = "disability", _("person with a disability")
    SERIOUS_MEDICAL = "serious_medical", _("serious medical condition")
    PREGNANT = "pregnant", _("pregnant woman")
    LACTATING = "lactating", _("lactating woman")


class HouseholdFlag(models.TextChoices):
    """Household vulnerabilities, always derived from membership (never typed in)."""

    SINGLE_PARENT = "single_parent", _("single-parent household")
    FEMALE_HEADED = "female_headed", _("female-headed household")
    LARGE = "large_household", _("large household (6 or more)")


class Vulnerability(models.Model):
    """A need noted for the person behind ``registration``.

    Anchored on a registration rather than on a ``Person`` because persons are derived: after a
    merge the note belongs to the merged person, after a split to the part that holds the
    registration, with nothing rewritten. Ending a vulnerability (a pregnancy ends) sets
    ``ended_at``; the row stays.
    """

    class Source(models.TextChoices):
        SELF_DECLARED = "self_declared", _("self-declared")
        ASSESSED = "assessed", _("assessed")
        DERIVED = "derived", _("derived")

    registration = models.ForeignKey(
        "registry.Registration", on_delete=models.PROTECT, related_name="vulnerabilities"
    )
    category = models.CharField(max_length=24, choices=Category.choices)
    source = models.CharField(max_length=16, choices=Source.choices)
    note = models.TextField(blank=True)
    noted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    noted_at = models.DateTimeField(auto_now_add=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name_plural = _("vulnerabilities")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "category", "source"],
                condition=Q(ended_at__isnull=True),
                name="vulnerability_once_while_open",
            ),
            models.CheckConstraint(
                condition=Q(category__in=Category.values), name="vulnerability_known_category"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.registration_id}: {self.category} ({self.source})"


class Programme(models.Model):
    """An assistance programme, kept as data an administrator edits (see ``EligibilityRule``)."""

    class Kind(models.TextChoices):
        CASH = "cash", _("cash")
        IN_KIND = "in_kind", _("in kind")

    class Unit(models.TextChoices):
        PERSON = "person", _("per person")
        HOUSEHOLD = "household", _("per household")

    class Frequency(models.TextChoices):
        ONCE = "once", _("once")
        MONTHLY = "monthly", _("monthly")
        FORTNIGHTLY = "fortnightly", _("every fortnight")

    class Formula(models.TextChoices):
        FLAT = "flat", _("flat amount")
        PER_MEMBER = "per_member", _("per household member, with a cap")

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    unit = models.CharField(max_length=10, choices=Unit.choices)
    frequency = models.CharField(max_length=12, choices=Frequency.choices)
    formula = models.CharField(max_length=12, choices=Formula.choices, default=Formula.FLAT)
    amount = models.DecimalField(
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Cash: the flat amount, or the amount per member."),
    )
    amount_cap = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, default="AMD")
    item = models.CharField(max_length=100, blank=True, help_text=_("In kind: what is given."))
    quantity = models.PositiveIntegerField(default=1)
    starts_on = models.DateField()
    ends_on = models.DateField(null=True, blank=True)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="cash") | Q(amount__isnull=False, amount__gt=0),
                name="programme_cash_has_amount",
            ),
            models.CheckConstraint(
                condition=~Q(kind="in_kind") | ~Q(item=""), name="programme_in_kind_has_item"
            ),
            models.CheckConstraint(
                condition=Q(ends_on__isnull=True) | Q(ends_on__gte=models.F("starts_on")),
                name="programme_window_ordered",
            ),
        ]

    def __str__(self) -> str:
        return self.code


class RuleField(models.TextChoices):
    AGE = "age", _("age (years)")
    SEX = "sex", _("sex (M/F)")
    HOUSEHOLD_SIZE = "household_size", _("household size")
    CHILDREN = "children_in_household", _("children under 18 in household")
    OLDER = "older_in_household", _("persons 60+ in household")
    VULNERABILITY = "vulnerability", _("vulnerability category")
    HOUSEHOLD_FLAG = "household_flag", _("household flag")
    SITE = "site", _("site name")
    PROVINCE = "province", _("province")


class RuleOperator(models.TextChoices):
    EQ = "eq", "="
    NE = "ne", "≠"
    LT = "lt", "<"
    LTE = "lte", "≤"
    GT = "gt", ">"
    GTE = "gte", "≥"
    IN = "in", _("one of")
    NOT_IN = "not_in", _("none of")


class EligibilityRule(models.Model):
    """One condition on a person's facts. Rules with the same ``group`` must all hold; a person
    is eligible when any group holds (a programme without rules is for everyone).

    ``value`` is a number, a code, or a comma-separated list for ``in`` / ``not in``.
    """

    Field = RuleField
    Operator = RuleOperator

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="rules")
    group = models.PositiveSmallIntegerField(default=0)
    field = models.CharField(max_length=24, choices=RuleField.choices)
    operator = models.CharField(max_length=8, choices=RuleOperator.choices)
    value = models.CharField(max_length=200)

    class Meta:
        ordering = ["programme", "group", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(field__in=RuleField.values), name="eligibility_rule_known_field"
            ),
            models.CheckConstraint(
                condition=Q(operator__in=RuleOperator.values),
                name="eligibility_rule_known_operator",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.field} {self.get_operator_display()} {self.value}"


class Distribution(models.Model):
    """One line of the append-only distribution ledger: who, what, how much, where, when, by
    whom.

    A *payment* names the registration that was presented and the person (and, for household
    programmes, the household) it resolved to at that moment. A *reversal* points at the payment
    it cancels (``reverses``, one reversal per payment at most) and is otherwise a copy; it frees
    the entitlement without touching the original row.

    How a reversal frees the entitlement while the schema still forbids a second payment:
    every payment carries ``entitlement_round`` = the number of payments of the same
    entitlement that had been reversed when it was made. The unique constraint is on
    (programme, person-or-household, period, round) over payments. Before any reversal the only
    possible round is 0, so a second payment collides; after one reversal the next payment is
    round 1, and so on. Two desks at once compute the same round, and the database lets only one
    of them in.
    """

    class Kind(models.TextChoices):
        PAYMENT = "payment", _("payment")
        REVERSAL = "reversal", _("reversal")

    class Channel(models.TextChoices):
        DESK = "desk", _("desk")
        IMPORT = "import", _("imported list")
        API = "api", _("API")

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.PAYMENT)
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="+")
    unit = models.CharField(max_length=10, choices=Programme.Unit.choices)
    period_key = models.CharField(max_length=16)
    entitlement_round = models.PositiveIntegerField(default=0)
    registration = models.ForeignKey(
        "registry.Registration", on_delete=models.PROTECT, related_name="distributions"
    )
    person = models.ForeignKey("registry.Person", on_delete=models.PROTECT, related_name="+")
    household = models.ForeignKey(
        "registry.Household", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    amount = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, blank=True)
    item = models.CharField(max_length=100, blank=True)
    quantity = models.PositiveIntegerField(default=1)
    site = models.ForeignKey("registry.Site", on_delete=models.PROTECT, related_name="+")
    distributed_on = models.DateField()
    recorded_at = models.DateTimeField(auto_now_add=True, db_index=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    channel = models.CharField(max_length=8, choices=Channel.choices, default=Channel.DESK)
    import_key = models.CharField(max_length=64, blank=True)
    reverses = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="reversal"
    )
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-recorded_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "person", "period_key", "entitlement_round"],
                condition=Q(kind="payment", unit="person"),
                name="distribution_one_payment_per_person_entitlement",
            ),
            models.UniqueConstraint(
                fields=["programme", "household", "period_key", "entitlement_round"],
                condition=Q(kind="payment", unit="household"),
                name="distribution_one_payment_per_household_entitlement",
            ),
            models.UniqueConstraint(
                fields=["import_key"],
                condition=~Q(import_key=""),
                name="distribution_import_row_once",
            ),
            models.CheckConstraint(
                condition=(Q(kind="payment", reverses__isnull=True))
                | Q(kind="reversal", reverses__isnull=False),
                name="distribution_reversal_points_at_payment",
            ),
            models.CheckConstraint(
                condition=~Q(unit="household") | Q(household__isnull=False),
                name="distribution_household_unit_has_household",
            ),
        ]
        indexes = [
            models.Index(fields=["programme", "period_key"], name="distribution_entitlement"),
            models.Index(fields=["site", "distributed_on"], name="distribution_site_day"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.programme_id}/{self.period_key} #{self.pk}"


class OverpaymentFlag(models.TextChoices):
    OPEN = "open", _("open")
    RECOVERED = "recovered", _("recovered")
    WAIVED = "waived", _("waived")


class Overpayment(models.Model):
    """A follow-up on a possible overpayment: payments of one entitlement that turned out, after
    a merge, to have gone to one person (or household). The payments themselves stay as they
    are; this row only tracks what a data officer decided.

    ``key`` identifies the overlap by its programme, period and earliest payment, which stays
    the same when a later merge adds a third payment to the group.
    """

    key = models.CharField(max_length=80, unique=True)
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="+")
    period_key = models.CharField(max_length=16)
    distributions = models.ManyToManyField(Distribution, related_name="overpayments")
    status = models.CharField(
        max_length=10, choices=OverpaymentFlag.choices, default=OverpaymentFlag.OPEN
    )
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=OverpaymentFlag.values), name="overpayment_known_status"
            )
        ]

    def __str__(self) -> str:
        return f"{self.key} ({self.status})"
