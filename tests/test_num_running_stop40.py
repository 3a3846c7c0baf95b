"""Running totals read this stop (checker/analysis/relations/running.py).

A list under a frame naming what it divides by (从收购主体看，…) names every kind of that
division: its total, said after it in the same sentence or first in the next one, even with a
subject of its own (全县…总计), is their sum, short or over. A total of additions may name what
was added after its verb (共计新增公共停车泊位…), and 共计/总计 sum additions as 共/合计 do.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_a_framed_list_and_a_total_with_its_own_subject_in_the_next_sentence():
    assert_pair("分经营主体看，国有林场完成造林2.4万亩，专业合作社完成1.6万亩，农户自主完成0.9万亩。全市造林总计4.9万亩。",
                "分经营主体看，国有林场完成造林2.4万亩，专业合作社完成1.6万亩，农户自主完成0.9万亩。全市造林总计5.9万亩。",
                "NUM003", "2.4万亩 + 1.6万亩 + 0.9万亩 = 4.9万亩", verified="running-total")


def test_a_framed_list_and_its_total_in_one_sentence():
    assert_pair("从资金来源看，中央补助6,200万元，省级配套3,100万元，县级自筹1,700万元，全县防汛资金合计1.1亿元。",
                "从资金来源看，中央补助6,200万元，省级配套3,100万元，县级自筹1,700万元，全县防汛资金合计1.3亿元。",
                "NUM003", "6,200万元 + 3,100万元 + 1,700万元", verified="running-total")


def test_without_a_frame_a_total_of_a_wider_scope_may_hold_more_than_the_list():
    text = "国有林场完成造林2.4万亩，专业合作社完成1.6万亩。全市造林总计5.9万亩。"
    assert findings(text) == []


def test_a_total_of_additions_naming_what_was_added():
    assert_pair("今年全区新增充电桩：东片新增320个，西片新增275个，南片新增190个。三个片区共计新增充电桩785个。",
                "今年全区新增充电桩：东片新增320个，西片新增275个，南片新增190个。三个片区共计新增充电桩885个。",
                "NUM003", "320个 + 275个 + 190个 = 785个", verified="running-total")


def test_an_item_said_as_its_own_places_total_is_one_item_of_the_list():
    assert_pair("东湖街道共收集旧衣物3,260件，西岭街道收集2,140件，南港街道收集1,580件，合计6,980件。",
                "东湖街道共收集旧衣物3,260件，西岭街道收集2,140件，南港街道收集1,580件，合计7,980件。",
                "NUM003", "3,260件 + 2,140件 + 1,580件 = 6,980件", verified="running-total")


def test_a_whole_places_total_before_the_list_is_still_no_item():
    assert_pair("全区共有社区食堂96家，东湖街道新开12家、西岭街道新开9家，合计21家。",
                "全区共有社区食堂96家，东湖街道新开12家、西岭街道新开9家，合计31家。",
                "NUM003", "12家 + 9家 = 21家", verified="running-total")


def test_a_change_said_with_no_verb_before_it_and_a_loss_after_it_is_taken_away():
    assert_pair("上年末全县共有农家书屋212家，今年新建15家，另有4家因场地租期届满停止运营，目前全县共有农家书屋223家。",
                "上年末全县共有农家书屋212家，今年新建15家，另有4家因场地租期届满停止运营，目前全县共有农家书屋233家。",
                "NUM003", "212家 + 15家 − 4家 = 223家", verified="running-total")


def test_a_stock_at_a_date_opening_its_sentence_after_the_changes():
    assert_pair("本县年初共有养老床位1,860张，今年新增床位240张，因敬老院改造减少床位56张。截至年底，全县养老床位数为2,044张。",
                "本县年初共有养老床位1,860张，今年新增床位240张，因敬老院改造减少床位56张。截至年底，全县养老床位数为2,144张。",
                "NUM003", "1,860张 + 240张 − 56张 = 2,044张", verified="running-total")


def test_this_county_and_the_whole_county_are_one_scope():
    assert_pair("本县去年底有公共充电桩1,320个，今年新建410个。目前全县公共充电桩共有1,730个。",
                "本县去年底有公共充电桩1,320个，今年新建410个。目前全县公共充电桩共有1,830个。",
                "NUM003", "1,320个 + 410个 = 1,730个", verified="running-total")


def test_a_stock_of_a_wider_place_is_still_another_stock():
    text = "本县去年底有公共充电桩1,320个，今年新建410个。目前全市公共充电桩共有9,830个。"
    assert findings(text) == []


def test_a_stock_of_goods_with_a_flow_out_and_a_flow_in_a_sentence_each():
    assert_pair("今年初，县应急物资仓库储备棉被4,200床。汛期共调出1,350床支援受灾乡镇。9月又入库新购棉被900床。目前，仓库储备棉被共计3,750床。",
                "今年初，县应急物资仓库储备棉被4,200床。汛期共调出1,350床支援受灾乡镇。9月又入库新购棉被900床。目前，仓库储备棉被共计3,950床。",
                "NUM003", "4,200床 − 1,350床 + 900床 = 3,750床", verified="running-total")


def test_a_fund_balance_after_what_came_in_and_what_was_spent():
    assert_pair("社区互助金年初余额为12.6万元。全年募集善款8.4万元，用于助医助学等支出9.1万元。截至12月31日，互助金余额为11.9万元。",
                "社区互助金年初余额为12.6万元。全年募集善款8.4万元，用于助医助学等支出9.1万元。截至12月31日，互助金余额为13.9万元。",
                "NUM003", "12.6万元 + 8.4万元 − 9.1万元 = 11.9万元", verified="running-total")


def test_a_tally_of_sales_grows_with_each_sale():
    # the earlier figure counts the sales themselves: the month's sales add to it
    text = "截至上月底，该楼盘已累计销售住房1,260套。本月销售85套。目前累计销售1,345套。"
    assert findings(text) == []


def test_an_earlier_stock_named_after_a_comma():
    assert_pair("截至上年末，全区共有托育机构86家。今年新增托育机构23家，注销经营不善的托育机构9家，到10月底，全区托育机构达到100家。",
                "截至上年末，全区共有托育机构86家。今年新增托育机构23家，注销经营不善的托育机构9家，到10月底，全区托育机构达到110家。",
                "NUM003", "86家 + 23家 − 9家 = 100家", verified="running-total")


def test_bought_and_weeded_out_change_a_collection():
    assert_pair("年初档案馆馆藏案卷为18.6万卷，今年采购征集3.2万卷，并剔除重复案卷0.4万卷，至年底馆藏达21.4万卷。",
                "年初档案馆馆藏案卷为18.6万卷，今年采购征集3.2万卷，并剔除重复案卷0.4万卷，至年底馆藏达22.4万卷。",
                "NUM003", "18.6万卷 + 3.2万卷 − 0.4万卷 = 21.4万卷", verified="running-total")


def test_a_tally_of_purchases_and_a_stock_of_the_goods_are_two_measures():
    text = "截至上月底已累计采购化肥3.6万吨，本月采购0.5万吨，目前累计库存量为1.2万吨。"
    assert findings(text) == []


def test_places_named_in_one_sentence_cannot_pass_the_whole_places_total_in_the_next():
    assert_pair("东城区今年新建口袋公园14个，西城区新建11个，南城区新建9个。全市今年共新建口袋公园34个。",
                "东城区今年新建口袋公园14个，西城区新建19个，南城区新建9个。全市今年共新建口袋公园34个。",
                "NUM003", "14个 + 19个 + 9个 = 42个", verified="running-total")


def test_the_whole_places_total_may_hold_places_left_unnamed():
    text = "东城区今年新建口袋公园14个，西城区新建11个。全市今年共新建口袋公园52个。"
    assert findings(text) == []


def test_a_subject_counting_the_items_after_a_clause_of_time_points_back():
    assert_pair("首批救灾帐篷于8日运抵，共1,200顶。第二批于10日运抵，共860顶。截至目前，两批帐篷合计2,060顶。",
                "首批救灾帐篷于8日运抵，共1,200顶。第二批于10日运抵，共860顶。截至目前，两批帐篷合计2,560顶。",
                "NUM003", "1,200顶 + 860顶 = 2,060顶", verified="running-total")


def test_a_framed_list_and_a_total_of_another_measure_of_the_thing():
    # sold by channel, then the output: the total names no deed of the items
    text = "从销售渠道看，线上销售蜜柚2.4万吨，商超销售1.9万吨。全县蜜柚产量总计8.2万吨。"
    assert findings(text) == []


def test_a_framed_list_and_a_total_with_a_rest_said_after_it():
    text = "从收购主体看，国有粮企收购稻谷4.1万吨，民营企业收购2.3万吨。全县稻谷收购总计7.9万吨，其余1.5万吨由外地粮商收购。"
    assert findings(text) == []


def test_what_was_converted_is_no_addition():
    text = "今年新建社区食堂12家、老年活动室改造升级为食堂7家、新建助餐点5家，共计新增助餐服务点17家。"
    assert findings(text) == []


def test_planned_places_are_no_items_of_what_was_done():
    text = "甲县计划新建农村公路160公里，乙县计划新建125公里。全市今年共新建农村公路231公里。"
    assert findings(text) == []


def test_one_figure_for_each_of_several_names_is_an_item_per_name():
    assert_pair("东坡镇和西岭镇各建成村级养老服务站7个，南湖镇建成5个，三个镇共建成19个。",
                "东坡镇和西岭镇各建成村级养老服务站7个，南湖镇建成5个，三个镇共建成24个。",
                "NUM003", "7个 + 7个 + 5个 = 19个", verified="running-total")


def test_names_ending_in_deng_each_say_no_count_of_them():
    text = "东坡镇、西岭镇等地各建成村级养老服务站7个，南湖镇建成5个，全县共建成46个。"
    assert findings(text) == []


def test_a_counted_subject_after_the_last_items_reads_back_for_the_rest():
    assert_pair("首批改造农村户厕1,260户，第二批改造980户。第三批目前已完工640户，三批累计完成改造2,880户。",
                "首批改造农村户厕1,260户，第二批改造980户。第三批目前已完工640户，三批累计完成改造3,180户。",
                "NUM003", "1,260户 + 980户 + 640户 = 2,880户", verified="running-total")


def test_a_counted_subject_whose_sentence_holds_all_its_items_reads_no_further():
    text = "去年全镇改造农村户厕1,500户。今年首批改造620户，第二批改造380户，两批累计改造1,000户。"
    assert findings(text) == []
