"""Shared fixtures: a fixed cast of users, one per role, and database guards.

The cast (``registrar_goris``, ``case_worker``, ``data_officer``, ``coordinator``, ``admin``) is
created through the real service, so tests go through the code paths users do.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

CAST = {
    "registrar_goris": "registrar",
    "case_worker": "case_worker",
    "data_officer": "data_officer",
    "coordinator": "coordinator",
    "admin": "admin",
}
PASSWORD = "correct-horse-battery-staple"


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    on_postgres = os.environ.get("DATABASE_URL", "").startswith(("postgres", "postgresql"))
    required = os.environ.get("REFUGE_REQUIRE_POSTGRES") == "1"
    for item in items:
        if "postgres" in item.keywords and not on_postgres:
            if required:
                raise pytest.UsageError("REFUGE_REQUIRE_POSTGRES is set but DATABASE_URL is not")
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL"))


def _django_configured() -> bool:
    """False when the plain-Python suites (engine, generator) run with ``-p no:django``."""
    from django.conf import settings

    return settings.configured


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> None:
    """Test settings only speed things up: the real hasher costs half a second per user."""
    if _django_configured():
        from django.conf import settings

        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _english_unless_asked() -> Any:
    """A page rendered in Armenian leaves its language active in the thread; each test starts
    in the default language so messages do not depend on the order tests run in."""
    if not _django_configured():
        yield
        return
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def cast(db: None) -> dict[str, Any]:
    from refuge.accounts.services import user_create

    return {
        name: user_create(username=name, password=PASSWORD, role=role)
        for name, role in CAST.items()
    }


@pytest.fixture
def site(db: None) -> Any:
    from refuge.registry.models import Site

    return Site.objects.create(name="Goris", province="Syunik")
