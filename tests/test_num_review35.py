"""Readings review 35 (40 blind planted-error pairs, parts and running totals: 23/40 strict at
6b6716e, 25/40 at bf182ff) asked for after it was counted: months named one by one or as a span
in a clause of their own before a list given with 分别, and places apart whose households cannot
be counted twice (这三个区共涉及…).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_months_named_one_by_one_before_a_list_given_respectively():
    assert_pair("今年4月、5月、6月，机场分别保障航班1.82万架次、1.95万架次、2.03万架次，二季度累计5.8万架次。",
                "今年4月、5月、6月，机场分别保障航班1.82万架次、2.95万架次、2.03万架次，二季度累计5.8万架次。",
                "NUM003", "1.82万架次 + 2.95万架次 + 2.03万架次", verified="running-total")


def test_a_span_of_months_in_a_clause_of_its_own():
    assert_pair("7月至9月，景区接待游客分别为36万人次、52万人次、28万人次，三季度累计116万人次。",
                "7月至9月，景区接待游客分别为36万人次、62万人次、28万人次，三季度累计116万人次。",
                "NUM003", "36万人次 + 62万人次 + 28万人次", verified="running-total")
    # (two months named, three figures: which month each is is not said)
    assert findings("7月至8月，景区接待游客分别为36万人次、52万人次、28万人次，三季度累计126万人次。") == []


def test_places_apart_cannot_reach_one_household_twice():
    assert_pair("城东区0.86万户、城西区0.64万户、高新区0.37万户，这三个区共覆盖1.87万户。",
                "城东区0.86万户、城西区0.74万户、高新区0.37万户，这三个区共覆盖1.87万户。",
                "NUM003", "0.86万户 + 0.74万户 + 0.37万户", verified="running-total")
    # (phases may reach a household again: the total may be less than their sum)
    assert findings("一期改造覆盖800户，二期覆盖900户，两期共覆盖1,200户。") == []
