"""Words: a Chinese lexicon with frequencies, and word boundaries found by segmenting only the
clause around the place a rule asks about.

Rules ask "does a word end here?" (`研究|究竟` is two words that share a character, not a doubled
究; `海淀区|海淀镇` is a district and a town in it), so the answer has to come from a real
lexicon, not from exception lists. The lexicon (rules/data/lexicon/lexicon.bin, built by
tools/build_lexicon.py from jieba's MIT dictionary plus its OpenCC traditional forms) is a
sorted, length-bucketed table: loading it is one read and a few small decodes, and a lookup is
a binary search over fixed-width records in place, so a document pays only for the clauses it asks about.

A newsroom's own words (config `words-file`: names, places, terms) come in through
`doc.settings["words"]` and are added to the lexicon for that document with a high frequency,
so that segmentation keeps them whole.

    lexicon()                    the process-wide table (loaded on first use)
    segment(text, start, end)    max-probability segmentation of text[start:end]
    doc.shared(doc_words)        per document: is_boundary(offset), word_span(offset), contains(word),
                                 house_word_at(start, end) (the newsroom word that holds a span)
"""
from __future__ import annotations

import array
import bisect
import functools
import json
import math
import mmap
import re
import struct
import sys
from collections.abc import Iterable, Sequence

from ..resources import data_path, read_entries
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Literal

_MAGIC = b"JDLEX3\n"
LEXICON_FILE = "lexicon/lexicon.bin"
SUPPLEMENT_FILE = "lexicon/supplement.txt"
# A newsroom word outweighs any lexicon word it overlaps: the newsroom knows its names best.
NEWSROOM_FREQUENCY = 1_000_000


class _Bucket:
    """The words of one length: sorted UTF-16-BE records in the file's bytes, searched in place."""
    __slots__ = ("base", "classes", "count", "first_index", "firsts", "length", "size", "tags_at")

    def __init__(self, data: bytes, base: int, length: int, count: int, firsts_count: int) -> None:
        self.length, self.size, self.base, self.count = length, 2 * length, base, count
        position = base + count * self.size
        self.firsts = data[position:position + firsts_count * 2].decode("utf-16-be")
        position += firsts_count * 2
        self.first_index = _array("I", data, position, firsts_count)
        self.first_index.append(count)      # the end of the last first character's range
        position += firsts_count * 4
        self.classes = _view("H", data, position, count)
        self.tags_at = position + count * 2


def _array(kind: str, data: bytes, start: int, count: int) -> array.array:
    values = array.array(kind)
    values.frombytes(data[start:start + count * values.itemsize])
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _view(kind: Literal["H", "I"], data: bytes, start: int, count: int) -> Sequence[int]:
    """The numbers of `_array`, read in place from the file's bytes (no copy: a lookup reads the
    few it needs) where the machine's byte order is the file's; otherwise copied and swapped."""
    if sys.byteorder != "little":
        return _array(kind, data, start, count)
    size = array.array(kind).itemsize
    return memoryview(data)[start:start + count * size].cast(kind)


class Lexicon:
    """Words of 1-16+ characters (simplified and traditional) with their corpus frequencies."""

    def __init__(self, data: bytes) -> None:
        # `data`: the file's bytes, or the file mapped in memory (lexicon()): anything sliceable
        if data[:len(_MAGIC)] != _MAGIC:
            raise ValueError("not a jiaodui lexicon file (rebuild it with tools/build_lexicon.py)")
        (size,) = struct.unpack_from("<I", data, len(_MAGIC))
        start = len(_MAGIC) + 4
        header = json.loads(data[start:start + size].decode("utf-8"))
        base = start + size
        self._data = data
        self.total: int = header["total"]
        self.sources: str = header["sources"]
        self._buckets: dict[int, _Bucket] = {
            length: _Bucket(data, base + offset, length, count, firsts)
            for length, count, firsts, offset in header["buckets"]}
        offset, count = header["frequencies"]
        self._frequencies = _view("I", data, base + offset, count)
        self._tags: list[str] = header["tags"]
        self.max_length: int = max(self._buckets)
        self.log_total: float = math.log(self.total)

    def __len__(self) -> int:
        return sum(bucket.count for bucket in self._buckets.values())

    def _find(self, word: str) -> tuple[_Bucket, int] | None:
        """The bucket and index of word, or None."""
        bucket = self._buckets.get(len(word))
        if bucket is None or not word:
            return None
        firsts = bucket.firsts
        at = bisect.bisect_left(firsts, word[0])
        if at == len(firsts) or firsts[at] != word[0]:
            return None
        try:
            key = word.encode("utf-16-be")
        except UnicodeEncodeError:        # a lone surrogate (undecodable byte): never a word
            return None
        if len(key) != bucket.size:
            return None                   # a character outside the BMP: no such word is stored
        data, size, base = self._data, bucket.size, bucket.base
        lo, hi = bucket.first_index[at], bucket.first_index[at + 1]
        end = hi
        while lo < hi:
            mid = (lo + hi) >> 1
            where = base + mid * size
            if data[where:where + size] < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < end and data[base + lo * size:base + lo * size + size] == key:
            return bucket, lo
        return None

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._find(word) is not None

    def frequency(self, word: str) -> int:
        """The word's frequency in the source dictionary; 0 when it is not a word."""
        found = self._find(word)
        if found is None:
            return 0
        bucket, index = found
        return self._frequencies[bucket.classes[index]]

    def tag(self, word: str) -> str:
        """The word's part-of-speech tag in jieba's tag set (n noun, v verb, a adjective, d adverb,
        p preposition, c conjunction, u particle, ns place name, nr person name …); "" when absent."""
        found = self._find(word)
        if found is None:
            return ""
        bucket, index = found
        return self._tags[self._data[bucket.tags_at + index]]

    def words_at(self, text: str, start: int, max_len: int = 8) -> list[str]:
        """The lexicon words that begin at text[start], shortest first."""
        found = []
        for length in range(1, min(max_len, self.max_length, len(text) - start) + 1):
            piece = text[start:start + length]
            if self._find(piece) is not None:
                found.append(piece)
        return found


