"""Shares and averages read this stop (checker/analysis/relations/share.py, average.py).

A share named by the count in the whole's own measure word (占陳情總件數的, the whole counted in
件) names that whole. The total an average shares out may be the one amount of its unit in the
sentence before, said with the deed the average names (投入…，…平均每所投入…), with no total word.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_a_share_of_the_count_in_the_wholes_measure_word():
    assert_pair("本季度区公所共受理市民来电2,480件，其中反映噪音扰民的有620件，占来电总件数的比重为25%。",
                "本季度区公所共受理市民来电2,480件，其中反映噪音扰民的有720件，占来电总件数的比重为25%。",
                "NUM005", "720件 ÷ 2,480件", verified="share")


def test_an_average_of_the_one_amount_said_with_its_deed_in_the_sentence_before():
    assert_pair("今年，县财政投入1,260万元，用于农村公路安防工程。工程覆盖全县18个乡镇，平均每个乡镇投入70万元。",
                "今年，县财政投入1,260万元，用于农村公路安防工程。工程覆盖全县16个乡镇，平均每个乡镇投入70万元。",
                "NUM004", "16个 × 每个70万元 = 1,120万元", verified="average")


def test_an_amount_before_said_with_another_deed_is_no_total_of_the_average():
    # what was raised is not what each town received
    text = "今年，县里募集社会资金1,260万元。工程覆盖全县16个乡镇，平均每个乡镇投入70万元。"
    assert findings(text) == []


def test_an_average_per_day_then_the_days_then_the_total():
    assert_pair("元宵灯会期间，平均每天入场观灯群众1.2万人次，灯会共举办15天，累计接待观灯群众18万人次。",
                "元宵灯会期间，平均每天入场观灯群众1.2万人次，灯会共举办15天，累计接待观灯群众21万人次。",
                "NUM004", "15天 × 每天1.2万人次", verified="average")


def test_an_average_per_day_then_a_total_of_another_span_is_no_relation():
    # the total is of another place's visitors: it follows no length of the average's unit
    text = "元宵灯会期间，平均每天入场观灯群众1.2万人次，全市春节期间累计接待游客86万人次。"
    assert findings(text) == []


def test_an_amount_since_the_years_start_and_a_percentage_on_a_year_ago_are_two_changes():
    text = "截至9月末，全县各项贷款余额862.4亿元，比年初增加48.6亿元，同比增长11.2%。"
    assert findings(text) == []


def test_an_amount_and_a_percentage_on_one_base_still_must_agree():
    assert_pair("截至9月末，全县各项贷款余额862.4亿元，比上年同期增加48.6亿元，增长6.0%。",
                "截至9月末，全县各项贷款余额862.4亿元，比上年同期增加48.6亿元，增长9.0%。",
                "NUM007", "48.6亿元 ÷ (862.4亿元 − 48.6亿元)", verified="change-amount")
