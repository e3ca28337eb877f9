"""In a real browser: sign in, visit every page with no CSP violation or script error, sign out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.live import CHROMIUM, CHROMIUM_ARGS, live_server

pytestmark = pytest.mark.browser

PAGES = ("/", "/officials", "/countries", "/ingest", "/review", "/admin/users", "/admin/pillars")
PASSWORD = "browser admin pw"


@pytest.fixture(scope="module")
def secure_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A uvicorn server on a free port over its own SQLite file, with demo data and an admin account."""
    var = tmp_path_factory.mktemp("browser_security")
    with live_server(var, users=[("root", "admin", PASSWORD)]) as base:
        yield base


def test_pages_run_under_the_csp_and_sign_in_out_works(secure_server: str) -> None:
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("console", lambda m: _console(m, page.url, problems))
            page.on("response", lambda r: _failed(r.url, r.status, problems))
            page.on("pageerror", lambda e: problems.append(f"{page.url}: {e}"))
            page.goto(f"{secure_server}/login?next=/admin/users")
            page.fill("input[name=name]", "root")
            page.fill("input[name=password]", PASSWORD)
            page.click("form[action='/login'] button[type=submit]")
            page.wait_for_url("**/admin/users")
            assert page.locator("td.name", has_text="root").count() == 1
            for path in PAGES:
                response = page.goto(f"{secure_server}{path}")
                assert response is not None and response.status == 200, path
                page.wait_for_load_state("networkidle")
            page.click("form[action='/logout'] button")
            page.wait_for_url(f"{secure_server}/")
            assert page.locator("a[href='/login']").count() >= 1
        finally:
            browser.close()
    assert not problems, "\n".join(problems)


def _console(message: object, url: str, problems: list[str]) -> None:
    """Console errors (CSP violations, script errors); failed loads are checked per response instead."""
    text = getattr(message, "text", "")
    if getattr(message, "type", "") == "error" and not text.startswith("Failed to load resource"):
        problems.append(f"{url}: {text}")


def _failed(url: str, status: int, problems: list[str]) -> None:
    if status >= 400 and not url.endswith("/favicon.ico"):
        problems.append(f"{url} -> {status}")
