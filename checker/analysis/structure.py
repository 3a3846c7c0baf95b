"""The document's structure: which line is the headline, the byline, the dateline, a heading, a
list entry, a field of a table, quoted speech or page furniture, and where each article starts in
a file that bundles several.

Every rule that needs to know what a line *is* asks this one analysis (`doc.shared(structure)`):
a repeated `备注：已通过验收。` under every entry of a project list is a field, not a pasted
sentence; the gap between a headline and its subtitle is layout, not a stray space run; the
article's own year is stated in its header, not in a quoted anniversary.

The roles are read from the shape of each line and its neighbours, never from the corpus it was
tuned on: a line is a heading because it is short, has no sentence punctuation and introduces
prose, not because its words are on a list. Plain-text news copy is one paragraph per line, so
a block is one line.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..resources import read_word_sections

ROLES = ("headline", "subtitle", "byline", "dateline", "meta", "heading", "list-item", "field",
         "body", "blank", "furniture", "quote")
# Roles of the article's header: the year stated there is the article's own (DATE), and a long
# space run there is layout (ENC015).
HEADER_ROLES = frozenset(("headline", "subtitle", "byline", "dateline", "meta"))
# Roles whose text is running prose that a copy-paste slip can repeat (DUP005/DUP006).
PROSE_ROLES = frozenset(("body", "quote"))


@dataclass(frozen=True)
class Block:
    """One line of the document (a paragraph in plain-text news copy)."""
    start: int                  # character offsets of the line without its line break
    end: int
    line: int                   # 1-based line number
    role: str                   # one of ROLES
    article: int                # 0-based index of the article the block belongs to
    content_start: int = -1     # where the text proper begins after a dateline prefix
                                # (本报讯 …, 央视网消息（新闻联播）：); == start when there is none
    section: int = 0            # increases at every article and every full text quoted in one
                                # (全文如下：): sentences in two sections may repeat on purpose
    annex: bool = False         # inside a full text the article quotes (a speech, a letter)

    @property
    def has_prefix(self) -> bool:
        return self.content_start > self.start


@dataclass(frozen=True)
class Article:
    """One article of a document: its span, its headline and its lede."""
    start: int
    end: int
    headline: Block | None
    lede: Block | None          # the first prose block of the article (after any dateline)


@dataclass(frozen=True)
class Structure:
    """The blocks (lines) of a document and the articles they make."""
    blocks: tuple[Block, ...]
    articles: tuple[Article, ...]

    def block_at(self, offset: int) -> Block:
        """The block whose line holds offset (a line break belongs to the line it ends)."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return self.blocks[max(index, 0)]

    def article_at(self, offset: int) -> Article:
        return self.articles[self.block_at(offset).article]

    @property
    def _starts(self) -> list[int]:
        starts = self.__dict__.get("_starts_cache")
        if starts is None:
            starts = [block.start for block in self.blocks]
            object.__setattr__(self, "_starts_cache", starts)
        return starts

    def in_header(self, offset: int) -> bool:
        """Is offset in the article's header: a header block, or the dateline prefix of the lede?"""
        block = self.block_at(offset)
        return block.role in HEADER_ROLES or offset < block.content_start

    def is_lede(self, block: Block) -> bool:
        lede = self.articles[block.article].lede
        return lede is not None and lede.start == block.start


_WORDS = read_word_sections("structure_words.txt")


def _alternatives(section: str) -> str:
    return "|".join(re.escape(word) for word in sorted(_WORDS[section], key=len, reverse=True))


def _fill(pattern: str, *sections: str, flags: int = 0) -> re.Pattern:
    """pattern with each @ replaced by the alternatives of the next section, compiled."""
    for section in sections:
        pattern = pattern.replace("@", _alternatives(section), 1)
    return re.compile(pattern, flags)


