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


def test_a_tally_is_one_run_of_figures():
    # medals counted before the tally are not of it: 12枚 is the day's golds, the tally the whole
    text = "中国队当天收获12枚金牌，本届共获得38金27银22铜共87枚奖牌。"
    assert findings(text) == []
    assert "38金 + 27银 + 22铜 = 87枚" in [r.args.get("calc") for r in relations(text, "running-total") if r.ok]


def test_a_total_with_a_verb_of_its_own_may_count_earlier_medals():
    # 又 … 共获得: the total counts the medals of earlier days too
    text = "代表团今天又收获2金1银1铜，共获得奖牌20枚。"
    assert findings(text) == []
