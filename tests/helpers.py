"""Small helpers shared by the tests: run rules on a string the way the engine does."""
from __future__ import annotations

from checker.config import Config
from checker.document import Document
from checker.engine import check_document
from checker.fix import fix_until_settled
from checker.registry import load_rules
from checker.source import document_from_bytes


def rule(rule_id):
    return next(r for r in load_rules() if r.id == rule_id)


def run_rules(text_or_doc, rules, raise_crash=True):
    doc = text_or_doc if isinstance(text_or_doc, Document) else Document("<example>", text_or_doc)
    result = check_document(doc, list(rules))
    if raise_crash and result.crashes:
        raise AssertionError(result.crashes[0].trace)
    return result.diagnostics


def fixed(text, rules, unsafe=False):
    def run(current):
        return run_rules(current, rules)
    text, _, _ = fix_until_settled(text, run, unsafe)
    return text


def example_document(example, settings=None):
    if example.bytes:
        return document_from_bytes(bytes.fromhex(example.bytes.replace(" ", "")), "<example>")
    return Document("<example>", example.text, settings=dict(settings or {}))


__all__ = ["rule", "run_rules", "fixed", "example_document", "Config"]
