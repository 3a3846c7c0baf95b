"""Sets of kinds one thing is of only one of, added to the data (rules/data/num_words.txt,
exclusive-kinds): outpatient and inpatient, natural and planted forest, weekday and holiday, a
test's two results, public and private schools, adults and minors, direct and
indirect loss, arriving and leaving, passengers and goods, domestic and foreign trade, a kindergarten's classes, the sexes as sport and schools name them.
Parts of such a set are added; parts of two sets still are not.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair, findings


@pytest.mark.parametrize("good, bad, arith", [
    ("全县林地面积86万亩，天然林51万亩，人工林35万亩。",
     "全县林地面积86万亩，天然林51万亩，人工林45万亩。", "51万亩 + 45万亩 = 96万亩"),
    ("疾控中心本周检测样本1280份，其中阴性样本1264份，阳性样本16份。",
     "疾控中心本周检测样本1280份，其中阴性样本1274份，阳性样本16份。", "1274份 + 16份 = 1290份"),
    ("景区国庆假期接待游客8.6万人次，其中成人游客6.9万人次，儿童游客1.7万人次。",
     "景区国庆假期接待游客8.6万人次，其中成人游客7.4万人次，儿童游客1.7万人次。", "7.4万人次 + 1.7万人次 = 9.1万人次"),
    ("台风造成经济损失1.8亿元，其中直接经济损失1.2亿元，间接经济损失0.6亿元。",
     "台风造成经济损失1.8亿元，其中直接经济损失1.2亿元，间接经济损失0.9亿元。", "1.2亿元 + 0.9亿元 = 2.1亿元"),
    ("这所幼儿园今年招收幼儿210名，其中小班90名，中班70名，大班50名。",
     "这所幼儿园今年招收幼儿210名，其中小班90名，中班80名，大班50名。", "90名 + 80名 + 50名 = 220名"),
    ("今年全市发放创业担保贷款9.2亿元，其中前三季度发放6.5亿元，第四季度发放2.7亿元。",
     "今年全市发放创业担保贷款9.2亿元，其中前三季度发放6.5亿元，第四季度发放3.7亿元。", "6.5亿元 + 3.7亿元 = 10.2亿元"),
    ("本届马拉松报名选手1.6万人，其中男子选手1.1万人，女子选手0.5万人。",
     "本届马拉松报名选手1.6万人，其中男子选手1.1万人，女子选手0.7万人。", "1.1万人 + 0.7万人 = 1.8万人"),
])
def test_parts_of_one_set_are_added(good, bad, arith):
    assert_pair(good, bad, "NUM001", arith, verified="parts")


@pytest.mark.parametrize("text", [
    "该院现有医师500人，其中门诊医师200人，住院医师320人。",
    "全市共有道路运输企业600家，其中客运企业220家，货运企业450家。",
    "全市共开通公交线路300条，其中平日运营线路290条，假日运营线路260条。",
])
def test_kinds_one_thing_has_both_of_are_not_added(text):
    assert findings(text) == []


def test_parts_of_two_sets_may_overlap():
    # a test's result and sex are two sets: a woman who tested negative is counted in both
    assert findings("疾控中心本周检测样本1280份，其中阴性样本1264份，女性样本700份。") == []
