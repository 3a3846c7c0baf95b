"""Running totals and averages (issue 11): measure words the tally is counted in (站, 袋), a stock
reached after additions, totals named otherwise, averages read in any order. Sentences written for
these tests: correct copies verified, broken copies reported, near cases quiet."""
from __future__ import annotations

from num_helpers import assert_running_pair, findings, verified_calcs, verified_kinds

# --- 站 and 袋 are measure words: a tally counted in them is added up

def test_stations_of_a_network_are_counted():
    assert_running_pair("县里原有换电站40站，今年又新设15站，目前共有55站。",
                        "县里原有换电站40站，今年又新设15站，目前共有65站。", "40站 + 15站 = 55站")


def test_bags_of_blood_are_counted():
    assert_running_pair("献血车在东门采血120袋、西门95袋，合计215袋。",
                        "献血车在东门采血120袋、西门95袋，合计235袋。", "120袋 + 95袋 = 215袋")


def test_a_total_of_a_deed_the_list_names_not_is_another_thing():
    # the stations and ponds are what was inspected; the records are what the inspection made
    assert findings("片区内有泵站18站、蓄水池7座，总共完成巡检记录960个。") == []
    assert verified_calcs("片区内有泵站18站、蓄水池7座，总共完成巡检记录960个。") == []


def test_items_in_other_measure_words_still_join_a_general_total():
    assert_running_pair("镇上新修灌渠9条、泵站3站，共计12处水利设施。",
                        "镇上新修灌渠9条、泵站3站，共计15处水利设施。", "9条 + 3站 = 12处")


# --- a stock on the last day of an earlier month or week, then what was added, then the stock after

def test_a_stock_at_a_month_end_then_an_addition():
    assert_running_pair("会员人数3月底为8,420人，4月新增560人，累计8,980人。",
                        "会员人数3月底为8,420人，4月新增560人，累计9,180人。", "8,420人 + 560人 = 8,980人")


def test_a_stock_at_the_end_of_last_week():
    assert_running_pair("仓库存粮上周末为1.2万吨，本周又调入0.3万吨，目前共有1.5万吨。",
                        "仓库存粮上周末为1.2万吨，本周又调入0.3万吨，目前共有1.7万吨。", "1.2万吨 + 0.3万吨 = 1.5万吨")


def test_a_space_before_the_figure_after_leiji():
    assert_running_pair("借書證7月底為 5,200 張，8月新辦 640 張，累計 5,840 張。",
                        "借書證7月底為 5,200 張，8月新辦 640 張，累計 6,040 張。", "5,200 張 + 640 張 = 5,840張")


def test_a_month_end_with_no_addition_after_it_is_no_stock_of_a_sum():
    # 4月完成 is what April did, not an addition to the stock: 累计 may reach further back
    assert findings("会员人数3月底为8,420人，4月完成培训560人，累计培训8,000人。") == []


# --- an amount of an earlier period, then the same deed done again (又, 再), then its sum

def test_a_deed_done_again_is_summed_by_leiji_with_its_verb():
    assert_running_pair("车队上周运送饲料860吨，本周再运送540吨，累计运送1400吨。",
                        "车队上周运送饲料860吨，本周再运送540吨，累计运送1600吨。", "860吨 + 540吨 = 1400吨")


def test_a_deed_done_again_summed_by_leiji_after_mugqian():
    assert_running_pair("這項修繕去年完成 34 戶，今年再完成 21 戶，目前累計完成 55 戶。",
                        "這項修繕去年完成 34 戶，今年再完成 21 戶，目前累計完成 65 戶。", "34 戶 + 21 戶 = 55戶")


def test_a_stock_of_another_verb_after_the_deeds_is_quiet():
    # 累计建成 counts every station built so far, not only last year's and this year's new ones
    assert findings("前年新建充电站30座，今年再新建25座，累计建成充电站120座。") == []


def test_without_again_the_earlier_amount_is_no_start_of_the_tally():
    assert findings("车队上周运送饲料860吨，本周运送粮食540吨，累计运送3400吨。") == []


def test_without_an_earlier_period_the_amount_is_no_start_of_the_tally():
    assert findings("车队运送饲料860吨，随后再运送540吨，累计运送3400吨。") == []


