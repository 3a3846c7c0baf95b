"""The editor's words: misspellings, variant forms and particle slips from the TYPO word lists,
found in one pass and confirmed at word boundaries; and the names an article writes two ways.

The three lists (rules/data/typo_misspellings.txt, typo_variants.txt, typo_particles.txt) are read
once into one table and one combined pattern: a character class of each entry's anchor, its least
frequent character (rank in rules/data/common_hanzi.txt: 沥 for 沥清, 蓬 for 帐蓬), with an index
from anchor to the entries that hold it. The text is scanned once whatever the number of entries
(sre runs a class of 650 rare characters at ~120 MB/s, where an alternation of the 900 words,
even shaped as a trie, runs at ~3 MB/s), and each anchor found is checked only against its own
entries (`text.startswith(word, at - offset)`). A match is only a candidate: it becomes a hit when
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
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from ..resources import data_path, kept, read_entries, read_word_sections
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

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
    """One entry of the term lists: the wrong form, the correct one, and where it applies."""
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
    """One list line: `wrong correct script source [after=REGEX] [# note]`."""
    fields = line.split(" #", 1)[0].split()
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


def applies(entry: TermEntry, script: str | None) -> bool:
    """Does the entry apply to copy in this script (None: unknown, only entries for both)?"""
    return script in entry.scripts if script else len(entry.scripts) == 2


def read_list(kind: str) -> list[TermEntry]:
    name = LISTS[kind]
    return [parse_entry(line, kind, f"{name}: entry {index}")
            for index, line in enumerate(read_entries(name), 1)]


def trie_pattern(words: Iterable[str], tests: Mapping[str, str] | None = None,
                 rank: Mapping[str, int] | None = None) -> str:
    """One expression matching any of the words, longest first at each position, shaped as a
    trie: at each place the engine follows one branch instead of trying the words one by one, and
    the first characters stay plain for it to skip to. `tests`: a zero-width test a word must pass
    where it ends (relations/cues.py's cue words). `rank` (character → how frequent, lower first):
    a node of many branches tests them in classes of `_CLASS_SIZE`, the most frequent first, each
    behind a class of its first characters (word_scan.split_tries). The branches of a node begin
    with distinct characters, so at most one can go on: in which order and class they are tried
    changes nothing of what matches. The typo checker scans with the anchor class instead (see
    the module documentation), which sre runs forty times faster."""
    tests = tests or {}
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
        # where none of the branches goes on (nearly everywhere), `re` tries each before it gives
        # up; a class of their characters fails at once (the cue scan over half the corpus:
        # 0.255 s → 0.21 s)
        if rank is None or len(chars) <= _CLASS_SIZE:
            return "(?=[%s])%s" % (_class(chars), branches(node, chars))
        ordered = sorted(chars, key=lambda ch: (rank.get(ch, len(rank)), ch))
        classes = [ordered[at:at + _CLASS_SIZE] for at in range(0, len(ordered), _CLASS_SIZE)]
        return "(?=[%s])(?:%s)" % (_class(ordered), "|".join(guarded(node, some) for some in classes))

    def build(node: dict[str, Any], top: bool = False) -> str:
        test = node.get("")     # None: no word ends here
        chars = [ch for ch in node if ch]
        if not chars:
            return test or ""
        # (not at the top, whose plain first characters `re` skips to)
        body = guarded(node, chars) if len(chars) >= _GUARDED and not top else branches(node, chars)
        if test is None:
            return body
        if test:        # the longer words first, else the word ending here if it passes its test
            return f"(?:{body}|{test})"
        # a word ends here and longer ones go on: the longer branch is tried first
        return (body if len(chars) == 1 and len(body) == 1 else f"(?:{body})") + "?"
    return build(trie, top=True)


def _class(chars: Iterable[str]) -> str:
    return "".join(re.escape(ch) for ch in sorted(chars))


# how many branches a node of a trie pattern has before a class of their characters is tested first
_GUARDED = 4
# how many branches, with a rank, a guarded class holds: `re` tries the branches of a node one after
# another, each a step through the pattern's code, and after a clause mark (，、：) a cue word's node
# has ~170 (the cue scan over half the corpus: 0.226 s → 0.213 s with classes of 12 to 20)
_CLASS_SIZE = 16


@dataclass(frozen=True)
class TermTable:
    """The term entries of one script, found by their anchor characters."""
    anchors: re.Pattern[str]                             # one class: every entry's anchor character
    by_anchor: dict[str, tuple[tuple[str, int], ...]]    # anchor -> (wrong form, anchor's offset in it)

    @property
    def entries(self) -> dict[str, tuple[TermEntry, ...]]:
        """wrong form -> its entries: one, or one per script when the scripts correct it differently
        (一愁莫展 is 一筹莫展 in simplified copy and 一籌莫展 in traditional copy). Read when first
        asked for: most texts hold no candidate (the anchor index alone finds that)."""
        return term_entries()

    def candidates(self, text: str) -> list[tuple[int, str]]:
        """(start, wrong form) of every entry occurring in text, by start, longest first."""
        found = []
        by_anchor = self.by_anchor
        for match in self.anchors.finditer(text):
            at = match.start()
            for word, offset in by_anchor[match.group()]:
                if text.startswith(word, at - offset) and at >= offset:
                    found.append((at - offset, word))
        found.sort(key=lambda item: (item[0], -len(item[1])))
        return found


def _anchor(word: str, rank: dict[str, int]) -> int:
    """The offset of the word's least frequent character (the last of equals)."""
    return max(range(len(word)), key=lambda i: (rank.get(word[i], len(rank)), i))


@functools.cache
def term_table() -> TermTable:
    return TermTable(*_term_index())


@kept       # built with the entries: ~7 ms of a one-file check; read back: ~0.3 ms
def _term_index() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, int], ...]]]:
    from ..resources import common_hanzi
    entries = term_entries()
    rank: dict[str, int] = {}
    for chars in common_hanzi().values():
        for position, ch in enumerate(chars):
            rank[ch] = min(rank.get(ch, position), position)
    index: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for word in sorted(entries):
        offset = _anchor(word, rank)
        index[word[offset]].append((word, offset))
    anchors = re.compile("[%s]" % "".join(sorted(index)))
    return anchors, {ch: tuple(words) for ch, words in index.items()}


