"""Sentence, clause and paragraph boundaries shared by the rules."""
import functools

from checker.analysis import sentences as sentences_module
from checker.analysis.sentences import Spans, clauses, paragraphs, sentences, stretches
from checker.checks import repetition
from checker.document import Document


def texts(spans):
    return [s.text for s in spans]


def test_sentences_keep_their_marks_and_closing_quotes():
    doc = Document("x", "他说：“好。”然后走了！真的吗？？\n第二段……结束")
    assert texts(sentences(doc)) == ["他说：“好。”", "然后走了！", "真的吗？？", "第二段……", "结束"]


def test_clauses_cut_at_commas_semicolons_and_colons_but_not_enumeration_commas():
    doc = Document("x", "扶志、扶智相结合,因人而异；分类施策：精准。")
    assert texts(clauses(doc)) == ["扶志、扶智相结合,", "因人而异；", "分类施策：", "精准。"]


def test_line_breaks_end_units_and_blank_lines_vanish():
    doc = Document("x", "甲乙\r\n\r\n  \n丙丁\r戊")
    assert texts(sentences(doc)) == ["甲乙", "丙丁", "戊"]
    assert [(p.start, p.end) for p in paragraphs(doc)] == [(0, 2), (9, 11), (12, 13)]


def test_spans_are_offsets_into_the_text():
    text = "第一句。第二句，还有。"
    for span in [*clauses(Document("x", text)), *sentences(Document("x", text))]:
        assert text[span.start:span.end] == span.text


def test_marks_alone_form_a_unit():
    assert texts(sentences(Document("x", "。。\n……"))) == ["。。", "……"]


def test_spans_read_like_a_list_of_spans():
    doc = Document("x", "一，二。\n三！")
    units = clauses(doc)
    assert isinstance(units, Spans) and len(units) == 3
    assert units[1] == (2, 4, doc.text) and units[-1].text == "三！"
    assert list(units[1:]) == [units[1], units[2]]
    assert list(units.starts) == [0, 2, 5] and list(units.ends) == [2, 4, 7]


def test_stretches_cut_at_line_feeds_only():
    text = "甲乙丙\n丁\n\n戊己庚辛\n壬"
    for size in (1, 2, 3, 5, 100):
        parts = list(stretches(text, size))
        assert "\n".join(parts) == text
        assert all(len(part) >= size or part is parts[-1] for part in parts)


def test_clause_prefilter_sees_a_doubled_clause_across_stretches(monkeypatch):
    # Stretches of one clause each (the reduced text has a line feed at each mark): the two copies
    # stand in different stretches, and the test must carry the first over the cut.
    monkeypatch.setattr(repetition, "stretches", functools.partial(sentences_module.stretches, size=1))
    assert repetition._may_double_a_clause(Document("x", "今天开会。我们要认真学习文件，认真学习文件，然后讨论。"))
    assert not repetition._may_double_a_clause(Document("x", "今天开会。我们要认真学习文件，然后讨论。"))
    repeated = "这是第一句很长的句子内容完整的。\n中间一句。\n这是第一句很长的句子内容完整的。"
    assert repetition._may_repeat_anywhere(Document("x", repeated))
