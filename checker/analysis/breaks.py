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

from ..resources import read_word_sections
from ..typenames import TYPE_CHECKING
from .furniture import furniture
from .structure import Block, structure
from .words import doc_words, lexicon, segment

if TYPE_CHECKING:
    from typing import Any

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
_NEVER_BROKEN = frozenset(("byline", "dateline", "meta", "furniture", "field", "blank"))
# Roles whose line is a title by its shape: a break there needs the word or the grammar as proof.
_TITLE_LIKE = frozenset(("heading", "subtitle"))
_HEADING_MAX = 40
# Parts of speech (jieba tags) of a word that cannot end a title or a sentence: prepositions,
# conjunctions and the structural particles 的, 得, which need what follows; and those that
# cannot start one. (Particles that end a clause, 了 着 过 等, are not among them, nor 地, which
# is as often the noun "place": `多地`.)
_OPEN_ENDED = ("p", "c", "uj", "ud")
# A preposition or conjunction this frequent (per jieba's counts) is a function word nearly
# always: 为 在 从 和 对 与 把 被 于 以; rarer ones (所 至 及 向) often end a word or a name.
_COMMON_FUNCTION_WORD = 100_000
_NO_START = ("uj", "ul", "uz", "ug", "y")
_HAN = re.compile(r"[\u3400-\u9fff]")
_ALNUM = re.compile(r"[0-9A-Za-z０-９]")
_JOIN_WINDOW = 8
_URL_END = re.compile(r"(?:https?://|www\.|[A-Za-z0-9._%+-]+@)[^\s]*$|[A-Za-z]{2,}[0-9A-Za-z./]*$")


