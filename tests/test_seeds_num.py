"""SEEDS.md, the NUM items: what must be flagged and what must stay quiet in samples/."""
from __future__ import annotations

import pytest

from checker.document import Document
from checker.registry import load_rules

from conftest import SAMPLES
from helpers import run_rules

NUM = [r for r in load_rules() if r.family == "NUM"]


def sample(prefix):
    path = next(SAMPLES.glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.skip(f"samples/{prefix}_* is absent")
    return Document(str(path), path.read_text("utf-8"))


def findings(prefix):
    doc = sample(prefix)
    return doc, [(d, doc.position(d.start)) for d in run_rules(doc, NUM)]


def test_001_average_times_count_mismatch_is_reported_with_the_arithmetic():
    doc, found = findings("001")
    assert [(d.rule_id, pos) for d, pos in found] == [("NUM004", (20, 126))]
    message = found[0][0].message
    assert "2.51万户 × 户均5万元 = 12.55亿元" in message
    assert "[12.525亿元, 12.575亿元)" in message and "12.45亿元" in message


def test_001_sums_and_changes_are_quiet():
    # 4.88 + 1.55 = 6.43; 284 of 479; 3465 of 5981; 162 of 300; 28.39万 → 7.93万 减少; “1+17”
    doc, found = findings("001")
    lines = {pos[0] for _, pos in found}
    assert lines == {20}
    assert not any(pos[0] in (16, 17, 19) for _, pos in found)


def test_002_out_of_proportion_count_is_reported():
    doc, found = findings("002")
    assert [(d.rule_id, pos) for d, pos in found] == [("NUM009", (19, 480))]
    assert doc.text[found[0][0].start:found[0][0].end] == "28006440名"


def test_002_total_across_mu_and_wan_mu_is_quiet_and_verified():
    from checker.checks.numbers import verified
    doc = sample("002")
    shown = [r.args["calc"] for r in verified(doc)]
    assert any("5.9万亩 + 2.7万亩 + 3000亩 + 6500亩 + 3700亩 = 9.92万亩" in a for a in shown)


def test_003_phone_numbers_are_not_quantities():
    doc, found = findings("003")
    assert found == []


def test_004_eleven_plus_one_is_twelve():
    from checker.checks.numbers import verified
    doc, found = findings("004")
    assert found == []
    assert any("11个 + 1处 = 12个" in r.args["calc"] for r in verified(doc))


def test_000_is_quiet():
    doc, found = findings("000")
    assert found == []
