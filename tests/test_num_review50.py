"""Readings review 50 (40 blind planted pairs, half with their figures in separate sentences:
16/40 strict at be4c20b and at d403225, 0 false alarms on the twins, counted before any change)
asked for: an item of a breakdown named with a count of what it is of (东部6个乡镇1980户: the part
is the households, the count of towns part of its name); a rate named by a deed its count's clause
says after the count (已有3.76万人完成体检，体检率…); a share naming a whole whose name holds a
generic word (占进出口总值的: 进出口…总值).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair


def test_an_item_named_with_a_count_of_what_it_is_of():
    assert_pair("今年全县完成危房改造3120户，其中南部5个乡镇1460户、北部7个乡镇1660户。",
                "今年全县完成危房改造3120户，其中南部5个乡镇1460户、北部7个乡镇1860户。",
                "NUM001", "1460户 + 1860户 = 3320户")


def test_a_rate_named_by_the_deed_after_its_count():
    assert_pair("全县适龄儿童共2.45万人，截至10月底已有2.31万人完成疫苗接种，接种完成率94.3%。",
                "全县适龄儿童共2.45万人，截至10月底已有2.31万人完成疫苗接种，接种完成率97.3%。",
                "NUM010", "2.31万人 ÷ 2.45万人")
    assert_pair("全区在册老人共1.28万人，截至9月底已有9,860人完成健康评估，评估率为77.0%。",
                "全区在册老人共1.28万人，截至9月底已有9,860人完成健康评估，评估率为79.0%。",
                "NUM010", "9,860人 ÷ 1.28万人")


def test_a_share_of_a_whole_named_with_a_generic_word():
    assert_pair("上半年，全市进出口总值2380亿元，同比增长4.2%，其中进口960亿元，占进出口总值的40.3%。",
                "上半年，全市进出口总值2380亿元，同比增长4.2%，其中进口960亿元，占进出口总值的43.0%。",
                "NUM005", "960亿元 ÷ 2380亿元")


def test_the_earlier_state_the_amount_and_the_percentage_with_the_figure_now_unsaid():
    assert_pair("与去年同期的250起相比，今年全县火灾起数减少40起，降幅16%。",
                "与去年同期的250起相比，今年全县火灾起数减少45起，降幅16%。",
                "NUM007", "45起 ÷ 250起")
    assert_pair("去年同期为1,250人，今年参赛人数增加300人，增幅24%。",
                "去年同期为1,250人，今年参赛人数增加350人，增幅24%。",
                "NUM007", "350人 ÷ 1,250人")
