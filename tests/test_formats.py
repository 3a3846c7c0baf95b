"""Markdown and HTML input: prose plus one offset map; findings and fixes land in the prose only."""
from __future__ import annotations

import subprocess
import sys

from checker import check_text, exit_codes
from checker.config import Config
from checker.document import Document
from checker.formats import format_of
from checker.formats.html import extract as html_prose
from checker.formats.markdown import extract as markdown_prose
from checker.runner import Options, check_one
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT

ARTICLE = """---
title: 试点,,总结
tags: [县域]
---

# 县域道路建设进展

今年全县共完成投资3.5亿元,,同比增长百分之十二。新建道路的里程
比去年多出一倍，**沿线村庄**全部通上客车。

```
档案编号201612310日
```

    缩进代码,,照旧

运行 `a,,b` 命令后，参见[《建设,,通报》](http://example.org/路径,,x)全文。

<!-- 编辑备注,,勿删 -->

| 项目 | 金额 |
|---|---|
| 道路养护,, | 5万元 |
"""

TOML_ARTICLE = ARTICLE.replace("---\ntitle: 试点,,总结\ntags: [县域]\n---", '+++\ntitle = "试点,,总结"\n+++\n')

# (line, column, matched text) of the prose errors in ARTICLE
EXPECTED = [(8, 15, ",,"), (17, 21, ",,"), (23, 7, ",,")]


def findings(text: str, path: str) -> list[tuple[int, int, str]]:
    return [(d.line, d.column, text[d.start:d.end]) for d in check_text(text, path, select=["PUNC001"])]


def fixed_text(text: str, path: str, select: tuple[str, ...] | None = ("PUNC001",)) -> str:
    result = check_one(Document(path, text), Config(), Options(select=select, fix=True))
    return result.fixed_text if result.fixed_text is not None else text


def non_prose(text: str, extract) -> str:
    """The source with every character the prose copies verbatim taken out: markup, code, front matter."""
    prose = extract(text)
    copied = {prose.starts[i] for i in range(len(prose.text))
              if prose.ends[i] - prose.starts[i] == 1 and text[prose.starts[i]] == prose.text[i]}
    return "".join(ch for i, ch in enumerate(text) if i not in copied)


def test_format_by_extension_and_override():
    assert format_of("a.md") == format_of("b.MARKDOWN") == "markdown"
    assert format_of("a.htm") == format_of("a.html") == "html"
    assert format_of("a.docx") == "docx" and format_of("a.txt") == format_of("README") == "plain"
    assert format_of("a.txt", "markdown") == "markdown"


def test_markdown_article_only_prose_errors_at_their_line_and_column():
    assert findings(ARTICLE, "a.md") == EXPECTED
    # with every rule on, nothing else: not the code, the comment, the URL, the front matter, the
    # table's short cells or the hard wrap
    assert [(d.rule_id, d.line, d.column) for d in check_text(ARTICLE, "a.md")] == \
        [("PUNC001", line, column) for line, column, _ in EXPECTED]
    assert findings(TOML_ARTICLE, "a.md") == EXPECTED  # its front matter has as many lines
    # the same text as plain text reports the code, the comment, the URL and the front matter too
    assert len(findings(ARTICLE, "a.txt")) > len(EXPECTED)


def test_markdown_fix_changes_prose_only():
    for text in (ARTICLE, TOML_ARTICLE):
        after = fixed_text(text, "a.md")
        assert after.count(",,") == text.count(",,") - 3
        assert non_prose(after, markdown_prose) == non_prose(text, markdown_prose)
        assert "201612310日" in after and "`a,,b`" in after and "路径,,x" in after and "编辑备注,,勿删" in after


def test_malformed_date_in_code_is_not_reported():
    text = "正文一句。\n\n```\n于201612310日开工\n```\n\n行内 `于201612310日` 也是代码。\n"
    assert check_text(text, "a.md", select=["DATE"]) == []
    assert check_text(text, "a.txt", select=["DATE"])


def test_offset_map_escapes_entities_emphasis_links_crlf_and_non_bmp():
    text = "𠮷野家\\*一&amp;二 **加粗,,词** [链接,,字](http://a.b/c,,d)\r\n第二行𩸽,,尾。\r\n"
    prose = markdown_prose(text)
    assert prose.text == "𠮷野家*一&二 加粗,,词 链接,,字第二行𩸽,,尾。"
    for i, ch in enumerate(prose.text):
        source = text[prose.starts[i]:prose.ends[i]]
        assert source == ch or (ch, source) in {("*", "\\*"), ("&", "&amp;")}
    found = findings(text, "a.md")
    # columns count code points: 𠮷 is one; the escape and the entity count as written
    assert found == [(1, 18, ",,"), (1, 27, ",,"), (2, 5, ",,")]
    after = fixed_text(text, "a.md")
    assert after == "𠮷野家\\*一&amp;二 **加粗,词** [链接,字](http://a.b/c,,d)\r\n第二行𩸽,尾。\r\n"


