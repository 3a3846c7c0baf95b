"""Running totals and averages of the fourth probe: a total whose subject names the list's deed or
noun, 累计 + the verb heading a list of clauses, units of training and of doses (学时, 课时, 工日,
剂次), and an average per two units (每户每月).

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest
from checker.analysis.quantities import units

from num_helpers import assert_pair, findings, verified_kinds


@pytest.mark.parametrize("good,bad,arith", [
    # the subject opens with the list's verb (新建…，新建学校合计)
    ("该区新建幼儿园5所、小学3所、初中2所，新建学校合计10所。",
     "该区新建幼儿园5所、小学3所、初中2所，新建学校合计13所。", "5所 + 3所 + 2所 = 10所"),
    # the subject opens with the list's verb; 人次 is the unit, no word of the list
    ("培训家政人员900人次、养老护理员450人次，培训人次合计1350人次。",
     "培训家政人员900人次、养老护理员450人次，培训人次合计1450人次。", "900人次 + 450人次 = 1350人次"),
    # a period the list names too opens the subject; the rest ends in an item's noun (资金)
    ("上年结转资金260万元，本年新增拨款940万元，本年可用资金总计1200万元。",
     "上年结转资金260万元，本年新增拨款940万元，本年可用资金总计1300万元。", "260万元 + 940万元 = 1200万元"),
])
def test_a_subject_naming_the_lists_deed_or_noun_claims_its_sum(good, bad, arith):
    assert_pair(good, bad, "NUM003", arith, "running-total")


@pytest.mark.parametrize("text", [
    # a stock: the whole of a place, what exists now
    "该区新建幼儿园5所、小学3所、初中2所，全区现有学校合计140所。",
    # a place of its own: another village's area
    "甲村种植玉米1200亩、大豆800亩，乙村种植面积合计3000亩。",
    # a period the list names, then a noun of no item: the year's stock of schools
    "今年新建幼儿园5所、小学3所、初中2所，今年学校合计140所。",
])
def test_a_subject_of_a_whole_of_its_own_stays_another_quantity(text):
    assert findings(text) == []


def test_accumulated_after_the_verb_heading_a_list_of_clauses_adds_them_up():
    assert_pair("截至目前，全县已接种第一剂次4.2万剂次，第二剂次3.6万剂次，累计接种7.8万剂次。",
                "截至目前，全县已接种第一剂次4.2万剂次，第二剂次3.6万剂次，累计接种8.8万剂次。",
                "NUM003", "4.2万剂次 + 3.6万剂次 = 7.8万剂次", "running-total")


@pytest.mark.parametrize("text", [
    # each clause with a verb of its own: figures of their own, 累计 a stock
    "东站接待旅客3.1万人次，西站接待旅客2.7万人次，累计接待旅客16.8万人次。",
    # a period bounds the list: 累计 counts the years before it too
    "今年已接种第一剂次4.2万剂次，第二剂次3.6万剂次，累计接种18.8万剂次。",
])
def test_accumulated_stays_a_stock_after_clauses_of_their_own(text):
    assert findings(text) == []


@pytest.mark.parametrize("unit,family", [
    ("学时", "count:学时"), ("學時", "count:学时"), ("课时", "count:课时"), ("課時", "count:课时"),
    ("工日", "count:工日"), ("剂次", "count:剂次"), ("劑次", "count:剂次"), ("针次", "count:针次"),
])
def test_units_of_training_work_and_doses(unit, family):
    assert units()[unit].family == family


def test_a_figure_before_a_word_that_looks_like_a_unit_keeps_its_own():
    # 人 + 日均, 台 + 班车: 人日 and 台班 are left out of the table
    assert "人日" not in units() and "台班" not in units()


def test_an_average_in_class_hours_is_read():
    assert_pair("今年全县共培训新型职业农民1800人，每人培训时长40学时，累计培训7.2万学时。",
                "今年全县共培训新型职业农民1800人，每人培训时长40学时，累计培训8.2万学时。",
                "NUM004", "1800人 × 每人40学时 = 7.2万学时", "average")


def test_an_average_per_two_units_is_read_against_a_total_per_the_second():
    assert_pair("该社区有困难老人240位，每位老人每月领取补助1500元，每月补助总额36万元。",
                "该社区有困难老人240位，每位老人每月领取补助1500元，每月补助总额46万元。",
                "NUM004", "240位 × 每位每月1500元 = 36万元", "average")
    assert_pair("全村有低保户40户，每户每天发放补贴20元，每日补贴总额800元。",
                "全村有低保户40户，每户每天发放补贴20元，每日补贴总额900元。",
                "NUM004", "40户 × 每户每日20元 = 800元", "average")


@pytest.mark.parametrize("text", [
    # a total of the year after an average per month: not count × average
    "该社区有困难老人240位，每位老人每月领取补助1500元，全年补助总额432万元。",
    # a total per another span
    "该社区有困难老人240位，每位老人每月领取补助1500元，每年补助总额432万元。",
])
def test_an_average_per_two_units_is_not_read_against_a_total_of_another_span(text):
    assert findings(text) == []
    assert "average" not in verified_kinds(text)
