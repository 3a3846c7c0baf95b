"""The rest after 其中 and two parts (checker/analysis/relations/breakdown.py, _remainder): the parts
and the rest may be the first part and its own breakdown (其中私有地1850公顷，保留1478公顷，余372公顷)
or three parts side by side of the whole before 其中; when they make that whole, they are the latter.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings


def test_three_parts_making_the_whole_before_qizhong_are_quiet():
    assert findings("全市今年共备案科技型企业1860家，其中装备制造企业905家，电子信息企业512家，其余443家为其他行业。") == []


def test_a_part_and_its_own_rest_still_checked():
    [(rule, message)] = findings("全县耕地面积2.4万公顷，其中水田1850公顷，已流转1478公顷，余272公顷。")
    assert rule == "NUM002" and "1478公顷 + 272公顷 = 1750公顷" in message
