"""A share naming its whole (占毕业生总数的52%) takes the figure named so in the nearest sentence before
holding an amount of its kind, past sentences holding none and across one paragraph break
(common.sentence_holding), passing over a sentence that divides a whole (从类型看，…: its figures
are parts); the whole's own measure at the end of the name (占总游客人次的) names nothing more.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_a_named_whole_further_back():
    assert_pair("今年全市参加职业技能鉴定的考生共4.8万人。市人社局共设置考点36个。\n"
                "截至10月底，鉴定工作已全部完成。其中，取得中级以上证书的考生1.2万人，占考生总数的25%。",
                "今年全市参加职业技能鉴定的考生共4.8万人。市人社局共设置考点36个。\n"
                "截至10月底，鉴定工作已全部完成。其中，取得中级以上证书的考生1.2万人，占考生总数的30%。",
                "NUM005", "1.2万人 ÷ 4.8万人")


def test_the_whole_named_with_its_own_measure():
    assert_pair("今年国庆假期，全县共接待游客86.5万人次，同比增长9.6%。\n其中，外省游客为25.95万人次，占总游客人次的30%。",
                "今年国庆假期，全县共接待游客86.5万人次，同比增长9.6%。\n其中，外省游客为25.95万人次，占总游客人次的35%。",
                "NUM005", "25.95万人次 ÷ 86.5万人次")


def test_a_sentence_dividing_a_whole_holds_no_whole_of_a_share():
    text = ("全年全县无偿献血2.4万人次，同比增长4.1%。\n"
            "从献血方式看，捐献全血2.1万人次，捐献血小板0.3万人次。首次献血者0.96万人次，占献血总人次的40%。")
    assert findings(text) == []


def test_a_share_of_a_narrower_whole_than_the_figure_before():
    # (review 55: 新能源汽车销量 is no 全国汽车销量; the whole named is not stated)
    text = ("今年前三季度，全市新能源汽车销量12.6万辆。\n同期，全市汽车销量38.4万辆。"
            "从新能源汽车销售结构看，纯电动汽车销量7.6万辆，占新能源汽车销量的60.3%。")
    assert findings(text) == []


def test_a_figure_said_to_be_a_share_of_the_whole_is_no_whole_of_the_next():
    # (the 66万人次 is itself a share of the 接待总量; the 48万人次 after it is a share of that same
    # whole, the lede's 120万人次)
    text = ("今年春节假期，全市共接待游客120万人次，同比增长12%。\n"
            "其中，初一至初三接待游客66万人次，占假期接待总量的55%。外地游客48万人次，占接待总量的40%。")
    assert findings(text) == []


def test_a_share_right_after_a_part_that_opens_the_next_sentence():
    # (其中 opens the sentence after the whole; 占 right after the part is of that whole)
    assert_pair("全镇户籍人口3.6万人。其中，65岁及以上人口5400人，占15%。",
                "全镇户籍人口3.6万人。其中，65岁及以上人口5400人，占18%。",
                "NUM005", "5400人 ÷ 3.6万人")


def test_a_ratio_of_the_part_in_the_next_sentence_is_not_of_the_whole():
    # (调解率 is a rate of the part's own, 调解 of 受理; not the whole's share said with 占)
    assert findings("全年共受理民事案件3200件。其中，经调解的案件1500件，调解成功1200件，调解成功率80%。") == []


def test_a_whole_place_total_after_a_breakdown_cue_is_no_part():
    assert findings("该区今年为老人免费体检1.8万人。这当中，全区65岁以上老人共有5.2万人。") == []


def test_a_named_whole_is_not_taken_from_a_breakdown():
    # (其中，… lists kinds of the lede's total; 占规上工业发电量的 names that total, not 规上工业火电)
    text = ("今年前三季度，全省规上工业发电量900亿千瓦时。其中，规上工业火电600亿千瓦时；水电200亿千瓦时；风电100亿千瓦时。\n"
            "水电和风电合计300亿千瓦时，占规上工业发电量的33.3%。")
    assert findings(text) == []


def test_a_bare_share_that_fits_the_ledes_total():
    # (其中…占12%: of the lede's total, which it fits, not of the 合计 before it)
    text = ("今年全县发电量50亿千瓦时。从结构看，水电、风电和光伏发电合计20亿千瓦时，占全县发电量的40%；"
            "其中风电和光伏发电合计6亿千瓦时，占12%。")
    assert findings(text) == []


def test_a_named_whole_of_another_span_of_months():
    # (1至5月's exports are no whole of a share of 5月's)
    text = ("5月出口320.5亿美元，同比增长6.1%。累计1至5月出口1,460.2亿美元，同比增长7.4%。\n"
            "5月机电产品出口176.3亿美元，占出口总额55%。")
    assert findings(text) == []


def test_a_share_of_the_whole_named_by_a_generic_word():
    assert_pair("今年前三季度，全市港口完成货物吞吐量2.4亿吨。其中，外贸货物吞吐量0.9亿吨，占总量的37.5%。",
                "今年前三季度，全市港口完成货物吞吐量2.4亿吨。其中，外贸货物吞吐量0.9亿吨，占总量的33.5%。",
                "NUM005", "0.9亿吨 ÷ 2.4亿吨")