@kept       # read back: ~2 ms, paid only by a text that holds a candidate
def term_entries() -> dict[str, tuple[TermEntry, ...]]:
    """The three lists, wrong form -> its entries, checked: a form in two lists, or twice for the
    same script, is an error in the lists."""
    entries: dict[str, tuple[TermEntry, ...]] = {}
    for kind, name in LISTS.items():
        for entry in read_list(kind):
            for other in entries.get(entry.wrong, ()):
                if other.scripts & entry.scripts or other.kind != kind:
                    raise TermListError(f"{name}: {entry.wrong} is also in {LISTS[other.kind]} "
                                        f"for the same script")
            entries[entry.wrong] = (*entries.get(entry.wrong, ()), entry)
    return entries


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
    """Is text[start:end] part of a transliterated foreign name? It is when all its characters
    are transliteration characters (rules/data/dup_transliteration_chars.txt) and the run of such
    characters around it either touches a `·` joining the parts of a name (科姆希奇 in
    热利科·科姆希奇) or goes on for at least two more characters (希奇莱马)."""
    chars = _transliteration()
    if not all(ch in chars for ch in text[start:end]):
        return False
    left = start
    while left > 0 and text[left - 1] in chars:
        left -= 1
    right = end
    while right < len(text) and text[right] in chars:
        right += 1
    if (left > 0 and text[left - 1] in _NAME_JOINERS) or (right < len(text) and text[right] in _NAME_JOINERS):
        return True
    return (right - left) - (end - start) >= 2


@dataclass(frozen=True)
class TermHit:
    """One wrong form as an editor reads it: its first place in an article, the article's later
    places that write it the same way, and where the article writes the correction."""
    start: int
    end: int
    entry: TermEntry
    correct_at: int | None      # where the same article writes the correction (confirmed), if it does
    again: tuple[int, ...] = ()     # the later places in the same article that write the same wrong form

    @property
    def in_use(self) -> bool:
        """Is the wrong form one in wide use? The lexicon, built from usage (jieba's dictionary,
        which takes its words from print and from input-method word lists), lists it as a word:
        readers meet it often and read through it (帐蓬, 倍受, 寒喧). A form no dictionary lists
        stops the reader; so does an article that writes both forms."""
        from .words import lexicon
        return self.correct_at is None and self.entry.wrong in lexicon()


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
    if newsroom and words.house_word_at(start, end):
        return False      # inside the newsroom's own word (words-file): right as the newsroom writes it
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
    candidates = table.candidates(text)
    if not candidates:
        return ()
    script = document_script_of(doc)
    newsroom = newsroom_words(doc)
    from .structure import structure
    hits: list[TermHit] = []
    # one hit per wrong form per article: (article start, wrong form) -> its index in hits
    first: dict[tuple[int, str], int] = {}
    taken = 0
    for start, wrong in candidates:
        if start < taken:
            continue      # inside a hit already confirmed (the longer entry at its start won)
        entry = next((e for e in table.entries[wrong] if applies(e, script)), None)
        if entry is None:
            continue
        end = start + len(wrong)
        if not _confirmed(doc, start, end, entry, newsroom):
            continue
        taken = end
        article = doc.shared(structure).article_at(start)
        seen = first.get((article.start, wrong))
        if seen is not None:      # written the same way again: named in the first hit's finding
            hit = hits[seen]
            hits[seen] = TermHit(hit.start, hit.end, hit.entry, hit.correct_at, (*hit.again, start))
            continue
        correct_at = find_correct(doc, entry.correct, article.start, article.end)
        first[(article.start, wrong)] = len(hits)
        hits.append(TermHit(start, end, entry, correct_at))
    return tuple(hits)


