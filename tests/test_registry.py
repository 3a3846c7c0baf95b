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
fix-message.zh = "改为“{kept}”"
fix-message.en = "Keep “{kept}”"
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
    (lambda s: s.replace('check = "punctuation.stacked_punctuation"', 'kind = "pattern"'), "missing .params.pattern."),
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


def test_validated_rules_are_kept_and_never_served_for_other_code(rules_copy, tmp_path, monkeypatch):
    import pickle

    from checker import cache_files, registry
    write(rules_copy, ENTRY)
    first = load(rules_copy)
    built = list((tmp_path / "cache").glob("built-rules-*.pickle"))
    assert len(built) == 1
    second = load(rules_copy)
    assert second[0].check is first[0].check
    assert (second[0].params, second[0].messages, second[0].variants) == (first[0].params, first[0].messages,
                                                                          first[0].variants)
    # The stored rules are what a later load returns (shown by a stored message changed by hand) …
    stored = pickle.loads(cache_files.read(built[0]))
    stored["rules"][0].messages["message"][""] = ("改过的", "changed")
    cache_files.write(built[0], pickle.dumps(stored))
    assert load(rules_copy)[0].message_zh == "改过的"
    # … only while the package's modules are as they were: other code validates the entries again.
    monkeypatch.setattr(registry, "_code_stamp", lambda: [("checker/checks/edited.py", 1, 2)])
    assert load(rules_copy)[0].message_zh == "中文"


