"""Durations written in two units and changes to zero, as the change-direction relation reads them
(checker/analysis/quantities.py, checker/analysis/relations/change.py).

All sentences are invented for these tests.
"""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from checker.analysis.quantities import quantities
from checker.document import Document

from num_helpers import assert_pair, findings, verified_kinds


def durations(text):
    return [(q.text, q.family, q.value) for q in Document("<t>", text).shared(quantities)]


@pytest.mark.parametrize("text, written, family, value", [
    ("窗口办证平均用时3小时20分钟。", "3小时20分钟", "time-second", D(12000)),
    ("窗口辦證平均用時3小時20分鐘。", "3小時20分鐘", "time-second", D(12000)),
    ("样品检测一次需要6分30秒。", "6分30秒", "time-second", D(390)),
    ("完成全部流程共耗时1小时5分30秒。", "1小时5分30秒", "time-second", D(3930)),
    ("设备连续运行2天12小时未出故障。", "2天12小时", "time-second", D(216000)),
    ("项目建设周期为3周2天。", "3周2天", "time-day", D(23)),
    ("该工程历时1年6个月完工。", "1年6个月", "time-month", D(18)),
    ("该工程历时1年零3个月完工。", "1年零3个月", "time-month", D(15)),
    ("该工程历时两年三个月完工。", "两年三个月", "time-month", D(27)),
    ("选手全程用时6分30秒。", "6分30秒", "time-second", D(390)),
])
def test_a_length_of_time_in_two_units_is_one_quantity_in_the_smaller(text, written, family, value):
    assert (written, family, value) in durations(text)


@pytest.mark.parametrize("text, alone", [
    ("会议于8时30分20秒准时开始。", "20秒"),        # a clock time
    ("比赛第3分30秒主队率先破门。", "30秒"),        # a moment of a match
    ("热线提供7天24小时服务。", "24小时"),          # every day round the clock: 24 is a whole day
    ("该项目于2023年6个月内完工。", "6个月"),       # a year of the calendar
])
def test_moments_and_whole_units_are_not_joined(text, alone):
    assert alone in [written for written, _, _ in durations(text)]


def test_a_duration_in_two_units_changes_direction_as_one_figure():
    assert_pair("市民中心将办证时间从4小时缩短到3小时20分钟。",
                "市民中心将办证时间从2小时缩短到3小时20分钟。",
                "NUM006", "2小时 → 3小时20分钟是增加", "change-direction")
    assert_pair("新设备将单次检测时长由8分钟缩短至6分30秒。",
                "新设备将单次检测时长由4分钟缩短至6分30秒。",
                "NUM006", "4分钟 → 6分30秒是增加", "change-direction")
    assert_pair("经过改造，工期由2年3个月缩短至1年6个月。",
                "经过改造，工期由1年3个月缩短至1年6个月。",
                "NUM006", "1年3个月 → 1年6个月是增加", "change-direction")


def test_years_before_months_are_no_longer_read_as_months_alone():
    # 1年3个月 → 11个月 is shorter: read as 3个月 → 11个月 it was reported
    assert findings("经过优化，该项目审批周期由1年3个月缩短至11个月。") == []
    assert "change-direction" in verified_kinds("经过优化，该项目审批周期由1年3个月缩短至11个月。")


def test_days_and_hours_are_compared_in_one_unit():
    assert_pair("物流专线开通后，全程运输用时由3天缩短到36小时。",
                "物流专线开通后，全程运输用时由1天缩短到36小时。",
                "NUM006", "1天 → 36小时是增加", "change-direction")
    assert_pair("受天气影响，审批时限由2天延长至2天12小时。",
                "受天气影响，审批时限由3天延长至2天12小时。",
                "NUM006", "3天 → 2天12小时是减少", "change-direction")


def test_a_change_to_a_bare_zero_takes_the_unit_of_its_start():
    assert_pair("为帮助受灾农户，银行将原本1.5%的贷款利率降至0。",
                "为帮助受灾农户，银行将原本1.5%的贷款利率增至0。",
                "NUM006", "1.5% → 0是减少", "change-direction")
    assert_pair("新系统上线后，窗口排队时间由20分钟缩短为零。",
                "新系统上线后，窗口排队时间由20分钟增加为零。",
                "NUM006", "20分钟 → 零是减少", "change-direction")


@pytest.mark.parametrize("text", [
    "寒潮过后，当地气温由零下5摄氏度回升至0。",     # from below zero: a rise
    "夜间气温将降至零下3摄氏度。",
    "全年赤字由300亿元减少到0。",
    "该指标由2.5降至0.5。",
])
def test_zero_and_figures_near_it_stay_quiet(text):
    assert findings(text) == []


def test_a_change_ending_a_series_starts_from_the_figure_of_the_earlier_point():
    assert_pair("2022年全县粮食产量为82万吨；2023年，再增加到89万吨。",
                "2022年全县粮食产量为82万吨；2023年，再增加到79万吨。",
                "NUM006", "82万吨 → 79万吨是减少", "change-direction")
    assert_pair("景区周六接待游客2700多人次，周日更增长至4100多人次。",
                "景区周六接待游客2700多人次，周日更增长至1350多人次。",
                "NUM006", "2700多人次 → 1350多人次", "change-direction")


@pytest.mark.parametrize("text", [
    "2022年甲县粮食产量为82万吨；2023年，乙县产量增加到79万吨。",   # another subject
    "2023年全县粮食产量为82万吨；2022年，再增加到79万吨。",         # points out of order
    "周一至周五每天接待游客2700人，周日增加到1350人。",             # a span of days, no point
    "2022年以来累计投入82亿元，2023年，再增加到79亿元。",           # a span since a year
])
def test_a_series_needs_two_ordered_points_and_one_subject(text):
    assert findings(text) == []
