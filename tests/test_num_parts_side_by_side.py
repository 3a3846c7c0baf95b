"""Parts that are kinds of one set stand side by side (checker/analysis/relations/parts.py): two
later parts whose sum happens to meet the first are not read as its breakdown when the three are
money from three levels of government (the central one among them) or kinds of one set; not when a
part is said to be besides the whole (另安排).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_money_from_three_levels_including_the_central_one():
    assert_pair("这座水厂总投资3.4亿元，其中中央补助1.6亿元，省级配套1.1亿元，县级自筹0.7亿元。",
                "这座水厂总投资3.4亿元，其中中央补助1.6亿元，省级配套0.9亿元，县级自筹0.7亿元。"
                .replace("3.4亿元", "2.9亿元"),
                "NUM001", "1.6亿元 + 0.9亿元 + 0.7亿元 = 3.2亿元", verified="parts")


def test_a_level_said_to_be_besides_the_whole_is_not_added():
    assert findings("今年共投入资金6000万元，其中中央资金3000万元，省级资金1800万元，市级资金1200万元，县级另安排工作经费300万元。") == []