def test_stored_rules_read_their_documentation_and_examples_back_when_asked(tmp_path, monkeypatch):
    import pickle
    monkeypatch.setenv("JIAODUI_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("JIAODUI_NO_CACHE", raising=False)
    fresh = load(rules_dir())           # validated, and stored
    stored = load(rules_dir())          # read back: documentation and examples not yet
    assert all("doc" not in rule.__dict__ and "bad" not in rule.__dict__ for rule in stored)
    assert [rule.summary for rule in stored] == [rule.summary for rule in fresh]
    assert all("bad" in rule.__dict__ for rule in stored)     # one rule asked: all of them read
    assert list(stored) == list(fresh)                        # every field, as validated
    assert pickle.loads(pickle.dumps(stored[0])) == fresh[0]


def test_the_shipped_rules_load_without_a_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("JIAODUI_NO_CACHE", "1")
    assert len(load(rules_dir())) == len(load_rules())


def test_selectors():
    rules = load_rules()
    assert {r.family for r in resolve_selector("ENC", rules)} == {"ENC"}
    with pytest.raises(ValueError, match="unknown rule or family 'NUM' .no rules yet"):
        resolve_selector("NUM", tuple(r for r in rules if r.family != "NUM"))
    assert [r.id for r in resolve_selector("inline-pinyin", rules)] == ["ENC003"]
    assert [r.id for r in resolve_selector("enc003", rules)] == ["ENC003"]
    assert len(resolve_selector("ALL", rules)) == len(rules)
    with pytest.raises(ValueError, match="unknown rule"):
        resolve_selector("NOPE", rules)


PATTERN = ENTRY.replace('check = "punctuation.stacked_punctuation"',
                        'kind = "pattern"\nrequires = ["any-of:,"]\n'
                        'params = { pattern = ",(?P<mark>[,，])", replacement = "\\\\g<mark>" }')
# An entry whose check takes lists of words (tuple parameters).
WORDS = ENTRY.replace('check = "punctuation.stacked_punctuation"',
                      'check = "dates.malformed_date"\nparams = { day-words = ["日报"], month-words = ["月饼"] }')


@pytest.mark.parametrize("change,expected", [
    # params: checked against the check's declared dataclass, naming file, rule and key
    (lambda s: s.replace("replacement =", "replacment ="),
     r"test.toml: rule PUNC900: unknown parameter 'params.replacment' .* did you mean 'replacement'\?"),
    (lambda s: WORDS.replace('day-words = ["日报"]', 'day-words = "日报"'),
     r"test.toml: rule PUNC900: 'params.day-words' must be a list of strings, not '日报'"),
    (lambda s: WORDS.replace('day-words = ["日报"]', 'day-words = [1]'), r"'params.day-words' must be a list of strings"),
    # requires: a list of the index's kinds, any-of:<characters> or any-string:<a>|<b>
    (lambda s: s.replace('requires = ["any-of:,"]', 'requires = "any-of:,"'), r"'requires' must be a list of digit, han"),
    (lambda s: s.replace('requires = ["any-of:,"]', 'requires = ["digits"]'), r"'requires' must be a list of digit, han"),
    (lambda s: s.replace('requires = ["any-of:,"]', 'requires = ["any-string:,,|"]'), r"'requires' must be a list"),
    (lambda s: s.replace(' }', ', applicability = "sometimes" }'),
     r"'params.applicability' must be one of 'safe', 'unsafe', 'display'"),
    (lambda s: s.replace(' }', ', unicode-properties = "yes" }'), r"'params.unicode-properties' must be true or false"),
    # placeholders: only what the check provides (here: match, the group mark, replacement)
    (lambda s: s.replace('fix-message.en = "Keep “{kept}”"', 'fix-message.en = "Keep “{mark}”"'),
     r"fix-message.zh uses \{kept\}, which the check does not provide"),
    (lambda s: s.replace('"中文"', '"中文{nope}"'), r"message.zh uses \{nope\}.*provides: mark, match, replacement"),
    (lambda s: s.replace('"English"', '"English {}"'), r"message.en: a placeholder needs a name"),
    # variants: only those the check reports
    (lambda s: s + 'message.extra.zh = "多"\nmessage.extra.en = "more"\n',
     r"'message.extra' words 'extra', which the check never reports"),
    (lambda s: s + 'message.extra.zh = "多"\n', r"'message.extra' needs exactly 'zh' and 'en'"),
])
def test_contract_violations_are_refused(rules_copy, change, expected):
    write(rules_copy, change(PATTERN))
    with pytest.raises(RuleDefinitionError, match=expected):
        load(rules_copy)


def test_a_pattern_entry_gets_typed_params(rules_copy):
    write(rules_copy, PATTERN.replace('"Keep “{kept}”"', '"Keep “{mark}”"').replace('"改为“{kept}”"', '"改为“{replacement}”"'))
    (rule,) = load(rules_copy)
    assert rule.requires == ("any-of:,",) and rule.params.replacement == "\\g<mark>"
    assert rule.params.applicability == "safe" and rule.params.unicode_properties is False


def test_a_declared_variant_without_its_message_is_refused(rules_copy):
    from checker.checks import punctuation
    from checker.contract import Variant, check

    @check(variants={"": Variant(fix=True), "twice": Variant()})
    def two_ways(doc, rule):
        return iter(())
    punctuation._test_two_ways = two_ways
    try:
        entry = ENTRY.replace("stacked_punctuation", "_test_two_ways").replace("{kept}", "")
        write(rules_copy, entry)
        with pytest.raises(RuleDefinitionError, match=r"reports 'twice', but the entry has no message.twice.zh/.en"):
            load(rules_copy)
        write(rules_copy, entry + 'message.twice.zh = "两次"\nmessage.twice.en = "twice"\n')
        (rule,) = load(rules_copy)
        assert rule.message({"match": "x"}, "en", "twice") == "twice"
        # a fix-message for a variant that never carries a fix is refused too
        write(rules_copy, entry + 'message.twice.zh = "两次"\nmessage.twice.en = "twice"\n'
                                  'fix-message.twice.zh = "改"\nfix-message.twice.en = "fix"\n')
        with pytest.raises(RuleDefinitionError, match=r"'fix-message.twice' is given, but the check never reports 'twice' with a fix"):
            load(rules_copy)
    finally:
        del punctuation._test_two_ways


SPACES = ENTRY.replace("punctuation.stacked_punctuation", "invisible.space_runs").replace(
    'message.zh = "中文"', 'message.zh = "留一个{kept}（{kinds}）"').replace(
    'message.en = "English"', 'message.en = "keep {kept}"').replace("{kept}”", "{kept}").replace(
    "doc.what", 'terms.space = { zh = "半角空格", en = "a space" }\n'
                'terms.ideographic-space = { zh = "全角空格", en = "an ideographic space" }\n'
                'terms.no-break-space = { zh = "不换行空格", en = "a no-break space" }\ndoc.what')


def test_terms_are_worded_by_the_entry(rules_copy):
    write(rules_copy, SPACES)
    (rule,) = load(rules_copy)
    args = {"match": "  ", "length": 2, "kept": "space", "kinds": ("space", "no-break-space")}
    assert rule.message(args, "zh") == "留一个半角空格（半角空格、不换行空格）"
    assert rule.message(args, "en") == "keep a space"
    write(rules_copy, SPACES.replace('terms.no-break-space = { zh = "不换行空格", en = "a no-break space" }\n', ""))
    with pytest.raises(RuleDefinitionError, match="names the term 'no-break-space', but the entry has no terms.no-break-space"):
        load(rules_copy)
    write(rules_copy, SPACES + 'terms.tab = { zh = "制表符", en = "a tab" }\n')
    with pytest.raises(RuleDefinitionError, match="'terms.tab' is not a term the check uses"):
        load(rules_copy)
    write(rules_copy, SPACES.replace(', en = "a space" }', ' }'))
    with pytest.raises(RuleDefinitionError, match="'terms.space' needs exactly 'zh' and 'en'"):
        load(rules_copy)


def test_a_check_without_a_contract_is_refused(rules_copy):
    from checker.checks import punctuation

    def undeclared(doc, rule):
        return iter(())
    punctuation._test_undeclared = undeclared
    try:
        write(rules_copy, ENTRY.replace("stacked_punctuation", "_test_undeclared"))
        with pytest.raises(RuleDefinitionError, match="declares no contract"):
            load(rules_copy)
    finally:
        del punctuation._test_undeclared


def test_a_check_name_that_does_not_exist_is_refused(rules_copy):
    write(rules_copy, ENTRY.replace("stacked_punctuation", "stacked_punctuatoin"))
    with pytest.raises(RuleDefinitionError, match="names no function"):
        load(rules_copy)


def test_no_home_directory_means_no_cache(monkeypatch, tmp_path):
    from pathlib import Path
    monkeypatch.delenv("JIAODUI_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert len(load(rules_dir())) == len(load_rules())


def test_doc_sections_in_chinese_are_complete_and_shown_by_explain(rules_copy):
    from checker.explain import explain
    chinese = ENTRY.replace('doc.fix-safety = "Safe."\n', 'doc.fix-safety = "Safe."\ndoc.zh.what = "检查什么。"\n'
                            'doc.zh.why = "为什么。"\ndoc.zh.fix-safety = "修复安全。"\n')
    write(rules_copy, chinese)
    rule = load(rules_copy)[0]
    assert "检查什么。" in explain(rule, "zh") and "说明以英文撰写" not in explain(rule, "zh")
    assert "What." in explain(rule, "en") and "检查什么" not in explain(rule, "en")
    write(rules_copy, chinese.replace('doc.zh.why = "为什么。"\n', ""))
    with pytest.raises(RuleDefinitionError, match="doc.zh section 'why'"):
        load(rules_copy)
    write(rules_copy, chinese + 'doc.zh.how = "怎样。"\n')
    with pytest.raises(RuleDefinitionError, match="unknown doc.zh section"):
        load(rules_copy)


def test_every_shipped_rule_is_documented_in_both_languages():
    undocumented = [rule.id for rule in load_rules() if not rule.doc_zh]
    assert not undocumented, f"rules without doc.zh sections: {undocumented}"
