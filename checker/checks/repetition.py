"""Duplicated words, clauses, list items, sentences, paragraphs and runs (the DUP rules).

Chinese repeats on purpose all the time (常常, 家家户户, 研究研究, 一步一步, 发展产业，产业发展), so
every check here reports a repetition only when its shape says it cannot be grammar:
- a doubled *function* character that is not a word and whose copies are not two words (DUP001);
- a doubled unit of two or more characters with a clear word boundary on one side (DUP002);
- a whole clause, list item, sentence or paragraph repeated (DUP003-DUP006);
- a token repeated three or more times in a row, reported once for the run (DUP007).
The word lists live in rules/data/dup_*.txt (see checker/analysis/dup_lexicon.py).
"""
from __future__ import annotations

import bisect
import functools
import itertools
import re

from ..analysis.dup_lexicon import lexicon
from ..analysis.hinted import hinted_finditer
from ..analysis.quotes import quote_spans
from ..analysis.sentences import CLAUSE_MARKS, SENTENCE_END_MARKS, clauses, paragraphs, sentences, stretches
from ..analysis.structure import PROSE_ROLES, dateline_prefix, structure
from ..analysis.words import UNATTESTED, attested, doc_words
from ..analysis.words import lexicon as words_lexicon
from ..contract import Placeholder, Variant, check
from ..diagnostic import Applicability, Edit, Finding

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


# The Han class takes milliseconds to compile (sre enumerates its 28,000 characters), and most
# documents never need these patterns: compiled on first use, not at import.
@functools.cache
def _is_han_anywhere() -> re.Pattern:
    return re.compile(f"[{_HAN}]")


@functools.cache
def _unit_repeated() -> re.Pattern:
    # Written as first character + rest so the engine compares one character before trying lengths.
    return re.compile(f"([{_HAN}])([{_HAN}]{{1,7}}?)\\1\\2(?:\\1\\2)*")


_GAP = re.compile(r"[ \t\u3000\xa0]+")
_WORD_BEFORE = re.compile(r"\w+$")
_WORD_AFTER = re.compile(r"\w+")
# Spaces and punctuation (ASCII, general, CJK, full-width): what "near-exact" comparison ignores.
_NOT_WORDS = re.compile(r"[\s!-/:-@\[-`{-~\u00a0-\u00bf\u2000-\u206f\u2e80-\u2eff\u3000-\u303f"
                        r"\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+")
_CLAUSE_MARK = CLAUSE_MARKS
_TRAILING = "，,；;：:。！？!?…”’」』）)》 \t\u3000"
_CLOSERS = "”’」』）)》\"' \t\u3000\r\n"
_LIST_ITEM = re.compile(r"\s*(?:[（(][0-9一二三四五六七八九十]+[)）]|[0-9]+[、.．)）]|[☆★●○◆◇■□▲△※•·◎▶►-])")
# A paragraph that introduces a full text (总统致词全文为：, 电文如下：): the summary before it
# quotes the text after it, so sentences repeated across it are quotations, not slips.
_ANNEX = re.compile(r"(全文|原文|內容|内容|如下|如次|電文|电文|講詞|讲词|致詞|致辞|談話|谈话|講話|讲话)[^。！？]{0,12}[：:]\s*$")
_ANNEX_OPENING = re.compile(r"[^。！？]{0,20}?(全文|原文|內容全文|内容全文|電文|电文|講詞|讲词)[^。！？]{0,6}?[：:]")
_LAST_COORDINATOR = re.compile(r".*[与與和及或同跟暨并並]", re.DOTALL)   # greedy: up to the last one
# 央视网消息（新闻联播）：, 新华社北京3月5日电： the body starts here; what comes before is a summary.
_DATELINE = re.compile(r"[^。！？]{0,30}?(消息|报道|報導|讯|訊|电|電)(（[^）]{0,12}）|\([^)]{0,12}\))?\s*[：:]")
_SENTENCE_MIN = 16    # shorter sentences are formulae (总统府秘书长在场作陪。) that recur on purpose …
_BACK_TO_BACK_MIN = 6  # … but not twice in a row: a sentence repeated at once is a slip from 6 characters
_QUOTED_BACK_TO_BACK_MIN = 10  # … inside a quotation from 10: 謝謝大家！謝謝大家！ is said twice on purpose
_ENTRY_ROLES = frozenset(("heading", "list-item", "field"))
_DESCRIPTION_MAX = 40  # a description line under a list entry is one short note
_QUOTED_TERM = 20
# 长 after an organisation makes the title of its head (局长, 总会长, 社长); the lexicon lists few
# of these compounds, and a doubled organisation name before one is its name and its title.
_TITLE_SUFFIX = frozenset("长長")     # a quotation this short is a name, slogan or title cited as such


_FULL_STOPS = frozenset("。！？!?…")
_OPENING_QUOTES = "“「『"
_CLOSING_QUOTES = "”」』’"


def _terminated(text: str) -> bool:
    """Does the text end with a sentence-final mark (before any closing quotes or brackets)?"""
    return text.rstrip(_CLOSERS)[-1:] in _FULL_STOPS


def _is_han(ch: str) -> bool:
    """Is ch (one character, or empty) in _HAN?"""
    return "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _primitive(unit: str) -> bool:
    """True when unit is not itself a repetition of a shorter unit (的的, 地图地图)."""
    return (unit + unit).find(unit, 1) == len(unit)


def _in_short_quote(doc, start: int, end: int) -> bool:
    span = doc.shared(quote_spans).enclosing(start, end)
    return span is not None and span[1] - span[0] <= _QUOTED_TERM


# A name the article itself keeps writing (a mascot, a brand, a shop: 熊本熊 five times in one
# story) is a word of that article, whatever the lexicon holds. When such a name holds the join
# between two copies (熊本|熊本尊 = 熊本熊|本尊), the copies belong to different words. The name
# must recur in _NAME_RECURS more places whose surroundings differ from each other and from this
# one: a slip written once never vouches for itself, nor one that recurs because the paragraph
# around it was pasted again (the same two characters on each side every time).
_NAME_MIN, _NAME_MAX, _NAME_RECURS, _CONTEXT = 3, 8, 2, 2


def _recurring_name_across(text: str, start: int, middle: int, end: int) -> bool:
    """Does a run of Han characters that begins in the first copy text[start:middle] and runs
    past `middle` into the second (and perhaps beyond `end`) occur _NAME_RECURS more times in
    the text?"""
    for a in range(start, middle):
        for b in range(max(middle + 1, a + _NAME_MIN), min(a + _NAME_MAX, len(text)) + 1):
            if not _is_han(text[b - 1]):
                break
            if b - a >= _NAME_MIN and text.count(text[a:b]) > _NAME_RECURS \
                    and _distinct_contexts(text, a, b) > _NAME_RECURS:
                return True
    return False


def _distinct_contexts(text: str, start: int, end: int) -> int:
    """In how many different surroundings (_CONTEXT characters on each side) text[start:end] occurs."""
    piece, contexts = text[start:end], set()
    at = text.find(piece)
    while at >= 0:
        contexts.add(text[max(0, at - _CONTEXT):at] + "|" + text[at + len(piece):at + len(piece) + _CONTEXT])
        at = text.find(piece, at + 1)
    return len(contexts)


# The generic part of a Chinese place name (通名) that a feature takes after the place it is named
# for: a lake, a harbour, a bridge, a street, a village, a district (四鲲鯓|鲲鯓湖, 裕和|裕和五街,
# 海淀区|海淀镇). Left out because they begin common words after any noun: 路 (路线), 道 (道路),
# 市 (市场), 山 (山区), 园 (园区); and 里, which after a noun is mostly "inside" (学校里).
_PLACE_GENERICS = frozenset("湖潭港灣湾橋桥街巷村鎮镇鄉乡區区縣县溪河站寺宮宫廟庙")
_ORDINAL = re.compile(r"[一二三四五六七八九十0-9０-９]{1,3}")


