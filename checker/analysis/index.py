"""Where a document's characters of each kind are, found once per document and shared: the
engine consults it before running a rule whose entry declares `requires = [...]` (a rule that
cannot report on a text without digits is not run on one), and checks may ask it for the spans
of a kind instead of scanning the text with a pre-filter of their own.

A requirement is a kind below (`"digit"`, `"han"`, …) or `"any-of:<characters>"` (at least one
of the characters: the trigger characters of a family, e.g. `"any-of:。，、"`). All of an entry's
requirements must hold for the rule to run. Each kind is one compiled class searched once per
document (C speed), and only when a rule asks for it.
"""
from __future__ import annotations

import re
from typing import Any

KINDS: dict[str, str] = {
    "digit": r"[0-9０-９]",                                  # Arabic digits, half or full width
    "han": r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]",     # Han characters (BMP blocks)
    "cjk-punctuation": r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’…—·]",
    "ascii-punctuation": r"[!-/:-@\[-`{-~]",
    "non-ascii": r"[^\x00-\x7f]",
    "latin-1": r"[\x80-\xff]",                                # Latin-1 letters, signs and C1 controls
}
ANY_OF = "any-of:"

_compiled: dict[str, re.Pattern[str]] = {}


def _pattern(kind: str) -> re.Pattern[str]:
    pattern = _compiled.get(kind)
    if pattern is None:
        pattern = _compiled[kind] = re.compile(KINDS[kind])
    return pattern


def valid_requirement(requirement: str) -> bool:
    return requirement in KINDS or (requirement.startswith(ANY_OF) and len(requirement) > len(ANY_OF))


class DocIndex:
    """The document's kinds of characters: whether each is present, and where (spans of runs)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._present: dict[str, bool] = {}
        self._spans: dict[str, list[tuple[int, int]]] = {}

    def has(self, requirement: str) -> bool:
        """Does the text hold a character of this kind (or one of the `any-of:` characters)?"""
        present = self._present.get(requirement)
        if present is None:
            if requirement.startswith(ANY_OF):
                text = self.text
                present = any(ch in text for ch in requirement[len(ANY_OF):])
            else:
                present = _pattern(requirement).search(self.text) is not None
            self._present[requirement] = present
        return present

    def satisfies(self, requirements: tuple[str, ...]) -> bool:
        return all(self.has(requirement) for requirement in requirements)

    def spans(self, kind: str) -> list[tuple[int, int]]:
        """The runs of characters of a kind, in text order (computed once per kind)."""
        spans = self._spans.get(kind)
        if spans is None:
            if self._present.get(kind) is False:
                spans = []
            else:
                run = re.compile(KINDS[kind] + "+")
                spans = [m.span() for m in run.finditer(self.text)]
                self._present[kind] = bool(spans)
            self._spans[kind] = spans
        return spans


def index(doc: Any) -> DocIndex:
    """The document's index. Use as `doc.shared(index)`."""
    return DocIndex(doc.text)
