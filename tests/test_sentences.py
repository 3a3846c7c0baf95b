"""Sentence, clause and paragraph boundaries shared by the rules."""
from checker.analysis.sentences import clauses, paragraphs, sentences
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
