"""Word input: paragraphs and table cells in reading order, tracked changes, --annotate."""
from __future__ import annotations

import subprocess
import sys

import pytest
from checker import exit_codes

from test_formats import ARTICLE

docx = pytest.importorskip("docx")


def _tracked(paragraph, text: str, kind: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), "7")
    change.set(qn("w:author"), "记者")
    change.set(qn("w:date"), "2026-01-01T00:00:00Z")
    run, t = OxmlElement("w:r"), OxmlElement("w:delText" if kind == "del" else "w:t")
    t.text = text
    run.append(t)
    change.append(run)
    paragraph._p.append(change)


def build_article(path) -> None:
    """ARTICLE's prose as a Word document: a heading, a paragraph split across runs with a tracked
    insertion (read) and a tracked deletion (skipped), a second paragraph, a table."""
    document = docx.Document()
    document.add_heading("县域道路建设进展", 1)
    paragraph = document.add_paragraph("今年全县共完成投资")
    paragraph.add_run("3.5亿元,,").bold = True
    _tracked(paragraph, "同比增长", "ins")
    _tracked(paragraph, "删除,,的字", "del")
    paragraph.add_run("百分之十二。新建道路的里程比去年多出一倍，")
    paragraph.add_run("沿线村庄").italic = True
    paragraph.add_run("全部通上客车。")
    document.add_paragraph("运行 命令后，参见《建设,,通报》全文。")
    table = document.add_table(rows=2, cols=2)
    for (row, column), text in {(0, 0): "项目", (0, 1): "金额", (1, 0): "道路养护,,", (1, 1): "5万元"}.items():
        table.cell(row, column).text = text
    document.save(str(path))


def commented_spans(path) -> list[tuple[str, str]]:
    """(comment text, the document text its range covers), read back from the XML."""
    document = docx.Document(str(path))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    open_ranges: dict[str, list[str]] = {}
    covered: dict[str, str] = {}
    for element in document.element.body.iter():
        if element.tag == w + "commentRangeStart":
            open_ranges[element.get(w + "id")] = []
        elif element.tag == w + "commentRangeEnd":
            covered[element.get(w + "id")] = "".join(open_ranges.pop(element.get(w + "id")))
        elif element.tag == w + "t":
            for texts in open_ranges.values():
                texts.append(element.text or "")
    return [(c.text, covered[str(c.comment_id)]) for c in document.comments]


def test_docx_gives_the_same_findings_as_markdown_and_html(tmp_path):
    build_article(tmp_path / "a.docx")
    from checker import check_paths
    result = next(iter(check_paths([tmp_path / "a.docx"])))
    assert result.problem is None
    text = result.document.text
    assert "删除" not in text and "同比增长" in text   # insertion read, deletion skipped
    found = [(d.rule_id, text[d.start:d.end]) for d in result.diagnostics]
    assert found == [(d.rule_id, ARTICLE[d.start:d.end]) for d in __import__("checker").check_text(ARTICLE, "a.md")]
    # path:paragraph:column: paragraph 2 (after the heading), paragraph 3, table cell paragraph 6
    assert [(d.line, d.column) for d in result.diagnostics] == [(2, 15), (3, 13), (6, 5)]


def test_annotate_puts_each_comment_on_its_words(tmp_path):
    build_article(tmp_path / "a.docx")
    out = tmp_path / "reviewed.docx"
    result = subprocess.run([sys.executable, "-m", "checker", "a.docx", "--annotate", str(out)], cwd=tmp_path,
                            capture_output=True, check=False)
    assert result.returncode == exit_codes.FINDINGS, result.stderr.decode()
    spans = commented_spans(out)
    assert [covered for _, covered in spans] == [",,", ",,", ",,"]
    assert all(text.startswith("PUNC001") for text, _ in spans)
    # formatting kept: the bold run was split at the span's edge and both halves stay bold
    bold = [run.text for p in docx.Document(str(out)).paragraphs for run in p.runs if run.bold]
    assert bold == ["3.5亿元", ",,"]


def test_docx_is_never_fixed(tmp_path):
    build_article(tmp_path / "a.docx")
    before = (tmp_path / "a.docx").read_bytes()
    result = subprocess.run([sys.executable, "-m", "checker", "a.docx", "--fix"], cwd=tmp_path,
                            capture_output=True, check=False)
    assert (tmp_path / "a.docx").read_bytes() == before
    assert "not fixed" in result.stderr.decode() and "--annotate" in result.stderr.decode()
