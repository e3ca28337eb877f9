"""In a real browser: choosing a filter updates the list and the URL without a reload; Back restores."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse
from urllib.request import urlopen

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _entente(*args: str, env: dict[str, str]) -> list[str]:
    return [sys.executable, "-c", "from app.cli import main; main()", *args]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def timeline_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A uvicorn server on a free port over its own SQLite file, loaded with the demo data."""
    var = tmp_path_factory.mktemp("browser")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{var / 'app.db'}", "ENTENTE_VAR_DIR": str(var)}
    env.pop("ENTENTE_TEST_DB", None)
    for args in (("db", "upgrade"), ("demo",)):
        subprocess.run(_entente(*args, env=env), cwd=ROOT, env=env, check=True, capture_output=True)
    port = _free_port()
    server = subprocess.Popen(
        _entente("serve", "--port", str(port), env=env),
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urlopen(f"{base}/healthz", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def _ids(page: object) -> list[str]:
    return page.eval_on_selector_all("li.engagement", "els => els.map(e => e.id)")  # type: ignore[attr-defined]


def test_filter_changes_list_and_url_and_back_restores(timeline_server: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(f"{timeline_server}/")
            before = _ids(page)
            summary_before = page.inner_text("#summary")
            assert before
            # choose the country that narrows the list the most
            codes = page.eval_on_selector_all(
                "#filter-country option", "os => os.map(o => o.value).filter(v => v)"
            )
            page.select_option("#filter-country", codes[-1])
            page.wait_for_url(lambda url: "country=" in url)
            page.wait_for_function(
                "prev => document.querySelector('#summary').innerText !== prev", arg=summary_before
            )
            after = _ids(page)
            assert after and after != before
            assert parse_qs(urlparse(page.url).query) == {"country": [codes[-1]]}
            assert page.evaluate("window.performance.getEntriesByType('navigation').length") == 1  # no reload

            page.go_back()
            page.wait_for_url(lambda url: "country=" not in url)
            page.wait_for_function(
                "n => document.querySelectorAll('li.engagement').length === n", arg=len(before)
            )
            assert _ids(page) == before
            assert page.inner_text("#summary") == summary_before

            page.reload()  # a filtered URL reloads to the same list
            page.goto(f"{timeline_server}/?country={codes[-1]}")
            assert _ids(page) == after
            assert errors == []
        finally:
            browser.close()


def test_country_page_draws_its_charts(timeline_server: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on(
                "response",
                lambda r: errors.append(r.url) if r.status >= 400 and "favicon" not in r.url else None,
            )
            page.goto(f"{timeline_server}/countries/IND")
            page.wait_for_function("document.querySelectorAll('figure.chart[data-drawn]').length >= 3")
            assert errors == []
        finally:
            browser.close()
