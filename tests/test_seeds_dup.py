"""SEEDS.md items of the duplication family, both directions, on the real sample articles."""
from __future__ import annotations

import pytest

from checker.registry import load_rules
from checker.source import document_from_bytes

from conftest import SAMPLES
from helpers import run_rules

DUP = [r for r in load_rules() if r.family == "DUP"]


def _findings(prefix):
    path = next(SAMPLES.glob(f"{prefix}_*.txt"))
    doc = document_from_bytes(path.read_bytes(), str(path))
    return doc, [(d.rule_id, *doc.position(d.start), doc.text[d.start:d.end]) for d in run_rules(doc, DUP)]


def test_004_doubled_clause_is_flagged():
    _, found = _findings("004")
    assert ("DUP003", 43, 31, "因人而异,因人而异") in found


def test_004_repeated_list_item_is_flagged():
    _, found = _findings("004")
    assert ("DUP004", 109, 160, "扶智、扶智") in found


def test_004_anadiplosis_is_quiet():
    doc, found = _findings("004")
    assert doc.line_text(21)[82:89] == "大棚,大棚收益"
    assert not [f for f in found if f[1] == 21]


def test_002_page_furniture_run_is_flagged_once():
    _, found = _findings("002")
    runs = [f for f in found if f[0] == "DUP007"]
    assert len(runs) == 1
    rule_id, line, column, text = runs[0]
    assert (line, column) == (44, 1)
    assert text.split() == ["地图"] * 13
    assert not [f for f in found if f[1] == 44 and f[0] != "DUP007"]


def test_002_word_ending_one_clause_and_starting_the_next_is_quiet():
    doc, found = _findings("002")
    assert doc.line_text(36)[16:24] == "本网,本网确认后"
    assert not [f for f in found if f[1] == 36]


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_other_samples_have_no_duplication(prefix):
    _, found = _findings(prefix)
    assert found == []


def test_exactly_the_seeded_findings():
    """Nothing else in the five samples is a duplication; extra findings would be false alarms."""
    total = []
    for prefix in ("000", "001", "002", "003", "004"):
        total += _findings(prefix)[1]
    assert sorted(f[0] for f in total) == ["DUP003", "DUP004", "DUP007"]
