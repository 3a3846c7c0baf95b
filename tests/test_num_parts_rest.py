"""The rest closing a list of parts (checker/analysis/relations/rest.py): with no 其中, a whole, two
or more parts in clauses of their own and 其余 with a figure make the whole exactly; the list is
reported only when no reading of it adds up (which clause is the whole and whether a part is
inside another are not said).

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair, findings, verified_calcs


def test_the_rest_makes_the_whole():
    assert_pair("新校区建设总投资9.6亿元，省级补助2.4亿元，市级配套3.1亿元，其余4.1亿元由学校自筹。",
                "新校区建设总投资9.6亿元，省级补助2.4亿元，市级配套3.1亿元，其余3.1亿元由学校自筹。",
                "NUM002", "2.4亿元 + 3.1亿元 + 3.1亿元 = 8.6亿元", verified="parts")


def test_the_rest_naming_its_kinds_before_the_figure():
    assert_pair("今年全区受理消费投诉2860件，食品类930件，家电类710件，其余服装鞋帽等1220件。",
                "今年全区受理消费投诉2860件，食品类930件，家电类1010件，其余服装鞋帽等1220件。",
                "NUM001", "930件 + 1010件 + 1220件 = 3160件", verified="parts")


def test_the_plain_reading_is_verified_with_its_sum():
    assert "2.4亿元 + 3.1亿元 + 4.1亿元 = 9.6亿元" in verified_calcs(
        "新校区建设总投资9.6亿元，省级补助2.4亿元，市级配套3.1亿元，其余4.1亿元由学校自筹。", "parts")


@pytest.mark.parametrize("text", [
    # the whole is the second clause (this year's), the first is last year's
    "去年全县新增市场主体1800户，新增2400户，个体工商户1500户，企业700户，其余200户为农民专业合作社。",
    # the winners are among the entries chosen: the rest is of the entries
    "本次征文共收到来稿860篇，入选作品140篇，获奖作品35篇，其余720篇将收入文集。",
    # one part and the rest: breakdown._remainder's reading, not this one
    "全市查处案件276件，已结案198件，其余78件仍在办理。",
])
def test_readings_that_add_up_stay_quiet(text):
    assert findings(text) == []
