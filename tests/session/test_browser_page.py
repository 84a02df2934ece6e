"""The participants' page in a real browser (Debian's chromium driven by Playwright, nothing
downloaded): join with the code, add a note, place a dot; the note is on the host's map, and
participants' text shows as text. A phone-sized screenshot is kept for looking at."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from mapstudio.session.pageclient import PageClient
from tests.session.hosting import CODE, HostThread, page_url, workshop_map

os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
CHROMIUM = "/usr/bin/chromium"
BROWSER_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
    "--disable-sync", "--disable-default-apps", "--disable-extensions",
]  # fmt: skip
SHOTS = Path(os.environ.get("MAPSTUDIO_SHOTS", "")) if os.environ.get("MAPSTUDIO_SHOTS") else None

playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(
    not shutil.which(CHROMIUM), reason="Debian's chromium is not installed"
)


def test_a_phone_joins_adds_a_note_and_votes(tmp_path):
    expect = playwright_api.expect
    path = workshop_map(tmp_path)
    with HostThread(path) as served, playwright_api.sync_playwright() as pw:
        host = served.host
        doc = host.access.doc

        # Another participant's note with markup in it, to see it shown as text.
        async def other() -> PageClient:
            bo = PageClient(page_url(host), CODE, "Bo")
            assert await bo.join()
            stage, lane = doc.stages()[0].id, doc.lanes()[0].id
            await bo.request(
                {
                    "type": "add_note",
                    "stage": stage,
                    "lane": lane,
                    "text": "<b>bold?</b><script>x</script>",
                }
            )
            return bo

        bo = served.call(other())
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=1)
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.goto(f"http://127.0.0.1:{host.port}/#code={CODE}")
            assert page.input_value("#code") == CODE  # from the QR code's link
            page.fill("#name", "Zoé")
            page.click("#join-button")
            page.wait_for_selector("#board:not([hidden])")
            assert page.locator("#join").is_hidden()
            assert page.text_content("#title") == doc.map.title
            stage = doc.stages()[0]
            assert page.locator("#stages button[aria-pressed=true]").text_content() == stage.name
            first_lane = page.locator(".lane").first
            shown = first_lane.locator(".note .text").last.text_content()
            assert shown == "<b>bold?</b><script>x</script>"  # text, not markup
            assert page.locator(".note script, .note b").count() == 0
            first_lane.locator(".add-note").click()
            first_lane.locator("textarea").fill("Compare prices in store")
            first_lane.get_by_role("button", name="Save").click()
            page.wait_for_selector(".note.mine")
            notes = [c for c in doc.map.cards if c.text == "Compare prices in store"]
            assert len(notes) == 1
            zoe = doc.get(notes[0].author)
            assert zoe.name == "Zoé" and (notes[0].stage, notes[0].lane) == (
                stage.id,
                doc.lanes()[0].id,
            )
            page.locator(".note.mine .cast-dot").click()
            expect(page.locator("#vote-left")).to_have_text("Dots left: 2")
            assert [(d.card, d.participant) for d in doc.map.dots] == [(notes[0].id, zoe.id)]
            assert page.locator(".note.mine .dots").text_content() == "●"
            if SHOTS:
                SHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SHOTS / "session-phone-390x844.png"))
            # French, and 360 px wide without sideways scrolling.
            page.click("#lang")
            assert page.locator(".note.mine .cast-dot").text_content() == "+ Gommette"
            # Edit and delete one's own note (the delete asks first).
            mine = page.locator(".note.mine")
            mine.get_by_role("button", name="Modifier").click()
            page.locator(".note.mine textarea").fill("Compare les prix en magasin")
            page.get_by_role("button", name="Enregistrer").click()
            expect(page.locator(".note.mine .text")).to_have_text("Compare les prix en magasin")
            assert doc.get(notes[0].id).text == "Compare les prix en magasin"
            for left in ("1", "0"):
                page.locator(".note.mine .cast-dot").click()
                expect(page.locator("#vote-left")).to_have_text(f"Gommettes restantes : {left}")
            page.locator(".note.mine .cast-dot").click()  # none left: said in French
            expect(page.locator("#status")).to_have_text("Vous avez posé toutes vos gommettes.")
            assert len(doc.map.dots) == 3
            page.set_viewport_size({"width": 360, "height": 740})
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
            if SHOTS:
                page.screenshot(path=str(SHOTS / "session-phone-360-fr.png"))
            page.once("dialog", lambda dialog: dialog.accept())
            page.locator(".note.mine").get_by_role("button", name="Supprimer").click()
            expect(page.locator(".note.mine")).to_have_count(0)
            assert doc.get(notes[0].id) is None and not doc.map.dots  # its dots went with it
            assert not errors
        finally:
            browser.close()
        served.call(bo.drop())
