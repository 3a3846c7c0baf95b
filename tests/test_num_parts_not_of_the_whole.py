"""Figures after 其中 that are no part of the whole before (checker/analysis/relations/parts.py and
common.is_level): a level read at places or a size of one thing (a height above the sea, a
thickness, a region's rain as a range, what places 普遍 see); a figure of a wider scope than the
whole's (全省 after 该县); a level reached after a whole that is a change (增量, 扩招); a stock of all
after a whole of what was newly added. Parts that are of the whole are still weighed, whatever
words they hold (高海拔路段, 安全村, 全国示范…).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_sizes_and_levels_are_no_wholes_or_parts():
    for text in ("这次冰雹直径普遍在2厘米左右，其中城北局地冰雹直径达到5厘米。",
                 "今冬河面冰层厚度普遍在25厘米，其中上游河段冰厚40厘米。",
                 "预计山区累计降雨量60至90毫米，其中局地可达150毫米。",
                 "新修的登山步道全长3.6公里，其中观景台海拔2100米。",
                 "这段海堤长5.2公里，其中堤顶高度8米、堤身宽度12米。",
                 "台风过境时沿海阵风风速普遍在25米/秒，其中某海岛测得41米/秒。"):
        assert findings(text) == [], text


def test_extents_in_metres_still_add_up():
    assert_pair("这座大桥全长1680米，其中主桥620米、引桥1060米。",
                "这座大桥全长1680米，其中主桥620米、引桥1260米。",
                "NUM001", "620米 + 1260米 = 1880米", verified="parts")


def test_a_figure_of_a_wider_scope_is_no_part():
    for text in ("该县今年油菜籽产量4.2万吨。其中，全省油菜籽产量为96万吨。",
                 "这个镇今年接待游客85万人次，其中全县接待游客620万人次。",
                 "本市今年新設公共托嬰中心12處。其中，全國公共托嬰中心已逾400處。"):
        assert findings(text) == [], text


def test_a_part_naming_the_same_scope_is_weighed():
    # 该县 and 全县 name one county
    assert_pair("该县今年油菜籽产量4.2万吨，其中全县甘蓝型油菜籽3.1万吨。",
                "该县今年油菜籽产量4.2万吨，其中全县甘蓝型油菜籽5.1万吨。",
                "NUM001", "5.1万吨", verified="parts")


def test_a_level_reached_is_no_part_of_a_change():
    for text in ("全市常住人口增量为1.6万人，其中城镇常住人口达到512万人。",
                 "这所高校今年研究生扩招400人。其中，专业学位研究生招生规模达到3100人。"):
        assert findings(text) == [], text


def test_kinds_of_what_changed_are_still_weighed():
    assert_pair("全县常住人口增量为1.2万人，其中城镇0.8万人、乡村0.4万人。",
                "全县常住人口增量为1.2万人，其中城镇0.9万人、乡村0.5万人。",
                "NUM001", "0.9万人 + 0.5万人 = 1.4万人", verified="parts")


def test_the_parts_of_an_increase_that_are_increases_are_weighed():
    assert_pair("这所大学今年研究生扩招600人，其中博士生扩招150人。",
                "这所大学今年研究生扩招600人，其中博士生扩招750人。",
                "NUM001", "750人", verified="parts")


def test_words_of_size_inside_a_noun_name_an_extent():
    assert_pair("该省高原公路全长640公里，其中高海拔路段380公里、低海拔路段260公里。",
                "该省高原公路全长640公里，其中高海拔路段420公里、低海拔路段260公里。",
                "NUM001", "420公里 + 260公里 = 680公里", verified="parts")


def test_one_exact_depth_of_rain_still_adds_up_over_time():
    assert_pair("该站今年累计降雨1320毫米，其中汛期960毫米、非汛期360毫米。",
                "该站今年累计降雨1320毫米，其中汛期1060毫米、非汛期360毫米。",
                "NUM001", "1060毫米 + 360毫米 = 1420毫米", verified="parts")


def test_titles_given_by_a_scope_and_words_holding_quan_are_no_scope():
    assert_pair("该县共有示范家庭农场210家，其中全国示范家庭农场12家。",
                "该县共有示范家庭农场210家，其中全国示范家庭农场220家。",
                "NUM001", "220家", verified="parts")
    assert_pair("该县共有行政村186个，其中消防安全村120个。",
                "该县共有行政村186个，其中消防安全村190个。",
                "NUM001", "190个", verified="parts")


def test_a_part_of_a_whole_with_no_scope_named_is_of_that_whole():
    # 这所学校…其中全校…: the school's own scope, whatever the whole's words
    assert_pair("这所学校有教职工240人，其中全校专任教师190人。",
                "这所学校有教职工240人，其中全校专任教师290人。",
                "NUM001", "290人", verified="parts")


def test_a_filter_on_the_new_things_is_no_stock():
    assert_pair("今年新建标准厂房40栋，其中总面积较大的16栋。",
                "今年新建标准厂房40栋，其中总面积较大的46栋。",
                "NUM001", "46栋", verified="parts")


def test_a_clause_naming_the_whole_place_ends_the_list():
    # 全院 heads a clause after the first part: the hospital's figure, a new statement
    for text in ("这家医院今年新增病床600张。其中，儿科病床90张，全院实际开放病床达到2300张。",
                 "该县今年财政收入21亿元，其中税收收入15亿元，全县一般公共预算支出达到52亿元。"):
        assert findings(text) == [], text


def test_parts_of_one_form_after_the_first_are_still_weighed():
    assert_pair("全县今年财政收入21亿元，其中税收收入15亿元，非税收入6亿元。",
                "全县今年财政收入21亿元，其中税收收入15亿元，非税收入9亿元。",
                "NUM001", "15亿元 + 9亿元 = 24亿元", verified="parts")
