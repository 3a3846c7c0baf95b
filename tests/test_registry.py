"""Rule definitions: validation names the problem, and the parsed-table cache never goes stale."""
from __future__ import annotations

import pytest

from checker.registry import RuleDefinitionError, load_rules, resolve_selector
from checker.resources import rules_dir

load = load_rules.__wrapped__  # uncached, so each test reads its own directory

ENTRY = '''
[[rule]]
id = "PUNC900"
name = "test-rule"
severity = "warning"
check = "punctuation.stacked_punctuation"
message.zh = "中文"
message.en = "English"
doc.what = "What."
doc.why = "Why."
doc.fix-safety = "Safe."
examples.bad = ["a,,b"]
examples.good = ["a,b"]
'''


@pytest.fixture
def rules_copy(tmp_path, monkeypatch):
    directory = tmp_path / "rules"
    (directory / "data").mkdir(parents=True)
    monkeypatch.setenv("JIAODUI_CACHE_DIR", str(tmp_path / "cache"))
    return directory


def write(directory, text):
    (directory / "test.toml").write_text(text, "utf-8")


@pytest.mark.parametrize("change,expected", [
    (lambda s: s.replace('doc.why = "Why."\n', ""), "doc section 'why'"),
    (lambda s: s.replace('id = "PUNC900"', 'id = "PUN900"'), "family prefix"),
    (lambda s: s.replace('name = "test-rule"', 'name = "Test_Rule"'), "kebab-case"),
    (lambda s: s.replace('severity = "warning"', 'severity = "loud"'), "unknown severity"),
    (lambda s: s.replace('examples.good = ["a,b"]', ""), "at least one bad and one good"),
    (lambda s: s + 'colour = "red"\n', "unknown key"),
    (lambda s: s.replace('message.en = "English"\n', ""), "exactly 'zh' and 'en'"),
    (lambda s: s + s, "already defined"),
    (lambda s: s.replace('check = "punctuation.stacked_punctuation"', 'kind = "pattern"'), "needs params.pattern"),
    (lambda s: s.replace('check = "punctuation.stacked_punctuation"', 'kind = "pattern"\nparams.pattern = "(["'),
     "not a valid expression"),
])
def test_invalid_entries_are_refused_with_a_reason(rules_copy, change, expected):
    write(rules_copy, change(ENTRY))
    with pytest.raises(RuleDefinitionError, match=expected):
        load(rules_copy)


def test_cache_is_used_refreshed_and_survives_damage(rules_copy, tmp_path):
    write(rules_copy, ENTRY)
    assert [r.id for r in load(rules_copy)] == ["PUNC900"]
    cached = list((tmp_path / "cache").glob("rules-*.pickle"))
    assert len(cached) == 1
    # An edited rule file is read again (its size or time changed), never served stale.
    write(rules_copy, ENTRY.replace('"中文"', '"新的中文消息"'))
    assert load(rules_copy)[0].message_zh == "新的中文消息"
    # A damaged cache file costs a parse, nothing else.
    for path in (tmp_path / "cache").glob("rules-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert load(rules_copy)[0].message_zh == "新的中文消息"


def test_the_shipped_rules_load_without_a_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("JIAODUI_NO_CACHE", "1")
    assert len(load(rules_dir())) == len(load_rules())


def test_selectors():
    rules = load_rules()
    assert {r.family for r in resolve_selector("ENC", rules)} == {"ENC"}
    assert [r.id for r in resolve_selector("inline-pinyin", rules)] == ["ENC003"]
    assert [r.id for r in resolve_selector("enc003", rules)] == ["ENC003"]
    assert len(resolve_selector("ALL", rules)) == len(rules)
    with pytest.raises(ValueError, match="unknown rule"):
        resolve_selector("NOPE", rules)


def test_no_home_directory_means_no_cache(monkeypatch, tmp_path):
    from pathlib import Path
    monkeypatch.delenv("JIAODUI_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert len(load(rules_dir())) == len(load_rules())
