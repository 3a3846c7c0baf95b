"""Work the NUM relations skip where its result is known without it: the answer must be the same.

- cue_spans of a text with no cue word splits no sentences (most texts hold none);
- ordered_points needs two points of time of one kind, each with a 年 or a 周/週/期/拜 of its own.
"""
from __future__ import annotations

from checker.analysis.relations.cues import cue_spans
from checker.analysis.relations.vocabulary import ordered_points
from checker.analysis.sentences import sentences
from checker.document import Document


def test_a_text_without_a_cue_is_not_split():
    doc = Document("a.txt", "市图书馆周末延长开放时间。读者可在线预约座位。")
    assert cue_spans(doc) == []
    assert sentences not in doc._shared


def test_a_text_with_a_cue_gives_its_sentence():
    text = "全镇有农户120户。其中，种植户80户，养殖户40户。"
    doc = Document("a.txt", text)
    assert (text.index("其中"), len(text)) in cue_spans(doc)


def test_two_points_of_one_kind_are_ordered():
    for text in ("2021年产量下滑，2022年回升到3万吨", "去年…今年增至500家", "星期一开放，星期三闭馆",
                 "週二入住，週五退房", "禮拜一開會，禮拜五出發"):
        assert ordered_points(text, 0, len(text)), text


def test_fewer_points_are_not_ordered():
    for text in ("2021年产量下滑，回升到3万吨", "周一至周五开放", "全年增至500家，周六休息", "星期一",
                 "工期延长到十个月"):
        assert not ordered_points(text, 0, len(text)), text
