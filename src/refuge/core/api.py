"""The one JSON API object, and ``operation(...)``, the one way an app declares an operation.

Authenticated by the Django session (with CSRF) or HTTP basic auth for scripts; every operation
checks roles with the same sets as the pages (``refuge.accounts.roles``). Each app adds its
router in ``core/api_urls.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth import authenticate
from django.http import HttpRequest
from ninja import NinjaAPI, Router
from ninja.security import HttpBasicAuth, SessionAuth

from refuge.core.errors import ApplicationError

FORBIDDEN = "Your role may not use this operation."


class BasicAuth(HttpBasicAuth):
    def authenticate(self, request: HttpRequest, username: str, password: str) -> Any:
        user = authenticate(request, username=username, password=password)
        if user is not None and user.is_active:
            request.user = user
            return user
        return None


def _allowed_user(user: Any, allowed: frozenset[str]) -> Any:
    if user is not None and not user.has_role(allowed):
        raise ApplicationError(FORBIDDEN, status=403)
    return user


class RoleSessionAuth(SessionAuth):
    """The session login, then the role check: a known user of another role gets 403, before
    the request body is even read (so a refused caller learns nothing from a 422)."""

    def __init__(self, allowed: frozenset[str]) -> None:
        super().__init__()
        self.allowed = allowed

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        return _allowed_user(super().authenticate(request, key), self.allowed)


class RoleBasicAuth(BasicAuth):
    """HTTP basic auth for scripts, then the same role check."""

    def __init__(self, allowed: frozenset[str]) -> None:
        super().__init__()
        self.allowed = allowed

    def authenticate(self, request: HttpRequest, username: str, password: str) -> Any:
        return _allowed_user(super().authenticate(request, username, password), self.allowed)


def operation(
    router: Router, method: str, path: str, *, allowed: frozenset[str], **kwargs: Any
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register an operation on ``router`` that only ``allowed`` roles may call: 403 for the
    others and 401 without a login, both decided during authentication, so before ninja reads
    the path, query or body (a role checked inside the view would come after validation and
    answer a refused caller's malformed body with 422). The roles are published in the OpenAPI
    document as ``x-roles``; the role matrix test reads them from there."""
    register = getattr(router, method)
    return register(  # type: ignore[no-any-return]
        path,
        auth=[RoleSessionAuth(allowed), RoleBasicAuth(allowed)],
        openapi_extra={"x-roles": sorted(allowed)},
        **kwargs,
    )


api = NinjaAPI(
    title="refuge API",
    version="1",
    description="Search, registration and review for refuge. Every operation needs a login.",
    auth=[SessionAuth(), BasicAuth()],
    openapi_url="/openapi.json",
    docs_url="/docs",
    urls_namespace="api",
)


@api.exception_handler(ApplicationError)
def application_error(request: HttpRequest, exc: ApplicationError) -> Any:
    return api.create_response(request, {"detail": exc.message}, status=exc.status)
