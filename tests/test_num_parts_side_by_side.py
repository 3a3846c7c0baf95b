"""Parts that are kinds of one set stand side by side (checker/analysis/relations/parts.py): two
later parts whose sum happens to meet the first are not read as its breakdown when the three are
money from three levels of government (the central one among them) or kinds of one set.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair


def test_money_from_three_levels_including_the_central_one():
    assert_pair("这座水厂总投资3.4亿元，其中中央补助1.6亿元，省级配套1.1亿元，县级自筹0.7亿元。",
                "这座水厂总投资3.4亿元，其中中央补助1.6亿元，省级配套0.9亿元，县级自筹0.7亿元。"
                .replace("3.4亿元", "2.9亿元"),
                "NUM001", "1.6亿元 + 0.9亿元 + 0.7亿元 = 3.2亿元", verified="parts")


def test_fast_and_slow_charging_posts():
    assert_pair("全区公共充电桩总数达到9600个，快充桩3900个，慢充桩5700个。",
                "全区公共充电桩总数达到9600个，快充桩4900个，慢充桩5700个。",
                "NUM001", "4900个 + 5700个 = 10600个", verified="parts")
