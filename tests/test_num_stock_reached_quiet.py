"""Readings tried for stocks reached and withdrawn after the ninth review (2026-12-07, second
session): 总 + a noun after an addition, Chinese numerals before a bare total, batches before 加上,
增至 as a whole. Their shapes stay quiet. Every sentence is the test's own."""
from __future__ import annotations

from num_helpers import findings


def test_a_total_of_another_scope_or_a_design_after_an_addition():
    assert findings("截至9月底，全县农村公路里程达到2300公里；四季度又新增通车里程80公里，全市总里程为1.6万公里。") == []
    assert findings("去年底水库已蓄水0.9亿立方米，汛期又新增蓄水0.6亿立方米，设计总库容为2.4亿立方米。") == []


def test_a_whole_in_chinese_numerals_before_the_list_is_no_item():
    assert findings("全村耕地三千亩，小麦一千六百亩，玉米九百亩，共种植粮食二千五百亩。") == []


def test_batches_of_a_narrower_scope_than_the_total():
    assert findings("第一批认定52家，第二批认定41家，加上今年新认定的33家，全省高新技术企业增至6200家。") == []


def test_an_average_level_reached_is_no_whole_of_the_parts():
    assert findings("全县水稻平均亩产增至610公斤，其中示范片亩产达到780公斤。") == []



def test_income_and_spending_are_no_items_of_one_sum():
    # (the 合計 adds the shortfall and the repayment: income and spending net, num_words opposite-signs)
    assert findings("明年度歲入編列 860億元，歲出編列 905億元，差短 45億元，另編列債務還本 20億元，融資需求合計 65億元。") == []


def test_a_whole_opening_a_list_before_its_parts_total():
    # (the first figure, no smaller than the total, is the whole the others are of)
    assert findings("全村耕地2600亩，水稻1500亩，玉米700亩，共种植粮食2200亩。") == []
    [(rule, _)] = findings("全村耕地2600亩，水稻1500亩，玉米700亩，共种植粮食2400亩。")
    assert rule == "NUM003"


def test_a_level_held_after_a_part_is_no_part():
    # (the sown area is held at a level: a measure of its own, fields sown twice a year exceed the land)
    assert findings("全县耕地58万亩，其中水田31万亩，粮食播种面积常年稳定在66万亩以上。") == []
