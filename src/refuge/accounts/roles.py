"""Roles and what each may do. Checked on the server for every page and API operation."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    REGISTRAR = "registrar", _("Registrar")
    CASE_WORKER = "case_worker", _("Case worker")
    DATA_OFFICER = "data_officer", _("Data officer")
    COORDINATOR = "coordinator", _("Coordinator")
    ADMIN = "admin", _("Administrator")


# Who may see a person's details. Coordinators see aggregates only, never a person.
PERSON_READERS = frozenset({Role.REGISTRAR, Role.CASE_WORKER, Role.DATA_OFFICER, Role.ADMIN})
REGISTRARS = frozenset({Role.REGISTRAR, Role.CASE_WORKER, Role.DATA_OFFICER, Role.ADMIN})
CASE_WORKERS = frozenset({Role.CASE_WORKER, Role.DATA_OFFICER, Role.ADMIN})
DATA_OFFICERS = frozenset({Role.DATA_OFFICER, Role.ADMIN})
REPORT_READERS = frozenset({Role.COORDINATOR, Role.DATA_OFFICER, Role.ADMIN})
ADMINS = frozenset({Role.ADMIN})
