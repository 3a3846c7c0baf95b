"""Concepts from the blind tuning set (tuning-6): attendance rates, a rate in money named by its
count's verb, 多出 as the amount of a change, a change said by its verb alone after 比 + the
earlier figure, and years named relative to now as points of one series. Sentences written for
these tests; each concept with a broken copy reported, the correct copy quiet and verified, and a
quiet look-alike."""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_kinds


def test_an_attendance_rate_of_those_expected():
    assert_pair("本次培训应到学员240人，实到228人，到课率95%。", "本次培训应到学员240人，实到228人，到课率85%。",
                "NUM010", "228人 ÷ 240人 = 95%", "rate")


def test_a_rate_in_money_named_by_its_counts_verb():
    assert_pair("该县年度预算安排80亿元，截至9月底已支出60亿元，支出率75%。",
                "该县年度预算安排80亿元，截至9月底已支出60亿元，支出率65%。", "NUM010", "60亿元 ÷ 80亿元 = 75%", "rate")


def test_a_rate_in_money_of_another_verb_stays_quiet():
    # 到位率 is listed, but the money before it is not what arrived: amounts of money are read
    # only under a rate named by their own verb
    assert findings("该项目总投资80亿元，今年完成投资30亿元，资金到位率90%。") == []


def test_duochu_is_the_amount_of_a_change():
    assert_pair("全县优良天数由去年的280天增加到今年的301天，多出21天。",
                "全县优良天数由去年的280天增加到今年的301天，多出31天。", "NUM007", "301天 − 280天 = 21天",
                "change-amount")


def test_a_change_said_by_its_verb_alone():
    assert_pair("今年全县火灾起数为86起，比去年的120起明显减少。", "今年全县火灾起数为86起，比去年的120起明显增加。",
                "NUM006", "120起 → 86起", "change-direction")


def test_a_comparison_with_its_amount_elsewhere_stays_as_before():
    # 增加 then a figure: read as before (the amount after the verb), not as a bare verb
    assert "change-amount" in verified_kinds("今年全县火灾86起，比去年的80起增加6起。")


def test_years_named_relative_to_now_are_points_of_a_series():
    assert_pair("该合作社去年收入80万元，今年增至100万元，增长率为25%。",
                "该合作社去年收入80万元，今年增至100万元，增长率为35%。", "NUM007",
                "(100万元 − 80万元) ÷ 80万元 = 25%", "change-amount")
    assert findings("该合作社去年收入80万元，今年降至100万元。")[0][0] == "NUM006"


def test_a_span_from_last_year_is_no_point():
    # 去年以来 is a span: its figure is no earlier state of the later one
    assert findings("去年以来全县新增就业1.2万人，目前已减少到9000人。") == []


def test_a_quarter_of_this_year_is_no_later_point_of_last_years_figure():
    assert findings("去年全县接待游客500万人次，今年一季度增至120万人次。") == []


# an average per month or quarter of a span the text names
def test_an_average_per_month_of_a_year():
    assert_pair("该所全年办理公证事项2,460件，平均每月205件。", "该所全年办理公证事项2,460件，平均每月250件。", "NUM004",
                "每月250件 × 12个月 = 3,000件", "average")


def test_an_average_per_month_is_a_rounded_figure():
    # 2,467 ÷ 12 = 205.6: written 205 or 206, both quiet
    assert findings("该所全年办理公证事项2,467件，平均每月206件。") == []


def test_an_average_per_month_of_no_named_span_stays_quiet():
    assert findings("今年以来全县累计接待游客120万人次，平均每月10万人次。") == []


def test_an_average_per_month_of_a_quarter():
    assert_pair("一季度全市共受理投诉930件，月均310件。", "一季度全市共受理投诉930件，月均390件。", "NUM004",
                "每月390件 × 3个月 = 1170件", "average")


# a clause saying how the whole changed with 比…多 is passed over before 其中
def test_a_change_clause_with_duo_before_qizhong():
    assert_pair("今年全县中考报名2.64万人，比去年多800人，其中应届生2.31万人，往届生0.33万人。",
                "今年全县中考报名2.64万人，比去年多800人，其中应届生2.91万人，往届生0.33万人。", "NUM001",
                "2.91万人", "parts")
