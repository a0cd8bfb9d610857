"""The one JSON API object; each app adds its router in ``core/api_urls.py``.

Authenticated by the Django session (with CSRF) or HTTP basic auth for scripts; every operation
checks roles with the same sets as the pages (``refuge.accounts.roles``).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import authenticate
from django.http import HttpRequest
from ninja import NinjaAPI
from ninja.security import HttpBasicAuth, SessionAuth

from refuge.core.errors import ApplicationError


class BasicAuth(HttpBasicAuth):
    def authenticate(self, request: HttpRequest, username: str, password: str) -> Any:
        user = authenticate(request, username=username, password=password)
        if user is not None and user.is_active:
            request.user = user
            return user
        return None


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
