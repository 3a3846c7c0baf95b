"""Parts in clauses of their own added up when they are classes of one division
(checker/analysis/relations/kinds.py, _classes: 大气污染类/噪声类, 地上部分/地下部分), or kinds of
one set (rules/data/num_words.txt, exclusive-kinds: court cases by procedure, floor area above or
below ground, kinds of cultivated land, an application granted or turned down); the words before
a figure are read across the space Taiwan copy puts before digits (核准 2,915 件); and `这些…中`
opening a sentence breaks down the whole before it as `在这些…中` does.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_kinds


def test_classes_of_one_division_are_added():
    assert_pair("去年全市12345热线共受理诉求8600件，其中咨询类3900件，投诉类2800件，建议类1900件。",
                "去年全市12345热线共受理诉求8600件，其中咨询类3900件，投诉类2800件，建议类2900件。",
                "NUM001", "3900件 + 2800件 + 2900件 = 9600件", verified="parts")
    assert_pair("该馆总建筑面积4.2万平方米，其中地上部分2.9万平方米，地下部分1.3万平方米。",
                "该馆总建筑面积4.2万平方米，其中地上部分2.9万平方米，地下部分2.3万平方米。",
                "NUM001", "2.9万平方米 + 2.3万平方米 = 5.2万平方米", verified="parts")


def test_kinds_of_one_set_in_the_data_are_added():
    assert_pair("今年前十个月，县法院共受理案件3120件，其中刑事案件410件，民事案件2580件，行政案件130件。",
                "今年前十个月，县法院共受理案件3120件，其中刑事案件410件，民事案件2780件，行政案件130件。",
                "NUM001", "410件 + 2780件 + 130件 = 3320件", verified="parts")
    assert_pair("全镇现有耕地5.8万亩，其中水田3.5万亩，旱地2.3万亩。",
                "全镇现有耕地5.8万亩，其中水田3.5万亩，旱地3.3万亩。",
                "NUM001", "3.5万亩 + 3.3万亩 = 6.8万亩", verified="parts")


def test_a_space_before_the_digits_in_taiwan_copy():
    assert_pair("本局去年共受理建照申請 1,360 件，其中核准 1,215 件，駁回 145 件。",
                "本局去年共受理建照申請 1,360 件，其中核准 1,215 件，駁回 245 件。",
                "NUM001", "1,215 件 + 245 件 = 1,460件", verified="parts")


def test_zhexie_zhong_opens_a_breakdown_of_the_whole_before():
    assert_pair("今年全县新建村级便民服务站46个。这些服务站中，31个设在行政村。",
                "今年全县新建村级便民服务站46个。这些服务站中，51个设在行政村。",
                "NUM001", "其中51个", verified="parts")


def test_look_alikes_stay_quiet():
    # no shared class word (民生类 … 重点项目), or kinds of two sets (行政编制, 女): they may overlap
    for text in ("今年全区实施项目40个，其中民生类项目30个，重点项目20个。",
                 "全县机关事业单位共有干部860人，其中行政编制520人，女干部390人。"):
        assert findings(text) == []
        assert "parts" in verified_kinds(text)


def test_shangshu_zhong_opens_a_breakdown_of_the_whole_before():
    assert_pair("今年全县新建村级便民服务站46个。上述服务站中，31个设在行政村。",
                "今年全县新建村级便民服务站46个。上述服务站中，51个设在行政村。",
                "NUM001", "其中51个", verified="parts")
