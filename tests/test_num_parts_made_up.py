"""Part–whole stated as what a whole is made of or divided into (checker/analysis/relations/
breakdown.py, _made_up): `共X，由A a和B b组成/构成`, `X，分为A a和B b`, and `X，由两部分组成：A a，
B b`. Every part is named, so they add up to the whole exactly; a list ending in 等 names only
some of them.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_a_whole_made_of_the_parts_after_you():
    assert_pair("县消防志愿服务总队现有队员640人，由城区队员270人和乡镇队员370人组成。",
                "县消防志愿服务总队现有队员640人，由城区队员270人和乡镇队员470人组成。",
                "NUM001", "270人 + 470人 = 740人", verified="parts")


def test_a_whole_divided_into_parts_that_fall_short_is_reported():
    # 分为 names every part: their sum may not fall short of the whole either
    assert_pair("这片湿地保护区总面积3.6万公顷，分为核心区1.4万公顷和缓冲区2.2万公顷。",
                "这片湿地保护区总面积3.6万公顷，分为核心区1.4万公顷和缓冲区1.2万公顷。",
                "NUM002", "1.4万公顷 + 1.2万公顷 = 2.6万公顷", verified="parts")


def test_a_counted_make_up_after_a_colon():
    assert_pair("该片区改造计划投资5.4亿元，由三部分构成：管网改造2.1亿元，道路修缮1.8亿元，绿化亮化1.5亿元。",
                "该片区改造计划投资5.4亿元，由三部分构成：管网改造2.1亿元，道路修缮2.8亿元，绿化亮化1.5亿元。",
                "NUM001", "2.1亿元 + 2.8亿元 + 1.5亿元 = 6.4亿元", verified="parts")


def test_a_make_up_with_a_first_figure_right_after_you():
    assert "16名 + 9名 = 25人" in verified_calcs("此次赴外省学习的考察团共25人，由16名村干部和9名致富带头人组成。", "parts")


def test_a_list_ending_in_deng_names_only_some_parts():
    # 等: more members than those counted, so a sum below the whole is quiet
    assert findings("本次巡回医疗队共48人，由19名医生和11名护士等组成。") == []
    assert "19名 + 11名 = 30人" in verified_calcs("本次巡回医疗队共48人，由19名医生和11名护士等组成。", "parts")


def test_look_alikes_stay_quiet():
    for text in ("全县参赛选手共120人，分为6个小组，每组20人进行预赛。",
                 "园区年产值由800万元增加到1200万元，由于订单增多和新线投产组成了新的增长点。",
                 "考察团由16名村干部和9名致富带头人组成，共走访了25个村。"):
        assert findings(text) == []


def test_a_counted_division_into_batches():
    assert_pair("今年全县计划招录乡村教师420名，分为两批：第一批250名，第二批170名。",
                "今年全县计划招录乡村教师420名，分为两批：第一批250名，第二批120名。",
                "NUM002", "250名 + 120名 = 370名", verified="parts")


def test_the_current_and_the_capital_account():
    assert_pair("本年度總預算歲出 36.8 億元，其中經常門 24.5 億元，資本門 12.3 億元。",
                "本年度總預算歲出 36.8 億元，其中經常門 24.5 億元，資本門 14.3 億元。",
                "NUM001", "24.5 億元 + 14.3 億元", verified="parts")
