"""What is left of a stock (还剩, 剩余 …) after what was done to it (已改造, 已处置 …): the stock less
what was done (checker/analysis/relations/accrual.py), whatever the verb of doing.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings


def test_left_after_what_was_done():
    assert findings("年初全市尚有待整治黑臭水体58条，今年已整治41条，目前还剩17条。") == []
    [(rule, message)] = findings("年初全市尚有待整治黑臭水体58条，今年已整治41条，目前还剩27条。")
    assert rule == "NUM003" and "58条 − 41条 = 17条" in message


def test_a_verb_of_doing_without_what_is_left_is_no_subtraction():
    # 累计 after 已完成: a running count, not what is left
    assert findings("年初全市尚有待整治黑臭水体58条，今年已整治41条，累计整治水体103条。") == []
