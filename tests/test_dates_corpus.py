"""The DATE family on real published news (../shared/corpus/): it must stay nearly silent.

Published copy is mostly correct, so every warning or error there is read by hand (see
bench/family_report.py --family DATE); this test only guards against a change that makes the family noisy.
"""
from __future__ import annotations

from checker.diagnostic import Severity
from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules


def test_date_family_stays_quiet_on_published_news(corpus_dir):
    rules = [r for r in load_rules() if r.family == "DATE"]
    chars = flagged = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text("utf-8")
        chars += len(text)
        result = check_document(Document(path.name, text), rules)
        assert not result.crashes, result.crashes[0].trace
        flagged += sum(1 for d in result.diagnostics if d.severity >= Severity.WARNING)
    assert chars > 0
    assert flagged / chars * 100_000 <= 0.5, f"{flagged} warnings/errors in {chars} characters"
