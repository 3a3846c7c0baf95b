"""The word lists the duplication rules (DUP) consult, read once from rules/data/.

Each file is one entry per line, `#` comments, sorted; tests/test_repetition_data.py keeps them so.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..resources import read_entries


@dataclass(frozen=True)
class DupLexicon:
    function_chars: frozenset[str]
    aa_always: frozenset[str]               # characters whose AA is a word anywhere
    aa_before: dict[str, tuple[str, ...]]   # characters whose AA is a word only before these
    boundary_words: frozenset[str]
    boundary_max: int
    abab: frozenset[str]
    transliteration: frozenset[str]


@functools.cache
def lexicon() -> DupLexicon:
    aa_always, aa_before = set(), {}
    for entry in read_entries("dup_aa.txt"):
        char, *followers = entry.split()
        if followers:
            aa_before[char] = tuple(followers)
        else:
            aa_always.add(char)
    boundary = frozenset(read_entries("dup_boundary_words.txt"))
    return DupLexicon(
        function_chars=frozenset(read_entries("dup_function_chars.txt")),
        aa_always=frozenset(aa_always),
        aa_before=aa_before,
        boundary_words=boundary,
        boundary_max=max(map(len, boundary)),
        abab=frozenset(read_entries("dup_abab.txt")),
        transliteration=frozenset(read_entries("dup_transliteration_chars.txt")),
    )
