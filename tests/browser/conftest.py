"""Browser tests: Playwright (sync API) driving Debian's Chromium against ``live_server``.

Playwright's own browser download cannot be reached from these machines, so the tests launch
``/usr/bin/chromium``. Without it they skip with a reason, except in CI, where they must run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a
# thread with a running loop unless told it is safe (it is: the loop is Playwright's, idle
# while the test's own code runs).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
TIMEOUT_MS = 15_000


def pytest_collection_modifyitems(config: Any, items: list[Any]) -> None:
    if CHROMIUM.exists() or os.environ.get("CI") == "true":
        return  # in CI a missing browser is a failure, not a skip
    skip = pytest.mark.skip(
        reason="/usr/bin/chromium is missing: apt-get install chromium (scripts/ensure-chromium.sh)"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing (CI=true): install Debian's chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Any, live_server: Any) -> Iterator[Any]:
    """A fresh browser context (no cookies) whose every request is recorded, so a test can
    show that nothing was fetched from anywhere but refuge itself."""
    context = browser.new_context(locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.requested_urls = []  # type: ignore[attr-defined]
    page.on("request", lambda request: page.requested_urls.append(request.url))
    yield page
    context.close()


@pytest.fixture(autouse=True)
def fast_password_hasher(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def users(transactional_db: None, cast: dict[str, Any]) -> dict[str, Any]:
    """The cast, in a database the live server's thread can see."""
    return cast


def login(page: Any, live_server: Any, username: str) -> None:
    from tests.conftest import PASSWORD

    page.goto(f"{live_server.url}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit].primary")
    page.wait_for_url(f"{live_server.url}/")
