"""Readings found by review 28 (40 blind planted-error pairs): what it missed — measure words of goods
(瓶, 箱, 台套 …), a change said against the period named again (去年同期为…，比去年同期增加…), a
change over a span said loosely (7年多來) — and
where its correct twins drew false alarms: which whole a 其中 or a 其餘 is of (a part naming the level
a change reached), and which count an average after tiers is over.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_kinds


def test_goods_counted_in_bottles_and_sets():
    assert_pair("今年前三季度，酒厂销售黄酒240万瓶，去年同期为200万瓶，同比增长20%。",
                "今年前三季度，酒厂销售黄酒240万瓶，去年同期为200万瓶，同比增长30%。",
                "NUM007", "(240万瓶 − 200万瓶) ÷ 200万瓶 = 20%", verified="change-amount")
    assert_pair("全市新增农机具1.5万台套，其中拖拉机6000台套、植保无人机9000台套。",
                "全市新增农机具1.5万台套，其中拖拉机7000台套、植保无人机9000台套。",
                "NUM001", "7000台套 + 9000台套", verified="parts")


def test_a_change_against_the_period_named_again():
    assert_pair("今年1至10月，全省新登记市场主体38.6万户，去年同期为31.2万户，比去年同期增加7.4万户。",
                "今年1至10月，全省新登记市场主体38.6万户，去年同期为31.2万户，比去年同期增加8.4万户。",
                "NUM007", "38.6万户 − 31.2万户 = 7.4万户", verified="change-amount")


def test_a_change_over_a_span_said_loosely():
    assert_pair("館藏圖書由開館時的12萬冊增加到目前的20萬冊，10年多來增加8萬冊。",
                "館藏圖書由開館時的12萬冊增加到目前的20萬冊，10年多來增加9萬冊。",
                "NUM007", "20萬冊 − 12萬冊 = 8萬冊", verified="change-amount")


def test_a_part_names_the_level_a_change_reached_not_the_nearer_figure():
    # 增至 ends in its own 至: the level reached names what the part counts; 68个 counts 县区
    assert findings("全省乡村旅游重点村已增至420个，分布在68个县区，其中国家级重点村95个。") == []
    # (with no change before it, the named whole is the one broken down)
    assert_pair("全省乡村旅游重点村共有420个，分布在68个县区，其中国家级重点村95个、省级重点村325个。",
                "全省乡村旅游重点村共有420个，分布在68个县区，其中国家级重点村95个、省级重点村355个。",
                "NUM001", "95个 + 355个", verified="parts")


def test_zhongqi_after_a_run_under_a_frame_may_be_the_frames():
    # 12、9、5 break down the 30; the 其中 after the ； picks from all 30, not from the 5
    text = "本次抽驗的30件樣品中，12件標示不全，9件含量不足，另5件檢出防腐劑；其中產自外縣市的14件，已移請原產地處理。"
    assert findings(text) == []


def test_a_part_named_again_after_a_semicolon_is_broken_down_itself():
    text = ("全市今年累计接报火警218起，包括建筑火灾150起及车辆火灾68起；建筑火灾以住宅70起最多，"
            "商铺45起次之，其余35起发生在厂房仓库。")
    assert findings(text) == []
    assert "parts" in verified_kinds(text)
    assert_pair("全市今年累计接报火警218起，包括建筑火灾150起及车辆火灾68起；建筑火灾以住宅70起最多。",
                "全市今年累计接报火警218起，包括建筑火灾150起及车辆火灾78起；建筑火灾以住宅70起最多。",
                "NUM001", "150起 + 78起", verified="parts")


def test_the_rest_after_a_series_item_may_be_the_series_rest():
    # 門診 is one item of a series (急診 before it); the 其餘 after the second ； may be all the rest
    text = ("醫院統計，全年以急診病人4萬1,200人次最多；門診手術1萬5,600人次，其中日間手術9,300人次；"
            "其餘6,100人次為住院及轉診病人。")
    assert findings(text) == []
    # with no series before the whole, the rest is the whole's own
    assert [f[0] for f in findings("全鎮共有農路48條，其中已鋪設柏油31條；其餘12條仍為碎石路面。")] == ["NUM002"]


def test_an_average_after_tiers_is_over_all_of_them():
    text = ("今年重陽敬老金，一般長者每人發放800元，計6萬2,000人；九十歲以上長者每人發放3,000元，"
            "計2,000人，總經費5,560萬元，平均每人約869元。")
    assert findings(text) == []
    # one tier alone: its count is the average's
    assert_pair("九十歲以上長者每人發放3,000元，計2,000人，總經費600萬元，平均每人3,000元。",
                "九十歲以上長者每人發放3,000元，計2,000人，總經費600萬元，平均每人3,600元。",
                "NUM004", "2,000人 × 平均每人3,600元", verified="average")


def test_the_rest_after_a_series_of_unranked_items_is_the_wholes():
    # (nothing ranks the quarters as kinds of one all: the rest is of the 150 broken down)
    bad = findings("今年一季度受理投诉120件；二季度受理投诉150件，其中已办结100件；其余60件正在办理中。")
    assert [f[0] for f in bad] == ["NUM001"]


def test_amounts_per_person_with_no_count_after_them_are_no_tiers():
    bad = findings("全市城镇居民人均可支配收入5.2万元，农村居民人均可支配收入2.6万元；"
                   "全年发放低保金1.2亿元，保障对象2万人，平均每人8000元。")
    assert [f[0] for f in bad] == ["NUM004"]
