"""The TYPO word lists are data with their own tests (codespell's habit): sorted, unique, a source
and a script for every entry, no entry its own correction, no correction itself listed as wrong."""
from __future__ import annotations

import functools

import pytest
from checker.analysis.terms import (
    LISTS,
    SOURCES,
    TermListError,
    homophones,
    parse_entry,
    read_list,
    same_syllable,
    term_table,
)
from checker.resources import data_path, read_entries, read_word_sections

KINDS = list(LISTS)


@functools.cache
def _converter(config: str):
    import opencc
    return opencc.OpenCC(config)


def _script_chars_differ(word: str) -> bool:
    return _converter("s2t").convert(word) != word or _converter("t2s").convert(word) != word


@pytest.mark.parametrize("kind", KINDS)
def test_list_is_sorted_and_unique(kind):
    heads = [line.split()[0] for line in read_entries(LISTS[kind])]
    assert heads == sorted(heads), f"{LISTS[kind]} is not sorted by the wrong form"
    keys = [(e.wrong, e.scripts) for e in read_list(kind)]
    assert len(keys) == len(set(keys)), f"{LISTS[kind]} has duplicates"
    entries = read_list(kind)        # a wrong form listed twice is corrected per script, disjointly
    for i, entry in enumerate(entries):
        same = [e for j, e in enumerate(entries) if e.wrong == entry.wrong and j != i]
        assert all(not (e.scripts & entry.scripts) for e in same), entry.wrong


@pytest.mark.parametrize("kind", KINDS)
def test_every_entry_has_a_source_and_a_script(kind):
    entries = read_list(kind)      # parse_entry refuses a missing or unknown source or script
    assert entries
    header = "\n".join(line for line in data_path(LISTS[kind]).read_text("utf-8").splitlines()
                       if line.startswith("#"))
    for code in {e.source for e in entries}:
        assert f"#   {code}" in header or f"# Source: {code}" in header or f"{code} " in header, \
            f"{LISTS[kind]}: the header does not explain the source code {code}"
    assert "TYPO00" in header, f"{LISTS[kind]}: say which rule uses the list"


@pytest.mark.parametrize("kind", KINDS)
def test_no_entry_is_its_own_correction(kind):
    assert not [e.wrong for e in read_list(kind) if e.wrong == e.correct]


def test_no_correction_is_itself_listed_as_wrong():
    entries = term_table().entries
    chained = [(w, e.correct) for w, listed in entries.items() for e in listed
               if any(e.scripts & other.scripts for other in entries.get(e.correct, ()))]
    assert not chained, f"corrections that are themselves listed as wrong: {chained}"


def test_a_wrong_form_is_in_one_list_only():
    seen: dict[str, str] = {}
    for kind in KINDS:
        for entry in read_list(kind):
            assert seen.get(entry.wrong, kind) == kind, f"{entry.wrong} is in {seen[entry.wrong]} and {kind}"
            seen[entry.wrong] = kind


def test_the_misspelling_list_has_several_hundred_entries():
    assert len(read_list("misspelling")) >= 500
    assert len(read_list("variant")) >= 200


def test_entries_for_both_scripts_are_written_in_shared_characters():
    """`st` claims the entry reads the same in both scripts: opencc must leave both forms alone."""
    wrong = [e.wrong for k in KINDS for e in read_list(k) if len(e.scripts) == 2
             and (_script_chars_differ(e.wrong) or _script_chars_differ(e.correct))]
    assert not wrong, f"entries marked st that hold script-specific characters: {wrong}"


def test_traditional_entries_are_written_in_traditional_characters():
    """`t` entries are for traditional copy: one of the two forms must hold a character that only
    traditional text uses (an entry in shared characters is `st`)."""
    t2s = _converter("t2s")
    wrong = [e.wrong for k in KINDS for e in read_list(k) if e.scripts == frozenset({"traditional"})
             and t2s.convert(e.correct) == e.correct and t2s.convert(e.wrong) == e.wrong]
    assert not wrong, f"traditional-only entries written in shared characters: {wrong}"


def test_variants_are_for_simplified_copy_only():
    """身分, 帳號, 計畫 are standard in Taiwan: the mainland's variant table must not apply there."""
    assert all(e.scripts == frozenset({"simplified"}) for e in read_list("variant"))


def test_every_source_code_is_described():
    codes = {e.source for k in KINDS for e in read_list(k)}
    assert codes <= set(SOURCES)


@pytest.mark.parametrize("line,reason", [
    ("帐蓬 帐篷 s", "expected"),
    ("帐蓬 帐篷 x XH", "script"),
    ("帐蓬 帐篷 s ZZ", "source"),
    ("帐 帐篷 s XH", "two or more"),
    ("帐蓬 帐篷 s XH before=x", "after="),
    ("帐蓬 帐篷 s XH after=[", "valid expression"),
])
def test_malformed_entries_are_refused_with_their_place(line, reason):
    with pytest.raises(TermListError, match=reason) as caught:
        parse_entry(line, "misspelling", "typo_misspellings.txt: entry 7")
    assert "entry 7" in str(caught.value)


def test_the_combined_pattern_finds_every_entry_whole():
    """One anchor class stands for all the lists; scanning a wrong form alone must give that form
    first at its start (the longest entry there, never only a shorter one inside it)."""
    table = term_table()
    for wrong in table.entries:
        assert table.candidates(wrong)[0] == (0, wrong), wrong
        assert (3, wrong) in table.candidates("前文。" + wrong + "后文"), wrong


def test_each_entry_is_anchored_on_one_of_its_own_characters():
    table = term_table()
    anchored = {word for words in table.by_anchor.values() for word, _ in words}
    assert anchored == set(table.entries)
    for anchor, words in table.by_anchor.items():
        assert all(word[offset] == anchor for word, offset in words)


def test_readings_table_knows_homophones_and_tells_others_apart():
    assert homophones("桥", "乔") and homophones("青", "清") and homophones("橋", "喬")
    assert not homophones("东", "西") and not homophones("桥", "路")
    assert not homophones("桥", "巧") and same_syllable("桥", "巧") and same_syllable("橋", "巧")
    assert not same_syllable("桥", "路") and not same_syllable("东", "南")


def test_name_suffix_sections_are_sorted():
    for section, words in read_word_sections("typo_name_suffixes.txt").items():
        assert words == sorted(words), section
        assert len(words) == len(set(words)), section
