"""The engine releases, on a long text, each analysis once no later rule can reach it: the findings
are those of a run that keeps everything, and analyses a later rule needs are kept."""
from __future__ import annotations

import dataclasses

from checker import engine
from checker.analysis import dates, structure, words
from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules

# Written for this test: a doubled function character (在在), a date and figures, repeated to a
# length at which the engine releases analyses.
PARAGRAPH = ("本市今年新建公园十二座，其中城区八座、郊区四座。市园林局3月5日表示，"
             "明年将在在各区继续增加绿地面积，并开放更多社区花园供居民休闲。\n")


# each paragraph names its own district, so that none repeats another (that would be DUP006 alone),
# and the slip is in the last one only (one written in every paragraph is the copy's own usage)
LONG = "".join(PARAGRAPH.replace("本市", f"第{i}区", 1).replace("在在", "在")
               for i in range(engine.RELEASE_FROM // len(PARAGRAPH) + 1)) + PARAGRAPH


def _findings(result):
    return [(d.rule_id, d.start, d.end, d.message) for d in result.diagnostics]


def _noting(inner, notes: list):
    def check(doc, rule):
        notes.append(set(doc._shared))
        return inner(doc, rule)
    return check


def test_release_keeps_the_findings_and_frees_what_no_later_rule_reaches(monkeypatch):
    # LAYOUT001 notes which analyses are still there when it runs (its check, wrapped, is reached
    # through the wrapper's closure)
    at_layout: list[set] = []
    rules = []
    for r in load_rules():
        if r.id == "LAYOUT001":
            r = dataclasses.replace(r)
            r.__dict__["check"] = _noting(r.check, at_layout)
        rules.append(r)
    released = Document("x", LONG)
    with_release = check_document(released, rules)
    monkeypatch.setattr(engine, "RELEASE_FROM", 10**12)
    kept = Document("x", LONG)
    without = check_document(kept, rules)
    assert _findings(with_release) == _findings(without)
    assert any(d.rule_id == "DUP001" for d in without.diagnostics)
    # date_analysis serves the DATE rules only: gone once they ran; structure, which LAYOUT001
    # uses, is still there when LAYOUT001 runs
    assert dates.date_analysis in kept._shared and dates.date_analysis not in released._shared
    assert structure.structure in at_layout[0] and dates.date_analysis not in at_layout[0]
    assert set(released._shared) < set(kept._shared)


def test_an_analysis_reached_through_helpers_and_classes_is_found():
    table = engine._last_users(tuple(load_rules()))
    ids = [r.id for r in load_rules()]
    # doc_words is asked for inside helpers of the DUP and TYPO checks, and by LAYOUT's breaks
    assert ids[table[words.doc_words]].startswith("LAYOUT")
    assert ids[table[dates.date_analysis]].startswith("DATE")


def test_every_analysis_the_rules_ask_for_is_in_the_table(monkeypatch):
    """An analysis the walk does not find is never released; the NUM rules reach theirs through a
    table (FINDERS[kind]), which the walk must follow."""
    asked = set()
    shared = Document.shared

    def recording(self, analysis):
        asked.add(analysis)
        return shared(self, analysis)

    monkeypatch.setattr(Document, "shared", recording)
    rules = load_rules()
    check_document(Document("x", PARAGRAPH * 3), list(rules))
    table = engine._last_users(tuple(rules))
    assert asked and not [a.__qualname__ for a in asked if a not in table]