_SENTENCE_END = "。！？!?…"
_CLOSERS = "”’」』）)》\"'"
_SPACES = " \t\u3000\xa0"
# 央视网消息（新闻联播）：, 新华社北京3月5日电（记者 王明）, 本报讯（记者 李华）, 本報訊 — the body starts
# after it. Short (a news agency, a place, a date), no clause punctuation inside.
_DATELINE = re.compile(
    r"[ \t\u3000]*(?:"
    r"(?:本报|本報)[^，。！？,\s]{0,8}?(?:讯|訊|电|電)"
    r"|[^，。！？,；;：:\r\n]{0,30}?(?:消息|报道|報導|報道|电讯|電訊)(?=\s*(?:[（(][^）)\r\n]{0,12}[）)])?\s*[：:])"
    r"|[^，。！？,；;：:\r\n]{0,20}?[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日(?:电|電)"
    r"|[^，。！？,；;：:\r\n\s]{1,12}?(?:社|台|网|網|报|報)[^，。！？,；;：:\r\n\s]{0,10}?(?:电|電|讯|訊)(?=[\s（(：:])"
    r")(?:\s*[（(][^）)\r\n]{0,30}[）)])?[ \t\u3000]*[：:]?[ \t\u3000]*")
# (新聞及國際關係處發布), （记者 王明 摄）, 本报记者 李华, 文/王明: who wrote or issued the piece.
_BYLINE = _fill(
    r"\s*(?:[（(][^）)]{1,30}(?:@)[^）)]{0,12}[）)]|(?:@)[\s：:/／·]?[^。！？，,]{0,30})\s*$",
    "byline-in-brackets", "byline-openings")
# 發稿單位：…, 来源：…, 责任编辑：… — a field about the piece, not of its content.
_META = _fill(r"\s*(?:@)\s*[：:]", "meta-keys", flags=re.IGNORECASE)
# A line that is only a date (and weekday or time): the release header of a web page.
_DATE_LINE = re.compile(
    r"\s*(?:中華民國|中华民国|民國|民国|公元|西元)?"
    r"(?:[0-9０-９]{2,4}\s*[年./\-]\s*[0-9０-９]{1,2}\s*[月./\-]\s*[0-9０-９]{1,2}\s*日?"
    r"|[〇○零一二三四五六七八九十百]{2,6}年[元正一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)"
    r"[\s0-9０-９:：]*(?:星期.|週.|周.|（.）|\(.\))?[\s0-9０-９:：]*$")
_URL_LINE = re.compile(r"\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
# 【关闭窗口】【打印本页】, 返回顶部, （完）: controls and marks of the page around the copy.
_FURNITURE = _fill(
    r"\s*(?:(?:[【\[]\s*[^】\]\r\n]{1,12}\s*[】\]]\s*)+|(?:@)\s*|[（(](?:完|完\s*稿|終|终)[）)]\s*)$",
    "furniture")
# 一、总体要求 / （二）加强领导 / 第三章 / 1. / ① / ● : the marker of a heading or list entry.
_LIST_MARKER = re.compile(
    r"\s*(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}(?:[、)）]|[.．](?![0-9０-９]))"
    r"|[一二三四五六七八九十]{1,3}[、是]|第[一二三四五六七八九十百0-9]{1,3}[章节節部条條篇]|[①-⑳⑴-⒇㈠-㈩]"
    r"|[☆★●○◆◇■□▲△※•·◎▶►➤✓✔\-–—](?![—\-]))")
# 说明：…, 项目名称：…, 備註：… — a labelled field: a short label with no punctuation, then ：.
_FIELD = re.compile(r"\s*([^\s，。！？、,;；：:“”「」『』（）()《》]{1,8})\s*[：:]\s*\S")
# A field label at the start of a line or after a gap or bullet: a line of several is a table row.
_GAPPED_FIELD = re.compile(r"(?:^|[ \t\u3000\xa0]{2,}|[●•·◆■▪][ \t\u3000\xa0]*)"
                           r"([^\s，。！？、,;；：:“”「」『』（）()《》●•·◆■▪]{1,8})[ \t\u3000]*[：:]")
_FIELD_LABELS = frozenset(_WORDS["field-labels"])
_SPEECH_LABEL = _fill(r"(?:@)$", "speech-verbs")
# The paragraph before a full text (全文如下：, 總統致詞全文為：) or a paragraph that opens one.
_ANNEX_INTRO = _fill(r"(?:@)[^。！？]{0,12}[：:]\s*$", "annex-words")
_ANNEX_OPENING = _fill(r"[^。！？]{0,20}?(?:@)[^。！？]{0,6}?[：:]", "annex-openings")
# A bundle of short items under one title (国内联播快讯, 新闻简讯): each heading is an article.
_BUNDLE_TITLE = re.compile(_alternatives("bundle-titles"))
_HEADING_MAX = 40
_SUBTITLE_MAX = 80


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_SPACES + _CLOSERS)[-1:] in _SENTENCE_END


