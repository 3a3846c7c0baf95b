"""The rest of what (checker/analysis/relations/parts.py, _rest_of_the_whole): 其余 + a noun the
whole is not named by is the rest of that thing, so the parts with it need not make the whole;
其余 alone, with the whole's noun, or 其他 + any noun, is the rest of the whole.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_the_rest_of_another_thing_leaves_parts_unsaid():
    # the rest of the building cost; equipment and design are in the budget too
    assert findings("新院区项目核定经费18.6亿元，其中地基工程4.2亿元，其余建安费用11.3亿元由省财政支付。") == []


def test_the_rest_of_the_whole_makes_it():
    assert_pair("全市规模以上企业1260家，其中国有企业210家，其余企业1050家。",
                "全市规模以上企业1260家，其中国有企业210家，其余企业950家。",
                "NUM002", "210家 + 950家 = 1160家", verified="parts")


def test_other_kinds_make_the_whole():
    assert_pair("今年全县新增就业岗位9600个，其中制造业4100个，其他行业5500个。",
                "今年全县新增就业岗位9600个，其中制造业4100个，其他行业4500个。",
                "NUM002", "4100个 + 4500个 = 8600个", verified="parts")
