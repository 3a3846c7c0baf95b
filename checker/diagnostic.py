"""The values every part of the checker passes around: severities, edits, fixes, diagnostics."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field


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
    rule_id: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    fix: Fix | None = None
    message_en: str = ""

    def sort_key(self):
        return (self.start, self.end, self.rule_id)
