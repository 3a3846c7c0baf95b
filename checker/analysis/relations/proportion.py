"""Out of proportion: a count of seven digits or more, with no multiplier, at least a hundred
times every other count of its kind in the text (28006440名 in a county of 1.4774万 poor people):
digits that ran together.
"""
from __future__ import annotations

import bisect
import re

from ...typenames import TYPE_CHECKING
from ..quantities import quantities, quantities_in_sentences
from ..sentences import sentences
from .common import Relation

if TYPE_CHECKING:
    from typing import Any

_GLUED = re.compile(r"[0-9]{7,}")
_SEVEN_DIGITS = re.compile(r"[0-9][0-9]{6}")   # scans for a digit first: twice as fast as _GLUED
_FLOORS = ("atleast", "over")
# a glued count must carry a unit of people or households right after its digits (no multiplier
# stands between: rules/data/units.tsv, families people and households)
# (the unit first, then seven digits behind it: the units are rarer than digits, so the scan
# stops less often)
_GLUED_COUNT = re.compile(r"[人位名户戶](?<=[0-9]{7}[人位名户戶])")


def out_of_proportion(doc: Any) -> list[Relation]:
    relations: list[Relation] = []
    text = doc.text
    if not _GLUED_COUNT.search(text):
        return relations
    spans = doc.shared(sentences)
    starts = getattr(spans, "starts", None) or [span.start for span in spans]
    indices = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _SEVEN_DIGITS.finditer(text)})
    if not any(_GLUED.match(q.text) and q.multiplier == 1 and q.qualifier not in _FLOORS
               and q.family in ("people", "households")
               for sentence in quantities_in_sentences(doc, [i for i in indices if i >= 0])
               for q in sentence.quantities):
        return relations
    found = doc.shared(quantities)
    for family in ("people", "households"):
        counts = [q for q in found if q.family == family and q.qualifier not in _FLOORS]
        if len(counts) < 3:
            continue
        for q in counts:
            digits = re.match(r"[0-9]+", q.text)
            if not digits or not _GLUED.fullmatch(digits.group()) or q.multiplier != 1:
                continue
            others = [o for o in counts if o is not q and o.value != q.value]
            if not others:
                continue    # the same figure repeated: nothing to compare it with
            largest = max(others, key=lambda o: o.high)
            if largest.high <= 0 or q.value < 100 * largest.high:
                continue
            times = int(q.value / largest.high)
            relations.append(Relation("out-of-proportion", False, q.start, q.end,
                                      "people" if family == "people" else "households",
                                      {"calc": f"{q.text} ÷ {largest.text} ≈ {times}", "stated": q.text,
                                       "times": str(times), "largest": largest.text}, (q, largest)))
    return relations
