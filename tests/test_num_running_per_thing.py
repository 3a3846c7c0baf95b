"""Averages per one counted thing (checker/analysis/relations/average.py, cues.py): 每 + any
measure word of a count (每栋住户48户, 每个社区…), 每 + the noun of the count right before it
(42所乡村学校每校…, 38个村每村…, 48 個里每里…), and a bare total word heading the very next
clause (总计, 合计) totals the average whatever it names — unless averages of several tiers stand
before it (…每家奖励20万元；…每家奖励10万元，合计…: the tiers' total, no product of one).

All sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from num_helpers import assert_pair, findings, relations


def assert_average_pair(good, bad, arith):
    assert_pair(good, bad, "NUM004", arith, verified="average")


def test_per_one_thing_counted_in_a_measure_word():
    assert_average_pair("这批保障房共有16栋，每栋住户48户，总计768户。",
                        "这批保障房共有16栋，每栋住户48户，总计868户。",
                        "16栋 × 每栋48户 = 768户")
    assert_average_pair("全市120个社区每个社区配备网格员5名，共配备网格员600名。",
                        "全市120个社区每个社区配备网格员5名，共配备网格员700名。",
                        "120个 × 每个5名 = 600名")


def test_per_the_thing_the_count_before_names():
    assert_average_pair("县教育局为42所乡村学校每校配备图书2000册，共配备图书8.4万册。",
                        "县教育局为42所乡村学校每校配备图书2000册，共配备图书9.4万册。",
                        "42所 × 每校2000册 = 8.4万册")
    assert_average_pair("该镇给予38个村每村10万元的奖补资金，总额380万元。",
                        "该镇给予38个村每村10万元的奖补资金，总额480万元。",
                        "38个 × 每村10万元 = 380万元")
    assert_average_pair("市府核定 48 個里每里補助新臺幣 10 萬元，合計 480 萬元。",
                        "市府核定 48 個里每里補助新臺幣 10 萬元，合計 580 萬元。",
                        "48 個 × 每里10 萬元 = 480萬元")
    # a clause mark between, and 每校 over a count of 國中小 (國中 and 國小 are schools)
    assert_average_pair("本次補助 85 所國中小，每校補助 20 萬元，合計 1,700 萬元。",
                        "本次補助 85 所國中小，每校補助 20 萬元，合計 1,800 萬元。",
                        "85 所 × 每校20 萬元 = 1,700萬元")


@pytest.mark.parametrize("text", [
    "A类企业18家，每家奖励20万元；B类企业30家，每家奖励10万元，合计660万元。",     # tiers
    "一类村12个，每村补助10万元；二类村20个，每村补助5万元，合计220万元。",
    "全县38个村，其中示范村每村另奖励5万元，共计投入资金900万元。",                 # another noun, another total
    "该镇38个村每村建成文化广场1个，每年举办活动2000场。",                           # no total
    "本次補助 85 所國中小，每班補助 2 萬元，合計 1,700 萬元。",                       # per class, not per school
])
def test_tiers_and_totals_of_other_things_stay_quiet(text):
    assert findings(text) == []
    assert not [r for r in relations(text, "average") if not r.ok]
