"""Four concepts from a blind tuning set's misses, each tested with sentences written here:
figures listed with 、 before the one that carries their unit; 平均每 + a measure word as an
average's cue, with the count it names further back; a colon or a clause saying by what a whole
is divided, before a list of parallel kinds that makes up the whole."""
from __future__ import annotations

from num_helpers import ANY, assert_pair, assert_running_pair, findings, relations

from checker.analysis.quantities import quantities
from checker.document import Document


def _figures(text):
    return [(q.text, q.family) for q in quantities(Document("<t>", text))]


# -- figures listed before the one that carries their unit ----------------------------------------

def test_listed_figures_take_the_unit_of_the_last():
    assert_running_pair("三家合作社分别收购鲜茶120、85、60吨，合计265吨。",
                        "三家合作社分别收购鲜茶120、85、60吨，合计295吨。", "120 + 85 + 60吨 = 265吨")


def test_listed_figures_with_thousands_separators_in_spaced_copy():
    assert_running_pair("本府三場說明會分別吸引 1,240、980、1,105 位民眾參加，共 3,325 位。",
                        "本府三場說明會分別吸引 1,240、980、1,105 位民眾參加，共 4,325 位。",
                        "1,240 + 980 + 1,105 位 = 3,325位")


def test_listed_figures_share_the_multiplier_of_the_last():
    found = findings("两个园区分别引进投资3.5、2.1亿元，合计6.6亿元。")
    assert [r for r, _ in found] == ["NUM003"] and "3.5 + 2.1亿元 = 5.6亿元" in found[0][1]


def test_two_neighbouring_digits_say_three_or_four():
    assert ("3", "count:次") not in _figures("每月开展3、4次巡查。")
    assert ("5", "people") not in _figures("每场活动约有5、6,000人到场。")


def test_listed_months_ages_and_ordinals_take_no_unit():
    assert [f for f, _ in _figures("1、2月份全区接待游客12万人次。")] == ["12万人次"]
    assert [f for f, _ in _figures("招收8、9岁的儿童40名。")] == ["9岁", "40名"]
    assert [f for f, _ in _figures("获得第2、3名的队伍各奖励5000元。")] == ["3名", "5000元"]


# -- 平均每 + a measure word ------------------------------------------------------------------------

def test_an_average_per_item_after_its_total():
    assert_pair("全县今年开设夜校班24个，累计培训村民1,680人次，平均每个班70人次。",
                "全县今年开设夜校班24个，累计培训村民1,680人次，平均每个班90人次。",
                "NUM004", "24个 × 每个90人次 = 2,160人次", verified="average")


def test_an_average_per_item_in_traditional_copy_shows_its_own_script():
    found = findings("市府今年推動 12 項道路工程，總經費 6 億元，平均每項 8,000 萬元。")
    assert [r for r, _ in found] == ["NUM004"] and "= 9.6億元" in found[0][1]


def test_every_district_names_the_count_further_back():
    assert_pair("全市 18 個行政區今年共增設親子館 54 處，平均每區 3 處。",
                "全市 18 個行政區今年共增設親子館 54 處，平均每區 5 處。",
                "NUM004", "18 個 × 每區5 處 = 90處", verified="average")


def test_every_thing_no_count_names_is_read_as_before():
    # 每场 names no count of the sentence: nothing to multiply
    assert findings("全市共举办招聘会36场，提供岗位2.4万个，平均每家企业提供岗位8个。") == []


# -- a colon, or the measure a whole is divided by, before its parts ------------------------------

def test_parts_after_a_colon_make_up_the_whole():
    assert_pair("该校今年共录取新生980人：东校区420人，西校区310人，南校区250人。",
                "该校今年共录取新生980人：东校区420人，西校区410人，南校区250人。",
                "NUM001", "420人 + 410人 + 250人 = 1080人", verified=ANY)


def test_parts_after_the_measure_of_division_make_up_the_whole():
    assert_pair("全区现有托育机构126家，按性质分，公办的38家，民办的88家。",
                "全区现有托育机构126家，按性质分，公办的38家，民办的58家。",
                "NUM002", "38家 + 58家 = 96家", verified=ANY)


def test_kinds_of_two_dimensions_after_a_colon_are_not_added():
    # sex and age: a woman may be over sixty
    assert findings("该支部现有党员52人：女党员19人，老党员36人。") == []
    assert not [r for r in relations("该支部现有党员52人：女党员19人，老党员36人。") if r.kind.startswith("parts")]


def test_a_colon_before_a_list_that_does_not_end_the_sentence_adds_nothing():
    assert findings("全镇今年种植蔬菜3.2万亩：春季1.1万亩，夏季2.6万亩，比去年增加一成。") == []