@dataclass(frozen=True)
class ParagraphBreak:
    """A line break inside a paragraph: where the text before it ends, where it resumes, and why it is a break."""
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
    and the next line must both leave an orphan, a character their own segmentation leaves on
    its own (`发展大` + `棚种植`), or one of them must and the word be long: a title that ends
    with a whole word (`举行公开听证`) is complete even when the next line happens to start with
    a character that could extend it (`证` + `据`), and a next line that opens with a whole
    word (`大台南` + `市長`) was not cut."""
    text = doc.text
    left = end
    while left > end - _JOIN_WINDOW and left > 0 and (_HAN.match(text, left - 1) or _ALNUM.match(text, left - 1)):
        left -= 1
    right = resume
    while right < resume + _JOIN_WINDOW and right < len(text) and (_HAN.match(text, right) or _ALNUM.match(text, right)):
        right += 1
    if left == end or right == resume:
        return ""   # a mark, a space or a bracket at the join: no word crosses it
    joined = text[left:end] + text[resume:right]
    cut = end - left
    if _ALNUM.match(joined, cut - 1) or _ALNUM.match(joined, cut):
        return ""   # figures, Latin text, a URL or a code at the join: the lexicon cannot judge it
    words = doc.shared(doc_words)
    orphan = after_orphan = True
    if title:
        # Cheap tests before segmenting: the next line opens with a two-character word, or no
        # lexicon word of up to six characters crosses the join at all.
        lex = lexicon()
        if not any(joined[cut - i:cut + j] in lex for i in range(1, min(cut, 3) + 1)
                   for j in range(1, min(len(joined) - cut, 3) + 1)):
            return ""
    if title:
        own = segment(joined, 0, cut, words.newsroom, words._newsroom_max)
        # `超過9成` | `為…`: a character after a figure is its measure word (9成, 3個), no orphan
        # `熱烈報名中`, `會議上`: a localizer (方位词, jieba `f`) after a whole word ends the phrase
        orphan = bool(own) and own[-1][1] - own[-1][0] == 1 and not _AFTER_FIGURE.search(joined, 0, cut - 1) \
            and not (len(own) > 1 and own[-2][1] - own[-2][0] > 1 and lex.tag(joined[cut - 1]) == "f")
        following = segment(joined, cut, len(joined), words.newsroom, words._newsroom_max)
        # `丁薛祥表示，`: a line that opens with a speaker and a verb of saying starts a sentence;
        # its first character begins a name the lexicon may not know, it is no orphan
        # A frequent preposition (在 為 對 從) opens a clause: `在水利工程方面，…` starts a sentence.
        after_orphan = bool(following) and following[0][1] - following[0][0] == 1 \
            and not _SPEAKER_START.match(text, resume) \
            and not (lex.tag(joined[cut]) == "p" and lex.frequency(joined[cut]) >= _COMMON_FUNCTION_WORD)
    for start, stop in segment(joined, 0, len(joined), words.newsroom, words._newsroom_max):
        if start < cut < stop:
            word = joined[start:stop]
            if not words.contains(word):
                return ""
            # Both sides left an orphan (`发展大` | `棚种植`), or one side did and the word is
            # long (`治理臺` | `南市`, `共同` | `体理念`). A two-character word across a whole word
            # (`听证` | `据`, `形象展` | `台南`) happens by chance.
            if (orphan and after_orphan) or (len(word) >= 3 and (orphan or after_orphan)):
                return word
            return ""
    return ""


def _last_word(doc, start: int, end: int) -> str:
    spans = segment(doc.text, max(start, end - _JOIN_WINDOW), end)
    return doc.text[spans[-1][0]:spans[-1][1]] if spans else ""


def _grammar_open(doc, a_start: int, a_end: int, b_start: int, b_end: int, title: bool) -> bool:
    """The line ends with a word that needs what follows (a preposition, conjunction or
    structural particle), or the next starts with one that needs what precedes."""
    lex = lexicon()
    text = doc.text
    first = text[b_start]
    if lex.tag(first) in _NO_START and text[b_start:b_start + 2] not in lex:
        return True   # a particle that starts no word (`了`, `的`, `吗`) cannot open a line
    if text[a_end - 1] == "是" and not any(text[a_end - k:a_end] in lex for k in (3, 4)):
        return True   # `…正是` / `時候`: the copula needs what it equates (not an idiom: 实事求是)
    if title:
        # A title may end with a verb that doubles as a preposition (`条例通过`, `风暴将至`), and
        # the tagger calls many a final character a conjunction (`安检所`): there only 的 and 得,
        # and the most frequent prepositions and conjunctions (为 在 从 和 对 与 把 被 于 以),
        # standing alone after a whole word, leave the line open.
        ch = text[a_end - 1]
        if text[a_end - 2:a_end] in lex:
            return False
        if ch in "的得":
            return "是" not in text[max(a_start, a_end - 12):a_end - 1]
        return lex.tag(ch) in ("p", "c") and lex.frequency(ch) >= _COMMON_FUNCTION_WORD
    last = _last_word(doc, a_start, a_end)
    if not last or lex.tag(last) not in _OPEN_ENDED or len(last) > 2:
        return False
    if len(last) == 1 and text[a_end - 2:a_end] in lex:
        return False   # `营地`, `目的`: the character ends a word, it is no particle
    # `后果是灾难性的`: the 是…的 construction is complete
    return not (last == "的" and "是" in text[max(a_start, a_end - 12):a_end - 1])


# A title may exclaim or ask inside (`城市外交新篇章！台南與…`), but never has a full stop inside.
_INNER_END = re.compile("[。]")
_SENTENCE_MARK = re.compile("[。！？]")
# `会议指出，要…`, `他在贺电中说，…`: a verb of saying before a comma reports speech; a title
# words it `某某：…` or not at all, so a line with it is prose (words: structure_words.txt).
_SPEECH_COMMA = re.compile("(?:%s)[，,]" % "|".join(
    re.escape(w) for w in sorted(read_word_sections("structure_words.txt")["speech-verbs"], key=len, reverse=True)))
_CLOSINGS = tuple(read_word_sections("layout_words.txt")["letter-closings"])
_HONORIFICS = tuple(read_word_sections("layout_words.txt")["honorific-openings"])
# `臺南市` / `政府提醒…`, `教育局` / `副局長…`: a short line that is a bare place or agency name
# (not the addressee under a letter's closing formula: `此咨` / `立法院`).
_BARE_NAME = re.compile("[\u3400-\u9fff]{1,4}(?:%s)" % "|".join(
    re.escape(w) for w in read_word_sections("layout_words.txt")["bare-name-endings"]))
# `國防部長嚴` / `德發、…`: a title and the start of a name over the rest of it and what follows a
# name in a list or before speech (、，及 表示): the name is cut in two.
_TITLED_NAME_START = re.compile("(?:%s)([\u3400-\u9fff]{1,2})$" % "|".join(
    re.escape(w) for w in sorted(read_word_sections("layout_words.txt")["person-titles"], key=len, reverse=True)))
_NAME_REST = re.compile("([\u3400-\u9fff]{1,2})(?:[、，,及（(]|%s)" % "|".join(
    re.escape(w) for w in sorted(read_word_sections("structure_words.txt")["speech-verbs"], key=len, reverse=True)))
# `…特電致賀。 李登輝`: a short name after the last sentence, set off by a space, signs the text.
_SIGNATURE = re.compile(r"[。！？][ \u3000]+[^ \u3000。！？，,]{1,8}$")
# `丁薛祥　李希　蔡奇`: names or items set off by spaces, a roster rather than a sentence.
_ROSTER = re.compile(r"(?:[^ \u3000，。]{1,6}[ \u3000]+){3,}[^ \u3000，。]{1,6}$")
# `称，前线战事激烈`: a line that opens with a verb of saying has its speaker on the line before.
# (With a colon, `答：` `問：`, it is the label of a question or an answer, a line of its own.)
_SPEECH_START = re.compile("(?:%s)[，,]" % "|".join(
    re.escape(w) for w in sorted(read_word_sections("structure_words.txt")["speech-verbs"], key=len, reverse=True)))
# `超過9成`, `2500万人`: a character after a figure (and its 万 or 亿) is its measure word.
_AFTER_FIGURE = re.compile("[0-9０-９][万萬亿億千]?$")
# `觀旅局局長王明華表示，`: a speaker of up to ten characters and a verb of saying open the line.
_SPEAKER_START = re.compile("[\u3400-\u9fff]{1,10}?(?:%s)[，,：:]" % "|".join(
    re.escape(w) for w in sorted(read_word_sections("structure_words.txt")["speech-verbs"], key=len, reverse=True)))
# `…主持会议并作工作部署，表示`: a line of prose whose last word is a verb of saying stops before
# what was said. A headline may end so (`习近平在…座谈会时强调` over the subtitle that says it), but
# not one with a comma in it: that is prose.
_SPEECH_VERBS = frozenset(read_word_sections("structure_words.txt")["speech-verbs"])
_SPEECH_ENDINGS = tuple(_SPEECH_VERBS)   # a cheap test before segmenting the line's end
# Only a line that reads as running prose (a comma, semicolon or sentence mark somewhere in it) can
# be a sentence cut short by length alone: a long line with none is a title, a label row
# (`地點：A、B、C`), a caption or a bracketed subheading, however long.
_PROSE_MARK = re.compile("[，；。！？,;]")
# A clause comma: `，`, or `,` unless it groups digits (`5,000份`).
_CLAUSE_COMMA = re.compile(r"，|,(?!\d)|(?<!\d),")
_OPENERS = {"“": "”", "《": "》", "（": "）", "(": ")", "「": "」", "『": "』", "〈": "〉"}


def _title_shaped(text: str, block: Block, blocks: list[Block]) -> bool:
    """Is the line a title (a headline of a bundled article, a heading, a subtitle) by what the
    structure says and by its own text? A line with a full stop inside, a dateline prefix, a mark
    at its start, reported speech (`会议指出，`) or prose commas is prose whatever its length:
    no title has those."""
    if block.role not in _TITLE_LIKE and block.role != "headline":
        return False
    start, end = _stripped_span(text, block)
    if block.content_start > block.start or _INNER_END.search(text, start, end - 1) \
            or _SPEECH_COMMA.search(text, start, end):
        return False
    clauses = _CLAUSE_COMMA.split(text[start:end])
    if len(clauses) > 1 and (len(clauses[0]) <= 3 or len(clauses[-1].strip(_SPACES)) <= 3):
        # `目前，…`, `其中，…`: prose opens with a short adverbial; a title does not. Nor does a
        # title end with a stub of a clause (`…受災民眾，下午`, `…第一名，其中`): prose cut short does.
        return False
    return not (start < end and text[start] in _NO_LINE_START + "，、")


def _cut_name(text: str, a_start: int, a_end: int, b_start: int) -> str:
    """The person's name of two or three characters that a line ending with a title cuts in two,
    as `部長嚴` + `德發、`; "" when there is none. The lexicon knows few names, so the title
    before and the list mark or verb of saying after decide."""
    head = _TITLED_NAME_START.search(text, max(a_start, a_end - 8), a_end)
    if not head:
        return ""
    rest = _NAME_REST.match(text, b_start)
    if not rest or not 2 <= len(head.group(1)) + len(rest.group(1)) <= 3:
        return ""
    first, second = head.group(1), rest.group(1)
    lex = lexicon()
    title_end = head.start(1) - 1
    # Words, not a name: the title goes on into a longer word (記者會, 總統府), or either half is
    # a word of its own (總統談話 / 談及, 記者會 / 總統說).
    if text[title_end:head.start(1) + 1] in lex or text[title_end - 1:head.start(1) + 1] in lex \
            or (len(first) == 2 and first in lex) or (len(second) == 2 and second in lex):
        return ""
    return first + second


def _closing(text: str, start: int, end: int) -> bool:
    """Does the line's last clause hold a letter's closing formula, with or without the people it
    addresses (`敬祝`, `最後敬祝各位`, `並祝各位女士、各位先生`)? Its wish follows on the next line."""
    if text.endswith(_CLOSINGS, start, end):
        return True
    last = _CLAUSE_COMMA.split(text[start:end])[-1]
    lex = lexicon()
    for closing in _CLOSINGS:
        at = last.find(closing)
        # `並祝賀大會`: 祝賀 is a word of the sentence, not the formula and its addressee
        if at != -1 and last[at + len(closing) - 1:at + len(closing) + 1] not in lex:
            return True
    return False


def _figures(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a row of figures: fewer Han characters than others, and no sentence?"""
    han = len(_HAN.findall(text, start, end))
    return han * 2 < end - start and not _SENTENCE_MARK.search(text, start, end)


