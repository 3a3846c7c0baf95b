"""Measure words that count one thing (rules/data/num_words.txt, same-count; relations/common.py,
counts_as): a part counted in 案 is a part of a whole counted in 件.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_cases_counted_in_jian_and_an():
    assert_pair("今年累计受理市民陈情2180件，其中道路问题836案、噪音问题502案。",
                "今年累计受理市民陈情2180件，其中道路问题1836案、噪音问题502案。",
                "NUM001", "1836案 + 502案 = 2338案", verified="parts")


def test_other_measure_words_stay_apart():
    # rooms and cases count different things
    assert findings("今年累计受理市民陈情2180件，其中涉及3600间房屋。") == []
