"""A costly pattern searched only in the lines where a cheap one (its hint) matches.

Some patterns cannot tell the regex engine where a match may start (an alternative that opens
with a wide negated class, `[^\\s：:…]{1,10}[：:]`), so the engine tries every position of the
text and a scan of 4 MB costs a fifth of a second while finding nothing. When no match of the
pattern crosses a line break, and every line holding a match also holds a match of a hint that
opens with a narrow class (the engine skips to its first characters), searching the hinted lines
alone yields the same matches as searching the whole text: the whole-text search restarts on
each line as if it began there, since nothing it found before reaches into it.

Each such pair of patterns has a test that they agree on random strings (tests/test_hinted.py);
bench/profile_rules.py shows the time of the rule that scans.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any


def hinted_finditer(doc: Any, pattern: re.Pattern[str], hint: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """pattern.finditer(doc.text), searched in the lines (doc.line_starts) where hint matches.

    The caller vouches that no match of pattern holds \\r or \\n, and that a line holding a match
    of pattern holds a match of hint (hint's matches must not hold \\r or \\n either, so that one
    line's hint never hides the next line's)."""
    text = doc.text
    starts = doc.line_starts
    done = -1
    for found in hint.finditer(text):
        line = bisect.bisect_right(starts, found.start()) - 1
        if line == done:
            continue
        done = line
        end = starts[line + 1] if line + 1 < len(starts) else len(text)
        yield from pattern.finditer(text, starts[line], end)
