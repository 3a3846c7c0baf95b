"""The editor's words: misspellings, variant forms and particle slips from the TYPO word lists,
found in one pass and confirmed at word boundaries; and the names an article writes two ways.

The three lists (rules/data/typo_misspellings.txt, typo_variants.txt, typo_particles.txt) are read
once into one table and one combined pattern, shaped as a trie (`沥(?:清|青…)`), so the text is
scanned once whatever the number of entries. A match is only a candidate: it becomes a hit when
the segmented clause has a word boundary at both of its ends (checker/analysis/words.py), so that
correct text holding the same letters stays quiet (`分辨|论文` holds 辨论, `山脉|博物馆` holds
脉博, `研发|韧性` holds 发韧), and when it is not part of a newsroom word or a transliterated
foreign name (`科姆希奇` holds 希奇).

    doc.shared(term_hits)      every confirmed hit, with where the article writes the correction
    doc.shared(name_slips)     forms of a name that differ from the article's usual form in one
                               homophone character (石乔铺村 once beside 石桥铺村 three times)
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from ..resources import data_path, read_entries, read_word_sections

LISTS = {"misspelling": "typo_misspellings.txt", "variant": "typo_variants.txt",
         "particle": "typo_particles.txt"}
SCRIPTS = {"s": frozenset({"simplified"}), "t": frozenset({"traditional"}),
           "st": frozenset({"simplified", "traditional"})}
SOURCES = {
    "YW": "《咬文嚼字》常见别字表",
    "XH": "《现代汉语词典》第7版",
    "YX": "《第一批异形词整理表》",
    "TW": "《重編國語辭典修訂本》",
}
_HAN_RUN = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}$")
# Marks that join the parts of a transliterated foreign name (热利科·科姆希奇, 马克・吐温).
_NAME_JOINERS = "·・•‧"


class TermListError(ValueError):
    """An entry of a TYPO word list that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class TermEntry:
    wrong: str
    correct: str
    kind: str                    # "misspelling" | "variant" | "particle"
    scripts: frozenset[str]      # the scripts of copy the entry applies to
    source: str                  # a key of SOURCES
    after: re.Pattern[str] | None = None   # the text after the wrong form must match this

    @property
    def source_name(self) -> str:
        return SOURCES[self.source]


def parse_entry(line: str, kind: str, where: str) -> TermEntry:
    """One list line: `wrong correct script source [after=REGEX]`."""
    fields = line.split()
    if len(fields) not in (4, 5):
        raise TermListError(f"{where}: expected 'wrong correct script source [after=REGEX]', got {line!r}")
    wrong, correct, script, source = fields[:4]
    if not (_HAN_RUN.match(wrong) and _HAN_RUN.match(correct)):
        raise TermListError(f"{where}: {wrong!r} and {correct!r} must be words of two or more Han characters")
    if script not in SCRIPTS:
        raise TermListError(f"{where}: script {script!r} is not one of {', '.join(SCRIPTS)}")
    if source not in SOURCES:
        raise TermListError(f"{where}: source {source!r} is not one of {', '.join(SOURCES)}")
    after = None
    if len(fields) == 5:
        if not fields[4].startswith("after="):
            raise TermListError(f"{where}: the fifth field must be after=REGEX, not {fields[4]!r}")
        try:
            after = re.compile(fields[4][len("after="):])
        except re.error as exc:
            raise TermListError(f"{where}: after= is not a valid expression: {exc}") from None
    return TermEntry(wrong, correct, kind, SCRIPTS[script], source, after)


def read_list(kind: str) -> list[TermEntry]:
    name = LISTS[kind]
    return [parse_entry(line, kind, f"{name}: entry {index}")
            for index, line in enumerate(read_entries(name), 1)]


