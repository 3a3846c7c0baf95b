"""False alarms the parts helper found with its own look-alikes at the end of its work (each was
in the code before this stop): a threshold's 以上 is no "the above", a 由 before a colon starts
a list, not a change, and a noun with a level in it is a title, not a place. Sentences written
for these tests; each with the reading that must stay."""
from __future__ import annotations

from num_helpers import findings


def test_yishang_bounding_a_level_points_at_nothing():
    assert findings("全镇520名职工中，女职工210人，50岁以上职工260人，本科以上学历职工150人。") == []


def test_yishang_heading_a_clause_still_sums_the_list():
    found = findings("全乡建成村级文化室9个、农家书屋4个，以上15个点位全部开放。")
    assert [r for r, _ in found] == ["NUM003"] and "9个 + 4个 = 13个" in found[0][1]


def test_you_before_a_colon_lists_the_parts_of_a_whole():
    assert findings("该工程总投资4.6亿元，由三块组成：供水改造2.2亿元，路面提升1.5亿元，景观工程0.9亿元。") == []


def test_you_in_its_clause_still_starts_a_change():
    assert findings("全县果园面积由2.4万亩增加到1.9万亩。")[0][0] == "NUM006"


def test_a_noun_with_a_level_is_a_title_not_a_place():
    # 省级卫生村 and 市级文明村 are two titles a village may both hold: not added
    assert findings("全县共有达标村60个，其中省级卫生村35个，市级文明村40个。") == []


def test_places_and_levels_of_one_title_are_still_added():
    assert findings("全县共有卫生村60个，其中省级卫生村35个，市级卫生村40个。")[0][0] == "NUM001"
    assert findings("全省共有试点县12个，其中江安县5个，长宁县8个。")[0][0] == "NUM001"
