"""Invisible and stray characters: control characters, zero-width characters inside words,
private-use characters, a BOM in mid-file, leftover HTML entities and runs of spaces.

Each check is one compiled regex over the text; characters that belong to a mojibake span
(`analysis/mojibake.py`) are left to the mojibake rules, which report the whole span.

Cost: clean copy has none of these characters, so the control, zero-width and private-use rules
declare them in their entries (`requires = ["control"]`, …): the document's index
(`analysis/index.py`) finds which rare characters occur in one scan shared by these rules, and a
rule scans for its own positions only when its characters occur; the BOM rule starts with a
substring test.
ENC015's pattern starts with a character class (`XX+`, not `X{2,}`) so that `re` can skip ahead
to a candidate instead of trying a match at every position (about 2x faster on clean text).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..analysis.index import index
from ..analysis.mojibake import mojibake_spans
from ..analysis.quotes import quote_spans
from ..analysis.structure import structure
from ..contract import Placeholder, Variant, check
from ..diagnostic import Applicability, Edit, Finding
from ..resources import read_word_sections
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

CODEPOINTS = Placeholder("codepoints", "字符的码位（如 U+200B）", "the characters' code points (e.g. U+200B)")


def _inside_mojibake(doc, start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in doc.shared(mojibake_spans))


def _codepoints(text: str) -> str:
    return " ".join(f"U+{ord(ch):04X}" for ch in text)


# Where the control, zero-width and private-use characters are is the document's index's
# (analysis/index.py: runs of each kind, found by the scan the entries' `requires` share): one
# definition of each class, and no second scan of the text.


@check(variants={"": Variant(provides=(CODEPOINTS,), fix=True)})
def control_characters(doc: Any, rule: Any) -> Iterator[Finding]:
    text = doc.text
    for start, end in doc.shared(index).spans("control"):
        run = text[start:end]
        if any("\x80" <= ch <= "\x9f" for ch in run) and _inside_mojibake(doc, start, end):
            continue
        # A C0 control (a DOS end-of-file mark, a stray escape) carries nothing: safe to delete.
        # A C1 control usually stands for a character lost in a conversion: deleting it is right
        # for the text's look, but the character has to be restored by hand, so the fix is unsafe.
        c1 = any(ch >= "\x7f" for ch in run)
        yield Finding(start, end, {"codepoints": _codepoints(run)},
                      (Edit(start, end, ""),), Applicability.UNSAFE if c1 else Applicability.SAFE)

# Emoji and what extends one: VS16 (U+FE0F) and the skin-tone modifiers (in U+1F3FB-1F3FF).
_PICTOGRAPH = re.compile(r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f]")


PLACES = Placeholder("places", "全文中出现的处数", "how many places in the document hold it")
LINES = Placeholder("lines", "出现这些字符的行号（最多列出八行）", "the lines that hold them (eight at most)")
_GROUPED = {"": Variant(provides=(CODEPOINTS,)), "repeated": Variant(provides=(CODEPOINTS, PLACES, LINES))}


_NAMED_LINES = 8


def _line_list(doc: Any, starts: list[int]) -> str:
    """`4、13、27` (eight lines at most, then `…`): where an editor finds each place."""
    lines = sorted({doc.position(start)[0] for start in starts})
    shown = "、".join(str(line) for line in lines[:_NAMED_LINES])
    return shown + ("…" if len(lines) > _NAMED_LINES else "")


def _grouped(doc: Any, spans: list[tuple[int, int]], codepoints: str,
             edits: tuple[Edit, ...] | None = None) -> Finding:
    """One finding for damage that one cause left in several places of a document: it stands at
    the first place, names how many places there are and their lines, and (for a fix) carries one
    edit for each place. An editor reads one damaged copy, not one warning per character."""
    start, end = spans[0]
    if len(spans) == 1:
        return Finding(start, end, {"codepoints": codepoints}, edits)
    return Finding(start, end, {"codepoints": codepoints, "places": len(spans),
                                "lines": _line_list(doc, [s for s, _ in spans])},
                   edits, variant="repeated")


_ZW_VARIANTS = {"": Variant(provides=(CODEPOINTS,), fix=True),
                "repeated": Variant(provides=(CODEPOINTS, PLACES, LINES), fix=True)}


def _zero_width_places(doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The zero-width characters of the document that are damage, as (inside words, at an edge).

    Inside words: between two letters, digits or Han characters (`更\u200b展现`, `超\u200c518`),
    where the character splits a word for search, find-and-replace and segmentation. At an edge:
    at the start or end of a line, alone on a line, or next to a punctuation mark, a space or a
    symbol (`\u200b因为…`, `公里\u200c，`), where no word is split and the character is only an
    invisible leftover of the page the copy came from."""
    text = doc.text
    inside: list[tuple[int, int]] = []
    edge: list[tuple[int, int]] = []
    for start, end in doc.shared(index).spans("zero-width"):
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        # A joiner after an emoji is an element of an emoji ZWJ sequence (Unicode UTS #51 ED-16;
        # UAX #29 GB9/GB11 keep it in the emoji's grapheme cluster): between two emoji it builds
        # one (👨‍👩‍👧), and when what followed it was dropped (💁‍ without its ♀) the emoji still
        # shows as itself. It is part of a symbol, not damage inside the words.
        if text[start:end] == "\u200d" and before and _PICTOGRAPH.match(before):
            continue
        # ZWNJ/ZWJ shape Persian, Arabic and Indic words; leave them there.
        if any("\u0600" <= ch <= "\u0dff" for ch in before + after):
            continue
        (inside if before.isalnum() and after.isalnum() else edge).append((start, end))
    return inside, edge


