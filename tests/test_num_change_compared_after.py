"""The amount of a change and its percentage opening a clause of comparison (与上年同期相比，…增加…，
增长…), the figure now stated in the sentence before (checker/analysis/relations/change.py,
_amount_and_rate_after): the earlier state is now − amount, the percentage amount ÷ earlier.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_the_figure_now_in_the_sentence_before():
    assert_pair("今年前三季度，全县实现农产品网络零售额18.4亿元。与上年同期相比，增加2.4亿元，增长15%。",
                "今年前三季度，全县实现农产品网络零售额18.4亿元。与上年同期相比，增加2.4亿元，增长25%。",
                "NUM007", "2.4亿元 ÷ (18.4亿元 − 2.4亿元)", verified="change-amount")


def test_the_comparison_names_the_figure_among_its_parts():
    # (其中出口 shares words with 进出口总额; the comparison names the whole in full)
    assert_pair("上半年，全市外贸进出口总额1,320亿元，其中出口840亿元。\n與上年同期相比，进出口总额增加120亿元，增长10%。",
                "上半年，全市外贸进出口总额1,320亿元，其中出口840亿元。\n與上年同期相比，进出口总额增加120亿元，增长12%。",
                "NUM007", "120亿元 ÷ (1,320亿元 − 120亿元)", verified="change-amount")


def test_two_figures_before_none_named_is_not_read():
    assert findings("今年全市新登记企业8,600户，注销企业2,100户。与去年相比，增加600户，增长7.5%。") == []


def test_a_year_on_year_percentage_is_of_another_base():
    # (同比 in the percentage's own words: the change may be measured against another period)
    assert findings("今年全县接待游客560万人次。与上年相比，增加60万人次，同比增长15%。") == []
