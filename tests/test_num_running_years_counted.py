"""Years counted from a start (第一年, 第二年, 首年, 次年) are periods of their own, so a total over
as many years sums them (checker/analysis/relations/running.py, _PERIODS); and a stock done by now
(已完工, 已建成 …) is the earlier stock of an accrual (accrual.py).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_running_pair, findings


def test_years_counted_from_an_opening():
    assert_running_pair("这家书店开业第一年接待读者3.6万人次，第二年接待5.1万人次，两年累计8.7万人次。",
                        "这家书店开业第一年接待读者3.6万人次，第二年接待5.1万人次，两年累计9.7万人次。",
                        "3.6万人次 + 5.1万人次 = 8.7万人次")


def test_a_stock_done_by_now_then_more():
    assert findings("全县已建成村级养老服务站126个，今年再建成34个，累计建成160个。") == []
    [(rule, message)] = findings("全县已建成村级养老服务站126个，今年再建成34个，累计建成170个。")
    assert rule == "NUM003" and "126个 + 34个 = 160个" in message
