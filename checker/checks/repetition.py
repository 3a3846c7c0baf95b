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
import re

from ..analysis.dup_lexicon import lexicon
from ..analysis.quotes import quote_spans
from ..analysis.sentences import CLAUSE_MARKS, SENTENCE_END_MARKS, clauses, paragraphs, sentences
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
_SENTENCE_MIN = 16    # shorter sentences are formulae (总统府秘书长在场作陪。) that recur on purpose
# Frame characters of the "B x B y" patterns (有声有色, 每时每刻, 共建共享, 越来越, 全年全国): a
# doubling ABAB whose B is one of them is the tail of one word followed by such a frame.
_FRAME = set("有每共越全不没沒无無自半又边邊再亦且或非")
_TITLE_END = set("长長")
_QUOTED_TERM = 20     # a quotation this short is a name, slogan or title cited as such


_FULL_STOPS = frozenset("。！？!?…")


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


# DUP001 -------------------------------------------------------------------------------------

def _pair_is_grammar(text: str, first: int, char: str, lex) -> bool:
    """Is the doubled character at text[first:first+2] a word, AABB, or two different words?"""
    second = first + 1
    if char in lex.aa_always:
        return True
    if char in lex.aa_before and text.startswith(lex.aa_before[char], second + 1):
        return True
    # AABB: 的的确确, 实实在在, 是是非非 (two doubled characters in a row)
    before, after = text[first - 2:first], text[second + 1:second + 3]
    if len(before) == 2 and before[0] == before[1] != char and _is_han(before[0]):
        return True
    if len(after) == 2 and after[0] == after[1] != char and _is_han(after[0]):
        return True
    # the two copies belong to two words: 为了|了解, 现在|在, 目的|的
    words = lex.boundary_words
    for size in range(2, lex.boundary_max + 1):
        if first - size + 1 >= 0 and text[first - size + 1:second] in words:
            return True
        if text[second:second + size] in words:
            return True
    return False


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
        if end - start == 2 and _pair_is_grammar(text, start, char, lex):
            continue
        if _in_short_quote(doc, start, end):
            continue
        yield Finding(start, end, {"char": char}, (Edit(start + 1, end, ""),),
                      Applicability.UNSAFE)


# DUP002 -------------------------------------------------------------------------------------

def _boundary(ch: str, lex) -> bool:
    """A clear word boundary: not a Han character at all, or a function character."""
    return not _is_han(ch) or ch in lex.function_chars


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


UNIT = Placeholder("unit", "连写两遍的词语", "the word written twice")


@check(variants={"": Variant(provides=(UNIT,), fix=True)})
def doubled_word(doc, rule):
    text, lex = doc.text, lexicon()
    for start, end, unit, copies in doc.shared(unit_repeats):
        if copies != 2:
            continue                        # three or more copies: a run (DUP007)
        size = len(unit)
        if unit in lex.abab or unit[0] in "一两兩每逐":
            continue            # 研究研究, 一步一步, 一个领域一个领域
        if size == 2 and unit[1] in _FRAME:
            continue            # 活动|有动有静, 未来|越来越
        following = text[end:end + 1]
        if following in _TITLE_END or (unit[-1] in "会會" and following in "议議员員"):
            continue            # 分局|分局长, 委员会|委员会议
        if all(ch in lex.transliteration for ch in unit):
            continue            # 比奥比奥, 俄罗斯|罗斯托夫
        if not (_boundary(text[start - 1:start], lex) or _boundary(following, lex)):
            continue            # no clear word edge: maybe 退税|缓税缓费, 新中国|中国法制史
        if _in_short_quote(doc, start, end):
            continue
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
    """Cheap test that no two neighbouring clauses have equal keys (then DUP003 has nothing to say).

    Clauses end at clause and sentence marks and at line breaks; the closing quotes that follow a
    mark are not words, so with the non-words removed two neighbouring clauses are two neighbouring
    stretches between marks. This skips building the clause list for almost every document.
    """
    keys = list(filter(None, doc.shared(_cut_at_marks).replace("、", "").split("\n")))
    return any(map(str.__eq__, keys, keys[1:])) and any(      # the common case: no equal neighbours
        keys[i] == keys[i + 1] and len(keys[i]) >= 2 for i in range(len(keys) - 1))


