"""The offset map shared by every format: the prose the rules read and where each of its
characters stands in the source (see checker/formats/__init__.py)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostic import Edit

# Block roles a markup format knows for certain (analysis/structure.py reads them through
# doc.settings["blocks"]: {prose line index: role}).
BLOCK_ROLES = ("heading", "list-item", "field", "quote", "body")


@dataclass(frozen=True)
class Comment:
    """A suppression comment found in the markup: `<!-- jiaodui-disable-next-line NUM001 -->`."""
    start: int           # source offsets of the whole comment
    end: int
    action: str          # "disable-next-line" | "disable" | "enable"; anything else is malformed
    selectors: tuple[str, ...]


@dataclass
class Prose:
    """The text the rules read, and where each of its characters is in the source."""
    text: str
    starts: list[int]            # source offset where prose character i begins
    ends: list[int]              # source offset where it ends (start == end: no source, e.g. a block break)
    roles: dict[int, str] = field(default_factory=dict)     # prose line index -> block role
    comments: list[Comment] = field(default_factory=list)
    source_length: int = 0

    def offset(self, index: int) -> int:
        """The source offset of prose offset `index` (the end of the text maps past the last character)."""
        if index < len(self.starts):
            return self.starts[index]
        return self.ends[-1] if self.ends else 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of the prose span [start, end)."""
        if start >= end:
            at = self.offset(start)
            return at, at
        return self.starts[start], max(self.ends[end - 1], self.starts[start])

    def edit(self, edit: Edit, source: str) -> Edit | None:
        """The same edit on the source, or None when the source under it is not exactly the prose
        it replaces (it would touch markup, an entity, an escape or a line break)."""
        start, end = self.span(edit.start, edit.end)
        if edit.start == edit.end:
            # An insertion goes next to a character that is really there.
            if edit.start < len(self.starts) and self.ends[edit.start] > self.starts[edit.start]:
                return Edit(start, start, edit.replacement)
            if edit.start > 0 and self.ends[edit.start - 1] > self.starts[edit.start - 1]:
                at = self.ends[edit.start - 1]
                return Edit(at, at, edit.replacement)
            return None
        if end - start != edit.end - edit.start or source[start:end] != self.text[edit.start:edit.end]:
            return None
        return Edit(start, end, edit.replacement)


class Builder:
    """Collects prose pieces with their source positions."""

    def __init__(self, source_length: int) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.roles: dict[int, str] = {}
        self.comments: list[Comment] = []
        self.line = 0
        self.source_length = source_length

    def verbatim(self, text: str, at: int) -> None:
        """Text copied as it stands at source offset `at`."""
        self.parts.append(text)
        self.starts.extend(range(at, at + len(text)))
        self.ends.extend(range(at + 1, at + len(text) + 1))

    def mapped(self, text: str, start: int, end: int) -> None:
        """Text that stands for source[start:end] (an entity, an escape)."""
        self.parts.append(text)
        self.starts.extend([start] * len(text))
        self.ends.extend([end] * len(text))

    @property
    def empty_line(self) -> bool:
        return not self.parts or self.parts[-1].endswith("\n")

    def last_char(self) -> str:
        return self.parts[-1][-1:] if self.parts else ""

    def break_block(self, role: str | None = None) -> None:
        """End the current block (a line of prose) if it has text; `role` is its role."""
        if self.empty_line:
            return
        if role is not None:
            self.roles[self.line] = role
        at = self.ends[-1]
        self.mapped("\n", at, at)
        self.line += 1

    def build(self) -> Prose:
        if self.parts and self.parts[-1] == "\n":  # no trailing block break
            self.parts.pop()
            self.starts.pop()
            self.ends.pop()
        return Prose("".join(self.parts), self.starts, self.ends, self.roles, self.comments, self.source_length)
