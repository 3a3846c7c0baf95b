"""Parts held with 占 + a count (checker/analysis/relations/breakdown.py, _held): side by side after
one whole, all of it (市场主体5820户，个体工商户占4310户，企业占1510户) when their subjects are
exclusive kinds, which then need not repeat the whole's noun (a part held alone still names it:
林地占150万亩 after 耕地120万亩 is none of it); a figure inside a breakdown of its own (其中，
…700億元) is a part, no whole of what is held after it.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_parts_held_side_by_side_are_added_when_exclusive():
    assert_pair("前三季度全市新登记经营主体3.2万户，个体工商户占2.3万户，企业占0.9万户。",
                "前三季度全市新登记经营主体3.2万户，个体工商户占2.3万户，企业占1.9万户。",
                "NUM001", "2.3万户 + 1.9万户 = 4.2万户", verified="parts")


def test_a_part_held_alone_names_the_whole():
    # exclusive kinds held side by side need not name the whole; one part held alone does
    text = "全县现有耕地95万亩，园地占120万亩。"
    assert findings(text) == []
    assert not verified_calcs(text, "parts")


def test_overlapping_kinds_held_are_weighed_alone():
    text = "全县党员2600名，女党员占900名，少数民族党员占1900名。"
    assert findings(text) == []
    assert verified_calcs(text, "parts") == ["1900名"]


def test_a_part_of_a_breakdown_is_no_whole_of_what_is_held_after_it():
    text = "今年全省税收预计超过预算数900亿元，其中，应分给市县的税收260亿元，省级税收占640亿元。"
    assert findings(text) == []
