"""The parts of a span of time (relations/span_parts.py): a whole stated for a span (一季度, 上半年,
连假三天, 三年间), then its figure for each period of it; the periods are all of the span, so the
figures make the whole. Sentences written for these tests."""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_kinds


def test_the_months_of_a_quarter_one_by_one():
    assert_pair("今年一季度，全县新登记个体工商户840户，1月260户、2月230户、3月350户。",
                "今年一季度，全县新登记个体工商户840户，1月260户、2月230户、3月450户。",
                "NUM001", "260户 + 230户 + 450户 = 940户", "parts")


def test_the_months_named_together_before_fenbie():
    assert_pair("上半年，这个机场旅客吞吐量达到96万人次，一季度和二季度分别为41万人次和55万人次。",
                "上半年，这个机场旅客吞吐量达到96万人次，一季度和二季度分别为41万人次和45万人次。",
                "NUM002", "41万人次 + 45万人次 = 86万人次", "parts")


def test_the_days_of_a_holiday_counted_by_its_length():
    assert_pair("元旦假期三天，全市各公园共接待游客38.5万人次，首日11.2万人次、第二天15.1万人次、第三天12.2万人次。",
                "元旦假期三天，全市各公园共接待游客38.5万人次，首日11.2万人次、第二天18.1万人次、第三天12.2万人次。",
                "NUM001", "11.2万人次 + 18.1万人次 + 12.2万人次 = 41.5万人次", "parts")


def test_years_counted_then_given_together():
    assert_pair("近三年间，这个镇新建村级公路86公里，三年分别建成25公里、28公里和33公里。",
                "近三年间，这个镇新建村级公路86公里，三年分别建成25公里、28公里和43公里。",
                "NUM001", "25公里 + 28公里 + 43公里 = 96公里", "parts")


def test_a_second_quarter_is_no_two_quarters():
    # (二季度 names one quarter; the quarters after it are not its parts)
    assert findings("一季度销售额120万元，二季度186万元，三季度240万元，四季度154万元。") == []


def test_year_points_are_no_span():
    # (ROC years in figures are points of a series: each year's figure is no part of the one before)
    text = "全市公车年运量：99年750万人次，100年940万人次，101年1,190万人次，102年1,650万人次。"
    assert findings(text) == []


def test_a_month_left_out_is_not_all_of_the_quarter():
    assert findings("今年一季度，全县新登记个体工商户840户，1月260户、3月350户。") == []
    assert "parts" not in verified_kinds("今年一季度，全县新登记个体工商户840户，1月260户、3月350户。")


def test_a_month_compared_with_another_is_no_part():
    assert findings("今年一季度，全县新登记个体工商户840户，1月260户、2月比1月多30户、3月290户。") == []


def test_running_months_to_date_are_no_parts():
    # (1至2月 is a span of its own: the figures are to date, not one month each)
    assert findings("今年一季度，全县新登记个体工商户840户，1月260户，1至2月490户，1至3月840户。") == []
