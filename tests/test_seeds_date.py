"""SEEDS.md, DATE items: what the sample articles must flag, and what must stay quiet."""
from __future__ import annotations

import pytest

from checker.registry import load_rules
from checker.source import read_document

from conftest import SAMPLES
from helpers import run_rules

DATE_RULES = [r for r in load_rules() if r.family == "DATE"]


def sample(prefix):
    path = next(SAMPLES.glob(f"{prefix}_*.txt"), None)
    if path is None:
        pytest.skip(f"samples/{prefix}_* is absent")
    return read_document(str(path))


def date_findings(prefix):
    doc = sample(prefix)
    return doc, run_rules(doc, DATE_RULES)


def at(doc, diagnostics):
    return {(doc.position(d.start), doc.text[d.start:d.end], d.rule_id) for d in diagnostics}


def test_002_glued_date_and_glued_count_are_flagged():
    doc, found = date_findings("002")
    flagged = at(doc, found)
    assert ((13, 528), "201612310日", "DATE001") in flagged
    assert ((11, 104), "201631个", "DATE002") in flagged
    # Nothing else in 002 is a date problem: the licence number and the copyright years stay quiet.
    assert len(found) == 2


def test_004_year_without_nian_is_flagged():
    doc, found = date_findings("004")
    assert ((97, 1), "2020夏季", "DATE003") in at(doc, found)
    assert [d.rule_id for d in found] == ["DATE003"]


def test_003_correct_weekday_is_not_flagged():
    doc, found = date_findings("003")
    # 2021年08月18日 was a Wednesday: no weekday error; and a dateline is not running text, so
    # the padded month is not a style point either (SEEDS.md: the whole item stays quiet).
    assert not [d for d in found if d.rule_id == "DATE005"]
    assert not [d for d in found if doc.position(d.start)[0] == 1]
    assert all(str(d.severity) == "info" for d in found)
    # Phone numbers (18272211111, 0716-8445200) are not dates.
    assert not [d for d in found if doc.position(d.start)[0] == 3]


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_no_warning_or_error_in_the_other_samples(prefix):
    doc, found = date_findings(prefix)
    assert [d for d in found if str(d.severity) != "info"] == []