def _left_open(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """The line leaves a quotation, title or bracket open and the next line closes it before
    opening one of its own: the pair spans the break."""
    stack: list[str] = []
    for ch in text[a_start:a_end]:
        if ch in _OPENERS:
            stack.append(_OPENERS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
    if not stack:
        return False
    closer = stack[-1]
    opener = next(o for o, c in _OPENERS.items() if c == closer)
    head = text[b_start:b_end]
    at = head.find(closer)
    return at != -1 and opener not in head[:at]


def paragraph_breaks(doc: Any) -> list[ParagraphBreak]:
    text = doc.text
    blocks = [b for b in doc.shared(structure).blocks if b.role != "blank"]
    found: list[ParagraphBreak] = []
    page = doc.shared(furniture)
    for index, (a, b) in enumerate(itertools.pairwise(blocks)):
        if index == 0 and a.role == "headline":
            continue   # the file's headline

        if page.covers(a.start) or page.covers(b.start):
            continue   # lines of the web page, not paragraphs of the copy
        if a.role in _NEVER_BROKEN or b.role in ("byline", "dateline", "meta", "furniture"):
            continue
        if b.content_start > b.start or (b.article != a.article and b.role == "headline"
                                         and _title_shaped(text, b, blocks)):
            continue   # the next line opens a dateline or a new article: a new piece
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
        if not _HAN.match(text, a_end - 1) and _left_open(text, a_start, a_end, b_start, b_end):
            # the pair spans the break also where a figure, a code or a link ends the line (a
            # link cut in two: `查詢(https://r` / `eurl.cc/g65oXR)。`)
            found.append(ParagraphBreak(a_end, b_start, "pair"))
            continue
        if _figures(text, a_start, a_end) or _figures(text, b_start, b_end):
            continue   # a row of a table or a schedule (`10:00-18:00`, `2.96`), not prose
        if b.role == "list-item" or _URL_END.search(text, a_start, a_end):
            continue   # a list follows, or the line ends with a link or an address
        if _closing(text, a_start, a_end) or text.startswith(_HONORIFICS, b_start) \
                or _SIGNATURE.search(text, a_start, a_end) \
                or _ROSTER.search(text, a_start, a_end):
            continue   # a letter's closing formula, a signature, a roster: laid out so on purpose
        if last in _CLAUSE_END:
            found.append(ParagraphBreak(a_end, b_start, "comma"))
            continue
        if not (_HAN.match(text, a_end - 1) or text[a_end - 1].isdigit()):
            continue
        if _left_open(text, a_start, a_end, b_start, b_end):
            found.append(ParagraphBreak(a_end, b_start, "pair"))
            continue
        name = _cut_name(text, a_start, a_end, b_start)
        if name:
            found.append(ParagraphBreak(a_end, b_start, "word", name))
            continue
        title = _title_shaped(text, a, blocks)
        word = _join_word(doc, a_end, b_start, title)
        if word:
            found.append(ParagraphBreak(a_end, b_start, "word", word))
            continue
        if _grammar_open(doc, a_start, a_end, b_start, b_end, title) or _SPEECH_START.match(text, b_start, b_end) \
                or (title and _BARE_NAME.fullmatch(text, a_start, a_end) and _HAN.match(text, b_start)
                    and not (index and _closing(text, *_stripped_span(text, blocks[index - 1])))) \
                or (text.endswith(_SPEECH_ENDINGS, a_start, a_end) and _last_word(doc, a_start, a_end) in _SPEECH_VERBS
                    and (not title or _PROSE_MARK.search(text, a_start, a_end))):
            found.append(ParagraphBreak(a_end, b_start, "grammar"))
            continue
        # A line that opens with a dateline (`央视网消息（新闻联播）：10月`) is the start of a body
        # paragraph, never a title, however short and whatever marks it holds; nor is a line with
        # a full stop inside (`…不断提高。上半年，规模以上工业`): no title has one.
        if not title and a.role != "list-item" and _HAN.match(text, a_end - 1) and (_PROSE_MARK.search(
                text, a_start, a_end) or a.content_start > a.start) and (
                a_end - a_start > _HEADING_MAX or a.role in _TITLE_LIKE or a.role == "headline"
                or a.content_start > a.start or _INNER_END.search(text, a_start, a_end)):
            found.append(ParagraphBreak(a_end, b_start, "length"))
    return found
