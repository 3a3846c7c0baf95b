"""Figures after 其中 that are no part of the whole before (checker/analysis/relations/parts.py and
common.is_level): a level read at places or a size of one thing (a depth in 毫米, a height above the
sea, what places generally see); a figure of a wider scope than the whole's (全省 after 该县); a
level after a whole that is a change or a net figure (增量, 净增加, 自然增长); a stock of all after a
whole of what was newly added. Parts that are of the whole are still weighed.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_sizes_and_levels_are_no_wholes_or_parts():
    for text in ("这次冰雹直径普遍在2厘米左右，其中城北局地冰雹直径达到5厘米。",
                 "今冬河面冰层厚度多在25厘米，其中上游河段冰厚40厘米。",
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


def test_a_net_figure_is_no_whole_of_levels_or_gross_flows():
    for text in ("全县去年户籍人口自然增长数为900人。其中，出生人口4100人，死亡人口3200人。",
                 "今年该区林地净增加面积为800亩，其中新造林地1500亩，征占用林地700亩。",
                 "全市常住人口增量为1.6万人，其中城镇常住人口达到512万人。"):
        assert findings(text) == [], text


def test_the_parts_of_an_increase_that_are_increases_are_weighed():
    assert_pair("这所大学今年研究生扩招600人，其中博士生扩招150人。",
                "这所大学今年研究生扩招600人，其中博士生扩招750人。",
                "NUM001", "750人", verified="parts")
