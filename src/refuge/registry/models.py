"""The registry: raw registrations kept as typed, and the persons linkage builds on them.

Invariants (see ../shared/ARCHITECTURE.md):
- a ``Registration`` is never updated or deleted; a correction is a new registration;
- every registration has exactly one current ``Link`` to a ``Person``; every change of a link is
  a ``LinkEvent`` that records the moves, so any merge or split can be shown and undone;
- a reviewer's ``PairDecision`` (same / different) wins over the model on every later re-link.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Site(models.Model):
    """A registration or reception point (Kornidzor, Goris, Yerevan-1, ...)."""

    name = models.CharField(max_length=100, unique=True)
    province = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ImportBatch(models.Model):
    """One run of an import. A killed run stays ``running``; the next run of the file resumes."""

    class Status(models.TextChoices):
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        REFUSED = "refused", _("refused")

    source = models.CharField(max_length=100, blank=True)
    file_name = models.CharField(max_length=500)
    file_sha256 = models.CharField(max_length=64)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RUNNING)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    imported = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    already_present = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name_plural = _("import batches")
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.file_name} ({self.status})"


# Width of the stored name keys (``refuge.linkage.name_key``); writers cut keys to it.
NAME_KEY_LENGTH = 200


class Registration(models.Model):
    """A raw registration, every interchange column exactly as typed. Never updated.

    ``source`` + ``record_id`` is the natural key that makes imports idempotent. Parsed values
    (``registered_on``, ``birth_year``) and search keys are derived once at insert for indexing;
    the typed strings remain the truth.
    """

    source = models.CharField(max_length=100, blank=True)
    record_id = models.CharField(max_length=100)
    given_name = models.CharField(max_length=200)
    family_name = models.CharField(max_length=200)
    patronymic = models.CharField(max_length=200, blank=True)
    sex = models.CharField(max_length=10, blank=True)
    birth_date = models.CharField(max_length=20, blank=True)
    origin = models.CharField(max_length=200, blank=True)
    phone = models.CharField(max_length=50, blank=True)
    household_ref = models.CharField(max_length=100, blank=True)
    registered_at = models.CharField(max_length=30)
    site_name = models.CharField(max_length=100)
    extra = models.JSONField(default=dict, blank=True)

    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="registrations")
    registered_on = models.DateTimeField()
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    phone_e164 = models.CharField(max_length=20, blank=True, db_index=True)
    family_key = models.CharField(max_length=NAME_KEY_LENGTH, blank=True, db_index=True)
    given_key = models.CharField(max_length=NAME_KEY_LENGTH, blank=True)

    source_file = models.CharField(max_length=500, blank=True)
    source_line = models.PositiveIntegerField(null=True, blank=True)
    batch = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.PROTECT, related_name="registrations"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "record_id"], name="registration_source_key")
        ]
        indexes = [models.Index(fields=["family_key", "given_key"], name="registration_name_keys")]

    def __str__(self) -> str:
        return f"{self.source}:{self.record_id}"


class Person(models.Model):
    """A resolved identity: the current result of linkage plus reviewers' decisions.

    A person left without registrations by a merge is kept (``dissolved_at`` set), so that
    events and ledger entries that name it stay readable and an undo can bring it back.
    """

    created_at = models.DateTimeField(auto_now_add=True)
    dissolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["dissolved_at"], name="person_dissolved")]

    def __str__(self) -> str:
        return f"P{self.pk}"


class LinkMethod(models.TextChoices):
    NEW = "new", _("new person")
    MODEL = "model", _("linkage model")
    MANUAL = "manual", _("manual decision")


class LinkEvent(models.Model):
    """One change of links, kept forever: ``moves`` lists [registration, from person, to person].

    Undo is a new event with the moves reversed (``undoes`` points at the original), never a
    deletion.
    """

    class Kind(models.TextChoices):
        CREATE = "create", _("registered")
        RELINK = "relink", _("re-link")
        MERGE = "merge", _("merge")
        SPLIT = "split", _("split")
        KEEP_APART = "keep_apart", _("kept apart")
        UNDO = "undo", _("undo")

    kind = models.CharField(max_length=12, choices=Kind.choices)
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(blank=True)
    moves = models.JSONField(default=list, blank=True)
    data = models.JSONField(default=dict, blank=True)
    undoes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="undone_by"
    )
    # Every person a move came from or went to, so a person's history is one indexed join.
    persons = models.ManyToManyField(Person, related_name="events", blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.kind} #{self.pk}"


class Link(models.Model):
    """The current link of one registration to its person, and how it was made."""

    registration = models.OneToOneField(
        Registration, on_delete=models.PROTECT, primary_key=True, related_name="link"
    )
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="links")
    method = models.CharField(max_length=10, choices=LinkMethod.choices)
    score = models.FloatField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField()
    event = models.ForeignKey(LinkEvent, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        indexes = [models.Index(fields=["person"], name="link_person")]

    def __str__(self) -> str:
        return f"{self.registration_id} -> P{self.person_id} ({self.method})"


class PairDecision(models.Model):
    """A reviewer's word on two registrations: the same person, or two people.

    Always stored with ``left_id < right_id``. Revoking (undo) sets ``revoked_by`` to the undo
    event; the row itself stays.
    """

    class Decision(models.TextChoices):
        SAME = "same", _("same person")
        DIFFERENT = "different", _("different people")

    left = models.ForeignKey(Registration, on_delete=models.PROTECT, related_name="+")
    right = models.ForeignKey(Registration, on_delete=models.PROTECT, related_name="+")
    decision = models.CharField(max_length=10, choices=Decision.choices)
    event = models.ForeignKey(LinkEvent, on_delete=models.PROTECT, related_name="decisions")
    revoked_by = models.ForeignKey(
        LinkEvent, null=True, blank=True, on_delete=models.PROTECT, related_name="revoked"
    )

    class Meta:
        constraints = [
            models.CheckConstraint(condition=Q(left__lt=models.F("right")), name="pair_ordered")
        ]
        indexes = [models.Index(fields=["revoked_by"], name="pairdecision_active")]

    def __str__(self) -> str:
        return f"{self.left_id}/{self.right_id}: {self.decision}"


class ReviewItem(models.Model):
    """A pair the model was unsure of, waiting for a data officer, with its explanation."""

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        DEFERRED = "deferred", _("deferred")
        MERGED = "merged", _("merged")
        KEPT_APART = "kept_apart", _("kept apart")
        STALE = "stale", _("no longer relevant")

    left = models.ForeignKey(Registration, on_delete=models.PROTECT, related_name="+")
    right = models.ForeignKey(Registration, on_delete=models.PROTECT, related_name="+")
    score = models.FloatField()
    probability = models.FloatField()
    contributions = models.JSONField(default=dict)
    levels = models.JSONField(default=dict)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.OPEN, db_index=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_by = models.ForeignKey(LinkEvent, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["left", "right"], name="review_pair_once"),
            models.CheckConstraint(condition=Q(left__lt=models.F("right")), name="review_ordered"),
        ]
        ordering = ["-score"]

    def __str__(self) -> str:
        return f"{self.left_id}/{self.right_id} ({self.status})"


class Household(models.Model):
    """A household as declared at a desk (``household_ref``), or built on the household form."""

    source = models.CharField(max_length=100, blank=True)
    ref = models.CharField(max_length=100)
    site = models.ForeignKey(Site, null=True, blank=True, on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "ref"], name="household_source_ref")
        ]

    def __str__(self) -> str:
        return self.ref


class Relationship(models.TextChoices):
    HEAD = "head", _("head")
    SPOUSE = "spouse", _("spouse")
    CHILD = "child", _("child")
    PARENT = "parent", _("parent")
    SIBLING = "sibling", _("sibling")
    GRANDCHILD = "grandchild", _("grandchild")
    GRANDPARENT = "grandparent", _("grandparent")
    OTHER = "other", _("other relative")
    UNKNOWN = "", _("not known")


class HouseholdMember(models.Model):
    """Membership is held by a registration (stable), so the household follows its persons
    through every merge and split."""

    household = models.ForeignKey(Household, on_delete=models.PROTECT, related_name="members")
    registration = models.ForeignKey(
        Registration, on_delete=models.PROTECT, related_name="memberships"
    )
    relationship = models.CharField(max_length=12, choices=Relationship.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["household", "registration"], name="household_member_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.household_id}: {self.registration_id} {self.relationship}"


class LinkageRun(models.Model):
    """One run of the linkage engine over the registry, with the model it used.

    ``config`` is the engine's fitted configuration (thresholds, m/u), so any link can be
    explained later; ``max_registration_id`` marks what an incremental run has already seen.
    """

    class Mode(models.TextChoices):
        FULL = "full", _("full")
        INCREMENTAL = "incremental", _("incremental")

    mode = models.CharField(max_length=12, choices=Mode.choices)
    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    max_registration_id = models.BigIntegerField(default=0)
    config = models.JSONField(default=dict, blank=True)
    stats = models.JSONField(default=dict, blank=True)
    event = models.ForeignKey(LinkEvent, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"{self.mode} run #{self.pk}"
