"""A change said as doublings (翻了一番, 翻两番) and a change amount after the span it took (一年增加了).
Every sentence is the test's own."""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_doubled_before_the_change():
    assert_pair("全县民宿接待游客四年间翻了一番，从2021年的18万人次增长到2025年的37万人次。",
                "全县民宿接待游客四年间翻了一番，从2021年的18万人次增长到2025年的57万人次。",
                "NUM007", "57万人次 ÷ 18万人次 = 3.17倍", verified="change-amount")


def test_doubled_twice_after_the_change():
    assert_pair("该镇集体经济收入由2016年的60万元增加到2025年的246万元，十年翻了两番。",
                "该镇集体经济收入由2016年的60万元增加到2025年的146万元，十年翻了两番。",
                "NUM007", "146万元 ÷ 60万元 = 2.43倍", verified="change-amount")


def test_more_than_doubled_and_nearly_doubled():
    assert findings("该镇集体经济收入由60万元增加到150万元，翻了一番多。") == []
    assert findings("该镇集体经济收入由60万元增加到110万元，接近翻一番。") == []
    [(rule, message)] = findings("该镇集体经济收入由60万元增加到80万元，接近翻一番。")
    assert rule == "NUM007" and "80万元 ÷ 60万元 = 1.33倍" in message


def test_the_span_the_change_took_before_its_amount():
    assert_pair("全市5G基站由去年底的3.2万个增至4.1万个，一年增加了0.9万个。",
                "全市5G基站由去年底的3.2万个增至4.1万个，一年增加了1.9万个。",
                "NUM007", "4.1万个 − 3.2万个 = 9000个", verified="change-amount")
