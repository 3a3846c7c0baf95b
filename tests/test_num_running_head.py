"""A total said again by the item heading its list (running.py): only the list's first item can
head it (十二位评委中，……一共十二位); a later item that happens to equal a wrong total is summed with
the others, and the total is reported.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_running_pair, findings


def test_a_middle_item_equal_to_the_total_does_not_silence_it():
    assert_running_pair("本届书法展评出金奖2位、银奖4位、铜奖7位、优秀奖11位，获奖作者共计24位。",
                        "本届书法展评出金奖2位、银奖4位、铜奖7位、优秀奖11位，获奖作者共计7位。",
                        "2位 + 4位 + 7位 + 11位 = 24位")


def test_the_first_item_heading_the_list_still_restates_it():
    assert findings("12位评委中，来自高校的有5位，来自画院的有4位，来自协会的有3位，合起来一共12位。") == []
