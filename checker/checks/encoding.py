"""Encoding damage: undecodable bytes, replacement characters, inline pinyin from a converter."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..contract import Placeholder, Variant, check
from ..diagnostic import Applicability, Edit, Finding
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

# 锟斤拷 is U+FFFD U+FFFD encoded as UTF-8 and read as GBK; 烫 and 屯 are the GBK readings of the
# 0xCC and 0xCD fill bytes that debug heaps leave in uninitialised memory.
# Each alternative opens with a character itself (烫烫烫+, not 烫{3,}), so that the regex engine
# skips to those characters instead of trying every position (30 ms -> 5 ms over 4 MB).
_PIECE = r"(?:\ufffd|锟斤拷|锟斤|斤拷|烫烫烫+|屯屯屯+)"
# Adjacent pieces are one span, and so are pieces that only a `?` or a space separates (a GBK
# reader turns an odd byte after 锟斤拷 into `?`): one finding per damaged place.
_REPLACEMENT_RUN = re.compile(r"%s(?:[? ]?%s)*" % (_PIECE, _PIECE))


BYTES = Placeholder("bytes", "无法解码的字节（十六进制）", "the undecodable bytes, in hexadecimal")
ENCODING = Placeholder("encoding", "读取文件所用的编码", "the encoding the file was read in")
COUNT = Placeholder("count", "无法解码的字节数", "how many bytes could not be decoded")


@check(variants={"": Variant(provides=(BYTES, ENCODING, COUNT))})
def undecodable_bytes(doc: Any, rule: Any) -> Iterator[Finding]:
    for start, end in doc.undecodable:
        raw = bytes(ord(ch) - 0xDC00 for ch in doc.text[start:end])
        yield Finding(start, end, {"bytes": raw.hex(" ").upper(), "encoding": doc.encoding_label,
                                   "count": end - start})


LENGTH = Placeholder("length", "乱码的字符数", "how many characters the damage spans")


@check(variants={"": Variant(provides=(LENGTH,))})
def replacement_characters(doc: Any, rule: Any) -> Iterator[Finding]:
    text = doc.text
    # Every piece holds one of U+FFFD 锟拷烫屯 (the entry's `requires`: five substring tests cost
    # less than one regex scan, and clean copy has none of them; 斤 alone is common: 公斤).
    spans = None
    for match in _REPLACEMENT_RUN.finditer(text):
        piece = match.group()
        if piece in ("锟斤", "斤拷"):
            continue  # alone, these are characters of names and words, not the damage pattern
        if "\ufffd" in piece:
            # U+FFFD at the edge of a mis-decoded span is a byte that span lost: the mojibake
            # rule reports the whole span once, with what can still be read.
            if spans is None:
                from ..analysis.mojibake import mojibake_spans
                spans = doc.shared(mojibake_spans)
            if any(s.start <= match.start() and match.end() <= s.end for s in spans):
                continue
        yield Finding(match.start(), match.end(), {"length": len(piece)})


# A Han character, then one pinyin syllable in ASCII parentheses: what a web page's ruby
# annotations (<rt>) turn into when the page is copied as text. A syllable with a tone mark is
# required so that real brackets, `(GDP)` or `(a)`, never look like pinyin.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
# The pattern starts with the literal `(` (the Han character before it is checked by a lookbehind
# after it), so `re` jumps from one `(` to the next instead of trying every position.
_INLINE_PINYIN = re.compile(
    r"\((?<=(?P<annotated>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])\()"
    r"(?=[a-zü%s]*[%s])(?P<pinyin>[a-zü%s]{1,6})\)" % (_TONED, _TONED, _TONED))


PINYIN = Placeholder("pinyin", "括号里的拼音", "the pinyin inside the brackets")


@check(variants={"": Variant(provides=(PINYIN,), fix=True)})
def inline_pinyin(doc: Any, rule: Any) -> Iterator[Finding]:
    matches = list(_INLINE_PINYIN.finditer(doc.text))
    # Many annotations in one document are converter damage and are safe to delete; a single
    # one may be a deliberate gloss of a rare character (莘(shēn)县), so it only gets an unsafe fix.
    applicability = Applicability.SAFE if len(matches) >= 2 else Applicability.UNSAFE
    for match in matches:
        # The span covers the annotated character too: that is what the editor sees as damaged.
        yield Finding(match.start("annotated"), match.end(), {"pinyin": match.group("pinyin")},
                      (Edit(match.start(), match.end(), ""),), applicability)
