"""累计 + a verb + the union of the items by their kind (checker/analysis/relations/running.py,
_UNION_AFTER): …食品案件45起、药品案件18起、特种设备案件9起，累计查处各类案件72起 sums the list even
though a period bounds it; the union may hold kinds the list leaves out, so only a union below the
list's sum is reported (各类案件320起 is quiet), and a union of another noun is no sum of it.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair, findings, relations


def test_a_union_by_kind_after_the_list():
    assert_running_pair("今年以来，市场监管部门查处食品案件45起、药品案件18起、特种设备案件9起，累计查处各类案件72起。",
                        "今年以来，市场监管部门查处食品案件45起、药品案件18起、特种设备案件9起，累计查处各类案件62起。",
                        "45起 + 18起 + 9起 = 72起")


@pytest.mark.parametrize("text", [
    # more kinds than listed
    "今年以来，市场监管部门查处食品案件45起、药品案件18起、特种设备案件9起，累计查处各类案件320起。",
    # another noun
    "今年以来，市场监管部门查处食品案件45起、药品案件18起、特种设备案件9起，累计查处各类违法行为62起。",
    # a stock with no union: 累计 bounded by 今年以来 counts earlier years too
    "今年以来，全市新建公厕86座、垃圾转运站14座，累计建成各类设施260座。",
])
def test_a_union_of_more_or_of_another_thing_stays_quiet(text):
    assert findings(text) == []
    assert not [r for r in relations(text, "running-total") if not r.ok]