CLAUSE = Placeholder("clause", "重复的分句", "the repeated clause")


@check(variants={"": Variant(provides=(CLAUSE,), fix=True)})
def doubled_clause(doc, rule):
    text = doc.text
    if not _may_double_a_clause(doc):
        return
    spans = doc.shared(clauses)
    bare = [s.text.strip(_TRAILING) for s in spans]     # cheap: most neighbours differ at once
    keys: dict[int, str] = {}

    def key_of(i):
        if i not in keys:
            keys[i] = _key(bare[i])
        return keys[i]

    for index in range(1, len(spans)):
        first, second = spans[index - 1], spans[index]
        if bare[index][:1] != bare[index - 1][:1] or bare[index][-1:] != bare[index - 1][-1:]:
            continue
        key = key_of(index)
        if key != key_of(index - 1) or len(key) < 2 or not _is_han_anywhere().search(key):
            continue
        if re.search(r"[\r\n]", text[first.start:second.start]):
            continue
        if first.text.rstrip(" \t\u3000”’」』）)》")[-1:] not in _CLAUSE_MARK:
            continue            # the clauses are whole sentences: DUP005
        if (index >= 2 and key_of(index - 2) == key) or (index + 1 < len(spans) and key_of(index + 1) == key):
            continue            # 冲，冲，冲: three in a row is a chant
        if index + 1 < len(spans) and _rhetorical(spans[index + 1].text, key):
            continue
        if len(key) <= 4 and _quoted(doc, first.start, first.text) and _quoted(doc, second.start, second.text):
            continue            # “快跑，快跑！” quoted speech
        cut_from = _content_end(text, first.start, first.end)
        cut_to = _content_end(text, second.start, second.end)
        clause = text[second.start:cut_to].strip()
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


