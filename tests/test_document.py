"""Offsets to line:column: 1-based, code points, every line-ending style."""
from checker.document import Document
from checker.source import document_from_bytes


def test_lf_positions():
    doc = Document("x", "甲乙\n丙丁\n")
    assert doc.position(0) == (1, 1)
    assert doc.position(3) == (2, 1)
    assert doc.position(4) == (2, 2)
    assert doc.line_text(2) == "丙丁"


def test_crlf_counts_one_line_break():
    doc = Document("x", "甲乙\r\n丙丁\r\n戊")
    assert doc.position(doc.text.index("丙")) == (2, 1)
    assert doc.position(doc.text.index("戊")) == (3, 1)
    assert doc.line_text(1) == "甲乙"


def test_lone_cr_is_a_line_break():
    doc = Document("x", "甲\r乙\r丙")
    assert doc.position(doc.text.index("丙")) == (3, 1)


def test_mixed_line_endings():
    doc = Document("x", "a\nb\r\nc\rd")
    assert [doc.position(doc.text.index(c)) for c in "abcd"] == [(1, 1), (2, 1), (3, 1), (4, 1)]


def test_tab_is_one_column():
    doc = Document("x", "\t甲")
    assert doc.position(1) == (1, 2)


def test_astral_characters_are_one_column():
    text = "𠀀𝄞😀甲"
    doc = Document("x", text)
    assert doc.position(text.index("甲")) == (1, 4)


def test_bom_is_not_a_column():
    doc = document_from_bytes("\ufeff甲乙".encode("utf-8"), "x")
    assert doc.bom and doc.text == "甲乙"
    assert doc.position(1) == (1, 2)
    assert doc.encoding_label == "utf-8-sig"


def test_offset_roundtrip():
    doc = Document("x", "一\r\n二三\n\n四五六")
    for offset in range(len(doc.text)):
        if doc.text[offset] in "\r\n":
            continue
        line, column = doc.position(offset)
        assert doc.offset(line, column) == offset


def test_shared_analysis_runs_once():
    calls = []

    def analysis(doc):
        calls.append(1)
        return len(doc.text)

    doc = Document("x", "甲乙")
    assert doc.shared(analysis) == doc.shared(analysis) == 2
    assert len(calls) == 1