def test_soft_break_joins_a_paragraph_and_markup_keeps_one_sentence():
    text = "他说，今年的\n收成比去年好。\n\n这是**加粗**的[一句](http://x.y)话。\n"
    prose = markdown_prose(text)
    assert prose.text == "他说，今年的收成比去年好。\n这是加粗的一句话。"
    from checker.analysis.sentences import sentences
    assert len(sentences(Document("a.md", prose.text))) == 2


def test_block_roles_reach_structure():
    from checker.analysis.structure import structure
    from checker.formats import prose_document
    text = "# 标题\n\n正文一句话。\n\n- 列表项目\n\n| 甲 | 乙 |\n|---|---|\n| 丙 | 丁 |\n"
    prose = markdown_prose(text)
    doc = prose_document(Document("a.md", text), prose)
    roles = [b.role for b in structure(doc).blocks]
    assert roles[2] == "list-item" and roles[-1] == "field" and roles[-2] == "field"


_PIECES = st.sampled_from([
    "补短板,,促攻坚", "`x,,y`", "[链接,,字](http://e.org/甲,,乙)", "<http://e.org/,,>", "**强调,,**",
    "<!-- 注,, -->", "\\*", "&amp;", "&nbsp;", "2016年,,", "𠮷,,", " ", "\n", "\r\n", "。。", "，，", "*", "_",
])
_BLOCKS = st.sampled_from(["", "# ", "- ", "> ", "1. ", "    ", "```\n代码,,\n```\n", "| 甲,, | 乙 |\n|---|---|\n| ",
                           "---\n题,,: 值\n---\n", "+++\n题 = \",,\"\n+++\n", "<div>\n块,,\n</div>\n"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_BLOCKS, st.lists(_PIECES, max_size=6)), min_size=1, max_size=5))
def test_property_fix_leaves_every_non_prose_byte_unchanged(blocks):
    text = "\n\n".join(prefix + "".join(pieces) for prefix, pieces in blocks) + "\n"
    after = fixed_text(text, "a.md", select=None)
    assert non_prose(after, markdown_prose) == non_prose(text, markdown_prose)


# --- HTML -----------------------------------------------------------------------------------

HTML_ARTICLE = """<!DOCTYPE html>
<html><head><title>试点,,总结</title><script>var s = "a,,b";</script><style>p{x:1}</style></head>
<body>
<h1>县域道路建设进展</h1>
<p>今年全县共完成投资3.5亿元,,同比增长百分之十二。新建道路的里程
比去年多出一倍，<b>沿线村庄</b>全部通上客车。</p>
<pre>档案编号201612310日</pre>
<p>运行 <code>a,,b</code> 命令后，参见<a href="http://example.org/路径,,x">《建设,,通报》</a>全文。</p>
<!-- 编辑备注,,勿删 -->
<table><tr><th>项目</th><th>金额</th></tr><tr><td>道路养护,,</td><td>5万元</td></tr></table>
<p>A&amp;B公司&nbsp;表示&#x3002;</p>
<textarea>输入,,框</textarea>
</body></html>
"""


def test_html_article_same_findings_as_markdown():
    html_found = check_text(HTML_ARTICLE, "a.html")
    md_found = check_text(ARTICLE, "a.md")
    assert [(d.rule_id, HTML_ARTICLE[d.start:d.end]) for d in html_found] == \
        [(d.rule_id, ARTICLE[d.start:d.end]) for d in md_found]
    assert [(d.line, d.column) for d in html_found if d.rule_id == "PUNC001"] == [(5, 18), (8, 69), (10, 51)]
    assert not [d for d in html_found if d.rule_id == "ENC014"]  # entities are markup here


def test_html_fix_changes_text_nodes_only():
    after = fixed_text(HTML_ARTICLE, "a.html")
    assert after.count(",,") == HTML_ARTICLE.count(",,") - 3
    assert non_prose(after, html_prose) == non_prose(HTML_ARTICLE, html_prose)
    assert "&amp;" in after and "&nbsp;" in after and "&#x3002;" in after


# --- suppressions ---------------------------------------------------------------------------

def test_disable_next_line_and_block_silence_exactly_their_lines():
    text = ("<!-- jiaodui-disable-next-line PUNC001 -->\n甲,,乙。\n丙,,丁。\n\n"
            "<!-- jiaodui-disable PUNC -->\n\n戊,,己。\n\n庚,,辛。\n\n<!-- jiaodui-enable PUNC -->\n\n壬,,癸。\n")
    found = [(d.rule_id, d.line) for d in check_text(text, "a.md")]
    assert found == [("PUNC001", 3), ("PUNC001", 13)]
    html = "<!-- jiaodui-disable-next-line PUNC001 -->\n<p>甲,,乙。</p>\n<p>丙,,丁。</p>\n"
    assert [(d.rule_id, d.line) for d in check_text(html, "a.html")] == [("PUNC001", 3)]