# -- running totals over a series of periods ---------------------------------------------------

def test_months_summed_by_their_quarter():
    assert_running_pair("该站1月发送旅客3.1万人次，2月4.6万人次，3月2.8万人次，一季度共发送10.5万人次。",
                        "该站1月发送旅客3.1万人次，2月4.6万人次，3月2.8万人次，一季度共发送12.5万人次。",
                        "3.1万人次 + 4.6万人次 + 2.8万人次 = 10.5万人次")


def test_quarters_summed_by_the_first_three():
    assert_running_pair("二〇二五年一季度，全区新增市场主体420户，二季度新增515户，三季度新增388户，前三季度累计新增1323户。",
                        "二〇二五年一季度，全区新增市场主体420户，二季度新增515户，三季度新增388户，前三季度累计新增1423户。",
                        "420户 + 515户 + 388户 = 1323户")


def test_a_quarter_before_its_siblings_is_no_whole_of_them():
    # the first quarter's count is a kind of the quarters after it, not their total
    assert not [r for r in relations("今年一季度，全区新增市场主体420户，二季度新增515户，三季度新增388户。")
                if r.kind.startswith("parts")]


def test_the_first_year_in_a_clause_of_its_own():
    assert_running_pair("2021年，这个乡修建机耕路14公里；2022年修建19公里；2023年修建23公里，三年累计修建56公里。",
                        "2021年，这个乡修建机耕路14公里；2022年修建19公里；2023年修建23公里，三年累计修建66公里。",
                        "14公里 + 19公里 + 23公里 = 56公里")


def test_years_named_relative_to_now():
    assert_running_pair("这家合作社去年分红86万元，前年72万元，大前年65万元，三年分红累计223万元。",
                        "这家合作社去年分红86万元，前年72万元，大前年65万元，三年分红累计253万元。",
                        "86万元 + 72万元 + 65万元 = 223万元")


def test_months_summed_by_the_span_they_make():
    assert_running_pair("文化局統計，一月參觀 2.3 萬人次，二月 4.1 萬人次，寒假兩個月累計 6.4 萬人次。",
                        "文化局統計，一月參觀 2.3 萬人次，二月 4.1 萬人次，寒假兩個月累計 8.4 萬人次。",
                        "2.3 萬人次 + 4.1 萬人次 = 6.4萬人次")



# -- a target reached ----------------------------------------------------------------------------

def test_a_target_reached_is_a_rate_of_two_counts():
    assert_pair("市府今年目標培訓 480 名長照人員，目前已培訓 432 名，達成率 90%。",
                "市府今年目標培訓 480 名長照人員，目前已培訓 432 名，達成率 60%。",
                "NUM010", "432 名 ÷ 480 名 = 90%", verified="rate")


# -- an average per unit of time over a span stated as a length ----------------------------------

def test_an_average_per_day_over_a_stated_number_of_days():
    assert_pair("春节假期8天，全县景区共接待游客96万人次，日均12万人次。",
                "春节假期8天，全县景区共接待游客96万人次，日均15万人次。",
                "NUM004", "8天 × 每日15万人次 = 120万人次", verified="average")


def test_an_average_per_month_over_months_in_spaced_copy():
    assert_pair("社福專線開通 8 個月來，共受理 6,400 件陳情，平均每月 800 件。",
                "社福專線開通 8 個月來，共受理 6,400 件陳情，平均每月 1,100 件。",
                "NUM004", "8 個月 × 每月1,100 件 = 8,800件", verified="average")


def test_an_average_is_a_rounded_figure():
    # 1000 ÷ 7 = 142.857…: 143 is right
    assert findings("活动周持续7天，累计接待市民1000人次，日均143人次。") == []


def test_a_recurring_length_is_no_span():
    assert findings("每7天巡查一次，全年巡查河道5200公里，日均14公里。") == []


# -- averages: rounded, per one counted thing, totals named otherwise ----------------------------

def test_an_average_that_does_not_divide_evenly_is_rounded():
    # 1000 ÷ 7 = 142.86: 143 is right, 243 is not
    assert findings("全镇为7户受灾家庭发放慰问金1000元，户均143元。") == []
    found = findings("全镇为7户受灾家庭发放慰问金1000元，户均243元。")
    assert [r for r, _ in found] == ["NUM004"] and "7户 × 户均243元 = 1701元" in found[0][1]


def test_an_average_per_one_of_the_counted_things():
    assert_pair("新建的5座停车楼总投资6000万元，单座造价平均1200万元。",
                "新建的5座停车楼总投资6000万元，单座造价平均1500万元。",
                "NUM004", "5座 × 单座1500万元 = 7500万元", verified="average")


