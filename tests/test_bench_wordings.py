"""The planted-error pairs of bench/num_wordings.py: well formed, and no correct copy accused."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from num_wordings import read_pairs

NUM = [r for r in load_rules() if r.family == "NUM" and r.check_path.startswith("numbers.")]
ROWS = read_pairs()


def test_both_sets_cover_the_parts_and_running_totals():
    kinds = {(which, kind) for which, kind, _, _ in ROWS}
    assert {("tuning", "parts"), ("held-out", "parts"), ("tuning", "running-total"),
            ("held-out", "running-total")} <= kinds


# (ids name the set and the row, never the sentence: a held-out set's copies are only ever counted,
# and a failing test would print them)
@pytest.mark.parametrize("correct", [row[2] for row in ROWS],
                         ids=[f"{row[0]}-{n}" for n, row in enumerate(ROWS)])
def test_no_correct_copy_is_accused(correct):
    assert check_document(Document("<correct>", correct), NUM).diagnostics == []
