"""refuge.linkage has no Django: these tests run with ``-p no:django``.

The project conftest speeds up Django's password hashing in an autouse fixture; linkage tests
override it with a no-op so they need no settings.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashing() -> None:
    return None
