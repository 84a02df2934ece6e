"""The timebox timer of a workshop: a countdown the facilitator starts, pauses, lengthens by a
minute and resets from the keyboard, shown large in presentation mode. At the end it signals
gently (the display pulses and the system bell rings once): never a dialog that would stop
the room.

The countdown reads a clock given to it (``time.monotonic`` by default), so tests run five
minutes in no time with a fake one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from mapstudio.layout import theme

DEFAULT_MINUTES = 5
MAX_SECONDS = 99 * 60 + 59  # what mm:ss can show


class Timebox(QObject):
    """A countdown: ``remaining()`` seconds left; ``finished`` once when it reaches zero."""

    changed = Signal()  # state or shown second changed
    finished = Signal()

    TICK_MS = 200

    def __init__(
        self,
        minutes: int = DEFAULT_MINUTES,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.duration = float(minutes * 60)  # what Reset goes back to
        self._left = self.duration  # seconds left when last paused
        self._started_at: float | None = None  # clock time of the last start, while running
        self.over = False  # reached zero (until reset or lengthened)
        self._shown = self.seconds_shown()
        self._ticker = QTimer(self)
        self._ticker.setInterval(self.TICK_MS)
        self._ticker.timeout.connect(self.tick)

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def remaining(self) -> float:
        if self._started_at is None:
            return self._left
        return max(0.0, self._left - (self._clock() - self._started_at))

    def seconds_shown(self) -> int:
        """Whole seconds as shown: 4:59.2 shows 5:00 (the display counts down to 0:00)."""
        left = self.remaining()
        return int(left) + (1 if left % 1 else 0)

    def start(self) -> None:
        if self.running or self.remaining() <= 0:
            return
        self._started_at = self._clock()
        self._ticker.start()
        self.changed.emit()

    def pause(self) -> None:
        if not self.running:
            return
        self._left = self.remaining()
        self._started_at = None
        self._ticker.stop()
        self.changed.emit()

    def toggle(self) -> None:
        """Start, or pause when running (one key for both)."""
        if self.running:
            self.pause()
        else:
            self.start()

    def add_minute(self) -> None:
        """One more minute on the clock (running or not); a timer that ended goes on."""
        self._set_left(self.remaining() + 60)
        if not self.running:
            self.duration = min(MAX_SECONDS, max(self.duration, self._left))

    def remove_minute(self) -> None:
        """One minute less (never below zero); before a start it shortens the timebox."""
        self._set_left(max(0.0, self.remaining() - 60))
        if not self.running and self._left > 0:
            self.duration = self._left

    def reset(self) -> None:
        """Back to the timebox's length, stopped."""
        self._started_at = None
        self._ticker.stop()
        self._set_left(self.duration)

    def _set_left(self, seconds: float) -> None:
        seconds = min(float(MAX_SECONDS), seconds)
        if self._started_at is not None:
            self._started_at = self._clock()
        self._left = seconds
        if seconds > 0:
            self.over = False
        self._shown = self.seconds_shown()
        self.changed.emit()

    def tick(self) -> None:
        """Called by the timer (and by tests): tell a new second, and the end once."""
        shown = self.seconds_shown()
        if shown != self._shown:
            self._shown = shown
            self.changed.emit()
        if self.running and self.remaining() <= 0:
            self._left = 0.0
            self._started_at = None
            self._ticker.stop()
            self.over = True
            self.changed.emit()
            self.finished.emit()


def clock_text(seconds: int) -> str:
    return f"{seconds // 60:d}:{seconds % 60:02d}"


class TimerDisplay(QFrame):
    """The countdown, large, with its state in colour and words; pulses at the end."""

    PULSES = 6  # half-periods of the end pulse
    PULSE_MS = 450

    def __init__(self, timebox: Timebox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TimerDisplay")
        self.timebox = timebox
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the map, not to the timer
        self.time_label = QLabel()
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPixelSize(theme.TIMER_FONT_PX)
        font.setBold(True)
        self.time_label.setFont(font)
        self.state_label = QLabel()
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 4, 14, 6)
        layout.setSpacing(0)
        layout.addWidget(self.time_label)
        layout.addWidget(self.state_label)
        self.pulsing = 0  # half-periods left of the end pulse
        self._lit = False
        self._pulse = QTimer(self)
        self._pulse.setInterval(self.PULSE_MS)
        self._pulse.timeout.connect(self._pulse_step)
        timebox.changed.connect(self.refresh)
        timebox.finished.connect(self.signal_end)
        self.refresh()

    def refresh(self) -> None:
        box = self.timebox
        seconds = box.seconds_shown()
        self.time_label.setText(clock_text(seconds))
        if box.over:
            colour, state = theme.TIMER_OVER, self.tr("Time is up")
        elif box.running:
            colour = theme.TIMER_LAST_MINUTE if seconds <= 60 else theme.TIMER_RUNNING
            state = self.tr("Running")
        else:
            colour = theme.TIMER_PAUSED
            state = self.tr("Paused") if seconds < box.duration else self.tr("Ready")
        self.colour = colour
        self.state_label.setText(state)
        if not box.over:  # reset or lengthened: the end signal is over too
            self.pulsing = 0
            self._pulse.stop()
            self._lit = False
        self._paint(colour)

    def _paint(self, colour: str) -> None:
        if self._lit:
            background, ink = colour, theme.TIMER_LIT_INK
        else:
            background, ink = theme.TIMER_BACKGROUND, colour
        self.setStyleSheet(
            f"#TimerDisplay {{ background: {background}; border: 3px solid {colour};"
            f" border-radius: 10px; }} #TimerDisplay QLabel {{ color: {ink}; }}"
        )

    def signal_end(self) -> None:
        """The end: a visual pulse and one beep, nothing modal."""
        QApplication.beep()
        self.pulsing = self.PULSES
        self._pulse.start()
        self._pulse_step()

    def _pulse_step(self) -> None:
        if self.pulsing <= 0:
            self._pulse.stop()
            self._lit = self.timebox.over  # stays lit (red) until reset or lengthened
            self._paint(self.colour)
            return
        self.pulsing -= 1
        self._lit = not self._lit
        self._paint(self.colour)