def test_a_total_said_with_a_verb_and_its_object():
    assert_pair("该队本赛季共打了20场比赛，一共进了46个球，场均进球2.3个。",
                "该队本赛季共打了20场比赛，一共进了46个球，场均进球3.3个。",
                "NUM004", "20场 × 场均3.3个 = 66个", verified="average")


def test_a_total_after_the_average_said_with_you():
    assert_pair("参加集训的16支队伍平均每队12人，共有192名队员。",
                "参加集训的16支队伍平均每队12人，共有292名队员。",
                "NUM004", "16支 × 每队12人 = 192名", verified="average")


def test_a_total_named_by_zong_before_an_average_of_a_handing_out():
    assert_pair("本次補助 24 所國小更新校車，總經費新臺幣 4,800 萬元，每校平均獲得 200 萬元。",
                "本次補助 24 所國小更新校車，總經費新臺幣 4,800 萬元，每校平均獲得 300 萬元。",
                "NUM004", "24 所 × 每校300 萬元 = 7,200萬元", verified="average")


def test_single_words_that_hold_dan_are_no_average():
    assert findings("该单位共有职工120人，单位平均工资8000元。") == []


def test_an_average_naming_only_a_handing_out_after_a_total_handed_out():
    assert_pair("这批助学金共发放360万元，惠及1.2万名学生，每人可领300元。",
                "这批助学金共发放360万元，惠及1.2万名学生，每人可领500元。",
                "NUM004", "1.2万名 × 每人500元 = 600万元", verified="average")


def test_an_average_written_with_a_slash():
    assert_pair("参加夏令营的学生共有60名，总费用9万元，平均1500元/人。",
                "参加夏令营的学生共有60名，总费用9万元，平均2500元/人。",
                "NUM004", "60名 × 每人2500元 = 15万元", verified="average")


def test_a_slash_that_is_no_average():
    # a price per unit is no share of a total
    assert findings("今年收购价平均3.2元/斤，全县收购玉米8600吨。") == []


# -- running totals: 计 after the list, items per a unit of time ----------------------------------

def test_ji_after_the_list_is_its_total():
    assert_running_pair("衛生局上月稽查飲料店 84 家、早餐店 57 家、小吃攤 39 家，計 180 家。",
                        "衛生局上月稽查飲料店 84 家、早餐店 57 家、小吃攤 39 家，計 280 家。",
                        "84 家 + 57 家 + 39 家 = 180家")


def test_words_ending_in_ji_are_no_total():
    assert findings("全县预计投入资金3000万元，计划新建道路12公里、桥梁3座，预计明年完工。") == []


def test_items_per_day_under_a_total_per_day():
    assert_running_pair("东站日均发送旅客3.2万人次；西站日均发送2.5万人次；两站日均合计5.7万人次。",
                        "东站日均发送旅客3.2万人次；西站日均发送2.5万人次；两站日均合计6.7万人次。",
                        "3.2万人次 + 2.5万人次 = 5.7万人次")


def test_kinds_of_unequal_names_after_a_colon():
    assert_pair("本届农博会成交额达36亿元：粮油类12亿元、果蔬类15亿元、畜禽水产类9亿元。",
                "本届农博会成交额达36亿元：粮油类12亿元、果蔬类25亿元、畜禽水产类9亿元。",
                "NUM001", "12亿元 + 25亿元 + 9亿元 = 46亿元", verified=ANY)


# -- shares of kinds in one form, of a whole framed at the head of the sentence ------------------

def test_shares_of_parallel_kinds_of_a_framed_whole_cover_at_most_all_of_it():
    assert findings("本縣公有停車格中，汽車格占 58%、機車格占 39%、身障專用格占 3%。") == []
    found = findings("本縣公有停車格中，汽車格占 68%、機車格占 39%、身障專用格占 3%。")
    assert [r for r, _ in found] == ["NUM008"] and "68% + 39% + 3% = 110%" in found[0][1]


def test_shares_of_kinds_of_two_dimensions_are_not_added():
    # sex and age: a woman may be young
    assert findings("本次调查的受访者中，女性受访者占56%，青年受访者占62%。") == []


# -- a figure that is itself a part is no whole of the clauses after it ---------------------------

def test_a_share_held_is_no_whole_of_the_shares_after_it():
    assert findings("全县去年发放救灾帐篷3600顶，甲镇占1500顶，乙镇占1200顶，其余900顶发往丙镇。") == []


