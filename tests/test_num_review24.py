"""Readings found missing by review 24 (48 articles with one planted error each, written blind):
an average whose name runs long (平均每个村卫生室提供诊疗服务…); a rate of a plan done, its base the
figure named as planned wherever it stands, which the count done may exceed; the change in percent
after the amount of a change, weighed as well as the amount.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_kinds


def test_an_average_with_a_long_name_after_its_marker():
    assert_pair("全市450个社区服务站共开展助老活动9万场次，平均每个社区服务站开展助老活动200场次。",
                "全市450个社区服务站共开展助老活动9万场次，平均每个社区服务站开展助老活动260场次。",
                "NUM004", "450个 × 每个260场次 = 11.7万场次", verified="average")


def test_a_plan_done_beyond_its_target():
    assert_pair("市里原计划今年新建口袋公园40个，目前已建成46个，完成率为115%。",
                "市里原计划今年新建口袋公园40个，目前已建成46个，完成率为125%。",
                "NUM010", "46个 ÷ 40个 = 115%", verified="rate")
    assert_pair("環保局原訂今年汰換老舊機車2,500輛，截至上月已完成2,875輛，達成率為115%。",
                "環保局原訂今年汰換老舊機車2,500輛，截至上月已完成2,875輛，達成率為151%。",
                "NUM010", "2,875輛 ÷ 2,500輛 = 115%", verified="rate")


def test_the_plan_is_the_base_when_said_after_what_was_done():
    assert_pair("全县已改造农村公路820公里，年度计划为800公里，完成年度计划的102.5%。",
                "全县已改造农村公路820公里，年度计划为800公里，完成年度计划的97.6%。",
                "NUM010", "820公里 ÷ 800公里 = 102.5%", verified="rate")


def test_a_programme_named_a_plan_is_no_target():
    # (学校 in the programme are a part of all schools: the usual rate, no plan exceeded)
    text = "全县中小学共320所，已纳入午餐补助计划的学校304所，覆盖率达到95%。"
    assert findings(text) == []
    assert "rate" in verified_kinds(text)


def test_a_change_in_percent_after_its_amount():
    assert_pair("今年全县旅游收入38.4亿元，比去年的32亿元增加6.4亿元，增长20%。",
                "今年全县旅游收入38.4亿元，比去年的32亿元增加6.4亿元，增长16.7%。",
                "NUM007", "(38.4亿元 − 32亿元) ÷ 32亿元 = 20%", verified="change-amount")
    assert_pair("本市長照服務人數由1萬2,000人增至1萬5,000人，增加3,000人，成長25%。",
                "本市長照服務人數由1萬2,000人增至1萬5,000人，增加3,000人，成長20%。",
                "NUM007", "25%", verified="change-amount")


# Readings fixed after review 23 (60 fresh correct articles, 33,353 characters: 6 false alarms at
# 0f747e4, none after): the earlier state of a comparison is no part, count or total; the whole a
# share is of is no whole of the 其中 after it; 每个 + a noun counted elsewhere is not over another
# noun's count; a part of a breakdown is no total of an average over the whole's count; a count
# ending a 、 list is one item.

def test_the_earlier_state_of_a_comparison_is_no_part_of_a_share():
    text = "今年全市进出口总额达到820亿元，比上年的760亿元增长7.9%，占全省进出口总额4100亿元的20%。"
    assert findings(text) == []
    assert "share" in verified_kinds(text)


def test_the_earlier_state_of_a_comparison_is_no_count_of_an_average():
    assert_pair("今年投入使用的植保无人机达到3.2万架，较去年的2.4万架增加8000架，累计作业面积约9600万亩，平均每架作业约3000亩。",
                "今年投入使用的植保无人机达到3.2万架，较去年的2.4万架增加8000架，累计作业面积约9600万亩，平均每架作业约6000亩。",
                "NUM004", "3.2万架 × 每架约6000亩", verified="average")


def test_the_whole_of_a_share_is_no_whole_of_the_breakdown_after_it():
    assert_pair("全县60岁以上老人8.4万人，约占全县总人口52万人的16.2%，其中独居老人1.26万人，占15%。",
                "全县60岁以上老人8.4万人，约占全县总人口52万人的16.2%，其中独居老人1.26万人，占25%。",
                "NUM005", "1.26万人 ÷ 8.4万人 = 15%", verified="share")


def test_each_noun_counted_elsewhere_is_not_averaged_over_another_count():
    text = ("全市已建成社区养老服务中心320个。这些中心内共设置助餐点1.6万个，服务老人96万人，"
            "平均每个养老服务中心服务老人约3000人。")
    assert findings(text) == []


def test_an_average_over_the_whole_not_its_last_part():
    assert_pair("近三年全县共投入资金3.6亿元改造农贸市场24个，其中上级补助1.5亿元、县级自筹2.1亿元，平均每个市场1500万元。",
                "近三年全县共投入资金3.6亿元改造农贸市场24个，其中上级补助1.5亿元、县级自筹2.1亿元，平均每个市场1800万元。",
                "NUM004", "24个 × 每个1800万元", verified="average")


def test_a_count_ending_a_list_is_one_item():
    text = "今年查处的案件中，道路运输类1,260件、水路运输类340件，罚没金额合计4,800万元，平均每件约3万元。"
    assert findings(text) == []


# More of review 24's misses: 公共 and 总统 are no total words; a total before an average naming
# the measure of the average's verb (供水量 … 每公顷配水); a later point naming the measure of an
# earlier one again (去年平均失业率为…；今年前7个月平均失业率下降至…), a rate named as a level.

def test_a_public_programme_is_no_total_in_a_list():
    assert_pair("去年市里发放养老服务补贴3,200万元、公共文化惠民补贴1,800万元、助残补贴900万元，3项合计5,900万元。",
                "去年市里发放养老服务补贴3,200万元、公共文化惠民补贴1,800万元、助残补贴900万元，3项合计6,900万元。",
                "NUM003", "3,200万元 + 1,800万元 + 900万元 = 5,900万元", verified="running-total")


def test_a_total_naming_the_measure_of_the_averages_verb():
    assert_pair("本季灌区面积3萬公頃，計畫供水量1億8,000萬立方公尺，平均每公頃配水6,000立方公尺。",
                "本季灌區面積3萬公頃，計畫供水量1億8,000萬立方公尺，平均每公頃配水7,000立方公尺。",
                "NUM004", "3萬公頃 × 每公頃7,000立方公尺", verified=None)


def test_a_later_point_naming_the_same_measure_again():
    assert_pair("去年全县城镇登记失业率为3.2%；今年前三季度城镇登记失业率进一步下降至2.9%。",
                "去年全县城镇登记失业率为3.2%；今年前三季度城镇登记失业率进一步下降至3.4%。",
                "NUM006", "3.2% → 3.4%", verified="change-direction")
    # another place's measure is no later point of this one
    assert findings("去年全县粮食总产量为48万吨；今年全市粮食总产量下降到45万吨。") == []


# Review 25 (280 passages attacking the readings above): what it showed each must leave alone.

def test_an_average_per_a_thing_and_per_a_month_is_no_mean_of_the_span():
    for text in ("全区85个村级文化室全年共开展活动5,100场次，平均每个村级文化室每月开展活动5场次。",
                 "全市42个社区食堂全年共提供助餐服务61万人次，平均每个社区食堂每天提供助餐服务约40人次。"):
        assert findings(text) == [], text


def test_an_average_of_one_part_is_that_parts():
    text = "全县投入6,000万元改造农村危房300户，其中中央补助3,000万元、农户自筹3,000万元，平均每户自筹10万元。"
    assert findings(text) == []


def test_a_plan_raised_since_is_no_base():
    text = "原计划新建公共停车位2,000个，后调增至2,500个，目前已建成2,300个，完成调整后计划的92%。"
    assert findings(text) == []


def test_a_percent_against_another_time_is_not_the_amounts():
    text = "11月全市货运量为3.6亿吨，比10月的3.4亿吨增加0.2亿吨，同比增长4.1%。"
    assert findings(text) == []


def test_a_total_with_more_than_the_counted_or_of_another_period():
    for text in ("全县22个乡镇文化站全年开展活动2,640场次，连同村级文化室开展的活动，全县共开展活动9,500场次，平均每个乡镇文化站开展活动120场次。",
                 "全县18个便民服务中心2024年共办理事项30.6万件，今年一季度平均每个便民服务中心办理事项4,200件。",
                 "去年全市社区服务站共开展活动7.2万场次；今年上半年，全市150个社区服务站平均每个开展活动260场次。"):
        assert findings(text) == [], text


def test_an_average_of_the_earlier_time_takes_the_earlier_count():
    text = "今年前三季度全市新建商品房销售4.5万套，比去年同期的3.6万套增加9,000套；去年同期销售面积360万平方米，平均每套100平方米。"
    assert findings(text) == []


# Review 24 again: the rest of a survey's answers (另有…%未表示意見) makes them all the answers, and
# a degree between a negation and its answer (不太满意) still negates it; a share naming its whole
# (占营造林总面积的) in a sentence opening with the part takes the whole so named in the sentence
# before, never the joined whole of which it is a kind (进出口值 for 出口总值).

def test_answers_and_the_rest_make_a_hundred():
    assert_pair("民调显示，受访居民中表示很满意者占21.4%、比较满意者占51.2%、不太满意者占18.9%、很不满意者占3.3%，另有5.2%表示不清楚。",
                "民调显示，受访居民中表示很满意者占21.4%、比较满意者占56.2%、不太满意者占18.9%、很不满意者占3.3%，另有5.2%表示不清楚。",
                "NUM008", "105%", verified="percent-sum")


def test_a_share_naming_its_whole_in_the_sentence_before():
    assert_pair("去年全县完成植树造林面积12.5万亩，超额完成年度任务10万亩。其中，人工造林4.5万亩，占造林总面积的36%。",
                "去年全县完成植树造林面积12.5万亩，超额完成年度任务10万亩。其中，人工造林4.5万亩，占造林总面积的45%。",
                "NUM005", "4.5万亩 ÷ 12.5万亩 = 36%", verified="share")


def test_a_kind_is_not_named_by_the_joined_whole():
    text = "今年前三季度，全省货物贸易进出口值2.4万亿元，同比增长6%。其中，出口装备产品6200亿元，占出口总值的近一半。"
    assert findings(text) == []


# Review 27 (60 fresh correct articles, 23,689 characters: 5 false alarms at 0f747e4 and at 3a45792):
# a share word said once for a 、 list (假投资占38.2%、假网购21.6%…) covers every item; a second
# division of the whole (按性别区分) is not of the last part of the first (依胎次区分…第3胎以上…);
# the end of a change whose clause names another subject is not of the figure before; a sum's share
# (…，合计占…的2.6%) is no share of the last part, nor its whole a running total.

def test_a_share_word_said_once_for_a_list():
    assert_pair("从案件类型看，电信诈骗占41.5%、盗窃22.3%、伤害8.9%，其他类型占27.3%。",
                "从案件类型看，电信诈骗占41.5%、盗窃25.3%、伤害8.9%，其他类型占27.3%。",
                "NUM008", "103%", verified="percent-sum")


def test_a_second_division_is_of_the_whole():
    text = ("全年新增登记志愿者1万2,480人。依年龄区分，30岁以下6,210人，占49.8%；30至50岁4,160人；50岁以上2,110人；"
            "按性别区分，女性7,020人、男性5,460人。")
    assert findings(text) == []


def test_the_end_of_another_measures_change():
    text = "目前全县在校寄宿生有1万2,600人，县里将继续扩建宿舍，今年新增床位增加至1,800张，比去年增加300张。"
    assert findings(text) == []


def test_a_sums_share_is_no_share_of_its_last_part():
    text = "全县少数民族人口8.6万人，其中苗族4.1万人、侗族4.5万人，合计占全县总人口52万人的16.5%。"
    assert findings(text) == []


def test_the_rest_after_a_list_adds_to_it():
    # (review 26: 其余 names what is left, apart from the kinds listed, whatever it names)
    assert_pair("今年全县共回收农药包装废弃物86.5吨，其中塑料瓶32.4吨、玻璃瓶21.6吨，其余铝箔袋等包装32.5吨。",
                "今年全县共回收农药包装废弃物86.5吨，其中塑料瓶32.4吨、玻璃瓶21.6吨，其余铝箔袋等包装42.5吨。",
                "NUM001", "32.4吨 + 21.6吨 + 42.5吨 = 96.5吨", verified="parts")


def test_a_concentration_written_the_taiwan_way():
    # (review 26: 微克／立方公尺, the cubic metre of Taiwan copy and a full-width slash)
    assert_pair("本市細懸浮微粒年平均濃度由18.2微克／立方公尺降至15.6微克／立方公尺。",
                "本市細懸浮微粒年平均濃度由18.2微克／立方公尺升至15.6微克／立方公尺。",
                "NUM006", "18.2微克／立方公尺 → 15.6微克／立方公尺", verified="change-direction")


def test_the_earlier_state_named_after_the_figure_then_the_change():
    # (review 26: …件，去年同期為…件，降幅約12.7%: the figure now, the earlier one, then how it moved)
    assert_pair("今年全县办理不动产登记3.6万件，去年同期为3.2万件，增长12.5%。",
                "今年全县办理不动产登记3.6万件，去年同期为3.2万件，下降12.5%。",
                "NUM006", "3.2万件 → 3.6万件", verified="change-amount")
    assert_pair("今年全县办理不动产登记3.6万件，去年同期为3.2万件，增长12.5%。",
                "今年全县办理不动产登记3.6万件，去年同期为3.2万件，增长21.5%。",
                "NUM007", "(3.6万件 − 3.2万件) ÷ 3.2万件 = 12.5%", verified="change-amount")
    assert_pair("本年度受理陳情案件2,430件，去年同期為2,700件，降幅10%。",
                "本年度受理陳情案件2,430件，去年同期為2,700件，增幅10%。",
                "NUM006", "2,700件 → 2,430件", verified="change-direction")


# Review 29 (45 fresh correct articles, 18,106 characters: 4 false alarms at 0f747e4 and at 41dc1c9):
# a change said after a 、 list is the list's whole's; what was newly added (新增 + what) is no state
# to compare with a stock; 由A增加B with no 到/至 may give the amount; a share after a total of the
# list right before it is the total's.

def test_a_change_after_a_list_is_of_its_whole():
    text = "本届运动会共产生金牌986枚，其中竞技组702枚、群众组284枚，比上届的920枚增加66枚。"
    assert findings(text) == []


def test_an_addition_is_no_state_compared_with_a_stock():
    text = "截至年底，全县光伏累计装机达到86万千瓦；其中今年新增装机12万千瓦，较年初的74万千瓦增长16.2%。"
    assert findings(text) == []


def test_from_a_rising_by_an_amount():
    text = "全县光伏装机由去年底的74万千瓦增加12万千瓦，增长16.2%。"
    assert findings(text) == []


def test_a_share_after_the_lists_total():
    text = "全市法院共受理行政案件520件，其中三个基层法院最多，分别为86件、74件及52件，合计212件，占40.8%。"
    assert findings(text) == []


def test_a_daily_mean_over_months_of_one_year():
    # (review 26: 1至9月 has 273 or 274 days; a mean the average's own words set in one month is that month's)
    assert_pair("今年1至6月，全市12345热线共受理来电72.8万件，平均每天4000件。",
                "今年1至6月，全市12345热线共受理来电72.8万件，平均每天5000件。",
                "NUM004", "181至182天", verified="average")
    assert findings("今年1至8月全市新建商品住宅成交1.6万套，8月平均每天成交52套。") == []
