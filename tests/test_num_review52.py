"""Readings review 52 (40 blind planted pairs written plainly: 23/40 strict at be4c20b and at
1e02db9, twins 0, counted before any change) asked for: the change in percent right after its
amount, said with a word of the other direction than the amount's verb (增加…，下降5.4%); a total
handed out named with the money after its verb (共核发奖励金…); a count named as what a rate is
computed on, said after the part (以…人口…人计算).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_the_percentage_said_the_other_way_than_the_amount():
    good = "国庆假期全省高速公路车流量3860万辆次，比去年同期的3500万辆次增加360万辆次，增长10.3%。"
    bad = good.replace("增长10.3%", "下降10.3%")
    assert findings(good) == []
    found = findings(bad)
    assert [r for r, _ in found] == ["NUM006"] and "3500万辆次 → 3860万辆次" in found[0][1]


def test_a_total_handed_out_named_with_its_money():
    assert_pair("今年全县休耕面积2,150亩，按每亩补助500元的标准，共发放补助资金107.5万元。",
                "今年全县休耕面积2,510亩，按每亩补助500元的标准，共发放补助资金107.5万元。",
                "NUM004", "2,510亩 × 每亩500元 = 125.5万元")


def test_the_count_a_rate_is_computed_on_said_after_the_part():
    assert_pair("截至9月底全县已有4万2,300名老人完成接种，以老年人口9万4,000人计算，接种率为45%。",
                "截至9月底全县已有4万2,300名老人完成接种，以老年人口9万4,000人计算，接种率为54%。",
                "NUM010", "4万2,300名 ÷ 9万4,000人")


def test_the_seasons_make_a_years_grain_and_modes_of_transport_no_total():
    good = "今年全县粮食总产量52.6万吨，比上年增加0.8万吨。分季节看，夏粮产量18.2万吨，早稻产量6.1万吨，秋粮产量28.3万吨。"
    assert findings(good) == []
    found = findings(good.replace("秋粮产量28.3万吨", "秋粮产量29.3万吨"))
    assert [r for r, _ in found] == ["NUM001"], found
    # (freight also goes by pipeline; the four modes make no total of goods or of investment)
    assert findings("全年完成货物运输总量50亿吨，其中铁路5亿吨，公路38亿吨，水路6.5亿吨，民航0.1亿吨。") == []
