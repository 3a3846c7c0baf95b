"""Share: a part and the percentage of the whole it is said to be (`其中M，占X%`; `N所学校中，M所…，
占比X%`). The whole and its parts are the part–whole groups (`parts.part_groups`); the share is
the percentage right after a part, led by 占/占比/比例/比重. A whole may also be named inside the
share itself (`女性委员42名，占委员总数120名的35%`): then the part is the nearest amount before
占 that counts what the whole counts.
"""
from __future__ import annotations

from typing import Any

from .common import Relation, bounded, clauses_back, counts_as, cue_sentences, is_amount, percent_relation, rx
from .parts import part_groups

_SHARE_LEAD = (r"(?:占|佔)(?:比|比重|总数的|總數的|总量的|總量的|总额的|總額的|总人数的|總人數的)?"
               r"(?:为|為|达|達|达到|達到)?$|(?:比例|比重)(?:为|為|达|達|达到|達到)?$")


def shares(doc: Any) -> list[Relation]:
    relations: list[Relation] = []
    groups = part_groups(doc)
    text = doc.text
    seen: set[int] = set()
    if "的" in text:
        relations.extend(_whole_inside(doc, seen))
    if not groups:
        return relations
    following = {}
    for sentence in doc.shared(cue_sentences):
        for a, b in zip(sentence.quantities, sentence.quantities[1:]):
            following[a.start] = b
    for whole, parts in groups:
        if not bounded(whole) or whole.low <= 0:
            continue
        for part in parts:
            share = following.get(part.start)
            if share is None or share.start in seen:
                continue
            gap = text[part.end:share.qual_start]
            if share.family != "percent" or not rx(_SHARE_LEAD).search(share.lead) or len(gap) > 14 \
                    or rx(r"[；;。]").search(gap) or not bounded(share):
                continue
            seen.add(share.start)
            relations.append(percent_relation("share", part, whole, share))
    return relations


# 占 + words naming the whole + its figure + 的, right before the share: 占委员总数120名的35%
_WHOLE_INSIDE = r"(?:占|佔)了?[\u3400-\u9fff]{0,8}$"


def _whole_inside(doc: Any, seen: set[int]) -> list[Relation]:
    found: list[Relation] = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        qs = sentence.quantities
        for i in range(1, len(qs)):
            share, whole = qs[i], qs[i - 1]
            if share.family != "percent" or text[whole.end:share.qual_start] != "的" or not bounded(share):
                continue
            lead = rx(_WHOLE_INSIDE).search(text, max(sentence.start, whole.qual_start - 10), whole.qual_start)
            if not lead or not is_amount(whole) or not bounded(whole) or whole.low <= 0:
                continue
            back = clauses_back(text, sentence.start, lead.start(), 2)
            if not back:
                continue
            parts = [q for q in qs[:i - 1] if q.start >= back[0][0] and q.end <= lead.start()
                     and is_amount(q) and bounded(q) and counts_as(text, q, whole.family)]
            if not parts:
                continue
            seen.add(share.start)
            found.append(percent_relation("share", parts[-1], whole, share))
    return found
