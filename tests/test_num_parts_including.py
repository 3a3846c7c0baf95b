"""A parenthesis opened by 含, 包括 or 其中 right after a figure lists parts of it
(checker/analysis/relations/parts.py, _in_parens): one part, since the word says so; a list after
it may overlap, and 含税 adds tax to the whole.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair, findings


def test_one_part_said_to_be_included():
    assert_pair("全县现有养老机构46家（含民办养老机构18家）。",
                "全县现有养老机构46家（含民办养老机构64家）。",
                "NUM001", "64家", verified="parts")


def test_a_list_after_han_may_overlap_and_is_not_added():
    # 党员 and 妇女 may be the same people; 含税 is the whole with tax added, no part of it
    assert findings("全村共有志愿者200人（含党员120人、妇女95人）。") == []
    assert findings("合同总价1200万元（含税1356万元），已支付一半。") == []


def test_a_part_of_a_part():
    assert_pair("今年全县造林4.6万亩，其中人工造林3.1万亩（包括经济林1.2万亩），封山育林1.5万亩。",
                "今年全县造林4.6万亩，其中人工造林3.1万亩（包括经济林3.6万亩），封山育林1.5万亩。",
                "NUM001", "3.6万亩", verified="parts")


@pytest.mark.parametrize("text", [
    # what the price includes, no figure of the whole's kind
    "这套住房总价186万元（含税费），首付比例三成。",
    # a figure of another year inside: not a part of this one
    "全县今年接待游客320万人次（含2023年结转团队12万人次）。",
])
def test_other_parentheses_stay_quiet(text):
    assert findings(text) == []