def _list_item_duplicates(text: str, segs: list[tuple[int, int]]):
    """Yield (item, start, end, cut_from, cut_to) for each repeated item of one enumeration.

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
    for i in range(1, len(segs)):
        left = first_item if i == 1 else items[i - 1]
        right = items[i]
        sep = segs[i - 1][1]                    # where the 、 (and the cut) begins
        rs, re_ = segs[i]
        if not right or not left:
            continue
        if not (left == right or right.startswith(left) or left.endswith(right) or right in middle_seen
                or (i == last and right.split("等")[0] in middle_seen)):
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
            yield right, rs, re_, sep, re_
        elif i < last and len(right) >= 4 and left.endswith(right):
            yield right, rs, re_, sep, re_      # 要加强组织领导、加强组织领导、
        elif i == last and len(left) >= 2 and right.startswith(left) and (
                (i == 1 and coordinated) or right[len(left):].startswith("等")):
            yield left, rs, rs + len(left), sep, rs + len(left)   # 扶志与扶智、扶智相结合
        elif len(right) >= 2 and not re.search(r"\d", right) and (
                (i < last and right in middle_seen) or (i == last and right.split("等")[0] in middle_seen)):
            item = right if i < last else right.split("等")[0]
            yield item, rs, rs + len(item), sep, rs + len(item)   # A、B、A、C (schedules with times repeat)
        if 0 < i < last:
            middle_seen.add(right)




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
        for index in range(2, len(segments)):
            right = segments[index]
            if right and (right.startswith(tuple(filter(None, segments[1:index])))
                          or (segments[index - 1] and segments[index - 1].endswith(right))):
                return True
        comma = cut.find("、", end)
    return False


ITEM = Placeholder("item", "重复的并列项", "the repeated item")


@check(variants={"": Variant(provides=(ITEM,), fix=True)})
def repeated_list_item(doc, rule):
    text = doc.text
    if not _may_repeat_an_item(doc):
        return
    spans = doc.shared(clauses)
    starts = [c.start for c in spans]
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
        for item, start, stop, cut_from, cut_to in _list_item_duplicates(text, segs):
            if not _is_han_anywhere().search(item):
                continue                        # 10%、10%: figures repeat legitimately
            if _in_short_quote(doc, start, stop):
                continue
            if text[cut_from - len(item):cut_from] == item:
                start = cut_from - len(item)    # adjacent copies: report both, 扶智、扶智
            yield Finding(start, stop, {"item": item}, (Edit(cut_from, cut_to, ""),))


# DUP005 / DUP006 ----------------------------------------------------------------------------

class _Repeats:
    """Repeated paragraphs (merged into blocks) and repeated sentences of one document.

    Only prose is compared: paragraphs that end with a full stop, outside the headline, numbered
    lists and the lede. The lede (the first prose paragraph, and anything before a dateline such as
    央视网消息（新闻联播）：) summarises the story and may quote the body word for word.
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
        para_starts = [p.start for p in paras]
        section, sections, eligible = 0, [], []
        dateline = 0
        for index, para in enumerate(paras):
            stripped = para.text.strip()
            headline = index == 0 and len(paras) > 1
            listed = bool(_LIST_ITEM.match(stripped)) and len(stripped) < 80
            opening = stripped[:40]
            if (stripped[-1:] in "：:" and _ANNEX.search(stripped[-40:])) or (
                    ("：" in opening or ":" in opening) and _ANNEX_OPENING.match(opening)):
                section += 1                    # 总统谈话全文为：… the full text starts here
            sections.append(section)
            eligible.append(not headline and not listed and _terminated(stripped))
            if not dateline and index <= 6 and _DATELINE.match(stripped):
                dateline = index
        lede = set(range(dateline))
        first_prose = next((i for i in range(dateline, len(paras)) if eligible[i]), None)
        if first_prose is not None:
            lede.add(first_prose)
        self.lede = lede
        self._paragraphs(doc, paras, sections, eligible)
        self._sentences(doc, paras, para_starts, sections, eligible)

    @staticmethod
    def _may_repeat(doc, paras) -> bool:
        """Cheap test first: are two paragraphs, or two sentences, that could be compared equal up to
        punctuation and spacing? Most documents have no such pair, and then the paragraphs need not
        be classified (list, annex, dateline, lede). The texts tested here are a superset of those
        _paragraphs and _sentences compare (same length, full stop and headline tests), so the
        answer is the same; _signature avoids computing most keys."""
        text = doc.text
        body = 1 if len(paras) > 1 else 0                  # paras[0] is the headline
        para_texts = []
        for para in paras[body:]:
            if para.end - para.start >= 15:
                para_text = text[para.start:para.end]
                if _terminated(para_text.strip()):
                    para_texts.append(para_text)
        if _equal_keys(para_texts, 15):
            return True
        body_start = paras[body].start
        stripped = [text[start:end].strip() for start, end, _ in doc.shared(sentences)
                    if end - start >= _SENTENCE_MIN and start >= body_start]   # strip only shortens
        sentence_texts = [sent for sent in stripped
                          if len(sent) >= _SENTENCE_MIN and sent.rstrip(_CLOSERS)[-1:] in _FULL_STOPS]
        return _equal_keys(sentence_texts, _SENTENCE_MIN)

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
            if first != index and first not in self.lede:
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

    def _sentences(self, doc, paras, para_starts, sections, eligible):
        text = doc.text
        seen: dict[tuple[int, str], tuple[int, int]] = {}
        spans = doc.shared(sentences)
        candidates, signatures = [], {}
        p, last_para = -1, len(para_starts) - 1
        for index, sent in enumerate(spans):
            while p < last_para and para_starts[p + 1] <= sent.start:
                p += 1                          # sentences and paragraphs both run in text order
            if p < 0 or not eligible[p] or p in self.repeated_paragraphs:
                continue
            stripped = sent.text.strip()
            if len(stripped) < _SENTENCE_MIN or not _terminated(stripped):
                continue
            signature = _signature(stripped)
            signatures[signature] = signatures.get(signature, 0) + 1
            candidates.append((index, sent, stripped, p, signature))
        for index, sent, stripped, p, signature in candidates:
            if signatures[signature] < 2:
                continue                        # cheap filter: no other sentence ends alike
            key = _key(stripped)
            if len(key) < _SENTENCE_MIN:
                continue
            first, first_para = seen.setdefault((sections[p], key), (index, p))
            if first == index or first_para in self.lede:
                continue
            original = spans[first]
            if _quoted(doc, sent.start, sent.text) or _quoted(doc, original.start, original.text):
                continue                        # quoted speech and slogans repeat on purpose
            exact = original.text.strip() == stripped
            start = sent.start + len(sent.text) - len(sent.text.lstrip())
            edits = None
            if exact and first == index - 1 and not re.search(r"[\r\n]", text[original.end:sent.start]):
                edits = (Edit(original.end, sent.end, ""),)
            self.sentences.append({"start": start, "end": sent.start + len(sent.text.rstrip()),
                                   "first_line": doc.position(original.start)[0],
                                   "exact": exact, "edits": edits})


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