def _heading_shape(stripped: str) -> bool:
    """Short, with no full stop in it, and ending with no clause mark: a title, not prose (nor a
    paragraph cut short by a stray line break)."""
    return (0 < len(stripped) <= _HEADING_MAX and not _ends_sentence(stripped)
            and stripped[-1:] not in "，,；;：:、" and "。" not in stripped)


def _quoted_paragraph(text: str) -> bool:
    """A paragraph that is one quotation (“…。” or 「…」): speech given as such."""
    stripped = text.strip(_SPACES)
    return (len(stripped) > 2 and stripped[0] in "“「『"
            and stripped.rstrip("。！？!?…")[-1:] in "”」』"
            and not re.search("[”」』]", stripped[1:-1].rstrip("。！？!?…”」』")))


def _line_role(text: str) -> str:
    """The role a line has from its own shape (position-dependent roles are decided later)."""
    stripped = text.strip(_SPACES)
    if not stripped:
        return "blank"
    if _FURNITURE.match(stripped):
        return "furniture"
    if _META.match(stripped) or _DATE_LINE.match(stripped) or _URL_LINE.match(stripped):
        return "meta"
    # Each label ends with a colon: a line with fewer than two is not scanned (most lines).
    labels = [m.group(1) for m in _GAPPED_FIELD.finditer(stripped)] \
        if stripped.count("：") + stripped.count(":") >= 2 else []
    if len(labels) >= 2 and not any(_SPEECH_LABEL.search(label) for label in labels):
        return "field"             # 联络人：王明   电话：…   : several fields set apart by gaps
    marker = _LIST_MARKER.match(stripped)
    if marker and marker.end() < len(stripped):
        if not _ends_sentence(stripped) and len(stripped) <= _HEADING_MAX and stripped[-1:] not in "，,；;：:":
            return "heading"
        return "list-item"
    field = _FIELD.match(stripped)
    if field and not _SPEECH_LABEL.search(field.group(1)) and not _DATELINE.match(stripped):
        return "field"             # confirmed or undone in _confirm_fields
    if _quoted_paragraph(stripped):
        return "quote"
    return "body"


def dateline_prefix(text: str, start: int, end: int) -> int:
    """Where a dateline prefix (本报讯, 新华社北京3月5日电, 央视网消息：) that opens text[start:end]
    ends; start when there is none. For checks that meet one outside the lede."""
    return _dateline_end(text, start, end)


def _dateline_end(text: str, start: int, end: int) -> int:
    """Where a dateline prefix of the line text[start:end] ends, or start when it has none."""
    match = _DATELINE.match(text, start, end)
    if match is None or match.end() == start:
        return start
    return match.end()


