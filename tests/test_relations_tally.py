"""Running totals (checker/analysis/relations/running.py) whose subject counts the items they sum:
累计 after such a subject, a count of periods or their union when each item has a period of its
own, a counted subject opening the sentence after the items, words that add up (加起来, 相加), and
a longer subject naming the items' noun. All sentences are invented for these tests."""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair as assert_pair
from num_helpers import findings, relations


def running(text):
    return relations(text, "running-total")


def assert_quiet(text):
    """No NUM warning and no running total read: the total is another quantity."""
    assert findings(text) == []
    assert running(text) == [], running(text)


# 累计 after a subject counting the items sums them (两站累计发送…); alone, or after a stock's
# subject, it is a stock (test_a_stock_stays_quiet).
@pytest.mark.parametrize("good,bad,arith", [
    ("国庆期间，北站接待游客3.6万人次，南站接待游客2.9万人次，两站累计接待6.5万人次。",
     "国庆期间，北站接待游客3.6万人次，南站接待游客2.9万人次，两站累计接待7.5万人次。",
     "3.6万人次 + 2.9万人次 = 6.5万人次"),
    ("甲县新增就业1200人，乙县新增就业900人，丙县新增就业1000人，三个县累计新增就业3100人。",
     "甲县新增就业1200人，乙县新增就业900人，丙县新增就业1000人，三个县累计新增就业3600人。",
     "1200人 + 900人 + 1000人 = 3100人"),
    ("東區收運廚餘420噸，西區收運廚餘380噸，兩區累計收運800噸。",
     "東區收運廚餘420噸，西區收運廚餘380噸，兩區累計收運860噸。", "420噸 + 380噸 = 800噸"),
])
def test_a_counted_subject_makes_cumulative_a_sum(good, bad, arith):
    assert_pair(good, bad, arith)


# A subject counting periods sums the list when each item is introduced by a period of its own of
# that kind, as many as it counts; a subject naming their union (全天 after 上午/下午, 上半年 after
# the first two quarters) only when the list's periods make it up.
@pytest.mark.parametrize("good,bad,arith", [
    ("展会首日成交金额5.6亿元，次日成交4.4亿元，两天成交总额10亿元。",
     "展会首日成交金额5.6亿元，次日成交4.4亿元，两天成交总额12亿元。", "5.6亿元 + 4.4亿元 = 10亿元"),
    ("三月份全市新登记企业820户，四月份新登记760户，两个月共新登记1580户。",
     "三月份全市新登记企业820户，四月份新登记760户，两个月共新登记1680户。", "820户 + 760户 = 1580户"),
    ("2022年全区植树1.2万株，2023年植树1.5万株，两年共植树2.7万株。",
     "2022年全区植树1.2万株，2023年植树1.5万株，两年共植树3.7万株。", "1.2万株 + 1.5万株 = 2.7万株"),
    ("縣府去年發放急難救助金320萬元，今年再發放410萬元，兩年合計730萬元。",
     "縣府去年發放急難救助金320萬元，今年再發放410萬元，兩年合計830萬元。", "320萬元 + 410萬元 = 730萬元"),
    ("上午接待游客3200人次，下午接待2800人次，全天共接待6000人次。",
     "上午接待游客3200人次，下午接待2800人次，全天共接待6500人次。", "3200人次 + 2800人次 = 6000人次"),
    ("一季度完成投资6.4亿元、二季度7.1亿元，上半年累计完成13.5亿元。",
     "一季度完成投资6.4亿元、二季度7.1亿元，上半年累计完成14.5亿元。", "6.4亿元 + 7.1亿元 = 13.5亿元"),
])
def test_a_subject_counting_the_lists_periods(good, bad, arith):
    assert_pair(good, bad, arith)


# A subject counting items opening the sentence after the items, one a sentence, points back as
# 以上 does: its own sentence holds none of them.
@pytest.mark.parametrize("good,bad,arith", [
    ("首批发放助学金85万元。第二批发放助学金64万元。两批助学金合计149万元。",
     "首批发放助学金85万元。第二批发放助学金64万元。两批助学金合计169万元。", "85万元 + 64万元 = 149万元"),
    ("甲镇完成改厕1200户。乙镇完成改厕950户。丙镇完成改厕700户。三镇共计完成改厕2850户。",
     "甲镇完成改厕1200户。乙镇完成改厕950户。丙镇完成改厕700户。三镇共计完成改厕3850户。",
     "1200户 + 950户 + 700户 = 2850户"),
    ("首日成交金額12億元。次日成交8億元。兩天成交總額20億元。",
     "首日成交金額12億元。次日成交8億元。兩天成交總額26億元。", "12億元 + 8億元 = 20億元"),
])
def test_a_counted_subject_opening_the_sentence_points_back(good, bad, arith):
    assert_pair(good, bad, arith)


