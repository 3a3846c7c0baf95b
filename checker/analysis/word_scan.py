"""Many words found in one pass over a text, as several patterns split by the first character of
the words, read back as the one pattern of all of them would read them (`FirstMatch`).

Why: `re` skips to the places where a first character of the pattern stands (a class of them),
then tries the alternation of the words there branch by branch, and where no word matches (nearly
everywhere: a cue word of relations/cues.py matches at about one place in ninety it is tried)
it walks every branch before it gives up. With ~150 first characters that walk was 0.3 s of the
0.55 s the cue scan took over half the corpus. Split into patterns of few first characters each
(the most frequent characters in the smallest ones), a failed try walks a few branches, and each
pattern still skips by its own class: the scan took 0.21 s.

    split_tries(words, tests)      the sources of the patterns, one per group of first characters
    FirstMatch(patterns, text)     .search(at): the earliest match of any of them from `at`
"""
from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping, Sequence

from ..resources import common_hanzi
from .terms import trie_pattern

# How many first characters each pattern holds, the most frequent first: a group about three times
# the one before (measured over half the corpus with relations/cues.py's words: one pattern 0.55 s;
# groups of 1, 4, 12, 30 and the rest 0.28 s; 1, 6, 18, 50 and the rest 0.21 s; 1, 2, 4 … 64
# and the rest 0.27 s: each pattern costs one more pass over the text)
_GROUP_SIZES = (1, 6, 18, 50)
# The marks of Chinese copy that words may begin with, ranked as the Han characters as frequent as
# they are (common_hanzi.txt ranks Han characters only; an unranked character went to the last
# group, whose failed tries walk every one of its ~100 first characters): ， is more frequent than
# any character (one place in twenty-five), 、 than 中 (rank 2); （ and ： as the 60th and 80th
# characters, ( and : as the 300th and 400th (counted over the corpus; the cue scan of
# relations/cues.py over half of it: 0.257 s → 0.240 s). Which group a character falls in changes
# only the time of the scan, never what it finds (`split_tries`).
_MARK_RANKS = {"，": -1, "、": 0, "（": 60, "：": 80, "(": 300, ":": 400}


@functools.cache
def _rank() -> dict[str, int]:
    """The rank of each frequent Han character in news copy (rules/data/common_hanzi.txt), the
    best of its two scripts'."""
    rank = dict(_MARK_RANKS)
    for chars in common_hanzi().values():
        for position, ch in enumerate(chars):
            rank[ch] = min(rank.get(ch, position), position)
    return rank


def split_tries(words: Collection[str], tests: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The words as trie patterns (`terms.trie_pattern`, with their tests and the characters'
    rank), one per group of first characters. No two groups share a first character, so at any place at most one pattern
    can match, and it matches what the trie of all the words would."""
    rank = _rank()
    firsts = sorted({w[0] for w in words}, key=lambda ch: (rank.get(ch, len(rank)), ch))
    groups: list[set[str]] = []
    at = 0
    for size in (*_GROUP_SIZES, len(firsts)):
        if at < len(firsts):
            groups.append(set(firsts[at:at + size]))
            at += size
    return tuple(trie_pattern([w for w in words if w[0] in group], tests, rank) for group in groups)


class FirstMatch:
    """The earliest match from a place in one text of any of several patterns, each searched
    only when the place has passed its last match (a text is searched once per pattern, plus once
    per match passed)."""
    __slots__ = ("_from", "_matches", "_patterns", "_starts", "_text")

    def __init__(self, patterns: Sequence[re.Pattern[str]], text: str) -> None:
        self._patterns = patterns
        self._text = text
        self._matches: list[re.Match[str] | None] = [None] * len(patterns)
        self._starts = [-1] * len(patterns)     # where each match starts (len(text) + 1: none left)
        self._from = [0] * len(patterns)        # where each was searched from

    def search(self, at: int) -> re.Match[str] | None:
        """The match that starts first at `at` or after it (as `re.search(text, at)` of one
        pattern of all the words)."""
        best: re.Match[str] | None = None
        best_start = len(self._text) + 1
        starts, matches, froms = self._starts, self._matches, self._from
        for k, start in enumerate(starts):
            if start < at or at < froms[k]:
                m = matches[k] = self._patterns[k].search(self._text, at)
                start = starts[k] = m.start() if m else len(self._text) + 1
                froms[k] = at
            if start < best_start:
                best_start, best = start, matches[k]
        return best
