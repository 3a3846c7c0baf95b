"""SARIF 2.1.0 (GitHub code scanning and other SARIF viewers): one run, the rules' metadata from
their entries, one result per finding with its region (1-based lines, columns in Unicode code
points: `columnKind` says so) and its fix as a replacement."""
from __future__ import annotations

import json
import os

from .. import baseline
from ..diagnostic import Diagnostic
from ..document import Document
from ..typenames import TYPE_CHECKING
from . import RunReport, display

if TYPE_CHECKING:
    from typing import Any, TextIO

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def uri(path: str) -> str:
    """A path as a URI reference: relative ones stay relative (to the checked tree's root), with
    `/` separators and everything else percent-encoded."""
    from ..deferred import import_url_parse
    import_url_parse()      # with ipaddress deferred (checker/deferred.py)
    from urllib.parse import quote
    posix = path.replace(os.sep, "/")
    if os.path.isabs(path):
        return "file://" + quote(posix if posix.startswith("/") else "/" + posix)
    return quote(posix)


def _region(doc: Document, start: int, end: int, snippet: bool = True) -> dict[str, Any]:
    (line, column), (end_line, end_column) = doc.position(start), doc.position(end)
    region: dict[str, Any] = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}
    if snippet:
        region["snippet"] = {"text": display(doc.text[start:end])}
    return region


def _rule_descriptors() -> tuple[list[dict[str, Any]], dict[str, int]]:
    from ..registry import load_rules
    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    for rule in load_rules():
        what, why, safety = (" ".join(rule.doc[k].split()) for k in ("what", "why", "fix-safety"))
        index[rule.id] = len(descriptors)
        descriptors.append({
            "id": rule.id,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": what},
            "help": {"text": f"{what}\n\nWhy: {why}\n\nFix safety: {safety}",
                     "markdown": f"{what}\n\n**Why it matters in news copy.** {why}\n\n**Fix safety.** {safety}"},
            "defaultConfiguration": {"level": _LEVEL[str(rule.severity)]},
            "properties": {"family": rule.family, "tags": [rule.family]},
        })
    return descriptors, index


def _fix(doc: Document, d: Diagnostic) -> dict[str, Any]:
    assert d.fix is not None
    return {
        "description": {"text": display(d.fix.message) or d.name},
        "artifactChanges": [{
            "artifactLocation": {"uri": uri(doc.path)},
            "replacements": [{"deletedRegion": _region(doc, e.start, e.end, snippet=False),
                              "insertedContent": {"text": display(e.replacement)}} for e in d.fix.edits],
        }],
        "properties": {"applicability": d.fix.applicability.value},
    }


def as_dict(report: RunReport) -> dict[str, Any]:
    descriptors, index = _rule_descriptors()
    results = []
    for file in report.files:
        doc = file.document
        for k, occurrence, d in baseline.keyed(doc, file.diagnostics):
            result: dict[str, Any] = {
                "ruleId": d.rule_id,
                "level": _LEVEL[str(d.severity)],
                "message": {"text": display(d.message)},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(doc.path)},
                                                    "region": _region(doc, d.start, d.end)}}],
                "partialFingerprints": {"jiaodui/v1": baseline.fingerprint(k, occurrence)},
            }
            if d.rule_id in index:
                result["ruleIndex"] = index[d.rule_id]
            if d.fix is not None and d.fix.edits:
                result["fixes"] = [_fix(doc, d)]
            results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "jiaodui", "version": report.version, "semanticVersion": report.version,
                                "rules": descriptors}},
            "columnKind": "unicodeCodePoints",
            "artifacts": [{"location": {"uri": uri(f.document.path)}, "encoding": f.document.encoding_label}
                          for f in report.files],
            "results": results,
        }],
    }


def render(report: RunReport, stream: TextIO, color: bool = False, quiet: bool = False) -> None:
    json.dump(as_dict(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
