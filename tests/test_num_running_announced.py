"""Lists announced or opened before their items (checker/analysis/relations/running.py, cues.py): a
count before a colon opens the list and is no item of it (分为四个片区：…); a sentence that
announces its parts (分三批, 分两期) makes a bare 累计 after them their sum; a total whose subject
repeats the noun before the colon (…补助资金：…，资金合计…) sums the list; 总量 sums the list right
before it as 总数 does.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair, findings, relations


def test_a_count_before_a_colon_opens_the_list():
    assert_running_pair("义诊分为四个片区：东片接诊420人次，西片380人次，南片260人次，北片190人次，四个片区共接诊1250人次。",
                        "义诊分为四个片区：东片接诊420人次，西片380人次，南片260人次，北片190人次，四个片区共接诊1350人次。",
                        "420人次 + 380人次 + 260人次 + 190人次 = 1250人次")


def test_parts_announced_then_summed_by_a_bare_leiji():
    assert_running_pair("县里分两期修缮校舍，一期投入860万元，二期投入640万元，累计1500万元。",
                        "县里分两期修缮校舍，一期投入860万元，二期投入640万元，累计1600万元。",
                        "860万元 + 640万元 = 1500万元")


def test_a_subject_repeating_the_noun_before_the_colon():
    assert_running_pair("今年到位的水利补助资金：国家补助1.45亿元，省级补助0.62亿元，县级自筹0.33亿元，资金合计2.4亿元。",
                        "今年到位的水利补助资金：国家补助1.45亿元，省级补助0.62亿元，县级自筹0.33亿元，资金合计2.8亿元。",
                        "1.45亿元 + 0.62亿元 + 0.33亿元 = 2.4亿元")


def test_zongliang_sums_the_list_before_it():
    assert_running_pair("港口今年装卸散货3.1万吨、集装箱货1.7万吨、件杂货0.6万吨，总量达5.4万吨。",
                        "港口今年装卸散货3.1万吨、集装箱货1.7万吨、件杂货0.6万吨，总量达6.4万吨。",
                        "3.1万吨 + 1.7万吨 + 0.6万吨 = 5.4万吨")


@pytest.mark.parametrize("text", [
    # four parts announced, three listed: 累计 counts the fourth too
    "县里分四期修缮校舍，一期投入860万元，二期投入640万元，三期投入300万元，累计2600万元。",
    # 累计 of another thing, with a period of its own
    "县里分两期修缮校舍，一期投入860万元，二期投入640万元，今年累计投入教育经费3亿元。",
    # a whole of the place, not the list
    "今年到位的水利补助资金：国家补助1.45亿元，省级补助0.62亿元，全县财政收入总额45亿元。",
    # 总量 with a subject and a year of its own
    "港口今年装卸散货3.1万吨、集装箱货1.7万吨，全年吞吐总量达80万吨。",
])
def test_totals_of_more_or_of_other_things_stay_quiet(text):
    assert findings(text) == []
    assert not [r for r in relations(text, "running-total") if not r.ok]
