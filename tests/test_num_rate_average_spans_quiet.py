"""Readings tried and withdrawn after the eleventh review (2026-12-07, second session): a rate before
two counts named as due and done, averages per month over a numbered span of months, per day on a
basis stated between, and 月平均/每日平均 as cues. Their shapes stay quiet. Every sentence is the
test's own."""
from __future__ import annotations

from num_helpers import findings


def test_a_rate_with_parts_left_out_of_its_base():
    # (2 on leave are not in the base: 45 of 48)
    assert findings("本次村民代表会议出席率为94%，应出席50人、实到45人，另有2人请假。") == []


def test_a_rate_whose_counts_are_of_a_subset():
    assert findings("全县毕业生就业率为95%，共有毕业生1600人，实际签约就业的1100人，另有420人升学。") == []


def test_a_months_daily_average_after_a_span_of_months():
    assert findings("今年1至10月全市新房成交1.5万套，10月平均每天成交52套。") == []


def test_a_level_averaged_over_months_is_no_flow():
    assert findings("今年1至6月全市人民币存款余额9200亿元，月平均余额9000亿元。") == []


def test_a_peak_day_before_a_daily_average():
    assert findings("国庆假期单日最高接待游客7.6万人次，以7天计算，每日平均接待5.2万人次。") == []
