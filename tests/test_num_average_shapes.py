"""Averages in more of the shapes copy writes them: 平均 between a count's noun and 每 (12個社團平均每
團…), a count after the average with a short subject before 共有 (人均…，这次共有850名…领取…),
and a measure word + 均 (住房共1680套…，套均面积90平方米). All sentences are invented for these tests."""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_pingjun_between_the_counts_noun_and_mei():
    assert_pair("本次公益捐血活動共募得 1,560 袋，參與的 13 個社團平均每團募得 120 袋。",
                "本次公益捐血活動共募得 1,560 袋，參與的 13 個社團平均每團募得 140 袋。",
                "NUM004", "13 個 × 每團140 袋", verified="average")


def test_a_count_after_the_average_with_a_short_subject():
    assert_pair("人均补贴1.5万元，此次共有620名返乡青年领取创业补贴，发放总额930万元。",
                "人均补贴1.5万元，此次共有620名返乡青年领取创业补贴，发放总额1030万元。",
                "NUM004", "620名 × 人均1.5万元 = 930万元", verified="average")
    # those who asked are not those the average was given to
    assert findings("每户补助1000元，共有560户提出申请，发放总额40万元。") == []


def test_a_measure_word_then_jun():
    assert_pair("这批安置房共1450套，总建筑面积13.05万平方米，套均面积90平方米。",
                "这批安置房共1450套，总建筑面积11.6万平方米，套均面积90平方米。",
                "NUM004", "1450套 × 套均90平方米 = 13.05万平方米", verified="average")
