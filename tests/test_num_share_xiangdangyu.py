"""相当于 + the whole + 的 before a percentage says what 占 says (checker/analysis/relations/share.py).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_xiangdangyu_the_whole():
    assert_pair("今年前三季度全市外贸进出口总额860亿元，其中出口额516亿元，相当于总额的60%。",
                "今年前三季度全市外贸进出口总额860亿元，其中出口额516亿元，相当于总额的45%。",
                "NUM005", "516亿元 ÷ 860亿元 = 60%", verified="share")


def test_xiangdangyu_a_multiple_of_another_year_stays_quiet():
    assert findings("今年全县粮食产量52万吨，相当于去年的1.2倍。") == []
