"""Averages whose total is named in other ways: hours spent summed, the measure of the average's
verb (产 … 总产量), 平均 after the counted noun. Every sentence is the test's own."""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_hours_spent_make_a_total():
    assert_pair("今年暑假共有 48 名大學生參與社區陪讀，合計服務 3,360 小時，平均每位學生服務 70 小時。",
                "今年暑假共有 48 名大學生參與社區陪讀，合計服務 4,360 小時，平均每位學生服務 70 小時。",
                "NUM004", "48 名 × 每位70 小時", verified="average")


def test_a_length_of_time_is_no_total_without_a_total_word():
    assert findings("这次培训共有48名学员参加，历时36小时，平均每位学员提问3次。") == []


def test_the_measure_of_the_averages_verb():
    assert_pair("新建的食用菌大棚共有40座，每座每年可产鲜菇2万斤，全年总产量可达80万斤。",
                "新建的食用菌大棚共有40座，每座每年可产鲜菇2万斤，全年总产量可达110万斤。",
                "NUM004", "40座 × 每座每年2万斤", verified="average")


def test_average_after_the_counted_noun():
    assert_pair("全市15个文化站今年共开展活动1800场，每个文化站平均120场。",
                "全市15个文化站今年共开展活动1800场，每个文化站平均150场。",
                "NUM004", "15个 × 每个150场", verified="average")
