"""The newsroom's words as configuration: [terms], [banned] and words-file reach the TYPO rules,
and a malformed entry is a configuration error naming the file and the entry."""
from __future__ import annotations

import pytest

from checker.config import ConfigError, load_file
from checker.document import Document
from checker.registry import load_rules
from checker.runner import Options, check_one

RULES = load_rules()


def config_from(tmp_path, body: str, words: str | None = None):
    if words is not None:
        (tmp_path / "names.txt").write_text(words, "utf-8")
    path = tmp_path / "jiaodui.toml"
    path.write_text(body, "utf-8")
    return load_file(path, RULES)


def findings(config, text: str) -> list[tuple[str, str]]:
    result = check_one(Document("story.txt", text), config, Options(select=["TYPO"]))
    return [(d.rule_id, text[d.start:d.end]) for d in result.diagnostics]


def test_house_terms_banned_terms_and_words_reach_the_rules(tmp_path):
    config = config_from(tmp_path, """
words-file = "names.txt"
[terms]
"东湖村" = ["东胡村"]
[terms."亚洲小姐"]
variants = ["亚姐"]
message = "赛事全称"
[banned]
"小姐" = "对女性的泛称，易生歧义"
""", words="# 本报的人名地名\n帐蓬屋\n")
    assert config.words == ("帐蓬屋",)
    text = "东胡村的前台小姐说，亚洲小姐决赛在帐蓬屋举行，亚姐们都来了。"
    assert findings(config, text) == [("TYPO007", "东胡村"), ("TYPO008", "小姐"), ("TYPO007", "亚姐")]


def test_without_configuration_the_house_rules_say_nothing(tmp_path):
    config = config_from(tmp_path, "lang = \"zh\"\n")
    assert findings(config, "东胡村的前台小姐在帐蓬里。") == [("TYPO001", "帐蓬")]


@pytest.mark.parametrize("body,expected", [
    ('[terms]\n"东湖村" = 3\n', "terms entry '东湖村'"),
    ('[terms]\n"东湖村" = []\n', "non-empty list"),
    ('[terms."东湖村"]\nvariant = ["东胡村"]\n', "unknown key(s) variant"),
    ('[terms."东湖村"]\nmessage = "x"\n', "missing 'variants'"),
    ('[terms]\n"东湖村" = ["东湖村"]\n', "the preferred term itself"),
    ('[terms]\n"东湖村" = ["东胡村"]\n"东湖镇" = ["东胡村"]\n', "already a variant"),
    ('[banned."小姐"]\nsuggest = "女士"\n', "missing 'reason'"),
    ('[banned."小姐"]\nreason = "x"\nhint = "y"\n', "unknown key(s) hint"),
    ('[banned]\n"小姐" = 1\n', "banned entry '小姐'"),
    ('terms = "东湖村"\n', "'terms' must be a table"),
    ('words-file = "missing.txt"\n', "cannot read the words-file"),
    ('[term]\n"东湖村" = ["东胡村"]\n', "unknown key 'term'"),
])
def test_malformed_entries_are_errors_naming_file_and_entry(tmp_path, body, expected):
    with pytest.raises(ConfigError) as caught:
        config_from(tmp_path, body)
    assert expected in str(caught.value) and "jiaodui.toml" in str(caught.value)


def test_words_file_holds_one_word_a_line(tmp_path):
    with pytest.raises(ConfigError, match="line 2"):
        config_from(tmp_path, 'words-file = "names.txt"\n', words="东湖村\n东湖 村\n")


def test_words_file_names_are_not_doubled_words(tmp_path):
    """A words-file name that doubles a character or a unit is the name (DUP reads it as written);
    the same doubling outside the name is still a slip."""
    config = config_from(tmp_path, 'words-file = "names.txt"\n', words="将将将\n到到家\n")
    text = "他们创办了将将将公司。\n市民在到到家超市门口排队。\n大家在在会上发了言。"
    result = check_one(Document("story.txt", text), config, Options(select=["DUP"]))
    assert [(d.rule_id, text[d.start:d.end]) for d in result.diagnostics] == [("DUP001", "在在")]
    plain = config_from(tmp_path, 'lang = "zh"\n')
    result = check_one(Document("story.txt", text), plain, Options(select=["DUP"]))
    assert [text[d.start:d.end] for d in result.diagnostics] == ["将将将", "到到", "在在"]
