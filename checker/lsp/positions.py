"""Offsets in a document's text (code points, as the engine counts) and LSP positions (in the
code units the client and the server negotiated: UTF-16 by default, UTF-8 or UTF-32 when asked).

The conversion itself is pygls's position codec; this module gives it the document's lines as
the LSP counts them: a line ends at `\\n`, `\\r\\n` or `\\r` only (the same breaks as
Document.line_starts), never at the other characters Python's splitlines() breaks at (U+2028,
U+0085, \\x0b, \\x0c, \\x1c-\\x1e), which an editor keeps inside its line.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import overload

from lsprotocol import types
from pygls.workspace import PositionCodec
from pygls.workspace.position_codec import ServerTextPosition

from ..document import Document


class Lines(Sequence[str]):
    """The lines of a text, each with its line break, cut out only when the codec asks for one
    (a 1 MB document is not split into a list on every keystroke)."""

    def __init__(self, text: str, starts: list[int]):
        self.text, self.starts = text, starts

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self.starts):
            raise IndexError(index)
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[index]:end]


class Text:
    """One version of an open document's text, with its line starts computed once."""

    def __init__(self, text: str):
        self.text = text
        self._doc = Document("", text)

    @property
    def lines(self) -> Lines:
        return Lines(self.text, self._doc.line_starts)

    def position(self, offset: int, codec: PositionCodec) -> types.Position:
        """The LSP position of a code-point offset."""
        line, column = self._doc.position(offset)
        return codec.position_to_client_units(self.lines, ServerTextPosition(line - 1, column - 1))

    def range(self, start: int, end: int, codec: PositionCodec) -> types.Range:
        return types.Range(start=self.position(start, codec), end=self.position(end, codec))

    def offset(self, position: types.Position, codec: PositionCodec) -> int:
        """The code-point offset of an LSP position (clamped to the text, as the LSP asks)."""
        lines = self.lines
        if position.line >= len(lines):
            return len(self.text)
        start = self._doc.line_starts[position.line]
        content = lines[position.line].rstrip("\r\n")
        if position.character >= codec.client_num_units(content):
            return start + len(content)
        # A copy: the codec may change the position it is given.
        server = codec.position_from_client_units(lines, types.Position(position.line, position.character))
        return start + min(server.character, len(content))

    def apply(self, change: types.TextDocumentContentChangeEvent, codec: PositionCodec) -> Text:
        """The text after one change from `textDocument/didChange` (a range edit or the whole text)."""
        if isinstance(change, types.TextDocumentContentChangePartial):
            start = self.offset(change.range.start, codec)
            end = max(start, self.offset(change.range.end, codec))
            return Text(self.text[:start] + change.text + self.text[end:])
        return Text(change.text)
