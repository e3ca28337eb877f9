"""In a real browser: paste an article, edit a draft in place, publish it, find it on the timeline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.live import CHROMIUM, CHROMIUM_ARGS, ROOT, live_server

pytestmark = pytest.mark.browser

CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn on a free port over its own SQLite file, with the demo data and an analyst `ana`."""
    with live_server(tmp_path_factory.mktemp("ingest-browser"), users=[("ana", "analyst", PASSWORD)]) as base:
        yield base


def test_paste_edit_publish_then_on_timeline(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    seed = CORPUS / "ind-usa-call-2025-07-01.txt"
    if not seed.exists():
        pytest.skip("corpus not found")
    summary = "Singh and Hegseth reviewed the partnership by phone (browser test)"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{server}/login")
            page.fill('input[name="name"]', "ana")
            page.fill('input[name="password"]', PASSWORD)
            page.click('button[type="submit"]')
            page.goto(f"{server}/ingest")
            page.fill("#text", seed.read_text(encoding="utf-8"))
            page.fill('input[name="published"]', "2025-07-02")
            page.click("#ingest-form button[type=submit]")
            page.wait_for_url("**/review/*")
            expect(page.locator("#article-text mark", has_text="Rajnath Singh").first).to_be_visible()
            card = page.locator("article.draft").first
            card_id = card.get_attribute("id")
            card.locator('input[name="p_name"]').first.focus()  # focusing a field lights up its evidence
            expect(page.locator("#article-text mark.active", has_text="Rajnath Singh").first).to_be_visible()
            card.locator('textarea[name="summary"]').fill(summary)
            card.locator("button.save").click()
            card = page.locator(f"#{card_id}")
            expect(card.locator('form.edit input[name="version"]')).to_have_value("2")
            card.locator("button.publish").click()
            expect(card.locator(".status")).to_have_text("published")
            page.locator("h1").click()  # leave the fields: shortcuts act on the current draft
            page.keyboard.press("j")  # next draft (the Pentagon meeting)
            expect(page.locator("article.draft.current")).not_to_have_id(card_id or "")
            second_id = page.locator("article.draft.current").get_attribute("id")
            page.keyboard.press("r")  # reject it
            expect(page.locator(f"#{second_id} .status")).to_have_text("rejected")
            page.goto(f"{server}/")
            expect(page.locator("li.engagement", has_text=summary)).to_have_count(1)
        finally:
            browser.close()
