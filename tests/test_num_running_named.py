"""Running totals named by their subject (checker/analysis/relations/running.py, cues.py): 总额 after
a subject naming the list's noun (…配套资金3200万元，加上…中央资金6800万元，项目资金总额达1亿元), and the
days of the lunar new year as the periods a count of days sums (初一…，初二…，初三…，三天累计…).

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair, findings, relations


def test_a_sum_named_by_the_lists_noun_and_zonge():
    assert_running_pair("县财政安排配套资金3200万元，加上争取到的中央资金6800万元，项目资金总额达1亿元。",
                        "县财政安排配套资金3200万元，加上争取到的中央资金6800万元，项目资金总额达1.2亿元。",
                        "3200万元 + 6800万元 = 1亿元")


def test_lunar_new_year_days_are_the_days_counted():
    assert_running_pair("春节假期，景区接待游客：初一1.2万人次，初二2.3万人次，初三2.1万人次，三天累计5.6万人次。",
                        "春节假期，景区接待游客：初一1.2万人次，初二2.3万人次，初三2.1万人次，三天累计6.6万人次。",
                        "1.2万人次 + 2.3万人次 + 2.1万人次 = 5.6万人次")


@pytest.mark.parametrize("text", [
    # a place's whole, not the list's sum
    "县财政安排配套资金3200万元，加上争取到的中央资金6800万元，全县资金总额达3亿元。",
    # seven days counted, three listed
    "春节假期，景区接待游客：初一1.2万人次，初二2.3万人次，初三2.1万人次，七天累计接待18万人次。",
])
def test_wholes_of_more_than_the_list_stay_quiet(text):
    assert findings(text) == []
    assert not [r for r in relations(text, "running-total") if not r.ok]
