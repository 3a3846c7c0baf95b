"""总人数 as a total word (checker/analysis/relations/running.py, cues.py): right after the list, or
after a subject naming the list's deed (…高校师生有867人，参加献血的总人数…), as 总数 does; a subject of
a place or a stock (全市志愿者, 全县在编人员) names another quantity.

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair, findings, relations


def test_zongrenshu_after_a_subject_naming_the_deed():
    assert_running_pair("义务植树活动中，机关干部有420人参加，学校师生有680人，社区居民有350人，参加植树的总人数为1450人。",
                        "义务植树活动中，机关干部有420人参加，学校师生有680人，社区居民有350人，参加植树的总人数为1540人。",
                        "420人 + 680人 + 350人 = 1450人")


def test_zongrenshu_right_after_the_list():
    assert_running_pair("本期培训班招收学员：种植户36人、养殖户28人、电商从业者16人，总人数80人。",
                        "本期培训班招收学员：种植户36人、养殖户28人、电商从业者16人，总人数90人。",
                        "36人 + 28人 + 16人 = 80人")


@pytest.mark.parametrize("text", [
    "义务植树活动中，机关干部有420人参加，学校师生有680人，全市志愿者总人数达到2万人。",
    "今年招录教师120人、医生80人，全县在编人员总人数达到1.2万人。",
])
def test_a_headcount_of_another_whole_stays_quiet(text):
    assert findings(text) == []
    assert not [r for r in relations(text, "running-total") if not r.ok]
