"""Figures and wholes read in more of the ways copy writes them: a unit in Latin letters set off
by a space (relations/spaced.py), a whole said by the time it counts before the rest closes its
list (rest.py), 段 as a measure word (units.tsv), and a word ending in the measure of a deed
(出口量: to_date.py).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings


def test_a_latin_unit_set_off_by_a_space_is_the_figure_s():
    assert findings("本县风电装机容量去年底为 640 MW，今年新增 115 MW，目前累计 755 MW。") == []
    [(rule, message)] = findings("本县风电装机容量去年底为 640 MW，今年新增 115 MW，目前累计 775 MW。")
    assert rule == "NUM003" and "640 MW + 115 MW" in message


def test_a_whole_said_by_its_time_before_the_rest():
    assert findings("今年受理住房补贴申请2,360件，城区1,120件，乡镇980件，其余农场社区260件。") == []
    [(rule, _)] = findings("今年受理住房补贴申请2,160件，城区1,120件，乡镇980件，其余农场社区260件。")
    assert rule == "NUM001"


def test_stretches_counted_in_duan():
    assert findings("今年共整治河段38段，一级河段9段，二级河段17段，三级河段12段。") == []
    [(rule, _)] = findings("今年共整治河段34段，一级河段9段，二级河段17段，三级河段12段。")
    assert rule == "NUM001"


def test_a_measure_of_the_deed_names_the_deed():
    assert findings("这家企业去年底已累计出口农机2.4万台，今年前8个月出口6200台，累计出口量达到30200台。") == []
    [(rule, _)] = findings("这家企业去年底已累计出口农机2.4万台，今年前8个月出口6200台，累计出口量达到32200台。")
    assert rule == "NUM003"


def test_a_figure_held_of_a_whole_is_no_whole_of_the_clauses_after_it():
    # 老年人占2.1万剂次 is a part of the 5.2万; 城镇, 农村 break down the 5.2万, not the 2.1万
    assert findings("上周全县接种疫苗5.2万剂次，老年人占2.1万剂次，城镇1.4万剂次，农村0.9万剂次。") == []


def test_one_part_of_an_including_list_above_the_whole():
    [(rule, message)] = findings("今年上半年执行访视关怀共计17,566人次(含电访22,836人次、家访6,860人次)。")
    assert rule == "NUM001" and "22,836人次" in message
    # the list's sum may pass the whole when its kinds overlap: never accused
    assert findings("全县共有志愿者5,200人（含党员1,800人、妇女2,600人、青年2,100人）。") == []


def test_a_share_said_of_the_sum_of_the_items():
    text = "该区2024年一般公共预算支出86亿元，其中教育支出18亿元、社会保障和就业支出14亿元、卫生健康支出8亿元，三项合计40亿元，占46.5%。"
    assert findings(text) == []
    [(rule, message)] = findings(text.replace("占46.5%", "占56.5%"))
    assert rule == "NUM005" and "40亿元 ÷ 86亿元" in message


def test_shares_given_respectively():
    assert findings("今年财政支出500亿元，其中教育90亿元、卫生60亿元、交通40亿元，分别占18%、12%和8%。") == []
    [(rule, message)] = findings("今年财政支出500亿元，其中教育90亿元、卫生60亿元、交通40亿元，分别占18%、12%和18%。")
    assert rule == "NUM005" and "40亿元 ÷ 500亿元" in message
    # shares of another whole, named after 占
    assert findings("全市受理更正申请1,200件，其中限期改正900件、直接裁罚300件，分别占全部申报件数的1.8%和0.6%。") == []


def test_one_part_above_a_whole_of_firms_reached_in_two_periods():
    [(rule, _)] = findings("今年共走访企业1,200家，一季度走访680家，二季度走访1,320家。")
    assert rule == "NUM001"
    assert findings("今年共走访企业1,200家，一季度走访680家，二季度走访720家。") == []


def test_a_share_said_of_the_part_its_subject_names():
    [(rule, message)] = findings("全市共有幼儿园1,024所，其中公办园612所、民办园412所，公办园占比69.8%。")
    assert rule == "NUM005" and "612所 ÷ 1,024所" in message
