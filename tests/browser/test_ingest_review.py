"""In a real browser: paste an article, edit a draft in place, publish it, find it on the timeline."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.request import urlopen

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
PASSWORD = "correct horse battery"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The server runs the real extraction engine; until app/extraction/engine.py exists, the test's stand-in.
SERVE = """
import importlib.util, sys, uvicorn
from app.ingest import service
if importlib.util.find_spec("app.extraction.engine") is None:
    from tests.ingest import fakes
    service.default_extractor = lambda: fakes.extract
uvicorn.run("app.main:create_app", factory=True, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


def _entente(*args: str) -> list[str]:
    return [sys.executable, "-c", "from app.cli import main; main()", *args]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn on a free port over its own SQLite file, with the demo data and an analyst `ana`."""
    var = tmp_path_factory.mktemp("ingest-browser")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{var / 'app.db'}", "ENTENTE_VAR_DIR": str(var)}
    env.pop("ENTENTE_TEST_DB", None)
    for args in (
        ("db", "upgrade"),
        ("demo",),
        ("users", "create", "ana", "--role", "analyst", "--password", PASSWORD),
    ):
        subprocess.run(_entente(*args), cwd=ROOT, env=env, check=True, capture_output=True)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, str(port)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urlopen(f"{base}/healthz", timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_paste_edit_publish_then_on_timeline(server: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    seed = CORPUS / "ind-usa-call-2025-07-01.txt"
    if not seed.exists():
        pytest.skip("corpus not found")
    summary = "Singh and Hegseth reviewed the partnership by phone (browser test)"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
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
