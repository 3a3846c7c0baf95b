"""Spans of quoted text: “…” ‘…’ 「…」 『…』 《…》 〈…〉 ASCII "…", and asides in (…) （…）.

Quoted words, slogans, titles and bracketed asides repeat on purpose (「去了了」,
《想見你想見你想見你》, a phone mnemonic "(我坐坐巴士巴士)"), so the duplication rules ask whether a
place lies inside one. Spans never cross a line break. Use `doc.shared(quote_spans)`.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from .breaks import paragraph_breaks
from .structure import structure

_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", "﹁": "﹂", "（": "）", "(": ")"}
_MARKS = re.compile(r'[“”‘’「」『』《》〈〉﹁﹂（）()"\r\n]')


class QuoteSpans:
    """Sorted, non-overlapping (start, end) spans of the text inside quotation marks."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def enclosing(self, start: int, end: int) -> tuple[int, int] | None:
        """The quotation that contains text[start:end], if any."""
        index = bisect.bisect_right(self._starts, start) - 1
        if index >= 0:
            span = self.spans[index]
            if span[0] <= start and end <= span[1]:
                return span
        return None


def quote_spans(doc) -> QuoteSpans:
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []   # (expected closer, content start)
    ascii_open: int | None = None
    for match in _MARKS.finditer(doc.text):
        mark, pos = match.group(), match.start()
        if mark in "\r\n":                # quotations do not run across paragraphs
            stack.clear()
            ascii_open = None
        elif mark == '"':
            if ascii_open is None:
                ascii_open = pos + 1
            else:
                spans.append((ascii_open, pos))
                ascii_open = None
        elif mark in _PAIRS:
            stack.append((_PAIRS[mark], pos + 1))
        else:
            closers = "）)" if mark in "）)" else mark     # (…） mixed widths still pair up
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] in closers:
                    if depth == 0:          # keep only outermost quotations
                        spans.append((stack[0][1], pos))
                    del stack[depth:]
                    break
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return QuoteSpans(merged)


# Pairs checked for balance (GB/T 15834 4.1, 4.9, 4.10, 4.15). ASCII `"` and `'` are left out:
# one glyph opens and closes, and `'` is an apostrophe in Latin names.
_BALANCED = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", "（": "）", "(": ")",
             "【": "】", "〔": "〕", "［": "］"}
_CLOSER_OF = {closer: opener for opener, closer in _BALANCED.items()}
# Vertical-text forms of the corner quotes (﹁﹂﹃﹄), found in older Taiwan copy, and the
# half-width ones (｢｣) pair like 「」『』.
_VERTICAL = str.maketrans("﹁﹂﹃﹄｢｣", "「」『』「」")
# `＂` (and ASCII `"`, not checked) has no direction: it closes an open “ or else opens one.
_STRAIGHT = "＂"
_PAIR_MARK = re.compile("[%s]" % re.escape("".join(_BALANCED) + "".join(_CLOSER_OF) + "﹁﹂﹃﹄｢｣" + _STRAIGHT)
                        + r"|\r\n|\r|\n")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class PairProblem:
    """A paired mark without its partner, or crossing another pair."""
    offset: int        # the mark that has no partner, or the one that crosses another pair
    variant: str       # "unclosed" (an opening mark never closed), "unopened", "crossing"
    opener: str        # the pair concerned
    closer: str
    outer: str = ""    # for "crossing": the pair it crosses, as “《…》”


def _opener_problem(offset: int, opener: str) -> PairProblem:
    return PairProblem(offset, "unclosed", opener, _BALANCED[opener])


def _closer_problem(offset: int, closer: str) -> PairProblem:
    return PairProblem(offset, "unopened", _CLOSER_OF[closer], closer)


def _paragraph_end(text: str, pos: int) -> int:
    # \r is looked for only up to the next \n: searching the rest of a long text for a \r it
    # does not hold, at every closing mark, made the scan quadratic (8.8 s on a 4 MB file).
    newline = text.find("\n", pos)
    stop = newline if newline != -1 else len(text)
    carriage = text.find("\r", pos, stop)
    return carriage if carriage != -1 else stop