def _repeats_a_key(keys: list[str], shortest: int) -> bool:
    keys = [key for key in keys if len(key) >= shortest]
    return len(set(keys)) < len(keys)


def _may_repeat_anywhere(doc) -> bool:
    """Cheapest test for DUP005/DUP006, on the text reduced to words and marks (shared with DUP003):
    can two sentences, or two paragraphs, have equal keys at all? Sentence keys are the stretches
    between sentence marks and line breaks less their clause marks, paragraph keys the lines less
    all marks; _Repeats only ever compares such keys (of at least _SENTENCE_MIN or 15 characters),
    so when none repeat it would find nothing, and sentences and paragraphs need not be split.
    (The reduced text holds no line breaks but \r and \n, so splitlines splits at those only.)"""
    words = _drop(doc.shared(_words_and_marks), "、" + _CLAUSE_CUT)
    if _repeats_a_key(_drop(words, _SENTENCE_CUT + "\r", "\n").split("\n"), _SENTENCE_MIN):
        return True
    lines = [line for line in words.splitlines() if len(line) >= 15]     # dropping only shortens
    return len(lines) > 1 and _repeats_a_key("\n".join(lines).replace(_SENTENCE_CUT, "").split("\n"), 15)


# The plain variants are exact copies; "near" ones differ only in punctuation or spacing.
FIRST_LINE = Placeholder("first_line", "第一处所在的行号", "the line of the first copy")
LAST_LINE = Placeholder("last_line", "第一处的最后一行", "the last line of the first copy")
COUNT = Placeholder("count", "重复的段落数", "how many paragraphs are repeated")
_SENTENCE = Variant(provides=(FIRST_LINE,), fix=True)
_PARAGRAPHS = Variant(provides=(FIRST_LINE, LAST_LINE, COUNT), fix=True)


@check(variants={"": _SENTENCE, "near": _SENTENCE})
def repeated_sentence(doc, rule):
    for item in doc.shared(_Repeats).sentences:
        yield Finding(item["start"], item["end"], {"first_line": item["first_line"]}, item["edits"],
                      variant="" if item["exact"] else "near")


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
        if copies >= 3 and unit[0] not in "一两兩每逐" and unit not in lex.abab:
            found.append((start, end, unit, start + len(unit), copies))
    for start, end, token, keep_to, copies in sorted(found):
        if doc.shared(quote_spans).enclosing(start, end):
            continue                            # 〈想見你想見你想見你〉: a quoted title or chant
        yield Finding(start, end, {"token": token, "count": copies}, (Edit(keep_to, end, ""),))