# Names written two ways ----------------------------------------------------------------------

@kept
def readings() -> dict[str, frozenset[str]]:
    """Character -> its toned readings (rules/data/typo_readings.txt)."""
    table: dict[str, set[str]] = defaultdict(set)
    for line in read_entries("typo_readings.txt"):
        reading, chars = line.split()
        for ch in chars:
            table[ch].add(reading)
    return {ch: frozenset(values) for ch, values in table.items()}


def homophones(a: str, b: str) -> bool:
    """Do a and b share a toned reading (桥, 乔: qiao2)?"""
    table = readings()
    return bool(table.get(a, frozenset()) & table.get(b, frozenset()))


@kept
def syllables() -> dict[str, frozenset[str]]:
    """Character -> its syllables without tone (桥, 巧: qiao). A pinyin input method is typed
    without tones and offers every character of the syllable, so a slip in a name is as likely
    to change the tone as to keep it (石桥铺 -> 石巧铺)."""
    return {ch: frozenset(value.rstrip("012345") for value in values) for ch, values in readings().items()}


def same_syllable(a: str, b: str) -> bool:
    """Do a and b share a syllable, whatever the tone (桥, 巧)?"""
    table = syllables()
    return bool(table.get(a, frozenset()) & table.get(b, frozenset()))


@functools.cache
def name_words() -> tuple[re.Pattern[str], frozenset[str]]:
    """What ends a place or organisation name (村, 镇, 公司 …) as one pattern, and the characters
    that never begin one (rules/data/typo_name_suffixes.txt)."""
    sections = read_word_sections("typo_name_suffixes.txt")
    # longest first; equal lengths in a fixed order, so that the pattern is the same text in every
    # process and its compiled program is found in the stored ones (checker/regex_cache.py)
    suffixes = sorted(set(sections["place"]) | set(sections["organisation"]), key=lambda s: (-len(s), s))
    return re.compile("|".join(map(re.escape, suffixes))), frozenset("".join(sections["not-initial"]))


NAME_MIN, NAME_MAX = 3, 7     # characters of a name, its suffix included


@dataclass(frozen=True)
class NameSlip:
    """A name written in another form than the one the article uses most."""
    start: int
    end: int
    usual: str          # the form the article uses most (or, when both are written once, the earlier)
    usual_at: int       # where the article first writes it
    count: int          # how often it does (1: two forms once each, neither in the majority)


def is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@functools.cache
def _same_character(a: str, b: str) -> bool:
    """Are a and b one character in two scripts or two accepted shapes (台/臺, 彩/綵)? Then two
    forms of a name differing there are a matter of script, not a misspelling."""
    import opencc
    t2s = opencc.OpenCC("t2s")
    return t2s.convert(a) == t2s.convert(b)


# jieba tags of words after which a name starts afresh: verbs, prepositions, conjunctions,
# particles, adverbs, pronouns, time words (到达|台北市, 及|滤能公司). After a noun, a proper
# noun or an unknown word, the form may be the tail of a longer name (氢丰|绿能公司).
_BEFORE_A_NAME = ("v", "p", "c", "u", "d", "r", "t")


def _whole_name(text: str, start: int, not_initial: frozenset[str], words: Any = None) -> bool:
    """Does a name form at start stand whole: nothing of a longer name before it (a mark, a line
    start, a character that never begins a name, or a verb or function word)?"""
    if start == 0 or not is_han(text[start - 1]) or text[start - 1] in not_initial:
        return True
    if words is None:
        return False
    from .words import lexicon
    before = words.word_span(start - 1)
    return lexicon().tag(text[before[0]:before[1]]).startswith(_BEFORE_A_NAME)


def _name_forms(text: str, start: int, end: int, suffix: re.Pattern[str],
                not_initial: frozenset[str]) -> dict[str, list[int]]:
    """Every run of Han characters of NAME_MIN..NAME_MAX that ends with a name suffix in
    text[start:end] and does not begin with a character that never begins a name."""
    forms: dict[str, list[int]] = defaultdict(list)
    for match in suffix.finditer(text, start, end):
        stop = match.end()
        first = stop - NAME_MAX
        at = match.start()
        if at > start and text[at - 1] in not_initial:
            continue      # 本市, 各县, 该公司: a determiner and the noun, a reference and not a name
        while at > max(first, start) and is_han(text[at - 1]):
            at -= 1
        for begin in range(at, stop - NAME_MIN + 1):
            if text[begin] not in not_initial:
                forms[text[begin:stop]].append(begin)
    return forms


