"""Runs rules over a document. One failing rule never stops the others."""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field

from .analysis.index import index
from .diagnostic import Applicability, Diagnostic, Fix, Severity
from .document import Document
from .fix import touches_undecodable
from .registry import Rule


@dataclass
class RuleCrash:
    """A rule raised on some text: reported as an internal error for that file (exit 2)."""
    path: str
    rule_id: str
    error: str
    trace: str


@dataclass
class CheckResult:
    document: Document
    diagnostics: list[Diagnostic]
    crashes: list[RuleCrash]
    verified: list[Diagnostic] = field(default_factory=list)


def check_document(doc: Document, rules: list[Rule], severities: dict[str, Severity] | None = None,
                   lang: str = "zh", show_verified: bool = False) -> CheckResult:
    diagnostics: list[Diagnostic] = []
    verified: list[Diagnostic] = []
    crashes: list[RuleCrash] = []
    length = len(doc.text)
    for rule in rules:
        # A rule whose entry declares what a text must hold is not run on a text without it.
        if rule.requires and not doc.shared(index).satisfies(rule.requires):
            continue
        try:
            produced, proved = [], []
            for finding in rule.check(doc, rule):
                if not 0 <= finding.start <= finding.end <= length:
                    raise ValueError(f"span {finding.start}..{finding.end} outside the text (length {length})")
                spec = rule.variants.get(finding.variant)
                if spec is None:
                    raise ValueError(f"variant {finding.variant!r} is not declared by the check")
                if finding.edits is not None and not spec.fix:
                    raise ValueError(f"variant {finding.variant or 'plain'!r} is declared without a fix")
                if finding.verified:
                    if not spec.verified:
                        raise ValueError(f"variant {finding.variant or 'plain'!r} is declared unverifiable")
                    if show_verified:
                        proved.append(_verified(doc, rule, finding, lang))
                else:
                    produced.append(_diagnostic(doc, rule, finding, severities, lang))
        except Exception as exc:  # noqa: BLE001 -- a crashing rule is reported, never fatal
            crashes.append(RuleCrash(doc.path, rule.id, f"{type(exc).__name__}: {exc}",
                                     traceback.format_exc()))
            continue
        diagnostics.extend(produced)
        verified.extend(proved)
    diagnostics.sort(key=Diagnostic.sort_key)
    verified.sort(key=Diagnostic.sort_key)
    return CheckResult(doc, diagnostics, crashes, verified)


def _verified(doc, rule, finding, lang) -> Diagnostic:
    args = {"match": doc.text[finding.start:finding.end], **finding.args}
    return Diagnostic(rule_id=rule.id, name=rule.name, severity=Severity.INFO,
                      message=rule.verified_message(args, lang, finding.variant), start=finding.start,
                      end=finding.end, message_en=rule.verified_message(args, "en", finding.variant))


def _diagnostic(doc, rule, finding, severities, lang) -> Diagnostic:
    args = {"match": doc.text[finding.start:finding.end], **finding.args}
    fix = None
    if finding.edits is not None:
        for edit in finding.edits:
            if not 0 <= edit.start <= edit.end <= len(doc.text):
                raise ValueError(f"edit {edit.start}..{edit.end} outside the text")
        applicability = finding.applicability
        if doc.undecodable and any(touches_undecodable(doc.text, edit) for edit in finding.edits):
            applicability = Applicability.DISPLAY  # --fix never applies it: the [*] must not promise it
        fix = Fix(tuple(sorted(finding.edits)), applicability, rule.fix_message(args, lang, finding.variant))
    severity = (severities or {}).get(rule.id, rule.severity)
    return Diagnostic(rule_id=rule.id, name=rule.name, severity=severity,
                      message=rule.message(args, lang, finding.variant), start=finding.start,
                      end=finding.end, fix=fix, message_en=rule.message(args, "en", finding.variant))
