"""Every page and every API operation, against every role (and no login).

Routes are discovered, not listed: every page must declare its roles with ``@role_required``
(or be one of the few public or any-login pages below), every API operation must publish
``x-roles`` in the OpenAPI document. A route that declares nothing fails here, so a new page
cannot ship without a decision about who may open it. Then, for each route and role, GET and
POST (the role check comes before the method check and before any body is read):

- a role that is allowed is not refused (no 401/403, no redirect to the login, no 500);
- any other role gets 403; without a login, pages redirect to the login and the API says 401.
  Never a 405 (which would tell a stranger that a page takes POST) nor a 422 (which would tell
  them the shape of the body): what a refused caller sends is not looked at.

Object ids in routes are ones that do not exist: an allowed role gets past the role check and
finds nothing (404), so the sweep changes no data.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from refuge.accounts import roles
from refuge.accounts.roles import Role
from tests.conftest import CAST, PASSWORD

ROLE_USER = {role: user for user, role in CAST.items()}
MISSING_ID = "999999"

# Pages that are not role-checked, on purpose.
PUBLIC = {"login", "logout", "set_language"}
ANY_LOGIN = {"home"}
SKIPPED_PREFIXES = ("admin/", "api/", "static/")

# The desk's pages and operations, stated once more here so that loosening a role set in the
# code shows up as a failing test, not only as a diff.
DESK_PAGES = {
    "desk": roles.REGISTRARS,
    "registration_new": roles.REGISTRARS,
    "household_new": roles.REGISTRARS,
    "person_detail": roles.PERSON_READERS,
    "person_split": roles.DATA_OFFICERS,
    "person_merge": roles.DATA_OFFICERS,
    "event_undo": roles.DATA_OFFICERS,
    "review_list": roles.DATA_OFFICERS,
    "review_detail": roles.DATA_OFFICERS,
    "review_decide": roles.DATA_OFFICERS,
}
DESK_OPERATIONS = {
    ("get", "/api/search"): roles.REGISTRARS,
    ("get", "/api/sites"): roles.REGISTRARS,
    ("post", "/api/registrations"): roles.REGISTRARS,
    ("post", "/api/households"): roles.REGISTRARS,
    ("get", "/api/persons/{person_id}"): roles.PERSON_READERS,
    ("get", "/api/review"): roles.DATA_OFFICERS,
    ("get", "/api/review/{item_id}"): roles.DATA_OFFICERS,
    ("post", "/api/review/{item_id}/decision"): roles.DATA_OFFICERS,
    ("post", "/api/link-events/{event_id}/undo"): roles.DATA_OFFICERS,
}
# Coordinators see aggregates only: none of these may ever include them.
PERSON_LEVEL = {"desk", "registration_new", "household_new", "person_detail", "review_detail"}


def _patterns(
    patterns: list[Any], prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str, Any]]:
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
            yield from _patterns(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            yield prefix + str(p.pattern), f"{namespace}{p.name or ''}", p.callback


def _concrete(route: str) -> str:
    """A URL for a route pattern: ids that do not exist, ``x`` for any other parameter."""
    route = re.sub(r"<int:\w+>", MISSING_ID, route)
    route = re.sub(r"<(?:str|slug):\w+>", "x", route)
    route = re.sub(r"<path:\w+>", "x", route)
    return "/" + route.lstrip("^").rstrip("$")


PAGES = sorted(
    (route, name, callback)
    for route, name, callback in _patterns(get_resolver().url_patterns)
    if not route.startswith(SKIPPED_PREFIXES)
)


@pytest.fixture(autouse=True)
def fast_password_hasher(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _is_login_redirect(response: Any) -> bool:
    return response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_every_page_declares_who_may_open_it():
    undeclared = [
        f"/{route} ({name})"
        for route, name, callback in PAGES
        if not hasattr(callback, "allowed_roles") and name not in PUBLIC | ANY_LOGIN
    ]
    assert not undeclared, f"pages without @role_required: {undeclared}"


def test_the_desk_pages_keep_their_role_sets():
    declared = {name: callback.allowed_roles for _r, name, callback in PAGES if name in DESK_PAGES}
    assert declared == DESK_PAGES
    for name in PERSON_LEVEL:
        assert Role.COORDINATOR not in declared[name], name


@pytest.mark.parametrize(
    ("route", "name", "callback"), PAGES, ids=[f"/{route}" for route, _n, _c in PAGES]
)
def test_page_against_every_role(cast, route, name, callback):
    if name in PUBLIC:
        return
    url = _concrete(route)
    allowed = getattr(callback, "allowed_roles", frozenset(Role.values))
    failures = []
    anonymous = Client()
    for method in ("get", "post"):
        response = getattr(anonymous, method)(url)
        if not _is_login_redirect(response):
            failures.append(f"anonymous {method.upper()} {url}: {response.status_code}")
    for role in Role.values:
        client = Client()
        client.force_login(cast[ROLE_USER[role]])
        for method in ("get", "post"):
            status = getattr(client, method)(url).status_code
            if role in allowed:
                ok = status not in (401, 403, 500)
            else:
                ok = status == 403
            if not ok:
                expected = "403" if role not in allowed else "not refused"
                failures.append(f"{role} {method.upper()} {url}: {status}, expected {expected}")
    assert not failures, "\n".join(failures)


def test_the_admin_site_is_for_administrators_only(cast):
    for role in Role.values:
        client = Client()
        client.force_login(cast[ROLE_USER[role]])
        response = client.get(reverse("admin:index"))
        assert (response.status_code == 200) == (role == Role.ADMIN), role


# --- the API -------------------------------------------------------------------------------


def _operations() -> list[tuple[str, str, frozenset[str] | None]]:
    from refuge.core import api_urls  # noqa: F401  (mounts every app's router)
    from refuge.core.api import api

    schema = api.get_openapi_schema()
    return sorted(
        (method, path, frozenset(op["x-roles"]) if "x-roles" in op else None)
        for path, item in schema["paths"].items()
        for method, op in item.items()
    )


OPERATIONS = _operations()


def _basic(role: str) -> dict[str, str]:
    token = base64.b64encode(f"{ROLE_USER[role]}:{PASSWORD}".encode()).decode()
    return {"HTTP_AUTHORIZATION": f"Basic {token}"}


def test_every_api_operation_publishes_its_roles():
    undeclared = [f"{m.upper()} {p}" for m, p, allowed in OPERATIONS if allowed is None]
    assert not undeclared, f"operations without x-roles: {undeclared}"
    unknown = {r for _m, _p, allowed in OPERATIONS for r in allowed or ()} - set(Role.values)
    assert not unknown


def test_the_desk_operations_keep_their_role_sets():
    declared = {(m, p): allowed for m, p, allowed in OPERATIONS if (m, p) in DESK_OPERATIONS}
    assert declared == DESK_OPERATIONS
    assert Role.COORDINATOR not in declared[("get", "/api/persons/{person_id}")]


EXAMPLE_FORMATS = {"date": "2023-09-25", "date-time": "2023-09-25T12:00:00+04:00"}


def _example(schema: dict[str, Any], components: dict[str, Any]) -> Any:
    """A value that passes validation against a JSON schema: required fields only, ids that do
    not exist, first enum values. So a refused role meets the role check, not the validator,
    and an allowed one gets past both (and finds nothing)."""
    if "$ref" in schema:
        return _example(components[schema["$ref"].rsplit("/", 1)[1]], components)
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return _example(schema[key][0], components)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {k: _example(props[k], components) for k in schema.get("required", [])}
    if kind == "array":
        return []
    if schema.get("format") in EXAMPLE_FORMATS:
        return EXAMPLE_FORMATS[schema["format"]]
    return {"integer": int(MISSING_ID), "number": 0, "boolean": False}.get(kind, "x")


def _body(method: str, path: str) -> dict[str, Any]:
    if method == "get":
        return {}
    from refuge.core.api import api

    schema = api.get_openapi_schema()
    content = schema["paths"][path][method].get("requestBody", {}).get("content", {})
    body_schema = content.get("application/json", {}).get("schema")
    body = _example(body_schema, schema["components"]["schemas"]) if body_schema else {}
    return {"content_type": "application/json", "data": body}


@pytest.mark.parametrize(
    ("method", "path", "allowed"), OPERATIONS, ids=[f"{m.upper()} {p}" for m, p, _a in OPERATIONS]
)
def test_api_operation_against_every_role(cast, method, path, allowed):
    url = re.sub(r"\{\w+\}", MISSING_ID, path)
    kwargs = _body(method, path)
    failures = []
    status = getattr(Client(), method)(url, **kwargs).status_code
    if status != 401:
        failures.append(f"anonymous: {status}, expected 401")
    for role in Role.values:
        status = getattr(Client(), method)(url, **kwargs, **_basic(role)).status_code
        refused = role not in (allowed or ())
        if status != 403 if refused else status in (401, 403, 500):
            failures.append(f"{role}: {status}, expected {'403' if refused else 'not refused'}")
    assert not failures, f"{method.upper()} {path}\n" + "\n".join(failures)


MALFORMED = [
    pytest.param({"content_type": "application/json", "data": "{not json"}, id="not json"),
    pytest.param({"content_type": "application/json", "data": {"unexpected": [1]}}, id="wrong"),
]


@pytest.mark.parametrize("body", MALFORMED)
@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [op for op in OPERATIONS if op[0] != "get"],
    ids=[f"{m.upper()} {p}" for m, p, _a in OPERATIONS if m != "get"],
)
def test_a_refused_caller_with_a_malformed_request_gets_403_not_422(
    cast, method, path, allowed, body
):
    """The role check runs before ninja validates the path, query and body: a refused role
    learns nothing about what the operation expects. Path ids are not even numbers here."""
    url = re.sub(r"\{\w+\}", "x", path)
    assert getattr(Client(), method)(url, **body).status_code == 401
    for role in sorted(set(Role.values) - set(allowed or ())):
        status = getattr(Client(), method)(url, **body, **_basic(role)).status_code
        assert status == 403, f"{role} {method.upper()} {path}: {status}"


def test_the_api_also_accepts_the_session_of_a_logged_in_user(cast):
    client = Client()
    client.force_login(cast["coordinator"])
    assert client.get("/api/search?q=x").status_code == 403
    client.force_login(cast["registrar_goris"])
    assert client.get("/api/search?q=x").status_code == 200
