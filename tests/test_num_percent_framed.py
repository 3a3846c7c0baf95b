"""Shares listed after a frame naming the one measure a whole is divided by (从…看，…; 按…分，…):
each thing has one value of it, so the shares of kinds named in one form make at most 100%
(checker/analysis/relations/partition.py, _framed_kinds).

All sentences are invented for these tests.
"""
from __future__ import annotations

from num_helpers import findings, verified_kinds


def test_kinds_after_a_frame_of_one_measure_make_at_most_the_whole():
    good = "今年全市共办理行政复议案件860件。从案件类别看，治安类占41.2%，交通类占28.6%，城建类占18.5%，环保类占9.2%。"
    bad = "今年全市共办理行政复议案件860件。从案件类别看，治安类占41.2%，交通类占28.6%，城建类占28.5%，环保类占9.2%。"
    assert findings(good) == [] and "percent-sum" in verified_kinds(good)
    [(rule, message)] = findings(bad)
    assert rule == "NUM008" and "41.2% + 28.6% + 28.5% + 9.2% = 107.5%" in message


def test_answers_that_may_be_several_are_no_kinds():
    # (one reader may care about both: the shares are of readers, each answer a share of its own)
    assert findings("从关注内容看，关注本地民生的读者占72%，关注文化旅游的读者占49%。") == []
