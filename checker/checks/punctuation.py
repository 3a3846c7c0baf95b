"""Punctuation checks (GB/T 15834-2011)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..contract import Placeholder, Variant, check
from ..diagnostic import Edit, Finding

# A pause or clause mark typed before another mark: the first is a leftover, the second is the
# one the writer meant. `?!` and `！？` are left alone: GB/T 15834 allows them for emphasis.
_PAUSE = ",，、;；:："
_FOLLOWER = ",，、;；:：。！？!?"
_STACKED = re.compile(r"[%s](?:[%s])+" % (re.escape(_PAUSE), re.escape(_FOLLOWER)))
_DOUBLE_STOP = re.compile(r"(?<!。)。。(?!。)")
# Three or more 。 or ASCII dots next to Chinese text: an ellipsis typed with the wrong key.
_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f“”‘’]")
_DOT_RUN = re.compile(r"。{3,}|\.{3,}")


KEPT = Placeholder("kept", "应保留的那个标点（叠用标点中的最后一个）", "the mark to keep (the last of the run)")


@check(variants={"": Variant(provides=(KEPT,), fix=True)})
def stacked_punctuation(doc: Any, rule: Any) -> Iterator[Finding]:
    text = doc.text
    for match in _STACKED.finditer(text):
        kept = match.group()[-1]
        if match.group().isascii() and not _next_to_chinese(text, match.start(), match.end()):
            continue  # `std::vector`, `fe80::1`, `a,,b` in code or Latin text are not Chinese copy
        yield Finding(match.start(), match.end(), {"kept": kept},
                      (Edit(match.start(), match.end(), kept),))
    if "。。" not in text:   # a substring test is far cheaper than the lookaround scan
        return
    for match in _DOUBLE_STOP.finditer(text):
        yield Finding(match.start(), match.end(), {"kept": "。"},
                      (Edit(match.start(), match.end(), "。"),))


def _next_to_chinese(text: str, start: int, end: int) -> bool:
    return bool(start and _CJK.match(text, start - 1)) or bool(_CJK.match(text, end))


@check(variants={"": Variant(fix=True)})
def fake_ellipsis(doc: Any, rule: Any) -> Iterator[Finding]:
    text = doc.text
    if "..." not in text and "。。。" not in text:  # most copy has neither: skip the scan
        return
    for match in _DOT_RUN.finditer(text):
        start, end = match.span()
        if text[start] == "." and not (_CJK.match(text, start - 1) if start else False) \
                and not _CJK.match(text, end):
            continue  # ASCII dots inside Latin text (`wait...`) are English punctuation
        yield Finding(start, end, {}, (Edit(start, end, "……"),))