_read_whole = False     # keep_lexicon_in_memory() was called: a long-lived process


def keep_lexicon_in_memory() -> None:
    """Read the lexicon into this process's memory instead of mapping it: for the long-lived
    servers (`jiaodui serve`, the language server). A mapped file rewritten in place (`cp` over
    it, a rebuild writing into it) changes under the mapping, and a lookup on a page past its
    new end kills the process with SIGBUS: a one-file check is over in a fraction of a second,
    a server runs for days. A lexicon already mapped is read again."""
    global _read_whole
    _read_whole = True
    if lexicon.cache_info().currsize and isinstance(lexicon()._data, mmap.mmap):
        lexicon.cache_clear()


@functools.cache
def lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first use. The file is mapped, not read: a document's
    lookups touch a few of its pages, where reading all 5.5 MB into fresh memory was ~3 ms of a
    one-file check (and 5.5 MB of every process). A server reads it (keep_lexicon_in_memory)."""
    path = data_path(LEXICON_FILE)
    if not _read_whole:
        try:
            with open(path, "rb") as handle:
                mapped: bytes = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)  # type: ignore[assignment]
            return Lexicon(mapped)
        except (OSError, ValueError):       # a file system that cannot map it: read it
            pass
    return Lexicon(path.read_bytes())


# Characters that never belong to a word: a segment boundary falls on both sides of each.
_SEPARATOR = re.compile(r"[\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
                        r"!-/:-@\[-`{-~\u2000-\u206f\u00a0-\u00bf]")
# Latin letters and digits run together into one token when the lexicon has no word for them.
_ALNUM_RUN = re.compile(r"[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a.%]+")


def segment(text: str, start: int, end: int, extra: dict[str, int] | None = None,
            extra_max: int = 0) -> list[tuple[int, int]]:
    """The most probable segmentation of text[start:end] into words (unigram model over the
    lexicon's frequencies, as jieba's), as (start, end) spans that cover the range. `extra`
    adds words (with frequencies) such as a newsroom's own."""
    lex = lexicon()
    log_total = lex.log_total
    size = end - start
    if size <= 0:
        return []
    # candidates[i]: (length, log probability) of every word starting at start + i
    candidates: list[list[tuple[int, float]]] = []
    frequency_of = _frequency_of(lex)
    for i in range(size):
        position = start + i
        char = text[position]
        options: list[tuple[int, float]] = []
        if _SEPARATOR.match(char):
            options.append((1, 0.0))
        else:
            limit = min(max(SEGMENT_MAX, extra_max), size - i)
            for length in range(1, limit + 1):
                piece = text[position:position + length]
                if length > 1 and _SEPARATOR.match(piece[-1]):
                    break
                frequency = frequency_of(piece) if length <= SEGMENT_MAX else 0
                if extra:
                    frequency = max(frequency, extra.get(piece, 0))
                if frequency:
                    options.append((length, math.log(frequency) - log_total))
            if not options or options[0][0] != 1:
                run = _ALNUM_RUN.match(text, position, end)
                length = run.end() - position if run else 1
                options.append((length, -log_total))
        candidates.append(options)
    best = [0.0] * (size + 1)
    choice = [1] * (size + 1)
    for i in range(size - 1, -1, -1):
        score, pick = -math.inf, 1
        for length, logp in candidates[i]:
            if i + length > size:
                continue
            value = logp + best[i + length]
            if value > score:
                score, pick = value, length
        best[i], choice[i] = score, pick
    spans = []
    i = 0
    while i < size:
        spans.append((start + i, start + i + choice[i]))
        i += choice[i]
    return spans


