"""Punctuation checks (GB/T 15834-2011).

Simplified copy is held to the mainland forms of the standard; traditional copy follows its own
conventions (「」 quotes, `1、` lists, `--` dashes, `今(11)日`), so there only the pairing of marks,
stacked marks and an article typed half-width throughout are checked.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..analysis.breaks import paragraph_breaks
from ..analysis.marks import FULL_WIDTH, half_width
from ..analysis.quotes import pair_problems, same_way_quotes
from ..analysis.script import document_script
from ..analysis.structure import structure
from ..contract import Placeholder, Variant, check
from ..diagnostic import Edit, Finding
from ..document import Document
from ..registry import Rule

# A pause or clause mark typed before another mark: the first is a leftover, the second is the
# one the writer meant. `?!` and `！？` are left alone here: GB/T 15834 allows `？！` for emphasis
# (and PUNC008 asks for that order).
_PAUSE = ",，、;；:："
_FOLLOWER = ",，、;；:：。！？!?"
_STACKED = re.compile(r"[%s](?:[%s])+" % (re.escape(_PAUSE), re.escape(_FOLLOWER)))
_DOUBLE_STOP = re.compile(r"。(?<!。。)。(?!。)")   # the lookbehind after the first 。 (see _DASH)
# Three or more 。 or ASCII dots next to Chinese text: an ellipsis typed with the wrong key.
_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f“”‘’]")
# Each alternative opens with its mark and looks behind after it (…(?<!……) for (?<!…)…): a
# leading lookbehind makes the regex engine try every position of the text instead of skipping
# to the marks (2-4x slower on a 4 MB file). The same for _DASH below. A repeat written out
# (。。。+, not 。{3,}) opens with its character too.
_DOT_RUN = re.compile(r"。。。+|\.\.\.+|…(?<!……)(?!…)")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")


KEPT = Placeholder("kept", "应保留的那个标点（叠用标点中的最后一个）", "the mark to keep (the last of the run)")
MARK = Placeholder("mark", "半角标点（一对括号写作“()”）", "the half-width mark (a pair of parentheses as “()”)")
FULL = Placeholder("full", "应换成的全角标点", "the full-width mark to use instead")
COUNT = Placeholder("count", "处数", "how many places")
KINDS = Placeholder("kinds", "用到的半角标点", "the half-width marks used")
OPENER = Placeholder("opener", "成对标号的前一半", "the opening half of the pair")
CLOSER = Placeholder("closer", "成对标号的后一半", "the closing half of the pair")
OUTER = Placeholder("outer", "被交叉的那一对标号，如“《…》”", "the pair that is crossed, as “《…》”")
RIGHT = Placeholder("right", "规范写法", "the standard form")


def _simplified(doc: Document) -> bool:
    return doc.shared(document_script) != "traditional"


@check(variants={"": Variant(provides=(KEPT,), fix=True)})
def stacked_punctuation(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = doc.text
    for match in _STACKED.finditer(text):
        start, end = match.span()
        if text[end - 1] in "!?" and end < len(text) and _ASCII_WORD.match(text, end):
            end -= 1   # `、!hero`: the `!` begins a name (a stage name, a brand), it is no mark
            if end - start < 2:
                continue
        run = text[start:end]
        kept = run[-1]
        if run.isascii() and not _next_to_chinese(text, start, end):
            continue  # `std::vector`, `fe80::1`, `a,,b` in code or Latin text are not Chinese copy
        yield Finding(start, end, {"kept": kept}, (Edit(start, end, kept),))
    if "。。" not in text:   # a substring test is far cheaper than the lookaround scan
        return
    for match in _DOUBLE_STOP.finditer(text):
        yield Finding(match.start(), match.end(), {"kept": "。"},
                      (Edit(match.start(), match.end(), "。"),))


def _next_to_chinese(text: str, start: int, end: int) -> bool:
    return bool(start and _CJK.match(text, start - 1)) or bool(_CJK.match(text, end))


@check(variants={"": Variant(fix=True)})
def fake_ellipsis(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = doc.text
    simplified = None
    for match in _DOT_RUN.finditer(text):
        start, end = match.span()
        if text[start] == "." and not (_CJK.match(text, start - 1) if start else False) \
                and not _CJK.match(text, end):
            continue  # ASCII dots inside Latin text (`wait...`) are English punctuation
        if text[start] == "…":
            # A single `…` is half an ellipsis in mainland copy; traditional copy may use it
            # (or `⋯⋯`) by its own conventions, so it is left alone there.
            if simplified is None:
                simplified = _simplified(doc)
            if not simplified or not _next_to_chinese(text, start, end):
                continue
        yield Finding(start, end, {}, (Edit(start, end, "……"),))


def _articles(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) of each article of the document (a file may bundle several)."""
    return [(article.start, article.end) for article in doc.shared(structure).articles]