# --- a total whose subject names the noun the items share: the whole they are parts of

def test_a_subject_naming_the_first_items_noun_totals_elided_kinds():
    assert_running_pair("这家连锁药店在城区有网点86家，乡镇34家，网点总数为120家。",
                        "这家连锁药店在城区有网点86家，乡镇34家，网点总数为110家。", "86家 + 34家 = 120家")


def test_the_whole_of_a_place_totals_items_each_with_its_subject():
    assert_running_pair("高一学生献血210袋，高二学生185袋，高三学生160袋，全校学生此次共献血555袋。",
                        "高一学生献血210袋，高二学生185袋，高三学生160袋，全校学生此次共献血505袋。",
                        "210袋 + 185袋 + 160袋 = 555袋")


def test_a_whole_larger_than_the_kinds_listed_is_quiet():
    # the kinds listed need not be every kind of the whole: only a sum above it is wrong
    assert findings("这家连锁药店在城区有网点86家，乡镇34家，网点总数为150家。") == []


def test_a_stock_subject_is_no_whole_of_the_list():
    assert findings("这家连锁药店今年在城区新开网点86家，乡镇34家，现有网点总数为110家。") == []


def test_gongyou_of_another_deed_is_no_total():
    # 共有 here is "shared" (a shared wall), not "in all"
    assert findings("甲栋外墙渗漏41处，乙栋外墙渗漏12处，全楼外墙共有墙面开裂9处。") == []


# --- averages: the time a sentence is set in before 户均/人均 is no second unit of the average

def test_this_years_average_per_household_times_the_households():
    good = "全乡870户果农今年户均增收4500元，合计增收391.5万元。"
    bad = "全乡870户果农今年户均增收4500元，合计增收351.5万元。"
    assert findings(good) == [] and "average" in verified_kinds(good)
    assert [r for r, _ in findings(bad)] == ["NUM004"]


def test_an_average_per_year_is_still_no_average_of_the_total():
    # 年人均: per person and per year; the total of a span of years is another figure
    assert findings("全村600人三年来年人均增收2000元，合计增收360万元。") == []


# --- an average naming nothing, or only a handing out or a charging, totalled in the next clause

def test_a_charge_per_head_totalled_by_a_subject_and_gongji():
    good = "報名的 240 名學員，每人繳費 1,500 元，學費收入共計新臺幣 36 萬元。"
    bad = "報名的 240 名學員，每人繳費 1,500 元，學費收入共計新臺幣 46 萬元。"
    assert findings(good) == [] and "average" in verified_kinds(good)
    assert [r for r, _ in findings(bad)] == ["NUM004"]


def test_a_bare_amount_per_head_totalled_by_zong_and_a_cost_noun():
    good = "本次慰問對象共 2,400 人，每人 600 元，總經費 144 萬元。"
    bad = "本次慰問對象共 2,400 人，每人 600 元，總經費 164 萬元。"
    assert findings(good) == [] and "average" in verified_kinds(good)
    assert [r for r, _ in findings(bad)] == ["NUM004"]


def test_a_total_of_another_thing_two_clauses_on_is_not_read():
    # the total is a clause further on, after another deed: not the average's
    assert findings("本次慰問對象共 2,400 人，每人 600 元，另辦理講座三場，總經費 300 萬元。") == []


# --- the periods of a total: weeks written 週, and a span of months given one by one (分别为)

def test_weeks_written_zhou_traditional_are_periods():
    assert_running_pair("書展首週入場 3萬1,200 人次，第二週 2萬6,500 人次，兩週累計 5萬7,700 人次。",
                        "書展首週入場 3萬1,200 人次，第二週 2萬6,500 人次，兩週累計 6萬7,700 人次。",
                        "3萬1,200 人次 + 2萬6,500 人次 = 5萬7,700人次")


def test_a_span_of_months_given_one_by_one_is_summed_by_its_count():
    assert_running_pair("该机场5月至7月的旅客吞吐量分别为62万、71万和80万人次，这三个月累计213万人次。",
                        "该机场5月至7月的旅客吞吐量分别为62万、71万和80万人次，这三个月累计233万人次。",
                        "62万 + 71万 + 80万人次 = 213万人次")


