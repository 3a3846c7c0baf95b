"""GitHub Actions workflow commands: annotations on the pull request's changed lines."""
from __future__ import annotations

from . import RunReport, display

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: RunReport, stream, color: bool = False, quiet: bool = False) -> None:
    for file in report.files:
        doc = file.document
        for d in file.diagnostics:
            (line, column), (end_line, end_column) = doc.position(d.start), doc.position(d.end)
            properties = (f"file={_escape_property(doc.path)},line={line},col={column},"
                          f"endLine={end_line},endColumn={end_column},"
                          f"title={_escape_property(f'{d.rule_id} {d.name}')}")
            stream.write(f"::{_LEVEL[str(d.severity)]} {properties}::{_escape_data(display(d.message))}\n")
