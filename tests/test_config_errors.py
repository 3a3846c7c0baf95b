"""Configuration and encoding names: every mistake is a message naming the file, the key and what
was expected; the README's examples load; a configured encoding never garbles UTF-8 files."""
from __future__ import annotations

import codecs
import re

import pytest
from checker.config import Config, ConfigError, ConfigFinder, load_file, parse_size
from checker.registry import load_rules
from checker.source import normalise_encoding_name, read_document

from conftest import ROOT

RULES = load_rules()


def load(tmp_path, name, text, bom=False):
    path = tmp_path / name
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8"))
    return load_file(path, RULES)


@pytest.mark.parametrize("text, expected", [
    ("max-file-size = 1.5", ("key 'max-file-size': must be a whole number of bytes or a size such as \"10MB\""
                             " or \"512KB\", not a float (1.5)")),
    ("max-file-size = true", "not a boolean (True)"),
    ('max-file-size = "1.5"', "not a whole number of bytes: '1.5'"),
    ('max-file-size = "ten"', "not a size: 'ten'"),
    ("max-file-size = 0", "the size must be positive"),
    ("select = 5", "key 'select' must be an array of strings, not an integer (5)"),
    ('select = ["ENC", 1]', "key 'select' must be an array of strings"),
    ("include = {a = 1}", "key 'include' must be an array of strings, not a table"),
    ("lang = 1", "key 'lang' must be \"zh\" or \"en\", not an integer (1)"),
    ('lang = "fr"', "key 'lang': use \"zh\" or \"en\""),
    ("script = []", "key 'script' must be \"auto\" or \"simplified\" or \"traditional\", not an array"),
    ("fail-on = 3", "key 'fail-on' must be \"error\", \"warning\" or \"info\", not an integer (3)"),
    ("severity = 1", "key 'severity' must be a table of rule = \"error\", \"warning\" or \"info\""),
    ("[severity]\nPUNC001 = 1", "key 'severity.PUNC001' must be \"error\", \"warning\" or \"info\""),
    ('[severity]\nPUNC001 = "loud"', "unknown severity 'loud'"),
    ('per-file-ignores = ["a"]', "key 'per-file-ignores' must be a table of \"glob\" = [\"rules\"]"),
    ('[per-file-ignores]\n"a/*.txt" = 5', "key 'per-file-ignores.a/*.txt' must be an array of strings"),
    ("encoding = 5", "key 'encoding' must be a string such as \"gb18030\", not an integer (5)"),
    ('encoding = "rot13"', "key 'encoding': 'rot13' is not an encoding for text files"),
    ('encoding = "base64"', "key 'encoding': 'base64' is not an encoding for text files"),
    ('encoding = "klingon"', "key 'encoding': unknown encoding 'klingon'"),
    ("colour = true", "unknown key 'colour'"),
    ("when = 2024-01-01", "unknown key 'when'"),
])
def test_wrong_values_name_the_file_the_key_and_the_expected_type(tmp_path, text, expected):
    with pytest.raises(ConfigError) as info:
        load(tmp_path, "jiaodui.toml", text + "\n")
    message = str(info.value)
    assert message.startswith(str(tmp_path / "jiaodui.toml"))
    assert expected in message


@pytest.mark.parametrize("text, expected", [
    ('tool = ["jiaodui"]', "'tool' must be a table ([tool]), not an array"),
    ('tool = "jiaodui"', "'tool' must be a table ([tool]), not a string"),
    ("[tool]\njiaodui = 1", "'tool.jiaodui' must be a table ([tool.jiaodui]), not an integer"),
    ("[tool]\njiaodui = [1]", "'tool.jiaodui' must be a table ([tool.jiaodui]), not an array"),
    ("[tool.jiaodui]\nlang = 2", "[tool.jiaodui]: key 'lang' must be"),
])
def test_pyproject_tables_of_the_wrong_type(tmp_path, text, expected):
    with pytest.raises(ConfigError) as info:
        load(tmp_path, "pyproject.toml", text + "\n")
    assert str(info.value).startswith(str(tmp_path / "pyproject.toml"))
    assert expected in str(info.value)


def test_pyproject_without_jiaodui_is_no_configuration(tmp_path):
    assert load(tmp_path, "pyproject.toml", "[project]\nname = 'x'\n") is None
    assert load(tmp_path, "pyproject.toml", "[tool.black]\nline-length = 99\n# jiaodui later\n") is None


def test_tool_jiaodui_in_jiaodui_toml_says_to_drop_the_header(tmp_path):
    with pytest.raises(ConfigError) as info:
        load(tmp_path, "jiaodui.toml", '[tool.jiaodui]\nlang = "en"\n\n[tool.jiaodui.severity]\nPUNC001 = "error"\n')
    assert "drop the [tool.jiaodui] header" in str(info.value)


def test_an_explicit_config_file_may_use_either_form(tmp_path):
    assert load(tmp_path, "team.toml", '[tool.jiaodui]\nlang = "en"\n').lang == "en"
    assert load(tmp_path, "other.toml", 'lang = "en"\n').lang == "en"


