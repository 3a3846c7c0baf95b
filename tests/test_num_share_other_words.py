"""Shares said with 相当于…的 and with 所占比重 after the part's own clause. Every sentence is the
test's own."""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_a_share_said_as_what_the_part_amounts_to():
    assert_pair("本届运动会全市报名运动员 1,280 人，其中高中组 448 人，相當於總數的 35%。",
                "本届运动会全市报名运动员 1,280 人，其中高中组 548 人，相當於總數的 35%。",
                "NUM005", "548 人 ÷ 1,280 人", verified="share")


def test_the_share_the_figure_before_holds():
    assert_pair("去年全市服务业增加值2400亿元，其中现代服务业实现1080亿元，所占比重为45%。",
                "去年全市服务业增加值2400亿元，其中现代服务业实现1080亿元，所占比重为55%。",
                "NUM005", "1080亿元 ÷ 2400亿元", verified="share")


def test_amounting_to_a_figure_of_another_time_is_no_share_of_this_one():
    # (85% of last year's total, which the sentence does not give)
    assert findings("今年前三季度全市旅游收入320亿元，相当于去年全年的85%。") == []
