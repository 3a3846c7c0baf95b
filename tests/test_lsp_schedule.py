"""Debounce and cancellation of the language server's checks (checker/lsp/schedule.py), with a
clock the test fires by hand: nothing here depends on timing. Positions (checker/lsp/positions.py)
against counts made independently of pygls."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from checker.lsp.schedule import Scheduler


class Timer:
    def __init__(self, delay: float, callback: Callable[[], None]):
        self.delay, self.callback, self.cancelled = delay, callback, False

    def cancel(self) -> None:
        self.cancelled = True


class Clock:
    """call_later that only records; `fire` runs the timers still standing."""

    def __init__(self) -> None:
        self.timers: list[Timer] = []

    def __call__(self, delay: float, callback: Callable[[], None]) -> Timer:
        self.timers.append(Timer(delay, callback))
        return self.timers[-1]

    def fire(self) -> None:
        timers, self.timers = self.timers, []
        for timer in timers:
            if not timer.cancelled:
                timer.callback()


def _scheduler(delay: float = 0.3) -> tuple[Scheduler, Clock, list[tuple[str, int]]]:
    clock, started = Clock(), []
    return Scheduler(clock, lambda uri, generation: started.append((uri, generation)), delay), clock, started


def test_typing_is_debounced_each_change_restarting_the_wait():
    scheduler, clock, started = _scheduler(0.5)
    for _ in range(5):
        scheduler.later("a")
    assert started == []                                   # nothing checked while typing
    assert [t.delay for t in clock.timers] == [0.5] * 5
    assert [t.cancelled for t in clock.timers] == [True] * 4 + [False]
    clock.fire()
    assert started == [("a", scheduler.generation("a"))]   # one check, of the last text


def test_a_check_overtaken_by_a_change_is_neither_run_nor_published():
    scheduler, clock, started = _scheduler()
    scheduler.later("a")
    clock.fire()
    (uri, generation), = started
    assert scheduler.wanted(uri, generation)
    scheduler.later("a")                                   # the editor changed the text meanwhile
    assert not scheduler.wanted(uri, generation)           # the running check's result is dropped
    clock.fire()
    assert started[-1] == ("a", scheduler.generation("a")) and scheduler.wanted(*started[-1])


def test_documents_are_independent_and_now_cancels_the_pending_timer():
    scheduler, clock, started = _scheduler()
    scheduler.later("a")
    scheduler.later("b")
    scheduler.now("a")                                     # saved: checked at once
    assert started == [("a", scheduler.generation("a"))]
    clock.fire()                                           # a's timer was cancelled, b's fires
    assert started == [("a", scheduler.generation("a")), ("b", scheduler.generation("b"))]


def test_generations_are_never_reused_after_a_close():
    scheduler, clock, started = _scheduler()
    first = scheduler.changed("a")
    scheduler.later("a")
    scheduler.forget("a")
    clock.fire()
    assert started == []                                   # closed: its pending check never starts
    reopened = scheduler.changed("a")
    assert reopened != first and not scheduler.wanted("a", first)


def _needs_pygls() -> None:
    pytest.importorskip("pygls", reason="pygls is absent: pip install '.[lsp]' to run the language server tests")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8", "utf-32"])
def test_positions_round_trip_in_each_encoding(encoding):
    _needs_pygls()
    from checker.lsp.positions import Text
    from lsprotocol import types
    from pygls.workspace import PositionCodec
    codec = PositionCodec(encoding)
    # \r\n, \r and \n end lines; U+2028 and \x0c do not (Python's splitlines would break there).
    source = "𠮷野家\r\n第二行\u2028仍是第二行\r第三\x0c行😀。\n"
    text = Text(source)
    width = {"utf-16": lambda s: len(s.encode("utf-16-le")) // 2, "utf-8": lambda s: len(s.encode()),
             "utf-32": len}[encoding]
    for offset, char in enumerate(source):
        if char == "\n" and source[offset - 1] == "\r":
            continue                                       # between \r and \n: no position of its own
        position = text.position(offset, codec)
        before = source[:offset]
        line_start = max(before.rfind("\n"), before.rfind("\r")) + 1
        assert (position.line, position.character) == (
            sum(1 for i, c in enumerate(before) if c == "\n" or (c == "\r" and source[i + 1:i + 2] != "\n")),
            width(source[line_start:offset]))
        assert text.offset(position, codec) == offset
    # Past the end of a line or of the text: clamped, as the protocol asks.
    assert text.offset(types.Position(0, 99), codec) == source.index("\r\n")
    assert text.offset(types.Position(9, 0), codec) == len(source)


def test_incremental_changes_apply_in_the_negotiated_units():
    _needs_pygls()
    from checker.lsp.positions import Text
    from lsprotocol import types
    from pygls.workspace import PositionCodec
    text = Text("𠮷野家，，好\u2028下一句\n")
    utf8 = PositionCodec("utf-8")
    change = types.TextDocumentContentChangePartial(
        range=types.Range(types.Position(0, 4 + 3), types.Position(0, 4 + 3 + 3 * 3)), text="家，")
    assert text.apply(change, utf8).text == "𠮷野家，好\u2028下一句\n"
    whole = types.TextDocumentContentChangeWholeDocument(text="新的全文")
    assert text.apply(whole, utf8).text == "新的全文"
