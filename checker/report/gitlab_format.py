"""GitLab Code Quality JSON (merge-request widget): one issue per finding with a fingerprint that
stays the same while the finding does (rule, file, the span's text and its neighbourhood, and an
occurrence index for identical findings — see checker/baseline.py), never a line number."""
from __future__ import annotations

import json

from .. import baseline
from ..typenames import TYPE_CHECKING
from . import RunReport, display

if TYPE_CHECKING:
    from typing import Any, TextIO

SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def as_list(report: RunReport) -> list[dict[str, Any]]:
    issues = []
    for file in report.files:
        doc = file.document
        for k, occurrence, d in baseline.keyed(doc, file.diagnostics):
            (line, _), (end_line, _) = doc.position(d.start), doc.position(d.end)
            issues.append({
                "type": "issue",
                "check_name": d.rule_id,
                "description": f"{d.rule_id} {d.name}: {display(d.message)}",
                "categories": ["Style"],
                "severity": SEVERITY[str(d.severity)],
                "fingerprint": baseline.fingerprint(k, occurrence),
                "location": {"path": doc.path, "lines": {"begin": line, "end": end_line}},
            })
    return issues


def render(report: RunReport, stream: TextIO, color: bool = False, quiet: bool = False) -> None:
    json.dump(as_list(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