def _names_a_place_after(text: str, end: int, words) -> bool:
    """Does the second copy, ending at `end`, begin a place name: a generic (湖, 街, 镇), perhaps
    after an ordinal (五街, 二村), that is not the first character of another word (区|域)?"""
    ordinal = _ORDINAL.match(text, end)
    at = ordinal.end() if ordinal else end
    if text[at:at + 1] not in _PLACE_GENERICS:
        return False
    if ordinal:
        return True
    start, stop = words.word_span(at)
    return not (start == at and stop > at + 1 and _attested(text[at:stop], words))


# DUP001 -------------------------------------------------------------------------------------

# An item between two 、 of an enumeration is a name or a noun phrase, and names open with a doubled
# character all the time (瓜瓜園, 怪怪飛行器, 小小生物學家, 碰碰舞台, 鹹鹹夢享村: shops, brands, stalls
# and programmes listed by the dozen in local news). A function character does not open a noun
# item, so when one stands doubled at the head of such an item it is the name's own reduplication
# (a shop called 又又美), not a slip; a slip inside the item (`A、新建的的道路、B`) is still found.
_ITEM_MAX = 8
_ITEM_BREAKS = frozenset(CLAUSE_MARKS + SENTENCE_END_MARKS + "\n“”「」『』《》（）()")


def _opens_enumerated_name(text: str, start: int, end: int) -> bool:
    """Does text[start:end] open an item between two 、 (`、又又美、`) of at most _ITEM_MAX
    characters, which goes on past the doubling?"""
    if start == 0 or text[start - 1] != "、" or end >= len(text) or not _is_han(text[end]):
        return False
    close = text.find("、", end, start + _ITEM_MAX + 1)
    return close > end and not any(ch in _ITEM_BREAKS for ch in text[end:close])


# A word the lexicon attests (above jieba's floor for unattested entries, or an idiom), or one of
# the newsroom's or the supplement's: analysis/words.attested.
_ATTESTED = UNATTESTED


def _attested(word: str, words=None) -> bool:
    return attested(word, words.newsroom if words is not None else None)


def _follower_allows(text: str, position: int, followers: tuple[str, ...], words) -> bool:
    """Does what follows text[position] match one of the listed words or tags (@predicate: a verb
    or adjective; @adverb)?"""
    if text.startswith(tuple(f for f in followers if not f.startswith("@")), position):
        return True
    tags = {f[1:] for f in followers if f.startswith("@")}
    if not tags or position >= len(text):
        return False
    start, end = words.word_span(position)
    tag = words_lexicon().tag(text[start:end]) if start == position else ""
    return ("predicate" in tags and tag[:1] in ("v", "a")) or ("adverb" in tags and tag.startswith("d"))


def _pair_is_grammar(text: str, first: int, char: str, lex, words) -> bool:
    """Is the doubled character at text[first:first+2] grammatical: an AA word, AABB, or two
    copies that belong to two different words (研究|究竟, 为了|了解, 在|在场)?"""
    second = first + 1
    if char in lex.aa_always:
        return True
    if char in lex.aa_before and _follower_allows(text, second + 1, lex.aa_before[char], words):
        return True
    # AABB: 的的确确, 实实在在, 是是非非 (two doubled characters in a row)
    before, after = text[first - 2:first], text[second + 1:second + 3]
    if len(before) == 2 and before[0] == before[1] != char and _is_han(before[0]):
        return True
    if len(after) == 2 and after[0] == after[1] != char and _is_han(after[0]):
        return True
    start, end = words.word_span(first)
    if start < first:
        return True             # the first copy ends a word: 为了|了解, 现在|在, 目的|的, 首都|都市
    if end > second:            # one word holds both copies: an AA word (最最) or longer (对对碰)
        return _attested(text[start:end], words)
    if char not in lex.before_own_word:
        return False            # the second copy may begin a word, but 沒|沒有, 也|也许 are slips
    # A preposition before its object that begins with it (在|在场, 在|在地文化): the object is a
    # word the lexicon attests at the second copy, whether or not the most probable segmentation
    # of the clause took it (a low-frequency word, 在地, loses to two common single characters).
    start, end = words.word_span(second)
    if end > second + 1 and _attested(text[start:end], words):
        return True
    return any(_is_han(text[second + size - 1:second + size]) and _attested(text[second:second + size], words)
               for size in range(2, 5) if second + size <= len(text))


@functools.cache
def _function_run():
    """A doubled function character; only those characters are tried, which keeps the scan fast."""
    lex = lexicon()
    chars = "".join(sorted(lex.function_chars - lex.aa_always))
    return re.compile(f"([{re.escape(chars)}])\\1+")


CHAR = Placeholder("char", "重复的虚词", "the doubled function word")


@check(variants={"": Variant(provides=(CHAR,), fix=True)})
def doubled_function_word(doc, rule):
    text, lex = doc.text, lexicon()
    for match in _function_run().finditer(text):
        char = match.group(1)
        start, end = match.span()
        if end - start == 2 and _pair_is_grammar(text, start, char, lex, doc.shared(doc_words)):
            continue
        if doc.shared(doc_words).house_word_at(start, end):
            continue            # the newsroom's own word (words-file): 将将将公司 is a name
        if _in_short_quote(doc, start, end):
            continue
        if _opens_enumerated_name(text, start, end):
            continue            # 、又又美、: a listed name that opens with a doubled character
        if _recurring_name_across(text, start, start + 1, end):
            continue            # a name the article keeps writing holds both copies
        yield Finding(start, end, {"char": char}, (Edit(start + 1, end, ""),),
                      Applicability.UNSAFE)


# DUP002 -------------------------------------------------------------------------------------

def _square_starts(text: str) -> list[int] | None:
    """Every offset where a stretch of 2-8 characters may be immediately repeated (a superset);
    None when the text cannot be mapped this way (characters outside the BMP).

    _unit_repeated() is slow to search (it tries seven lengths at every Han character) and matches
    in few documents, so it is only tried at these offsets: ~3x faster on the corpus. Each
    character stands for the low byte of its code point (equal characters give equal bytes; the
    odd unequal pair that collides only adds a candidate). For each length L, text[p:p+L] ==
    text[p+L:p+2L] needs L zero bytes at p when those bytes are XORed with themselves shifted by
    L: big-integer arithmetic does the comparison for all offsets at C speed and bytes.find
    locates the zero runs. Chunks keep the integers small on long documents.
    """
    starts: set[int] = set()
    for base in range(0, max(len(text) - 3, 0), _CHUNK):
        chunk = text[base:base + _CHUNK + 15]             # a square is at most 16 characters
        data = chunk.encode("utf-16-le", "surrogatepass")[::2]
        if len(data) != len(chunk):
            return None                                 # a surrogate pair: offsets would shift
        number, size = int.from_bytes(data, "little"), len(data)
        for length in range(2, 9):
            zeros = bytes(length)
            xored = (number ^ (number >> (8 * length))).to_bytes(size, "little")
            at = xored.find(zeros)
            while at >= 0:
                run = _ZERO_RUN.match(xored, at)
                assert run is not None  # xored[at:] starts with `length` zero bytes
                run_end = run.end()
                starts.update(range(base + at, base + run_end - length + 1))
                at = xored.find(zeros, run_end)
    return sorted(starts)


_CHUNK = 1 << 16
_ZERO_RUN = re.compile(rb"\0+")