# Words longer than this are not tried when segmenting (idioms and names are shorter; the
# lexicon's longer entries are rare technical terms).
SEGMENT_MAX = 8


@functools.cache
def _frequency_of(lex: Lexicon):
    """lex.frequency with a bounded cache: the same pieces recur across clauses and documents."""
    return functools.lru_cache(maxsize=1 << 16)(lex.frequency)


# A clause for segmentation ends at punctuation, spaces and line breaks; long stretches without
# any are cut into windows of this many characters on either side of the place asked about.
_WINDOW = 40


@functools.cache
def supplement() -> dict[str, int]:
    """Words news copy uses that the source dictionary lacks (rules/data/lexicon/supplement.txt)."""
    words = {}
    for entry in read_entries(SUPPLEMENT_FILE):
        word, frequency = entry.split("#", 1)[0].split()
        words[word] = int(frequency)
    return words


class DocWords:
    """Word boundaries of one document, worked out clause by clause when a rule asks."""

    def __init__(self, text: str, newsroom: Iterable[str] = ()) -> None:
        self.text = text
        self.newsroom: dict[str, int] = dict(supplement())
        # the newsroom's own words (config words-file), by first character: house_word_at
        self._house: dict[str, tuple[str, ...]] = {}
        for word in sorted({word for word in newsroom if word}, key=len, reverse=True):
            self.newsroom[word] = NEWSROOM_FREQUENCY
            self._house[word[0]] = (*self._house.get(word[0], ()), word)
        self._house_max = max((len(w) for words in self._house.values() for w in words), default=0)
        self._newsroom_max = max(map(len, self.newsroom), default=0)
        self._segments: dict[int, tuple[int, list[tuple[int, int]], list[int]]] = {}
        self._clause_starts: list[int] = []

    def contains(self, word: str) -> bool:
        """Is word a lexicon, supplement or newsroom word?"""
        return word in self.newsroom or word in lexicon()

    def house_word_at(self, start: int, end: int) -> tuple[int, int] | None:
        """The occurrence of a newsroom word (config `words-file`: a name, a place, a brand) that
        holds all of text[start:end], as (start, end); None when there is none. What the newsroom
        lists is right as written: not a misspelling (TYPO), and a doubling inside it
        (将将将公司, 瓦加瓦加市) is the name, not a slip (DUP)."""
        if not self._house or end - start > self._house_max:
            return None
        text = self.text
        for first in range(start, max(-1, end - self._house_max - 1), -1):
            for word in self._house.get(text[first], ()):
                if first + len(word) >= end and text.startswith(word, first):
                    return first, first + len(word)
        return None

    def _clause(self, offset: int) -> tuple[int, int]:
        text = self.text
        start = offset
        floor = max(0, offset - _WINDOW)
        while start > floor and not _SEPARATOR.match(text[start - 1]):
            start -= 1
        end = offset
        ceiling = min(len(text), offset + _WINDOW)
        while end < ceiling and not _SEPARATOR.match(text[end]):
            end += 1
        return start, end

    def _well_inside(self, start: int, end: int, offset: int) -> bool:
        """Is offset far enough from a window cut (an edge that is not punctuation) for the
        segmentation there to be the clause's own?"""
        text = self.text
        start_cut = start > 0 and not _SEPARATOR.match(text[start - 1])
        end_cut = end < len(text) and not _SEPARATOR.match(text[end])
        return not (start_cut and offset - start < SEGMENT_MAX) and not (end_cut and end - offset < SEGMENT_MAX)

    def _segmentation(self, offset: int) -> tuple[int, list[tuple[int, int]], list[int]]:
        """The segmented clause holding text[offset] (or ending at offset), cached."""
        at = bisect.bisect_right(self._clause_starts, offset) - 1
        if at >= 0:
            clause_start = self._clause_starts[at]
            clause_end, spans, starts = self._segments[clause_start]
            if offset < clause_end and self._well_inside(clause_start, clause_end, offset):
                return clause_start, spans, starts
        start, end = self._clause(offset)
        spans = segment(self.text, start, end, self.newsroom, self._newsroom_max)
        starts = [s for s, _ in spans]
        self._segments[start] = (end, spans, starts)
        bisect.insort(self._clause_starts, start)
        return start, spans, starts

    def is_boundary(self, offset: int) -> bool:
        """Does a word boundary fall at offset (between text[offset-1] and text[offset])?"""
        text = self.text
        if offset <= 0 or offset >= len(text):
            return True
        if _SEPARATOR.match(text[offset - 1]) or _SEPARATOR.match(text[offset]):
            return True
        starts = self._segmentation(offset)[2]
        index = bisect.bisect_left(starts, offset)
        return index < len(starts) and starts[index] == offset

    def word_span(self, offset: int) -> tuple[int, int]:
        """The segmented word that covers text[offset]."""
        text = self.text
        if not text:
            return (0, 0)
        offset = min(max(offset, 0), len(text) - 1)
        if _SEPARATOR.match(text[offset]):
            return (offset, offset + 1)
        _, spans, starts = self._segmentation(offset)
        index = bisect.bisect_right(starts, offset) - 1
        if 0 <= index < len(spans) and spans[index][0] <= offset < spans[index][1]:
            return spans[index]
        return (offset, offset + 1)

    def segment(self, start: int, end: int) -> list[tuple[int, int]]:
        """Segmentation of text[start:end] with the newsroom's words."""
        return segment(self.text, start, end, self.newsroom, self._newsroom_max)


