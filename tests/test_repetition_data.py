"""The DUP word lists are data with their own tests: sorted, no duplicates, source noted, consistent."""
from __future__ import annotations

import re

import pytest

from checker.analysis.dup_lexicon import lexicon
from checker.resources import read_entries
from checker.checks.repetition import _pair_is_grammar
from checker.resources import data_path

FILES = ["dup_aa.txt", "dup_abab.txt", "dup_boundary_words.txt", "dup_function_chars.txt",
         "dup_transliteration_chars.txt"]
HAN = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")


@pytest.mark.parametrize("name", FILES)
def test_list_is_sorted_without_duplicates(name):
    heads = [e.split()[0] for e in read_entries(name)]
    assert heads == sorted(heads), f"{name} is not sorted"
    assert len(heads) == len(set(heads)), f"{name} has duplicates"


@pytest.mark.parametrize("name", FILES)
def test_list_notes_its_source_and_use(name):
    header = "\n".join(l for l in data_path(name).read_text("utf-8").splitlines() if l.startswith("#"))
    assert "Source" in header, f"{name}: say where the entries come from"
    assert "DUP00" in header, f"{name}: say which rule uses the list"


@pytest.mark.parametrize("name", FILES)
def test_entries_are_han(name):
    for entry in read_entries(name):
        for token in entry.split():
            assert HAN.match(token), f"{name}: {token!r} is not Han text"


def test_single_character_lists_hold_single_characters():
    for name in ("dup_function_chars.txt", "dup_transliteration_chars.txt"):
        assert all(len(e) == 1 for e in read_entries(name)), name
    assert all(len(e.split()[0]) == 1 for e in read_entries("dup_aa.txt"))


def test_abab_words_have_two_characters():
    assert all(len(e) == 2 for e in read_entries("dup_abab.txt"))


def test_boundary_words_each_explain_a_function_character():
    """A boundary word is only useful if it begins or ends with a character DUP001 reports."""
    lex = lexicon()
    useless = [w for w in lex.boundary_words
               if w[0] not in lex.function_chars and w[-1] not in lex.function_chars]
    assert not useless, f"boundary words that explain no function character: {useless}"


def test_function_words_that_are_also_aa_are_documented_exceptions():
    lex = lexicon()
    overlap = lex.function_chars & (lex.aa_always | set(lex.aa_before))
    # 等等, 每每, 最最 are words; 在在 and 对对 only before their listed followers.
    assert overlap <= set("等每最在对對按"), overlap


@pytest.mark.parametrize("char", sorted(lexicon().aa_always))
def test_every_aa_character_is_quiet_doubled(char):
    text = f"说{char}{char}好"
    assert _pair_is_grammar(text, 1, char, lexicon())


def test_conditional_aa_needs_its_follower():
    lex = lexicon()
    assert _pair_is_grammar("这些作品在在显示活力", 4, "在", lex)
    assert not _pair_is_grammar("我们在在北京开会", 2, "在", lex)


@pytest.mark.parametrize("word", sorted(read_entries("dup_boundary_words.txt")))
def test_every_boundary_word_silences_its_doubling(word):
    lex = lexicon()
    if word[-1] in lex.function_chars:      # 现在|在: the first copy ends the word
        text = "一" + word + word[-1] + "一"
        assert _pair_is_grammar(text, len(word), word[-1], lex), word
    if word[0] in lex.function_chars:       # 为|了解 … 了|了解: the second copy starts the word
        text = "一" + word[0] + word + "一"
        assert _pair_is_grammar(text, 1, word[0], lex), word
