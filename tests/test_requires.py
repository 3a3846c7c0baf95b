"""Pre-filters declared in rule entries (`requires = [...]`, analysis/index.py): a requirement
may only skip texts the full check has nothing to report on."""
from __future__ import annotations

import dataclasses
import random

from checker.analysis.index import KINDS, DocIndex
from checker.document import Document
from checker.registry import Rule, load_rules

from conftest import CORPUS, SAMPLES


def _texts() -> list[str]:
    texts = [example.text for rule in load_rules() for example in rule.bad if example.text]
    texts += [good for rule in load_rules() for good in rule.good]
    texts += [path.read_text("utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    if CORPUS.is_dir():
        files = sorted(CORPUS.glob("*.txt"))
        texts += [path.read_text("utf-8") for path in random.Random(5).sample(files, min(120, len(files)))]
    return texts


def _rejected_but_reported(rule: Rule, texts: list[str]) -> list[str]:
    """Texts the rule's requirements would skip although its check reports on them."""
    missed = []
    for text in texts:
        if DocIndex(text).satisfies(rule.requires):
            continue
        doc = Document("t", text, settings={"script": "auto"})
        if any(not finding.verified for finding in rule.check(doc, rule)):
            missed.append(text)
    return missed


def test_no_requirement_rejects_a_text_its_check_reports_on():
    texts = _texts()
    declared = [rule for rule in load_rules() if rule.requires]
    assert declared
    for rule in declared:
        assert _rejected_but_reported(rule, texts) == [], rule.id


def test_a_wrong_requirement_is_caught():
    mixed = next(rule for rule in load_rules() if rule.id == "ENC008")
    wrong = dataclasses.replace(mixed, requires=("digit",))
    wrong.__dict__["check"] = mixed.check
    assert _rejected_but_reported(wrong, _texts())


def test_the_index_finds_each_kind():
    text = "GDP增长５%，“好”——éa\u3000"
    index = DocIndex(text)
    assert all(index.has(kind) for kind in KINDS)
    assert not DocIndex("abc").has("digit") and not DocIndex("123").has("han")
    assert index.has("any-of:，") and not index.has("any-of:。")
    assert index.spans("han") == [(3, 5), (9, 10)]
