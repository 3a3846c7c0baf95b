"""Subjects of a running total that count its items (checker/analysis/relations/running.py): a count
of grades is no span of years (两个年级新生共…: 年级 is a word of its own), and 俩 counts two
(兄弟俩加起来…, 姐妹倆共…).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_running_pair, findings, relations


def test_a_count_of_grades_counts_the_items():
    assert_running_pair("学校今年秋季招收初一新生480人，高一新生620人，两个年级新生共1100人。",
                        "学校今年秋季招收初一新生480人，高一新生620人，两个年级新生共1200人。",
                        "480人 + 620人 = 1100人")


def test_a_span_of_years_still_is_one():
    # 这两年来 counts years that began before the list: a span, not its items
    text = "去年全村新建沼气池42口，今年新建35口，这两年来共建成沼气池160口。"
    assert findings(text) == []
    assert not relations(text, "running-total")


def test_a_pair_named_by_lia_counts_two_items():
    assert_running_pair("老张家今年养了肉牛26头，他弟弟家养了19头，兄弟俩加起来有45头。",
                        "老张家今年养了肉牛26头，他弟弟家养了19头，兄弟俩加起来有55头。",
                        "26头 + 19头 = 45头")


def test_a_pair_after_three_items_is_no_sum_of_them():
    text = "老张家今年养了肉牛26头，他弟弟家养了19头，邻居家养了8头，兄弟俩加起来有45头。"
    assert findings(text) == []
    assert not relations(text, "running-total")
