"""Many participants at once against a real host: nothing lost, everyone converges, a
participant cut off mid-way catches up on reconnecting; MapStudio peers share the whole map
through the Yjs document and their offline edits merge."""

from __future__ import annotations

import asyncio
import random

from mapstudio.session.pageclient import PageClient
from mapstudio.session.peer import Peer
from tests.session.hosting import CODE, hosted, page_url, peer_url, workshop_map

PARTICIPANTS, NOTES = 30, 10  # as in a workshop; the load script measures latency on top


async def settle(host, clients, timeout: float = 10.0) -> None:
    """Wait until every client's notes and dots are the host's."""
    doc = host.access.doc
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        cards = {c.id: (c.stage, c.lane, c.text, c.author) for c in doc.map.cards}
        dots = {d.id for d in doc.map.dots}
        if all(c.notes() == cards and set(c.objects["dots"]) == dots for c in clients):
            return
        assert asyncio.get_running_loop().time() < deadline, "clients did not converge"
        await asyncio.sleep(0.05)


async def participant(client: PageClient, notes: int, rng: random.Random) -> list[str]:
    assert await client.join()
    cells = [(s, x) for s in client.objects["stages"] for x in client.objects["lanes"]]
    made = []
    for n in range(notes):
        stage, lane = rng.choice(cells)
        answer = await client.request(
            {"type": "add_note", "stage": stage, "lane": lane, "text": f"{client.name} #{n}"}
        )
        assert answer["type"] == "ack", answer
        made.append(answer["id"])
    for card in rng.sample(made, 2):
        assert (await client.request({"type": "cast_dot", "card": card}))["type"] == "ack"
    return made


def test_participants_at_once_lose_nothing_and_converge(tmp_path):
    path = workshop_map(tmp_path)

    async def run():
        async with hosted(path) as host:
            clients = [PageClient(page_url(host), CODE, f"P{i}") for i in range(PARTICIPANTS)]
            rng = random.Random(7)
            made = await asyncio.gather(*(participant(c, NOTES, rng) for c in clients))
            doc = host.access.doc
            for client, ids in zip(clients, made, strict=True):
                assert [doc.get(i).author for i in ids] == [client.you] * NOTES
            assert len(doc.map.dots) == 2 * PARTICIPANTS
            await settle(host, clients)
            for c in clients:
                await c.drop()

    asyncio.run(run())


def test_a_participant_cut_off_mid_way_converges_after_reconnecting(tmp_path):
    path = workshop_map(tmp_path)

    async def run():
        async with hosted(path) as host:
            ana, bo = (
                PageClient(page_url(host), CODE, "Ana"),
                PageClient(page_url(host), CODE, "Bo"),
            )
            assert await ana.join() and await bo.join()
            stage, lane = next(iter(ana.objects["stages"])), next(iter(ana.objects["lanes"]))
            first = await ana.request(
                {"type": "add_note", "stage": stage, "lane": lane, "text": "1"}
            )
            await ana.drop()  # Wi-Fi gone
            for n in range(5):  # the room goes on without her
                await bo.request(
                    {"type": "add_note", "stage": stage, "lane": lane, "text": f"b{n}"}
                )
            await bo.request(
                {
                    "type": "edit_note",
                    "id": (
                        await bo.request(
                            {"type": "add_note", "stage": stage, "lane": lane, "text": "x"}
                        )
                    )["id"],
                    "text": "y",
                }
            )
            me = ana.you
            assert await ana.join()  # the same token: the same participant, the whole view again
            assert ana.you == me and len(host.access.doc.map.participants) == 2
            again = await ana.request({"type": "edit_note", "id": first["id"], "text": "1 bis"})
            assert again["type"] == "ack"
            await settle(host, [ana, bo])
            await ana.drop()
            await bo.drop()

    asyncio.run(run())


def card_data(card_id: str, stage: str, lane: str, text: str) -> dict:
    return {
        "id": card_id, "stage": stage, "lane": lane, "order": 99, "text": text, "colour": None,
        "tags": [], "evidence": None, "source": "", "comments": [], "channel": None,
        "online": None, "severity": None, "impact": None, "effort": None, "owner": "",
        "votes": 0, "image": None, "author": None,
    }  # fmt: skip