@check(variants={"": Variant(provides=(MARK, FULL), fix=True)})
def half_width_marks(doc: Document, rule: Rule) -> Iterator[Finding]:
    """PUNC003: one half-width mark in simplified copy that is otherwise full-width."""
    profile = doc.shared(half_width)
    if not profile.marks or not _simplified(doc):
        return
    for start, end in _articles(doc):
        if not profile.mostly_full_width(start, end):
            continue  # PUNC004 says it once for an article typed half-width
        for mark in profile.marks_in(start, end):
            if mark.mark == ")":
                continue
            if mark.mark == "(":
                # A pair is one slip: one finding from `(` to its `)`, with both edits.
                yield Finding(mark.offset, mark.partner + 1, {"mark": "()", "full": "（）"},
                              (Edit(mark.offset, mark.offset + 1, "（"),
                               Edit(mark.partner, mark.partner + 1, "）")))
                continue
            yield Finding(mark.offset, mark.offset + 1, {"mark": mark.mark, "full": mark.full},
                          (Edit(mark.offset, mark.offset + 1, mark.full),))


@check(variants={"": Variant(provides=(COUNT, KINDS, FULL), fix=True)})
def half_width_article(doc: Document, rule: Rule) -> Iterator[Finding]:
    """PUNC004: an article typed with half-width marks throughout: one finding, one fix.
    Traditional copy writes `今(11)日` with ASCII parentheses by house style, so there only the
    other marks decide whether the article is typed half-width (the fix still converts all)."""
    profile = doc.shared(half_width)
    if not profile.marks:
        return
    traditional = not _simplified(doc)
    for start, end in _articles(doc):
        if not profile.mostly_half_width(start, end, parentheses=not traditional):
            continue
        marks = profile.marks_in(start, end)
        first = marks[0]
        kinds = "".join(sorted({m.mark for m in marks}, key=list(FULL_WIDTH).index))
        yield Finding(first.offset, first.offset + 1,
                      {"count": len(marks), "kinds": kinds,
                       "full": "".join(FULL_WIDTH[k] for k in kinds)},
                      tuple(Edit(m.offset, m.offset + 1, m.full) for m in marks))


@check(variants={"unclosed": Variant(provides=(OPENER, CLOSER)),
                 "unopened": Variant(provides=(OPENER, CLOSER)),
                 "crossing": Variant(provides=(OPENER, CLOSER, OUTER))})
def unbalanced_pairs(doc: Document, rule: Rule) -> Iterator[Finding]:
    """PUNC005: a quotation mark, bracket or title mark without its partner in the paragraph,
    or two pairs that cross."""
    for problem in doc.shared(pair_problems):
        args = {"opener": problem.opener, "closer": problem.closer}
        if problem.variant == "crossing":
            args["outer"] = problem.outer
        yield Finding(problem.offset, problem.offset + 1, args, variant=problem.variant)


@check(variants={"": Variant(provides=(COUNT, KINDS), fix=True), "corner": Variant(provides=(COUNT, KINDS), fix=True)})
def same_way_quotes_once(doc: Document, rule: Rule) -> Iterator[Finding]:
    """PUNC012: quotations typed with one mark at both ends (`”乡村”`): said once per article,
    at the first, with one fix that turns the wrong end of every one of them. Traditional copy
    that quotes with 「」 elsewhere in the article follows its own convention: the fix there is
    「」, not the mainland's turned curly mark."""
    quotes = doc.shared(same_way_quotes)
    if not quotes:
        return
    text = doc.text
    for start, end in _articles(doc):
        inside = [q for q in quotes if start <= q.opener < end]
        if not inside:
            continue
        first = inside[0]
        args = {"count": len(inside), "kinds": first.mark}
        if not _simplified(doc) and "「" in text[start:end] and "」" in text[start:end]:
            corners = tuple(edit for q in inside
                            for edit in (Edit(q.opener, q.opener + 1, "「"), Edit(q.closer, q.closer + 1, "」")))
            yield Finding(first.opener, first.closer + 1, args, corners, variant="corner")
            continue
        edits = tuple(Edit(q.opener, q.opener + 1, "“") if q.mark == "”" else Edit(q.closer, q.closer + 1, "”")
                      for q in inside)
        yield Finding(first.opener, first.closer + 1, args, edits)


# `--`, `－－` or a single dash where a clause-level dash `——` belongs (mainland copy). A single
# `—` between two words or numbers is the standard's connector (`2011—2015年`, `中国—东盟`) and is
# left alone; it is a dash only at a line's end (`包括—`) or against a clause mark.
_DASH = re.compile(r"(?:-(?<![-－—]-)-|－(?<![-－—]－)－)(?![-－—])|—(?<!——)(?=[\r\n]|$)"
                   r"|—(?<=[，。；：！？]—)(?!—)|—(?<!——)(?=[，。；：！？])")


