"""A rate whose base ends the sentence before and whose count is named by a deed that does what the
rate's stem names (完成率 of 已完工; 合格率 of 达到合格等级的; 接种率 of …完成…接种, the deed after
the count's noun): checker/analysis/relations/rate.py with rules/data/num_words.txt rate-deeds.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_completion_said_by_the_deed_of_building():
    assert_pair("今年全县计划改造农村公路桥梁120座。截至9月底，已竣工102座，完成率达85%。",
                "今年全县计划改造农村公路桥梁120座。截至9月底，已竣工102座，完成率达95%。",
                "NUM010", "102座 ÷ 120座", verified="rate")


def test_the_deed_after_the_counts_noun():
    assert_pair("全市60岁以上老年人口共52万人。截至目前，已有26万名老年人完成疫苗接种，接种率为50%。",
                "全市60岁以上老年人口共52万人。截至目前，已有26万名老年人完成疫苗接种，接种率为60%。",
                "NUM010", "26万名 ÷ 52万人", verified="rate")


def test_the_group_before_the_deed_names_the_base():
    assert_pair("本学期参加体质健康测试的学生共2,400人。测试结果显示，达到合格等级的学生有2,160人，合格率为90%。",
                "本学期参加体质健康测试的学生共2,400人。测试结果显示，达到合格等级的学生有2,160人，合格率为95%。",
                "NUM010", "2,160人 ÷ 2,400人", verified="rate")


def test_a_deed_that_starts_is_no_completion():
    # (开工 starts what 完成 ends: the rate of completion is not of the projects started)
    assert findings("今年全市安排重点项目80个。截至6月底，已开工72个，完成率为45%。") == []


def test_a_group_the_base_does_not_name():
    # (the elderly are some of the residents: the rate may be of them alone)
    assert findings("全县常住人口共50万人。截至目前，已有9万名老年人完成疫苗接种，接种率为90%。") == []