async def until(condition, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def test_mapstudio_peers_share_the_whole_map_and_merge_offline_edits(tmp_path):
    path = workshop_map(tmp_path)

    async def run():
        async with hosted(path) as host:
            doc = host.access.doc
            one, two = Peer(peer_url(host), CODE, "One"), Peer(peer_url(host), CODE, "Two")
            assert await one.connect() and await two.connect()
            await asyncio.wait_for(one.synced.wait(), 5)
            await until(lambda: len(one.read("cards")) == len(doc.map.cards))
            stage, lane = doc.stages()[0].id, doc.lanes()[0].id
            one.write("cards", "card-peer1", card_data("card-peer1", stage, lane, "from one"))
            await until(lambda: doc.get("card-peer1") is not None)
            await until(lambda: "card-peer1" in two.read("cards"))
            # A change against the map's rules is refused and undone for everyone.
            one.write("cards", "card-bad", card_data("card-bad", "stage-gone", lane, "bad"))
            await until(lambda: "card-bad" not in one.read("cards"))
            assert doc.get("card-bad") is None and host.stats["refused"] >= 1
            # Two is cut off, edits offline, and its edit merges on reconnecting.
            await two.drop()
            two.write("cards", "card-peer1", {**two.read("cards")["card-peer1"], "text": "offline"})
            one.write("stages", stage, {**one.read("stages")[stage], "name": "Renamed"})
            await until(lambda: doc.get(stage).name == "Renamed")
            assert await two.connect()
            await until(lambda: doc.get("card-peer1").text == "offline")
            await until(lambda: two.read("stages")[stage]["name"] == "Renamed")
            await until(lambda: one.read("cards")["card-peer1"]["text"] == "offline")
            await one.drop()
            await two.drop()

    asyncio.run(run())


def test_the_load_script_reports_no_loss_on_a_small_run(capsys):
    from benchmarks import session_load

    assert session_load.main(["--participants", "3", "--notes", "2", "--dots", "1"]) == 0
    out = capsys.readouterr().out
    assert "lost notes: 0" in out and "converged: yes" in out and "p95" in out


def test_peers_see_who_is_here_and_what_each_has_selected(tmp_path):
    path = workshop_map(tmp_path)

    async def run():
        async with hosted(path) as host:
            one, two = Peer(peer_url(host), CODE, "One"), Peer(peer_url(host), CODE, "Two")
            assert await one.connect()
            one.set_presence({"name": "One", "colour": "#d62728", "selected": ["card-a"]})
            await asyncio.sleep(0.1)
            assert await two.connect()  # a newcomer sees who is already here
            await until(lambda: [s["selected"] for s in two.others().values()] == [["card-a"]])
            two.set_presence({"name": "Two", "colour": "#1f77b4", "selected": []})
            one.set_presence({"name": "One", "colour": "#d62728", "selected": ["card-b"]})
            await until(lambda: [s["selected"] for s in two.others().values()] == [["card-b"]])
            await until(lambda: [s["name"] for s in one.others().values()] == ["Two"])
            await one.drop()  # gone: the others stop showing One
            await until(lambda: two.others() == {})
            await two.drop()

    asyncio.run(run())


def test_hostile_peer_messages_are_refused_and_undone_for_everyone(tmp_path):
    from pycrdt import create_update_message

    path = workshop_map(tmp_path)

    async def run():
        async with hosted(path) as host:
            doc = host.access.doc
            bad, good = Peer(peer_url(host), CODE, "Bad"), Peer(peer_url(host), CODE, "Good")
            assert await bad.connect() and await good.connect()
            await asyncio.wait_for(bad.synced.wait(), 5)
            card = doc.map.cards[0]
            before = doc.map.model_dump_json()
            # Garbage where a Yjs update should be, and a message of no known kind: dropped.
            for junk in (create_update_message(b"\xff\x00garbage"), b"\x07\x01\x02", b"\x00\x09"):
                await bad.ws.send(junk)
            # Values the model refuses, a card moved to an emotions lane, a stage removed
            # under its cards, the map's own id: each refused, and put back for everyone.
            emotions = next(x.id for x in doc.lanes() if x.kind == "emotions")
            data = bad.read("cards")[card.id]
            bad.write("cards", card.id, {**data, "severity": 99})
            bad.write("cards", card.id, {**data, "lane": emotions})
            bad.write("stages", card.stage, None)
            bad.write("map", "map", {**bad.mirror.read("map", "map"), "title": "x" * 5000})
            await until(lambda: host.stats["refused"] >= 4, 10)
            await until(lambda: bad.read("cards")[card.id]["lane"] == card.lane)
            await until(
                lambda: card.stage in bad.read("stages") and card.stage in good.read("stages")
            )
            assert doc.map.model_dump_json() == before
            assert host.stats["malformed"] >= 2
            # The host and the well-behaved peer go on.
            good.write("cards", card.id, {**good.read("cards")[card.id], "text": "still fine"})
            await until(lambda: doc.get(card.id).text == "still fine")
            await bad.drop()
            await good.drop()

    asyncio.run(run())