def test_the_first_piece_of_a_framed_breakdown_is_no_whole():
    assert findings("本次評鑑的 60 家民宿當中，優等 22 家，甲等 26 家，其餘 12 家為乙等。") == []


def test_a_part_and_the_rest_still_make_the_whole():
    found = findings("县里查处违规案件186件，已结案132件，其余64件仍在办理。")
    assert [r for r, _ in found] == ["NUM001"] and "132件 + 64件 = 196件" in found[0][1]


# -- an average before its count and total ---------------------------------------------------------

def test_count_and_total_in_the_clause_after_the_average():
    assert_pair("平均每个村配备护林员4名，全镇26个村共配备护林员104名。",
                "平均每个村配备护林员4名，全镇26个村共配备护林员134名。",
                "NUM004", "26个 × 每个4名 = 104名", verified="average")


def test_a_price_per_person_with_a_slash_and_the_count_after():
    assert_pair("本次夏令营收费标准为2400元/人，报名的35名学生共需8.4万元。",
                "本次夏令营收费标准为2400元/人，报名的55名学生共需8.4万元。",
                "NUM004", "55名 × 每人2400元 = 13.2万元", verified="average")


def test_a_count_clause_between_an_average_and_its_total():
    assert_pair("市府今年補助長者助聽器，平均每人補助 2 萬元，共補助 450 人，總額新臺幣 900 萬元。",
                "市府今年補助長者助聽器，平均每人補助 2 萬元，共補助 450 人，總額新臺幣 1,200 萬元。",
                "NUM004", "450 人 × 平均每人2 萬元 = 900萬元", verified="average")


def test_quarters_named_di_yi_ji_in_taiwan_copy():
    assert_running_pair("本年度清潔隊清運大型廢棄物，第一季 860 噸，第二季 940 噸，上半年累計清運 1,800 噸。",
                        "本年度清潔隊清運大型廢棄物，第一季 860 噸，第二季 940 噸，上半年累計清運 2,100 噸。",
                        "860 噸 + 940 噸 = 1,800噸")
    assert_running_pair("市府今年1月受理路燈報修 640 件、2月 580 件、3月 710 件，第一季共計 1,930 件。",
                        "市府今年1月受理路燈報修 640 件、2月 580 件、3月 710 件，第一季共計 2,230 件。",
                        "640 件 + 580 件 + 710 件 = 1,930件")


def test_figures_listed_with_he_before_the_one_with_the_unit():
    assert_running_pair("三个片区分别完成绿化120、85和60亩，合计265亩。",
                        "三个片区分别完成绿化120、85和60亩，合计295亩。", "120 + 85 + 60亩 = 265亩")


def test_an_average_taken_over_a_count_named_with_an():
    assert_pair("全县人均耕地面积为2.4亩，按36万农村人口计，耕地总面积约86万亩。",
                "全县人均耕地面积为2.4亩，按36万农村人口计，耕地总面积约120万亩。",
                "NUM004", "36万 × 人均2.4亩 = 86.4万亩", verified="average")


def test_a_share_of_whole_numbers_of_wan_is_worked_out_before_rounding():
    # 503萬 and 1,079萬 are rounded: the source's 46.63% lies in what they allow
    assert findings("今年圖書館借閱冊數共 1,079 萬冊，其中電子書 503 萬冊，占 46.63%。") == []
    found = findings("今年圖書館借閱冊數共 1,079 萬冊，其中電子書 503 萬冊，占 56.63%。")
    assert [r for r, _ in found] == ["NUM005"] and "503 萬冊 ÷ 1,079 萬冊 = 46.617%" in found[0][1]


# -- measure words of handed-out goods ---------------------------------------------------------

def test_stalls_bowls_and_packs_are_counted():
    assert_pair("市集共有 18 攤響應義賣，每攤提供 30 碗粥品，共計 540 碗。",
                "市集共有 18 攤響應義賣，每攤提供 30 碗粥品，共計 740 碗。",
                "NUM004", "18 攤 × 每攤30 碗 = 540碗", verified="average")
    assert_pair("區公所向 9 個里發放防汛物資，每里各 200 包，總計 1,800 包。",
                "區公所向 9 個里發放防汛物資，每里各 200 包，總計 2,800 包。",
                "NUM004", "9 個 × 每里200 包 = 1,800包", verified="average")


# -- a whole divided, in its own clause, into as many parts as it counts --------------------------

def test_a_whole_divided_in_its_own_clause_into_counted_parts():
    assert_pair("今年全市受理的640件投诉分为三类：质量类310件、价格类190件、服务类140件。",
                "今年全市受理的640件投诉分为三类：质量类310件、价格类290件、服务类140件。",
                "NUM001", "310件 + 290件 + 140件 = 740件", verified=ANY)


