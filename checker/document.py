"""A decoded document and the mapping from character offsets to line:column."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NOT_RUN = object()     # what Document.shared finds for an analysis not run yet (None is a result)


@dataclass
class Document:
    """The text being checked.

    `text` is exactly what was decoded (BOM removed, line endings untouched), so edits made to it
    can be written back byte for byte. Undecodable bytes are kept as lone surrogates
    (U+DC80..U+DCFF, Python's surrogateescape) so that nothing is lost; `undecodable` lists them.
    """
    path: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    undecodable: list[tuple[int, int]] = field(default_factory=list)
    # Configuration values that checks may read (e.g. "script"); set by the runner.
    settings: dict = field(default_factory=dict)
    _line_starts: list[int] | None = field(default=None, repr=False)
    _shared: dict = field(default_factory=dict, repr=False)

    @property
    def encoding_label(self) -> str:
        """The encoding as reported to users: utf-8-sig when a UTF-8 file starts with a BOM."""
        return "utf-8-sig" if self.bom and self.encoding == "utf-8" else self.encoding

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            starts.extend(m.end() for m in _LINE_BREAK.finditer(self.text))
            self._line_starts = starts
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count code points."""
        starts = self.line_starts
        line = bisect.bisect_right(starts, offset) - 1
        # An offset between \r and \n belongs to the line the \r\n ends.
        return line + 1, offset - starts[line] + 1

    def offset(self, line: int, column: int) -> int:
        return self.line_starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line break."""
        starts = self.line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def with_text(self, text: str) -> Document:
        """The same file with new text (after fixes): same path, encoding and BOM."""
        return Document(self.path, text, self.encoding, self.bom, surrogate_runs(text), self.settings)

    def drop_analyses(self) -> None:
        """Forget cached analyses (before a document is sent to another process)."""
        self._shared = {}

    def shared(self, analysis):
        """Run a language analysis (a function of the document) once and share its result.

        Rules call `doc.shared(sentences.split)`; the first caller pays, everyone else reuses.
        """
        # (a look-up, not a caught KeyError: the NUM rules alone ask for ~24 analyses a document
        # the first time, and raising and catching the miss cost three look-ups' time)
        result = self._shared.get(analysis, _NOT_RUN)
        if result is _NOT_RUN:
            result = self._shared[analysis] = analysis(self)
        return result


_SURROGATE_RUN = re.compile("[\udc80-\udcff]+")


def surrogate_runs(text: str) -> list[tuple[int, int]]:
    """Spans of undecodable bytes, kept in the text as lone surrogates by surrogateescape."""
    return [m.span() for m in _SURROGATE_RUN.finditer(text)]
