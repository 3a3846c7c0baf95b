"""A running total whose noun names the group its items are kinds of (checker/analysis/relations/
running.py, kinds.py names_group_of; rules/data/num_words.txt, kinds-of-a-noun): 國中 and 國小 are
schools (12 所國中、28 所國小，合計 40 所學校), and so are 小学, 初中 and a noun ending in 学校 (小学9所、
初中5所、九年一贯制学校2所，学校总数为16所). A total of a subset (民办学校) or of another kind
(幼儿园) sums nothing of them, and a group total above the list's sum may count kinds the list
leaves out (高中, 幼儿园): only a group total below the sum is reported.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair, findings, relations


def test_items_that_are_kinds_of_the_totals_noun():
    assert_running_pair("全市共有 12 所國中、28 所國小參與這項計畫，合計 40 所學校。",
                        "全市共有 12 所國中、28 所國小參與這項計畫，合計 38 所學校。",
                        "12 所 + 28 所 = 40所")


def test_a_subject_naming_the_items_group():
    assert_running_pair("新城区目前有小学9所、初中5所、九年一贯制学校2所，学校总数为16所。",
                        "新城区目前有小学9所、初中5所、九年一贯制学校2所，学校总数为14所。",
                        "9所 + 5所 + 2所 = 16所")


@pytest.mark.parametrize("text", [
    "全县有小学98所、初中36所，民办学校总数为20所。",         # a subset of schools
    "全县有小学98所、初中36所，幼儿园总数为52所。",           # another kind
    "全市共有 12 所國中、28 所國小參與計畫，合計 8 所民辦學校獲獎。",
    "全市共有 12 所國中、28 所國小和私立學校參與這項計畫，合計 48 所學校。",   # an item with no figure
    "全市共有 12 所國中、28 所國小參與這項計畫，合計 48 所學校。",      # schools of other kinds too
    "全县有小学84所、初中32所，学校总数达到150所。",
])
def test_totals_of_another_group_stay_quiet(text):
    assert findings(text) == []
    assert not [r for r in relations(text, "running-total") if not r.ok]