def test_a_division_whose_parts_are_not_all_counted_adds_nothing():
    # three kinds said, two counted: which is left out is not said
    assert findings("今年全市受理的640件投诉分为三类：质量类310件、价格类390件，其余为服务类。") == []


def test_a_list_in_one_clause_after_a_framed_whole():
    assert_pair("全县共有中小学校186所，这186所学校中，小学112所、初中52所、高中22所。",
                "全县共有中小学校186所，这186所学校中，小学112所、初中72所、高中22所。",
                "NUM001", "112所 + 72所 + 22所 = 206所", verified=ANY)


def test_central_and_city_shares_of_a_budget_the_city_compiles():
    # 市府 compiles the budget: its subject, not a level its money is of
    assert_pair("市府今年共編列新臺幣 5.2 億元整建公園，其中中央補助 3.1 億元，市府自籌 2.1 億元。",
                "市府今年共編列新臺幣 5.2 億元整建公園，其中中央補助 3.1 億元，市府自籌 3.1 億元。",
                "NUM001", "3.1 億元 + 3.1 億元 = 6.2億元", verified=ANY)


# -- parts named by relative clauses of one single-valued verb ---------------------------------------

def test_parts_each_from_one_origin():
    assert_pair("今年錄取的 960 名新生，來自本縣的有 710 名，來自外縣市的有 250 名。",
                "今年錄取的 960 名新生，來自本縣的有 810 名，來自外縣市的有 250 名。",
                "NUM001", "810 名 + 250 名 = 1060名", verified=ANY)
    assert_pair("全县今年新招的380名教师中，分到村小的有230名，分到中心校的有150名。",
                "全县今年新招的380名教师中，分到村小的有270名，分到中心校的有150名。",
                "NUM001", "270名 + 150名 = 420名", verified=ANY)


def test_relative_clauses_of_different_verbs_are_not_added():
    # who took part and who passed overlap
    assert findings("全县今年新招的380名教师中，参加培训的有300名，通过考核的有260名。") == []


def test_a_fund_spent_on_as_many_uses_as_it_counts():
    assert_pair("这笔专项资金2.4亿元将用于三个方面：校舍改造1.1亿元，设备更新0.8亿元，师资培训0.5亿元。",
                "这笔专项资金2.4亿元将用于三个方面：校舍改造1.6亿元，设备更新0.8亿元，师资培训0.5亿元。",
                "NUM001", "1.6亿元 + 0.8亿元 + 0.5亿元 = 2.9亿元", verified=ANY)


def test_kinds_after_a_colon_ending_with_the_rest_of_them():
    assert_pair("该院去年接诊急诊病人6400人次：内科2600人次；外科1900人次；儿科1100人次；其他科室800人次。",
                "该院去年接诊急诊病人6400人次：内科2600人次；外科2900人次；儿科1100人次；其他科室800人次。",
                "NUM001", "2600人次 + 2900人次 + 1100人次 + 800人次 = 7400人次", verified=ANY)


def test_kinds_and_the_rest_of_them_after_a_framed_whole():
    assert_pair("本次評鑑的 60 家民宿當中，優等 22 家，甲等 26 家，其餘 12 家為乙等。",
                "本次評鑑的 60 家民宿當中，優等 22 家，甲等 26 家，其餘 22 家為乙等。",
                "NUM001", "22 家 + 26 家 + 22 家 = 70家", verified=ANY)


def test_age_bands_after_a_framed_whole_are_added():
    # a band's edge (以下, 以上) in the kind's name is no threshold on the figure
    assert_pair("报名参加马拉松的5200名选手中，20岁以下的600名，20至50岁的3900名，50岁以上的700名。",
                "报名参加马拉松的5200名选手中，20岁以下的600名，20至50岁的4900名，50岁以上的700名。",
                "NUM001", "600名 + 4900名 + 700名 = 6200名", verified=ANY)


def test_thresholds_on_the_figures_are_not_added():
    assert findings("全县5600名考生中，超过600分的有3200名，超过500分的有4800名。") == []


def test_a_span_opening_the_sentence_before_a_colon_sums_its_periods():
    assert_running_pair("上半年全市新增就业：一季度1.2万人，二季度1.5万人，累计2.7万人。",
                        "上半年全市新增就业：一季度1.2万人，二季度1.5万人，累计3.7万人。",
                        "1.2万人 + 1.5万人 = 2.7万人")


def test_a_stock_after_items_of_no_period_of_the_span_stays_a_stock():
    assert findings("上半年全市新增就业：城镇1.2万人，农村1.5万人，累计已达35万人。") == []