def _zero_width_finding(doc: Any, spans: list[tuple[int, int]]) -> Finding:
    """One finding per document: zero-width characters come from one source (a web page or a chat
    app the copy passed through), and deleting them all is one decision."""
    found = sorted({ch for start, end in spans for ch in doc.text[start:end]})
    return _grouped(doc, spans, _codepoints("".join(found)), tuple(Edit(start, end, "") for start, end in spans))


def _zero_width_of_kind(doc: Any, inside_words: bool) -> Iterator[Finding]:
    spans = doc.shared(_zero_width_places)[0 if inside_words else 1]
    if spans:
        yield _zero_width_finding(doc, spans)


@check(variants=_ZW_VARIANTS)
def zero_width_characters(doc: Any, rule: Any) -> Iterator[Finding]:
    """Zero-width characters that split words (ENC011)."""
    yield from _zero_width_of_kind(doc, inside_words=True)


@check(variants=_ZW_VARIANTS)
def zero_width_at_edges(doc: Any, rule: Any) -> Iterator[Finding]:
    """Zero-width characters at the edge of a line or beside a mark, splitting no word (ENC016)."""
    yield from _zero_width_of_kind(doc, inside_words=False)


# Word writes a character of a symbol font (Symbol, Wingdings) as U+F020-U+F0FF: the font's byte
# plus U+F000 (Microsoft's "symbol" cmap encoding). Copy pasted out of Word keeps the code point
# and loses the font, so a list bullet (Wingdings ■ is U+F06E, Symbol • is U+F0B7) turns into a
# box. One at the head of a line is such a bullet; in a name it is a custom character as any other.
_SYMBOL_FONT = ("\uf020", "\uf0ff")
_PRIVATE_VARIANTS = {**_GROUPED, "bullet": Variant(provides=(CODEPOINTS, PLACES, LINES))}


def _opens_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


@check(variants=_PRIVATE_VARIANTS)
def private_use_characters(doc: Any, rule: Any) -> Iterator[Finding]:
    """One finding per private-use character (or run of them) in a document: a custom-font code
    point stands for the same character wherever it recurs (a name repeated through the story),
    so it is one question for the editor, however many places hold it."""
    places: dict[str, list[tuple[int, int]]] = {}
    for start, end in doc.shared(index).spans("private-use"):
        if _inside_mojibake(doc, start, end):
            continue
        places.setdefault(doc.text[start:end], []).append((start, end))
    for run, spans in places.items():
        if len(run) == 1 and _SYMBOL_FONT[0] <= run <= _SYMBOL_FONT[1] \
                and any(_opens_line(doc.text, start) for start, _ in spans):
            start, end = spans[0]
            yield Finding(start, end, {"codepoints": _codepoints(run), "places": len(spans),
                                       "lines": _line_list(doc, [s for s, _ in spans])}, variant="bullet")
            continue
        yield _grouped(doc, spans, _codepoints(run))


# An entity that a browser would have turned into a character: a known HTML name with its
# semicolon (and `&nbsp` without one, which pages often have), or a numeric reference; `&amp;`
# chains (`&amp;quot;`) are entities escaped twice. URLs keep their `&name=value` pairs.
@functools.cache
def _entity_pattern() -> re.Pattern:
    import html.entities
    # longest first (a name that begins another must come after it); then by name, so that the
    # pattern is the same in every run and its compiled program is kept (regex_cache)
    names = sorted({name.rstrip(";") for name in html.entities.html5 if name.endswith(";")},
                   key=lambda name: (-len(name), name))
    one = r"&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|%s);" % "|".join(names)
    # consecutive entities are one finding (`&nbsp;&nbsp;`)
    return re.compile(r"(?:%s|&(?:amp;)*nbsp(?![;a-zA-Z0-9]))+" % one)


_URL = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef“”‘’]*")


def _unescape(text: str) -> str:
    import html
    previous = None
    while previous != text:
        previous, text = text, html.unescape(text)
    return text


REPLACEMENT = Placeholder("replacement", "实体所代表的字符", "the character the entity stands for")
SHOWN = Placeholder("shown", "实体所代表的字符（不可见字符以转义形式显示，如 \\t）",
                    "the character the entity stands for, invisible ones escaped (e.g. \\t)")


