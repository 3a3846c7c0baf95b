"""Sentence and clause boundaries in Chinese text.

Sentences end at 。！？!?… (with any closing quotes or brackets that follow) and at line breaks;
clauses additionally end at ，,；;：: and 、 is left inside a clause (it separates list items).
Spans are character offsets into the document text.
"""
from __future__ import annotations

import re
from typing import NamedTuple

_CLOSERS = "”’」』）)》"
# The marks that end a sentence, and those that only end a clause inside one. Checks that look
# for boundaries themselves (fast pre-filters) build their patterns from these, never their own.
SENTENCE_END_MARKS = "。！？!?…"
CLAUSE_MARKS = "，,；;：:"


class Span(NamedTuple):
    # A tuple, not a dataclass: documents have thousands of clauses and creation cost counts.
    # It refers to the document's text instead of holding a copy: on a 10 MB file the copies
    # of every clause and sentence were the largest use of memory.
    start: int
    end: int
    source: str

    @property
    def text(self) -> str:
        return self.source[self.start:self.end]


def _unit_pattern(ends: str) -> re.Pattern:
    """One match per unit: text up to and including its run of end marks and closers, or a
    run of marks alone. Line breaks end a unit and belong to none."""
    return re.compile(r"[^%s\r\n]+(?:[%s]+[%s]*)?|[%s]+[%s]*" % (ends, ends, _CLOSERS, ends, _CLOSERS))


_SENTENCE = _unit_pattern(SENTENCE_END_MARKS)
_CLAUSE = _unit_pattern(CLAUSE_MARKS + SENTENCE_END_MARKS)


_new_span = tuple.__new__  # skips NamedTuple's Python-level __new__: ~20% faster splitting


def _split(text: str, unit: re.Pattern) -> list[Span]:
    return [_new_span(Span, (start, end, text))
            for start, end in (match.span() for match in unit.finditer(text))
            if not (text[start].isspace() and text[start:end].isspace())]


def sentences(doc) -> list[Span]:
    """Sentences of the document, each including its closing mark. Use `doc.shared(sentences)`."""
    return _split(doc.text, _SENTENCE)


def clauses(doc) -> list[Span]:
    """Clauses: sentences further cut at commas, semicolons and colons (mark included)."""
    return _split(doc.text, _CLAUSE)


_LINE = re.compile(r"[^\r\n]+")


def paragraphs(doc) -> list[Span]:
    """Non-blank lines, which in plain-text news copy are paragraphs."""
    return _split(doc.text, _LINE)
