"""Silences review 32 found (50 correct articles written blind, 18,561 characters: 2 false alarms at
6b6716e and at 50316ea): after a clause saying how a whole is divided (分品种看), each figure is one
of its parts, none the whole of the next; a figure after 其中 is a part itself, no whole of a share
said of the part beside it.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_after_a_division_clause_every_figure_is_a_part():
    assert findings("分品种看，今年收购早稻320万吨，玉米510万吨，大豆60万吨。") == []
    # (a whole before the division clause is still broken down by it)
    assert_pair("全县造林5.6万亩，分地区看，城区1.2万亩，山区3.6万亩，丘陵区0.8万亩。",
                "全县造林5.6万亩，分地区看，城区1.2万亩，山区4.6万亩，丘陵区0.8万亩。",
                "NUM001", "1.2万亩 + 4.6万亩 + 0.8万亩", verified="parts")


def test_a_part_after_zhongqi_is_no_whole_of_the_share_beside_it():
    text = "其中，进港航班2,150架次，出港航班1,850架次，出港航班占比46.3%。"
    assert findings(text) == []


def test_a_figure_after_another_after_zhongqi_may_be_a_shares_whole():
    bad = findings("全市新增就业3.5万人，其中高校毕业生1.2万人，实现旅游总收入600亿元，乡村旅游收入180亿元，占40%。")
    assert [f[0] for f in bad] == ["NUM005"]
