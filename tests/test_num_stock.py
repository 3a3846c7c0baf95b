"""A stock, what was added to it and the stock after (relations/accrual.py, to_date.py, added_on.py):
the earlier stock may end a sentence before, past sentences holding none of its kind and across one
paragraph break (common.sentence_holding), in another measure word of the same thing; 又/再 before a figure chooses
its sentence; a clause adding with 连同/加上 is one more change; 届时…将达 names the stock the changes
will have made; and an amount named as all that was there before, added to one named as new, makes
the whole stock after, which then can hold no more.

The stock after must count what the earlier one counted: the deed again, the same things, or nothing
of its own; not a whole's extent (总长为), a plan (规划总里程), a wider place (全省 after 全市), the
things a deed only worked on (总校舍数 after 改善校舍), or a stock that more went into unsaid (此后
持续上升).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_running_pair, findings


def test_the_earlier_stock_ends_the_sentence_before():
    assert_running_pair("截至去年底，全县农村已建成公共浴室58处。今年3月至10月，又新建公共浴室27处，目前全县累计建成公共浴室85处。",
                        "截至去年底，全县农村已建成公共浴室58处。今年3月至10月，又新建公共浴室27处，目前全县累计建成公共浴室87处。",
                        "58处 + 27处 = 85处")
    assert_running_pair("截至上年末，全区共有养老床位3,140张。今年一季度新增260张，二季度又新增185张，全区养老床位总数达到3,585张。",
                        "截至上年末，全区共有养老床位3,140张。今年一季度新增260张，二季度又新增185张，全区养老床位总数达到3,855张。",
                        "3,140张 + 260张 + 185张 = 3,585张")


def test_no_stock_is_taken_from_further_back_or_from_another_thing():
    # (two paragraph breaks back, or another thing: not its earlier stock)
    assert findings("截至去年底，全县农村已建成公共浴室58处。\n多个乡镇正在选址。\n今年又新建公共浴室27处，目前全县累计建成公共浴室91处。") == []
    assert findings("截至去年底，全县已建成公共浴室58处。今年又新建养老驿站27处，目前全县养老驿站总数达到91处。") == []


def test_a_clause_adding_with_liantong_is_one_more_change():
    assert_running_pair("截至去年底，全县已建成乡村书屋132家，今年又新建24家，连同即将挂牌的6家，届时全县乡村书屋将达162家。",
                        "截至去年底，全县已建成乡村书屋132家，今年又新建24家，连同即将挂牌的6家，届时全县乡村书屋将达168家。",
                        "132家 + 24家 + 6家 = 162家")


def test_all_that_was_there_before_and_what_is_new_make_the_whole_stock():
    assert_running_pair("本批新认定的14家企业，加上此前认定的53家，全县省级专精特新企业总数达到67家。",
                        "本批新认定的14家企业，加上此前认定的53家，全县省级专精特新企业总数达到76家。",
                        "14家 + 53家 = 67家")
    # (without a word naming all that was before, a stock may hold more than what is named)
    assert findings("今年新建充电桩340个，加上去年建成的210个，全县共有充电桩900个。") == []


def test_the_stock_after_counts_what_the_earlier_one_counted():
    quiet = [
        # the extent of the whole thing, or its plan or design
        "截至上月底，跨江大桥已完成桥面铺装1.6公里，本月又铺装0.4公里，大桥总长为3.1公里。",
        "截至去年底，城市绿道已建成42公里，今年又建成18公里，规划总长度为150公里。",
        "去年底水库已蓄水0.9亿立方米，汛期又新增蓄水0.5亿立方米，设计总库容为2.4亿立方米。",
        # a wider place
        "截至6月底，全市已登记志愿服务组织640个，下半年又新增登记85个，全省总数达到9,800个。",
        # what a deed only worked on
        "本县已累计维修农村公路路面310公里，今年又维修52公里，全县农村公路总里程达到2,460公里。",
        "截至去年底，全县已改造农村危房1,260户，今年又改造180户，全县农房总数达到5.6万户。",
        # more went in, unsaid
        "截至上月底，全县已发放惠农补贴1.2亿元，本月上旬又发放0.3亿元，此后发放进度持续加快，截至月底累计发放达到2.1亿元。",
    ]
    for text in quiet:
        assert findings(text) == [], text


def test_the_earlier_stock_further_back_in_another_measure_word():
    # (1,240个换电站 counts 站: its noun ends in the measure word of the figures after it)
    assert_running_pair("截至去年底，全市共建成1,240个换电站。\n今年以来，市发改委结合车辆增长，再新增96站，目前全市换电站总数已达1,336站。",
                        "截至去年底，全市共建成1,240个换电站。\n今年以来，市发改委结合车辆增长，再新增96站，目前全市换电站总数已达1,363站。",
                        "1,240个 + 96站 = 1,336站")


def test_a_stock_of_a_wider_place_named_by_we():
    assert findings("截至去年底，我县已建成村级综合服务站215个，今年又新建18个，全省总数达到3,960个。") == []
