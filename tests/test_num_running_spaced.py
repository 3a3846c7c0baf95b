"""Running totals and averages in copy that sets figures off with spaces (Taiwan releases: 總計 8,060
萬元, 每人領取新臺幣 3,000 元): the space before a figure is no boundary, so its total word or its
average's marker is read (checker/analysis/quantities.py, _spaced_off), and a figure right after a
list mark with a space before its unit (12 座公園、8 座廣場) is a figure of that copy too.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, assert_running_pair, findings, relations


def test_a_spaced_total_sums_its_spaced_items():
    assert_running_pair("縣府今年核定老舊校舍補強經費：國中 2,150 萬元、國小 3,480 萬元，總計 5,630 萬元。",
                        "縣府今年核定老舊校舍補強經費：國中 2,150 萬元、國小 3,480 萬元，總計 6,530 萬元。",
                        "2,150 萬元 + 3,480 萬元 = 5,630萬元")


def test_a_spaced_figure_right_after_a_list_mark_is_an_item():
    assert_running_pair("市府今年完成 12 座公園、8 座廣場的改善，合計 20 座。",
                        "市府今年完成 12 座公園、8 座廣場的改善，合計 22 座。",
                        "12 座 + 8 座 = 20座")


def test_a_spaced_average_times_its_count_is_its_total():
    assert_pair("市府今年為 2,400 位長者每人發放新臺幣 1,500 元，總計發放 360 萬元。",
                "市府今年為 2,400 位長者每人發放新臺幣 1,500 元，總計發放 380 萬元。",
                "NUM004", "2,400 位 × 每人1,500 元 = 360萬元", verified="average")


def test_a_spaced_stock_after_a_dated_list_stays_quiet():
    # 累計 with no verb after a list bounded by 今年: every case so far, earlier ones included
    text = "衛生局指出，今年轄內登革熱境外移入 5 例、本土病例 2 例，累計 23 例。"
    assert findings(text) == []
    assert not relations(text, "running-total")


def test_a_space_in_ordinary_copy_joins_no_figures_of_other_things():
    # the space reads the words before the figure; it makes no list of a date and an amount
    text = "市府表示，自 2024 年起，每年編列 1,200 萬元補助社區，總計 30 個社區受惠。"
    assert findings(text) == []
