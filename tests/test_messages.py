"""The command line's messages on stderr: Chinese with the English in brackets, English alone with
--lang en (checker/messages.py). Each message is produced by the real command line."""
from __future__ import annotations

import subprocess
import sys

import pytest

from checker.messages import _REASONS, _WHOLE, chinese, for_editor

from conftest import ROOT


def jiaodui(cwd, *args: str) -> str:
    result = subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, check=False,
                            env={"PYTHONPATH": str(ROOT), "JIAODUI_NO_CACHE": "1", "PATH": ""})
    return result.stderr.decode()


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.txt").write_text("他说,,好。\n", "utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\0\0\0\0abc\0\0def")
    (tmp_path / "broken.json").write_text("{", "utf-8")
    (tmp_path / "empty").mkdir()
    return tmp_path


@pytest.mark.parametrize("args,zh", [
    (["missing.txt"], "missing.txt：没有这个文件或目录"),
    (["bin.txt"], "bin.txt：二进制文件（含控制字符），已跳过"),
    (["--max-file-size", "4", "a.txt"], "a.txt：已跳过：超过 4 字节的上限"),
    (["empty"], "empty：没有可检查的文件"),
    (["--baseline", "nothing.json", "a.txt"], "--baseline nothing.json：无法读取"),
    (["--baseline", "broken.json", "a.txt"], "--baseline broken.json：不是 JSON"),
    (["--write-baseline", "new.json", "a.txt"], "已将 1 个问题记入基线 new.json"),
    (["-j", "0", "a.txt"], "--jobs 至少为 1，不能是 0"),
    (["-o", "a.txt", "a.txt"], "--output-file a.txt：是被检查的文件之一"),
    (["--select", "NOSUCH", "a.txt"], "--select：没有规则或规则族 'NOSUCH'"),
    (["explain", "NOSUCH"], "没有规则 'NOSUCH'"),
    (["--format", "nosuch", "a.txt"], "参数 --format 的取值 'nosuch' 无效"),
    ([], "请至少给出一个路径"),
    (["--annotate", "out.docx", "a.txt"], "--annotate a.txt：不是 Word 文档（.docx）"),
    (["--config", "nothing.toml", "a.txt"], "nothing.toml：无法读取配置：没有这个文件或目录"),
    (["--encoding", "nosuch", "a.txt"], "--encoding：没有编码 'nosuch'"),
    (["--max-file-size", "12x", "a.txt"], "--max-file-size：'12x' 不是大小"),
    (["explain"], "缺少必需的参数：rule"),
])
def test_messages_are_chinese_with_the_english_and_english_alone_with_lang_en(folder, args, zh):
    shown = jiaodui(folder, *args)
    assert f"jiaodui: {zh}" in shown, shown
    english = jiaodui(folder, "--lang", "en", *args)
    assert "jiaodui: " in english and not any("\u4e00" <= c <= "\u9fff" for c in english.split("usage:")[0]), english
    assert english.splitlines()[0].removeprefix("jiaodui: ") in shown       # the same English, in brackets


def test_the_configuration_language_decides_when_lang_is_not_given(folder):
    (folder / "jiaodui.toml").write_text('lang = "en"\n', "utf-8")
    assert "jiaodui: bin.txt: binary file (control characters), skipped" in jiaodui(folder, "bin.txt")


def test_every_entry_is_a_whole_message_and_an_unknown_message_passes_unchanged():
    assert len(_WHOLE) + len(_REASONS) == len({p for p, _ in _WHOLE} | {p for p, _ in _REASONS})
    assert chinese("something no entry knows") is None
    assert for_editor("something no entry knows", "zh") == "something no entry knows"
    assert for_editor("a.txt: no such file or directory\nusage: x", "zh") == \
        "a.txt：没有这个文件或目录（a.txt: no such file or directory）\nusage: x"


def test_configuration_errors_are_translated(folder):
    (folder / "jiaodui.toml").write_text("foo = 1\n", "utf-8")
    assert "jiaodui.toml：没有配置项 'foo'" in jiaodui(folder, "a.txt")
    (folder / "jiaodui.toml").write_text('select = ["NOSUCH"]\n', "utf-8")
    assert "jiaodui.toml：配置项 'select' 中的 'NOSUCH' 不是规则或规则族" in jiaodui(folder, "a.txt")
    (folder / "jiaodui.toml").write_text("select = [\n", "utf-8")
    assert "jiaodui.toml：不是有效的 TOML：" in jiaodui(folder, "a.txt")
