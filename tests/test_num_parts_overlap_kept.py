"""Lists after 其中 that the arithmetic rules must not add up, pinned after a review that found
readings adding them accused correct copy (bench/data/num_quiet_reviews.txt, the sixteenth review):
a kind and a negation of another measure (达标 in one respect, 不达标 in another), one person
counted under both 个人 and 团体, trunk and branch lines counted by the places they reach, and
measures named by joined verbs that one case may receive several of.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings


def test_a_negation_of_another_measure_is_no_complement():
    assert findings("全区抽查游乐设施420台，其中运行参数达标的400台，安全警示标识不达标的60台。") == []


def test_one_athlete_may_win_individual_and_team_medals():
    assert findings("市代表团有54名运动员登上领奖台，其中获得个人项目奖牌的40人，获得团体项目奖牌的30人。") == []


def test_trunk_and_branch_lines_reach_the_same_places():
    assert findings("全县通光缆的行政村186个，其中接入干线光缆的120个，接入支线光缆的150个。") == []


def test_one_case_may_receive_several_measures():
    assert findings("全市今年排查出隐患的燃气用户960户，其中维修更换820户、停气整改300户。") == []
