"""总 + the noun every item names (checker/analysis/relations/running.py, _total_of_their_noun):
城镇人口…，农村人口…，总人口… is the items' sum.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair, findings


def test_total_of_the_noun_the_items_name():
    assert_running_pair("全市户籍人口中，男性人口41.3万人，女性人口39.8万人，总人口81.1万人。",
                        "全市户籍人口中，男性人口41.3万人，女性人口39.8万人，总人口86.1万人。",
                        "41.3万人 + 39.8万人 = 81.1万人")


@pytest.mark.parametrize("text", [
    # a total of another noun
    "全市户籍人口中，男性人口41.3万人，女性人口39.8万人，总面积1200平方公里。",
    # a stock of the whole place, which holds more than the two named
    "今年新增城镇人口2.1万人，新增农村人口0.8万人，全市总人口81.1万人。",
])
def test_other_totals_stay_quiet(text):
    assert findings(text) == []
