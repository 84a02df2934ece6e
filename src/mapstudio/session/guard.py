"""The session's door: join codes, failed-attempt limits and message rate limits.

A join code is 8 characters from an alphabet without look-alikes (31^8, about 8.5e11 codes);
with at most ``MAX_FAILED_ATTEMPTS`` wrong codes per address per minute, guessing one during a
workshop is hopeless.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections import deque
from dataclasses import dataclass, field

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud or off a wall
CODE_LENGTH = 8
MIN_CODE_LENGTH = 8  # a code the facilitator chooses must be as hard to guess as ours
MAX_FAILED_ATTEMPTS = 5  # wrong codes per address per window
FAILED_WINDOW_SECONDS = 60.0


def new_join_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalised_code(text: str) -> str:
    """The code as typed, without spaces and dashes, in capitals (``abcd-2345`` -> ``ABCD2345``)."""
    return "".join(ch for ch in text.upper() if ch not in " -\t")


def code_problem(code: str) -> str | None:
    """Why a chosen join code is refused, or None."""
    code = normalised_code(code)
    if len(code) < MIN_CODE_LENGTH:
        return f"the join code needs at least {MIN_CODE_LENGTH} letters or digits"
    if len(code) > 64 or not code.isascii() or not code.isalnum():
        return "the join code may hold only letters and digits (at most 64)"
    return None


def codes_match(given: object, code: str) -> bool:
    """Compared in constant time, so timing tells nothing about the code."""
    if not isinstance(given, str) or len(given) > 100:
        return False
    return hmac.compare_digest(normalised_code(given).encode(), code.encode())


def shown_code(code: str) -> str:
    """The code as shown to people: groups of four (``ABCD-2345``)."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


@dataclass
class AttemptLimiter:
    """Counts wrong join codes per address; an address over the limit is refused for a while."""

    limit: int = MAX_FAILED_ATTEMPTS
    window: float = FAILED_WINDOW_SECONDS
    _failures: dict[str, deque[float]] = field(default_factory=dict)

    def blocked(self, address: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        recent = self._failures.get(address)
        if not recent:
            return False
        while recent and now - recent[0] > self.window:
            recent.popleft()
        if not recent:
            del self._failures[address]
        return len(recent) >= self.limit

    def failed(self, address: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        self._failures.setdefault(address, deque()).append(now)
        if len(self._failures) > 10_000:  # many addresses: forget the oldest
            self._failures.pop(next(iter(self._failures)))


@dataclass
class TokenBucket:
    """At most ``rate`` messages a second on average, ``burst`` at once."""

    rate: float
    burst: float
    _tokens: float = -1.0
    _stamp: float = 0.0

    def allow(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        if self._tokens < 0:
            self._tokens, self._stamp = self.burst, now
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return True
        return False