# jieba gives its unattested entries (names and terms it never counted) the frequency 3; idioms and
# set phrases (tags i, l) are listed for what they are, whatever their count.
UNATTESTED = 3
SET_PHRASE_TAGS = ("i", "l")


# the parts of speech of a verb (v), an adverb-verb (vd) and an intransitive verb (vi) in jieba's set
VERB_TAGS = frozenset(("v", "vd", "vi"))


def tagged(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """The words of text[start:end] as segment() cuts them, each with its part-of-speech tag
    (Lexicon.tag; "" for a word the lexicon lacks)."""
    tag = lexicon().tag
    return [(text[a:b], tag(text[a:b])) for a, b in segment(text, start, end)] if end > start else []


def attested(word: str, extra: dict[str, int] | None = None) -> bool:
    """Is word a word the lexicon attests (counted above its floor, or an idiom or set phrase), or
    one of the extra (newsroom, supplement) words?"""
    lex = lexicon()
    frequency = lex.frequency(word)
    return (frequency > UNATTESTED or (frequency > 0 and lex.tag(word) in SET_PHRASE_TAGS)
            or (extra is not None and word in extra))


# Tags of function words (conjunction, preposition, adverb, particle, pronoun): one of these standing
# alone is a word by itself (并 → 並); a content character alone is more often part of a name.
_FUNCTION_TAGS = frozenset("cpdur")


def word_of_variant(text: str, start: int, end: int, replacement: str,
                    newsroom: Iterable[str] = ()) -> tuple[int, int] | None:
    """With text[start:end] replaced by its other-script form, the attested word of two or more
    characters that holds it (or the function word it is alone), as (start, end) in text; None
    when there is none.

    A character of the other script is a plain variant of the word meant (传统 in 傳统文化) only
    when its conversion completes a real word; in a name (劉悦德, 山澤礼明), a dialect particle or a
    typo the conversion forms no word, and offering it as the fix would be a guess."""
    if len(replacement) != end - start:
        return None
    left = start
    while left > 0 and start - left < 12 and not _SEPARATOR.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < 12 and not _SEPARATOR.match(text[right]):
        right += 1
    clause = text[left:start] + replacement + text[end:right]
    words = DocWords(clause, newsroom)
    word_start, word_end = words.word_span(start - left)
    word = clause[word_start:word_end]
    if lexicon().tag(word).startswith("nr"):
        return None               # a person's name the lexicon knows (陈冲): right as it is
    if word_end >= end - left and word_end - word_start >= 2 and attested(word, words.newsroom):
        return left + word_start, left + word_end
    if word_end - word_start == 1 and lexicon().tag(replacement)[:1] in _FUNCTION_TAGS:
        return start, end         # a function word standing alone (並, 這, 將): a plain variant
    # the segmented word is an unattested compound (專案小組): an attested word inside it will do
    for size in (2, 3, 4):
        for first in range(max(0, end - left - size), min(start - left, len(clause) - size) + 1):
            piece = clause[first:first + size]
            if not _SEPARATOR.search(piece) and attested(piece, words.newsroom):
                if lexicon().tag(piece).startswith("nr"):
                    return None   # a person's name
                return left + first, left + first + size
    return None


def doc_words(doc) -> DocWords:
    """Use as `doc.shared(doc_words)`; newsroom words from doc.settings["words"]."""
    settings = doc.settings or {}
    return DocWords(doc.text, tuple(settings.get("words", ()) or ()))