def structure(doc) -> Structure:
    """The blocks and articles of the document. Use `doc.shared(structure)`."""
    text = doc.text
    spans: list[tuple[int, int, int]] = []        # start, end, line
    position, line = 0, 1
    for match in re.finditer(r"\r\n|\r|\n", text):
        spans.append((position, match.start(), line))
        position, line = match.end(), line + 1
    spans.append((position, len(text), line))

    roles = [_line_role(text[s:e]) for s, e, _ in spans]
    # Roles the markup states (a Markdown heading, list item or table cell; checker/formats):
    # {line index: role}, taken as they are.
    for index, role in (doc.settings.get("blocks") or {}).items():
        if index < len(roles) and roles[index] != "blank" and role != "body":
            roles[index] = role
    content = [s for s, _, _ in spans]
    filled = [i for i, role in enumerate(roles) if role != "blank"]

    # The headline: the first line, when more follow and it is not a sentence of prose.
    headline_index = None
    if len(filled) > 1:
        first = filled[0]
        s, e, _ = spans[first]
        first_line = text[s:e].strip(_SPACES)
        following = text[spans[filled[1]][0]:spans[filled[1]][1]].strip(_SPACES)
        # A first line that is a full sentence is prose, unless the next line restates it (the
        # lede opening with its own title).
        if roles[first] != "meta" and (not first_line.rstrip(_CLOSERS).endswith("。")
                                       or following.startswith(first_line)):
            headline_index = first
            roles[first] = "headline"

    bundle = headline_index is not None and bool(
        _BUNDLE_TITLE.search(text[spans[headline_index][0]:spans[headline_index][1]]))

    # The header lines after it: subtitle, byline, dateline, meta; a dateline also opens the
    # lede of an article further down (after its headline or heading).
    prose_seen = 0
    previous_role, previous_heading = "headline", False
    for position_in_filled, index in enumerate(filled):
        if index == headline_index:
            continue
        s, e, _ = spans[index]
        stripped = text[s:e].strip(_SPACES)
        role = roles[index]
        if role in ("body", "heading", "field") and len(stripped) <= 40 and not _ends_sentence(stripped) \
                and _BYLINE.match(stripped):
            roles[index] = "byline"
        elif role != "meta" and (dateline_end := _dateline_end(text, s, e)) > s and (
                not text[dateline_end:e].strip(_SPACES) or prose_seen < 3
                or previous_role in ("headline", "heading", "dateline", "byline", "subtitle")
                or previous_heading):
            if not text[dateline_end:e].strip(_SPACES):
                roles[index] = "dateline"
            else:
                content[index] = dateline_end
                roles[index] = "body" if role in ("field", "heading") else role
        elif (position_in_filled == 1 and headline_index is not None and role == "body" and not bundle
                and len(stripped) <= _SUBTITLE_MAX and not _ends_sentence(stripped)
                and stripped[-1:] not in "，,；;：:" and index != filled[-1]):
            roles[index] = "subtitle"
        previous_heading = _heading_shape(stripped)
        if roles[index] in ("body", "list-item", "quote") and not previous_heading:
            prose_seen += 1
        previous_role = roles[index]

    _confirm_fields(text, spans, roles, filled)

    # Headings: short unpunctuated lines that introduce prose.
    for position_in_filled, index in enumerate(filled):
        if roles[index] != "body":
            continue
        s, e, _ = spans[index]
        stripped = text[s:e].strip(_SPACES)
        following = filled[position_in_filled + 1] if position_in_filled + 1 < len(filled) else None
        if following is not None and _heading_shape(stripped) and roles[following] in ("body", "list-item", "quote"):
            roles[index] = "heading"

    # Articles: a bundle starts one at every heading after its dateline; any file starts one at a
    # heading whose next line opens with its own dateline.
    article_of = [0] * len(spans)
    article = 0
    starts_article: list[int] = []
    dateline_seen = False           # a dateline (or a lede opening with one) above this line
    for position_in_filled, index in enumerate(filled):
        previous = filled[position_in_filled - 1] if position_in_filled else None
        if (roles[index] == "meta" and previous is not None and roles[previous] in ("body", "quote")
                and _DATE_LINE.match(text[spans[index][0]:spans[index][1]])):
            article += 1                # a release date after prose: the next item of a bundle
            starts_article.append(index)
        elif roles[index] == "heading" and not _LIST_MARKER.match(text[spans[index][0]:spans[index][1]]):
            following = filled[position_in_filled + 1] if position_in_filled + 1 < len(filled) else None
            next_has_dateline = following is not None and (
                roles[following] == "dateline" or content[following] > spans[following][0])
            if (bundle and dateline_seen) or next_has_dateline:
                article += 1
                starts_article.append(index)
                roles[index] = "headline"
        article_of[index] = article
        dateline_seen = dateline_seen or roles[index] == "dateline" or content[index] > spans[index][0]
    # blank lines belong to the article of the line before them
    current = 0
    for index in range(len(spans)):
        if roles[index] == "blank":
            article_of[index] = current
        else:
            current = article_of[index]

    # Full texts quoted by the article: from an annex intro or opening to the article's end.
    annex = [False] * len(spans)
    section_of = [0] * len(spans)
    section, in_annex, last_article = 0, False, 0
    for index in range(len(spans)):
        if article_of[index] != last_article:
            last_article, in_annex = article_of[index], False
            section += 1
        s, e, _ = spans[index]
        if roles[index] in ("body", "quote", "list-item"):
            # every full text starts a section of its own, even right after another one
            stripped = text[s:e].strip(_SPACES)
            # the colon first: the opening's pattern ends with one, and most lines have none
            if ("：" in stripped[:40] or ":" in stripped[:40]) and _ANNEX_OPENING.match(stripped[:40]):
                in_annex = True
                section += 1
            elif stripped[-1:] in "：:" and _ANNEX_INTRO.search(stripped[-40:]):
                section += 1
                section_of[index] = section
                in_annex = True
                section += 1
                continue
        section_of[index] = section
        annex[index] = in_annex

    blocks = []
    for index, (s, e, line_number) in enumerate(spans):
        role = roles[index]
        if annex[index] and role == "body":
            role = "quote"
        blocks.append(Block(s, e, line_number, role, article_of[index], content[index],
                            section_of[index], annex[index]))

    members: list[list[Block]] = [[] for _ in range(article + 1)]
    for block in blocks:
        members[block.article].append(block)
    articles = []
    for group in members:
        headline = next((b for b in group if b.role == "headline"), None)
        lede = next((b for b in group if b.role in ("body", "quote") and not b.annex), None)
        articles.append(Article(group[0].start, group[-1].end, headline, lede))
    return Structure(tuple(blocks), tuple(articles))


