"""When an open document is checked: after a pause in typing (debounced), and never for a text
that has already changed again (cancelled).

Each document has a generation, a number no other text of any document had, given by every change. A change cancels the check waiting for
its timer and starts a new timer; when the timer fires, the check of that generation starts. A
check asks `wanted(uri, generation)` before it starts (a check queued behind a slow one is
dropped when a newer change came meanwhile) and before its result is published (a result for
an older text is thrown away: the editor never sees diagnostics for a text it no longer shows).

The clock is whatever `call_later` the server gives (the asyncio loop's); the tests give one they
fire by hand, so nothing here depends on timing.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Cancellable(Protocol):
    def cancel(self) -> None: ...


CallLater = Callable[[float, Callable[[], None]], Cancellable]
Start = Callable[[str, int], None]


class Scheduler:
    def __init__(self, call_later: CallLater, start: Start, delay: float = 0.3):
        self.call_later, self.start, self.delay = call_later, start, delay
        self._generation: dict[str, int] = {}
        self._last = 0      # generations are never reused, not even after a document is closed and reopened
        self._timers: dict[str, Cancellable] = {}

    def generation(self, uri: str) -> int:
        return self._generation.get(uri, 0)

    def changed(self, uri: str) -> int:
        """A new text for `uri`: the pending check (if any) is cancelled; returns the new generation."""
        self._last += 1
        generation = self._generation[uri] = self._last
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        return generation

    def later(self, uri: str) -> None:
        """Check `uri` once typing has paused for `delay` seconds (each change restarts the wait)."""
        generation = self.changed(uri)
        self._timers[uri] = self.call_later(self.delay, lambda: self._fire(uri, generation))

    def now(self, uri: str) -> None:
        """Check `uri` at once (opened, saved, configuration changed): a pending timer is cancelled."""
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        self.start(uri, self.generation(uri))

    def _fire(self, uri: str, generation: int) -> None:
        if self._generation.get(uri) == generation:
            self._timers.pop(uri, None)
            self.start(uri, generation)

    def wanted(self, uri: str, generation: int) -> bool:
        """Is a check of this generation still worth running or publishing?"""
        return self._generation.get(uri) == generation

    def forget(self, uri: str) -> None:
        """The document was closed: nothing pending for it is wanted any more."""
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        self._generation.pop(uri, None)
