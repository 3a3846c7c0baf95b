"""A rate before its two counts named as due and done (出席率…，应出席…、实到…), and averages over a
span of months (1月至10月…月平均) or a basis of days stated between (以31天计算). Every sentence is the
test's own."""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_a_rate_before_the_counts_due_and_done():
    assert_pair("本次村民代表会议出席率为90%，应出席60人、实到54人。",
                "本次村民代表会议出席率为90%，应出席60人、实到48人。",
                "NUM010", "48人 ÷ 60人", verified="rate")


def test_counts_after_a_rate_with_no_roles_are_not_read():
    # (which count is the base is not said)
    assert findings("本次村民代表会议出席率为90%，男代表32人、女代表22人。") == []


def test_an_average_per_month_over_a_span_of_months():
    assert_pair("今年1至8月全县共接待游客240万人次，月平均30万人次。",
                "今年1至8月全县共接待游客240万人次，月平均35万人次。",
                "NUM004", "× 8个月", verified="average")


def test_an_average_per_day_on_a_stated_basis():
    assert_pair("市急救中心上月共出车 3,720 车次，以 31 天计算，每日平均 120 车次。",
                "市急救中心上月共出车 3,720 车次，以 31 天计算，每日平均 140 车次。",
                "NUM004", "31 天 × 每日140 车次", verified="average")
