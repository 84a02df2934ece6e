"""A participant's page speaks in small JSON intents; each becomes one core edit, or is refused.

Every message is hostile until checked: its type, its fields' types and lengths, and then the
map's own rules (the core edit refuses what would break one, as one whole step, never half).
A participant edits and deletes only their own notes and dots.

Messages (client to host), each an object with ``type`` and a client's ``ref`` echoed back:
``add_note {stage, lane, text}``, ``edit_note {id, text}``, ``delete_note {id}``,
``cast_dot {card}``, ``remove_dot {id}``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from mapstudio.core import edits, voting
from mapstudio.core.document import Document
from mapstudio.core.history import Step
from mapstudio.core.model import Card, Dot, DotVote
from mapstudio.core.operations import EditError
from mapstudio.core.validation import describe_validation_error
from mapstudio.text.translate import QCoreApplication, TranslationContext

translate = QCoreApplication.translate
Command = TranslationContext("Command")  # the plural already said by the core's edits

MAX_MESSAGE_BYTES = 16 * 1024  # a note is short; anything bigger is not from our page
MAX_NOTE_CHARS = 2_000
MAX_ID_CHARS = 64
MAX_NOTES_EACH = 300  # notes one participant may have on the map at once
INTENTS = ("add_note", "edit_note", "delete_note", "cast_dot", "remove_dot")


class Malformed(ValueError):
    """Not a message our page sends: dropped and logged, no answer needed."""


class Refused(ValueError):
    """A well-formed intent the map's rules refuse; the message is for the participant (in the
    host's language), ``code`` names the reason so the page can say it in the participant's."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


def parse_message(data: str | bytes) -> dict[str, Any]:
    """The message as a dict with a known ``type``, or Malformed."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise Malformed(f"message of {len(data)} bytes is over {MAX_MESSAGE_BYTES}")
    try:
        message = json.loads(data)
    except (ValueError, RecursionError) as e:
        raise Malformed(f"not JSON: {str(e)[:80]}") from None
    if not isinstance(message, dict):
        raise Malformed("not a JSON object")
    kind = message.get("type")
    if not isinstance(kind, str) or len(kind) > 32:
        raise Malformed("no message type")
    return message


def _text(message: dict[str, Any], key: str, limit: int) -> str:
    value = message.get(key)
    if not isinstance(value, str):
        raise Malformed(f"{key} is not text")
    if len(value) > limit:
        raise Refused(translate("Session", "This note is too long."), "too_long")
    return value


def _id(message: dict[str, Any], key: str) -> str:
    value = message.get(key)
    if not isinstance(value, str) or not value or len(value) > MAX_ID_CHARS:
        raise Malformed(f"{key} is not an id")
    return value


def step_for(doc: Document, participant: str, message: dict[str, Any]) -> Step:
    """The core edit an intent asks for, checked; Refused or Malformed otherwise."""
    kind = message["type"]
    try:
        if kind == "add_note":
            text = _text(message, "text", MAX_NOTE_CHARS).strip()
            if not text:
                raise Refused(translate("Session", "Write something first."), "write_first")
            stage, lane = _id(message, "stage"), _id(message, "lane")
            if sum(1 for c in doc.map.cards if c.author == participant) >= MAX_NOTES_EACH:
                raise Refused(
                    translate("Session", "You have added as many notes as a session allows."),
                    "too_many_notes",
                )
            try:
                return edits.add_card(doc, stage, lane, text=text, author=participant)
            except EditError as e:
                raise Refused(str(e), "cell_gone") from None
        if kind == "edit_note":
            card = _own_card(doc, participant, _id(message, "id"))
            text = _text(message, "text", MAX_NOTE_CHARS).strip()
            if not text:
                raise Refused(translate("Session", "Write something first."), "write_first")
            return edits.update(doc, card.id, {"text": text})
        if kind == "delete_note":
            card = _own_card(doc, participant, _id(message, "id"))
            return edits.remove(doc, [card.id])
        if kind == "remove_dot":
            dot = doc.get(_id(message, "id"))
            if not isinstance(dot, Dot) or dot.participant != participant:
                raise Refused(translate("Session", "This is not your dot."), "not_your_dot")
            vote = doc.get(dot.vote)
            if isinstance(vote, DotVote) and vote.closed:
                raise Refused(translate("Edit", "this vote is closed"), "vote_closed")
            return edits.remove_dot(doc, dot.vote, participant, dot.card)
    except EditError as e:
        raise Refused(str(e)) from None
    except ValidationError as e:
        raise Refused(describe_validation_error(e)) from None
    raise Malformed(f"unknown message type {kind[:32]!r}")


def steps_for(doc: Document, participant: str, message: dict[str, Any]) -> list[Callable[[], Step]]:
    """The edits an intent asks for, each made once the one before is applied: a participant
    placing a first dot in a vote that started before they joined takes part in it first."""
    if message["type"] != "cast_dot":
        return [lambda: step_for(doc, participant, message)]
    vote = voting.open_vote(doc.map)
    if vote is None:
        raise Refused(translate("Session", "No vote is open."), "no_vote")
    card = doc.get(_id(message, "card"))
    if not isinstance(card, Card):
        raise Refused(translate("Session", "This note is gone."), "note_gone")
    if not voting.in_scope(vote, card):
        raise Refused(translate("Session", "This note is not part of the vote."), "not_in_vote")
    if not voting.dots_left(doc.map, vote, participant):
        used = Command.tr("you have placed all your %Ln dots", "", vote.dots_each)
        raise Refused(used, "no_dots_left")
    cast = [lambda: edits.cast_dot(doc, vote.id, participant, card.id)]
    if participant in vote.participants:
        return cast
    return [lambda: edits.join_vote(doc, vote.id, participant), *cast]


def _own_card(doc: Document, participant: str, card_id: str) -> Card:
    card = doc.get(card_id)
    if not isinstance(card, Card):
        raise Refused(translate("Session", "This note is gone."), "note_gone")
    if card.author != participant:
        raise Refused(translate("Session", "You can change only your own notes."), "not_yours")
    return card
