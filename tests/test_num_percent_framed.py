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


def test_values_of_the_measure_named_any_way():
    # (the frame names the measure by a long name; its values are named each its own way)
    good = "从住院患者医保类型看，职工医保患者占46.5%，城乡居民医保患者占48.2%，自费患者占5.3%。"
    bad = "从住院患者医保类型看，职工医保患者占46.5%，城乡居民医保患者占58.2%，自费患者占5.3%。"
    assert findings(good) == [] and "percent-sum" in verified_kinds(good)
    [(rule, message)] = findings(bad)
    assert rule == "NUM008" and "46.5% + 58.2% + 5.3% = 110%" in message


def test_kinds_of_two_known_dimensions_under_one_frame():
    # (sex and age: one patient may be a woman and over 60)
    assert findings("从患者构成看，女性患者占54%，60岁以上患者占61%。") == []


def test_a_list_closed_by_the_rest_that_opened_in_the_sentence_before():
    # (the shares of 步行 and 公交 stand in the sentence before: this sentence's two are some of 100%)
    assert findings("按出行方式划分，公共交通出行占38.5%，步行出行占25.2%。小汽车出行占比为30.1%，其他方式占6.2%。") == []
