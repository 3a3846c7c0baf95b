"""Breakdowns across a sentence read this stop (checker/analysis/relations/parts.py).

A list closed by the other kinds (…；交通事故…；其他…) is every kind of its whole, none twice, so
it breaks down the one amount of its kind in the sentence before, whatever its items' names; after
a ；, 其他 + a noun goes on with the list. A frame opening a sentence (分产业看，…) divides the
whole before even when it opens with 分, a character 分别为 also opens.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_a_list_closed_by_the_other_kinds_breaks_down_the_whole_before():
    assert_pair("去年全区消防队出动抢险救援3,480次。其中，火灾扑救1,260次、社会救助1,905次、其他警情315次。",
                "去年全区消防队出动抢险救援3,480次。其中，火灾扑救1,260次、社会救助2,905次、其他警情315次。",
                "NUM001", "1,260次 + 2,905次 + 315次 = 4,480次", verified="parts")


def test_the_other_kinds_after_a_semicolon_go_on_with_the_list():
    assert_pair("本縣今年受理陳情案件2,140件。其中，道路養護860件；環境衛生725件；其他類別555件。",
                "本縣今年受理陳情案件2,640件。其中，道路養護860件；環境衛生725件；其他類別555件。",
                "NUM002", "860件 + 725件 + 555件 = 2,140件", verified="parts")


def test_without_the_other_kinds_the_parts_must_still_name_the_whole():
    # nothing closes the list and its names say nothing of the whole: which whole, and whether
    # they are kinds of it, is not said
    text = "去年全区消防队出动抢险救援3,480次。其中，火灾扑救1,260次、社会救助2,905次。"
    assert findings(text) == []


def test_a_frame_opening_with_fen_divides_the_whole_before():
    assert_pair("前三季度，全县居民生活用电量41.6亿千瓦时。分区域看，城镇居民用电27.2亿千瓦时，乡村居民用电14.4亿千瓦时。",
                "前三季度，全县居民生活用电量41.6亿千瓦时。分区域看，城镇居民用电27.2亿千瓦时，乡村居民用电17.4亿千瓦时。",
                "NUM001", "27.2亿千瓦时 + 17.4亿千瓦时 = 44.6亿千瓦时", verified="parts")
