"""A span of months and the periods that make it up, in sentences of their own
(checker/analysis/relations/period_sum.py): quarters of 前三季度, 1至5月 and 6月 of 上半年, months of
汛期（6月至8月）; the parts tile the span exactly, measure what the whole does, and are read only
where no other figure of the span could be their whole.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_quarters_after_the_span_framed():
    assert_pair("今年前三季度，全市完成农产品出口额46.8亿元。分季度看，一季度完成13.2亿元，二季度完成15.9亿元，三季度完成17.7亿元。",
                "今年前三季度，全市完成农产品出口额46.8亿元。分季度看，一季度完成13.2亿元，二季度完成15.9亿元，三季度完成19.7亿元。",
                "NUM001", "13.2亿元 + 15.9亿元 + 19.7亿元", verified="parts")


def test_months_then_the_span_after_them():
    assert_pair("今年1至4月，全县完成造林面积2.6万亩。5月份完成造林0.9万亩。1至5月，全县造林面积累计达到3.5万亩。",
                "今年1至4月，全县完成造林面积2.6万亩。5月份完成造林0.7万亩。1至5月，全县造林面积累计达到3.5万亩。",
                "NUM002", "2.6万亩 + 0.7万亩 = 3.3万亩", verified="parts")


def test_quarters_each_in_a_sentence_of_its_own():
    assert_pair("一季度，全区新登记市场主体2140户。二季度，全区新登记市场主体2630户。上半年，全区累计新登记市场主体4770户。",
                "一季度，全区新登记市场主体2140户。二季度，全区新登记市场主体2360户。上半年，全区累计新登记市场主体4770户。",
                "NUM002", "2140户 + 2360户 = 4500户", verified="parts")


def test_months_of_a_season_named_in_parentheses():
    assert_pair("今年主汛期（7月至9月），全县累计降雨量586毫米。其中，7月降雨214毫米，8月降雨231毫米，9月降雨141毫米。",
                "今年主汛期（7月至9月），全县累计降雨量586毫米。其中，7月降雨214毫米，8月降雨231毫米，9月降雨114毫米。",
                "NUM002", "214毫米 + 231毫米 + 114毫米", verified="parts")


def test_a_quarter_missing_is_no_tiling():
    # (the second quarter is not said: the two figures need not make the whole)
    assert findings("今年前三季度，全市完成农产品出口额46.8亿元。其中，一季度完成13.2亿元，三季度完成17.7亿元。") == []


def test_parts_of_another_measure_are_none():
    assert findings("今年上半年，全县实现旅游收入18.6亿元。一季度，全县完成固定资产投资7.2亿元；二季度，全县完成固定资产投资8.1亿元。") == []


def test_two_wholes_of_one_span_the_parts_not_saying_which():
    # (新登记求职 and 求职就业 are both of 1至6月; the quarters share words with both)
    assert findings("今年1至6月，全市新登记求职人数4.2万人，新登记求才人数9.6万人。分季度看，第1季新登记求职2.0万人，"
                    "第2季2.2万人。上半年求职就业人数2.9万人，求职就业率为69%。") == []


def test_figures_of_another_year_are_none():
    assert findings("今年上半年，全市接待游客860万人次。去年一季度接待游客390万人次，去年二季度接待游客420万人次。") == []


def test_parts_naming_more_than_the_whole_measure_something_narrower():
    # (水利投资 is some of 投资: the half year's investment holds other kinds too)
    assert findings("上半年，全县完成固定资产投资86.4亿元。1至5月，全县完成水利投资12.3亿元；6月份完成水利投资3.1亿元。") == []
    # (境外游客 is some of 游客: the quarters count every visitor)
    assert findings("前三季度全县接待游客620万人次。10月份接待游客85万人次。今年1至10月，全县接待境外游客31万人次。") == []


def test_a_single_quarter_and_its_months_said_as_levels_reached():
    # (the months' figures said as the level each reached from the month before: 降至, 回升至; the
    # measure named by its verb's characters and 量)
    assert_pair("二季度，全市公交线网共运送乘客8,640万人次。分月看，4月运送乘客2,910万人次；5月受连续降雨影响，客运量降至2,680万人次；6月回升至3,050万人次。",
                "二季度，全市公交线网共运送乘客8,640万人次。分月看，4月运送乘客2,910万人次；5月受连续降雨影响，客运量降至2,860万人次；6月回升至3,050万人次。",
                "NUM001", "2,910万人次 + 2,860万人次 + 3,050万人次", verified="parts")


def test_parts_of_a_longer_span_than_the_whole_before():
    # (1至5月's parts are no parts of 5月份's total; a month inside the span is: 1—9月 … 其中，9月份)
    assert findings("1至5月，全市社会消费品零售总额1,980亿元。5月份，全市社会消费品零售总额405亿元。"
                    "按经营单位所在地分，1至5月城镇消费品零售额1,720亿元，乡村消费品零售额260亿元。") == []
    good = "1至9月，全省新开工交通项目300个。其中，9月份新开工34个。"
    from num_helpers import verified_kinds
    assert findings(good) == [] and "parts" in verified_kinds(good)


def test_a_year_and_its_quarters():
    # (a year named by its number is all its months; a cause between a quarter and its figure says
    # nothing of the measure)
    assert_pair("2024年，全市机场旅客吞吐量达860万人次。分季度看，一季度完成198万人次，二季度受航线调整影响完成205万人次，"
                "三季度完成236万人次，四季度完成221万人次。",
                "2024年，全市机场旅客吞吐量达860万人次。分季度看，一季度完成198万人次，二季度受航线调整影响完成235万人次，"
                "三季度完成236万人次，四季度完成221万人次。",
                "NUM001", "198万人次 + 235万人次 + 236万人次 + 221万人次", verified="parts")


def test_words_before_a_months_name_describe_the_month():
    # (海岛音乐节举办的7月: what the month was, not what its figure measures; 分月来看 frames them)
    assert_pair("今年第三季度，全县接待游客42.6万人次。分月来看，7月为12.4万人次，海岛音乐节举办的8月增加到16.8万人次，9月为13.4万人次。",
                "今年第三季度，全县接待游客42.6万人次。分月来看，7月为12.4万人次，海岛音乐节举办的8月增加到18.8万人次，9月为13.4万人次。",
                "NUM001", "12.4万人次 + 18.8万人次 + 13.4万人次", verified="parts")
