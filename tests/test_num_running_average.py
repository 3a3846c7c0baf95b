"""Averages whose total is named otherwise than by a bare total word (checker/analysis/relations/
average.py): 总 before the average's own noun (亩均产量…，总产量…; 平均每户存栏…，总存栏…), and a total
of a handing out (總計發放, 分红总额) after an average that names only the handing out (每户分得,
每人領取新臺幣).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, relations


def assert_average_pair(good, bad, arith):
    assert_pair(good, bad, "NUM004", arith, verified="average")


def test_a_total_named_by_zong_and_the_averages_noun():
    assert_average_pair("全乡种植高山蔬菜3200亩，亩均产量2500公斤，总产量800万公斤。",
                        "全乡种植高山蔬菜3200亩，亩均产量2500公斤，总产量850万公斤。",
                        "3200亩 × 亩均2500公斤 = 800万公斤")
    assert_average_pair("合作社共有会员58户，平均每户存栏肉羊45只，总存栏2610只。",
                        "合作社共有会员58户，平均每户存栏肉羊45只，总存栏2160只。",
                        "58户 × 平均每户45只 = 2610只")


def test_a_zong_total_of_another_noun_is_no_product():
    text = "全镇耕地5600亩，亩均施用化肥40公斤，粮食总产量3100万公斤。"
    assert findings(text) == []
    assert not relations(text, "average")


def test_an_average_naming_only_a_handing_out_and_its_total():
    assert_average_pair("村集体向86户股民分红，平均每户分得1500元，分红总额12.9万元。",
                        "村集体向86户股民分红，平均每户分得1500元，分红总额15.9万元。",
                        "86户 × 平均每户1500元 = 12.9万元")
    assert_average_pair("市府為 1,800 位長者每人領取新臺幣 2,000 元，總計發放 360 萬元。",
                        "市府為 1,800 位長者每人領取新臺幣 2,000 元，總計發放 630 萬元。",
                        "1,800 位 × 每人2,000 元 = 360萬元")


def test_a_total_of_something_else_after_a_handing_out_stays_quiet():
    # 投入资金 is not the money handed out; a total two clauses on is of the sentence, not the average
    for text in ("县里为1.2万户每户领取补贴300元，总计投入资金5000万元。",
                 "合作社向86户股民分红，平均每户分得1500元，今年新建冷库两座，分红总额30万元。"):
        assert findings(text) == []
        assert not relations(text, "average")
