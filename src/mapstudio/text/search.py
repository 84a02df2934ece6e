"""Text search that ignores case and accents ("telephone" finds "Téléphone", "STRASSE" finds
"Straße"), and replacement that keeps the rest of the text as it was. No Qt."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without case or accents, and for each of its characters the index of the
    character of ``text`` it comes from (one character may fold to several: ß -> ss)."""
    folded: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for part in unicodedata.normalize("NFKD", ch.casefold()):
            if not unicodedata.combining(part):
                folded.append(part)
                origin.append(i)
    return "".join(folded), origin


def folded(text: str) -> str:
    return fold(text)[0]


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text`` (start, end in ``text``), ignoring case and
    accents; occurrences do not overlap."""
    key = folded(needle)
    if not key:
        return []
    hay, origin = fold(text)
    found: list[tuple[int, int]] = []
    start = hay.find(key)
    while start >= 0:
        end = start + len(key)
        found.append((origin[start], origin[end - 1] + 1))
        start = hay.find(key, end)
    return found


def contains(text: str, needle: str) -> bool:
    key = folded(needle)
    return bool(key) and key in folded(text)


def replace(text: str, needle: str, replacement: str) -> tuple[str, int]:
    """``text`` with every occurrence of ``needle`` (case and accents ignored) replaced by
    ``replacement`` as typed; and how many were replaced."""
    found = spans(text, needle)
    if not found:
        return text, 0
    parts: list[str] = []
    last = 0
    for start, end in found:
        if start < last:  # two folded occurrences inside one original character
            continue
        parts += [text[last:start], replacement]
        last = end
    parts.append(text[last:])
    return "".join(parts), len(found)
