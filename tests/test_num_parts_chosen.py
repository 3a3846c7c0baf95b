"""Parts that are some chosen out of a whole, or people among those just counted
(checker/analysis/relations/breakdown.py, _selected; cues.py, _AMONG_THEM): `共X，评选出A a、B b`
(what is chosen out of a whole is inside it; the grades of one list are chosen apart, so they are
added), and `X人…，他们中有Y人…` (among them, as 其中).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings, verified_calcs


def test_grades_chosen_out_of_the_entries_are_added():
    assert_pair("本届摄影大赛共收到参赛作品640幅，经评委会两轮评审，评选出金奖6幅、银奖12幅、铜奖20幅。",
                "本届摄影大赛共收到参赛作品640幅，经评委会两轮评审，评选出金奖6幅、银奖12幅、铜奖720幅。",
                "NUM001", "其中720幅", verified="parts")
    assert_pair("全市共推荐乡村工匠候选人48名，评定出一级工匠15名、二级工匠21名。",
                "全市共推荐乡村工匠候选人48名，评定出一级工匠15名、二级工匠41名。",
                "NUM001", "15名 + 41名 = 56名", verified="parts")


def test_photographs_are_counted_in_zhen():
    assert_pair("这次共征集到老照片236帧，评选出入选作品58帧、优秀作品12帧。",
                "这次共征集到老照片236帧，评选出入选作品258帧、优秀作品12帧。",
                "NUM001", "其中258帧", verified="parts")


def test_chosen_ones_need_not_be_all():
    assert findings("本届大赛共收到作品860件，评选出一等奖12件、二等奖25件。") == []


def test_choosing_other_things_than_the_whole_counts_is_left_alone():
    # people chosen after a count of villages: another family, nothing weighed
    text = "全县今年新建美丽乡村示范村12个，评出先进个人30名。"
    assert findings(text) == []
    assert not verified_calcs(text, "parts")


def test_among_them():
    assert_pair("镇里组织起一支46人的护林巡查队，他们中有19人是退伍军人。",
                "镇里组织起一支46人的护林巡查队，他们中有49人是退伍军人。",
                "NUM001", "其中49人", verified="parts")
