"""The JSON report: a stable contract for CI systems and tooling (see README, "JSON format")."""
from __future__ import annotations

import json

from . import RunReport, display


def _range(doc, start: int, end: int) -> dict:
    (line, column), (end_line, end_column) = doc.position(start), doc.position(end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def as_dict(report: RunReport) -> dict:
    counts = report.counts()
    diagnostics = []
    for file in report.files:
        doc = file.document
        for d in file.diagnostics:
            fix = None
            if d.fix:
                fix = {"message": d.fix.message, "applicability": d.fix.applicability.value,
                       "edits": [{**_range(doc, e.start, e.end), "replacement": display(e.replacement)}
                                 for e in d.fix.edits]}
            diagnostics.append({"path": doc.path, "rule": d.rule_id, "name": d.name,
                                "severity": str(d.severity), "message": display(d.message),
                                **_range(doc, d.start, d.end), "fix": fix})
    result = {
        "tool": "jiaodui",
        "version": report.version,
        "summary": {"files": len(report.files), "diagnostics": len(diagnostics), **counts},
        "files": [{"path": f.document.path, "encoding": f.document.encoding_label} for f in report.files],
        "diagnostics": diagnostics,
    }
    if report.show_verified:  # an addition only when asked for: the default contract is unchanged
        result["verified"] = [{"path": f.document.path, "rule": v.rule_id, "name": v.name,
                               "message": display(v.message), **_range(f.document, v.start, v.end)}
                              for f in report.files for v in f.verified]
    return result


def render(report: RunReport, stream, color: bool = False, quiet: bool = False) -> None:
    json.dump(as_dict(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