@pytest.mark.parametrize("name, text", [
    ("jiaodui.toml", 'lang = "en"\n'),
    ("pyproject.toml", '[tool.jiaodui]\nlang = "en"\n'),
])
def test_a_bom_is_accepted(tmp_path, name, text):
    assert load(tmp_path, name, text, bom=True).lang == "en"


def test_a_config_that_is_not_utf8_is_a_message(tmp_path):
    (tmp_path / "jiaodui.toml").write_bytes('lang = "中"\n'.encode("gbk"))
    with pytest.raises(ConfigError, match="not UTF-8 text"):
        load_file(tmp_path / "jiaodui.toml", RULES)


@pytest.mark.parametrize("value, size", [(10, 10), ("10MB", 10 * 1024 ** 2), ("1.5MB", 1572864),
                                         ("512KB", 524288), ("100", 100), (" 2 kb ", 2048)])
def test_sizes(value, size):
    assert parse_size(value) == size


def _readme_examples() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    return [block for block in re.findall(r"```toml\n(.*?)```", readme, re.DOTALL) if "[[rule]]" not in block]


def test_the_readme_config_example_loads_in_both_forms(tmp_path):
    examples = _readme_examples()
    assert examples
    for block in examples:
        if "[tool.jiaodui" in block:
            pyproject = load(tmp_path, "pyproject.toml", block)
            top_level = re.sub(r"^\[tool\.jiaodui\]\n", "", block, flags=re.MULTILINE).replace("[tool.jiaodui.", "[")
            standalone = load(tmp_path, "jiaodui.toml", top_level)
        else:
            standalone = load(tmp_path, "jiaodui.toml", block)
            indented = "[tool.jiaodui]\n" + re.sub(r"^\[", "[tool.jiaodui.", block, flags=re.MULTILINE)
            pyproject = load(tmp_path, "pyproject.toml", indented)
        assert pyproject is not None and standalone is not None
        assert (pyproject.select, pyproject.severity, pyproject.per_file_ignores) == \
            (standalone.select, standalone.severity, standalone.per_file_ignores)


# -- encoding names and the configured encoding ----------------------------------------------------

@pytest.mark.parametrize("name", ["rot13", "rot_13", "base64", "hex", "zlib", "idna", "punycode",
                                  "unicode_escape", "raw_unicode_escape", "undefined", "utf-7"])
def test_codecs_that_are_not_file_encodings_are_refused(name):
    with pytest.raises(ValueError, match="--encoding: .* is not an encoding for text files"):
        normalise_encoding_name(name, "--encoding")


@pytest.mark.parametrize("name, codec", [("GBK", "gb18030"), ("big5", "cp950"), ("utf_8", "utf-8"),
                                         ("latin-1", "iso8859-1"), ("shift_jis", "shift_jis")])
def test_text_encodings_are_accepted(name, codec):
    assert normalise_encoding_name(name) == codec


def test_a_configured_encoding_is_a_fallback_for_files_that_are_not_utf8(tmp_path):
    (tmp_path / "jiaodui.toml").write_text('encoding = "gb18030"\n', "utf-8")
    config = ConfigFinder(RULES).for_path(tmp_path / "x.txt")
    assert config.encoding == "gb18030"
    utf8 = tmp_path / "utf8.txt"
    utf8.write_text("大通区坚持精准施策。\n", "utf-8")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("补短板。\n".encode("gbk"))
    assert read_document(str(utf8), fallback=config.encoding).encoding == "utf-8"
    assert read_document(str(gbk), fallback=config.encoding).encoding == "gb18030"
    # UTF-8 damaged in one place stays UTF-8 (the bad byte is reported, not the whole file garbled).
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes("大通区坚持精准施策，".encode() + b"\xff" + "补短板。\n".encode())
    assert read_document(str(damaged), fallback=config.encoding).encoding == "utf-8"
    # A BOM still decides; --encoding still forces.
    bom = tmp_path / "bom.txt"
    bom.write_bytes(codecs.BOM_UTF16_LE + "补短板。\n".encode("utf-16-le"))
    assert read_document(str(bom), fallback=config.encoding).encoding == "utf-16-le"
    assert read_document(str(utf8), "gb18030", fallback=config.encoding).encoding == "gb18030"


def test_a_configured_encoding_gives_no_mojibake_on_utf8_files(tmp_path):
    from checker import check_paths
    (tmp_path / "jiaodui.toml").write_text('encoding = "gb18030"\n', "utf-8")
    (tmp_path / "a.txt").write_text("大通区坚持精准施策，补短板。\n", "utf-8")
    [result] = list(check_paths([str(tmp_path)]))
    assert result.document is not None and result.document.encoding == "utf-8"
    assert not [d for d in result.diagnostics if d.rule_id.startswith("ENC")]


def test_defaults_are_unchanged():
    assert Config().encoding is None and Config().max_file_size == 10 * 1024 * 1024
