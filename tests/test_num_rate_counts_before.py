"""A rate whose two counts stand in the sentence before it (checker/analysis/relations/rate.py,
_counts_in_a_sentence_before): the part is the one count whose own deed, right before its figure,
does what the rate's word names (rules/data/num_words.txt rate-deeds); the base the count of its
kind before it.

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import assert_pair, findings


def test_the_counts_in_the_sentence_before():
    assert_pair("今年前三季度，县法院共受理各类案件4,200件，同比下降2.1%；审结3,780件。县法院负责人介绍，全院结案率达到90%。",
                "今年前三季度，县法院共受理各类案件4,200件，同比下降2.1%；审结3,780件。县法院负责人介绍，全院结案率达到95%。",
                "NUM010", "3,780件 ÷ 4,200件", verified="rate")


def test_the_count_of_the_deed_picked_out_by_qizhong():
    assert_pair("全年共抽检学校食堂食品样品860批次，其中合格817批次。全县学校食堂食品抽检合格率为95%。",
                "全年共抽检学校食堂食品样品860批次，其中合格817批次。全县学校食堂食品抽检合格率为98%。",
                "NUM010", "817批次 ÷ 860批次", verified="rate")


def test_a_rate_of_its_own_stem_is_not_read_so():
    # (失业率 is a rate of its own, not of the figures of 再就业 before it)
    assert findings("全年全县城镇新增就业1.2万人，失业人员再就业3,600人。年末全县城镇调查失业率为4.8%。") == []


def test_the_deed_right_after_the_counts_noun():
    assert_pair("全校2025届3,200名毕业生中，已有2,880人落实毕业去向。学校毕业去向落实率达到90%。",
                "全校2025届3,200名毕业生中，已有2,880人落实毕业去向。学校毕业去向落实率达到96%。",
                "NUM010", "2,880人 ÷ 3,200名", verified="rate")