def unit_repeats(doc) -> list[tuple[int, int, str, int]]:
    """Every unit of 2-8 Han characters written twice or more in a row: (start, end, unit, copies).

    Longer repeats are clauses and sentences (DUP003, DUP005).

    Shared by DUP002 (two copies) and DUP007 (three or more), so the text is scanned once.
    """
    text = doc.text
    candidates = _square_starts(text)
    if candidates is None:
        matches = _unit_repeated().finditer(text)
    else:
        matches = _matches_at(text, candidates)
    found = []
    for match in matches:
        unit = match.group(1) + match.group(2)
        if _primitive(unit):                # 的的的的 is a run of one character (DUP001)
            found.append((match.start(), match.end(), unit, (match.end() - match.start()) // len(unit)))
    return found


def _matches_at(text: str, candidates: list[int]):
    """What _unit_repeated().finditer(text) yields, given every offset where a match could start:
    the leftmost match at or after the end of the previous one."""
    position = 0
    for start in candidates:
        if start < position or not _is_han(text[start]):
            continue                        # most candidates are figures: 2020, 1111
        match = _unit_repeated().match(text, start)
        if match:
            yield match
            position = match.end()


def _copy_in_another_word(text: str, start: int, size: int, words) -> bool:
    """Can the first copy be the tail of an attested word that begins before it (新|中国), or the
    second copy the head of one that runs past the doubling? Then the text may read as two
    different words, whatever the most probable segmentation says."""
    middle, end = start + size, start + 2 * size
    for before in range(1, 8 - size + 1):
        if start - before < 0 or not _is_han(text[start - before]):
            break
        if _attested(text[start - before:middle], words):
            return True
    for after in range(1, 8 - size + 1):
        if end + after > len(text) or not _is_han(text[end + after - 1]):
            break
        if _attested(text[middle:end + after], words):
            return True
        if _attested(text[end - 1:end + after], words):
            return True         # the second copy's last character begins a word: 扶轮社|社区
    return False


UNIT = Placeholder("unit", "连写两遍的词语", "the word written twice")


@check(variants={"": Variant(provides=(UNIT,), fix=True)})
def doubled_word(doc, rule):
    lex = lexicon()
    words = None
    for start, end, unit, copies in doc.shared(unit_repeats):
        if copies != 2:
            continue                        # three or more copies: a run (DUP007)
        size = len(unit)
        if unit in lex.abab or unit[0] in "一两兩每逐":
            continue            # 研究研究, 一步一步, 一个领域一个领域
        if all(ch in lex.transliteration for ch in unit):
            continue            # 比奥比奥, 俄罗斯|罗斯托夫
        if words_lexicon().tag(unit) == "z" or _attested(unit + unit):
            continue            # 雪白雪白 (a state word), 许多许多 (itself a word)
        words = words or doc.shared(doc_words)
        if not (words.is_boundary(start) and words.is_boundary(start + size) and words.is_boundary(end)):
            continue            # two different words: 海淀区|海淀镇, 一对一|对接, 活动|有动有静, 分局|分局长
        if _copy_in_another_word(doc.text, start, size, words):
            continue            # 新中国|中国法制史: the copies may belong to other words
        if doc.text[end:end + 1] in _TITLE_SUFFIX:
            continue            # 总会|总会长: 长 makes a title of the organisation before it
        if _in_short_quote(doc, start, end) or words.house_word_at(start, end):
            continue            # … or the newsroom's own word (words-file): 瓦加瓦加市
        if _recurring_name_across(doc.text, start, start + size, end):
            continue            # 熊本熊|本尊: a name the article keeps writing holds the join
        if _names_a_place_after(doc.text, end, words):
            continue            # 四鲲鯓|鲲鯓湖: a place named after the one before it
        yield Finding(start, end, {"unit": unit}, (Edit(start + size, end, ""),),
                      Applicability.UNSAFE)


# DUP003 -------------------------------------------------------------------------------------

def _content_end(text: str, start: int, end: int) -> int:
    """End of a span without its trailing punctuation and spaces."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _signature(text: str) -> str:
    """A cheap fingerprint: the last few characters before the final marks, spaces removed.

    Two texts equal up to punctuation and spacing almost always share it; only texts that do are
    compared in full (with _key), which keeps the repeated-sentence scan fast.
    """
    return text.rstrip(_SIGNATURE_STRIP)[-8:].replace(" ", "").replace("\u3000", "")[-4:]


_SIGNATURE_STRIP = _TRAILING + "\r\n"


def _key(text: str) -> str:
    return _NOT_WORDS.sub("", text)


def _quoted(doc, start: int, span_text: str) -> bool:
    """Is the wording of a span (its first to last word character) inside one quotation?"""
    words = [m.start() for m in re.finditer(r"\w", span_text)]
    if not words:
        return False
    return doc.shared(quote_spans).enclosing(start + words[0], start + words[-1] + 1) is not None


def _rhetorical(following: str, item: str) -> bool:
    """学习，学习，再学习 / 服务、服务、再服务: the repetition builds up to a third, stronger copy."""
    following = following.strip(_TRAILING)
    return any(following == lead + item for lead in ("再", "还是", "還是", "更", "又", "还", "還"))


# _NOT_WORDS less the marks that end a clause and the line breaks (checked against _NOT_WORDS over
# every code point; keep the two in step): removing these leaves each clause's key between the marks.
_NOT_WORDS_INSIDE = re.compile(
    r"[\t\x0b\x0c\x1c-\x1f \x85\u1680\"-+\--/<->@\[-`{-~\u00a0-\u00bf\u2000-\u2025\u2027-\u206f"
    r"\u2e80-\u2eff\u3000\u3001\u3003-\u303f\ufe10-\ufe1f\ufe30-\ufe4f\uff00\uff02-\uff0b\uff0d-\uff0f"
    r"\uff1c-\uff1e\uff20\uff3b-\uff40\uff5b-\uff65]+")


def _words_and_marks(doc) -> str:
    """The text with every non-word removed except clause and sentence marks, 、 and line breaks,
    and each clause mark made _CLAUSE_CUT, each sentence mark _SENTENCE_CUT (so that later steps
    replace one character, not six).

    Shared by the cheap tests of DUP003, DUP004 and DUP005/DUP006: the stretches between marks are
    then the keys (_key) of clauses, and of sentences and paragraphs once the clause marks are dropped.
    """
    words = _drop(_not_words_but_lists().sub("", doc.text), CLAUSE_MARKS, _CLAUSE_CUT)
    return _drop(words, SENTENCE_END_MARKS, _SENTENCE_CUT)


# Two of the characters the reduction removes (so they occur in its result only as cuts), and not
# line boundaries for str.splitlines as the control characters \x1c-\x1e would be.
_CLAUSE_CUT, _SENTENCE_CUT = "#", "|"


@functools.cache
def _not_words_but_lists() -> re.Pattern:
    """_NOT_WORDS_INSIDE less 、, which is kept so that DUP004 can cut enumerations into items
    (DUP003 and DUP005 drop it). Compiled on first use, like the Han patterns."""
    pattern = re.compile(_NOT_WORDS_INSIDE.pattern.replace("\\u3000\\u3001\\u3003", "\\u3000\\u3003"))
    assert not pattern.match("、") and pattern.match("〃")
    return pattern


def _cut_at_marks(doc) -> str:
    r"""_words_and_marks with each clause or sentence mark made a "\n" and each line break "\n \n":
    the pieces between newlines are the keys of the clauses (with their 、), and the one-character
    " " pieces (the reduced text has no spaces) keep clauses of two lines from being neighbours.
    str.replace and split run several times faster than a regex split over Han text."""
    return _drop(_drop(doc.shared(_words_and_marks), "\r\n", "\n \n"), _CLAUSE_CUT + _SENTENCE_CUT, "\n")


def _may_double_a_clause(doc) -> bool:
    """Cheap test that no clause repeats its neighbour or the tail of its neighbour (then DUP003 has
    nothing to say).

    Clauses end at clause and sentence marks and at line breaks; the closing quotes that follow a
    mark are not words, so with the non-words removed two neighbouring clauses are two neighbouring
    stretches between marks. This skips building the clause list for almost every document.
    """
    last: list[str] = []
    for stretch in stretches(doc.shared(_cut_at_marks)):
        keys = last + list(filter(None, stretch.replace("、", "").split("\n")))
        if any(map(str.endswith, keys, keys[1:])) and any(    # the common case: no such neighbours
                keys[i].endswith(keys[i + 1]) and len(keys[i + 1]) >= 2 for i in range(len(keys) - 1)):
            return True
        last = keys[-1:]
    return False


def _starts_a_word(doc, offset: int) -> bool:
    """Does a word begin at offset? Also inside a set phrase the lexicon holds whole that is two
    words on either side of offset (认真|落实)."""
    words = doc.shared(doc_words)
    if words.is_boundary(offset):
        return True
    start, end = words.word_span(offset)
    return _attested(doc.text[start:offset], words) and _attested(doc.text[offset:end], words)


# Anadiplosis (顶真) restates the end of a clause to make it the condition or topic of the next
# one: 没有交流，没有交流，两岸就无法互信 / 要走得稳，要走得稳，就要多沟通. The clause after the
# repeat then holds a consequence adverb: a word of the segmentation that begins with one of
# these characters and is an adverb (就要, 即可) or the character alone (即, 就). A repeat pasted by
# mistake goes on with a clause of its own (抓好产业发展，抓好产业发展，带动群众增收).
_CONSEQUENCE = frozenset("就才便即則则")
_CONSEQUENCE_REACH = 8      # the subject of the next clause may come first: 两岸|就无法


def _opens_a_consequence(doc, clause) -> bool:
    words = doc.shared(doc_words)
    text = doc.text
    for offset in range(clause.start, min(clause.end, clause.start + _CONSEQUENCE_REACH)):
        if text[offset] in _CONSEQUENCE and words.is_boundary(offset):
            start, end = words.word_span(offset)
            if start == offset and (end == offset + 1 or words_lexicon().tag(text[start:end]) == "d"):
                return True
    return False


# A clause that repeats only the tail of the clause before it (要持续抓好产业发展，抓好产业发展，) is
# reported from this many characters: shorter tails are emphasis (好，很好).
_TAIL_MIN = 4

CLAUSE = Placeholder("clause", "重复的分句", "the repeated clause")


@check(variants={"": Variant(provides=(CLAUSE,), fix=True)})
def doubled_clause(doc, rule):
    text = doc.text
    if not _may_double_a_clause(doc):
        return
    spans = doc.shared(clauses)
    # The clauses are compared with their neighbours only, so their stripped texts and keys are
    # kept for a window of four (on a 10 MB file, lists of all of them were ~45 MiB at the peak).
    keys: dict[int, str] = {}

    def key_of(i):
        if i not in keys:
            keys[i] = _key(spans[i].text.strip(_TRAILING))
        return keys[i]

    bare = spans[0].text.strip(_TRAILING) if spans else ""
    for index, (first, second) in enumerate(itertools.pairwise(spans), 1):
        keys.pop(index - 3, None)
        before, bare = bare, second.text.strip(_TRAILING)   # cheap: most neighbours differ at once
        if bare[-1:] != before[-1:]:
            continue
        key = key_of(index)
        whole = key == key_of(index - 1)
        tail = (not whole and len(key) >= _TAIL_MIN and before.endswith(bare)
                and key_of(index - 1).endswith(key)
                and first.text.rstrip(" \t\u3000”’」』）)》")[-1:] in "，,")   # after ；: a chain (顶真)
        if not (whole or tail) or len(key) < 2 or not _is_han_anywhere().search(key):
            continue
        if re.search(r"[\r\n]", text[first.start:second.start]):
            continue
        if first.text.rstrip(" \t\u3000”’」』）)》")[-1:] not in _CLAUSE_MARK:
            continue            # the clauses are whole sentences: DUP005
        if (index >= 2 and key_of(index - 2).endswith(key)) or (index + 1 < len(spans) and key_of(index + 1) == key):
            continue            # 冲，冲，冲: three in a row is a chant
        if index + 1 < len(spans) and _rhetorical(spans[index + 1].text, key):
            continue
        if len(key) <= 4 and _quoted(doc, first.start, first.text) and _quoted(doc, second.start, second.text):
            continue            # “快跑，快跑！” quoted speech
        cut_from = _content_end(text, first.start, first.end)
        cut_to = _content_end(text, second.start, second.end)
        clause = text[second.start:cut_to].strip()
        if tail:
            first_start = cut_from - len(bare)
            if not _starts_a_word(doc, first_start):
                continue        # the tail begins inside a word: 发展产业，产业 is not a repeat
            if index + 1 < len(spans) and _opens_a_consequence(doc, spans[index + 1]):
                continue        # 顶真: 也要走得稳，要走得稳，就要多沟通 (the repeat is a condition)
        else:
            first_start = first.start + len(first.text) - len(first.text.lstrip())
        yield Finding(first_start, cut_to, {"clause": clause}, (Edit(cut_from, cut_to, ""),))


# DUP004 -------------------------------------------------------------------------------------

def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The 、-separated segments of text[start:end] as (start, end), spaces trimmed."""
    result, position = [], start
    for piece in text[start:end].split("、"):
        stripped = piece.strip(" \t\u3000")
        s = position + (len(piece) - len(piece.lstrip(" \t\u3000")))
        result.append((s, s + len(stripped)))
        position += len(piece) + 1
    return result


# An item that is a figure with its unit (30万元, 12个, 三成): two entries of a list (分别安排资金30万元、
# 30万元、25万元) can count the same.
_VALUE = re.compile(r"[0-9０-９.．%％〇零一二三四五六七八九十百千万亿兩两]+[^\s、，,]{0,4}$")


def _list_item_duplicates(text: str, segs: list[tuple[int, int]], doc=None):
    """Yield (item, start, end, cut_from, cut_to, safe) for each repeated item of one enumeration.

    Middle segments (between two 、) are whole items. The first segment's item starts after its last
    coordinator (把扶志与|扶智), or is the whole segment; the last segment's item may be followed by
    the predicate (扶智|相结合), so it is only taken to repeat the item before it when that item came
    after a coordinator or the repeat ends in 等.
    """
    last = len(segs) - 1
    items = [text[s:e] for s, e in segs]
    coordinator = _LAST_COORDINATOR.match(items[0])
    first_item = items[0][coordinator.end():] if coordinator else items[0]
    coordinated = coordinator is not None
    middle_seen: set[str] = set()
    # The first item without the clause's lead (参加培训的有|教师): a tail of the first segment that
    # begins on a word boundary; a later item equal to it repeats it.
    head_tails = _HeadTails(text, segs[0], doc) if doc is not None and not coordinated else _NO_TAILS
    reported_last = False
    for i in range(1, len(segs)):
        left = first_item if i == 1 else items[i - 1]
        right = items[i]
        sep = segs[i - 1][1]                    # where the 、 (and the cut) begins
        rs, re_ = segs[i]
        if not right or not left:
            continue
        if head_tails and ("等" in left or _LAST_JOIN.search(left)):
            head_tails = _NO_TAILS              # 等 closes the enumeration, 及 opens another group
        if i >= 2 and right in head_tails and not re.search(r"\d", right):
            reported_last = reported_last or i == last
            yield right, rs, re_, sep, re_, True      # 有教师、医生、教师、护士
            if 0 < i < last:
                middle_seen.add(right)
            continue
        if not (left == right or right.startswith(left) or left.endswith(right) or right in middle_seen
                or (i == last and (right.split("等")[0] in middle_seen
                                   or right.startswith(tuple(m for m in middle_seen if len(m) >= 2))))):
            if 0 < i < last:
                middle_seen.add(right)
            continue                            # the common case: nothing alike
        if i < last and _rhetorical(items[i + 1], right):
            continue
        if left == right:
            before = items[i - 2] if i >= 2 else None
            chant = before is not None and (before == right or (i == 2 and before.endswith(right)))
            if len(right) <= 2 and (chant or (i < last and items[i + 1] == right)):
                continue                        # 衝、衝、衝: a chant
            yield right, rs, re_, sep, re_, True
        elif i < last and len(right) >= 4 and left.endswith(right):
            yield right, rs, re_, sep, re_, True      # 要加强组织领导、加强组织领导、
        elif i == last and len(left) >= 2 and right.startswith(left) and (
                (i == 1 and coordinated) or right[len(left):].startswith("等")):
            yield left, rs, rs + len(left), sep, rs + len(left), True   # 扶志与扶智、扶智相结合
        elif len(right) >= 2 and not re.search(r"\d", right) and (
                (i < last and right in middle_seen) or (i == last and right.split("等")[0] in middle_seen)):
            item = right if i < last else right.split("等")[0]
            yield item, rs, rs + len(item), sep, rs + len(item), True   # A、B、A、C (schedules with times repeat)
        elif i == last and doc is not None and len(segs) > 2:
            # the last item with the predicate attached: 主干道、巷道、排水沟、巷道进行了硬化
            for seen in sorted(middle_seen, key=len, reverse=True):
                if (len(seen) >= 2 and right.startswith(seen) and len(right) > len(seen)
                        and not re.search(r"\d", seen) and _predicate_at(doc, rs + len(seen))):
                    reported_last = True
                    yield seen, rs, rs + len(seen), sep, rs + len(seen), False
                    break
        if i == last and (left == right or right.startswith(left)):
            reported_last = True
        if 0 < i < last:
            middle_seen.add(right)
    if not reported_last and doc is not None and len(segs) > 2 and not any("等" in item for item in items[:-1]):
        yield from _coordinated_last(text, segs[-1], segs[-2][1], middle_seen, head_tails, doc)


_HEAD_TAIL_MAX = 8
# The coordinators that join the last two items of an enumeration (教师和护士, 舞蹈及绘画).
_LAST_JOIN = re.compile(r"以及|和|及|与|與|或|跟|暨")


class _HeadTails:
    """Tails of the first segment (2 to _HEAD_TAIL_MAX characters) that begin on a word boundary:
    the candidates for its item when a lead runs into it (参加培训的有|教师).

    Asked lazily: a word boundary is looked up only for a tail that a later item equals, since
    segmenting the lead of every enumeration (almost none of which repeats) was a third of a check."""

    def __init__(self, text: str, seg: tuple[int, int], doc) -> None:
        self.text, self.end, self.doc = text, seg[1], doc
        self.first = max(seg[0], seg[1] - _HEAD_TAIL_MAX)

    def __bool__(self) -> bool:
        return self.end - self.first >= 2

    def __contains__(self, item: str) -> bool:
        k = self.end - len(item)
        return (len(item) >= 2 and k >= self.first and self.text.startswith(item, k) and _is_han(self.text[k])
                and self.doc.shared(doc_words).is_boundary(k))

    def prefixes_of(self, text: str) -> set[str]:
        """The tails text begins with."""
        return {tail for tail in (self.text[k:self.end] for k in range(self.first, self.end - 1))
                if text.startswith(tail) and tail in self}


_NO_TAILS = _HeadTails("", (0, 0), None)


def _coordinated_last(text: str, seg: tuple[int, int], sep: int, middle_seen: set[str], head_tails: _HeadTails,
                      doc):
    """The last segment joins two items with a coordinator (教师和护士, 橙子和香蕉都有售): either of
    them may repeat an earlier item (a middle one or a head tail). Yields what _list_item_duplicates
    yields."""
    start, end = seg
    for join in _LAST_JOIN.finditer(text, start, end):
        before, after = text[start:join.start()], text[join.end():end]
        if "等" in before:
            return                              # 友爱街等路段车流|及…: the enumeration ended at 等
        if (before in middle_seen or before in head_tails) and len(before) >= 2 and not re.search(r"\d", before):
            yield before, start, join.start(), sep, join.start(), False     # 、教师|和护士
            return
        # only an item `after` begins with is taken below, so only those tails are looked up
        tails = head_tails.prefixes_of(after)
        for item in sorted(middle_seen | tails, key=len, reverse=True):
            if len(item) < 2 or re.search(r"\d", item) or not after.startswith(item):
                continue
            stop = join.end() + len(item)
            rest = text[stop:end]
            if not rest or rest.startswith("等") or _predicate_at(doc, stop):
                yield item, join.end(), stop, join.start(), stop, False     # 橙子|和香蕉|都有售
                return
        return                                  # only the first coordinator joins two items


def _predicate_at(doc, offset: int) -> bool:
    """Does a predicate begin at offset, on a word boundary: a verb, adverb, preposition or
    conjunction (巷道|进行了硬化, 巷道|都已硬化), not a noun the item modifies (研究院|台湾讲座)?

    Nor a verb that the list goes on to coordinate, which makes a longer item of the word before
    it: a verbal noun between two nouns (人员|服务|机构, 社会|服务|类岗位; alone at the end it is the
    predicate, 白菜|出售) and a verb followed at once by a coordinator (人力|配置及后续管理,
    情绪|表达及生活自理) are the rest of a noun phrase."""
    words = doc.shared(doc_words)
    if not words.is_boundary(offset):
        return False
    start, end = words.word_span(offset)
    tag = words_lexicon().tag(doc.text[start:end])
    if tag[:1] == "v" and _LAST_JOIN.match(doc.text, end):
        return False
    if tag == "vn" and end < len(doc.text) and words.is_boundary(end):
        after = words.word_span(end)
        if words_lexicon().tag(doc.text[after[0]:after[1]])[:1] == "n":
            return False
    return tag[:1] in ("v", "d", "p", "c")


def _may_repeat_an_item(doc) -> bool:
    """Cheap test that no enumeration can repeat an item (then DUP004 has nothing to say).

    Every repeat _list_item_duplicates reports holds a Han character, so it survives the removal
    of non-words, and is one of: the second segment starting with, or ending, a tail of the first
    (扶志与扶智、扶智相结合); a later segment starting with an earlier middle segment (A、B、A, or
    A等); a segment ending the one before it (加强组织领导、加强组织领导). Tested on the pieces
    between marks and line breaks of the reduced text (shared with DUP003), so the clause list is
    not built for documents without such a pair.
    """
    cut = doc.shared(_cut_at_marks)
    comma = cut.find("、")
    while comma >= 0:
        end = cut.find("\n", comma)
        end = len(cut) if end < 0 else end
        segments = cut[cut.rfind("\n", 0, comma) + 1:end].split("、")
        head, second = segments[0], segments[1]
        if head and second:
            at = head.find(second[0])
            while at >= 0:
                if second.startswith(head[at:]) or head.endswith(second):
                    return True
                at = head.find(second[0], at + 1)
        tails = tuple(head[-k:] for k in range(2, min(len(head), _HEAD_TAIL_MAX) + 1))
        for index in range(2, len(segments)):
            right = segments[index]
            if right and (right.startswith(tuple(filter(None, segments[1:index])))
                          or (segments[index - 1] and segments[index - 1].endswith(right))
                          or right.startswith(tails)):
                return True
        last = segments[-1]
        if len(segments) > 2 and any(len(seg) >= 2 and seg in last for seg in segments[1:-1]):
            return True                 # 苹果、香蕉、橙子和香蕉都有售: a middle item after 和 in the last
        comma = cut.find("、", end)
    return False


ITEM = Placeholder("item", "重复的并列项", "the repeated item")


@check(variants={"": Variant(provides=(ITEM,), fix=True)})
def repeated_list_item(doc, rule):
    text = doc.text
    if not _may_repeat_an_item(doc):
        return
    spans = doc.shared(clauses)
    starts = spans.starts
    done = -1
    position = text.find("、")
    while position >= 0:
        index = bisect.bisect_right(starts, position) - 1
        position = text.find("、", position + 1)
        if index < 0 or index == done:
            continue
        done = index
        clause = spans[index]
        end = _content_end(text, clause.start, clause.end)
        segs = _segments(text, clause.start, end)
        for item, start, stop, cut_from, cut_to, safe in _list_item_duplicates(text, segs, doc):
            if not _is_han_anywhere().search(item) or _VALUE.match(item):
                continue                        # 10%、10%, 30万元、30万元: equal values, not pasted names
            if _in_short_quote(doc, start, stop):
                continue
            if text[cut_from - len(item):cut_from] == item:
                start = cut_from - len(item)    # adjacent copies: report both, 扶智、扶智
            yield Finding(start, stop, {"item": item}, (Edit(cut_from, cut_to, ""),),
                          Applicability.SAFE if safe else Applicability.UNSAFE)


# DUP005 / DUP006 ----------------------------------------------------------------------------

def _ends_alike(neighbour_key: str, key: str) -> bool:
    """Can the key of a stretch of the neighbour sentence (after a dateline prefix or inside a
    quotation: _Repeats._after_prefix) equal key? The neighbour's key ("" when it was not worked
    out) then ends with key or is a tail of it, as _key drops characters one by one: a stretch's
    key is a tail of the key of any stretch that holds it. Most neighbours fail this at once."""
    return not neighbour_key or neighbour_key.endswith(key) or key.endswith(neighbour_key)


class _Repeats:
    """Repeated paragraphs (merged into blocks) and repeated sentences of one document.

    The roles come from the document structure (analysis/structure.py). Only prose is compared
    (body text and quotations; list entries of some length), never a headline, byline, heading,
    field of a table or page furniture; a full text quoted by the article (全文如下：) and each
    article of a bundled file are sections of their own. A sentence written twice in a row is
    reported wherever it is, lede included, from _BACK_TO_BACK_MIN characters, with the dateline
    prefix (本报讯, 央视网消息：) left out of the comparison. A repeat further away is reported from
    _SENTENCE_MIN characters when its first copy is not in the lede, which summarises the story and
    may quote the body word for word, and when the two copies are not the one-line descriptions of
    two list entries (项目一 / 本项目已通过验收。).
    """

    def __init__(self, doc):
        self.paragraph_blocks: list[dict] = []
        self.sentences: list[dict] = []
        self.repeated_paragraphs: set[int] = set()
        if not _may_repeat_anywhere(doc):
            return                              # most documents: no paragraph or sentence list needed
        paras = doc.shared(paragraphs)
        if not paras or not self._may_repeat(doc, paras):
            return
        layout = doc.shared(structure)
        blocks = [layout.block_at(para.start) for para in paras]
        sections = [block.section for block in blocks]
        self.content_starts = [block.content_start for block in blocks]
        prose = [block.role in PROSE_ROLES or (block.role == "list-item" and para.end - para.start >= 80)
                 for block, para in zip(blocks, paras)]
        eligible = [ok and _terminated(para.text.strip()) for ok, para in zip(prose, paras)]
        self.lede = {i for i, block in enumerate(blocks) if layout.is_lede(block)}
        # A short prose line right under a list entry, heading or field describes that entry.
        self.described = {i for i in range(1, len(paras))
                          if prose[i] and blocks[i - 1].role in _ENTRY_ROLES
                          and paras[i].end - paras[i].start <= _DESCRIPTION_MAX}
        self._paragraphs(doc, paras, sections, eligible)
        self._sentences(doc, paras, sections, prose)

    @staticmethod
    def _may_repeat(doc, paras) -> bool:
        """Cheap test first: are two paragraphs, or two sentences, that could be compared equal up to
        punctuation and spacing, or two neighbouring sentences the second of which ends the first?
        Most documents have none, and then the structure is not consulted. The texts tested here
        are a superset of those _paragraphs and _sentences compare, so the answer is the same;
        _signature avoids computing most keys."""
        text = doc.text
        para_texts = []
        for para in paras:
            if para.end - para.start >= 15:
                para_text = text[para.start:para.end]
                if _terminated(para_text.strip()):
                    para_texts.append(para_text)
        if _equal_keys(para_texts, 15):
            return True
        stripped = [text[start:end].strip() for start, end, _ in doc.shared(sentences)
                    if end - start >= _BACK_TO_BACK_MIN]                       # strip only shortens
        sentence_texts = [sent for sent in stripped if sent.rstrip(_CLOSERS)[-1:] in _FULL_STOPS]
        if _equal_keys([sent for sent in sentence_texts if len(sent) >= _SENTENCE_MIN], _SENTENCE_MIN):
            return True
        signatures = [_signature(sent) for sent in sentence_texts]
        return any(signatures[i] == signatures[i + 1]
                   and len(key := _key(sentence_texts[i + 1])) >= _BACK_TO_BACK_MIN
                   and _key(sentence_texts[i]).endswith(key)
                   for i in range(len(sentence_texts) - 1))

    def _paragraphs(self, doc, paras, sections, eligible):
        seen: dict[tuple[int, str], int] = {}
        pairs: list[tuple[int, int]] = []
        signatures: dict[str, int] = {}
        candidates = []
        for index, para in enumerate(paras):
            if eligible[index] and len(para.text) >= 15:
                signature = _signature(para.text)
                signatures[signature] = signatures.get(signature, 0) + 1
                candidates.append((index, para, signature))
        for index, para, signature in candidates:
            if signatures[signature] < 2:
                continue                        # cheap filter: no other paragraph ends alike
            key = _key(para.text)
            if len(key) < 15:
                continue
            first = seen.setdefault((sections[index], key), index)
            if first == index or (index in self.described and first in self.described):
                continue
            if first not in self.lede or first == index - 1:
                pairs.append((first, index))
        self.repeated_paragraphs = {j for _, j in pairs}
        blocks: list[list[tuple[int, int]]] = []
        for i, j in pairs:
            if blocks and (i, j) == (blocks[-1][-1][0] + 1, blocks[-1][-1][1] + 1):
                blocks[-1].append((i, j))
            else:
                blocks.append([(i, j)])
        self.paragraph_blocks = [self._block(doc, paras, block) for block in blocks]

    @staticmethod
    def _block(doc, paras, block):
        (i0, j0), (i1, j1) = block[0], block[-1]
        exact = all(paras[i].text.strip() == paras[j].text.strip() for i, j in block)
        first_line = doc.position(paras[i0].start)[0]
        last_line = doc.position(paras[i1].start)[0]
        edits = None
        if exact and i1 + 1 == j0:            # the copy follows its original directly
            edits = (Edit(paras[i1].end, paras[j1].end, ""),)
        return {"start": paras[j0].start, "end": paras[j1].end, "first_line": first_line,
                "last_line": last_line, "count": len(block), "exact": exact, "edits": edits}

    def _sentences(self, doc, paras, sections, prose):
        text = doc.text
        para_starts = [p.start for p in paras]
        first_seen: dict[tuple[int, str], tuple[int, int]] = {}
        last_seen: dict[tuple[int, str], int] = {}
        spans = doc.shared(sentences)
        candidates, signatures = [], {}
        p, last_para = -1, len(para_starts) - 1
        for index, sent in enumerate(spans):
            while p < last_para and para_starts[p + 1] <= sent.start:
                p += 1                          # sentences and paragraphs both run in text order
            if p < 0 or not prose[p] or p in self.repeated_paragraphs:
                continue
            start = max(sent.start, self.content_starts[p])        # without 本报讯 / 央视网消息：
            stripped = text[start:sent.end].strip()
            if len(stripped) < _BACK_TO_BACK_MIN or not _terminated(stripped):
                continue
            signature = _signature(stripped)
            signatures[signature] = signatures.get(signature, 0) + 1
            candidates.append((index, start, sent, stripped, p, signature))
        previous = None
        for index, start, sent, stripped, p, signature in candidates:
            neighbour, previous = previous, (index, sent, "")
            if signatures[signature] < 2:
                continue                        # cheap filter: no other sentence ends alike
            key = _key(stripped)
            previous = (index, sent, key)
            if len(key) < _BACK_TO_BACK_MIN:
                continue
            group = (sections[p], key)
            first, first_para = first_seen.setdefault(group, (index, p))
            last = last_seen.get(group)
            last_seen[group] = index
            adjacent = (neighbour is not None and neighbour[0] == index - 1
                        and not text[neighbour[1].end:sent.start].strip())
            original_start = None
            if adjacent and last == index - 1:
                original, original_index = spans[last], last
            elif adjacent and _ends_alike(neighbour[2], key) \
                    and (prefixed := self._after_prefix(text, neighbour[1], key)) is not None:
                original, original_start = neighbour[1], prefixed     # 本报讯 X。X。 anywhere
                original_index = neighbour[0]
            elif first != index and len(key) >= _SENTENCE_MIN and first_para not in self.lede:
                original, original_index = spans[first], first
            else:
                continue
            back_to_back = original_index != first or (adjacent and last == index - 1)
            if p in self.described and self._paragraph_of(original.start, para_starts) in self.described:
                continue                        # two list entries with one description
            if (not back_to_back or len(key) < _QUOTED_BACK_TO_BACK_MIN) and (
                    _quoted(doc, sent.start, sent.text) or _quoted(doc, original.start, original.text)):
                continue                        # quoted speech and slogans repeat on purpose …
            # … but a whole sentence said twice in a row, word for word, is a paste inside the quote
            # as anywhere else (a chant, a cheer or a call said twice is shorter)
            if original_start is None:
                original_para = self._paragraph_of(original.start, para_starts)
                original_start = max(original.start, self.content_starts[original_para])
            first_copy = text[original_start:original.end].strip()
            end = sent.start + len(sent.text.rstrip())
            # Closing quotes that end the second copy but not the first close the quotation the
            # first copy opened (他说：“X。X。”): they are not part of the copy, and a fix keeps them.
            closing = len(stripped) - len(stripped.rstrip(_CLOSING_QUOTES))
            if closing and not first_copy.endswith(stripped[-closing:]):
                end -= closing
                stripped = stripped[:-closing]
            exact = first_copy == stripped
            edits = None
            if exact and back_to_back and not re.search(r"[\r\n]", text[original.end:sent.start]):
                edits = (Edit(original.end, end if closing else sent.end, ""),)
            begin = start + len(text[start:sent.end]) - len(text[start:sent.end].lstrip())
            self.sentences.append({"start": begin, "end": end,
                                   "first_line": doc.position(original.start)[0],
                                   "exact": exact, "edits": edits,
                                   "index": index, "original": original_index, "count": 1})
        self.sentences = self._passages(text, spans, self.sentences)

    @staticmethod
    def _passages(text: str, spans, found: list[dict]) -> list[dict]:
        """Sentences that repeat, one after the other, sentences that follow each other (A B C … A B
        C) are one pasted passage: one finding that covers them and counts them, as an editor
        reads it (a repeated paragraph with a sentence added at its end repeats its first
        sentences; reported once, not once a sentence)."""
        merged: list[dict] = []
        for item in found:
            last = merged[-1] if merged else None
            if (last is not None and item["index"] == last["index"] + 1 and item["original"] == last["original"] + 1
                    and item["original"] < last["index"] - last["count"] + 1
                    and not text[last["end"]:item["start"]].strip(_CLOSING_QUOTES + " \t\u3000")):
                last.update(end=item["end"], index=item["index"], original=item["original"],
                            count=last["count"] + 1, exact=last["exact"] and item["exact"],
                            edits=(last["edits"] + item["edits"]) if last["edits"] and item["edits"] else None)
            else:
                merged.append(dict(item))
        return merged

    @staticmethod
    def _after_prefix(text: str, sentence, key: str) -> int | None:
        """Where the sentence's text begins after a dateline prefix (本报讯, …消息：) when what
        follows the prefix has the given key; None otherwise."""
        start = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
        cut = dateline_prefix(text, start, sentence.end)
        if cut > start and _key(text[cut:sentence.end]) == key:
            return cut
        # 他说：“X。X。”: the first copy opens a quotation, after the words that introduce it
        opening = max(text.rfind(mark, start, sentence.end) for mark in _OPENING_QUOTES)
        if opening > start and text[opening - 1:opening] in "：:，," \
                and _key(text[opening + 1:sentence.end]) == key:
            return opening + 1
        return None

    @staticmethod
    def _paragraph_of(offset: int, para_starts: list[int]) -> int:
        return bisect.bisect_right(para_starts, offset) - 1


def _equal_keys(texts: list[str], shortest: int) -> bool:
    """Do two of the texts have the same _key, of at least `shortest` characters?"""
    # _signature inlined: this runs over every sentence of every document
    signatures = [text.rstrip(_SIGNATURE_STRIP)[-8:].replace(" ", "").replace("\u3000", "")[-4:]
                  for text in texts]
    if len(set(signatures)) == len(signatures):
        return False                        # the common case
    by_signature: dict[str, list[str]] = {}
    for text, signature in zip(texts, signatures):
        by_signature.setdefault(signature, []).append(text)
    for group in by_signature.values():
        if len(group) > 1:
            keys = [key for key in map(_key, group) if len(key) >= shortest]
            if len(set(keys)) < len(keys):
                return True
    return False


def _drop(text: str, marks: str, by: str = "") -> str:
    """text with each of the marks replaced by `by`: str.replace scans several times faster than
    a regex over Han text, so a few replaces beat one sub or split here."""
    for mark in marks:
        text = text.replace(mark, by)
    return text


def _may_repeat_anywhere(doc) -> bool:
    """Cheapest test for DUP005/DUP006, on the text reduced to words and marks (shared with DUP003):
    can two sentences, or two paragraphs, have equal keys at all? Sentence keys are the stretches
    between sentence marks and line breaks less their clause marks, paragraph keys the lines less
    all marks; _Repeats only ever compares such keys (of at least _SENTENCE_MIN or 15 characters,
    or _BACK_TO_BACK_MIN for neighbours, the first of which may hold a dateline prefix), so when
    none repeat it would find nothing, and sentences and paragraphs need not be split.
    (The reduced text holds no line breaks but \r and \n, so splitlines splits at those only.)"""
    seen_keys: set[str] = set()
    seen_lines: set[str] = set()
    last: list[str] = []
    for stretch in stretches(doc.shared(_words_and_marks)):
        words = _drop(stretch, "、" + _CLAUSE_CUT)
        keys = _drop(words, _SENTENCE_CUT + "\r", "\n").split("\n")
        if _repeats_a_key_across(keys, _SENTENCE_MIN, seen_keys):
            return True
        keys = last + [key for key in keys if key]
        if any(map(str.endswith, keys, keys[1:])) and any(   # the common case: no sentence ends the one before
                len(keys[i + 1]) >= _BACK_TO_BACK_MIN and keys[i].endswith(keys[i + 1]) for i in range(len(keys) - 1)):
            return True                 # back to back, the first copy perhaps after a dateline
        last = keys[-1:]
        lines = [line.replace(_SENTENCE_CUT, "") for line in words.splitlines() if len(line) >= 15]
        if _repeats_a_key_across(lines, 15, seen_lines):     # dropping only shortens
            return True
    return False


def _repeats_a_key_across(keys: list[str], shortest: int, seen: set[str]) -> bool:
    """Does a key of at least `shortest` characters repeat one of the list or one in `seen` (the
    keys of the stretches before)? Adds the list's keys to `seen`."""
    keys = [key for key in keys if len(key) >= shortest]
    size = len(seen)
    seen.update(keys)
    return len(seen) < size + len(keys)


# The plain variants are exact copies; "near" ones differ only in punctuation or spacing.
FIRST_LINE = Placeholder("first_line", "第一处所在的行号", "the line of the first copy")
LAST_LINE = Placeholder("last_line", "第一处的最后一行", "the last line of the first copy")
COUNT = Placeholder("count", "重复的段落数", "how many paragraphs are repeated")
_SENTENCE = Variant(provides=(FIRST_LINE,), fix=True)
SENTENCES = Placeholder("count", "连续重复的句数", "how many sentences in a row are repeated")
_SENTENCES = Variant(provides=(FIRST_LINE, SENTENCES), fix=True)
_PARAGRAPHS = Variant(provides=(FIRST_LINE, LAST_LINE, COUNT), fix=True)


@check(variants={"": _SENTENCE, "near": _SENTENCE, "sentences": _SENTENCES, "sentences-near": _SENTENCES})
def repeated_sentence(doc, rule):
    for item in doc.shared(_Repeats).sentences:
        args = {"first_line": item["first_line"]}
        variant = "" if item["exact"] else "near"
        if item["count"] > 1:
            args["count"] = item["count"]
            variant = "-".join(filter(None, ("sentences", variant)))
        yield Finding(item["start"], item["end"], args, item["edits"], variant=variant)


@check(variants={"": _SENTENCE, "near": _SENTENCE, "paragraphs": _PARAGRAPHS, "paragraphs-near": _PARAGRAPHS})
def repeated_paragraph(doc, rule):
    for block in doc.shared(_Repeats).paragraph_blocks:
        args = {"first_line": block["first_line"]}
        variant = "" if block["exact"] else "near"
        if block["count"] > 1:
            args.update(last_line=block["last_line"], count=block["count"])
            variant = "-".join(filter(None, ("paragraphs", variant)))
        yield Finding(block["start"], block["end"], args, block["edits"], variant=variant)


# DUP007 -------------------------------------------------------------------------------------

# A bracketed token (or a label with its colon) written three or more times, spaces between or
# not: page furniture pasted with the copy (【关闭窗口】【关闭窗口】【关闭窗口】).
# Brackets of every shape pages set their buttons in, and a label that ends with a colon
# (分享到：分享到：分享到：).
_BRACKETED_RUN = re.compile(
    r"((?:【[^】\r\n]{1,20}】|\[[^\]\r\n]{1,20}\]|［[^］\r\n]{1,20}］|〔[^〕\r\n]{1,20}〕|〖[^〗\r\n]{1,20}〗"
    r"|<[^<>\r\n]{1,20}>|＜[^＜＞\r\n]{1,20}＞|（[^（）\r\n]{1,20}）|\([^()\r\n]{1,20}\)"
    r"|[^\s：:【\[［〔〖<＜（(，。、；！？]{1,10}[：:]))(?:[ \t\u3000]*\1){2,}")
# A run's copies each end with the same closing mark, at most 22 characters (a token and the spaces
# before it) after the previous copy's: a line without three such marks holds no run, and this
# hint, which opens with the marks, finds the lines that have them (see analysis/hinted.py).
_BRACKETED_RUN_HINT = re.compile(r"([】\]］〕〗>＞）)：:])(?:[ \t\u3000]*[^\r\n]{0,21}?\1){2}")
_BRACKETS = frozenset("【[［〔〖<＜（(")
_CLOSING_BRACKETS = "】]］〕〗>＞）)：:"
_WHITESPACE = re.compile(r"\s+")


def _spaced_runs(text: str):
    """Tokens repeated three or more times with spaces between: (start, end, token, keep_to, copies)."""
    # Cheap test first (the gap regex is slow over Han text): in a run the middle copy is a whole
    # whitespace-separated piece and the piece before it ends with it.
    pieces = text.split()
    if not any(map(str.endswith, pieces, pieces[1:])):
        return
    run = None
    for gap in _GAP.finditer(text):
        gap_start, gap_end = gap.span()
        before = _WORD_BEFORE.search(text, max(0, gap_start - 21), gap_start)
        after = _WORD_AFTER.match(text, gap_end, gap_end + 21)
        if (before is None or after is None or before.group() != after.group()
                or len(after.group()) > 20 or text[gap_end + len(after.group()):][:1].isalnum()):
            if run and run[4] >= 3:
                yield run
            run = None
            continue
        token = before.group()
        if run and run[1] == before.end():
            run = (run[0], after.end(), token, run[3], run[4] + 1)
        else:
            if run and run[4] >= 3:
                yield run
            run = (before.start(), after.end(), token, before.end(), 2)
    if run and run[4] >= 3:
        yield run


TOKEN = Placeholder("token", "连续重复的词", "the repeated token")
COPIES = Placeholder("count", "连续出现的次数", "how many times it occurs in a row")


@check(variants={"": Variant(provides=(TOKEN, COPIES), fix=True)})
def repeated_run(doc, rule):
    text, lex = doc.text, lexicon()
    found = []
    for start, end, token, keep_to, copies in _spaced_runs(text):
        if _is_han_anywhere().search(token):               # not 0 0 0 in a table, X X X placeholders
            found.append((start, end, token, keep_to, copies))
    for start, end, unit, copies in doc.shared(unit_repeats):
        if copies >= 3 and unit[0] not in "一两兩每逐" and unit not in lex.abab \
                and not doc.shared(doc_words).house_word_at(start, end):   # a words-file name
            found.append((start, end, unit, start + len(unit), copies))
    if any(close in text for close in _CLOSING_BRACKETS):
        for match in hinted_finditer(doc, _BRACKETED_RUN, _BRACKETED_RUN_HINT):
            token = match.group(1)
            if token[0] not in "【[［〔" and not _is_han_anywhere().search(token):
                continue                        # f(x)(x)(x), <br><br><br>: not a page's buttons
            copies = len(_WHITESPACE.sub("", match.group())) // len(token)
            found.append((match.start(), match.end(), token, match.start() + len(token), copies))
    for start, end, token, keep_to, copies in sorted(found):
        if token[:1] not in _BRACKETS and doc.shared(quote_spans).enclosing(start, end):
            continue                            # 〈想見你想見你想見你〉: a quoted title or chant
        yield Finding(start, end, {"token": token, "count": copies}, (Edit(keep_to, end, ""),))