_BLANKS = re.compile("[\r\n \t\u3000]*")


# A writer who types one quotation mark for both ends (`”乡村”`, `“城市“`) uses it as a straight
# quote: the pairing is sound, only the glyph of one end is turned. A paragraph that holds an even
# number of one of the pair and none of the other is read so, when that is the article's habit:
# an article that types the other end right elsewhere (a `“` that opens, for `”…”`) knows the
# two directions, and there a turned mark is a slip that leaves a quotation unpaired.
_DOUBLE = re.compile("[“”]")


@dataclass(frozen=True)
class SameWayQuote:
    """A quotation opened and closed with the same mark."""
    opener: int   # offset of the mark that opens the quotation
    closer: int   # offset of the mark that closes it
    mark: str     # the mark typed at both ends


def same_way_quotes(doc) -> list[SameWayQuote]:
    """Quotations whose two ends are typed with the same mark, paragraph by paragraph: a
    paragraph with two, four, ... `”` and no `“` (or the reverse). Use `doc.shared(same_way_quotes)`."""
    text = doc.text
    if "”" not in text and "“" not in text:
        return []
    found: list[SameWayQuote] = []
    # The marks of the whole text, taken line by line (a search of every line for them was most
    # of the time on a long text: few lines hold one).
    starts = doc.line_starts
    for _, on_line in itertools.groupby(map(re.Match.start, _DOUBLE.finditer(text)),
                                        key=lambda offset: bisect.bisect_right(starts, offset)):
        marks = list(on_line)
        if len(marks) < 2 or len(marks) % 2:
            continue
        kinds = {text[m] for m in marks}
        if len(kinds) != 1:
            continue
        found.extend(SameWayQuote(marks[i], marks[i + 1], text[marks[i]]) for i in range(0, len(marks), 2))
    if not found:
        return found
    same = {offset for quote in found for offset in (quote.opener, quote.closer)}
    habit: list[SameWayQuote] = []
    # found is in text order: each article's quotations are one slice of it (a filter of the whole
    # list for every article made a file of many articles quadratic).
    openers = [q.opener for q in found]
    for article in doc.shared(structure).articles:
        inside = found[bisect.bisect_left(openers, article.start):bisect.bisect_left(openers, article.end)]
        for mark in {q.mark for q in inside}:
            other = "“" if mark == "”" else "”"
            if any(m.start() not in same for m in re.compile(other).finditer(text, article.start, article.end)):
                continue   # the article types the other end right: a turned mark here is a slip
            habit.extend(q for q in inside if q.mark == mark)
    return sorted(habit, key=lambda q: q.opener)


def _closes_first(text: str, start: int, opener: str) -> bool:
    """Does the paragraph at text[start:] close `opener`'s quotation before it opens another?"""
    end = _paragraph_end(text, start)
    closer = text.find(_BALANCED[opener], start, end)
    return closer != -1 and opener not in text[start:closer]


