"""Rate words of success, solved cases, positives, draws and homes taken (rules/data/num_words.txt,
rates): each a count over the count before it.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair


@pytest.mark.parametrize("good, bad, arith", [
    ("今年全区调解委员会共受理纠纷2450件，其中调解成功2180件，调解成功率达89%。",
     "今年全区调解委员会共受理纠纷2450件，其中调解成功2180件，调解成功率达95%。", "2180件 ÷ 2450件 = 88.98%"),
    ("全市今年发生盗窃案件1260起，侦破1008起，破案率80%。",
     "全市今年发生盗窃案件1260起，侦破1008起，破案率90%。", "1008起 ÷ 1260起 = 80%"),
    ("本轮共抽检食品批次640批，检出不合格32批，检出率为5%。",
     "本轮共抽检食品批次640批，检出不合格32批，检出率为8%。", "32批 ÷ 640批 = 5%"),
])
def test_rate_from_two_counts(good, bad, arith):
    assert_pair(good, bad, "NUM010", arith, verified="rate")
