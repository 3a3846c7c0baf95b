"""NUM relations (checker/analysis/relations/): the figures of a change from one level to another
are no items of a sum and no average's total (change.change_figures).

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair, assert_running_pair, findings, relations


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