def pair_problems(doc) -> list[PairProblem]:
    """Quotation marks, brackets and title marks that do not pair up within their paragraph,
    and pairs that cross (`“《…”》`). A quotation that runs over several paragraphs opens each of
    them and closes only in the last (GB/T 15834 4.1.3.4), so an opening quotation mark left open
    at a paragraph's end is no problem when the next paragraph opens with the same mark. A `)`
    after a number or letter at a line's start (`1)`, `a)`) is a list marker."""
    text = doc.text
    problems: list[PairProblem] = []
    stack: list[tuple[str, int]] = []
    crossed: list[str] = []   # closers of pairs already reported as crossing: not reported again
    line_start = 0
    # Same-way quotations pair up as they are read (PUNC012 reports the turned glyph).
    turned: dict[int, str] = {}
    for quote in doc.shared(same_way_quotes):
        turned[quote.opener], turned[quote.closer] = "“", "”"

    def close_paragraph(end: int) -> None:
        carried: list[tuple[str, int]] = []
        if stack:
            blanks = _BLANKS.match(text, end)   # no copy of the rest of the text
            after = blanks.end() if blanks else end
            for opener, offset in stack:
                if opener in "“「『‘" and text.startswith(opener, after):
                    continue   # a quotation that goes on in the next paragraph
                if opener in "“「『‘" and _closes_first(text, after, opener):
                    # The next paragraph closes the quotation before it opens one: a quotation
                    # over two paragraphs whose second lacks its opening mark. The reader still
                    # sees where the words begin and end; it pairs across.
                    carried.append((opener, offset))
                    continue
                problems.append(_opener_problem(offset, opener))
        stack[:] = carried
        crossed.clear()

    joins: list[tuple[int, int]] | None = None   # paragraph breaks inside a sentence, found lazily

    for match in _PAIR_MARK.finditer(text):
        mark, pos = match.group().translate(_VERTICAL), match.start()
        if mark[0] in "\r\n" and stack:
            # A line broken inside a sentence (LAYOUT001 reports the break) is no paragraph end:
            # a quotation it cuts in two pairs across it, and the break is the one fault.
            if joins is None:   # segmenting the joins costs the lexicon: only when a pair is open
                joins = [(brk.end, brk.resume) for brk in doc.shared(paragraph_breaks)]
            if any(end <= pos < resume for end, resume in joins):
                continue
        mark = turned.get(pos, mark)
        if mark == _STRAIGHT:
            mark = "”" if any(o == "“" for o, _ in stack) else "“"
        if mark[0] in "\r\n":
            close_paragraph(pos)
            line_start = match.end()
            continue
        if mark in _BALANCED:
            stack.append((mark, pos))
            continue
        opener = _CLOSER_OF[mark]
        if mark in "）)":
            matching = [i for i, (o, _) in enumerate(stack) if o in "（("]
        else:
            matching = [i for i, (o, _) in enumerate(stack) if o == opener]
        if not matching:
            if mark in crossed:
                crossed.remove(mark)
                continue
            head = text[line_start:pos].strip(" \t\u3000")
            if mark in "）)" and len(head) <= 3 and head.isalnum():
                continue   # `1)`, `a)`, `一）`: a list marker
            if mark == "’" and ((pos and _LATIN.match(text, pos - 1)) or _LATIN.match(text, pos + 1)):
                continue   # an apostrophe: `Xi’an`, `people’s`, a romanised name `’Avia`
            problems.append(_closer_problem(pos, mark))
            continue
        depth = matching[-1]
        paragraph_end = _paragraph_end(text, pos)
        for inner, at in stack[depth + 1:]:
            if _BALANCED[inner] in text[pos:paragraph_end]:
                problems.append(PairProblem(at, "crossing", inner, _BALANCED[inner],
                                            f"{opener}…{mark}"))
                crossed.append(_BALANCED[inner])
            else:
                problems.append(_opener_problem(at, inner))
        del stack[depth:]
    close_paragraph(len(text))
    problems.sort(key=lambda p: p.offset)
    return _first_per_paragraph(text, problems)


def _first_per_paragraph(text: str, problems: list[PairProblem]) -> list[PairProblem]:
    """One problem per kind of mark and paragraph: once one mark is missing or turned the wrong
    way (`”…”`), every later mark of the paragraph pairs wrongly, and the first says it all."""
    kept: list[PairProblem] = []
    seen: set[tuple[int, str]] = set()
    kinds = {"”": "“", "’": "“", "」": "“", "』": "“", "‘": "“", "「": "“", "『": "“", "〉": "《", "〈": "《",
             "》": "《", ")": "（", "(": "（", "）": "（", "】": "（", "〔": "（", "〕": "（", "［": "（", "］": "（", "【": "（"}
    for problem in problems:
        kind = kinds.get(problem.opener, problem.opener)
        newline = text.rfind("\n", 0, problem.offset)     # \r only after it: see _paragraph_end
        key = (max(newline, text.rfind("\r", newline + 1, problem.offset)), kind)
        if key not in seen:
            seen.add(key)
            kept.append(problem)
    return kept
