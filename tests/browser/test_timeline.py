"""In a real browser: choosing a filter updates the list and the URL without a reload; Back restores."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.live import CHROMIUM, CHROMIUM_ARGS, live_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def timeline_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A uvicorn server on a free port over its own SQLite file, loaded with the demo data."""
    with live_server(tmp_path_factory.mktemp("browser")) as base:
        yield base


def _ids(page: object) -> list[str]:
    return page.eval_on_selector_all("li.engagement", "els => els.map(e => e.id)")  # type: ignore[attr-defined]


def test_filter_changes_list_and_url_and_back_restores(timeline_server: str) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
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
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
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
