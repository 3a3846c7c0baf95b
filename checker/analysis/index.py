"""Where a document's characters of each kind are, found once per document and shared: the
engine consults it before running a rule whose entry declares `requires = [...]` (a rule that
cannot report on a text without digits is not run on one), and checks may ask it for the spans
of a kind instead of scanning the text with a pre-filter of their own.

A requirement is one of:
  - a kind below (`"digit"`, `"han"`, `"control"`, …);
  - `"any-of:<characters>"`: at least one of the characters (the trigger characters of a
    family, e.g. `"any-of:。，、"`);
  - `"any-string:<a>|<b>|…"`: at least one of the strings (`"any-string:星期|礼拜"`), for a rule
    whose trigger is a sequence no single character of which is rare enough to test.
All of an entry's requirements must hold for the rule to run (several requirements are an AND,
the characters or strings of one are an OR).

Cost: a requirement is answered once per document and only when a rule asks for it. Substring
tests run at C speed in microseconds. Each common kind (digits, Han, punctuation) is one compiled
class searched until its first hit, which comes early in any Chinese text. The rare kinds (control,
zero-width, private-use characters, full-width digits), which clean copy does not hold, would each
cost a scan of the whole text; they share one scan of their union instead, and each is read from
the (usually empty) set of rare characters that scan found.
"""
from __future__ import annotations

import functools
import re

from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

# Kinds common in news copy: each searched on its own (the first hit ends the search).
COMMON: dict[str, str] = {
    "digit": r"[0-9０-９]",                                  # Arabic digits, half or full width
    "han": r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]",     # Han characters (BMP blocks)
    "cjk-punctuation": r"[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’…—·]",
    "ascii-punctuation": r"[!-/:-@\[-`{-~]",
    "non-ascii": r"[^\x00-\x7f]",
    "latin-1": r"[\x80-\xff]",                                # Latin-1 letters, signs and C1 controls
}
# Kinds clean copy does not hold (a class body each): found together by one scan of their union.
RARE: dict[str, str] = {
    "control": r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f",         # C0 but tab and line breaks; DEL; C1
    "zero-width": "\u200b-\u200d\u2060",                      # ZWSP, ZWNJ, ZWJ, word joiner
    "private-use": "\ue000-\uf8ff\U000f0000-\U0010ffff",      # the BMP area and planes 15-16
    "full-width-digit": "０-９",
}
KINDS: dict[str, str] = {**COMMON, **{kind: f"[{body}]" for kind, body in RARE.items()}}
ANY_OF = "any-of:"
ANY_STRING = "any-string:"


@functools.cache
def _pattern(kind: str) -> re.Pattern[str]:
    return re.compile(KINDS[kind])


@functools.cache
def _runs(kind: str) -> re.Pattern[str]:
    return re.compile(KINDS[kind] + "+")


@functools.cache
def _rare_union() -> re.Pattern[str]:
    # compiled on first need: the private-use range alone costs ~0.5 ms to compile
    return re.compile("[%s]" % "".join(RARE.values()))


def valid_requirement(requirement: str) -> bool:
    if requirement.startswith(ANY_STRING):
        return all(requirement[len(ANY_STRING):].split("|"))
    return requirement in KINDS or (requirement.startswith(ANY_OF) and len(requirement) > len(ANY_OF))


class DocIndex:
    """The document's kinds of characters: whether each is present, and where (spans of runs)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._present: dict[str, bool] = {}
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._rare: frozenset[str] | None = None

    def rare_characters(self) -> frozenset[str]:
        """The distinct characters of the rare kinds the text holds (one scan, usually empty)."""
        if self._rare is None:
            self._rare = frozenset(_rare_union().findall(self.text))
        return self._rare

    def has(self, requirement: str) -> bool:
        """Does the text meet the requirement: hold a character of this kind, one of the
        `any-of:` characters, or one of the `any-string:` strings?"""
        present = self._present.get(requirement)
        if present is None:
            text = self.text
            if requirement.startswith(ANY_OF):
                present = any(ch in text for ch in requirement[len(ANY_OF):])
            elif requirement.startswith(ANY_STRING):
                present = any(part in text for part in requirement[len(ANY_STRING):].split("|"))
            elif requirement in RARE:
                pattern = _pattern(requirement)
                present = any(pattern.match(ch) for ch in self.rare_characters())
            else:
                present = _pattern(requirement).search(text) is not None
            self._present[requirement] = present
        return present

    def satisfies(self, requirements: tuple[str, ...]) -> bool:
        return all(self.has(requirement) for requirement in requirements)

    def spans(self, kind: str) -> list[tuple[int, int]]:
        """The runs of characters of a kind, in text order (computed once per kind)."""
        spans = self._spans.get(kind)
        if spans is None:
            if self._present.get(kind) is False or (kind in RARE and not self.has(kind)):
                spans = []
            else:
                spans = [m.span() for m in _runs(kind).finditer(self.text)]
                self._present[kind] = bool(spans)
            self._spans[kind] = spans
        return spans


def index(doc: Any) -> DocIndex:
    """The document's index. Use as `doc.shared(index)`."""
    return DocIndex(doc.text)