class _Syllables(Mapping[str, frozenset[str]]):
    """`syllables()`, read when first asked for: most texts have no two name forms to compare
    (then no character's sound is asked), and reading the syllables of 7,000 characters was ~3 ms
    of every one-file check."""

    def _table(self) -> dict[str, frozenset[str]]:
        return syllables()

    def __getitem__(self, ch: str) -> frozenset[str]:
        return self._table()[ch]

    def get(self, ch: str, default: Any = None) -> Any:
        return self._table().get(ch, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


def _pairs(forms: dict[str, list[int]], sounds: Mapping[str, frozenset[str]],
           first: bool = False) -> list[tuple[str, int, str]]:
    """(form written once, position, other form) for each form that differs from another form of
    the article in one character, the two characters sharing a reading: the other form is written
    at least twice (the usual form), or once and earlier (two forms, neither in the majority).
    The suffix's own characters are never varied. With `first`, only the first pair found: enough
    to tell whether there is one (the test over a whole long text, where there nearly always is)."""
    masked: dict[tuple[int, str, str], list[str]] = defaultdict(list)
    for form in forms:
        for i in range(len(form) - 1):
            masked[(i, form[:i], form[i + 1:])].append(form)
    pairs = []
    for form in sorted(forms, key=len, reverse=True):
        places = forms[form]
        if len(places) != 1:
            continue
        for i in range(len(form) - 1):
            others = masked[(i, form[:i], form[i + 1:])]
            if len(others) < 2:
                continue
            heard = sounds.get(form[i], frozenset())
            other = next((o for o in others if o != form and sounds.get(o[i], frozenset()) & heard
                          and (len(forms[o]) >= 2 or forms[o][0] < places[0])), None)
            if other is not None and not _before_the_name(forms, form, other, i):
                pairs.append((form, i, other))
                if first:
                    return pairs
                break
    return pairs


def _before_the_name(forms: dict[str, list[int]], form: str, other: str, i: int) -> bool:
    """Is the character at i outside the name, in words written before it? It is when the article
    writes a tail of the form that begins after i as a name of its own more often than the two
    forms together: 期盼新化果菜市 and 齊盼新化果菜市 once each, but 新化果菜市 also alone. The name
    is the tail; what the two forms add to it (a verb, 期盼/齊盼) is not part of it."""
    together = len(forms[form]) + len(forms[other])
    return any(len(forms.get(form[j:], ())) > together for j in range(i + 1, len(form) - NAME_MIN + 1))


def name_slips(doc: Any) -> tuple[NameSlip, ...]:
    """Names ending in a place or organisation suffix that an article writes once with one
    character changed to a homophone of another form: one it writes at least twice, or one it
    writes once, earlier (then the later form is reported against it). Never across articles
    bundled in one file; a form that is itself a lexicon or newsroom word is a different name,
    not a slip; two shapes of one character (台/臺) are a matter of script."""
    suffix, not_initial = name_words()
    text = doc.text
    sounds = _Syllables()
    # the whole text first: most documents have no pair at all, and need no articles or words
    if not _pairs(_name_forms(text, 0, len(text), suffix, not_initial), sounds, first=True):
        return ()
    from .structure import structure
    from .words import doc_words, lexicon
    lex, newsroom = lexicon(), newsroom_words(doc)
    slips: list[NameSlip] = []
    reported: set[int] = set()
    for article in doc.shared(structure).articles:
        forms = _name_forms(text, article.start, article.end, suffix, not_initial)
        for form, i, usual in _pairs(forms, sounds):
            known = {f for f in (form, usual) if f in lex or f in newsroom}
            if len(forms[usual]) == 1:
                # once each: both must stand as whole names (氫豐|綠能公司 and 濾能公司 are two
                # companies); a known place is the right one, so the other is reported
                words = doc.shared(doc_words)
                if len(known) == 2 or not (_whole_name(text, forms[form][0], not_initial, words)
                                           and _whole_name(text, forms[usual][0], not_initial, words)):
                    continue
                if form in known:
                    form, usual = usual, form
            elif form in known:
                continue
            start = forms[form][0]
            if start + i in reported or _same_character(form[i], usual[i]):
                continue
            # Both forms must begin a word (培力|社區 and 福利|社區 are the tails of two words, not
            # two names); the end is the suffix, which may begin the next word (台南|市政府).
            words = doc.shared(doc_words)
            if not words.is_boundary(start) or not any(words.is_boundary(at) for at in forms[usual]):
                continue
            reported.add(start + i)
            slips.append(NameSlip(start, start + len(form), usual, forms[usual][0], len(forms[usual])))
    return tuple(sorted(slips, key=lambda s: s.start))


def list_files() -> list[str]:
    return [str(data_path(name)) for name in LISTS.values()]
