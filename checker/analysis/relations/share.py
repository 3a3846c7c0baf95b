"""Share: a part and the percentage of the whole it is said to be (`其中M，占X%`; `N所学校中，M所…，
占比X%`). The whole and its parts are the part–whole groups (`parts.part_groups`); the share is
the percentage right after a part, led by 占/占比/比例/比重.
"""
from __future__ import annotations

from typing import Any

from .common import Relation, bounded, cue_sentences, percent_relation, rx
from .parts import part_groups

_SHARE_LEAD = (r"(?:占|佔)(?:比|比重|总数的|總數的|总量的|總量的|总额的|總額的|总人数的|總人數的)?"
               r"(?:为|為|达|達|达到|達到)?$|(?:比例|比重)(?:为|為|达|達|达到|達到)?$")


def shares(doc: Any) -> list[Relation]:
    relations: list[Relation] = []
    groups = part_groups(doc)
    if not groups:
        return relations
    text = doc.text
    following = {}
    for sentence in doc.shared(cue_sentences):
        for a, b in zip(sentence.quantities, sentence.quantities[1:]):
            following[a.start] = b
    seen = set()
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



