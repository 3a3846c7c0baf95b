"""The rest closing a list of parts: `项目总投资12.8亿元，中央资金3.5亿元，地方配套2.3亿元，其余7亿元由企业
自筹` (3.5 + 2.3 + 7 = 12.8). With no 其中, a clause opening with 其余 (剩余, 剩下的) and a figure, after
a run of clauses of one figure each of its family: the first of the run is the whole, the others its
parts, and the rest makes the list whole, exactly (within rounding and hedges).

Which clause of the run is the whole, and whether a part is inside another, is not said (去年新增
1200家，今年新增1500家，制造业600家，服务业700家，其余200家: the whole is 1500; 收到投稿800篇，入选120篇，
获奖30篇，其余680篇: the winners are among those chosen). So every reading is tried: any clause of the
run as the whole, any of the parts after it left out. The list is reported only when none adds up,
with the arithmetic of the plain reading (the first clause the whole, every other a part); it is
verified only when that plain reading adds up. A whole and one part before the rest are read by
breakdown._remainder.
"""
from __future__ import annotations

from itertools import combinations

from ...typenames import TYPE_CHECKING
from .common import Relation, between, bounded, clauses_back, is_amount, shares_noun, words_start
from .cues import BREAKDOWN, REMAINDERS, Sentence
from .interval import Interval, total
from .kinds import OTHER_TIME
from .sum_of_parts import weigh_parts
from .vocabulary import rx

if TYPE_CHECKING:
    from typing import Any

    from ..quantities import Quantity

# the rest opening a clause, its figure right after it or after the kinds it names (其余7亿元, 剩下的
# 12人, 其余蔬菜等作物817件)
_REST = r"(?<=[，,；;])(?:%s)(?:的|[\u3400-\u9fff]{1,8}?)?(?=[0-9０-９])" % "|".join(REMAINDERS)
# what says a figure is a whole (共有, 总投资, 全县…, 合计 …): the run's first clause must
_WHOLE_WORD = r"共|总|總|全|合计|合計|累计|累計|一共"


# what names a time in a part's clause (季度, 月, 年, 周, 上半年 …)
_A_TIME = r"[季月年周週]|上半|下半|今年|去年"
# at most this many clauses before the rest: a whole and four parts
_RUN = 5
# what a clause of the run may hold after its figure: the figure's noun, no more
_TAIL = r"[\u3400-\u9fff]{0,12}"


def rest_of_list(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for m in rx(_REST).finditer(text, sentence.start, sentence.end):
        after = between(qs, starts, m.end(), m.end() + 1)
        if not after or rx(BREAKDOWN).search(text, sentence.start, m.start()):
            continue    # (under 其中 the breakdown reads the rest: exhaustive-last)
        left = after[0]
        run = _run_before(text, qs, starts, sentence.start, m.start(), left)
        if len(run) < 3:
            continue
        whole, parts = run[0], run[1:]
        word = next(w for w in REMAINDERS if text.startswith(w, m.start()))
        if not rest_of_the_whole(word, text[m.start() + len(word):left.qual_start],
                                 text[words_start(text, whole.qual_start, "，,；;。", sentence.start):whole.start], [q.lead for q in parts]):
            continue    # (其余待就业人员2000人: the rest of another thing, not of the whole)
        said = words_start(text, whole.qual_start, "，,；;。", sentence.start)
        # (a whole said by its time only when no part names a time: 一季度完成12亿元，二季度…，其余…在
        # 四季度完成 is a list of quarters, the first one of them)
        timed = rx(OTHER_TIME).search(text, said, whole.qual_start) is not None and not any(
            rx(_A_TIME).search(text, words_start(text, q.qual_start, "，,；;。", sentence.start), q.end + 8)
            for q in (*parts, left))
        if not (rx(_WHOLE_WORD).search(text, said, whole.qual_start) or timed) \
                or any(Interval.of(q).above(Interval.of(whole)) for q in (*parts, left)):
            continue    # (小学80所，初中28所，…其余3所 after a sentence of the whole: 80 is a part, not
            #             the whole; a whole is said so, 共有/总/全, or by the time it counts, 今年受理…
            #             before parts of no time of their own, and holds each part)
        verdict = weigh_parts([*parts, left], [*parts, left], whole, exhaustive=True, threshold=False)
        if verdict is not None and (verdict.ok or not _some_reading_holds(run, left)):
            found.append(verdict)
    return found


def _run_before(text: str, qs: list[Quantity], starts: list[int], lo: int, rest_at: int,
                left: Quantity) -> list[Quantity]:
    """The figures of the clauses right before the rest's, one per clause and of its family, the
    nearest last; the run stops at a clause of another shape (two figures, none, another
    family) and after one naming a time (今年…, 去年…: the run's whole, if any)."""
    if not (is_amount(left) and bounded(left)):
        return []
    run: list[Quantity] = []
    for a, b in reversed(clauses_back(text, lo, rest_at - 1, _RUN)):
        inside = [q for q in between(qs, starts, a, b) if q.end <= b]
        if len(inside) != 1:
            break
        q = inside[0]
        if q.family != left.family or not is_amount(q) or not bounded(q) or not rx(_TAIL).fullmatch(text, q.end, b):
            break
        run.insert(0, q)
        if rx(OTHER_TIME).search(text, a, q.qual_start):
            break   # a time of its own (今年受理…): the whole at most, the list's parts are after it
    return run


def _some_reading_holds(run: list[Quantity], left: Quantity) -> bool:
    """Whether some clause of the run is a whole that some of the parts after it (one at least)
    and the rest make up."""
    for k, whole in enumerate(run[:-1]):
        later = run[k + 1:]
        W = Interval.of(whole)
        for size in range(1, len(later) + 1):
            for chosen in combinations(later, size):
                if total(Interval.of(q) for q in (*chosen, left)).meets(W):
                    return True
    return False


# what may follow the rest's word before its figure and name no kind of its own (其余的, 其余部分,
# 其余为, 剩余则有)
_REST_SAYS_NOTHING = r"(?:的|部分|部份|则|則|均|都|全部)*(?:为|為|是|有|达|達|约|約|共|合计|合計|共计|共計|计|計|仍|尚)*"


def rest_of_the_whole(word: str, named: str, whole_words: str, part_leads: list[str]) -> bool:
    """Whether the last part is the rest of the whole, so that the parts with it make the whole.
    其他/其它 + a noun names the other kinds (其他经济林, 其他群体): always. 其余/剩余 names the rest of
    what follows it: of the whole when that is nothing (其余12家), kinds with 等 (其余蔬菜等作物),
    the whole's own noun (全市企业1200家 … 其余企业) or the parts' kind (安南区… 其余各区); the rest
    of another thing (经费92亿元，其中…27亿元，其余工程款54亿元: of the works' cost) leaves other
    parts of the whole unsaid."""
    if word in ("其他", "其它"):
        return True
    named = rx(_REST_SAYS_NOTHING + "$").sub("", named)
    named = rx("^" + _REST_SAYS_NOTHING).sub("", named)
    # (or the kind of the parts before it, by its last character: 安南区… 其余各区 — the other districts)
    kind = named.lstrip("各")
    return not named or "等" in named or shares_noun(named, whole_words) or (
        len(kind) == 1 and any(lead.endswith(kind) for lead in part_leads))
