"""Running totals that accrue over time (relations/to_date.py): a figure to a date, what the
periods after it added, and the figure to a later date. The periods must chain (1至5月 + 6月 =
1至6月; 前三季度 + 四季度 = 全年; 上午 + 下午 = 全天; 首周 + 第二周 = 两周); where they are not
all named, the earlier figure is a total to its date (已, 累计, 年初, 8月底) and each addition says
it adds (再, 又, 净增). Sentences written for these tests."""
from __future__ import annotations

from num_helpers import assert_pair, findings, relations


def _accrued(good, bad, arith):
    assert_pair(good, bad, "NUM003", arith, "running-total")


# a span of months from the start of the year, the month after it, the longer span

def test_months_to_date_and_the_month_after():
    _accrued("今年1至5月，这家物流园区累计发送包裹860万件；6月发送210万件，1至6月累计发送1070万件。",
             "今年1至5月，这家物流园区累计发送包裹860万件；6月发送210万件，1至6月累计发送1170万件。",
             "860万件 + 210万件 = 1070万件")


def test_units_of_one_family_with_other_multipliers():
    _accrued("1至8月，这个码头完成货物吞吐量2.35亿吨；9月完成3100万吨，1至9月累计达2.66亿吨。",
             "1至8月，这个码头完成货物吞吐量2.35亿吨；9月完成3100万吨，1至9月累计达2.76亿吨。",
             "2.35亿吨 + 3100万吨 = 2.66亿吨")


def test_three_quarters_and_the_fourth_make_the_year():
    _accrued("前三季度，全县新登记个体工商户6200户，四季度新登记1900户，全年新登记8100户。",
             "前三季度，全县新登记个体工商户6200户，四季度新登记1900户，全年新登记8300户。",
             "6200户 + 1900户 = 8100户")


def test_first_quarters_counted_in_taiwan_copy():
    _accrued("本縣前 2 季農產品外銷 3,150 公噸，第 3 季外銷 1,240 公噸，前 3 季累計 4,390 公噸。",
             "本縣前 2 季農產品外銷 3,150 公噸，第 3 季外銷 1,240 公噸，前 3 季累計 4,930 公噸。",
             "3,150 公噸 + 1,240 公噸")


def test_first_months_then_a_count_of_months():
    _accrued("1月到3月，这个边检站查验出入境旅客5.2万人次，4月查验1.7万人次，前4个月累计6.9万人次。",
             "1月到3月，这个边检站查验出入境旅客5.2万人次，4月查验1.7万人次，前4个月累计7.9万人次。",
             "5.2万人次 + 1.7万人次 = 6.9万人次")


# the parts of a day, numbered weeks

def test_morning_and_afternoon_make_the_whole_day():
    _accrued("义诊活动上午接诊群众410人次，下午又接诊360人次，全天累计接诊770人次。",
             "义诊活动上午接诊群众410人次，下午又接诊360人次，全天累计接诊870人次。",
             "410人次 + 360人次 = 770人次")


def test_first_week_and_second_week_make_two_weeks():
    _accrued("這檔特展開幕首週吸引 1萬2,600 人次，第二週 9,800 人次，兩週累計 2萬2,400 人次。",
             "這檔特展開幕首週吸引 1萬2,600 人次，第二週 9,800 人次，兩週累計 2萬4,200 人次。",
             "1萬2,600 人次 + 9,800 人次")


# a total to a date, additions that say they add, a total now

def test_last_week_so_far_and_this_week_again():
    _accrued("上周，抢修队已清运淤泥1800立方米，本周再清运1300立方米，累计清运3100立方米。",
             "上周，抢修队已清运淤泥1800立方米，本周再清运1300立方米，累计清运3500立方米。",
             "1800立方米 + 1300立方米 = 3100立方米")


def test_a_balance_at_the_start_of_the_year_and_its_net_increase():
    _accrued("这家农商行涉农贷款余额年初为260亿元，今年以来净增38亿元，目前余额达到298亿元。",
             "这家农商行涉农贷款余额年初为260亿元，今年以来净增38亿元，目前余额达到289亿元。",
             "260亿元 + 38亿元 = 298亿元")


def test_a_stock_at_the_end_of_a_month_and_the_next_month():
    _accrued("全市电子社保卡签发量8月底为46.2万张，9月新增3.8万张，累计50万张。",
             "全市电子社保卡签发量8月底为46.2万张，9月新增3.8万张，累计52万张。",
             "46.2万张 + 3.8万张 = 50万张")


