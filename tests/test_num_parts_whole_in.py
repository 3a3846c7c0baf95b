"""Parts of a whole introduced by `N个…中` added up when they are exclusive kinds of one thing
(checker/analysis/relations/parts.py, _whole_in), as they are after 其中: `全县1.2万名考生中，
男生6100人，女生5900人`. Overlapping kinds are each weighed alone.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_exclusive_kinds_after_n_zhong_are_added():
    assert_pair("全市参加体质监测的4600名中小学生中，男生2380人，女生2220人。",
                "全市参加体质监测的4600名中小学生中，男生2380人，女生2520人。",
                "NUM001", "2380人 + 2520人 = 4900名", verified="parts")
    assert_pair("全县186个行政村中，城镇社区所辖村41个，农村145个。",
                "全县186个行政村中，城镇社区所辖村41个，农村175个。",
                "NUM001", "41个 + 175个 = 216个", verified="parts")


def test_overlapping_kinds_after_n_zhong_are_weighed_alone():
    text = "全镇740名党员中，女党员260人，60岁以上党员410人，本科学历党员180人。"
    assert findings(text) == []
    assert verified_calcs(text, "parts") == ["410人"]


def test_a_part_and_the_rest_after_n_zhong_make_the_whole():
    # 仅有 after 中 with no comma; 其余 names the rest: the two make the whole exactly
    assert_pair("全县列入名录的21家老字号中仅有6家开设了网店，其余15家仍以门店经营为主。",
                "全县列入名录的21家老字号中仅有6家开设了网店，其余12家仍以门店经营为主。",
                "NUM002", "6家 + 12家 = 18家", verified="parts")


def test_a_noun_and_zhong_names_a_figure_before_it():
    # 专任教师中: the clause names no figure; the one figure before whose noun it is, is the whole
    assert_pair("全县共有学校96所，专任教师5400人；专任教师中，女教师3300人，男教师2100人。",
                "全县共有学校96所，专任教师5400人；专任教师中，女教师3300人，男教师2900人。",
                "NUM001", "3300人 + 2900人 = 6200人", verified="parts")
    # a noun no figure before it names: nothing to break down
    text = "全县共有学校96所，专任教师5400人；班主任中，女教师3300人。"
    assert findings(text) == []
    assert verified_calcs(text, "parts") == []
