"""Part–whole as a whole spread over places (checker/analysis/relations/breakdown.py, _distributed):
`N例分布狀況為A區x例，B區y例，C區、D區各z例` and `N个，分布在A a个、B b个`. Each thing is in one place,
so the counts are added, places sharing one count (各) each taking it; a list that runs to the
sentence's end or to a clause counting nothing of the kind names every place.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_a_distribution_with_places_sharing_a_count():
    assert_pair("本週新增腸病毒重症12例，分布狀況為北區4例，東區3例，南區及安平區各2例，仁德區1例，年齡介於1歲至6歲。",
                "本週新增腸病毒重症12例，分布狀況為北區4例，東區3例，南區及安平區各3例，仁德區1例，年齡介於1歲至6歲。",
                "NUM001", "4例 + 3例 + 3例 + 3例 + 1例 = 14例", verified="parts")


def test_a_distribution_that_falls_short_is_reported():
    assert_pair("全县现有省级美丽乡村示范村46个，分布在北部山区19个、南部平原27个。",
                "全县现有省级美丽乡村示范村46个，分布在北部山区19个、南部平原21个。",
                "NUM002", "19个 + 21个 = 40个", verified="parts")


def test_places_named_only_in_part_are_no_whole_list():
    # 主要分布在 (mostly there) and a list ending in 等 name only some places: a sum below is quiet
    for text in ("全县现有省级美丽乡村示范村46个，主要分布在北部山区19个、南部平原21个。",
                 "全县现有省级美丽乡村示范村46个，分布在北部山区19个、南部平原21个等地。"):
        assert findings(text) == []
    assert "19个 + 21个 = 40个" in verified_calcs("全县现有省级美丽乡村示范村46个，主要分布在北部山区19个、南部平原21个。", "parts")


def test_a_list_clause_in_another_shape_leaves_the_list_unread():
    # 南区新增5例 counts the kind in a shape the list cannot read: nothing is added
    text = "今日新增病例20例，分布狀況為北區8例，東區6例，南區新增5例。"
    assert findings(text) == []
    assert not verified_calcs(text, "parts")
