"""Running totals (checker/analysis/relations/running.py): a total whose own subject names the
group of the items listed, and a list item written with no measure word."""
from __future__ import annotations

import pytest

from num_helpers import assert_running_pair as assert_pair
from num_helpers import findings


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


# A list item with no measure word (生猪45) inside a 、 list of counts is an item of the list,
# counted like the item after it.
@pytest.mark.parametrize("good,bad,arith", [
    ("全县因灾死亡家禽共计3120羽、生猪45、羊8只，合计3173只。",
     "全县因灾死亡家禽共计3120羽、生猪45、羊8只，合计3273只。", "3120羽 + 45 + 8只 = 3173只"),
    ("死亡家禽計986,778羽、豬1,455、鹿11隻，合計988,244隻。",
     "死亡家禽計986,778羽、豬1,455、鹿11隻，合計998,244隻。", "986,778羽 + 1,455 + 11隻 = 988,244隻"),
    ("本届运动会设田径12项、游泳8、射击5项，共计25项。",
     "本届运动会设田径12项、游泳8、射击5项，共计35项。", "12项 + 8 + 5项 = 25项"),
    ("本屆運動會設田徑12項、游泳8、射擊5項，總計25項。",
     "本屆運動會設田徑12項、游泳8、射擊5項，總計35項。", "12項 + 8 + 5項 = 25項"),
    ("全市建成小型消防站12个、微型站30、中型站5个，一共47个。",
     "全市建成小型消防站12个、微型站30、中型站5个，一共57个。", "12个 + 30 + 5个 = 47个"),
])
def test_a_list_item_with_no_measure_word(good, bad, arith):
    assert_pair(good, bad, arith)


# Never a year, an ordinal, a hedged figure, a code or a figure with a noun of its own; never a
# list whose other items the total does not take (羽 is no 头).
@pytest.mark.parametrize("text", [
    "全区新建公厕12座、垃圾站2019、中转站3座，合计2034座。",
    "全区新建公厕12座、第3、中转站3座，合计20座。",
    "全区新建公厕12座、约5、中转站3座，合计20座。",
    "全区新建公厕12座、G5、中转站3座，合计20座。",
    "全区新建公厕12座、站5号、中转站3座，合计20座。",
    "死亡家禽3120羽、生猪45、牛8头，合计3173头。",
    "全县死亡畜禽共计5万只，其中家禽3120羽、生猪45、羊8只。",
])
def test_figures_that_are_no_bare_items_stay_quiet(text):
    assert findings(text) == []
