"""Periods of one scale as kinds that cannot overlap (checker/analysis/relations/kinds.py): what
was counted in 2023年 was not counted in 2024年, so parts named by years, quarters or months are
added; a whole named by a period of that scale is one of the series, not its whole.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings


def test_parts_named_by_years_are_added():
    assert findings("三年来全县累计新建乡村公路412公里，其中2022年126公里，2023年141公里，2024年145公里。") == []
    [(rule, message)] = findings("三年来全县累计新建乡村公路392公里，其中2022年126公里，2023年141公里，2024年145公里。")
    assert rule == "NUM001" and "126公里 + 141公里 + 145公里 = 412公里" in message


def test_parts_named_by_quarters_and_roc_years():
    [(rule, _)] = findings("今年全市受理投诉8,600件，其中第一季度2,300件，第二季度2,450件，第三季度2,180件，第四季度2,070件。")
    assert rule == "NUM001"
    assert findings("本計畫累計補助1,260戶，其中111年380戶，112年420戶，113年460戶。") == []
    [(rule, _)] = findings("本計畫累計補助1,160戶，其中111年380戶，112年420戶，113年460戶。")
    assert rule == "NUM001"


def test_periods_of_different_scales_are_not_added():
    # a year and a half of it overlap
    assert findings("全县现有家庭农场463家，其中2023年认定338家，2023年下半年认定152家。") == []


def test_a_whole_named_by_a_period_of_the_same_scale_is_one_of_the_series():
    assert findings("一月份全市完成投资3.2亿元，二月份完成2.7亿元，三月份完成4.1亿元。") == []
    assert findings("去年全县实现旅游收入120亿元，2023年为98亿元，2022年为76亿元。") == []
    assert findings("2024年全县实现旅游收入120亿元，2023年98亿元，2022年76亿元。") == []
