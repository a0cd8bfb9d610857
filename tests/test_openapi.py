"""The API contract: the OpenAPI document the code generates is the committed one.

A change to any operation, schema or role set shows up in review as a diff of
``tests/openapi.json``. After an intended change, regenerate it with
``REFUGE_UPDATE_OPENAPI=1 .venv/bin/pytest tests/test_openapi.py`` and commit it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from django.test import Client

SNAPSHOT = Path(__file__).with_name("openapi.json")


def _dump(schema: dict) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def test_the_served_document_is_the_committed_contract(db):
    response = Client().get("/api/openapi.json")
    assert response.status_code == 200
    served = _dump(response.json())
    if os.environ.get("REFUGE_UPDATE_OPENAPI") == "1":
        SNAPSHOT.write_text(served, encoding="utf-8")
    assert served == SNAPSHOT.read_text(encoding="utf-8"), (
        "the API changed: review the difference, then regenerate tests/openapi.json with "
        "REFUGE_UPDATE_OPENAPI=1 .venv/bin/pytest tests/test_openapi.py"
    )


def test_every_operation_needs_a_login_and_states_its_roles(db):
    schema = Client().get("/api/openapi.json").json()
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            assert operation.get("security"), f"{method} {path} has no authentication"
            assert operation.get("x-roles"), f"{method} {path} states no roles"
