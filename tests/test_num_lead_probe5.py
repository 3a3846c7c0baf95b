"""Concepts from the lead's fifth probe (shares, rates, percent partitions, changes), each with a
broken copy reported with its arithmetic, the correct copy quiet and verified, and quiet look-alikes.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from num_helpers import assert_pair, findings, verified_kinds


# a ratio named by its part's own words (女性比例 after 女性运动员; 補助比率 after 中央補助)
@pytest.mark.parametrize("good,bad,arith", [
    ("本届运动会报名运动员3000人，青年运动员900人，青年比例30%。",
     "本届运动会报名运动员3000人，青年运动员900人，青年比例40%。", "900人 ÷ 3000人 = 30%"),
    ("該計畫總經費新臺幣8,000萬元，地方配合款2,000萬元，配合款比率為25%。",
     "該計畫總經費新臺幣8,000萬元，地方配合款2,000萬元，配合款比率為35%。", "2,000萬元 ÷ 8,000萬元 = 25%"),
])
def test_a_ratio_named_by_its_parts_words(good, bad, arith):
    assert_pair(good, bad, "NUM005", arith, "share")


def test_a_ratio_naming_its_own_subject_is_no_share_of_the_figures():
    # 达标比例 names nothing the figure before it counts: no share of these two figures
    text = "全县监测断面共40个，其中新设断面12个，水质达标比例为85%。"
    assert findings(text) == []
    assert "share" not in verified_kinds(text)


# 占 + words naming the breakdown's whole with a modifier left out (新增就业 of 新增城镇就业)
def test_the_whole_named_after_zhan_with_a_word_left_out():
    assert_pair("今年全市新增城镇就业6000人，其中高校毕业生就业1500人，占新增就业人数的25%。",
                "今年全市新增城镇就业6000人，其中高校毕业生就业1500人，占新增就业人数的35%。",
                "NUM005", "1500人 ÷ 6000人 = 25%", "share")


def test_a_share_of_another_place_after_zhan_stays_quiet():
    # 全省新增就业 is the province's whole, not the city's 6000
    assert findings("今年全市新增城镇就业6000人，其中高校毕业生就业1500人，占全省新增就业人数的3%。") == []


# a whole framed by 里 as by 中 (在…的600名学生里)
def test_a_whole_framed_by_li():
    assert_pair("在参加复查的600名学生里，视力不良的有150人，比例为25%。",
                "在参加复查的600名学生里，视力不良的有150人，比例为35%。", "NUM005",
                "150人 ÷ 600名 = 25%", "share")


def test_li_of_a_span_of_time_frames_no_whole():
    assert findings("在过去的5年里，全县新建学校12所，比例为30%的学校完成改造。") == []


# any X率 whose X names what the later count did is a rate of the two counts
def test_a_rate_named_by_the_counts_verb():
    assert_pair("该县本月安排体检1500人，实际到检1350人，到检率90%。",
                "该县本月安排体检1500人，实际到检1350人，到检率95%。", "NUM010",
                "1350人 ÷ 1500人 = 90%", "rate")


def test_a_rate_of_another_verb_stays_quiet():
    # 续约率 names no count of the sentence (参加 is what the 1350 did)
    assert findings("该校今年毕业生1500人，参加招聘会1350人，续约率65%。") == []


# shares of exclusive kinds of the whole the sentence is about: at most 100%
@pytest.mark.parametrize("good,bad,arith", [
    ("全乡耕地中，水田占比50%，旱地占比35%，水浇地占比15%。",
     "全乡耕地中，水田占比50%，旱地占比40%，水浇地占比20%。", "50% + 40% + 20% = 110%"),
    ("按学历统计，研究生占12%，本科占53%，大专占30%。",
     "按学历统计，研究生占22%，本科占53%，大专占30%。", "22% + 53% + 30% = 105%"),
])
def test_shares_of_exclusive_kinds_pass_no_whole(good, bad, arith):
    assert_pair(good, bad, "NUM008", arith, "percent-sum")


def test_shares_of_exclusive_kinds_of_two_wholes_stay_quiet():
    # each share names its own whole after 占: a share of two wholes may pass 100% together
    assert findings("该市出口占全省出口的60%，进口占全省进口的50%。") == []


def test_kinds_of_two_sets_may_overlap():
    assert findings("全县干部中，本科占60%，女性占45%。") == []


# a concentration is a level: compared in a change, never summed
def test_a_concentration_in_a_change():
    assert_pair("今年该市二氧化硫年均浓度由18微克/立方米下降至12微克/立方米。",
                "今年该市二氧化硫年均浓度由18微克/立方米上升至12微克/立方米。", "NUM006",
                "18微克/立方米 → 12微克/立方米", "change-direction")


def test_concentrations_are_no_parts():
    assert "parts" not in verified_kinds("该河段氨氮浓度0.8毫克/升，其中上游断面0.5毫克/升。")


# 净增 / 净减 as verbs of change
def test_a_net_increase_is_a_change_amount():
    assert_pair("截至9月底，全县个体工商户达到3.2万户，较年初的2.8万户净增4000户。",
                "截至9月底，全县个体工商户达到3.2万户，较年初的2.8万户净增6000户。", "NUM007",
                "3.2万户 − 2.8万户 = 4000户", "change-amount")


def test_a_threshold_is_no_part_of_an_own_ratio():
    # 二类及以上 is a grade on a scale, not a count of the water sources
    assert findings("全县16个饮用水源地二类及以上水质达标比例为75%。") == []


def test_a_concentration_compared_with_an_earlier_one():
    good = "今年上半年该市PM10平均浓度为54微克/立方米，较去年同期的60微克/立方米下降10%。"
    assert findings(good) == [] and "change-amount" in verified_kinds(good)
    found = dict(findings(good.replace("下降", "上升")))
    assert "60微克/立方米 → 54微克/立方米" in found["NUM006"]


def test_a_reach_above_the_rivers_concentration_is_no_part_over_its_whole():
    assert findings("该河段氨氮平均浓度0.8毫克/升，其中上游断面1.1毫克/升。") == []


def test_the_li_of_a_unit_frames_no_whole():
    # 公里 ends in 里: the two towns are no whole of the nine stops
    assert findings("两个镇新修公路12.5公里，新增公交站点9个。") == []


# shares listed after 分别/依次, their names listed before (one per share)
@pytest.mark.parametrize("good,bad,rule_arith", [
    ("全县一、二、三产业占地区生产总值的比重依次为8.5%、41.2%和50.3%。",
     "全县一、二、三产业占地区生产总值的比重依次为8.5%、51.2%和50.3%。", "8.5% + 51.2% + 50.3% = 110%"),
    ("该镇土地中，林地、耕地及其他用地分别占62%、30%和8%。",
     "该镇土地中，林地、耕地及其他用地分别占62%、30%和18%。", "62% + 30% + 18% = 110%"),
    ("参加表决的代表中，赞成、反对、弃权的比例分别为81%、12%和7%。",
     "参加表决的代表中，赞成、反对、弃权的比例分别为81%、22%和7%。", "81% + 22% + 7% = 110%"),
])
def test_shares_listed_after_their_names(good, bad, rule_arith):
    assert_pair(good, bad, "NUM008", rule_arith, "percent-sum")


def test_rates_of_two_groups_listed_are_no_shares():
    assert findings("城镇和农村的登记失业率分别为3.5%和2.1%。") == []
    assert findings("城镇和农村居民收入分别增长5%和7%。") == []


def test_quoted_answers_are_answers():
    assert_pair("受访家长中，选择“支持”的占58%，“无所谓”的占30%，“不支持”的占12%。",
                "受访家长中，选择“支持”的占58%，“无所谓”的占30%，“不支持”的占22%。", "NUM008", "58% + 30% + 22% = 110%")


# the width of a change named as its rate (增长率为20%)
def test_a_growth_rate_after_a_change():
    assert_pair("该厂年产值由4亿元增至5亿元，增长率为25%。", "该厂年产值由4亿元增至5亿元，增长率为30%。", "NUM007",
                "(5亿元 − 4亿元) ÷ 4亿元 = 25%", "change-amount")


def test_an_annual_average_growth_rate_is_no_change_of_the_two():
    assert findings("该厂年产值由4亿元增至5亿元，年均增长率为8%。") == []


# the earlier state named after the change from it
@pytest.mark.parametrize("good,bad,arith", [
    ("全县税收收入42.6亿元，比上年减少3.4亿元，上年为46亿元。", "全县税收收入42.6亿元，比上年减少4.3亿元，上年为46亿元。",
     "46亿元 − 42.6亿元 = 3.4亿元"),
    ("前三季度全县新登记个体户8600户，同比增加1100户，去年同期为7500户。",
     "前三季度全县新登记个体户8600户，同比增加1400户，去年同期为7500户。", "8600户 − 7500户 = 1100户"),
])
def test_the_earlier_state_named_after_the_change(good, bad, arith):
    assert_pair(good, bad, "NUM007", arith, "change-amount")


# a rate named by words anywhere in the count's words; the share of a plan in money
def test_a_rate_stem_anywhere_in_the_counts_words():
    assert_pair("今年全县小麦播种面积50万亩，机播面积42万亩，机播率84%。",
                "今年全县小麦播种面积50万亩，机播面积42万亩，机播率94%。", "NUM010", "42万亩 ÷ 50万亩 = 84%", "rate")


def test_a_negated_stem_is_no_count_of_the_rate():
    assert findings("全县应防治面积50万亩，未防治面积8万亩，防治率84%。") == []


def test_the_share_of_a_plan_in_money():
    assert_pair("该区年度计划投资20亿元，已完成投资15亿元，完成了年度计划的75%。",
                "该区年度计划投资20亿元，已完成投资15亿元，完成了年度计划的85%。", "NUM010", "15亿元 ÷ 20亿元 = 75%", "rate")


# bands of any one unit, from an open bottom to an open top, cover the whole
def test_bands_of_hours_make_the_whole():
    assert_pair("受访学生中，每天运动1小时以下的占35%，1至2小时的占45%，2小时以上的占20%。",
                "受访学生中，每天运动1小时以下的占35%，1至2小时的占45%，2小时以上的占30%。", "NUM008",
                "35% + 45% + 30% = 110%", "percent-sum")


def test_bands_with_a_gap_or_in_two_units_stay_quiet():
    assert findings("受访学生中，每天运动1小时以下的占35%，3小时以上的占20%。") == []
    assert findings("受访学生中，每天运动30分钟以下的占35%，30分钟至1小时的占45%，1小时以上的占30%。") == []
