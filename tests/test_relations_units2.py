"""NUM relations (checker/analysis/relations/): the figures of a change from one level to another
are no items of a sum and no average's total (change.change_figures).

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair, assert_running_pair, findings, relations, verified_kinds


# 1. 由A调至B: two levels of one thing, before and after a change (its verb may say no direction:
# 调至, 调整为, 改为). Neither is an item of the running total after it, nor the total of the
# average before it.
@pytest.mark.parametrize("good,bad,arith", [
    ("甲局增聘人員12名，追加人事費300萬元；乙局將每人津貼由5,000元調至6,000元，並增聘人員10名追加經費200萬元，兩局共計追加500萬元預算。",
     "甲局增聘人員12名，追加人事費300萬元；乙局將每人津貼由5,000元調至6,000元，並增聘人員10名追加經費200萬元，兩局共計追加600萬元預算。",
     "300萬元 + 200萬元 = 500萬元"),
    ("东区修缮校舍投入80万元，西区把补助标准从1200元提高到1500元并投入60万元，两区合计投入140万元。",
     "东区修缮校舍投入80万元，西区把补助标准从1200元提高到1500元并投入60万元，两区合计投入150万元。",
     "80万元 + 60万元 = 140万元"),
])
def test_a_change_is_no_item_of_a_sum(good, bad, arith):
    assert_running_pair(good, bad, arith)


@pytest.mark.parametrize("text", [
    "甲局增聘人員12名，乙局將每人津貼由5,000元調整為6,000元。",
    "甲局增聘人員12名，乙局將每人津貼由5,000元調至6,000元。",
    "该站新招讲解员8名，并把每人补贴从2000元调整为2500元。",
])
def test_the_levels_of_a_change_are_quiet(text):
    assert findings(text) == []
    assert not [r for r in relations(text) if r.kind in ("running-total", "average")]


# 2. Pieces each followed by a bare share of their own (a公頃，佔90%，另b公頃，佔10%), no whole
# stated: the shares are of the pieces' whole, not of each other (b ÷ a is no share), and shares
# of one whole's pieces cover at most all of it.
@pytest.mark.parametrize("good,bad,arith", [
    ("全村果園面積120公頃，佔60%，另菜園面積80公頃，佔40%。",
     "全村果園面積120公頃，佔60%，另菜園面積80公頃，佔50%。", "60% + 50% = 110%"),
    ("该厂去年出口服装3200万件，占85%，另外出口鞋帽560万件，占15%。",
     "该厂去年出口服装3200万件，占85%，另外出口鞋帽560万件，占25%。", "85% + 25% = 110%"),
])
def test_shares_of_pieces_of_an_unnamed_whole(good, bad, arith):
    assert_pair(good, bad, "NUM008", arith, verified="percent-sum")
    assert not relations(good, "share")


@pytest.mark.parametrize("text", [
    # pieces listed need not be all of the whole: less than 100% is no contradiction
    "全村果園面積120公頃，佔40%，另菜園面積80公頃，佔30%。",
    # no 另: two statements, each of its own whole perhaps
    "甲鎮果園面積120公頃，佔60%，乙鎮菜園面積80公頃，佔50%。",
])
def test_shares_of_pieces_look_alikes_stay_quiet(text):
    assert findings(text) == []
    assert not relations(text, "share")


# 3. Measure words in traditional copy (臺, 臺次) and couples or pairs (对, 對) count as the table's
# other measure words do; 兆 is a trillion in Taiwan copy (2兆元 holds 5000億元).
@pytest.mark.parametrize("good,bad,arith", [
    ("本市共有抽水機520臺，其中移動式抽水機480臺。", "本市共有抽水機520臺，其中移動式抽水機580臺。", "580臺"),
    ("今年共有160對新人登記結婚，其中跨國婚姻計12對。", "今年共有160對新人登記結婚，其中跨國婚姻計180對。", "180對"),
    ("全线开行动车组列车46对，其中夜间列车8对。", "全线开行动车组列车46对，其中夜间列车58对。", "58对"),
    ("全國半導體產值達2兆元，其中本市5000億元。", "全國半導體產值達2兆元，其中本市2.5兆元。", "2.5兆元"),
])
def test_traditional_measure_words_couples_and_trillions(good, bad, arith):
    assert_pair(good, bad, "NUM001", arith, verified="parts")


# 台/臺 before 南, 北, 中, 東, 灣 begins a place's name, 对/對 before a figure a match-up: no unit,
# no part of the whole counted in that measure word.
@pytest.mark.parametrize("text,unread", [
    ("本市共有抽水機520臺，其中2024臺南市新購180臺。", "2024臺"),
    ("本市共有抽水機520台，其中2024台南市新購180台。", "2024台"),
    ("參加3對3籃球賽的共有40對選手，其中女子組12對。", "3對"),
    ("全校参加1对1帮扶的师生共有48对，其中毕业班12对。", "1对"),
])
def test_place_names_and_match_ups_are_no_counts(text, unread):
    assert findings(text) == []
    assert all(unread not in q.text for r in relations(text) for q in r.operands)
    assert verified_kinds(text) == {"parts"}


# 兆 before a unit of its own (兆瓦, 兆赫) is mega, not a trillion.
def test_mega_units_stay_units():
    text = "全國產值2兆元，其中本市5000億元；本市風場裝置容量120兆瓦，其中離岸風機100兆瓦。"
    assert findings(text) == []
    assert [r.args["stated"] for r in relations(text, "parts") if r.ok] == ["2兆元", "120兆瓦"]


# 4. Items with a multiplier and no unit (捐贈20萬、…15萬), each ending its element, are in the
# unit the list's total carries (合計40萬元).
@pytest.mark.parametrize("good,bad,arith", [
    ("甲公司捐贈20萬、乙協會捐贈15萬、丙商會捐贈5萬，合計40萬元。",
     "甲公司捐贈20萬、乙協會捐贈15萬、丙商會捐贈5萬，合計45萬元。", "20萬 + 15萬 + 5萬 = 40萬元"),
    ("东区筹集3.2亿，西区筹集1.8亿，两区合计5亿元。",
     "东区筹集3.2亿，西区筹集1.8亿，两区合计6亿元。", "3.2亿 + 1.8亿 = 5亿元"),
])
def test_items_in_the_unit_of_their_total(good, bad, arith):
    assert_running_pair(good, bad, arith)


# 5. Verbs of extension and of cutting back are verbs of change (拓展, 扩充, 扩容, 萎缩, 精简,
# 收窄 …): the end of the change must lie their way.
@pytest.mark.parametrize("good,bad,arith", [
    ("合作伙伴从2019年的12个拓展到30个。", "合作伙伴从2019年的12个拓展到10个。", "12个 → 10个"),
    ("医院床位由200张扩充至350张。", "医院床位由200张扩充至150张。", "200张 → 150张"),
    ("数据中心机柜由800个扩容到1200个。", "数据中心机柜由800个扩容到600个。", "800个 → 600个"),
    ("该镇产值由3.2亿元萎缩到2.8亿元。", "该镇产值由3.2亿元萎缩到3.8亿元。", "3.2亿元 → 3.8亿元"),
    ("备案材料从86项精简至41项。", "备案材料从86项精简至91项。", "86项 → 91项"),
    ("贸易逆差由500亿元收窄至300亿元。", "贸易逆差由500亿元收窄至600亿元。", "500亿元 → 600亿元"),
])
def test_verbs_of_extension_and_cutting_back(good, bad, arith):
    assert_pair(good, bad, "NUM006", arith, verified="change-direction")


# 6. A level stated for a month, then a later month's level reached (3月份每日湧入800多人，6月份則
# 增加到1200人): the start of the change, per the unit it names, said once for both. The later
# month first, or a span of months (前3月), orders no series: quiet.
@pytest.mark.parametrize("good,bad,arith,quiet", [
    ("展館3月份每日湧入800多人，6、7月份則增加到1200人。",
     "展館3月份每日湧入800多人，6、7月份則增加到700人。", "800多人 → 700人",
     "展館7月份每日湧入800人，3月份則增加到700人。"),
    ("该站三月日发送旅客1.2万人次，五月已增加到1.5万人次。",
     "该站三月日发送旅客1.2万人次，五月已增加到1.1万人次。", "1.2万人次 → 1.1万人次",
     "该站前3月日发送旅客1.2万人次，5月已增加到1.1万人次。"),
])
def test_a_level_of_an_earlier_month(good, bad, arith, quiet):
    assert_pair(good, bad, "NUM006", arith, verified="change-direction")
    assert findings(quiet) == []


# 7. A level, its increase over an earlier period (較前一年度(110)同期增加X: the period may name
# its year in brackets) and the growth rate (成長幅度, 成長率): the rate is X ÷ (level − X).
@pytest.mark.parametrize("good,bad,arith", [
    ("本年1至6月送餐關懷48萬6,000人次，比上個年度(111)同期增加16萬2,000人次，成長幅度達50%。",
     "本年1至6月送餐關懷48萬6,000人次，比上個年度(111)同期增加16萬2,000人次，成長幅度達60%。",
     "16萬2,000人次 ÷ (48萬6,000人次 − 16萬2,000人次) = 50%"),
    ("本年度接待旅客12萬人次，較去年(111年)增加2萬人次，成長率為20%。",
     "本年度接待旅客12萬人次，較去年(111年)增加2萬人次，成長率為25%。",
     "2萬人次 ÷ (12萬人次 − 2萬人次) = 20%"),
])
def test_growth_rate_of_an_increase(good, bad, arith):
    assert_pair(good, bad, "NUM007", arith, verified="change-amount")
    # (a growth rate of another subject is no rate of this increase)
    assert findings(bad.replace("，成長", "，全國經濟成長")) == []


# 8. A subject counting the items (兩局共計) sums what each counted one was given, though an item
# be that one's own total (乙局追加總經費計200萬元): the count of items is checked. With the level
# of a change between (由5,000元調至6,000元), the change's figures stay out of it.
@pytest.mark.parametrize("good,bad,arith", [
    ("甲局追加人事費300萬元；乙局將津貼由5,000元調至6,000元，並追加總經費計200萬元，兩局共計追加500萬元預算。",
     "甲局追加人事費300萬元；乙局將津貼由5,000元調至6,000元，並追加總經費計200萬元，兩局共計追加600萬元預算。",
     "300萬元 + 200萬元 = 500萬元"),
    ("东站安排资金80万元；西站安排总经费共60万元，两站合计140万元。",
     "东站安排资金80万元；西站安排总经费共60万元，两站合计150万元。", "80万元 + 60万元 = 140万元"),
])
def test_a_counted_subject_sums_each_ones_total(good, bad, arith):
    assert_running_pair(good, bad, arith)
    # (three items under a subject counting two: not the list it counts)
    assert findings(bad.replace("；", "，另撥款20萬元；", 1)) == []


# 9. Taiwan copy names its country by its name: a share of 全國 is one of a whole scoped 全台灣 or
# 全臺 (not 全台南, a city), here in 兆 with its part in 億.
@pytest.mark.parametrize("good,bad,arith,other", [
    ("到去年年底，全台灣累計2.4兆元的投資當中，本縣占有3,120億元，佔全國的13%。",
     "到去年年底，全台灣累計2.4兆元的投資當中，本縣占有3,120億元，佔全國的16%。",
     "3,120億元 ÷ 2.4兆元 = 13%",
     "到去年年底，全台南累計2.4兆元的投資當中，本區占有3,120億元，佔全國的16%。"),
    ("全臺今年共有觀光旅館收入480億元，其中本縣72億元，占全國的15%。",
     "全臺今年共有觀光旅館收入480億元，其中本縣72億元，占全國的25%。",
     "72億元 ÷ 480億元 = 15%",
     "全臺中今年共有觀光旅館收入480億元，其中本區72億元，占全國的25%。"),
])
def test_a_share_of_the_country_named_by_its_name(good, bad, arith, other):
    assert_pair(good, bad, "NUM005", arith, verified="share")
    assert findings(other) == []
