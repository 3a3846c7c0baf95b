"""The same figure stated twice: one quantity of one thing given two values in one article
(`全县共有行政村186个` in the lede, `全县168个行政村全部建成…` further down).

A statement of a whole is a figure led by a scope word (全县, 全市, 全省 …) and counting a noun:
`全县共有行政村186个` (the noun before the figure) or `全县168个行政村全部…` (the noun after it,
with 全部/均/都 saying it is all of them). Two such statements match when they are in one article
(`analysis.structure`: a file may bundle several), share the scope word and the unit family, and
one noun begins with the other. They contradict each other when their intervals cannot meet: a
rounding of the first (`52.36万` … `52.4万`) is consistent. A sentence that names a time or a
change (2019年, 去年, 截至, 新增, 累计, 由…到, 增加 …) is never used: figures of different years
are different quantities.
"""
from __future__ import annotations

import bisect
from collections import Counter

from ...typenames import TYPE_CHECKING, NamedTuple
from ..quantities import Quantity, quantities_in_sentences
from ..sentences import sentences
from ..structure import structure
from .common import Relation, bounded, is_amount
from .interval import Interval
from .vocabulary import VERB, rx

if TYPE_CHECKING:
    from typing import Any

_SCOPE = r"全(?:县|縣|市|镇|鎮|省|区|區|村|乡|鄉|州|盟|旗)"
_STOCK = r"(?:共有|现有|現有|共计|共計|总共|總共|共|有)?"
_CANDIDATE = r"%s%s[^，,；;。\n]{0,10}?[0-9０-９]" % (_SCOPE, _STOCK)
_TIME_OR_CHANGE = (r"[0-9０-９]{2,4}年|去年|今年|明年|上年|同期|以来|以來|截至|截止|年底|年初|月底|季度|"
                   r"累计|累計|新增|同比|较|較|比|由|从|從|计划|計劃|预计|預計|目标|目標|"
                   # (before or after a deed: 布局调整前, 合并后 — another time)
                   r"[\u3400-\u9fff]{2}(?:前|后|後)(?:[，,]|全)|" + VERB)
_NOUN_BEFORE = r"(?P<scope>%s)%s(?P<noun>[\u3400-\u9fff]{2,8})$" % (_SCOPE, _STOCK)
_SCOPE_BEFORE = r"(?P<scope>%s)%s$" % (_SCOPE, _STOCK)
_ALL = r"全部|均|都|所有|全都"
_NOUN_STOP = r"[全均都已的了在和与與及并並将將被为為是实實完建]"


class Statement(NamedTuple):
    q: Quantity
    scope: str
    noun: str
    article: int


def _statement(text: str, q: Quantity, clause_end: int) -> tuple[str, str] | None:
    if not is_amount(q) or not bounded(q) or q.qualifier or not (q.is_count or q.family in (
            "people", "households", "area", "area-mu", "length")):
        return None
    m = rx(_NOUN_BEFORE).search(q.lead)
    if m and not q.noun:      # 全县共有行政村186个， (not 全县有行政村12个完成了改造: a part of them)
        return m.group("scope"), m.group("noun")
    m = rx(_SCOPE_BEFORE).search(q.lead)
    if m and rx(_ALL).search(text, q.end, clause_end):
        noun = q.noun
        stop = rx(_NOUN_STOP).search(noun)
        noun = noun[:stop.start()] if stop else noun
        if len(noun) >= 2:
            return m.group("scope"), noun
    return None


def restated(doc: Any) -> list[Relation]:
    text = doc.text
    if "全" not in text:
        return []
    found = list(rx(_CANDIDATE).finditer(text))
    scopes = Counter(m.group()[:2] for m in found)
    found = [m for m in found if scopes[m.group()[:2]] >= 2]     # a scope stated twice
    if not found:
        return []
    spans = doc.shared(sentences)
    # the split's offset arrays (a Span is made at every look into it), else lists
    starts = getattr(spans, "starts", None) or [s.start for s in spans]
    ends = getattr(spans, "ends", None) or [s.end for s in spans]
    chosen = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in found})
    chosen = [i for i in chosen if i >= 0 and not rx(_TIME_OR_CHANGE).search(text, starts[i], ends[i])]
    if len(chosen) < 2:
        return []
    layout = doc.shared(structure)
    statements: list[Statement] = []
    for sentence in quantities_in_sentences(doc, chosen):
        for q in sentence.quantities:
            stop = rx(r"[，,；;。]").search(text, q.end, sentence.end)
            got = _statement(text, q, stop.start() if stop else sentence.end)
            if got:
                statements.append(Statement(q, got[0], got[1], layout.block_at(q.start).article))
    relations: list[Relation] = []
    for k, later in enumerate(statements):
        for first in statements[:k]:
            if (first.article != later.article or first.scope != later.scope
                    or first.q.family != later.q.family
                    or not (first.noun.startswith(later.noun) or later.noun.startswith(first.noun))):
                continue
            meets = Interval.of(first.q).meets(Interval.of(later.q))
            line = doc.position(first.q.start)[0] if hasattr(doc, "position") else 0
            args = {"calc": f"{first.scope}{first.noun} {first.q.text} / {later.q.text}",
                    "first": first.q.text, "stated": later.q.text, "first_line": str(line)}
            relations.append(Relation("restated", meets, later.q.start, later.q.end, "", args,
                                      (first.q, later.q)))
            break       # compared with the first statement of the same thing only
    return relations
