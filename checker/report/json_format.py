"""The JSON report: a stable contract for CI systems and tooling (see README, "JSON format").

Written without indentation, one file entry and one diagnostic per line: the report stays easy to
read and to grep, and every value goes through the json module's C encoder (indentation forces the
pure-Python one, which on a file with many findings took more time than checking it).
"""
from __future__ import annotations

import json
from bisect import bisect_right

from ..diagnostic import Diagnostic
from ..document import Document
from ..typenames import TYPE_CHECKING
from . import RunReport, display

if TYPE_CHECKING:
    from typing import Any

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


class _Positions:
    """(line, column) of offsets in one document, as Document.position computes them, with the
    line starts looked up once."""

    def __init__(self, doc: Document) -> None:
        self.starts = doc.line_starts

    def range(self, start: int, end: int) -> dict[str, int]:
        starts = self.starts
        line = bisect_right(starts, start) - 1
        end_line = bisect_right(starts, end, line) - 1
        return {"line": line + 1, "column": start - starts[line] + 1,
                "end_line": end_line + 1, "end_column": end - starts[end_line] + 1}


def _diagnostic(path: str, positions: _Positions, d: Diagnostic) -> dict[str, Any]:
    fix = None
    if d.fix:
        fix = {"message": d.fix.message, "applicability": d.fix.applicability.value,
               "edits": [{**positions.range(e.start, e.end), "replacement": display(e.replacement)}
                         for e in d.fix.edits]}
    entry: dict[str, Any] = {"path": path, "rule": d.rule_id, "name": d.name, "severity": str(d.severity),
                             "message": display(d.message)}
    entry.update(positions.range(d.start, d.end))
    entry["fix"] = fix
    return entry


def as_dict(report: RunReport) -> dict[str, Any]:
    """The report as one dictionary (each diagnostic's dictionary built once)."""
    diagnostics: list[dict[str, Any]] = []
    verified: list[dict[str, Any]] = []
    for file in report.files:
        doc = file.document
        if not file.diagnostics and not file.verified:
            continue
        positions = _Positions(doc)
        path = doc.path
        diagnostics.extend(_diagnostic(path, positions, d) for d in file.diagnostics)
        if report.show_verified:
            for v in file.verified:
                entry: dict[str, Any] = {"path": path, "rule": v.rule_id, "name": v.name,
                                         "message": display(v.message)}
                entry.update(positions.range(v.start, v.end))
                verified.append(entry)
    result: dict[str, Any] = {
        "tool": "jiaodui",
        "version": report.version,
        "summary": {"files": len(report.files), "diagnostics": len(diagnostics), **report.counts()},
        "files": [{"path": f.document.path, "encoding": f.document.encoding_label} for f in report.files],
        "diagnostics": diagnostics,
    }
    if report.show_verified:  # an addition only when asked for: the default contract is unchanged
        result["verified"] = verified
    return result


def dumps(data: dict[str, Any]) -> str:
    """The report dictionary as JSON text: the header on the first line, then each list with one
    entry per line."""
    head = {key: value for key, value in data.items() if not isinstance(value, list)}
    parts = [_ENCODE(head)[:-1]]
    for key, value in data.items():
        if isinstance(value, list):
            if value:
                body = ",\n".join(map(_ENCODE, value))
                parts.append(f",\n{_ENCODE(key)}: [\n{body}\n]")
            else:
                parts.append(f",\n{_ENCODE(key)}: []")
    parts.append("}\n")
    return "".join(parts)


def render(report: RunReport, stream, color: bool = False, quiet: bool = False) -> None:
    stream.write(dumps(as_dict(report)))
