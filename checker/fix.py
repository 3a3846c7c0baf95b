"""Applying fixes: non-overlapping edits, end to start, repeated until the text settles."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from .diagnostic import Applicability, Diagnostic, Edit

MAX_ROUNDS = 10


class FixDidNotSettle(Exception):
    """The fixes kept changing the text after MAX_ROUNDS rounds: nothing is written."""


def applicable(diagnostics: Iterable[Diagnostic], unsafe: bool) -> list[Diagnostic]:
    allowed = {Applicability.SAFE, Applicability.UNSAFE} if unsafe else {Applicability.SAFE}
    return [d for d in diagnostics if d.fix and d.fix.applicability in allowed and d.fix.edits]


def apply_edits(text: str, diagnostics: list[Diagnostic]) -> tuple[str, int]:
    """Apply each diagnostic's edits unless they overlap edits already taken.

    A fix is taken whole or not at all; edits that only touch (one ends where the next starts)
    are compatible. Skipped fixes are picked up by the next round, which re-checks the text.
    """
    taken: list[Edit] = []
    applied = 0
    for diagnostic in sorted(diagnostics, key=lambda d: (d.fix.edits[0].start if d.fix else 0, d.rule_id)):
        edits = diagnostic.fix.edits if diagnostic.fix else ()
        if any(_overlap(edit, other) for edit in edits for other in taken):
            continue
        taken.extend(edits)
        applied += 1
    for edit in sorted(taken, key=lambda e: (e.start, e.end), reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text, applied


def _overlap(a: Edit, b: Edit) -> bool:
    """Edits conflict when their ranges share a character; an insertion conflicts with a
    range it falls strictly inside, and with another insertion at the same point (the order
    of the two would be a guess)."""
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def fix_until_settled(text: str, run: Callable[[str], list[Diagnostic]], unsafe: bool) -> tuple[str, list[Diagnostic], int]:
    """Check, apply, re-check until no applicable fix remains. Returns (text, remaining, fixes)."""
    total = 0
    for _ in range(MAX_ROUNDS):
        diagnostics = run(text)
        todo = applicable(diagnostics, unsafe)
        if not todo:
            return text, diagnostics, total
        new_text, count = apply_edits(text, todo)
        if new_text == text:
            return text, diagnostics, total
        text, total = new_text, total + count
    raise FixDidNotSettle(f"fixes still changing the text after {MAX_ROUNDS} rounds")