# Words that add up what was listed (加起来, 加在一起, 相加, 两者相加) before 共, 为 or 达.
@pytest.mark.parametrize("good,bad,arith", [
    ("本月新开工项目47个、竣工项目33个，加起来共80个。",
     "本月新开工项目47个、竣工项目33个，加起来共90个。", "47个 + 33个 = 80个"),
    ("新建道路12公里，改造道路8公里，加在一起达20公里。",
     "新建道路12公里，改造道路8公里，加在一起达25公里。", "12公里 + 8公里 = 20公里"),
    ("本月新設立商號47家、公司33家，兩者相加為80家。",
     "本月新設立商號47家、公司33家，兩者相加為90家。", "47家 + 33家 = 80家"),
])
def test_words_that_add_up_the_list(good, bad, arith):
    assert_pair(good, bad, arith)


# A subject counting the items may name their noun at length (两村蓝莓种植面积合计…).
@pytest.mark.parametrize("good,bad,arith", [
    ("东村种植油茶320亩、西村种植油茶180亩，两村油茶种植面积合计500亩。",
     "东村种植油茶320亩、西村种植油茶180亩，两村油茶种植面积合计530亩。", "320亩 + 180亩 = 500亩"),
    ("北校區招收新生1,240人，南校區招收新生860人，兩個校區新生人數總計2,100人。",
     "北校區招收新生1,240人，南校區招收新生860人，兩個校區新生人數總計2,400人。", "1,240人 + 860人 = 2,100人"),
])
def test_a_longer_subject_counting_the_items(good, bad, arith):
    assert_pair(good, bad, arith)


# Precision: a stock, a span that is not the list's periods, a count that is not the list's, a
# union the periods do not make up, and a total of another thing of the counted items stay quiet.
@pytest.mark.parametrize("text", [
    "北站接待游客3.6万人次，南站接待游客2.9万人次，全市累计接待游客320万人次。",     # a stock
    "北站接待游客3.6万人次，南站接待游客2.9万人次，至今累计接待320万人次。",
    "北站接待游客3.6万人次，南站接待游客2.9万人次，累计接待29.8万人次。",
    "縣府去年發放急難救助金320萬元，今年再發放410萬元，歷年共計發放5,000萬元。",
    "该企业今年出口额4.2亿元，进口额3.9亿元，这3年来共完成进出口20亿元。",       # a span
    "该企业出口额4.2亿元，进口额3.9亿元，近两年出口额共9.1亿元。",
    "该企业出口额4.2亿元，进口额3.9亿元，两年出口额共9.1亿元。",                  # items of no period
    "展会首日成交金额5.6亿元，次日成交4.4亿元，三天成交总额16亿元。",             # a third day unlisted
    "展会首日成交金额5.6亿元，次日成交4.4亿元，两年成交总额26亿元。",             # periods of another kind
    "上午接待游客3200人次，下午接待2800人次，全年共接待65万人次。",               # not made of them
    "第一季度完成投资6.4亿元，第三季度7.1亿元，上半年累计完成15亿元。",
    "甲县新增就业1200人，乙县新增就业900人，三个县累计新增就业3100人.",           # three counted, two listed
    "首批发放助学金85万元。第二批发放助学金64万元。三批助学金合计200万元。",
    "甲公司营收120亿元。乙公司营收80亿元。两家公司合计纳税30亿元。",               # another amount of theirs
    "甲公司营收120亿元，乙公司营收80亿元，两家公司累计纳税30亿元。",
    "东村种植油茶320亩、西村种植油茶180亩，三村油茶种植面积合计800亩。",
    "十四五期间全市新建学校12所，改扩建8所，十四五期间累计投入资金20亿元。",     # a name, not a count
])
def test_a_stock_span_or_other_count_stays_quiet(text):
    assert_quiet(text)


# 二是, 三是 enumerate points of a speech: no count of items, even opening the sentence.
def test_an_enumerator_is_no_count_of_items():
    assert_quiet("一是新建校舍面积1.2万平方米。二是改造操场面积0.8万平方米。三是合计投入资金5000万元。")
    assert_quiet("一是新建道路12公里，二是改造道路8公里，三是累计建成道路200公里。")
