"""Mis-decoded spans (mojibake): one finding per span, the probable original as the fix.

The detection is shared (`analysis/mojibake.py`, run once per document); each rule reports the
kinds it owns, so an editor can set the severity of each kind on its own.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..analysis.mojibake import (
    BIG5_AS_GBK,
    GBK_AS_BIG5,
    GBK_AS_LATIN1,
    LOST,
    UTF8_AS_GBK,
    UTF8_AS_LATIN1,
    Kind,
    mojibake_spans,
)
from ..contract import Placeholder, Variant, check
from ..diagnostic import Applicability, Edit, Finding
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

# Big5/GBK confusion goes both ways; the entry words each direction (terms.big5-as-gbk ...).
_KIND_TERMS: dict[Kind, str] = {BIG5_AS_GBK: "big5-as-gbk", GBK_AS_BIG5: "gbk-as-big5"}

ORIGINAL = Placeholder("original", "还原出的原文（丢失的字节以 □ 表示）",
                       "the text as it was before the damage (□ for lost bytes)")
LOST_MARK = Placeholder("lost_mark", "标示丢失字节的符号", "the mark that stands for lost bytes")
KIND = Placeholder("kind", "哪种编码被当作哪种读出", "which encoding was read as which",
                   terms=tuple(_KIND_TERMS.values()))
# Plain: the original is fully recovered and offered as the fix. lost: some bytes are gone, so
# the message shows what can be read and no fix is offered.
_VARIANTS = {"": Variant(provides=(ORIGINAL,), fix=True), "lost": Variant(provides=(ORIGINAL, LOST_MARK))}
_CONFUSION = {name: Variant(provides=(*variant.provides, KIND), fix=variant.fix)
              for name, variant in _VARIANTS.items()}


def _report(doc: Any, kinds: tuple[Kind, ...],
            applicability: Applicability = Applicability.SAFE) -> Iterator[Finding]:
    for span in doc.shared(mojibake_spans):
        if span.kind not in kinds:
            continue
        args = {"original": span.original}
        if span.kind in _KIND_TERMS:
            args["kind"] = _KIND_TERMS[span.kind]
        if not span.exact:
            args["lost_mark"] = LOST
        edits = (Edit(span.start, span.end, span.original),) if span.exact else None
        safety = applicability if span.sure_edges else Applicability.UNSAFE
        yield Finding(span.start, span.end, args, edits, safety, variant="" if span.exact else "lost")


@check(variants=_VARIANTS)
def utf8_read_as_gbk(doc: Any, rule: Any) -> Iterator[Finding]:
    return _report(doc, (UTF8_AS_GBK,))


@check(variants=_VARIANTS)
def gbk_read_as_latin1(doc: Any, rule: Any) -> Iterator[Finding]:
    return _report(doc, (GBK_AS_LATIN1,))


@check(variants=_VARIANTS)
def utf8_read_as_latin1(doc: Any, rule: Any) -> Iterator[Finding]:
    return _report(doc, (UTF8_AS_LATIN1,))


@check(variants=_CONFUSION)
def big5_gbk_confusion(doc: Any, rule: Any) -> Iterator[Finding]:
    # Characters swap one for one, so where the damage ends can be uncertain: a real character
    # next to it may also swap into a plausible one. The repair is safe only when both ends of
    # the span are characters that only damage produces (the analysis's sure_edges).
    return _report(doc, (BIG5_AS_GBK, GBK_AS_BIG5))
