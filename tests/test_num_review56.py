"""Readings reviews 56 (40 blind planted pairs: 20/40 strict at be4c20b, 21/40 at 5db102d, one false
alarm on a correct twin at both) and 57 (40 blind correct articles, 12,027 characters: one false
alarm at be4c20b and at 5db102d) asked for, counted before any change: the earlier state of a
comparison is no base of a plan done, nor a part of a breakdown said before it.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings


def test_last_years_figure_is_no_plan_of_this_one():
    text = "今年前三季度全县税收收入完成8.62亿元，比去年同期的7.95亿元增加0.67亿元，增长8.4%，完成年度预算的76.3%。"
    assert findings(text) == []


def test_the_earlier_state_after_a_list_is_no_part_of_it():
    text = ("今年以来全市新增储能装机86万千瓦，其中电化学储能61万千瓦、抽水蓄能25万千瓦，"
            "储能装机比年初的412万千瓦增长20.9%。")
    assert findings(text) == []
