"""Kinds named with a grade or a class: a grade in Latin letters is part of a part's noun (5A级景区:
common.counted), 较大 opening a kind is no comparison (较大事故40起; relations/parts.py, _GRADED),
the grades of accidents and the classes of roads (rules/data/num_words.txt), and the done and the
not yet done after `N件…中` (已办结 / 正在办理: parts.py, _whole_in).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_grades_in_latin_letters_are_kinds():
    assert_pair("全省现有A级旅游景区410家，其中5A级景区14家，4A级景区152家，3A级景区244家。",
                "全省现有A级旅游景区410家，其中5A级景区14家，4A级景区152家，3A级景区284家。",
                "NUM001", "14家 + 152家 + 284家 = 450家", verified="parts")


def test_jiaoda_opens_a_grade_not_a_comparison():
    assert_pair("去年全省共发生生产安全事故860起，其中一般事故812起，较大事故48起。",
                "去年全省共发生生产安全事故860起，其中一般事故812起，较大事故68起。",
                "NUM001", "812起 + 68起 = 880起", verified="parts")
    # 较上年 compares: the list ends there, and the change is no part
    text = "去年全省共发生生产安全事故860起，其中一般事故812起，较上年减少95起。"
    assert findings(text) == []
    assert verified_calcs(text, "parts") == ["812起"]


def test_roads_by_their_class():
    assert_pair("全县农村公路通车里程3460公里，其中县道540公里，乡道1120公里，村道1800公里。",
                "全县农村公路通车里程3460公里，其中县道540公里，乡道1120公里，村道2100公里。",
                "NUM001", "540公里 + 1120公里 + 2100公里 = 3760公里", verified="parts")


def test_the_done_and_the_not_yet_done_among_a_whole():
    assert_pair("全区今年收到的1480件群众诉求中，已办结1365件，正在办理115件。",
                "全区今年收到的1480件群众诉求中，已办结1365件，正在办理215件。",
                "NUM001", "1365件 + 215件 = 1580件", verified="parts")


def test_parts_named_by_what_they_are():
    # 满意的有… / 基本满意的…: the kinds are the words before 的, the noun the whole's, unsaid
    assert_pair("在这次回访的520户群众中，满意的有486户，基本满意的34户。",
                "在这次回访的520户群众中，满意的有486户，基本满意的54户。",
                "NUM001", "486户 + 54户 = 540户", verified="parts")
    # across a sentence such a part needs no noun of the whole (it counts the whole's, unsaid)
    text = "到昨天中午，大会秘书处共收到代表议案186件。其中，代表团提出的21件，30名以上代表联名提出的165件。"
    assert findings(text) == []
    assert verified_calcs(text, "parts")
