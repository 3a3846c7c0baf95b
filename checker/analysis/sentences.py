"""Sentence and clause boundaries in Chinese text.

Sentences end at 。！？!?… (with any closing quotes or brackets that follow) and at line breaks;
clauses additionally end at ，,；;：: and 、 is left inside a clause (it separates list items).
Spans are character offsets into the document text.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Sequence
from itertools import chain, compress, repeat

from ..typenames import NamedTuple, overload

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


class Spans(Sequence[Span]):
    """The units of one text, in order: their offsets in two arrays of machine integers, a Span
    made when one is read. A list of Span tuples cost ~130 bytes a unit (the tuple and its two
    integers); on the 10 MB mixed file its 226,000 clauses were 29 MiB, among the largest uses of
    memory while the DUP rules ran. `starts` and `ends` can be bisected directly."""

    __slots__ = ("ends", "source", "starts")

    def __init__(self, starts: array, ends: array, source: str) -> None:
        self.starts, self.ends, self.source = starts, ends, source

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> Span: ...
    @overload
    def __getitem__(self, index: slice) -> Spans: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Spans(self.starts[index], self.ends[index], self.source)
        return _new_span(Span, (self.starts[index], self.ends[index], self.source))

    def __iter__(self) -> Iterator[Span]:
        return map(_new_span, repeat(Span), zip(self.starts, self.ends, repeat(self.source)))

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


_SPAN = re.Match.span


def _split(text: str, unit: re.Pattern) -> Spans:
    """The units unit finds in text, less those of spaces alone. The offsets are gathered at C
    speed; only units that begin with a space (few) are looked at one by one."""
    kind = "i" if len(text) < 2**31 else "q"
    flat = array(kind, chain.from_iterable(map(_SPAN, unit.finditer(text))))
    starts, ends = flat[0::2], flat[1::2]
    del flat
    blank = [k for k in compress(range(len(starts)), map(str.isspace, map(text.__getitem__, starts)))
             if text[starts[k]:ends[k]].isspace()]
    if blank:
        keep = bytearray(b"\x01") * len(starts)
        for k in blank:
            keep[k] = 0
        starts, ends = array(kind, compress(starts, keep)), array(kind, compress(ends, keep))
    return Spans(starts, ends, text)


def sentences(doc) -> Spans:
    """Sentences of the document, each including its closing mark. Use `doc.shared(sentences)`."""
    return _split(doc.text, _SENTENCE)


def clauses(doc) -> Spans:
    """Clauses: sentences further cut at commas, semicolons and colons (mark included)."""
    return _split(doc.text, _CLAUSE)


_LINE = re.compile(r"[^\r\n]+")


def paragraphs(doc) -> Spans:
    """Non-blank lines, which in plain-text news copy are paragraphs."""
    return _split(doc.text, _LINE)


def stretches(text: str, size: int = 1 << 16) -> Iterator[str]:
    """text cut at line feeds into stretches of `size` characters or a little more, the line feed
    between two in neither. Splitting a long text a stretch at a time, a test over its lines or
    clauses never holds a list of all of them at once (~38 MiB of strings on the 10 MB mixed file);
    what it needs across a cut (the last piece before it, the pieces seen) it carries over."""
    start, length = 0, len(text)
    while start < length:
        end = text.find("\n", start + size)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1
