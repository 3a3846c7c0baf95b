"""One line per diagnostic: path:line:col: ID severity [*] message."""
from __future__ import annotations

from ..typenames import TYPE_CHECKING
from . import RunReport, display
from .text_format import SEVERITY_WORDS, summary_line

if TYPE_CHECKING:
    from typing import TextIO


def render(report: RunReport, stream: TextIO, color: bool = False, quiet: bool = False) -> None:
    words = SEVERITY_WORDS.get(report.lang, SEVERITY_WORDS["zh"])
    for file in report.files:
        doc = file.document
        for d in file.diagnostics:
            line, column = doc.position(d.start)
            fixable = " [*]" if file.fixable_safely(d) else ""
            stream.write(f"{doc.path}:{line}:{column}: {d.rule_id} {words[str(d.severity)]}{fixable} "
                         f"{display(d.message)}\n")
        for v in file.verified:
            line, column = doc.position(v.start)
            stream.write(f"{doc.path}:{line}:{column}: {v.rule_id} ✓ {display(v.message)}\n")
    if not quiet:
        stream.write(summary_line(report) + "\n")
