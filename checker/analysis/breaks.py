"""Paragraph breaks that fall inside a sentence: a line that stops mid-sentence and goes on in the
next one, across a blank line or a bare line break (a copy-paste or a converter broke it).

Whether a break is one is decided by what the document says, not by line length alone:
- the structure analysis tells what each line is: a headline, heading, byline, dateline, meta or
  furniture line ends without a full stop by nature and is never a broken paragraph;
- the line's end: a sentence mark (or a colon or dash that introduces what follows) ends it;
  a comma or enumeration comma, or a next line that opens with a mark no line may start with,
  shows the sentence going on;
- the lexicon: when the join makes a word that neither side holds whole (`满意|率` → 满意率,
  `大|棚` → 大棚, `特色|产业` read as one phrase `特色产业` is no evidence, but `发展大|棚` is),
  the line was cut inside the word; a line that ends with a preposition, conjunction or
  structural particle (`的`, `和`, `对`) cannot end a title either;
- a body line too long to be a heading that ends without a sentence mark is a paragraph cut short.

`paragraph_breaks(doc)` lists them; use `doc.shared(paragraph_breaks)`.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from .furniture import furniture
from .structure import Block, structure
from .words import doc_words, lexicon, segment

_SPACES = " \t\u3000\xa0"
_CLOSERS = "”’」』）)》\"'"
# What ends a paragraph: a sentence mark, or a mark that introduces the next paragraph (a colon
# before a list or a quotation, a dash, a semicolon closing an item of a list).
_PARAGRAPH_END = "。！？!?…：:；;—"
_CLAUSE_END = "，,、"
# Marks that GB/T 15834 keeps off the start of a line: a line opening with one continues the one
# before it.
_NO_LINE_START = "，,。、；;：:？?！!）)》”’」』"
# Roles that end without a full stop by nature.
_NEVER_BROKEN = frozenset(("headline", "byline", "dateline", "meta", "furniture", "field", "blank"))
# Roles whose line is a title by its shape: a break there needs the word or the grammar as proof.
_TITLE_LIKE = frozenset(("heading", "subtitle"))
_HEADING_MAX = 40
# Parts of speech (jieba tags) of a word that cannot end a title or a sentence: prepositions,
# conjunctions and the structural particles 的, 得, which need what follows; and those that
# cannot start one. (Particles that end a clause, 了 着 过 等, are not among them, nor 地, which
# is as often the noun "place": `多地`.)
_OPEN_ENDED = ("p", "c", "uj", "ud")
_NO_START = ("uj", "uv", "ud", "ug", "ul", "uz", "y", "u")
_HAN = re.compile(r"[\u3400-\u9fff]")
_ALNUM = re.compile(r"[0-9A-Za-z０-９]")
_JOIN_WINDOW = 8
_URL_END = re.compile(r"(?:https?://|www\.|[A-Za-z0-9._%+-]+@)[^\s]*$|[A-Za-z]{2,}[0-9A-Za-z./]*$")


@dataclass(frozen=True)
class ParagraphBreak:
    end: int            # where the first line's text ends (before trailing spaces)
    resume: int         # where the next line's text starts (after leading spaces)
    evidence: str       # "word" (the join makes a word), "mark" (the next line opens with a mark),
                        # "comma" (the line ends with one), "grammar"; "length": a body
                        # paragraph that ends without a sentence mark (cut short, or its mark lost)
    word: str = ""      # for "word": the word the join makes


def _stripped_span(text: str, block: Block) -> tuple[int, int]:
    start, end = block.start, block.end
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    return start, end


def _join_word(doc, end: int, resume: int, title: bool) -> str:
    """The word that the join of text[..end] and text[resume..] makes across the join, if the
    most probable segmentation of the joined clause has one; "" otherwise. A title-shaped line
    must end with an orphan, a character its own segmentation leaves on its own (`发展大` +
    `棚`): a title that ends with a whole word (`举行公开听证`) is complete even when the next
    line happens to start with a character that could extend it (`证` + `据`)."""
    text = doc.text
    left = end
    while left > end - _JOIN_WINDOW and left > 0 and (_HAN.match(text, left - 1) or _ALNUM.match(text, left - 1)):
        left -= 1
    right = resume
    while right < resume + _JOIN_WINDOW and right < len(text) and (_HAN.match(text, right) or _ALNUM.match(text, right)):
        right += 1
    if left == end or right == resume:
        return ""
    joined = text[left:end] + text[resume:right]
    cut = end - left
    if joined[cut - 1].isdigit() and joined[cut].isdigit():
        return joined[cut - 1:cut + 1]   # a number cut in two: `20` | `25`
    if _ALNUM.match(joined, cut - 1) or _ALNUM.match(joined, cut):
        return ""   # Latin text, a URL or a code at the join: the lexicon cannot judge it
    words = doc.shared(doc_words)
    if title:
        own = segment(joined, 0, cut, words.newsroom, words._newsroom_max)
        if not own or own[-1][1] - own[-1][0] != 1:
            return ""
    for start, stop in segment(joined, 0, len(joined), words.newsroom, words._newsroom_max):
        if start < cut < stop:
            word = joined[start:stop]
            if words.contains(word):
                return word
    return ""


def _last_word(doc, start: int, end: int) -> str:
    spans = segment(doc.text, max(start, end - _JOIN_WINDOW), end)
    return doc.text[spans[-1][0]:spans[-1][1]] if spans else ""


def _first_word(doc, start: int, end: int) -> str:
    spans = segment(doc.text, start, min(end, start + _JOIN_WINDOW))
    return doc.text[spans[0][0]:spans[0][1]] if spans else ""


def _grammar_open(doc, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """The line ends with a word that needs what follows (a preposition, conjunction or
    structural particle), or the next starts with one that needs what precedes."""
    lex = lexicon()
    text = doc.text
    last = _last_word(doc, a_start, a_end)
    first = _first_word(doc, b_start, b_end)
    if first and lex.tag(first) in _NO_START and len(first) == 1:
        return True
    if not last or lex.tag(last) not in _OPEN_ENDED or len(last) > 2:
        return False
    if len(last) == 1 and text[a_end - 2:a_end] in lex:
        return False   # `营地`, `目的`: the character ends a word, it is no particle
    # `后果是灾难性的`: the 是…的 construction is complete
    return not (last == "的" and "是" in text[max(a_start, a_end - 12):a_end - 1])


def paragraph_breaks(doc) -> list[ParagraphBreak]:
    text = doc.text
    blocks = [b for b in doc.shared(structure).blocks if b.role != "blank"]
    found: list[ParagraphBreak] = []
    page = doc.shared(furniture)
    for a, b in itertools.pairwise(blocks):
        if page.covers(a.start) or page.covers(b.start):
            continue   # lines of the web page, not paragraphs of the copy
        if a.role in _NEVER_BROKEN or b.role in ("headline", "byline", "dateline", "meta", "furniture"):
            continue
        if b.article != a.article or b.content_start > b.start:
            continue   # the next line opens an article or a dateline: a new piece, not a continuation
        a_start, a_end = _stripped_span(text, a)
        b_start, b_end = _stripped_span(text, b)
        if a_end <= a_start or b_end <= b_start:
            continue
        last = text[a_end - 1]
        trimmed = text[a_start:a_end].rstrip(_CLOSERS + _SPACES)
        if not trimmed or trimmed[-1] in _PARAGRAPH_END or (last in _CLOSERS and last not in "）)"):
            continue
        if last in "）)" and trimmed[-1:] not in _CLAUSE_END:
            continue   # a closing bracket ends a line: a byline (记者 …) or a note
        if text[b_start] in _NO_LINE_START:
            found.append(ParagraphBreak(a_end, b_start, "mark"))
            continue
        if b.role == "list-item" or _URL_END.search(text, a_start, a_end):
            continue   # a list follows, or the line ends with a link or an address
        if last in _CLAUSE_END:
            found.append(ParagraphBreak(a_end, b_start, "comma"))
            continue
        if not (_HAN.match(text, a_end - 1) or text[a_end - 1].isdigit()):
            continue
        if not (_HAN.match(text, b_start) or _ALNUM.match(text, b_start)):
            continue
        word = _join_word(doc, a_end, b_start, a.role in _TITLE_LIKE)
        if word:
            found.append(ParagraphBreak(a_end, b_start, "word", word))
            continue
        if _grammar_open(doc, a_start, a_end, b_start, b_end):
            found.append(ParagraphBreak(a_end, b_start, "grammar"))
            continue
        if a.role not in _TITLE_LIKE and a_end - a_start > _HEADING_MAX and a.role != "list-item" \
                and _HAN.match(text, a_end - 1):
            found.append(ParagraphBreak(a_end, b_start, "length"))
    return found
