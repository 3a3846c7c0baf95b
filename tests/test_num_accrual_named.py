"""Stocks named in more ways (checker/analysis/relations/accrual.py, to_date.py):
the stock at a thing's start (成立时), the stock now (现在…已有), what still waits for the deed
(尚待处理), 总 + a measure word + 数, and the name of what the unit measures (面积).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings


def test_stock_at_the_start_then_joined_then_now():
    assert findings("这支护河队组建时只有二十四名队员，几年来陆续加入六十一人，现在队伍已有八十五人。") == []
    [(rule, message)] = findings("这支护河队组建时只有二十四名队员，几年来陆续加入六十一人，现在队伍已有九十五人。")
    assert rule == "NUM003" and "= 85人" in message


def test_what_still_waits_for_the_deed_is_what_is_left():
    assert findings("全县年初排查出隐患桥梁64座，年内已加固或拆除39座，尚待处理25座。") == []
    [(rule, message)] = findings("全县年初排查出隐患桥梁64座，年内已加固或拆除39座，尚待处理35座。")
    assert rule == "NUM003" and "64座 − 39座 = 25座" in message


def test_total_by_measure_word_and_count():
    assert findings("全市充电站至去年底已建成318站，今年再新增47站，总站数达365站。") == []
    [(rule, message)] = findings("全市充电站至去年底已建成318站，今年再新增47站，总站数达385站。")
    assert rule == "NUM003" and "318站 + 47站 = 365站" in message


def test_the_name_of_the_measure_names_no_other_thing():
    assert findings("截至5月底，全省累计完成退化草原修复58.6万亩，6月份完成7.2万亩，累计修复面积达到65.8万亩。") == []
    [(rule, _)] = findings("截至5月底，全省累计完成退化草原修复58.6万亩，6月份完成7.2万亩，累计修复面积达到68.8万亩。")
    assert rule == "NUM003"


def test_a_stock_at_the_start_needs_every_change_since():
    # only this year's purchases are named: the years since the opening go unsaid
    assert findings("本馆开馆之初藏书12万册，今年新购3万册，现在馆藏已达86万册。") == []
    # 又有6人 who left: a verb of taking right after the figure
    assert findings("这支救援队组建时只有11名队员，此后陆续加入19人，此后又有6人退出，现在有24人。") == []
    # 加入 another body, not this one
    assert findings("这支舞蹈队成立时只有10人，这几年加入省艺术团的有4人，队伍现在有22人。") == []


def test_what_waits_is_not_left_of_a_whole_with_a_part_after_it():
    assert findings("本市原列管违规广告招牌512面，今年已拆除300面，尚待拆除180面，另32面已改善合法化。") == []


def test_a_part_not_yet_in_the_whole_s_state_is_outside_it():
    # 22 not yet begun are of the plan of 120, not of the 98 begun
    assert findings("今年计划改造老旧小区120个，目前已开工98个，已完工87个，仍待开工的有22个。") == []
    assert findings("今年计划改造老旧小区120个，目前已开工98个，已完工87个，其余22个尚未开工。") == []
