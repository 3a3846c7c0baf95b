"""Part–whole opened by 含, 包含 or 涵盖 (checker/analysis/relations/parts.py, _NAMING_CUES): these
name what a thing holds as well as its parts, so they break down the whole before them only when
a part names it; 含 also breaks down a figure that ends the clause before it and is no total.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, relations


def test_baohan_with_parts_that_name_the_whole():
    assert_pair("今年全县共排查安全隐患412处，包含消防隐患186处、交通隐患139处、燃气隐患87处。",
                "今年全县共排查安全隐患412处，包含消防隐患186处、交通隐患139处、燃气隐患107处。",
                "NUM001", "186处 + 139处 + 107处 = 432处", verified="parts")


def test_han_after_a_figure_that_is_no_total():
    assert_pair("今年该市建成公共充电桩5600个，含快充桩2300个、慢充桩3300个。",
                "今年该市建成公共充电桩5600个，含快充桩2300个、慢充桩3900个。",
                "NUM001", "2300个 + 3900个 = 6200个", verified="parts")


def test_hangai_with_a_part_naming_the_whole():
    assert_pair("这次展销会共展出农特产品380款，涵盖本地农特产品260款和外地农特产品120款。",
                "这次展销会共展出农特产品380款，涵盖本地农特产品260款和外地农特产品150款。",
                "NUM001", "260款 + 150款 = 410款", verified="parts")


def test_what_a_thing_holds_is_no_part_of_it():
    # the standards hold indicators; the plan holds tasks: counted alike, but no kinds of the whole
    for text in ("今年全省共发布地方标准12项，包含技术指标86项。",
                 "该规划共安排重点工程40项，涵盖具体任务130项。",
                 "全县今年改造农村公路路段85处，含桥梁120座。"):
        assert findings(text) == []
        assert not [r for r in relations(text) if r.kind.startswith("parts")]


def test_a_grade_after_a_figure_counts_nothing():
    # 5级到6级 is a magnitude: no count of the 震级 before it, so no part of the whole
    text = "本月该地区记录余震860次。其中，37次余震震级在5级到6级之间。"
    calcs = [r.args["calc"] for r in relations(text) if r.kind == "parts"]
    assert calcs == ["37次"]