@check(variants={"": Variant(fix=True)})
def clause_dash(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = doc.text
    if not _simplified(doc):
        return
    for match in _DASH.finditer(text):
        start, end = match.span()
        if not _next_to_chinese(text, start, end) or (start and text[start - 1] in "\r\n"):
            continue
        if text[start] in "-－" and start and _ASCII_WORD.match(text, start - 1):
            continue   # `a--b`, `x--` in Latin text or code
        yield Finding(start, end, {}, (Edit(start, end, "——"),))


# One leading class, the kind of mark decided after it: `re` skips ahead to a mark (a choice of two
# classes made it try every position: 35 ms against 5 ms on a 4 MB file).
_REPEATED = re.compile(r"[？?！!](?:(?<=[？?])[？?]{3,}|(?<=[！!])[！!]{3,})")


@check(variants={"": Variant(provides=(KEPT,), fix=True)})
def repeated_marks(doc: Document, rule: Rule) -> Iterator[Finding]:
    """PUNC007: four or more question or exclamation marks; the standard allows three at most."""
    text = doc.text
    for match in _REPEATED.finditer(text):
        start, end = match.span()
        if match.group().isascii() and not _next_to_chinese(text, start, end):
            continue
        kept = "？？？" if match.group()[0] in "？?" else "！！！"
        yield Finding(start, end, {"kept": kept}, (Edit(start, end, kept),))


_BANG_QUESTION = re.compile(r"[！!][？?]")


@check(variants={"": Variant(fix=True)})
def exclamation_question_order(doc: Document, rule: Rule) -> Iterator[Finding]:
    """PUNC008: `！？` where the standard writes `？！`."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _BANG_QUESTION.finditer(text):
        start, end = match.span()
        if match.group().isascii() and not _next_to_chinese(text, start, end):
            continue   # `What!?` in Latin text
        yield Finding(start, end, {}, (Edit(start, end, "？！"),))


_TITLE_LIST = re.compile(r"》、《[^》\r\n]*(?:》、《[^》\r\n]*)*")
_TITLE_COMMA = re.compile(r"(?<=》)、(?=《)")   # a comma of such a list: between two titles


@check(variants={"": Variant(provides=(COUNT,), fix=True)})
def title_list_comma(doc: Document, rule: Rule) -> Iterator[Finding]:
    """PUNC009: `《A》、《B》`: titles in a row need no enumeration comma between them."""
    text = doc.text
    if not _simplified(doc):
        return
    for match in _TITLE_LIST.finditer(text):
        # One finding per list of titles, with every comma of it deleted.
        commas = [comma.span() for comma in _TITLE_COMMA.finditer(text, match.start(), match.end())]
        yield Finding(*commas[0], {"count": len(commas)}, tuple(Edit(start, end, "") for start, end in commas))


# A list marker at the start of a line: `（一）、` (a bracketed number takes no mark after it) and
# `1、` (an Arabic number takes a full stop: `1.`).
_LIST_MARKER = re.compile(r"^[ \t\u3000]*(?:([（(][一二三四五六七八九十0-9]{1,3}[）)])|([0-9]{1,2}))(?P<comma>、)",
                          re.MULTILINE)


@check(variants={"": Variant(provides=(RIGHT,), fix=True)})
def list_marker(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = doc.text
    if not _simplified(doc):
        return
    for match in _LIST_MARKER.finditer(text):
        comma = match.span("comma")
        if match.group(1):
            yield Finding(match.start(1), match.end(), {"right": match.group(1)}, (Edit(*comma, ""),))
        else:
            if text.startswith(("年", "月", "日", "时", "点", "号"), match.end()):
                continue
            yield Finding(match.start(2), match.end(), {"right": match.group(2) + "."}, (Edit(*comma, "."),))


# Marks that GB/T 15834 (5.1.2) keeps off the start of a line: the pause, clause and sentence
# marks, and the second half of quotation marks, brackets and title marks.
_LINE_START = re.compile(r"^[ \t\u3000]*([，。、；：？！）》”’」』〉])", re.MULTILINE)


@check(variants={"": Variant()})
def line_start_mark(doc: Document, rule: Rule) -> Iterator[Finding]:
    text = doc.text
    resumes = None
    for match in _LINE_START.finditer(text):
        if resumes is None:
            resumes = {brk.resume for brk in doc.shared(paragraph_breaks)}
        if match.start(1) in resumes:
            continue   # the line goes on from the one above: LAYOUT001 reports the break, with its fix
        yield Finding(match.start(1), match.end(1), {})
