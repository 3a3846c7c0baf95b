"""Mis-decoded spans (mojibake): one finding per span, the probable original as the fix.

The detection is shared (`analysis/mojibake.py`, run once per document); each rule reports the
kinds it owns, so an editor can set the severity of each kind on its own.
"""
from __future__ import annotations

from ..analysis.mojibake import (
    BIG5_AS_GBK,
    GBK_AS_BIG5,
    GBK_AS_LATIN1,
    LOST,
    UTF8_AS_GBK,
    UTF8_AS_LATIN1,
    mojibake_spans,
)
from ..diagnostic import Applicability, Edit, Finding

_LABELS = {
    BIG5_AS_GBK: ("Big5 编码的繁体字被当作 GBK 读出", "Big5 text read as GBK"),
    GBK_AS_BIG5: ("GBK 编码的简体字被当作 Big5 读出", "GBK text read as Big5"),
}


def _report(doc, kinds, applicability=Applicability.SAFE):
    for span in doc.shared(mojibake_spans):
        if span.kind not in kinds:
            continue
        zh, en = _LABELS.get(span.kind, ("", ""))
        args = {"original": span.original, "kind_zh": zh, "kind_en": en,
                "lost_zh": "" if span.exact else f"（“{LOST}”处的字节已丢失，须对照原稿补全）",
                "lost_en": "" if span.exact else f" ({LOST} marks bytes that were lost; restore them from the source)"}
        edits = (Edit(span.start, span.end, span.original),) if span.exact else None
        safety = applicability if span.sure_edges else Applicability.UNSAFE
        yield Finding(span.start, span.end, args, edits, safety)


def utf8_read_as_gbk(doc, rule):
    return _report(doc, (UTF8_AS_GBK,))


def gbk_read_as_latin1(doc, rule):
    return _report(doc, (GBK_AS_LATIN1,))


def utf8_read_as_latin1(doc, rule):
    return _report(doc, (UTF8_AS_LATIN1,))


def big5_gbk_confusion(doc, rule):
    # Characters swap one for one, so where the damage ends can be uncertain: a real character
    # next to it may also swap into a plausible one. The repair is safe only when both ends of
    # the span are characters that only damage produces (the analysis's sure_edges).
    return _report(doc, (BIG5_AS_GBK, GBK_AS_BIG5))