def test_two_totals_accrued_with_a_holiday_between():
    _accrued("春节前，古镇累计接待游客已达到45万人次，春节假期接待了12万人次，累计达到57万人次。",
             "春节前，古镇累计接待游客已达到45万人次，春节假期接待了12万人次，累计达到75万人次。",
             "45万人次 + 12万人次 = 57万人次")


def test_the_first_days_and_one_more_day_again():
    _accrued("本届展会前两天现场成交额为8.6亿元，最后一天又成交3.1亿元，成交总额累计达到11.7亿元。",
             "本届展会前两天现场成交额为8.6亿元，最后一天又成交3.1亿元，成交总额累计达到12.7亿元。",
             "8.6亿元 + 3.1亿元 = 11.7亿元")


def test_years_in_sequence_each_added_again_in_chinese_numerals():
    _accrued("这个镇前年修建村级公路十五公里，去年又修了九公里，今年再修十二公里，现在一共修了三十六公里。",
             "这个镇前年修建村级公路十五公里，去年又修了九公里，今年再修十二公里，现在一共修了四十六公里。",
             "十五公里 + 九公里 + 十二公里")


# look-alikes that are no such relation: quiet

def test_a_month_left_out_chains_nothing():
    # 1至7月 + 9月 is not 1至9月: August is not said
    text = "今年1至7月，该港完成集装箱吞吐量95万标箱；9月完成16万标箱，1至9月累计完成128万标箱。"
    assert findings(text) == []
    assert not [r for r in relations(text, "running-total")]


def test_the_later_total_of_another_thing():
    assert findings("1至5月，全市房地产开发投资180亿元；6月投资42亿元，1至6月商品房销售额累计达260亿元。") == []


def test_a_change_in_percent_adds_nothing():
    assert findings("今年1至8月，全区规上工业产值达到410亿元，9月增长6.5%，1至9月累计达到470亿元。") == []


def test_loans_issued_are_no_change_of_the_balance():
    assert findings("这家银行个人住房贷款余额年初为150亿元，今年以来发放贷款40亿元，目前余额达到172亿元。") == []


def test_years_in_sequence_with_no_again_may_start_from_more():
    # with no 又/再 the first year is not said to be where the count began
    assert findings("这个村前年建起温室大棚十二座，去年建了八座，今年建了十一座，现在一共有四十座。") == []


def test_a_month_of_its_own_is_no_span_to_date():
    assert findings("1至4月，全县发放惠农补贴1.2亿元；5月发放0.4亿元，6月累计发放0.9亿元。") == []


def test_two_months_added_one_after_the_other():
    _accrued("1至9月，这个县签约招商项目42个，10月签约9个，11月签约6个，1至11月累计签约57个。",
             "1至9月，这个县签约招商项目42个，10月签约9个，11月签约6个，1至11月累计签约67个。",
             "42个 + 9个 + 6个 = 57个")


def test_an_average_of_the_months_is_no_total_to_date():
    assert findings("1至9月，这座古城月均接待游客20万人次，10月接待35万人次，1至10月累计接待200万人次。") == []


def test_a_peak_between_two_totals_adds_nothing():
    assert findings("截至目前，全省累计完成核酸采样3.2亿人次，单日采样量最高达到500万人次，累计采样3.3亿人次。") == []


def test_a_part_between_two_totals_adds_nothing():
    assert findings("截至上月底，全市累计接待游客82万人次，外地游客29万人次，累计接待120万人次。") == []


def test_a_series_of_years_counted_from_an_earlier_sentence():
    # the work began the year before the series: the total now counts that year too
    assert findings("这项改造工程前年启动，当年完成10座。去年完成12座，今年再完成11座，目前累计完成33座。") == []


# a level to a date, its rise since the day (week, month) before, and that earlier level named after it

def test_a_level_its_rise_since_the_day_before_and_that_day_named_after():
    assert_pair("截至昨天，马拉松赛报名人数达到4.62万人，比前一天增加2600人，前一天为4.36万人。",
                "截至昨天，马拉松赛报名人数达到4.62万人，比前一天增加3600人，前一天为4.36万人。",
                "NUM007", "4.62万人 − 4.36万人 = 2600人", "change-amount")


