"""Spans of quoted text: “…” ‘…’ 「…」 『…』 《…》 〈…〉 ASCII "…", and asides in (…) （…）.

Quoted words, slogans, titles and bracketed asides repeat on purpose (「去了了」,
《想見你想見你想見你》, a phone mnemonic "(我坐坐巴士巴士)"), so the duplication rules ask whether a
place lies inside one. Spans never cross a line break. Use `doc.shared(quote_spans)`.
"""
from __future__ import annotations

import bisect
import re

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
