"""Small factories that go through the real registry services."""

from __future__ import annotations

from typing import Any

from refuge.registry.models import Person, Registration, Site
from refuge.registry.selectors import person_of_registration
from refuge.registry.services import registration_register


def register(site: Site, actor: Any = None, **fields: Any) -> Registration:
    fields.setdefault("given_name", "Armen")
    fields.setdefault("family_name", "Hakobyan")
    return registration_register(site=site, actor=actor, **fields)


def person(registration: Registration) -> Person:
    return person_of_registration(registration)
