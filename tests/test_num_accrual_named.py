"""Stocks named in more ways (checker/analysis/relations/accrual.py, earlier_last.py, to_date.py):
the stock at a thing's start (成立时), the stock now (现在…已有), what still waits for the deed
(尚待处理), 总 + a measure word + 数, the name of what the unit measures (面积), and the earlier
stock named after the change and the stock after it (…，去年底这一数字为…).

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


def test_earlier_stock_named_last():
    assert findings("今年新建城市绿道36.5公里，全市绿道总长达到428.3公里，去年底这一数字为391.8公里。") == []
    [(rule, message)] = findings("今年新建城市绿道36.5公里，全市绿道总长达到428.3公里，去年底这一数字为381.8公里。")
    assert rule == "NUM003" and "381.8公里 + 36.5公里" in message
    assert findings("这片湿地今年又记录到越冬水鸟9种，记录到的水鸟累计增加到132种，此前记录为123种。") == []
    [(rule, _)] = findings("这片湿地今年又记录到越冬水鸟19种，记录到的水鸟累计增加到132种，此前记录为123种。")
    assert rule == "NUM003"


def test_earlier_stock_named_last_after_the_part_done_since():
    assert findings("截至6月底，全县累计完成农村改厕8,650户；其中今年上半年完成1,120户，去年底累计数为7,530户。") == []
    [(rule, _)] = findings("截至6月底，全县累计完成农村改厕8,650户；其中今年上半年完成1,420户，去年底累计数为7,530户。")
    assert rule == "NUM003"


def test_earlier_stock_of_long_ago_or_of_another_thing_is_not_read():
    # a year long past: this year's change is not all since then
    assert findings("今年新建城市绿道36.5公里，全市绿道总长达到428.3公里，2015年底这一数字仅为120公里。") == []
    # a change over several years
    assert findings("近五年新建城市绿道136.5公里，全市绿道总长达到428.3公里，去年底这一数字为411.8公里。") == []
    # the earlier figure names another thing
    assert findings("今年新增贷款36.5亿元，全县贷款余额达到428.3亿元，去年底存款余额为512.6亿元。") == []
    # compared with it: a change, read by change.py
    assert findings("今年新建绿道36.5公里，全市绿道总长达到428.3公里，比去年底的391.8公里增加36.5公里。") == []
