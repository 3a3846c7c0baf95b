"""Concepts from the blind tuning set tuning-10 (changes): 同比 after a change whose start is last
year's, the amount of a change between two points of a series given one after the other, two
percentages compared in percentage points, and a change the wrong way reported once. Sentences
written for these tests."""
from __future__ import annotations

from checker.analysis.relations.spaced import unspaced
from checker.document import Document

from num_helpers import assert_pair, findings


def test_year_on_year_after_a_change_from_last_years_figure():
    assert_pair("全县油菜籽产量从上年的4.8万吨增至5.4万吨，同比增长12.5%。",
                "全县油菜籽产量从上年的4.8万吨增至5.4万吨，同比增长22.5%。",
                "NUM007", "(5.4万吨 − 4.8万吨) ÷ 4.8万吨 = 12.5%", "change-amount")


def test_year_on_year_after_a_change_between_months_is_another_comparison():
    # (2月 against 1月, then 同比: against last February — not the change just given)
    assert findings("全县2月客运量从1月的120万人次增至150万人次，同比增长8%。") == []


def test_the_amount_between_two_points_of_a_series():
    assert_pair("去年全县有留守儿童2360人，今年是2010人，减少了350人。",
                "去年全县有留守儿童2360人，今年是2010人，减少了450人。",
                "NUM007", "2360人 − 2010人 = 350人", "change-amount")


def test_the_amount_between_two_years_in_percent():
    assert_pair("2022年这个港口吞吐量250万标箱，2023年为275万标箱，增长了10%。",
                "2022年这个港口吞吐量250万标箱，2023年为275万标箱，增长了15%。",
                "NUM007", "(275万标箱 − 250万标箱) ÷ 250万标箱 = 10%", "change-amount")


def test_the_verb_against_two_points_of_a_series():
    found = findings("去年全县有留守儿童2360人，今年是2010人，增加了350人。")
    assert [rule for rule, _ in found] == ["NUM006"]


def test_a_deed_at_the_later_point_is_no_level():
    # (又建成 8 is this year's work, not the count now: no change between 12 and 8 is said)
    assert findings("去年全县新建公园12个，今年又建成8个，增加了绿地面积40公顷。") == []


def test_two_percentages_compared_in_points():
    assert_pair("今年全市空气优良天数比例为86.4%，较去年的82.1%提高4.3个百分点。",
                "今年全市空气优良天数比例为86.4%，较去年的82.1%提高6.3个百分点。",
                "NUM007", "86.4% − 82.1% = 4.3个百分点", "change-amount")


def test_a_change_the_wrong_way_is_reported_once():
    found = findings("今年全市空气优良天数比例为86.4%，较去年的82.1%下降4.3个百分点。")
    assert [rule for rule, _ in found] == ["NUM006"]


def test_a_share_whose_subject_names_the_part():
    assert_pair("车展成交额为48亿元，其中新能源车成交12亿元，新能源车成交额占总成交额的比重为25%。",
                "车展成交额为48亿元，其中新能源车成交12亿元，新能源车成交额占总成交额的比重为35%。",
                "NUM005", "12亿元 ÷ 48亿元 = 25%", "share")


def test_a_share_whose_subject_is_another_thing_stays_unread():
    # (出口额 is not what the part before counts: no share of it is read)
    assert findings("车展成交额为48亿元，其中新能源车成交12亿元，出口额占总成交额的比重为35%。") == []


def test_a_share_of_the_village_named_as_in_it():
    assert_pair("镇里的450户居民，有360户接入了污水管网，占全镇户数的80%。",
                "镇里的450户居民，有360户接入了污水管网，占全镇户数的70%。",
                "NUM005", "360户 ÷ 450户 = 80%", "share")


def test_a_whole_inside_zhan_in_wan_with_its_unit_said_by_the_part():
    assert_pair("全县65岁以上人口9万8,000人，占总人口52万的18.8%。", "全县65岁以上人口9万8,000人，占总人口52万的21.8%。",
                "NUM005", "÷ 52万 = 18.846%", "share")


def test_a_rate_with_a_hedge_before_its_figure():
    assert_pair("全县212个行政村中已有190个通了自来水，覆盖率约为89.6%。",
                "全县212个行政村中已有190个通了自来水，覆盖率约为79.6%。",
                "NUM010", "190个 ÷ 212个 = 89.623%", "rate")


def test_a_rate_named_by_the_verb_of_its_first_count():
    assert_pair("今年度預算執行 6億3,000萬元，核定預算 9億元，執行率 70%。", "今年度預算執行 6億3,000萬元，核定預算 9億元，執行率 78%。",
                "NUM010", "6億3,000萬元 ÷ 9億元 = 70%", "rate")


def test_a_spaced_figure_ending_in_a_multiplier_sets_off_its_unit_too():
    # (Taiwan copy: 共湧入 81萬 人次 — the space after 萬 is layout, as the one before 81)
    assert_pair("端午連假 4 天，各景點共湧入遊客 48萬 人次，平均每日 12萬 人次。",
                "端午連假 4 天，各景點共湧入遊客 48萬 人次，平均每日 15萬 人次。",
                "NUM004", "4 天 × 每日15萬 人次 = 60萬人次", "average")


def test_an_unspaced_figure_before_a_space_is_read_as_written():
    # (近10萬 人 with no space before the figure: no layout, the view keeps the text as it stands;
    # 共 48萬 人次, set off on both sides, loses both spaces)
    view = unspaced(Document("<t>", "全市登記志工近10萬 人，共 48萬 人次參與。"))
    assert view is not None and view.doc.text == "全市登記志工近10萬 人，共48萬人次參與。"


def test_a_whole_in_wan_inside_zhan_set_off_with_spaces():
    assert_pair("本縣 65歲以上人口 9萬8,000 人，占總人口 52萬 的 18.8%。", "本縣 65歲以上人口 9萬8,000 人，占總人口 52萬 的 21.8%。",
                "NUM005", "÷ 52萬 = 18.846%", "share")


def test_a_verb_holding_its_dao_before_the_later_level():
    # (降到, 升至 hold their 到/至; 了 may follow them, and the figures may be in Chinese numerals)
    found = findings("前年这片果园每亩产桃八百斤，去年降到了一千斤。")
    assert [rule for rule, _ in found] == ["NUM006"]
    assert findings("前年这片果园每亩产桃八百斤，去年升到了一千斤。") == []
