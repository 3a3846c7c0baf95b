"""An average per a thing and per a span of time (每名…每天) times the count is the total of one such
span, named so (一天下来, 一个月, 全年: average.py, _ONE_SPAN; not 当月, one particular month
set against the usual average); the total's words are read nearest its
figure (a long subject before them does not hide them).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_a_day_total_of_a_per_day_average():
    assert_pair("平均每名分拣员每天分拣包裹2400件，中心38名分拣员一天下来共分拣包裹91200件。",
                "平均每名分拣员每天分拣包裹2400件，中心38名分拣员一天下来共分拣包裹81200件。",
                "NUM004", "38名 × 每名每日2400件 = 91200件", verified="average")


def test_a_month_total_of_a_per_month_average():
    assert_pair("每户每月补贴燃气费30元，全镇1250户一个月共补贴37500元。",
                "每户每月补贴燃气费30元，全镇1250户一个月共补贴47500元。",
                "NUM004", "1250户 × 每户每月30元 = 37500元", verified="average")


def test_one_particular_month_against_the_usual_average_stays_quiet():
    assert findings("小区共有住户800户，平时每户每月用水12吨，今年7月当月共用水1.3万吨。") == []


def test_a_total_of_another_span_stays_quiet():
    # a year's total beside a per-day average: no product of the two
    assert findings("平均每名分拣员每天分拣包裹2400件，中心38名分拣员全年共分拣包裹2800万件。") == []


def test_an_average_set_as_a_standard():
    # 按每户800元的标准: the standard names nothing averaged; the total handed out is its product
    assert_pair("按每户800元的标准，全镇2350户低保家庭今年共领到取暖补贴188万元。",
                "按每户800元的标准，全镇2350户低保家庭今年共领到取暖补贴218万元。",
                "NUM004", "2350户 × 每户800元 = 188万元", verified="average")


def test_an_average_per_a_longer_name_of_the_counted_thing():
    # 每所乡村学校 after 88所学校: the village school is the school counted
    assert_pair("这次活动共发放图书18720册，平均每所乡村学校分到213册，共覆盖88所学校。",
                "这次活动共发放图书18720册，平均每所乡村学校分到253册，共覆盖88所学校。",
                "NUM004", "88所 × 每所253册 = 22264册", verified="average")
