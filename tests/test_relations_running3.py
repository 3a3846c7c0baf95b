"""Running totals (checker/analysis/relations/running.py): 累计 + a verb heading the clause after a
list, a verb of work ending in a verb of change (改造提升) as an item, 共 before 建设/建成, and a
subject naming the union of the items by their kind (各级资金).

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair as assert_pair
from num_helpers import findings, relations


def running_calcs(text):
    return [r.args.get("calc") for r in relations(text, "running-total")]


# 1. 累计 + a verb heading the clause right after a 、 list, with no subject of its own: the list's
# deeds added up, like a bare 共 there.
@pytest.mark.parametrize("good,bad,arith", [
    ("全县新建村级文化广场42个、改造农家书屋18个，累计完成60个。",
     "全县新建村级文化广场42个、改造农家书屋18个，累计完成65个。", "42个 + 18个 = 60个"),
    ("區公所修繕老舊路燈320盞、新設路燈180盞，累計完成500盞。",
     "區公所修繕老舊路燈320盞、新設路燈180盞，累計完成550盞。", "320盞 + 180盞 = 500盞"),
    ("全镇清理沟渠36公里、疏浚河道14公里，累计整治50公里。",
     "全镇清理沟渠36公里、疏浚河道14公里，累计整治40公里。", "36公里 + 14公里 = 50公里"),
])
def test_accumulated_deeds_right_after_the_list(good, bad, arith):
    assert_pair(good, bad, arith)


# 累计 with a subject of its own, with no verb, with a level reached, with a noun of an amount,
# after a list bounded by a period (今年…, 截至…), or after figures stated in clauses of their own
# rather than one 、 list, names a stock: quiet, and no sum is read.
@pytest.mark.parametrize("text", [
    "全县新建村级文化广场42个、改造农家书屋18个，全县累计完成文化设施600个。",
    "全县新建村级文化广场42个、改造农家书屋18个，历年累计建成600个。",
    "全县新建村级文化广场42个、改造农家书屋18个，目前累计建成600个。",
    "全县新建村级文化广场42个、改造农家书屋18个，累计600个。",
    "全县新建村级文化广场42个、改造农家书屋18个，累计达到600个。",
    "全县新建村级文化广场42个、改造农家书屋18个，累计已超600个。",
    "今年全县新建村级文化广场42个、改造农家书屋18个，累计建成600个。",
    "截至9月底，全縣新建文化廣場42個、改造農家書屋18個，累計建成600個。",
    "科考队共发现鱼类63种、浮游植物123种，累计发现物种150种。",    # the list has a total of its own
    "東區清運垃圾420噸，西區清運垃圾380噸，累計清運1.6萬噸。",    # clauses of their own: a stock
])
def test_accumulated_stock_after_a_list_stays_quiet(text):
    assert findings(text) == []
    assert running_calcs(text) == []


# 2. A verb of work ending in a verb of change (改造提升, 整治提升) does the work on what its figure
# counts: an item of the list, not the amount of a change; the total word may have a verb after it.
@pytest.mark.parametrize("good,bad,arith", [
    ("今年新建高标准农田2.6万亩，改造提升1.4万亩，合计建设4万亩。",
     "今年新建高标准农田2.6万亩，改造提升1.4万亩，合计建设5万亩。", "2.6万亩 + 1.4万亩 = 4万亩"),
    ("今年新建口袋公園12處，整治提升8處，合計建設20處。",
     "今年新建口袋公園12處，整治提升8處，合計建設24處。", "12處 + 8處 = 20處"),
])
def test_a_verb_of_work_ending_in_a_verb_of_change_is_an_item(good, bad, arith):
    assert_pair(good, bad, arith)


# A verb of change on its own (提升1.4万亩) is still the amount of a change: no item, no sum.
@pytest.mark.parametrize("text", [
    "今年全县高标准农田2.6万亩，比上年提升1.4万亩，合计建设5万亩。",
    "全縣耕地面積提升1.4萬畝，合計達到5萬畝。",
])
def test_a_plain_verb_of_change_is_no_item(text):
    assert findings(text) == []


# 3. 共 before 建设, 建成, 建造 after a subject counting the items is 共 + a verb (两个片区共建设),
# not 共建 "build together".
@pytest.mark.parametrize("good,bad,arith", [
    ("北区保障房860套，南区保障房540套，两个园区共建设保障房1400套。",
     "北区保障房860套，南区保障房540套，两个园区共建设保障房1500套。", "860套 + 540套 = 1400套"),
    ("甲村修建灌溉渠道12公里，乙村修建渠道9公里，兩村共建成渠道21公里。",
     "甲村修建灌溉渠道12公里，乙村修建渠道9公里，兩村共建成渠道25公里。", "12公里 + 9公里 = 21公里"),
])
def test_gong_before_a_verb_of_building(good, bad, arith):
    assert_pair(good, bad, arith)


# 共建 followed by anything else is building together: quiet.
@pytest.mark.parametrize("text", [
    "北区保障房860套，南区保障房540套，两个园区共建共享服务站3处。",
    "北区保障房860套，南区保障房540套，两个园区共建党群服务中心3处。",
])
def test_building_together_stays_quiet(text):
    assert findings(text) == []
    assert running_calcs(text) == []


# 4. A subject naming the union of the items by their kind (各级资金, 各类补贴, 各地资金) sums the
# list when each item is of that kind and named by its noun.
@pytest.mark.parametrize("good,bad,arith", [
    ("中央补助经费为3200万元，省级补助经费为1800万元，市级配套经费为1000万元，各级经费共6000万元。",
     "中央补助经费为3200万元，省级补助经费为1800万元，市级配套经费为1000万元，各级经费共6800万元。",
     "3200万元 + 1800万元 + 1000万元 = 6000万元"),
    ("中央補助經費3200萬元、省級補助經費1800萬元、縣級配套經費1000萬元，各級經費共6000萬元。",
     "中央補助經費3200萬元、省級補助經費1800萬元、縣級配套經費1000萬元，各級經費共5000萬元。",
     "3200萬元 + 1800萬元 + 1000萬元 = 6000萬元"),
    ("发放耕地地力补贴760万元、农机购置补贴240万元，各类补贴共1000万元。",
     "发放耕地地力补贴760万元、农机购置补贴240万元，各类补贴共1200万元。", "760万元 + 240万元 = 1000万元"),
])
def test_a_subject_naming_the_union_of_the_items(good, bad, arith):
    assert_pair(good, bad, arith)


# A union of another kind than the items (各级经费 after what companies and donors gave; 各级 after
# items that name no level), or 各级 + a noun the items are not (各级财政 after 经费): quiet.
@pytest.mark.parametrize("text", [
    "企业投入经费3200万元、社会捐赠经费1800万元，各级经费共9000万元。",
    "中央补助经费3200万元、省级补助经费1800万元，各级财政共安排9000万元。",
    "耕地地力补贴760万元、农机购置补贴240万元，各级补贴共3000万元。",
    "甲镇安置经费760万元、乙镇安置资金240万元，各地补贴共3000万元。",
])
def test_a_union_of_another_kind_stays_quiet(text):
    assert findings(text) == []
    assert running_calcs(text) == []
