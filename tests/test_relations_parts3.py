"""Part–whole, the third probe's concepts (checker/analysis/relations/parts.py, common.py): a whole
whose noun names its parts, `A和B分别为X和Y` after a whole, a remainder with no 其中, the
respondents of a survey, and kinds of a whole said to be of every kind (各类).

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest
from checker.analysis.relations.kinds import names_its_parts

from num_helpers import assert_pair as assert_num_pair
from num_helpers import findings


def assert_pair(good, bad, rule_id, arith):
    """Every pair here verifies a part–whole relation on its correct copy."""
    assert_num_pair(good, bad, rule_id, arith, verified="parts")


# 1. the whole's noun names its parts: run together or joined by 和/及/与/、

def test_parts_whose_nouns_make_the_wholes_noun_are_added():
    assert_pair("全区今年办理提案建议415件，同比增长6%，其中提案236件，建议179件。",
                "全区今年办理提案建议415件，同比增长6%，其中提案236件，建议199件。",
                "NUM001", "236件 + 199件 = 435件")
    assert_pair("该市去年进出口和转口贸易额共92亿元，其中进出口61亿元，转口贸易31亿元。",
                "该市去年进出口和转口贸易额共92亿元，其中进出口61亿元，转口贸易41亿元。",
                "NUM001", "61亿元 + 41亿元 = 102亿元")


def test_parts_the_whole_does_not_name_are_not_added():
    # overlapping kinds of one head stay apart: each alone fits the whole
    assert findings("全镇有党员860人，其中女党员520人，60岁以上党员410人。") == []
    assert findings("全区今年办理提案建议415件，其中重点提案236件，督办建议199件。") == []


def test_names_its_parts():
    assert names_its_parts(["来电", "来函"], "共受理来电来函")
    assert names_its_parts(["防护林", "用材林"], "防护林、用材林面积")
    assert not names_its_parts(["林", "田"], "林田面积")          # one character names too little
    assert not names_its_parts(["来电", "来函"], "共受理来电")


# 2. A和B分别为X和Y after a whole

def test_named_kinds_respectively_are_the_parts_of_the_whole_before():
    assert_pair("全市耕地面积为92万亩，水浇地和旱地分别为57万亩和35万亩。",
                "全市耕地面积为92万亩，水浇地和旱地分别为57万亩和45万亩。",
                "NUM001", "57万亩 + 45万亩 = 102万亩")
    assert_pair("全縣用水總量3.2億立方米，農業用水、工業用水、生活用水分別為2.1億立方米、0.6億立方米、0.5億立方米。",
                "全縣用水總量3.2億立方米，農業用水、工業用水、生活用水分別為2.1億立方米、0.9億立方米、0.5億立方米。",
                "NUM001", "= 3.5")
    assert_pair("全市常住人口640万人，城镇和农村分别是410万人和230万人。",
                "全市常住人口640万人，城镇和农村分别是410万人和250万人。",
                "NUM001", "410万人 + 250万人 = 660万人")


@pytest.mark.parametrize("text", [
    # other places or other years compare with the whole: not its parts
    "本市地区生产总值为3200亿元，甲市和乙市分别为4100亿元和3900亿元。",
    "本市粮食产量为96万吨，去年和前年分别为93万吨和91万吨。",
    # a measure of each in its own figure (分别 in the whole's clause)
    "两县粮食产量分别为96万吨和81万吨，小麦和玉米分别为60万吨和50万吨。",
])
def test_lists_respectively_that_are_not_parts_stay_quiet(text):
    assert findings(text) == []


# 3. a remainder with no 其中

def test_a_part_and_the_rest_make_the_whole():
    assert_pair("该区今年排查安全隐患418处，已整改365处，其余53处正在整改。",
                "该区今年排查安全隐患418处，已整改365处，其余63处正在整改。",
                "NUM001", "365处 + 63处 = 428处")
    assert_pair("該區今年排查安全隱患418處，已整改365處，其餘53處正在整改。",
                "該區今年排查安全隱患418處，已整改365處，其餘43處正在整改。",
                "NUM002", "365處 + 43處 = 408")
    assert_pair("全县共有待改造农房96户，已完工71户，剩下的25户年内完工。",
                "全县共有待改造农房96户，已完工71户，剩下的35户年内完工。",
                "NUM001", "71户 + 35户 = 106户")


def test_a_rest_within_rounding_and_hedges_is_quiet():
    assert findings("该区今年排查安全隐患约420处，已整改365处，其余53处正在整改。") == []
    assert findings("全县流转土地1.2万亩，种植水稻0.8万亩，其余0.4万亩种植蔬菜。") == []


def test_a_rest_of_another_measure_or_time_is_left_alone():
    # the part is of another year: what the rest is the rest of is not said
    assert findings("全县共有待改造农房96户，去年完工71户，其余35户今年开工。") == []
    # the rest counts another thing (a sum of money, not the cases)
    assert findings("该局查处案件276件，罚没款198万元，其余78万元暂缓执行。") == []


# 4. respondents are among the people a survey reached

def test_people_who_say_something_are_among_those_surveyed():
    assert_pair("此次民意调查共访问2,400位市民，有1,950位表示赞成新规。",
                "此次民意调查共访问2,400位市民，有2,950位表示赞成新规。",
                "NUM001", "2,950位大于总数2,400位")
    assert_pair("共有3.6万名居民参与网上投票，近2.4万人选择方案一。",
                "共有3.6万名居民参与网上投票，近4.4万人选择方案一。",
                "NUM001", "4.4万人")


@pytest.mark.parametrize("text", [
    # a count of other people than those surveyed
    "共有3.6万名居民参与网上投票，另有4.4万人表示将在线下投票。",
    "此次调查访问了800名本地居民，其他城市的2000名游客认为交通便利。",
    # another time: last year's respondents
    "今年有900名学生参与问卷调查，去年有1200名学生表示满意。",
])
def test_other_people_stay_out_of_the_survey(text):
    assert findings(text) == []


# 5. kinds of a whole said to be of every kind (各类)

def test_kinds_of_every_kind_of_the_whole_break_it_down():
    assert_pair("全市有各类托育床位5600张，公办机构床位2300张，民办机构床位3300张。",
                "全市有各类托育床位5600张，公办机构床位2300张，民办机构床位3800张。",
                "NUM001", "2300张 + 3800张 = 6100张")


def test_kinds_with_a_noun_the_whole_does_not_name_stay_apart():
    # 户籍 is not 常住: the kinds' noun ends like the whole's but counts other people
    assert findings("全县户籍人口52万人，城镇常住人口30万人，农村常住人口25万人。") == []
