"""A stock, what was added to it (or taken from it), and the stock after: `全县原有农家书屋120个，今年
新建30个，累计达到150个` (120 + 30 = 150); `此前已登记渔船86艘，今年注销12艘，现有74艘` (86 − 12 = 74).

Three amounts of one family in one sentence, in this order and with no other amount of the family
between them: the earlier stock, named so by its words (原有, 已有, 此前, 去年底 …); the change,
named by a verb of adding (新增, 新建, 又, 再 …) or of taking away (注销, 拆除, 减少 …), not a
comparison (比去年多…); and the stock after, named by a word of a stock reached (累计, 总数,
达到, 现有, 剩余 …), not a sum of additions (累计新增: running.py). The earlier stock and the
change make the later stock exactly, within the rounding of each figure.
"""
from __future__ import annotations

from ...typenames import TYPE_CHECKING
from ..quantities import Quantity, format_value
from .common import LEVELS, Relation, bounded
from .cues import cue_sentences
from .interval import Interval, basis
from .vocabulary import rx

if TYPE_CHECKING:
    from typing import Any

# the words of a stock held before the change (the figure's own words, up to 12 characters back)
_EARLIER = r"(?:原有|原来有|原來有|原本有|已有|已经有|已經有|此前|之前|先前|去年底|去年年底|上年底|上年末|年初|截至去年|截至上年|此前已)"
# a verb adding to the stock, or taking from it, right before the change's figure
_ADDED = r"(?:新增|新建|新设|新設|新开|新開|新招|新发展|新發展|新认定|新認定|增设|增設|又|再|增加了?)[\u3400-\u9fff]{0,6}$"
_TAKEN = r"(?:注销|註銷|拆除|减少|減少|退出|关闭|關閉|淘汰|迁出|遷出|撤销|撤銷|移除)了?[\u3400-\u9fff]{0,6}$"
# the stock reached after it: right before its figure
_AFTER = (r"(?:累计|累計|总数|總數|总量|總量|总计|總計|合计|合計|共有|现有|現有|目前共有|目前有|剩余|剩餘|尚有|还有|還有|仍有)"
          r"(?:[\u3400-\u9fff]{0,4}?)(?:达到|達到|达|達|增至|为|為)?$|(?:增至|增加到|达到|達到)$")
# a comparison or a sum of additions is none of these
_COMPARED = r"比|较|較|同比|环比|環比"
_ADDITIONS_SUMMED = r"(?:累计|累計|共|合计|合計)(?:新增|新建)"


def accruals(doc: Any) -> list[Relation]:
    relations = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        qs = sentence.quantities
        for k in range(2, len(qs)):
            after = qs[k]
            if not rx(_AFTER).search(after.lead) or rx(_ADDITIONS_SUMMED).search(after.lead):
                continue
            family = after.family
            if family in ("percent", "points") or family in LEVELS or family.startswith(("time-", "age")):
                continue
            same = [q for q in qs[:k] if q.family == family]
            if len(same) < 2:
                continue
            earlier, change = same[-2], same[-1]
            added = rx(_ADDED).search(change.lead)
            taken = None if added else rx(_TAKEN).search(change.lead)
            said = _clause_before(text, earlier, sentence.start)
            if not (added or taken) or rx(_COMPARED).search(change.lead) \
                    or not rx(_EARLIER).search(said) or rx(_COMPARED).search(said):
                continue
            if not all(bounded(q) for q in (earlier, change, after)):
                continue
            relations.append(_relation(earlier, change, after, taken is not None))
    return relations


def _clause_before(text: str, q: Quantity, start: int) -> str:
    """The words of q's clause before it (截至去年底已建成5G基站: not only its Han lead)."""
    # (from the last clause mark back, not a search for `[^，…]*$`: that tries every place of the
    # clause and runs each to its end, quadratic in it: a 30,000-item list in one clause hung the
    # suite's test_a_list_of_thirty_thousand_items_is_read_whole)
    cut = max(text.rfind(mark, start, q.qual_start) for mark in "，,；;：:。")
    return text[max(start, cut + 1):q.qual_start]


def _relation(earlier: Quantity, change: Quantity, after: Quantity, taken: bool) -> Relation:
    E, C, A = Interval.of(earlier), Interval.of(change), Interval.of(after)
    reached = E.minus(C) if taken else E + C
    value = earlier.value - change.value if taken else earlier.value + change.value
    sign = "−" if taken else "+"
    args = {"calc": f"{earlier.shown} {sign} {change.shown} = {format_value(value, after)}",
            "range": reached.show(after), "basis": basis((earlier, change)), "stated": after.shown,
            "stated_range": A.show(after)}
    variant = "accrual" if reached.exact and A.exact else "accrual-rounded"
    return Relation("running-total", reached.meets(A), after.start, after.end, variant, args, (after, earlier, change))

