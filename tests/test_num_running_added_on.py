"""A sum announced by 加上 (再加上, 连同) (checker/analysis/relations/added_on.py): the amounts added
make the total led by a word of summing; a total that is a stock (全市共有…, 总数达到…) may hold more
and is reported only when smaller than their sum.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair, findings


def test_two_amounts_added_then_summed():
    assert_running_pair("今年新建口袋公园46个，加上去年建成的38个，两年共建成84个。",
                        "今年新建口袋公园46个，加上去年建成的38个，两年共建成94个。",
                        "46个 + 38个 = 84个")


def test_three_amounts_added():
    assert_running_pair("省级补助资金820万元，加上市级配套的460万元，再加上县级自筹的300万元，合计到位1580万元。",
                        "省级补助资金820万元，加上市级配套的460万元，再加上县级自筹的300万元，合计到位1680万元。",
                        "820万元 + 460万元 + 300万元 = 1580万元")


def test_a_stock_smaller_than_the_amounts_added_is_reported():
    [(rule, message)] = findings("今年新建口袋公园46个，加上去年建成的38个，全市口袋公园总数达到72个。")
    assert rule == "NUM003" and "46个 + 38个 = 84个" in message


@pytest.mark.parametrize("text", [
    # a stock holding parks built before too
    "今年新建口袋公园46个，加上去年建成的38个，全市口袋公园总数达到160个。",
    # another thing added: no total of the two
    "今年新建口袋公园46个，加上改造的绿道12公里，市民休闲空间明显增加。",
])
def test_other_shapes_stay_quiet(text):
    assert findings(text) == []
