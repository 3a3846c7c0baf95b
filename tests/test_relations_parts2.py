"""Part–whole, the parts2 concepts (checker/analysis/relations/parts.py, composition.py, cues.py):
a parenthesis listing the parts after a whole and a short noun saying what it counts, …

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair as assert_num_pair
from num_helpers import findings, relations


def assert_pair(good, bad, rule_id, arith):
    """Every pair here verifies a part–whole relation on its correct copy."""
    assert_num_pair(good, bad, rule_id, arith, verified="parts")


# 1. a parenthesis listing the parts after a whole and a short noun (共9人确诊（…）)

def test_parts_in_parentheses_after_a_whole_and_its_noun():
    assert_pair("截至昨日，该县累计共9人确诊（本地籍3人、外地籍6人）。",
                "截至昨日，该县累计共9人确诊（本地籍3人、外地籍8人）。",
                "NUM001", "3人 + 8人 = 11人")
    assert_pair("本周全港共发现12宗输入个案（来自东南亚7宗、来自欧洲5宗）。",
                "本周全港共发现12宗输入个案（来自东南亚9宗、来自欧洲5宗）。",
                "NUM001", "9宗 + 5宗 = 14宗")
    # quiet look-alikes: a date, a comparison, or parts that may leave some out (a sum below the whole is no error)
    assert findings("该县累计共9人确诊（截至3月27日）。") == []
    assert findings("该县累计共9人确诊（去年同期为5人、前年为8人）。") == []
    assert findings("该县累计共9人确诊（本地籍3人、外地籍4人）。") == []
    assert not relations("该县今年（2024年）共有9所学校。", "parts")
