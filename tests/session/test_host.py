"""A real session host on 127.0.0.1 against participants speaking the page's protocol: notes
and dots become edits on the host's map and in its file; wrong codes, oversized, malformed and
unfair messages are refused and never stop the host."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from websockets.asyncio.client import connect

from mapstudio.files import read_map
from mapstudio.session import guard
from mapstudio.session.pageclient import PageClient
from tests.session.hosting import CODE, hosted, page_url, workshop_map
from tests.session.test_convergence import until

# Times an answer (under 1 s): in parallel runs (make test) it shares one worker with the other
# timed tests rather than race them.
pytestmark = pytest.mark.xdist_group("timing")


def cell(client: PageClient) -> tuple[str, str]:
    stage = min(client.objects["stages"].values(), key=lambda s: s["order"])["id"]
    lane = min(client.objects["lanes"].values(), key=lambda x: x["order"])["id"]
    return stage, lane


def test_a_note_reaches_the_host_map_and_its_file(tmp_path):
    path = workshop_map(tmp_path)

    async def run():
        async with hosted(path) as host:
            ana = PageClient(page_url(host), "test-2345", "Ana <b>")  # as typed: lower case, dash
            assert await ana.join()
            stage, lane = cell(ana)
            start = time.perf_counter()
            answer = await ana.request(
                {"type": "add_note", "stage": stage, "lane": lane, "text": "<script>x</script>"}
            )
            assert answer["type"] == "ack"
            assert time.perf_counter() - start < 1.0
            card = host.access.doc.get(answer["id"])
            assert card.text == "<script>x</script>"  # literally, not escaped nor stripped
            assert host.access.doc.get(card.author).name == "Ana <b>"
            dot = await ana.request({"type": "cast_dot", "card": card.id})
            assert dot["type"] == "ack"
            await asyncio.sleep(1.0)  # the host saves shortly after a change
            saved = read_map(path)
            assert any(c.id == card.id and c.author == ana.you for c in saved.cards)
            assert [d.card for d in saved.dots] == [card.id]
            await ana.drop()
        return card.id

    card_id = asyncio.run(run())
    assert any(c.id == card_id for c in read_map(path).cards)  # saved again when it stopped


def test_participants_change_only_their_own_notes_and_the_map_rules_hold(tmp_path):
    path = workshop_map(tmp_path, dots_each=2)

    async def run():
        async with hosted(path) as host:
            ana, bo = (
                PageClient(page_url(host), CODE, "Ana"),
                PageClient(page_url(host), CODE, "Bo"),
            )
            assert await ana.join() and await bo.join()
            stage, lane = cell(ana)
            note = (
                await ana.request({"type": "add_note", "stage": stage, "lane": lane, "text": "a"})
            )["id"]
            for message in (
                {"type": "edit_note", "id": note, "text": "mine now"},
                {"type": "delete_note", "id": note},
            ):
                assert (await bo.request(message))["type"] == "refused"
            assert host.access.doc.get(note).text == "a"
            emotions = next(x.id for x in host.access.doc.lanes() if x.kind == "emotions")
            refused = [
                {"type": "add_note", "stage": "nowhere", "lane": lane, "text": "x"},
                {"type": "add_note", "stage": stage, "lane": emotions, "text": "x"},
                {"type": "add_note", "stage": stage, "lane": lane, "text": "   "},
                {"type": "add_note", "stage": stage, "lane": lane, "text": "x" * 2001},
                {"type": "cast_dot", "card": "card-nothing"},
            ]
            before = host.access.doc.map.model_dump_json()
            for message in refused:
                assert (await bo.request(message))["type"] == "refused", message
            assert host.access.doc.map.model_dump_json() == before  # nothing applied, not half
            assert (await bo.request({"type": "cast_dot", "card": note}))["type"] == "ack"
            assert (await bo.request({"type": "cast_dot", "card": note}))["type"] == "ack"
            third = await bo.request({"type": "cast_dot", "card": note})
            assert third["type"] == "refused" and "dots" in third["message"]
            assert third["code"] == "no_dots_left"
            ana_dot = (await ana.request({"type": "cast_dot", "card": note}))["id"]
            assert (await bo.request({"type": "remove_dot", "id": ana_dot}))["type"] == "refused"
            assert (await ana.request({"type": "delete_note", "id": note}))["type"] == "ack"
            assert host.access.doc.get(note) is None and not host.access.doc.map.dots
            await ana.drop()
            await bo.drop()

    asyncio.run(run())


def test_wrong_codes_are_refused_and_attempts_limited(tmp_path):
    path = workshop_map(tmp_path)

    async def run():
        async with hosted(path) as host:
            for attempt in range(guard.MAX_FAILED_ATTEMPTS):
                wrong = PageClient(page_url(host), f"WRONG{attempt:03d}", "Eve")
                assert not await wrong.join()
                assert wrong.refusal == {"type": "refused", "reason": "wrong_code"}
            right = PageClient(page_url(host), CODE, "Eve")
            assert not await right.join()  # even the right code, for a minute
            assert right.refusal["reason"] == "too_many_attempts"
            assert not host.access.doc.map.participants
            no_code = PageClient(page_url(host), "", "Eve")
            assert not await no_code.join()

    asyncio.run(run())
    assert guard.code_problem("SHORT") is not None and guard.code_problem("ABCD2345") is None
    assert len(guard.new_join_code()) >= guard.MIN_CODE_LENGTH


def test_malformed_and_oversized_messages_are_dropped_and_the_host_goes_on(tmp_path, caplog):
    path = workshop_map(tmp_path)

    async def run():
        async with hosted(path) as host:
            ana = PageClient(page_url(host), CODE, "Ana")
            assert await ana.join()
            stage, lane = cell(ana)
            assert ana.ws is not None
            for junk in (
                "not json",
                "[1, 2]",
                json.dumps({"type": "add_note", "stage": 3, "lane": None, "text": []}),
                json.dumps({"type": "format_disk"}),
                json.dumps(
                    {"type": "add_note", "stage": stage, "lane": lane, "text": "y" * 20_000}
                ),
                "[" * 50_000,
                b"\x00\xff binary",
            ):
                await ana.ws.send(junk)
            answer = await ana.request(
                {"type": "add_note", "stage": stage, "lane": lane, "text": "ok"}
            )
            assert answer["type"] == "ack"  # the same connection still works
            assert host.stats["malformed"] >= 6
            # A frame over the host's limit closes that connection only.
            async with connect(page_url(host), max_size=None) as raw:
                await raw.send(json.dumps({"type": "join", "code": CODE, "name": "Big"}))
                await raw.recv()
                await raw.send("x" * (2 * 1024 * 1024))
                await asyncio.wait_for(raw.wait_closed(), 5)
                assert raw.close_code == 1009
            # A first message that is no join, and silence, are refused too.
            async with connect(page_url(host)) as raw:
                await raw.send(json.dumps({"type": "add_note"}))
                await asyncio.wait_for(raw.wait_closed(), 5)
            later = PageClient(page_url(host), CODE, "Later")
            assert await later.join()
            texts = [c.text for c in host.access.doc.map.cards if c.author]
            assert texts == ["ok"]
            await ana.drop()
            await later.drop()

    asyncio.run(run())
    assert "malformed" in caplog.text


def test_the_page_and_only_the_page_is_served(tmp_path):
    import urllib.request

    path = workshop_map(tmp_path)

    async def run():
        async with hosted(path) as host:
            base = f"http://127.0.0.1:{host.port}"

            def get(p: str) -> tuple[int, bytes, dict]:
                try:
                    with urllib.request.urlopen(base + p, timeout=5) as r:
                        return r.status, r.read(), dict(r.headers)
                except urllib.error.HTTPError as e:
                    return e.code, b"", dict(e.headers)

            loop = asyncio.get_running_loop()
            status, body, headers = await loop.run_in_executor(None, get, "/")
            assert status == 200 and b"app.js" in body
            assert "script-src 'self'" in headers["Content-Security-Policy"]
            for other in ("/../pyproject.toml", "/workshop.journey.json", "/app.js/..", "/%2e%2e/"):
                assert (await loop.run_in_executor(None, get, other))[0] == 404

    asyncio.run(run())


def test_dots_of_a_hidden_vote_are_seen_by_their_owner_only_until_revealed(tmp_path):
    from mapstudio.core import edits
    from mapstudio.core.history import History

    path = workshop_map(tmp_path)

    async def run():
        async with hosted(path) as host:
            doc = host.access.doc
            History(doc).push(edits.update(doc, "vote-live", {"hidden": True}))
            ana, bo = (
                PageClient(page_url(host), CODE, "Ana"),
                PageClient(page_url(host), CODE, "Bo"),
            )
            assert await ana.join() and await bo.join()
            stage, lane = cell(ana)
            note = (
                await ana.request({"type": "add_note", "stage": stage, "lane": lane, "text": "a"})
            )["id"]
            dot = (await ana.request({"type": "cast_dot", "card": note}))["id"]
            await until(lambda: dot in ana.objects["dots"] and note in bo.objects["cards"])
            await asyncio.sleep(0.1)  # the dot's patch, had it been sent, would be there
            assert dot not in bo.objects["dots"]
            late = PageClient(page_url(host), CODE, "Late")
            assert await late.join() and dot not in late.objects["dots"]
            host.access.push(edits.update(doc, "vote-live", {"hidden": False}))  # revealed
            await until(lambda: dot in bo.objects["dots"] and dot in late.objects["dots"])
            host.access.push(edits.update(doc, "vote-live", {"hidden": True}))  # hidden again
            await until(lambda: dot not in bo.objects["dots"])
            assert dot in ana.objects["dots"]
            for c in (ana, bo, late):
                await c.drop()

    asyncio.run(run())


def test_a_session_caps_participants_and_each_ones_notes(tmp_path, monkeypatch):
    from mapstudio.files.history import list_versions
    from mapstudio.session import host as host_module

    monkeypatch.setattr(host_module, "MAX_PARTICIPANTS", 2)
    monkeypatch.setattr(intents_module(), "MAX_NOTES_EACH", 3)
    path = workshop_map(tmp_path)
    before = path.read_bytes()

    async def run():
        async with hosted(path) as host:
            ana, bo = (
                PageClient(page_url(host), CODE, "Ana"),
                PageClient(page_url(host), CODE, "Bo"),
            )
            assert await ana.join() and await bo.join()
            third = PageClient(page_url(host), CODE, "Cy")
            assert not await third.join() and third.refusal["reason"] == "full"
            assert await ana.join()  # one already in comes back with her token
            stage, lane = cell(ana)
            answers = [
                await ana.request(
                    {"type": "add_note", "stage": stage, "lane": lane, "text": f"{n}"}
                )
                for n in range(4)
            ]
            assert [a["type"] for a in answers] == ["ack", "ack", "ack", "refused"]
            await ana.drop()
            await bo.drop()

    asyncio.run(run())
    versions = list_versions(path)  # the map as it was before the session is kept
    assert versions and versions[-1].file.read_bytes() == before


def intents_module():
    from mapstudio.session import intents

    return intents
