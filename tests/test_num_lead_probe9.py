"""Concepts from the blind tuning set tuning-9, each of which accused a correct copy: the rest of a
whole named after kinds of it (其余) belongs to the run of parts, and makes it complete; 以上 after
及 and a level (80岁及以上) bounds that level, it sums nothing. Sentences written for these tests."""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_the_rest_after_the_done_and_the_under_way_completes_the_run():
    assert_pair("该区今年计划新建充电站240座，目前已建成150座，正在建设60座，其余30座下半年开工。",
                "该区今年计划新建充电站240座，目前已建成150座，正在建设60座，其余70座下半年开工。",
                "NUM001", "150座 + 60座 + 70座 = 280座", "parts")


def test_the_rest_that_leaves_the_whole_short_is_reported():
    found = findings("该区今年计划新建充电站240座，目前已建成150座，正在建设60座，其余10座下半年开工。")
    assert [rule for rule, _ in found] == ["NUM002"]
    assert "150座 + 60座 + 10座 = 220座" in found[0][1]


def test_the_done_and_the_under_way_without_the_rest_are_not_all():
    # (what has not begun goes unsaid: the two states need not make the whole)
    assert findings("该区今年计划新建充电站240座，目前已建成150座，正在建设60座，另有部分仍在选址。") == []


def test_and_above_after_an_age_bounds_the_band():
    good = "全镇常住人口中65岁以上的有4800人，65至74岁2900人，75至84岁1500人，85岁及以上400人。"
    assert findings(good) == []
    assert verified_calcs(good) == []


def test_and_above_after_a_grade_bounds_it_too():
    assert findings("参评企业中，获评三级的有12家，二级及以上的有30家，共计42家。") == []


def test_yishang_opening_a_clause_still_sums_the_list():
    assert_pair("该校新招教师中，硕士90人、博士40人，以上合计130人。", "该校新招教师中，硕士90人、博士40人，以上合计150人。",
                "NUM003", "90人 + 40人 = 130人", "running-total")


def test_every_kind_of_a_framed_whole_must_reach_it():
    # (a whole framed by 中 and broken into 男/女, every kind of it: the parts make all of it)
    assert_pair("报名参赛的5300名选手中，男选手2870名，女选手2430名。", "报名参赛的5300名选手中，男选手2870名，女选手1930名。",
                "NUM002", "2870名 + 1930名 = 4800名", "parts")


def test_some_kinds_of_a_framed_whole_need_not_reach_it():
    # (省级/市级 are kinds of one set but not every kind: county-level ones may go unsaid)
    assert findings("获评的140个示范村中，省级示范村36个，市级示范村58个。") == []


def test_a_division_counting_its_parts_after_the_list():
    assert_pair("这笔专项资金共8.4亿元，分为基础设施6.1亿元和人员培训2.3亿元两部分。",
                "这笔专项资金共8.4亿元，分为基础设施6.1亿元和人员培训3.3亿元两部分。",
                "NUM001", "6.1亿元 + 3.3亿元 = 9.4亿元", "parts")


def test_a_division_counting_other_parts_than_listed_is_not_read():
    # (three parts said, two listed: the list is not the division)
    assert verified_calcs("这笔专项资金共8.4亿元，分为基础设施6.1亿元和人员培训2.3亿元三部分。", "parts") == []


def test_parts_after_the_measure_they_are_divided_by_do_not_overlap():
    assert_pair("今年回收的2.4万只旧手机，按处理方式分，翻新再售1.3万只，拆解利用0.9万只。",
                "今年回收的2.4万只旧手机，按处理方式分，翻新再售1.3万只，拆解利用1.5万只。",
                "NUM001", "1.3万只 + 1.5万只 = 2.8万只", "parts")


def test_parts_after_the_measure_need_not_be_all():
    # (divided by one measure, but not said to be every part: a sum below the whole is quiet)
    assert findings("今年回收的2.4万只旧手机，按处理方式分，翻新再售1.3万只，拆解利用0.6万只。") == []


def test_a_daily_average_over_a_year_named_by_its_number():
    assert_pair("本县2022年自来水供水量1460万吨，平均每日4万吨。", "本县2022年自来水供水量1460万吨，平均每日5万吨。",
                "NUM004", "每日5万吨 × 365至366天", "average")


def test_a_daily_average_over_a_half_year():
    assert_pair("上半年全市公交客运量3620万人次，日均20万人次。", "上半年全市公交客运量3620万人次，日均26万人次。",
                "NUM004", "每日26万人次 × 181至182天", "average")


def test_a_daily_average_over_a_holiday_inside_a_year_is_not_the_years():
    # (元旦假期 is the span, not 2023年: its days are not said)
    assert findings("2023年元旦假期全市景区接待游客96万人次，日均32万人次。") == []
    assert findings("2023年1至5月全市口岸出入境旅客620万人次，日均4.1万人次。") == []
