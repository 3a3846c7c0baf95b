"""One module per output format; each renders a finished run."""
from __future__ import annotations

import importlib
import os
import re
from dataclasses import dataclass, field

from ..diagnostic import Diagnostic, Severity
from ..document import Document
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TextIO


def _formats() -> tuple[str, ...]:
    """Every `<name>_format` module of this package is a --format value (text first: the default)."""
    # The package's directory listed, not pkgutil.iter_modules: that imports inspect (~8 ms of a
    # one-file check, which otherwise never needs it) to tell module files by their suffixes.
    names = sorted({entry.removesuffix(".py").removesuffix("_format") for folder in __path__
                    for entry in os.listdir(folder) if entry.endswith("_format.py")})
    return tuple(sorted(names, key=lambda name: name != "text"))


FORMATS = _formats()


@dataclass
class FileReport:
    """One file's part of a report: its document, diagnostics and fixes applied."""
    document: Document
    diagnostics: list[Diagnostic] = field(default_factory=list)
    fixed: int = 0
    verified: list[Diagnostic] = field(default_factory=list)  # only with --show-verified
    fixable: bool = True        # False: --fix never rewrites this file (Markdown/HTML for now)

    def fixable_safely(self, diagnostic: Diagnostic) -> bool:
        """Would `--fix` apply this diagnostic's fix?"""
        return self.fixable and diagnostic.fix is not None and diagnostic.fix.applicability.value == "safe"


@dataclass
class RunReport:
    """A whole run as the reporters (checker/report/*_format.py) print it."""
    files: list[FileReport]
    version: str
    show_verified: bool = False
    lang: str = "zh"            # the language of the summary and of the severity words
    skipped: int = 0            # files that could not be checked (too large, unreadable, binary)
    not_fixed: int = 0          # Markdown/HTML files checked but not fixed under --fix

    def counts(self) -> dict[str, int]:
        counts = {str(s): 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
        for file in self.files:
            for diagnostic in file.diagnostics:
                counts[str(diagnostic.severity)] += 1
        return counts


def display(text: str) -> str:
    """Text safe to print: undecodable bytes (lone surrogates) shown as U+FFFD."""
    # One C-level scan (a compiled class), no per-character Python loop.
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


_SURROGATE = re.compile("[\ud800-\udfff]")


def render(fmt: str, report: RunReport, stream: TextIO, color: bool = False, quiet: bool = False) -> None:
    module = importlib.import_module(f"checker.report.{fmt}_format")
    module.render(report, stream, color=color, quiet=quiet)
