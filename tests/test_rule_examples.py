"""Every example of every rule is a test: bad ones must raise the rule, good ones must not."""
from __future__ import annotations

import re

import pytest

from checker.document import Document
from checker.registry import load_rules

from helpers import example_document, fixed, run_rules

RULES = load_rules()
BAD = [(r, i, ex) for r in RULES for i, ex in enumerate(r.bad)]
GOOD = [(r, i, text) for r in RULES for i, text in enumerate(r.good)]


@pytest.mark.parametrize("rule,index,example", BAD, ids=[f"{r.id}-bad{i}" for r, i, _ in BAD])
def test_bad_example_is_flagged(rule, index, example):
    doc = example_document(example, rule.example_settings)
    found = [d for d in run_rules(doc, [rule]) if d.rule_id == rule.id]
    assert found, f"{rule.id} did not flag its bad example {example.text or example.bytes!r}"
    first = found[0]
    line, column = doc.position(first.start)
    if example.count is not None:
        assert len(found) == example.count
    if example.line is not None:
        assert line == example.line
    if example.column is not None:
        assert column == example.column, f"{rule.id}: column {column}, expected {example.column}"
    if example.end_column is not None:
        assert doc.position(first.end)[1] == example.end_column
    if example.message is not None:
        assert example.message in first.message or example.message in first.message_en
    if example.fixed is not None:
        assert fixed(doc.text, [rule]) == example.fixed


@pytest.mark.parametrize("rule,index,text", GOOD, ids=[f"{r.id}-good{i}" for r, i, _ in GOOD])
def test_good_example_is_quiet(rule, index, text):
    doc = Document("<example>", text, settings=dict(rule.example_settings))
    found = [d for d in run_rules(doc, [rule]) if d.rule_id == rule.id]
    assert not found, f"{rule.id} flagged its good example {text!r}: {found[0].message}"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_binds_to_its_check(rule):
    # The registry refuses entries without their doc sections or examples (tests/test_registry.py);
    # what it cannot see at load time is a check that names a missing module or function.
    assert callable(rule.check)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_explain_shows_every_section_in_the_chosen_language(lang):
    from checker.explain import _LABELS, explain
    titles = [_LABELS[lang][key] for key in ("messages", "what", "why", "bad", "good", "fix-safety")]
    for rule in RULES:
        text = explain(rule, lang)
        for title in titles:
            assert f"## {title}" in text, (rule.id, title)
    assert "## 错误示例" in explain(RULES[0]) and "## What it checks" not in explain(RULES[0])


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_explain_explains_every_placeholder_and_shows_every_variant(rule, lang):
    from checker.explain import _shown, explain
    text = explain(rule, lang)
    sep = "：" if lang == "zh" else ": "
    explained = set(re.findall(r"^  \{(\w+)\}" + sep + r"(?!\?)", text, re.M))
    shown = set(re.findall(r"\{([^{}]*)\}", text))   # anything in braces, {month:02d} included
    assert shown <= explained, f"{rule.id}: unexplained placeholders {shown - explained}"
    for variant in rule.variants:
        assert _shown(rule.template("message", variant, lang)) in text


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_every_variant_has_a_bad_example(rule):
    # So that every wording is rendered by the tests (and shown with an example by explain).
    from checker.explain import example_values
    missing = [v or "plain" for v in rule.variants if v not in example_values(rule)]
    assert not missing, f"{rule.id}: no bad example reaches variant(s) {missing}"


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_findings_keep_the_contract(rule):
    # What the check yields on its own bad examples: declared variants, and every value each
    # variant declares (so that no entry can word a placeholder the check leaves out).
    for example in rule.bad:
        doc = example_document(example, rule.example_settings)
        for finding in rule.check(doc, rule):
            spec = rule.variants[finding.variant]
            missing = spec.names() - {"match"} - set(finding.args)
            assert not missing, f"{rule.id} {finding.variant!r}: declared but not provided: {missing}"


def test_rule_ids_and_names_are_unique():
    assert len({r.id for r in RULES}) == len(RULES)
    assert len({r.name for r in RULES}) == len(RULES)


def test_readme_rule_list_is_generated_from_the_entries():
    import subprocess
    import sys

    from conftest import ROOT
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_rule_docs.py"), "--check"])
    assert result.returncode == 0, "README.md rule list is stale: run python tools/gen_rule_docs.py"