def test_unused_suppression_is_reported_at_info():
    text = "<!-- jiaodui-disable-next-line PUNC001 -->\n甲乙丙丁。\n"
    found = check_text(text, "a.md")
    assert [(d.rule_id, d.line, str(d.severity)) for d in found] == [("LAYOUT900", 1, "info")]
    assert "PUNC001" in found[0].message
    # not reported when the rule is not checked in this run
    assert check_text(text, "a.md", select=["DATE"]) == []


def test_a_misspelt_suppression_is_reported_and_silences_nothing():
    text = "<!-- jiaodui-disable-line PUNC001 -->\n甲,,乙。\n"
    found = [(d.rule_id, d.line) for d in check_text(text, "a.md")]
    assert found == [("LAYOUT900", 1), ("PUNC001", 2)]
    message = next(d for d in check_text(text, "a.md", lang="en") if d.rule_id == "LAYOUT900").message
    assert "jiaodui-disable-line" in message and "must be jiaodui-disable-next-line" in message


def test_a_suppression_comment_in_plain_text_is_reported_one_in_a_code_block_is_not():
    comment = "<!-- jiaodui-disable-next-line PUNC001 -->"
    found = check_text(f"{comment}\n甲,,乙。\n", "a.txt")
    assert [(d.rule_id, d.line) for d in found] == [("LAYOUT900", 1), ("PUNC001", 2)]
    assert "纯文本" in found[0].message
    assert check_text(f"正文。\n\n```\n{comment}\n```\n", "a.md") == []   # code: text about jiaodui


def test_the_suppression_rule_is_selected_ignored_and_explained_like_any_other(tmp_path):
    text = "<!-- jiaodui-disable-next-line PUNC001 -->\n甲乙丙丁。\n"
    assert check_text(text, "a.md", ignore=["LAYOUT900"]) == []
    assert check_text(text, "a.md", ignore=["unused-suppression"]) == []
    assert [d.rule_id for d in check_text(text, "a.md", select=["LAYOUT", "PUNC001"])] == ["LAYOUT900"]
    explained = subprocess.run([sys.executable, "-m", "checker", "explain", "LAYOUT900"], cwd=ROOT,
                               capture_output=True, check=False)
    assert explained.returncode == 0 and "unused-suppression" in explained.stdout.decode()


def test_unknown_rule_in_a_suppression_is_an_error(tmp_path):
    (tmp_path / "a.md").write_text("正文。\n\n<!-- jiaodui-disable NOSUCH999 -->\n甲,,乙。\n", "utf-8")
    result = subprocess.run([sys.executable, "-m", "checker", "a.md"], cwd=tmp_path, capture_output=True, check=False)
    assert result.returncode == exit_codes.ERROR
    assert "a.md:3:" in result.stderr.decode() + result.stdout.decode()
    assert "NOSUCH999" in result.stderr.decode() + result.stdout.decode()
    assert "全部检查通过" not in result.stdout.decode()  # the file was not checked: never "all passed"


def test_stdin_filename_and_format_in_choose_the_format():
    text = "运行 `甲,,乙` 命令。\n"
    for args in (["--stdin-filename", "x.md"], ["--format-in", "markdown"]):
        result = subprocess.run([sys.executable, "-m", "checker", "-", *args, "--select", "PUNC001"],
                                input=text.encode(), cwd=ROOT, capture_output=True, check=False)
        assert result.returncode == exit_codes.OK, result.stdout.decode()
    plain = subprocess.run([sys.executable, "-m", "checker", "-", "--select", "PUNC001"], input=text.encode(),
                           cwd=ROOT, capture_output=True, check=False)
    assert plain.returncode == exit_codes.FINDINGS


_NO_SPACE = str.maketrans("", "", " \t\r\n")
_HTML_PIECES = st.sampled_from([
    "补短板,,促攻坚", "<code>x,,y</code>", '<a href="http://e.org/甲,,乙">链接,,字</a>', "<b>强调,,</b>", "<!-- 注,, -->",
    "&amp;", "&nbsp;", "&#x3002;", "&lt;,,", "𠮷,,", " ", "\n", "\r\n", "<br>", "<script>a(',,')</script>", "。。",
])
_HTML_BLOCKS = st.sampled_from(["p", "div", "li", "td", "h2", "pre", "textarea", "blockquote"])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(_HTML_BLOCKS, st.lists(_HTML_PIECES, max_size=6)), min_size=1, max_size=4))
def test_property_html_fix_leaves_markup_and_entities_unchanged(blocks):
    text = "<body>\n" + "\n".join(f"<{tag}>{''.join(pieces)}</{tag}>" for tag, pieces in blocks) + "\n</body>\n"
    after = fixed_text(text, "a.html", select=None)
    # whitespace is left out of the comparison: whether a space between two words is prose
    # depends on its neighbours (none between Chinese characters), which a fix may change
    assert non_prose(after, html_prose).translate(_NO_SPACE) == non_prose(text, html_prose).translate(_NO_SPACE)
