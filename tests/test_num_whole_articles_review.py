"""Readings fixed after a review of sixty whole articles written in the three sources' styles
(review 17): a thousands separator in a list's first item is no clause mark; a total whose subject
names things of its own, joined (和, 及, 、), is theirs; a mean is no whole of parts; a speed is no
length; the count of an average that names the whole's noun is the whole, not its last part; a mean
per day between a total and an earlier total is not what is compared.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_a_thousands_separator_in_the_first_item_keeps_it_in_the_list():
    assert_pair("今年受理的申请中，个人类2,340件、企业类860件、社团类300件，合计3,500件。",
                "今年受理的申请中，个人类2,340件、企业类860件、社团类300件，合计3,800件。",
                "NUM003", "2,340件 + 860件 + 300件 = 3,500件", verified="running-total")


def test_a_total_of_things_its_subject_names_is_theirs():
    for text in ("全年完成投资450亿元，其中政府投资180亿元、国企投资120亿元，民间投资和外资合计150亿元。",
                 "全年出口水果3,600噸，其中銷往日本1,500噸，美國900噸，泰國、越南及其他市場合計1,200噸。"):
        assert findings(text) == [], text


def test_a_mean_is_no_whole_of_its_places():
    text = "入汛以来，沿江地区平均降水量达到520毫米。其中，山区部分站点累计降水量超过900毫米。"
    assert findings(text) == []


def test_a_speed_is_no_length_of_the_line():
    text = "这条城际铁路全长126公里，其中高架段90公里，隧道段36公里，设计时速200公里。"
    assert findings(text) == []
    assert verified_calcs(text, "parts") == ["90公里"]


def test_an_average_naming_the_whole_is_over_the_whole():
    assert_pair("今年共举办招聘会1200场，其中线下招聘会800场、线上招聘会400场，共提供岗位9.6万个，平均每场招聘会提供岗位80个。",
                "今年共举办招聘会1200场，其中线下招聘会800场、线上招聘会400场，共提供岗位9.6万个，平均每场招聘会提供岗位90个。",
                "NUM004", "1200场 × 每场90个 = 10.8万个", verified="average")


def test_an_average_of_the_part_is_over_the_part():
    # 户均 names no noun: the count it is over is the part right before it
    assert_pair("全镇2800户农户中有1600户种植蔬菜，户均增收5000元，合计增收800万元。",
                "全镇2800户农户中有1600户种植蔬菜，户均增收5000元，合计增收900万元。",
                "NUM004", "1600户 × 户均5000元 = 800万元", verified="average")


def test_a_mean_per_day_is_not_compared_with_an_earlier_total():
    text = "国庆假期全市接待游客356万人次，平均每天约50.9万人次，较去年同期的310万人次增加46万人次。"
    assert findings(text) == []


# Readings fixed after a second review of sixty fresh articles (review 18).

def test_more_by_a_verb_is_the_amount_of_the_change():
    assert_pair("今年前八个月全市港口完成货物吞吐量2.46亿吨，比去年同期多完成1800万吨，增长7.9%。",
                "今年前八个月全市港口完成货物吞吐量2.46亿吨，比去年同期多完成1800万吨，增长9.7%。",
                "NUM007", "1800万吨 ÷ (2.46亿吨 − 1800万吨) = 7.895%", verified="change-amount")


def test_an_average_after_a_list_of_parts_is_over_the_whole():
    assert_pair("全年查处违规停车560起，其中占用消防通道210起、占用盲道190起、占用人行道160起，每起罚款200元，合计11.2万元。",
                "全年查处违规停车560起，其中占用消防通道210起、占用盲道190起、占用人行道160起，每起罚款200元，合计12.2万元。",
                "NUM004", "560起 × 每起200元 = 11.2万元", verified="average")


def test_a_share_is_of_the_part_its_subject_names():
    assert_pair("去年全市软件业务收入860亿元，其中SaaS服务210亿元、IT外包390亿元、嵌入式软件260亿元，IT外包占比45.3%。",
                "去年全市软件业务收入860亿元，其中SaaS服务210亿元、IT外包390亿元、嵌入式软件260亿元，IT外包占比35.3%。",
                "NUM005", "390亿元 ÷ 860亿元 = 45.349%", verified="share")


def test_a_share_is_not_of_a_part_that_negates_its_subject():
    text = "全市在校研究生2.4万人，其中全日制研究生1.5万人、非全日制研究生0.9万人，全日制研究生占62.5%。"
    assert findings(text) == []


def test_the_rest_of_a_list_with_its_own_total_is_an_item():
    text = "今年外销花卉3,100万枝，其中日本1,200万枝、韩国800万枝，其他市场合计1,100万枝。"
    assert findings(text) == []


def test_the_wholes_deed_again_after_a_semicolon_is_beside_the_whole():
    text = "上半年查处超速行为8,640起，其中高速公路3,120起；查处疲劳驾驶1.2万起。"
    assert findings(text) == []


def test_an_average_per_month_is_no_product_of_a_total_of_months():
    text = "今年1至4月共有3200名老人领取补贴，发放补贴1152万元，平均每名老人每月领取900元。"
    assert findings(text) == []


# Readings fixed after a third review of sixty fresh articles (review 19).

def test_a_change_after_a_list_is_not_the_last_items():
    text = "今年新增登革热病例分布在东区12例、西区9例及北区4例，较去年同期减少35例，降幅58.3%。"
    assert findings(text) == []


def test_rates_listed_one_after_another_are_no_addends():
    text = "省运会奖励标准为金牌每枚5万元、银牌3万元、铜牌2万元，全市合计发放奖励186万元。"
    assert findings(text) == []


def test_a_total_of_its_own_deed_after_a_semicolon():
    text = "台风过境造成受伤12人、失联3人；共转移安置群众1.6万人，其中集中安置6200人、投亲靠友9800人。"
    assert findings(text) == []
    assert verified_calcs(text, "parts") == ["6200人 + 9800人 = 1.6万人"]

# A total then 分别为 and its items (review 22): the items need not be all of it — items with no
# figure may follow, the rest may be given after the list, the items may be rates.

def test_a_total_then_items_one_by_one_may_be_some_of_it():
    for text in ("今年共改造老旧小区4.2亿元，分别为城东片区1.8亿元、城西片区1.1亿元和开发区、高新区两个园区。",
                 "全年共发放专项补助3.6亿元，分别为种粮补助1.9亿元、农机补助1.1亿元，剩余0.6亿元用于防灾。"):
        assert findings(text) == [], text



def test_a_share_whose_subject_names_the_whole_of_a_breakdown_is_the_wholes():
    # (review 20) 风电装机 names the 38 of 风电总装机, not the last kind listed
    assert_pair("全市风电总装机达到38万千瓦，其中陆上风电26万千瓦、海上风电12万千瓦，风电装机占全市电力总装机95万千瓦的40%。",
                "全市风电总装机达到38万千瓦，其中陆上风电26万千瓦、海上风电12万千瓦，风电装机占全市电力总装机95万千瓦的30%。",
                "NUM005", "38万千瓦 ÷ 95万千瓦 = 40%", verified="share")
