"""The values every part of the checker passes around: severities, edits, fixes, diagnostics."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field

from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from .document import Document


class Severity(enum.IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


class Applicability(str, enum.Enum):
    SAFE = "safe"          # applied by --fix
    UNSAFE = "unsafe"      # applied only with --unsafe-fixes
    DISPLAY = "display"    # shown to the editor, never applied


@dataclass(frozen=True, order=True)
class Edit:
    """Replace text[start:end] (character offsets) with `replacement`."""
    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True)
class Fix:
    """A diagnostic's fix: its edits, taken whole or not at all, how safe they are, and what they do."""
    edits: tuple[Edit, ...]
    applicability: Applicability = Applicability.SAFE
    message: str = ""


@dataclass(frozen=True)
class Finding:
    """What a check returns: a span, the values its message needs, and perhaps a fix.

    The engine turns a finding into a Diagnostic using the rule's declared id, severity and
    message templates, so a check never hard-codes any of them.
    """
    start: int
    end: int
    args: dict = field(default_factory=dict)
    edits: tuple[Edit, ...] | None = None
    applicability: Applicability = Applicability.SAFE
    # A statement the check proved right (e.g. arithmetic that adds up). Not a problem: shown
    # only with --show-verified, worded by the rule's verified-message.
    verified: bool = False
    # Which of the rule's message variants words this finding ("" is the plain message.zh/.en);
    # the check declares its variants (checker/contract.py) and the entry words each one.
    variant: str = ""


@dataclass
class Diagnostic:
    """A problem found in a document: `start`/`end` are character offsets into its text; `line`,
    `column`, `end_line` and `end_column` are 1-based (columns count code points, the end just
    past the last character), as in every report."""
    rule_id: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    fix: Fix | None = None
    message_en: str = ""
    # The text the offsets refer to (set by the runner; None only for a diagnostic built by hand).
    document: Document | None = field(default=None, repr=False, compare=False)

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule_id)

    def _position(self, offset: int) -> tuple[int, int]:
        if self.document is None:
            raise ValueError("this diagnostic has no document to count lines in")
        return self.document.position(offset)

    @property
    def path(self) -> str:
        return self.document.path if self.document is not None else ""

    @property
    def line(self) -> int:
        return self._position(self.start)[0]

    @property
    def column(self) -> int:
        return self._position(self.start)[1]

    @property
    def end_line(self) -> int:
        return self._position(self.end)[0]

    @property
    def end_column(self) -> int:
        return self._position(self.end)[1]

    def _range(self, start: int, end: int) -> dict[str, int]:
        (line, column), (end_line, end_column) = self._position(start), self._position(end)
        return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}

    def to_dict(self) -> dict[str, Any]:
        """The diagnostic as the JSON report's per-diagnostic object (see README, "JSON format")."""
        fix = None
        if self.fix:
            fix = {"message": self.fix.message, "applicability": self.fix.applicability.value,
                   "edits": [{**self._range(e.start, e.end), "replacement": printable(e.replacement)}
                             for e in self.fix.edits]}
        return {"path": self.path, "rule": self.rule_id, "name": self.name, "severity": str(self.severity),
                "message": printable(self.message), **self._range(self.start, self.end), "fix": fix}


def printable(text: str) -> str:
    """Text safe to print: undecodable bytes (lone surrogates) shown as U+FFFD."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    return text
