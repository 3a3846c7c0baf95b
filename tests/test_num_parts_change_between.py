"""Part–whole with a clause between the whole and 其中 that says how the whole changed
(checker/analysis/relations/parts.py, _how_the_whole_changed): 比上年增加3.2亿元 is passed over
when the part after 其中 is larger than the change, since a part of an increase is never larger
than the increase.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, relations


def test_the_whole_before_a_clause_of_its_change_is_the_parts_whole():
    assert_pair("今年前三季度，全市一般公共预算收入86.4亿元，比上年同期增加3.2亿元，其中税收收入61.7亿元。",
                "今年前三季度，全市一般公共预算收入86.4亿元，比上年同期增加3.2亿元，其中税收收入91.7亿元。",
                "NUM001", "其中91.7亿元", verified="parts")


def test_a_part_of_the_change_itself_is_left_alone():
    # the parts may break down the increase (its own verb), or be no larger than it: which of the
    # two figures they break down is not said, so nothing is weighed
    for text in ("全市一般公共预算收入86.4亿元，比上年增加3.2亿元，其中税收增加2.1亿元，非税收入增加1.1亿元。",
                 "全市一般公共预算收入86.4亿元，比上年增加3.2亿元，其中税收收入2.1亿元，其他收入1.1亿元。"):
        assert findings(text) == []
        assert not [r for r in relations(text) if r.kind.startswith("parts")]


def test_a_figure_per_item_is_no_whole():
    # 每个网格配备网格员1名: per grid, no whole of the full-time staff; the whole before it is
    assert findings("全区共划分网格1260个，每个网格配备网格员1名，其中专职网格员860名。") == []
    assert_pair("全区共有网格员1380名，每个网格配备网格员1名，其中专职网格员920名。",
                "全区共有网格员1380名，每个网格配备网格员1名，其中专职网格员1920名。",
                "NUM001", "其中1920名", verified="parts")
