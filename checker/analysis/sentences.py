"""Sentence and clause boundaries in Chinese text.

Sentences end at 。！？!? (with any closing quotes or brackets that follow) and at line breaks;
clauses additionally end at ，,；;：: and 、 is left inside a clause (it separates list items).
Spans are character offsets into the document text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[。！？!?…]+[”’」』）)》]*|\r\n|\r|\n")
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?…]+[”’」』）)》]*|\r\n|\r|\n")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def _split(text: str, boundary: re.Pattern) -> list[Span]:
    spans, start = [], 0
    for match in boundary.finditer(text):
        end = match.end() if not match.group().startswith(("\r", "\n")) else match.start()
        if text[start:end].strip():
            spans.append(Span(start, end, text[start:end]))
        start = match.end()
    if text[start:].strip():
        spans.append(Span(start, len(text), text[start:]))
    return spans


def sentences(doc) -> list[Span]:
    """Sentences of the document, each including its closing mark. Use `doc.shared(sentences)`."""
    return _split(doc.text, _SENTENCE_END)


def clauses(doc) -> list[Span]:
    """Clauses: sentences further cut at commas, semicolons and colons (mark included)."""
    return _split(doc.text, _CLAUSE_END)


def paragraphs(doc) -> list[Span]:
    """Non-blank lines, which in plain-text news copy are paragraphs."""
    spans, start = [], 0
    for match in re.finditer(r"\r\n|\r|\n", doc.text):
        if doc.text[start:match.start()].strip():
            spans.append(Span(start, match.start(), doc.text[start:match.start()]))
        start = match.end()
    if doc.text[start:].strip():
        spans.append(Span(start, len(doc.text), doc.text[start:]))
    return spans
