"""Medal tallies (checker/analysis/relations/running.py, cues.py; rules/data/units.tsv): the shorthand
6金9银3铜共18枚奖牌 sums its medals (every kind of medal is listed, none left without a figure), and
面 counts medals as Taiwan copy does (金牌9面、銀牌6面…，獎牌總數27面).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_running_pair, findings, relations


def test_a_medal_tally_sums_its_medals():
    assert_running_pair("本届锦标赛上我省选手获得5金7银4铜共16枚奖牌。",
                        "本届锦标赛上我省选手获得5金7银4铜共18枚奖牌。",
                        "5金 + 7银 + 4铜 = 16枚")
    # a total short of the tally is reported too: the tally leaves no medal out
    found = findings("本届锦标赛上我省选手获得5金7银4铜共14枚奖牌。")
    assert [r for r, _ in found] == ["NUM003"]


def test_medals_counted_in_mian():
    assert_running_pair("本屆全運會我市代表隊奪得金牌9面、銀牌6面、銅牌12面，獎牌總數27面。",
                        "本屆全運會我市代表隊奪得金牌9面、銀牌6面、銅牌12面，獎牌總數29面。",
                        "9面 + 6面 + 12面 = 27面")


def test_a_tally_beside_a_count_of_other_things_stays_quiet():
    for text in ("代表团获得5金7银4铜，共有160名运动员参赛。",
                 "代表团获得5金7银4铜，共有12个项目进入决赛。",
                 "他一面走一面说，四面八方的群众赶来，挂起两面锦旗。"):
        assert findings(text) == []
        assert not relations(text, "running-total")
