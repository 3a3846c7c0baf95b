"""A rate whose sentence holds one of its counts takes the other from the nearest sentence before
holding one (relations/rate.py, common.sentence_holding), when the part names what the rate counts;
not past a sentence counting other things, in which the rate may be.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_the_count_done_stated_a_sentence_before():
    assert_pair("截至10月底，全县70岁以上老人已体检42,600人。今年还新增了3个体检点。\n县卫健委介绍，全县70岁以上老人共60,860人，体检率为70%。",
                "截至10月底，全县70岁以上老人已体检42,600人。今年还新增了3个体检点。\n县卫健委介绍，全县70岁以上老人共60,860人，体检率为75%。",
                "NUM010", "42,600人 ÷ 60,860人")


def test_the_base_stated_a_sentence_before():
    assert_pair("全县适龄女生共16,000人。截至9月底，已有12,480人接种疫苗，接种率为78%。",
                "全县适龄女生共16,000人。截至9月底，已有12,480人接种疫苗，接种率为82%。",
                "NUM010", "12,480人 ÷ 16,000人")


def test_no_rate_past_a_sentence_counting_other_things_or_of_a_count_it_does_not_name():
    assert findings("全县在用锅炉2,410台。\n前三季度共检验锅炉1,860台次，其中定期检验1,520台次。"
                    "检验中发现存在问题的锅炉64台，检验合格率为96.6%。") == []
    assert findings("全县今年受理群众来信3.6万件。当天回复的3.4万件，满意率达90%。") == []


def test_no_count_from_a_sentence_holding_two_of_its_kind():
    # (the plan was changed: which figure is the base is said by neither)
    assert findings("今年全县农房改造任务年初计划为500户，年中调增至540户。截至9月底，已开工378户，开工率70%。") == []


def test_a_plan_named_after_its_figure_is_the_base():
    assert_pair("今年全县完成农村改厕5,600户，超额完成5,000户的年度任务，完成率112%。",
                "今年全县完成农村改厕5,600户，超额完成5,000户的年度任务，完成率121%。",
                "NUM010", "5,600户 ÷ 5,000户")
