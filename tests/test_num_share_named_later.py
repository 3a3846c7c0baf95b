"""A share whose whole 占 names and the sentence states after it by that name (占耕地面积的…，全县耕地
面积为…) (checker/analysis/relations/share.py, _named_later).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_the_whole_named_and_stated_after():
    assert_pair("全县高标准农田面积达到41.6万亩，占耕地面积的65%，全县耕地面积为64万亩。",
                "全县高标准农田面积达到41.6万亩，占耕地面积的75%，全县耕地面积为64万亩。",
                "NUM005", "41.6万亩 ÷ 64万亩 = 65%", verified="share")


def test_a_later_figure_of_another_name_is_no_whole():
    assert findings("全县高标准农田面积达到41.6万亩，占耕地面积的65%，今年新建面积为6万亩。") == []
