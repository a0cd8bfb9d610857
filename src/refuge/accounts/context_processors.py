from typing import Any

from django.http import HttpRequest

from refuge.accounts import roles


def role(request: HttpRequest) -> dict[str, Any]:
    """Expose what the current user may do, so templates show only what they may use."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"can": {}}
    return {
        "can": {
            "read_persons": user.has_role(roles.PERSON_READERS),
            "register": user.has_role(roles.REGISTRARS),
            "case_work": user.has_role(roles.CASE_WORKERS),
            "review": user.has_role(roles.DATA_OFFICERS),
            "reports": user.has_role(roles.REPORT_READERS),
            "admin": user.has_role(roles.ADMINS),
        }
    }
