"""The DUP word lists are data with their own tests: sorted, no duplicates, source noted, each
entry with its reason, and holding only what the lexicon (analysis/words.py) cannot know."""
from __future__ import annotations

import re

import pytest
from checker.analysis.dup_lexicon import entries, lexicon
from checker.analysis.words import DocWords
from checker.analysis.words import lexicon as words_lexicon
from checker.checks.repetition import _ATTESTED, _pair_is_grammar
from checker.resources import data_path, read_entries

FILES = ["dup_aa.txt", "dup_abab.txt", "dup_before_own_word.txt", "dup_function_chars.txt",
         "dup_transliteration_chars.txt"]
HAN = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")


def header(name: str) -> str:
    return "\n".join(line for line in data_path(name).read_text("utf-8").splitlines() if line.startswith("#"))


@pytest.mark.parametrize("name", FILES)
def test_list_is_sorted_without_duplicates(name):
    heads = [e.split()[0] for e in entries(name)]
    assert heads == sorted(heads), f"{name} is not sorted"
    assert len(heads) == len(set(heads)), f"{name} has duplicates"


@pytest.mark.parametrize("name", FILES)
def test_list_notes_its_source_and_use(name):
    assert "Source" in header(name), f"{name}: say where the entries come from"
    assert "DUP00" in header(name), f"{name}: say which rule uses the list"


@pytest.mark.parametrize("name", FILES)
def test_every_entry_says_why_it_is_there(name):
    if "# Every entry:" in header(name):
        return                              # one reason, stated once for the whole list
    for entry in read_entries(name):
        assert "#" in entry and entry.split("#", 1)[1].strip(), f"{name}: {entry!r} has no reason"


@pytest.mark.parametrize("name", FILES)
def test_entries_are_han(name):
    for entry in entries(name):
        for token in entry.split():
            assert token.startswith("@") or HAN.match(token), f"{name}: {token!r} is not Han text"


def test_single_character_lists_hold_single_characters():
    for name in ("dup_function_chars.txt", "dup_transliteration_chars.txt", "dup_before_own_word.txt"):
        assert all(len(e) == 1 for e in entries(name)), name
    assert all(len(e.split()[0]) == 1 for e in entries("dup_aa.txt"))


def test_abab_words_have_two_characters_and_the_lexicon_cannot_decide_them():
    lex = words_lexicon()
    for word in entries("dup_abab.txt"):
        assert len(word) == 2
        assert lex.frequency(word + word) <= _ATTESTED, f"{word}{word} is a lexicon word: not needed"
        assert lex.tag(word) != "z", f"{word} is tagged a state word: the rule asks the tag"


def test_aa_entries_are_not_attested_lexicon_words():
    lex = words_lexicon()
    for entry in entries("dup_aa.txt"):
        char = entry.split()[0]
        assert lex.frequency(char + char) <= _ATTESTED, f"{char}{char} is a lexicon word: not needed"


def test_function_words_that_are_also_aa_are_documented_exceptions():
    lex = lexicon()
    overlap = lex.function_chars & (lex.aa_always | set(lex.aa_before))
    assert overlap <= set("再在对對按"), overlap


def grammatical(text: str, first: int) -> bool:
    return _pair_is_grammar(text, first, text[first], lexicon(), DocWords(text))


@pytest.mark.parametrize("char", sorted(lexicon().aa_always))
def test_every_aa_character_is_quiet_doubled(char):
    assert grammatical(f"说{char}{char}好", 1)


def test_conditional_aa_needs_its_follower():
    assert grammatical("这些作品在在显示活力", 4)
    assert grammatical("这些成就在在体现了群众的智慧", 4)     # a verb the old list did not hold
    assert grammatical("种种迹象在在都说明问题", 4)           # an adverb
    assert not grammatical("我们在在北京开会", 2)
    assert grammatical("玩一局对对碰", 3)
    assert grammatical("这些成果再再显示了团队的实力", 4)     # 再再 "time and again"
    assert grammatical("兩國合作再再展現互信", 4)
    assert not grammatical("请再再一次确认名单", 1)           # before a number: a slip


@pytest.mark.parametrize("char", sorted(lexicon().before_own_word))
def test_every_stand_alone_character_precedes_a_word_beginning_with_it(char):
    words = {"与": "与会", "为": "为主", "从": "从事", "以": "以下", "和": "和平", "向": "向阳", "在": "在场",
             "对": "对外", "就": "就业", "把": "把握", "是": "是否", "為": "為主", "爲": "爲主", "的": "的确",
             "被": "被告", "要": "要求", "與": "與會", "對": "對外", "從": "從事"}
    assert grammatical(f"一{char}{words[char]}一", 1), words[char]


def test_two_words_sharing_a_character_are_grammar_without_a_list():
    assert grammatical("深入研究究竟是什么", 3)       # 研究|究竟 (究 is not even a function character)
    assert grammatical("为了了解情况", 1)
    assert grammatical("以商务为目的的人员", 5)
    assert grammatical("建设首都都市圈", 3)
    assert not grammatical("就沒沒有和平", 1)           # 沒|沒有: 沒 cannot stand before 沒有
    assert not grammatical("升高到到百分之三", 2)