def _confirm_fields(text: str, spans, roles: list[str], filled: list[int]) -> None:
    """A `label：value` line is a field of a table when its label is a known field label, recurs
    in the document, or a neighbouring line is a field too; otherwise it is a titled heading
    (李明：做群众的守护者) or prose that happens to start with a short label."""
    labels: dict[int, str] = {}
    for index in filled:
        if roles[index] == "field":
            s, e, _ = spans[index]
            match = _FIELD.match(text, s, e)
            labels[index] = match.group(1) if match else ""
    if not labels:
        return
    counts: dict[str, int] = {}
    for label in labels.values():
        counts[label] = counts.get(label, 0) + 1
    order = {index: position for position, index in enumerate(filled)}
    for index, label in labels.items():
        s, e, _ = spans[index]
        if len(_GAPPED_FIELD.findall(text, s, e)) >= 2:
            continue                # a row of several fields is a field whatever its neighbours
        position = order[index]
        neighbours = [filled[p] for p in (position - 1, position + 1) if 0 <= p < len(filled)]
        s, e, _ = spans[index]
        value = text[s:e].split("：", 1)[-1] if "：" in text[s:e] else text[s:e].split(":", 1)[-1]
        several_sentences = len(re.findall("[。！？!?]", value.rstrip("。！？!?" + _SPACES + _CLOSERS))) > 0
        if several_sentences:
            roles[index] = "quote" if counts[label] > 1 else "body"   # a speaker's turn, or prose
        elif label in _FIELD_LABELS or counts[label] > 1 or any(labels.get(n) for n in neighbours):
            continue
        else:
            roles[index] = "heading" if _heading_shape(text[s:e].strip(_SPACES)) else "body"
