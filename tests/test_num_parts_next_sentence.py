"""A whole in one sentence broken down by the next (checker/analysis/relations/parts.py, _opening
and _breakdown): 当中 with its comma opens such a sentence as 其中 does. Depths of rain or water are no
whole of the places in them (relations/common.py, is_depth), though they add up over time. Items
of one noun told apart by what each did or has (加装电梯的小区、增设停车位的小区) may overlap.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_dangzhong_opening_a_sentence_breaks_down_the_whole_before():
    assert_pair("全县现有中小学校96所。当中，小学61所，初中35所。",
                "全县现有中小学校96所。当中，小学71所，初中35所。",
                "NUM001", "71所 + 35所 = 106所", verified="parts")


def test_traditional_dangzhong_opening_a_sentence():
    assert_pair("本市去年辦理長照服務個案4,200件。當中，居家服務2,600件。",
                "本市去年辦理長照服務個案4,200件。當中，居家服務4,600件。",
                "NUM001", "4,600件", verified="parts")


def test_dangzhong_inside_a_word_opens_nothing():
    text = "当中国游客到访的人数达到1200万人次时，县里新增民宿320家，今年新增酒店15家。"
    assert findings(text) == []


def test_dangzhong_opening_a_sentence_ties_no_part_naming_another_thing():
    # 调解的邻里纠纷 names no kind of 信访件: as after 其中, the whole before is not its whole
    text = "县信访局今年受理来信来访680件。当中，人民调解委员会调解的邻里纠纷达900件。"
    assert findings(text) == []


def test_rainfall_of_a_place_may_exceed_the_range_of_its_region():
    for text in ("今明两天，华南沿海累计降雨量有50～90毫米，其中粤西局地可达180毫米。",
                 "预计皖南山区累计雨量30至60毫米。其中，黄山一带局部110毫米。",
                 "受台风影响，沿海水位普遍上涨0.6米，其中某港站水位上涨1.1米。"):
        assert findings(text) == [], text


def test_rainfall_still_adds_up_over_time_at_one_place():
    assert_pair("该气象站汛期4个月共降雨1320毫米，月均降雨330毫米。",
                "该气象站汛期4个月共降雨1320毫米，月均降雨380毫米。",
                "NUM004", "4个月 × 每月380毫米 = 1520毫米", verified="average")


def test_items_of_one_noun_told_apart_by_what_each_has_may_overlap():
    text = "今年全区改造老旧小区54个，其中安装充电桩的小区40个、增加停车位的小区33个。"
    assert findings(text) == []
    assert verified_calcs(text, "parts") == ["40个"]


def test_items_told_apart_by_a_kind_of_deed_alone_still_add_up():
    assert_pair("今年全区改造老旧小区54个，其中整体翻新的小区20个、局部修缮的小区34个。",
                "今年全区改造老旧小区54个，其中整体翻新的小区30个、局部修缮的小区34个。",
                "NUM001", "30个 + 34个 = 64个", verified="parts")


def test_the_stock_now_is_no_part_of_what_was_added():
    # 总里程, 托位总数, 累计, 保有量 after 全县/全区: the stock holds every earlier addition too
    for text in ("今年全县新建乡村公路95公里，其中产业路40公里，全县乡村公路总里程达到2700公里。",
                 "该区今年新增托育机构托位1200个。其中，普惠托位700个，全区托位总数达到9600个。",
                 "今年本市新設街角公園18處。其中，親子公園7處，累計已達236處。",
                 "今年全市新增新能源公交车420辆。当中，全市新能源公交车保有量达到3900辆。"):
        assert findings(text) == [], text


def test_a_part_of_an_addition_is_still_weighed():
    assert_pair("今年全县新建乡村公路95公里，其中产业路40公里。",
                "今年全县新建乡村公路95公里，其中产业路140公里。",
                "NUM001", "140公里", verified="parts")


def test_a_part_stated_as_its_own_total_of_a_stock_is_weighed():
    # the whole is no addition: a part may name its own total
    assert_pair("全县公路总里程3260公里，其中农村公路总里程2150公里。",
                "全县公路总里程3260公里，其中农村公路总里程3650公里。",
                "NUM001", "3650公里", verified="parts")