def test_the_end_of_last_month_named_after_the_rise():
    assert_pair("到本月末，这个小区充电桩达到318个，比上月增加46个，上月底为272个。",
                "到本月末，这个小区充电桩达到318个，比上月增加64个，上月底为272个。",
                "NUM007", "318个 − 272个 = 46个", "change-amount")


def test_the_day_before_doing_something_else_is_no_earlier_level():
    assert findings("截至昨天，马拉松赛报名人数达到4.62万人，比前一天增加2600人，前一天新增志愿者3600人。") == []


# periods listed one by one for the figures of one clause (分别)

def test_two_months_listed_for_two_figures_after_half_a_year():
    _accrued("上半年，全县累计受理医保报销3.8万笔；7月和8月又分别受理0.7万笔和0.9万笔，截至8月底累计5.4万笔。",
             "上半年，全县累计受理医保报销3.8万笔；7月和8月又分别受理0.7万笔和0.9万笔，截至8月底累计6.4万笔。",
             "3.8万笔 + 0.7万笔 + 0.9万笔 = 5.4万笔")


def test_months_listed_after_a_gap_chain_nothing():
    # 上半年 + 8月 + 9月 leaves July out
    assert findings("上半年，全县累计受理医保报销3.8万笔；8月和9月又分别受理0.7万笔和0.9万笔，截至9月底累计6.4万笔。") == []


def test_bags_of_blood_are_counted():
    # 袋 is a measure word of its own (rules/data/units.tsv): 上午 + 下午 = 全天
    _accrued("街头献血点上午采集血液 186 袋，下午再采集 205 袋，全天累计 391 袋。",
             "街头献血点上午采集血液 186 袋，下午再采集 205 袋，全天累计 381 袋。",
             "186 袋 + 205 袋")



def test_levels_of_the_day_parts_add_nothing():
    # the stock in the morning and in the afternoon, then the stock now: levels, not flows
    assert findings("这个粮站上午库存粮食285吨，下午库存291吨，现有库存293吨。") == []


def test_a_stock_said_to_grow_again_in_the_afternoon_adds():
    _accrued("这个粮站上午已入库粮食285吨，下午又入库91吨，目前入库总量达到376吨。",
             "这个粮站上午已入库粮食285吨，下午又入库91吨，目前入库总量达到386吨。",
             "285吨 + 91吨 = 376吨")


def test_a_total_to_the_end_of_a_month_then_the_next_month():
    _accrued("截至6月底，全区累计建成口袋公园46个，7月新建5个，累计建成51个。",
             "截至6月底，全区累计建成口袋公园46个，7月新建5个，累计建成56个。",
             "46个 + 5个 = 51个")
    # (a month left out: July is not said)
    assert findings("截至6月底，全区累计建成口袋公园46个，8月新建5个，截至8月底累计建成56个。") == []


def test_balances_at_the_ends_of_quarters_are_no_parts_of_the_half_year():
    # the balance at the end of each quarter is a stock, not the flow of the quarter
    assert findings("一季度末，全市存款余额3.1万亿元，二季度末为3.3万亿元，上半年累计新增存款0.4万亿元。") == []


def test_flows_of_the_quarters_still_make_the_half_year():
    _accrued("一季度，全市新增存款0.15万亿元，二季度新增0.25万亿元，上半年累计新增0.4万亿元。",
             "一季度，全市新增存款0.15万亿元，二季度新增0.25万亿元，上半年累计新增0.5万亿元。",
             "0.15万亿元 + 0.25万亿元")


def test_a_sum_of_additions_after_a_stock_is_no_stock():
    # 累计新增 adds up the additions; the stock 原有 is not in it
    assert findings("这个街道原有社区食堂12家，今年上半年新增3家，下半年新增4家，累计新增7家。") == []


def test_a_total_over_all_the_years_reaches_beyond_the_two_named():
    assert findings("区里去年发放助残补贴260万元，今年再发放310万元，历年累计发放3,900万元。") == []


# a level now, its change over this period, and the level at the end of the period before

def test_a_level_its_rise_this_week_and_last_weekend_named_after():
    assert_pair("截至目前，这座电视塔已建到238米，这周又升高了14米，上周末为224米。",
                "截至目前，这座电视塔已建到238米，这周又升高了24米，上周末为224米。",
                "NUM007", "238米 − 224米 = 14米", "change-amount")


def test_the_end_of_another_period_is_no_start_of_this_one():
    # 上月底 is not where this week's rise began
    assert findings("截至目前，这座电视塔已建到238米，这周又升高了24米，上月底为224米。") == []
