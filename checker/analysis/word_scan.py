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
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

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
    """The words as trie patterns (`_trie`, with their tests), one per group of
    first characters. No two groups share a first character, so at any place at most one pattern
    can match, and it matches what the trie of all the words would."""
    rank = _rank()
    firsts = sorted({w[0] for w in words}, key=lambda ch: (rank.get(ch, len(rank)), ch))
    groups: list[set[str]] = []
    at = 0
    for size in (*_GROUP_SIZES, len(firsts)):
        if at < len(firsts):
            groups.append(set(firsts[at:at + size]))
            at += size
    return tuple(_trie([w for w in words if w[0] in group], tests or {}, rank) for group in groups)


# How many branches a node below the top may have before they are tested in classes of this many
# (the most frequent characters first): `re` tries the branches of a node one after another, each
# a step through the pattern's code, and after a clause mark (，、：) a cue word's node has ~170
# (the cue scan over half the corpus: 0.226 s → 0.213 s with classes of 12 to 20).
_CLASS_SIZE = 16
# how many branches a node below the top has before a class of their characters is tested first
# (as terms.trie_pattern tests them)
_GUARDED = 4


def _trie(words: Collection[str], tests: Mapping[str, str], rank: Mapping[str, int]) -> str:
    """`terms.trie_pattern` (the same expression but for its shape) with a large node's branches
    tested in classes of `_CLASS_SIZE`, each behind a class of its first characters. The branches
    of a node begin with distinct characters, so at most one can go on: in which order, and in
    which class, they are tried changes nothing of what matches."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = tests.get(word, "")

    def branches(node: dict[str, Any], chars: list[str]) -> str:
        alternatives = [re.escape(ch) + build(node[ch]) for ch in sorted(chars)]
        return alternatives[0] if len(alternatives) == 1 else "(?:%s)" % "|".join(alternatives)

    def guarded(node: dict[str, Any], chars: list[str]) -> str:
        if len(chars) <= _CLASS_SIZE:
            return "(?=[%s])%s" % (_class(chars), branches(node, chars))
        chars = sorted(chars, key=lambda ch: (rank.get(ch, len(rank)), ch))
        classes = [chars[at:at + _CLASS_SIZE] for at in range(0, len(chars), _CLASS_SIZE)]
        return "(?=[%s])(?:%s)" % (_class(chars), "|".join(guarded(node, some) for some in classes))

    def build(node: dict[str, Any], top: bool = False) -> str:
        test = node.get("")     # None: no word ends here
        chars = [ch for ch in node if ch]
        if not chars:
            return test or ""
        # (a class of the branches' characters fails at once where none goes on, as in
        # terms.trie_pattern; not at the top, whose plain first characters `re` skips to)
        body = guarded(node, chars) if len(chars) >= _GUARDED and not top else branches(node, chars)
        if test is None:
            return body
        if test:        # the longer words first, else the word ending here if it passes its test
            return f"(?:{body}|{test})"
        # a word ends here and longer ones go on: the longer branch is tried first
        return (body if len(chars) == 1 and len(body) == 1 else f"(?:{body})") + "?"
    return build(trie, top=True)


def _class(chars: Collection[str]) -> str:
    return "".join(re.escape(ch) for ch in sorted(chars))


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
