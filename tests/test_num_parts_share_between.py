"""Parts after 其中 each followed by a clause of its share (checker/analysis/relations/parts.py,
_SHARE_OF_PART): `其中，城镇人口31.2万人，占比64.2%；乡村人口17.4万人，占比35.8%` — the share clause is
passed over like a clause of how the part changed, and the list goes on.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_a_share_clause_between_parts_does_not_end_the_list():
    assert_pair("去年全市常住人口326.4万人，其中，城镇人口214.7万人，占比65.8%；乡村人口111.7万人，占比34.2%。",
                "去年全市常住人口326.4万人，其中，城镇人口214.7万人，占比65.8%；乡村人口131.7万人，占比40.3%。",
                "NUM001", "214.7万人 + 131.7万人 = 346.4万人", verified="parts")


def test_overlapping_kinds_with_shares_are_weighed_alone():
    # 一线/大专及以上/35岁及以下: kinds of three sets, each with its share; none is added
    text = "全年新发展党员3.6万名，其中，一线的1.9万名，占52.8%；大专及以上学历的2.1万名，占58.3%；35岁及以下的2.6万名，占72.2%。"
    assert findings(text) == []
    assert verified_calcs(text, "parts") == ["2.6万名"]
