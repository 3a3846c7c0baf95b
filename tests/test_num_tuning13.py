"""Readings the tuning-13 wording set (bench/data/num_wordings_tuning-13.tsv) asked for: a figure
that bounds the part's things (其中面积超过10公顷的…个) is no part; rain that fell in periods adds up
over them (累计降雨…，其中6月…，7月…). What was done on a line of a given whole length is never
summed.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest
from num_helpers import assert_pair, findings


def test_a_figure_bounding_the_parts_things_is_no_part():
    assert_pair("今年全县新建口袋公园24个，其中面积超过5000平方米的9个。",
                "今年全县新建口袋公园24个，其中面积超过5000平方米的29个。",
                "NUM001", "29个", verified="parts")
    # (and a threshold of length is no part of a whole length: 其中10公里以上的特长隧道…座)
    assert findings("全省已建成公路隧道1,860公里，其中10公里以上的特长隧道12座。") == []


@pytest.mark.parametrize("text", [
    "该段海堤全长28公里，其中一期加固18公里，二期加固15公里，两期在北段有5公里重合。",
    "全县干渠总长410公里，其中2023年巡查清淤260公里，2024年巡查清淤300公里。",
    "老城区主干道改造工程全长7.8公里，其中路面翻新5.6公里，新铺设雨水管网6.9公里。",
    "这条河全长96公里，其中流经本县境内41公里，可通航河段63公里。",
    "地铁2号线全长21.6公里，其中穿越老城区段13.2公里，地下段17.9公里。",
])
def test_what_was_done_on_a_line_may_overlap(text):
    # (a reading that summed the parts of a whole length, 全长…，其中…公里，…公里, as its stretches
    # was withdrawn: a review found eight correct texts it accused, the work done on a road, a
    # line's stretches underground and in the city, a river's stretch in the county and its
    # navigable one)
    assert findings(text) == []


def test_rain_adds_up_over_its_periods():
    assert_pair("今年汛期该站共降雨860毫米。其中，6月降雨350毫米，7月降雨510毫米。",
                "今年汛期该站共降雨860毫米。其中，6月降雨350毫米，7月降雨610毫米。",
                "NUM001", "350毫米 + 610毫米 = 960毫米", verified="parts")
