"""The summary line never says more than happened: no "all checks passed" when a path could not
be checked, no "fixed" when the fixed text could not be written (review of issue 9)."""
from __future__ import annotations

import os

from test_cli import CLEAN, DAMAGED, err, out, run


def test_a_path_not_checked_in_a_walk_is_counted_in_the_summary(tmp_path):
    (tmp_path / "a.txt").write_text(CLEAN, "utf-8")
    os.symlink(tmp_path / "missing.txt", tmp_path / "gone.txt")
    result = run(str(tmp_path))
    assert result.returncode == 2 and "gone.txt: broken symlink" in err(result)
    assert "全部检查通过" not in out(result)
    assert "1 个文件未能检查" in out(result)
    assert "could not be checked" in out(run(str(tmp_path), "--lang", "en"))


def test_a_refused_write_reports_the_file_as_it_stays(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, "utf-8")
    os.chmod(path, 0o444)
    result = run(str(path), "--fix", "--unsafe-fixes")
    assert result.returncode == 2 and "read-only" in err(result)
    assert path.read_text("utf-8") == DAMAGED
    text = out(result)
    assert "已修复" not in text and "全部检查通过" not in text
    assert "ENC003" in text and "PUNC001" in text  # what is still in the file is reported


def test_control_characters_in_the_text_never_reach_the_terminal_raw(tmp_path):
    """A file's ESC/BEL would retitle or clear the editor's terminal; a deleted control character
    would make the fix preview's two lines look the same. Both are shown as control pictures."""
    path = tmp_path / "a.txt"
    path.write_bytes("发布通知\x1b]0;标题\x07要求,,各地\x1b[2J做好\x1a工作\x85。\n".encode())
    result = run(str(path))
    assert result.returncode == 1, err(result)
    text = out(result)
    assert not any(ch in text for ch in "\x1b\x07\x1a\x85"), text
    assert "- 发布通知␛]0;标题␇要求,,…" in text  # the preview shows what the fix deletes
    assert "+ 发布通知]0;标题␇要求,,…" in text
    assert "1 | 发布通知␛]0;标题␇要求,,各地␛[2J做好␚工…" in text


def test_the_output_file_is_never_one_of_the_articles(tmp_path):
    """`-o` naming a file being checked must not empty it before it is read, nor overwrite it
    with the report after."""
    article = tmp_path / "a.txt"
    article.write_text(DAMAGED, "utf-8")
    for args in (["-o", str(article), str(article)], ["-o", str(article), str(tmp_path)]):
        result = run(*args)
        assert result.returncode == 2 and "is one of the files checked" in err(result), args
        assert article.read_text("utf-8") == DAMAGED
    result = run("-o", str(tmp_path / "missing" / "r.json"), str(article))
    assert result.returncode == 2 and "no such directory" in err(result)


def test_damaged_utf16_without_a_bom_is_refused_not_read_in_the_other_byte_order(tmp_path):
    """A lone surrogate in BOM-less UTF-16-LE made the strict LE decoding fail, and the bytes
    were then read as UTF-16-BE: junk that passed every check (exit 0, 'All checks passed')."""
    path = tmp_path / "a.txt"
    path.write_bytes("测试,,内容。\n".encode("utf-16-le") + b"\x00\xd8" + "后面,,文字\n".encode("utf-16-le"))
    text = "各地做好交通保障工作,,确保旅客平安出行。\n"
    result = run(str(path), "--fix")
    assert result.returncode == 2 and "UTF-16" in err(result), (out(result), err(result))
    assert "全部检查通过" not in out(result)
    for codec in ("gbk", "big5"):  # legacy files are still read as such
        path.write_bytes(text.replace(",,", "，").encode(codec))
        assert run(str(path)).returncode == 0