def trie_pattern(words: list[str]) -> str:
    """One expression matching any of the words, longest first at each position, shaped as a
    trie so the engine follows one branch per character instead of trying every word."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends_here = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends_here:   # a word ends here and longer ones go on: the longer branch is tried first
            return (body if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})") + "?"
        return body
    return build(trie)


@dataclass(frozen=True)
class TermTable:
    entries: dict[str, TermEntry]
    pattern: re.Pattern[str]
    longest: int


@functools.cache
def term_table() -> TermTable:
    entries: dict[str, TermEntry] = {}
    for kind, name in LISTS.items():
        for entry in read_list(kind):
            if entry.wrong in entries:
                raise TermListError(f"{name}: {entry.wrong} is also in "
                                    f"{LISTS[entries[entry.wrong].kind]}")
            entries[entry.wrong] = entry
    pattern = re.compile(trie_pattern(sorted(entries)))
    return TermTable(entries, pattern, max(map(len, entries)))


def document_script_of(doc: Any) -> str | None:
    """The script the lists are applied for: the configured one, else the document's own."""
    configured = (doc.settings or {}).get("script", "auto")
    if configured in ("simplified", "traditional"):
        return str(configured)
    from .script import document_script
    return doc.shared(document_script)


@functools.cache
def _transliteration() -> frozenset[str]:
    from .dup_lexicon import lexicon as dup_lexicon
    return dup_lexicon().transliteration


