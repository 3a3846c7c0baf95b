"""Running totals (checker/analysis/relations/running.py): a total whose own subject names the
group of the items listed."""
from __future__ import annotations

import pytest
from checker.analysis.relations import all_relations
from checker.document import Document
from checker.registry import load_rules

from helpers import run_rules

NUM = [r for r in load_rules() if r.family == "NUM" and r.check_path.startswith("numbers.")]


def findings(text):
    return [(d.rule_id, d.message) for d in run_rules(text, NUM)]


def verified_calcs(text):
    return [r.args.get("calc") for r in all_relations(Document("<t>", text)) if r.ok and r.kind == "running-total"]


def assert_pair(good, bad, arith):
    """The correct sentence is quiet and its sum verified; the broken one is reported by NUM003
    alone, showing the arithmetic."""
    assert findings(good) == []
    assert arith in verified_calcs(good)
    found = findings(bad)
    assert [r for r, _ in found] == ["NUM003"], found
    assert arith in found[0][1]


# The total's own subject names the group the list's event touched (受表彰人员 after the honourees
# listed, 入选项目 after the projects chosen): it is no item listed without a figure, so a total
# above the sum is reported, not taken for a list with an item left uncounted.
@pytest.mark.parametrize("good,bad,arith", [
    ("市司法局表彰优秀调解员52名、先进集体代表9名、资深调解员31名，受表彰人员共计92名。",
     "市司法局表彰优秀调解员52名、先进集体代表9名、资深调解员31名，受表彰人员共计150名。",
     "52名 + 9名 + 31名 = 92名"),
    ("本市表揚優秀教師52名、優良導師9名、資深教師31名，受表揚人員總計92名。",
     "本市表揚優秀教師52名、優良導師9名、資深教師31名，受表揚人員總計120名。",
     "52名 + 9名 + 31名 = 92名"),
    ("本次入选市级重点工程8个、区级重点工程15个，入选项目一共23个。",
     "本次入选市级重点工程8个、区级重点工程15个，入选项目一共33个。", "8个 + 15个 = 23个"),
    ("年度评选中荣获金奖的企业4家、荣获银奖的合作社7家，荣获奖项之单位合计11家。",
     "年度评选中荣获金奖的企业4家、荣获银奖的合作社7家，荣获奖项之单位合计21家。", "4家 + 7家 = 11家"),
])
def test_a_subject_naming_the_lists_own_group(good, bad, arith):
    assert_pair(good, bad, arith)


# A subject naming a stock or another group than the list's stays another quantity: quiet.
@pytest.mark.parametrize("text", [
    "大赛评出一等奖3名、二等奖5名、三等奖12名，参赛人员共计120名。",             # all who took part
    "市司法局表彰优秀调解员52名、先进集体代表9名，调解人员共计1500名。",           # no participle: a stock
    "市司法局表彰优秀调解员52名、先进集体代表9名，历年受表彰人员共计1500名。",     # every year's honourees
    "市司法局表彰优秀调解员52名、先进集体代表9名，全市调解员共计1500名。",
    "市司法局表彰优秀调解员52名、先进集体代表9名，现有调解员共计1500名。",
    "市司法局表彰优秀调解员52名、先进集体代表9名，累计1500名。",
    "市司法局表彰先进集体9个、优秀调解员52名，受表彰人员共计150名。",           # an item in another measure word
    "今年招录教师52名、医生9名，获得资助人员共计300名。",                         # shares no word with the list
])
def test_a_subject_of_another_group_stays_quiet(text):
    assert findings(text) == []

