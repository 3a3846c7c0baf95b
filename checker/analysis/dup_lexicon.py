"""The word lists the duplication rules (DUP) consult, read once from rules/data/.

Each file is one entry per line, `#` comments, sorted; an entry's reason follows it after `#` (or,
for a list whose entries share one reason, the header says so). tests/test_repetition_data.py
keeps them so. Word boundaries and attested words come from the lexicon (analysis/words.py);
these lists hold only what a lexicon cannot know.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..resources import read_entries


def entries(name: str) -> list[str]:
    """The entries of a DUP list without their reasons."""
    return [entry.split("#", 1)[0].strip() for entry in read_entries(name)]


@dataclass(frozen=True)
class DupLexicon:
    """The word lists the doubled-character rules consult (rules/data/), read once."""
    function_chars: frozenset[str]
    aa_always: frozenset[str]               # characters whose AA is grammatical anywhere
    aa_before: dict[str, tuple[str, ...]]   # … only before these words, or tags (@verb, @adverb)
    before_own_word: frozenset[str]         # may stand alone before a word that begins with them
    abab: frozenset[str]
    transliteration: frozenset[str]


@functools.cache
def lexicon() -> DupLexicon:
    aa_always, aa_before = set(), {}
    for entry in entries("dup_aa.txt"):
        char, *followers = entry.split()
        if followers:
            aa_before[char] = tuple(followers)
        else:
            aa_always.add(char)
    return DupLexicon(
        function_chars=frozenset(entries("dup_function_chars.txt")),
        aa_always=frozenset(aa_always),
        aa_before=aa_before,
        before_own_word=frozenset(entries("dup_before_own_word.txt")),
        abab=frozenset(entries("dup_abab.txt")),
        transliteration=frozenset(entries("dup_transliteration_chars.txt")),
    )