def test_a_span_of_months_with_fewer_figures_is_not_read():
    # three months, two figures: not one figure a month, and 累计 counts the span
    assert findings("该机场5月至7月的旅客吞吐量分别为62万和71万人次，这三个月累计300万人次。") == []


# --- a total so far this year, the next period, and the total so far after it

def test_months_so_far_and_the_next_month_make_the_longer_span():
    assert_running_pair("1至5月，全市新登记企业8,600户；6月新登记1,900户，1至6月累计10,500户。",
                        "1至5月，全市新登记企业8,600户；6月新登记1,900户，1至6月累计11,500户。",
                        "8,600户 + 1,900户 = 10,500户")


def test_the_first_quarters_and_the_next_quarter():
    assert_running_pair("前两季度全县引进项目46个，第三季度引进19个，前三季度累计65个。",
                        "前两季度全县引进项目46个，第三季度引进19个，前三季度累计75个。",
                        "46个 + 19个 = 65个")


def test_a_month_that_does_not_follow_the_span_is_quiet():
    # 1至5月 and then 8月: the months between are missing, 1至8月 holds more than the two
    assert findings("1至5月，全市新登记企业8,600户；8月新登记1,900户，1至8月累计14,000户。") == []


# --- 总 + the name of the measure the list counts in (总参与人次, 总金额) sums the list

def test_zong_with_the_lists_measure_sums_it():
    assert_running_pair("北場 1,240 人次、南場 1,560 人次、東場 980 人次，講座總聽講人次達 3,780 人次。",
                        "北場 1,240 人次、南場 1,560 人次、東場 980 人次，講座總聽講人次達 2,780 人次。",
                        "1,240 人次 + 1,560 人次 + 980 人次 = 3,780人次")


def test_zong_with_another_measure_is_quiet():
    # 总人数 counts people, the list counts visits (人次): another figure
    assert findings("北場 1,240 人次、南場 1,560 人次、東場 980 人次，講座總聽講人數達 2,100 人。") == []


def test_zong_after_a_whole_of_its_own_is_quiet():
    # 累計 makes it a stock of every day so far, not the sum of today's venues
    assert findings("今日北場 1,240 人次、南場 1,560 人次，累計總參觀人次達 2,000 人次。") == []


# --- an average per a unit of area (每公顷), the area counted in it

def test_a_yield_per_hectare_times_the_hectares():
    good = "今年全县种植小麦 2萬4,000 公頃，總產量 14萬4,000 公噸，平均每公頃 6 公噸。"
    bad = "今年全县种植小麦 2萬4,000 公頃，總產量 14萬4,000 公噸，平均每公頃 5 公噸。"
    assert findings(good) == [] and "average" in verified_kinds(good)
    assert [r for r, _ in findings(bad)] == ["NUM004"]


def test_a_price_per_area_restated_with_a_slash_is_no_total():
    # 36,000元／平方公尺 restates the price per unit in another unit: an average, not a total
    assert findings("該地面積共約500坪(1,650平方公尺)，標售底價為每坪約11.9萬元(36,000元／㎡)起，2筆均由甲公司"
                    "標得，其中1筆以4萬元／㎡得標。") == []


def test_a_balance_at_the_start_of_the_year_then_its_net_growth():
    assert_running_pair("这家农商行涉农贷款余额年初为236亿元，今年以来净增31亿元，目前余额达到267亿元。",
                        "这家农商行涉农贷款余额年初为236亿元，今年以来净增31亿元，目前余额达到287亿元。",
                        "236亿元 + 31亿元 = 267亿元")


# --- the group a list's winners make (得奖者) totals them

def test_winners_of_the_prizes_listed_total_them():
    assert_running_pair("评委会评出金奖2名、银奖4名、铜奖7名、优秀奖12名，得奖者共计25名。",
                        "评委会评出金奖2名、银奖4名、铜奖7名、优秀奖12名，得奖者共计35名。",
                        "2名 + 4名 + 7名 + 12名 = 25名")


def test_those_who_took_part_are_not_the_winners():
    assert findings("评委会评出金奖2名、银奖4名、铜奖7名、优秀奖12名，参赛者共计180名。") == []
