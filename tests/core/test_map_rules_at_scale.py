"""The map's rules over ids and dots are checked with sets and counts (a big file's 590,000 dots
in a fraction of a second, docs/performance.md); the dots from the first one that may break a
rule are walked one by one. Their sentences, their order and their count must be those of the
plain walk over every object, written out here as the reference."""

from __future__ import annotations

import random

import pytest

from mapstudio.core.columns import Rows
from mapstudio.core.model import (
    COLLECTION_FIELDS,
    COMMENTED,
    Card,
    Comment,
    Dot,
    DotVote,
    JourneyMap,
    Lane,
    Participant,
    Stage,
    map_rule_problems,
)
from mapstudio.text.translate import QCoreApplication, fill


def said(where: str, text: str, *values: object) -> str:
    return f"{where}: {fill(QCoreApplication.translate('MapFile', text), *values)}"


def reference_problems(m: JourneyMap) -> list[str]:
    """The id and dot problems of ``m``, one object at a time (the rules before sets)."""
    problems: list[str] = []
    seen: dict[str, str] = {}
    used_by = 'the id "%1" is already used by %2'
    for field in COLLECTION_FIELDS:
        for i, obj in enumerate(getattr(m, field)):
            if obj.id in seen:
                problems.append(said(f"{field}[{i}].id", used_by, obj.id, seen[obj.id]))
            else:
                seen[obj.id] = f"{field}[{i}]"
    for field in COMMENTED:
        for i, obj in enumerate(getattr(m, field)):
            for j, comment in enumerate(obj.comments):
                where = f"{field}[{i}].comments[{j}]"
                if comment.id in seen:
                    problems.append(said(f"{where}.id", used_by, comment.id, seen[comment.id]))
                else:
                    seen[comment.id] = where
    people = {p.id for p in m.participants}
    for i, v in enumerate(m.votes):
        for j, who in enumerate(v.participants):
            if who not in people:
                problems.append(
                    said(f"votes[{i}].participants[{j}]", 'there is no participant "%1"', who)
                )
    votes = {v.id: v for v in m.votes}
    cards = {c.id for c in m.cards}
    used: dict[tuple[str, str], int] = {}
    for i, d in enumerate(m.dots):
        vote = votes.get(d.vote)
        if vote is None:
            problems.append(said(f"dots[{i}].vote", 'there is no vote "%1"', d.vote))
        elif d.participant not in vote.participants:
            problems.append(
                said(
                    f"dots[{i}].participant",
                    '"%1" does not take part in vote "%2"',
                    d.participant,
                    d.vote,
                )
            )
        else:
            key = (d.vote, d.participant)
            used[key] = used.get(key, 0) + 1
            if used[key] == vote.dots_each + 1:
                problems.append(
                    said(
                        f"dots[{i}]",
                        '"%1" has placed more than %2 dots in vote "%3"',
                        d.participant,
                        vote.dots_each,
                        d.vote,
                    )
                )
        if d.card not in cards:
            problems.append(said(f"dots[{i}].card", 'there is no card "%1"', d.card))
    return problems


def random_map(rng: random.Random) -> JourneyMap:
    """A small map whose ids, votes and dots are drawn so that every rule breaks now and then."""
    people = [Participant(id=f"p{i}", name="P") for i in range(rng.randint(0, 4))]
    votes = [
        DotVote(
            id=f"v{rng.randint(0, 3)}",
            participants=[f"p{rng.randint(0, 5)}" for _ in range(rng.randint(0, 4))],
            dots_each=rng.randint(1, 3),
        )
        for _ in range(rng.randint(0, 3))
    ]
    cards = [
        Card(
            id=f"c{rng.randint(0, 6)}",
            stage="s",
            lane="l",
            comments=[Comment(id=f"m{rng.randint(0, 9)}") for _ in range(rng.randint(0, 2))],
        )
        for _ in range(rng.randint(0, 4))
    ]
    dots = [
        Dot(
            id=f"d{rng.randint(0, 30)}",
            vote=f"v{rng.randint(0, 4)}",
            participant=f"p{rng.randint(0, 5)}",
            card=f"c{rng.randint(0, 7)}",
        )
        for _ in range(rng.randint(0, 25))
    ]
    return JourneyMap.model_construct(
        id="m",
        title="t",
        stages=[Stage(id="s", name="S")],
        lanes=[Lane(id="l", title="L", kind="actions")],
        personas=[],
        participants=people,
        votes=votes,
        cards=cards,
        dots=dots,
        emotion_points=[],
        metric_values=[],
    )


PHRASES = (
    "is already used by",
    "there is no participant",
    "there is no vote",
    "does not take part",
    "has placed more than",
    "there is no card",
)


@pytest.mark.parametrize("seed", range(4))
def test_the_rules_say_what_the_walk_over_every_object_says(seed):
    rng = random.Random(seed)
    kinds = set()
    for _ in range(500):
        m = random_map(rng)
        expected = reference_problems(m)
        assert map_rule_problems(m) == expected
        kinds.update(phrase for phrase in PHRASES if any(phrase in p for p in expected))
        # the same dots kept as columns (a big file's check keeps them so)
        rows = Rows("SlimDot", tuple(Dot.model_fields))
        for d in m.dots:
            rows.append(d)
        object.__setattr__(m, "dots", rows)
        assert map_rule_problems(m) == expected
    assert kinds == set(PHRASES)  # every kind of problem was met
