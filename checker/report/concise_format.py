"""One line per diagnostic: path:line:col: ID [severity] message."""
from __future__ import annotations

from . import RunReport, display
from .text_format import summary_line


def render(report: RunReport, stream, color: bool = False, quiet: bool = False) -> None:
    for file in report.files:
        doc = file.document
        for d in file.diagnostics:
            line, column = doc.position(d.start)
            fixable = " [*]" if d.fix and d.fix.applicability.value == "safe" else ""
            stream.write(f"{doc.path}:{line}:{column}: {d.rule_id}{fixable} {display(d.message)}\n")
        for v in file.verified:
            line, column = doc.position(v.start)
            stream.write(f"{doc.path}:{line}:{column}: {v.rule_id} ✓ {display(v.message)}\n")
    if not quiet:
        stream.write(summary_line(report) + "\n")
