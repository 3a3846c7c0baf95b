"""Part–whole without 其中: a breakdown right after its whole (checker/analysis/relations/parts.py,
common.py) — parts that are mutually exclusive kinds of the whole, in a 、 list or in clauses of
their own; 这当中 / 这其中 / 在这些…中 read as 其中; 占 + a count as a part of the whole before.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair as assert_num_pair
from num_helpers import findings


def assert_pair(good, bad, rule_id, arith):
    """Every pair here verifies a part–whole relation on its correct copy."""
    assert_num_pair(good, bad, rule_id, arith, verified="parts")


# ---------------------------------------------------------------------------------------------
# 1. a breakdown right after its whole, no 其中

@pytest.mark.parametrize("good,bad,rule_id,arith", [
    # sex: a 、 list right after the whole (a complete partition: short is wrong too)
    ("今年该县应征入伍青年共420人，男青年365人、女青年55人。",
     "今年该县应征入伍青年共420人，男青年365人、女青年75人。", "NUM001", "365人 + 75人 = 440人"),
    ("今年该县应征入伍青年共420人，男青年365人、女青年55人。",
     "今年该县应征入伍青年共420人，男青年345人、女青年55人。", "NUM002", "345人 + 55人 = 400人"),
    ("本屆畢業生共860人，男生410人、女生450人。",
     "本屆畢業生共860人，男生410人、女生470人。", "NUM001", "410人 + 470人 = 880人"),
    # urban / rural in clauses repeating the verb
    ("今年全市新增造林面积2.6万亩，城镇新增0.8万亩，农村新增1.8万亩。",
     "今年全市新增造林面积2.6万亩，城镇新增0.8万亩，农村新增2.1万亩。", "NUM001", "0.8万亩 + 2.1万亩"),
    # kinds of the whole's own noun (schools), in both scripts
    ("全市共有普通中小学校215所，小学148所，初中67所。",
     "全市共有普通中小学校215所，小学148所，初中77所。", "NUM001", "148所 + 77所 = 225所"),
    ("全縣共有中小學校88所，國小61所、國中27所。",
     "全縣共有中小學校88所，國小61所、國中37所。", "NUM001", "61所 + 37所 = 98所"),
    # done / not yet (a complete partition)
    ("今年共受理群众来信536件，目前已办结498件，尚在办理38件。",
     "今年共受理群众来信536件，目前已办结498件，尚在办理48件。", "NUM001", "498件 + 48件 = 546件"),
    ("今年共受理群众来信536件，已办结498件，尚在办理38件。",
     "今年共受理群众来信536件，已办结498件，尚在办理18件。", "NUM002", "498件 + 18件 = 516件"),
    ("今年共受理群眾來信536件，已辦結498件，尚未辦結38件。",
     "今年共受理群眾來信536件，已辦結498件，尚未辦結58件。", "NUM001", "498件 + 58件 = 556件"),
    # grades of one scale (not every grade need be listed: only a sum above is wrong)
    ("全省共有星级饭店126家，5星级18家、4星级47家、3星级61家。",
     "全省共有星级饭店126家，5星级18家、4星级47家、3星级71家。", "NUM001", "18家 + 47家 + 71家 = 136家"),
    # pass / fail
    ("本轮共抽检农产品样品450批次，合格441批次，不合格9批次。",
     "本轮共抽检农产品样品450批次，合格441批次，不合格19批次。", "NUM001", "441批次 + 19批次"),
])
def test_breakdown_right_after_the_whole(good, bad, rule_id, arith):
    assert_pair(good, bad, rule_id, arith)


@pytest.mark.parametrize("text", [
    # grades may leave some out: a sum below the whole is no error
    "全省共有星级饭店126家，5星级18家、4星级47家、3星级51家。",
    # overlapping categories (sex and age) are never added
    "全村共有党员120人，女党员45人，60岁以上党员86人。",
    "全村共有党员120人，女党员45人、60岁以上党员86人。",
    # kinds of another noun than the whole's
    "该校有教师120人，男生580人、女生680人。",
    # a whole that is itself a kind of the set: parallel figures, not a breakdown
    "全县共有幼儿园52所，小学98所，初中36所。",
    "全县城镇新增就业岗位2400个，城镇新增3100个，农村新增2300个。",
    # started and being built overlap (what is being built has started)
    "今年共安排重点项目100个，已开工80个，正在建设60个。",
    # parts of another time than the whole
    "去年全县新增就业岗位5000个，今年城镇新增3100个，农村新增2300个。",
    # a whole whose figure does not end its clause
    "全县共有学校134所、教师5200名，小学98所，初中46所。",
    # places: a list may mix levels
    "全省共有博物馆120家，南京市85家，鼓楼区40家。",
])
def test_look_alikes_are_quiet(text):
    assert findings(text) == []


# ---------------------------------------------------------------------------------------------
# 2. 这当中 / 这其中 / 在这些…中 open a breakdown as 其中 does

@pytest.mark.parametrize("good,bad,arith", [
    ("全市登记在册的家庭农场达到386家，这当中省级示范农场有42家。",
     "全市登记在册的家庭农场达到386家，这当中省级示范农场有420家。", "其中420家大于总数386家"),
    ("全市登記在冊的家庭農場達到386家，這當中省級示範農場有42家。",
     "全市登記在冊的家庭農場達到386家，這當中省級示範農場有420家。", "其中420家大于总数386家"),
    ("今年全区新引进项目57个。这其中，亿元以上项目19个。",
     "今年全区新引进项目57个。这其中，亿元以上项目75个。", "其中75个大于总数57个"),
    ("今年全区新引进项目57个。在这些项目中，亿元以上项目19个。",
     "今年全区新引进项目57个。在这些项目中，亿元以上项目75个。", "其中75个大于总数57个"),
    ("今年全區新引進項目57個，在這些項目中，億元以上項目19個。",
     "今年全區新引進項目57個，在這些項目中，億元以上項目75個。", "其中75個大于总数57個"),
])
def test_other_words_for_qizhong(good, bad, arith):
    assert_pair(good, bad, "NUM001", arith)


def test_this_among_with_a_figure_of_another_measure_is_quiet():
    assert findings("园区入驻企业214家，这当中有从业人员5600人。") == []


# ---------------------------------------------------------------------------------------------
# 3. 占 + a count: a part of the whole before it

@pytest.mark.parametrize("good,bad,arith", [
    ("全县现有村党组织书记238名，女书记占46名。",
     "全县现有村党组织书记238名，女书记占264名。", "其中264名大于总数238名"),
    ("該院全年出院病人4.6萬人次，手術病人占其中的1.3萬人次。",
     "該院全年出院病人4.6萬人次，手術病人占其中的6.3萬人次。", "6.3萬人次"),
    ("今年全市办理不动产登记3.2万件，线上办理占了2.1万件。",
     "今年全市办理不动产登记3.2万件，线上办理占了4.1万件。", "4.1万件"),
])
def test_a_part_held_with_zhan(good, bad, arith):
    assert_pair(good, bad, "NUM001", arith)


@pytest.mark.parametrize("text", [
    # what 占 holds is of another noun than the whole's
    "全县现有耕地120万亩，林地占150万亩。",
    # parts held side by side: neither is the other's whole
    "比赛共有8支队伍，第一组占5支，第二组占6支。",
    # 占地: an area taken, not a part held
    "园区规划面积80亩，新建厂房占地120亩。",
])
def test_look_alikes_of_zhan_are_quiet(text):
    assert findings(text) == []
