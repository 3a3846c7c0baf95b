"""LAYOUT900: a suppression comment that does nothing.

Suppressions (`<!-- jiaodui-disable-next-line NUM001 -->` …) work in Markdown and HTML, where the
format layer reads them from the markup and checker/suppressions.py applies them to the findings;
which of them then silenced nothing is known only after every other rule has run. That filter
stage gives this check its result as `doc.settings["suppressions"]`: (start, end, reason)
for each comment that did nothing, on the source document. A document checked without that
setting has no markup (plain text, a Word document's text): there a suppression comment is only
text, and every one found is reported as such. One message, the reason a term of the entry.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..contract import Placeholder, Variant, check
from ..diagnostic import Finding
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

REASON = Placeholder("reason", "注释为什么不起作用", "why the comment does nothing",
                     terms=("unused", "malformed", "plain"))

# The shape of a suppression comment written as text (checker/formats/markdown.py reads the real ones).
_COMMENT = re.compile(r"<!--\s*jiaodui-[^>]*?-->", re.DOTALL)


@check(variants={"": Variant(provides=(REASON,))})
def unused_suppression(doc: Any, rule: Any) -> Iterator[Finding]:
    found = doc.settings.get("suppressions")
    if found is None:
        for match in _COMMENT.finditer(doc.text):
            yield Finding(match.start(), match.end(), {"reason": "plain"})
        return
    for start, end, reason in found:
        yield Finding(start, end, {"reason": reason})
