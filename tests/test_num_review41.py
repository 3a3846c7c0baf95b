"""Readings review 41 (40 blind planted-error pairs: 9/40 strict at ed2c3d0, 10/40 at ba81552)
asked for after it was counted: days, hours and weeks compared with an earlier state as any count
is (优良天数为312天，较上年的303天增加9天); energy in tonnes of standard coal (万吨标准煤) is a unit of
its own.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair


def test_days_compared_with_the_year_before():
    assert_pair("今年全县空气质量优良天数为318天，较上年的305天增加13天。",
                "今年全县空气质量优良天数为318天，较上年的305天减少13天。",
                "NUM006", "305天 → 318天", verified="change-direction")
    assert_pair("今年全县空气质量优良天数为318天，较上年的305天增加13天。",
                "今年全县空气质量优良天数为318天，较上年的305天增加18天。",
                "NUM007", "318天 − 305天 = 13天")


def test_tonnes_of_standard_coal():
    assert_pair("前三季度全县规上工业能耗为61.8万吨标准煤，比上年同期的64.2万吨标准煤下降3.7%。",
                "前三季度全县规上工业能耗为61.8万吨标准煤，比上年同期的64.2万吨标准煤增长3.7%。",
                "NUM006", "64.2万吨标准煤 → 61.8万吨标准煤", verified="change-direction")


def test_a_part_followed_by_how_much_it_changed_against_an_earlier_time():
    # (the clause 比上年末增加… says how the part changed, not the list's end)
    assert_pair("年末全县常住人口52.6万人，比上年末减少0.4万人。\n其中，城镇常住人口31.2万人，比上年末增加0.6万人；乡村常住人口21.4万人。",
                "年末全县常住人口52.6万人，比上年末减少0.4万人。\n其中，城镇常住人口31.2万人，比上年末增加0.6万人；乡村常住人口23.4万人。",
                "NUM001", "31.2万人 + 23.4万人 = 54.6万人", verified="parts")
