"""Page furniture: the lines of a web page that a paste brings along with the copy.

A navigation trail (`首页 > 新闻 > 本地`), the share bar (`分享到：`), a copyright or reprint
notice, the web editor's sign-off (`责任编辑：…`) and the page controls the structure analysis
already calls furniture (`【关闭窗口】`, `返回顶部`). From the first copyright notice on, the rest
of the file is the page's foot (contact lines, licence numbers, site maps): no line there is a
paragraph of the copy. Use `doc.shared(furniture)`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..resources import read_word_sections
from .structure import structure

_WORDS = read_word_sections("layout_words.txt")
_SPACES = " \t\u3000\xa0"
# 首页 > 新闻 > 本地: a navigation trail, three or more steps joined by `>` or `»`.
_CRUMBS = re.compile(r"[^>»＞›\r\n]{1,12}(?:[ \t\u3000]*[>»＞›][ \t\u3000]*[^>»＞›\r\n]{1,12}){2,}[ \t\u3000>»＞›]*$")
_FOOTER = re.compile("|".join(re.escape(w) for w in _WORDS["footer"]), re.IGNORECASE)
_SHARE = re.compile(r"(?:%s)[ \t\u3000]*[:：]?" % "|".join(re.escape(w) for w in _WORDS["share"]))
_EDITOR = re.compile(r"[【\[（(]?[ \t\u3000]*(?:%s)[ \t\u3000]*[:：]" % "|".join(re.escape(w) for w in _WORDS["editor-keys"]))
# A copyright notice is a line of the page, not a sentence of prose that mentions copyright.
_FOOTER_MAX = 160
# The page controls the structure analysis knows (structure_words.txt, [furniture]). A line in
# brackets that names none of them (`【賞花行程】`, `【活動資訊】`) labels a section of the copy.
_CONTROLS = re.compile("|".join(re.escape(w.strip("【】")) for w in read_word_sections("structure_words.txt")["furniture"]))
_LABEL = re.compile(r"(?:[【\[][^】\]\r\n]{1,12}[】\]][ \t\u3000]*)+$")


@dataclass(frozen=True)
class Furniture:
    """The page furniture of a document (navigation, footers): the lines that show it and where the foot starts."""
    reported: tuple[tuple[int, int], ...]   # (start, end) of each line that shows it is furniture
    foot: int                               # where the page's foot starts (len(text) if none)

    def covers(self, offset: int) -> bool:
        return offset >= self.foot or any(s <= offset < e for s, e in self.reported)


def furniture(doc) -> Furniture:
    text = doc.text
    found: list[tuple[int, int]] = []
    foot = len(text)
    for block in doc.shared(structure).blocks:
        if block.role == "blank":
            continue
        line = text[block.start:block.end]
        stripped = line.strip(_SPACES)
        if not stripped:
            continue
        is_footer = (len(stripped) <= _FOOTER_MAX and "。" not in stripped[:-1]
                     and _FOOTER.search(stripped) is not None)
        page_control = block.role == "furniture" and not (_LABEL.match(stripped) and not _CONTROLS.search(stripped))
        if page_control or is_footer or _CRUMBS.match(stripped) or _SHARE.match(stripped) \
                or _EDITOR.match(stripped):
            start = block.start + len(line) - len(line.lstrip(_SPACES))
            found.append((start, start + len(stripped)))
            if is_footer and foot == len(text):
                foot = block.start
    return Furniture(tuple(found), foot)
