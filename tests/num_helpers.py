"""Helpers the NUM relation tests share: the arithmetic rules run on a sentence, what it verifies,
and the pair assertion every concept is tested with (a broken copy reported with its arithmetic,
the correct copy quiet and verified)."""
from __future__ import annotations

from checker.analysis.relations import all_relations
from checker.document import Document
from checker.registry import load_rules

from helpers import run_rules

NUM = [r for r in load_rules() if r.family == "NUM" and r.check_path.startswith("numbers.")]
ANY = "any"     # assert_pair: the good sentence verifies some relation, whatever its kind


def findings(text):
    return [(d.rule_id, d.message) for d in run_rules(text, NUM)]


def relations(text, kind=None):
    return [r for r in all_relations(Document("<t>", text)) if kind is None or r.kind == kind]


def verified_kinds(text):
    return {r.kind for r in relations(text) if r.ok}


def verified_calcs(text, kind="running-total"):
    return [r.args.get("calc") for r in relations(text, kind) if r.ok]


def assert_pair(good, bad, rule_id, arith, verified=None):
    """The correct sentence is quiet (and, unless verified is None, verifies a relation: of that
    kind, or of any kind with ANY); the broken one is reported by rule_id alone, showing arith."""
    assert findings(good) == []
    if verified == ANY:
        assert verified_kinds(good)
    elif verified is not None:
        assert verified in verified_kinds(good)
    found = findings(bad)
    assert [r for r, _ in found] == [rule_id], found
    assert arith in found[0][1], found[0][1]


def assert_running_pair(good, bad, arith):
    """The correct sentence is quiet and its sum verified; the broken one is reported by NUM003
    alone, showing the arithmetic."""
    assert findings(good) == []
    assert arith in verified_calcs(good)
    found = findings(bad)
    assert [r for r, _ in found] == ["NUM003"], found
    assert arith in found[0][1]