def in_foreign_name(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside a transliterated name whose parts are joined by `·`? The name
    runs from the joiner over transliteration characters (rules/data/dup_transliteration_chars.txt)."""
    chars = _transliteration()
    if not all(ch in chars for ch in text[start:end]):
        return False
    left = start
    while left > 0 and text[left - 1] in chars:
        left -= 1
    right = end
    while right < len(text) and text[right] in chars:
        right += 1
    return (left > 0 and text[left - 1] in _NAME_JOINERS) or (right < len(text) and text[right] in _NAME_JOINERS)


@dataclass(frozen=True)
class TermHit:
    start: int
    end: int
    entry: TermEntry
    correct_at: int | None      # where the same article writes the correction (confirmed), if it does


def newsroom_words(doc: Any) -> frozenset[str]:
    return frozenset((doc.settings or {}).get("words", ()) or ())


def _confirmed(doc: Any, start: int, end: int, entry: TermEntry, newsroom: frozenset[str]) -> bool:
    from .words import doc_words
    text = doc.text
    if entry.after is not None and not entry.after.match(text, end):
        return False
    words = doc.shared(doc_words)
    if not (words.is_boundary(start) and words.is_boundary(end)) and not _misspelt_compound(
            text, start, end, entry, words):
        return False
    if newsroom:
        span = words.word_span(start)
        if text[span[0]:span[1]] in newsroom:
            return False
    return not in_foreign_name(text, start, end)


def _misspelt_compound(text: str, start: int, end: int, entry: TermEntry, words: Any) -> bool:
    """Is text[start:end] inside one segmented word that, corrected, is a lexicon word? The
    lexicon knows common misspelt compounds as words (大部份, 绝大部份): 部份 inside 大部份 is the
    slip all the same, because 大部分 is a word."""
    from .words import lexicon
    word_start, word_end = words.word_span(start)
    if not (word_start <= start and end <= word_end) or (word_start, word_end) == (start, end):
        return False
    word = text[word_start:word_end]
    return word[:start - word_start] + entry.correct + word[end - word_start:] in lexicon()


def find_correct(doc: Any, word: str, lo: int, hi: int) -> int | None:
    """The first place in text[lo:hi] where the correct form stands with a word boundary on at
    least one side (its own spelling confirms it; 沥青 in 沥青路 is the term), or None."""
    from .words import doc_words
    text, words = doc.text, doc.shared(doc_words)
    at = text.find(word, lo, hi)
    while at >= 0:
        if words.is_boundary(at) or words.is_boundary(at + len(word)):
            return at
        at = text.find(word, at + 1, hi)
    return None


def term_hits(doc: Any) -> tuple[TermHit, ...]:
    """Every confirmed hit of the lists that apply to the document's script (use doc.shared)."""
    table = term_table()
    text = doc.text
    match = table.pattern.search(text)
    if match is None:
        return ()
    script = document_script_of(doc)
    newsroom = newsroom_words(doc)
    from .structure import structure
    hits: list[TermHit] = []
    while match is not None:
        start, found = match.start(), match.group()
        hit = None
        # the longest entry first; a shorter entry that is a prefix of it may still stand alone
        for size in range(len(found), 1, -1):
            entry = table.entries.get(found[:size])
            if entry is None or (script not in entry.scripts if script else len(entry.scripts) < 2):
                continue
            if _confirmed(doc, start, start + size, entry, newsroom):
                hit = entry
                break
        if hit is None:
            match = table.pattern.search(text, start + 1)
            continue
        end = start + len(hit.wrong)
        article = doc.shared(structure).article_at(start)
        correct_at = find_correct(doc, hit.correct, article.start, article.end)
        hits.append(TermHit(start, end, hit, correct_at))
        match = table.pattern.search(text, end)
    return tuple(hits)


# Names written two ways ----------------------------------------------------------------------

@functools.cache
def readings() -> dict[str, frozenset[str]]:
    """Character -> its toned readings (rules/data/typo_readings.txt)."""
    table: dict[str, set[str]] = defaultdict(set)
    for line in read_entries("typo_readings.txt"):
        reading, chars = line.split()
        for ch in chars:
            table[ch].add(reading)
    return {ch: frozenset(values) for ch, values in table.items()}


def homophones(a: str, b: str) -> bool:
    table = readings()
    return bool(table.get(a, frozenset()) & table.get(b, frozenset()))


@functools.cache
def name_suffixes() -> tuple[frozenset[str], re.Pattern[str]]:
    """The characters and words that end a place or organisation name (typo_name_suffixes.txt)."""
    sections = read_word_sections("typo_name_suffixes.txt")
    words = sorted({w for section in sections.values() for w in section}, key=len, reverse=True)
    return frozenset(words), re.compile("|".join(map(re.escape, words)))


NAME_MIN, NAME_MAX = 3, 7     # characters of a name, its suffix included


@dataclass(frozen=True)
class NameSlip:
    start: int
    end: int
    usual: str          # the form the article uses most
    usual_at: int       # where the article first writes it
    count: int          # how often it does


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def name_slips(doc: Any) -> tuple[NameSlip, ...]:
    """Names ending in a place or organisation suffix (村, 镇, 公司 …) that an article writes once
    with one character changed to a homophone of the form it writes at least twice. Never across
    articles bundled in one file; a form that is itself a lexicon or newsroom word is a different
    name, not a slip."""
    _, suffix = name_suffixes()
    text = doc.text
    if suffix.search(text) is None:
        return ()
    from .structure import structure
    from .words import doc_words, lexicon
    lex, newsroom = lexicon(), newsroom_words(doc)
    words = doc.shared(doc_words)
    slips: list[NameSlip] = []
    for article in doc.shared(structure).articles:
        seen: dict[str, list[int]] = defaultdict(list)
        for match in suffix.finditer(text, article.start, article.end):
            end = match.end()
            for size in range(NAME_MIN, NAME_MAX + 1):
                start = end - size
                if start < article.start or not _HAN.match(text, start):
                    break
                seen[text[start:end]].append(start)
        if len(seen) < 2:
            continue
        counts = Counter({form: len(places) for form, places in seen.items()})
        # index the usual forms (written at least twice) by each position's reading
        usual_index: dict[tuple[int, str, str, str], str] = {}
        for form, count in counts.items():
            if count < 2:
                continue
            for i, ch in enumerate(form):
                for reading in readings().get(ch, ()):
                    usual_index[(i, form[:i], reading, form[i + 1:])] = form
        reported: set[int] = set()
        for form in sorted(counts, key=len, reverse=True):
            if counts[form] != 1 or form in lex or form in newsroom:
                continue
            for i, ch in enumerate(form):
                usual = next((usual_index[key] for reading in readings().get(ch, ())
                              if (key := (i, form[:i], reading, form[i + 1:])) in usual_index), None)
                if usual is None or usual[i] == ch:
                    continue
                start = seen[form][0]
                if start + i in reported:
                    break
                if not (words.is_boundary(start) and words.is_boundary(start + len(form))):
                    break
                reported.add(start + i)
                slips.append(NameSlip(start, start + len(form), usual, seen[usual][0], counts[usual]))
                break
    return tuple(sorted(slips, key=lambda s: s.start))


def list_files() -> list[str]:
    return [str(data_path(name)) for name in LISTS.values()]
