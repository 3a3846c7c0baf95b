"""Correct passages written to tempt this stop's new readings (a tester's traps, in my own words):
each must stay quiet.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings


def test_a_former_place_is_no_earlier_stock_and_a_merger_widens_the_stock():
    assert findings("截至2023年底，南山镇共有家庭农场42家。今年原南山镇辖区新增8家，注销3家。6月南山镇与北山镇合并，"
                    "目前全镇家庭农场累计达到70家，其中原北山镇辖区23家。") == []


def test_a_whole_named_by_a_clause_the_periods_do_not_say():
    # (经水路运输的 is some of the goods; the months count all of them)
    assert findings("1至5月，全县外运货物达到52万吨。6月份外运货物为11万吨。上半年，经水路运输的外运货物共48万吨，约占总量的七成。") == []


def test_a_change_named_as_a_kind_inside_the_joined_whole():
    # (出口 is a kind of 进出口: the comparison is of exports, not of the total before)
    assert findings("今年前三季度，全县外贸进出口总值为86亿元。与上年同期相比，出口增加3亿元，增长6%，进口略有下降。") == []


def test_a_change_of_another_span_than_the_figure_before():
    assert findings("今年1至9月，全县税收收入为62亿元。与去年同期相比，第三季度税收增加1.2亿元，增长7.5%。") == []


def test_a_negated_deed_names_the_rest():
    # (不合格 are those that failed: the pass rate is (2,400 − 30) ÷ 2,400)
    assert findings("今年以来，全县共抽检农产品2,400批次，发现不合格产品30批次，均已依法处置。抽检总体合格率为98.8%。") == []


def test_rates_of_groups_after_the_counts_own_rate():
    # (the counts' own rate is said with them; the rates after 其中 are of groups inside them)
    assert findings("全县纳入签约管理的重点人群8.4万人，已签约7.2万人，签约率85.7%。其中，老年人签约率91.2%，"
                    "慢性病患者签约率88.6%。") == []
    assert findings("全县纳入签约管理的重点人群8.4万人，已签约7.2万人，签约率85.7%。儿童签约率为70.1%。") == []