@check(variants={"": Variant(provides=(REPLACEMENT, SHOWN), fix=True)})
def html_entities(doc: Any, rule: Any) -> Iterator[Finding]:
    text = doc.text
    urls = [m.span() for m in _URL.finditer(text)]
    for match in _entity_pattern().finditer(text):
        start, end = match.span()
        if any(a <= start < b for a, b in urls):
            continue
        replacement = _unescape(match.group())
        # a no-break space from `&nbsp;` is a plain space in copy
        replacement = replacement.replace("\u00a0", " ")
        if replacement == match.group() or not replacement:
            continue
        if replacement[0] < " " and replacement not in ("\t", "\n"):
            continue
        yield Finding(start, end, {"replacement": replacement, "shown": repr(replacement)[1:-1]},
                      (Edit(start, end, replacement),))


# Two or more spaces of any width inside a line (indentation at the start of a line and
# spaces at its end are layout, not this rule's business).
_SPACE_RUN = re.compile(r"[ \u3000\u00a0][ \u3000\u00a0]+")


_SPACES = ("space", "ideographic-space", "no-break-space")
LENGTH = Placeholder("length", "连续空格的个数", "how many spaces are in the run")
KINDS = Placeholder("kinds", "这串空格中有哪几种空格", "the kinds of space in the run", terms=_SPACES)
KEPT = Placeholder("kept", "修复时保留的那一个空格", "the one space the fix keeps", terms=_SPACES[:2])


# Lines whose space runs are layout, not slips (analysis/structure.py): titles set a headline and
# its subtitle apart with a wide gap, and metadata lines separate their fields with one.
_LAID_OUT = frozenset(("headline", "subtitle", "heading", "byline", "dateline", "meta", "field", "furniture"))


# A quoted title or slogan sets its parts apart with a gap as a headline does its subtitle
# (「因應颱風來襲  防汛整備說明會」, “共建绿色家园  共享美好生活”): a short quotation without a
# clause or sentence mark is a name, not running text, and the gap inside it is its layout.
_TITLE_QUOTES = "“「『《〈"
_QUOTED_TITLE_MAX = 30
_RUNNING_TEXT_MARKS = frozenset("，。；！？,;!?")


def _in_quoted_title(doc: Any, start: int, end: int) -> bool:
    span = doc.shared(quote_spans).enclosing(start, end)
    if span is None or span[0] == 0 or doc.text[span[0] - 1] not in _TITLE_QUOTES:
        return False
    inner = doc.text[span[0]:span[1]]
    return len(inner) <= _QUOTED_TITLE_MAX and not any(ch in _RUNNING_TEXT_MARKS for ch in inner)


# A row of fields inside the body (`承辦人：王小明 電話：1234   聯絡人：李大同 電話：5678`): a gap
# after a `label：value` and before the next label separates two fields, as on a metadata line.
_NEXT_FIELD = re.compile(r"[^，。；！？：:\n]{1,16}[：:]")


def _between_fields(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    sentence_start = max(line_start, *(text.rfind(mark, line_start, start) + 1 for mark in "。！？"))
    return ("：" in text[sentence_start:start] or ":" in text[sentence_start:start]) \
        and _NEXT_FIELD.match(text, end) is not None


@functools.cache
def _honorific_blanks() -> tuple[str, ...]:
    """The persons a 挪抬 blank stands before (rules/data/layout_words.txt [honorific-blanks])."""
    return tuple(read_word_sections("layout_words.txt")["honorific-blanks"])


@check(variants={"": Variant(provides=(LENGTH, KINDS, KEPT), fix=True)})
def space_runs(doc: Any, rule: Any) -> Iterator[Finding]:
    text = doc.text
    layout = None
    for match in _SPACE_RUN.finditer(text):
        start, end = match.span()
        if start == 0 or end == len(text) or text[start - 1].isspace() or text[end].isspace():
            continue
        layout = layout or doc.shared(structure)
        if layout.block_at(start).role in _LAID_OUT:
            continue        # the gap between a headline and its subtitle, or between fields
        if _in_quoted_title(doc, start, end) or _between_fields(text, start, end):
            continue        # … and the same gaps in a quoted title or a row of fields in the body
        if text.startswith(_honorific_blanks(), end):
            continue        # 挪抬: the courtesy blank before a revered person (如同  聖座所言)
        run = match.group()
        kept = run[0] if run[0] != "\u00a0" else " "
        yield Finding(match.start(), match.end(),
                      {"length": len(run), "kinds": _space_kinds(run),
                       "kept": "ideographic-space" if kept == "\u3000" else "space"},
                      (Edit(match.start(), match.end(), kept),))


def _space_kinds(run: str) -> tuple[str, ...]:
    """The kinds of space in the run, as term keys (the entry words them)."""
    return tuple(kind for kind, char in zip(_SPACES, " \u3000\u00a0") if char in run)
