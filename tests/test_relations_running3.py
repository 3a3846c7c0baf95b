"""Running totals (checker/analysis/relations/running.py): a verb of work ending in a verb of change
(改造提升) as an item, and 共 before 建设/建成.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest
from checker.analysis.relations import all_relations
from checker.document import Document
from checker.registry import load_rules

from helpers import run_rules

NUM = [r for r in load_rules() if r.family == "NUM" and r.check_path.startswith("numbers.")]


def findings(text):
    return [(d.rule_id, d.message) for d in run_rules(text, NUM)]


def verified_calcs(text):
    return [r.args.get("calc") for r in all_relations(Document("<t>", text)) if r.ok and r.kind == "running-total"]


def running_calcs(text):
    return [r.args.get("calc") for r in all_relations(Document("<t>", text)) if r.kind == "running-total"]


def assert_pair(good, bad, arith):
    """The correct sentence is quiet and its sum verified; the broken one is reported by NUM003
    alone, showing the arithmetic."""
    assert findings(good) == []
    assert arith in verified_calcs(good)
    found = findings(bad)
    assert [r for r, _ in found] == ["NUM003"], found
    assert arith in found[0][1]


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
