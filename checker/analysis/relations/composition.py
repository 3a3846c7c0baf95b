"""Part–whole stated by a verb of composition after the whole, the parts listed after it:

- made of, or divided into (共1260人，由专职队员380人和志愿队员880人组成; 林地61.5万亩，分为公益林
  42.6万亩和商品林18.9万亩; 总投资3.8亿元，由两部分组成：…，…): every part named, so they add up
  to the whole exactly;
- spread over places (今日30例分布狀況為永康區15例，東區5例，…，北區、安南區各1例): each thing in one
  place, the counts added, and a list that names every place reaching the whole;
- chosen out of it (共收到作品860件，评选出一等奖12件、二等奖25件): inside it, the grades added.

breakdown.py calls `composed` on every chosen sentence; the parts are weighed against the whole
by sum_of_parts.weigh_parts, as every breakdown is.
"""
from __future__ import annotations

from itertools import pairwise

from ...typenames import TYPE_CHECKING
from ..quantities import Quantity
from .common import (
    CLAUSE_MARK,
    Relation,
    between,
    bounded,
    clause_spans,
    clause_whole,
    clauses_back,
    how_much_changed,
    is_amount,
    sentence_holding,
    shares_noun,
)
from .cues import (
    BREAKDOWN,
    DISTRIBUTED,
    DISTRIBUTED_AFTER,
    DIVIDED,
    DIVIDED_BY_WORDS,
    MADE_OF,
    PART_WORDS,
    SELECTED,
    SOURCES,
    Sentence,
)
from .kinds import NAME_JOIN, mutually_exclusive
from .sum_of_parts import weigh_parts
from .vocabulary import number_of, rx

if TYPE_CHECKING:
    from typing import Any


def composed(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """The part–whole relations of a sentence stated by a verb of composition (starts: its
    quantities' starts), each reading tried only where its words are in the sentence."""
    s_text = sentence.text
    relations: list[Relation] = []
    if not rx(_COMPOSITION_WORD).search(s_text):
        return relations
    if "由" in s_text or any(w in s_text for w in DIVIDED):
        relations.extend(_made_up(doc, sentence, starts))
    if any(w in s_text for w in DIVIDED) or "用于" in s_text or "用於" in s_text:
        relations.extend(_divided_inline(doc, sentence, starts))
    if any(w in s_text for w in DISTRIBUTED):
        relations.extend(_distributed(doc, sentence, starts))
    if any(w in s_text for w in SELECTED):
        relations.extend(_selected(doc, sentence, starts))
    return relations


# Any word one of composed's readings needs (the four tests above, each of a few of them): one
# search passes over the sentences that hold none (nine in ten of those chosen), where the
# twenty-two look-ups through generators cost ~3 µs a sentence: 7.1 ms -> 2.9 ms over every 6th
# file of the corpus, ~1% of the NUM rules' time.
_COMPOSITION_WORD = "|".join(("由", "用于", "用於", *DIVIDED, *DISTRIBUTED, *SELECTED))


# a whole made of, or divided into, the parts listed after it in its own clause (由…组成, 分为…), or
# in the clauses after a colon, as many as it says (由两部分组成：…)
# (a clause with a subject of its own before 分为 says it of the whole before when it counts the parts
# listed after a colon: 表扬类别分为五大类：…)
# (the kinds may be named before their count: 分為犬隻與貓隻兩類：…; a count may be ten or more: 十大类)
_COUNTED_MAKE_UP = (r"(?:[\u3400-\u9fff]{1,8}(?:、|与|與|和|及)[\u3400-\u9fff]{1,8})?"
                    r"(?P<count>[二两兩三四五六七八九十]|十[一二三四五六七八九]|[2-9]|1[0-9])(?:个|個|大)?%s(?:组成|組成|构成|構成)?[：:]"
                    % PART_WORDS)
# what a whole is divided by, said before 分为 (依课程分为…, 按用途分为…): the parts are still every kind
_BY_WHAT = r"(?:%s|根据|根據)" % "|".join(sorted(DIVIDED_BY_WORDS, key=len, reverse=True))
_MAKE_UP = (r"(?<=[，,])(?:%s|(?:[\u3400-\u9fff]{1,6}?(?=(?:%s)%s)|%s[\u3400-\u9fff]{1,6}?(?=%s))?(?:%s)"
            r"(?P<split>(?:[^，,；;。]|(?<=[0-9]),(?=[0-9]{3})){2,60}))"
            % (MADE_OF, "|".join(DIVIDED), _COUNTED_MAKE_UP, _BY_WHAT, "|".join(DIVIDED), "|".join(DIVIDED)))
# a count of the parts closing their list (…和小微企业贷款7.8亿元两部分)
_COUNT_AFTER = r"(?<=[\u3400-\u9fff])(?P<count>[二两兩三四五六七八九2-9])(?:个|個|大)?%s$" % PART_WORDS
# what joins the items of one list (专职队员380人和志愿队员880人, 27名运动员以及12名工作人员)
_JOINED = r"[、和及与與]"


def _made_up(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """共1260人，由专职队员380人和志愿队员880人组成; 林地61.5万亩，分为公益林42.6万亩和商品林18.9万亩;
    总投资3.8亿元，由两部分组成：土建工程2.6亿元，设备购置1.2亿元: the figure ending the clause
    before is a whole, and the clause says what it is made of or divided into. Every part is
    named, so they add up to it exactly; a list ending in 等 names only some (never more than
    the whole). A list of who pays with 、 (由中央补助800万元、市府自筹…) is parts.py's."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for m in rx(_MAKE_UP).finditer(text, sentence.start, sentence.end):
        if rx("由" + SOURCES).match(text, m.start()):
            continue
        back = clauses_back(text, sentence.start, m.start() - 1, 1)
        if not back:
            continue
        a, b = back[0]
        whole = clause_whole(text, qs, starts, a, b)
        if whole is None and m.group("split") is not None and rx(_COUNTED_MAKE_UP).match(text, m.start("split")):
            # (表扬类别分为五大类：… counts its parts: the one figure of the clause before is their
            # whole, its noun and more after it: 获表扬的52位父亲代表由各区推荐)
            inside = [q for q in between(qs, starts, a, b) if q.end <= b]
            whole = inside[0] if len(inside) == 1 else None
        if whole is None or not (is_amount(whole) and bounded(whole) and whole.low > 0):
            continue
        listed = m.group("made") if m.group("made") is not None else m.group("split")
        lo, hi = m.span("made") if m.group("made") is not None else m.span("split")
        counted_parts = rx(_COUNTED_MAKE_UP).match(text, lo)
        if counted_parts:
            parts = _parts_after_colon(text, qs, starts, counted_parts.end(), sentence.end, whole,
                                       number_of(counted_parts.group("count")))
            some = False
        else:
            # (the list may end by counting its parts: 分为个人贷款9.8亿元和企业贷款7.8亿元两部分)
            counted_after = rx(_COUNT_AFTER).search(text, lo, hi)
            parts = between(qs, starts, lo, counted_after.start() if counted_after else hi)
            some = "等" in listed
            if any(not rx(_JOINED).search(text, p.end, q.qual_start) for p, q in pairwise(parts)):
                continue
            if counted_after and len(parts) != number_of(counted_after.group("count")):
                continue
        # (a figure right after the make-up's 由 is its first part, not where a change starts)
        if len(parts) < 2 or not all(q.family == whole.family and (is_amount(q) or q.qual_start == lo) and bounded(q)
                                     for q in parts):
            continue
        verdict = weigh_parts(parts, parts, whole, exhaustive=not some, threshold=False)
        if verdict:
            found.append(verdict)
    return found


# a whole divided, in its own clause, into as many parts as it counts, listed after a colon
# (受理的938件信访事项分为三类：求决类512件、建议类374件、投诉类152件)
# (or spent on as many uses as it counts: 专项资金3.2亿元将用于三个方面：…)
_DIVIDED_INLINE = (r"(?<=[\u3400-\u9fff])(?:%s|用于|用於)(?P<count>[二两兩三四五六七八九2-9])(?:个|個)?%s[：:]"
                   % ("|".join(DIVIDED), PART_WORDS))


def _divided_inline(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """受理的938件信访事项分为三类：求决类512件、建议类374件、投诉类152件: the figure of the clause,
    its noun only between it and 分为, is the whole; after the colon, to the sentence's end, exactly
    as many parts as it says (one per clause, or one 、 list), every part named: they make it exactly."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for m in rx(_DIVIDED_INLINE).finditer(text, sentence.start, sentence.end):
        before = [q for q in qs if q.end <= m.start()]
        if not before or not rx(r"[\u3400-\u9fff]{1,10}").fullmatch(text, before[-1].end, m.start()):
            continue
        whole = before[-1]
        after = [q for q in qs if q.start >= m.end()]
        count = number_of(m.group("count"))
        if not (is_amount(whole) and bounded(whole) and whole.low > 0) or len(after) != count \
                or not all(q.family == whole.family and is_amount(q) and bounded(q) for q in after) \
                or not all(rx(r"[、，,；;]\s*[\u3400-\u9fff]{1,10}").fullmatch(text, p.end, q.qual_start)
                           for p, q in pairwise(after)):
            continue
        verdict = weigh_parts(after, after, whole, exhaustive=True, threshold=False)
        if verdict:
            found.append(verdict)
    return found


def _parts_after_colon(text: str, qs: list[Quantity], starts: list[int], start: int, end: int,
                       whole: Quantity, count: int) -> list[Quantity]:
    """The parts of 由两部分组成：土建工程2.6亿元，设备购置1.2亿元: one figure in each clause after the
    colon, as many clauses as the count says, each of the whole's family; what follows them
    (…39位，其中最年长的100岁) says more of the last."""
    clauses = clause_spans(text, start, end)
    if rx(r"[；;]").search(text, start, end):
        # parts set apart by ；, each may hold commas of its own (家庭遭受变故，刻苦持家的「自强爸爸」1位；)
        marks = [m.start() for m in rx(r"[；;。]").finditer(text, start, end)] + [end]
        clauses = [(a, b) for a, b in zip([start] + [m + 1 for m in marks[:-1]], marks) if a < b]
    if clauses:
        # (or one 、 list of them all: 分為兩類：犬隻21萬5,930隻、貓隻8萬488隻)
        a, b = clauses[0]
        listed = [q for q in between(qs, starts, a, b) if q.end <= b and q.family == whole.family]
        if len(listed) == count and count >= 2 and all(
                rx(_JOINED).search(text, p.end, q.qual_start) for p, q in pairwise(listed)):
            return listed
    parts = []
    for a, b in clauses[:count]:
        inside = [q for q in between(qs, starts, a, b) if q.end <= b and q.family == whole.family]
        if len(inside) != 1:
            return []
        parts.append(inside[0])
    return parts if len(parts) == count else []


# 分布狀況為 / 分布在 …: the whole is spread over the places listed after it
_SPREAD = r"(?:%s)%s" % ("|".join(DISTRIBUTED), DISTRIBUTED_AFTER)
# one place and its count (永康區15例, 东部山区163个), or places sharing one count (北區、安南區及關廟區
# 各1例: one part per place)
_PLACE_COUNT = r"[\u3400-\u9fff]{1,8}(?:有|为|為)?"
_PLACES_EACH = r"(?P<names>[\u3400-\u9fff]{1,8}(?:(?:、|及|和|与|與|以及)[\u3400-\u9fff]{1,8}){1,12})各(?:有|为|為)?"


def _distributed(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """今日30例分布狀況為永康區15例，東區5例，…，北區、安南區及關廟區各1例; 全省现有传统村落289个，
    分布在东部山区163个、西部丘陵126个: a whole spread over places, each with its count. Each
    thing is in one place, so the counts are added (places sharing one count, 各1例, each take
    it); a list that runs to the end of the sentence, or to a clause counting nothing of the
    kind (年齡介於…), names every place, and must reach the whole too (unless it ends in 等).
    A clause in the list counting the kind in another shape leaves the list unread."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for m in rx(_SPREAD).finditer(text, sentence.start, sentence.end):
        # (主要分布在: mostly there, the places named are not all)
        mostly = rx(r"(?:主要|大多|大部分|多数|多數|集中)$").search(text, sentence.start, m.start())
        respective = _respective_places(text, qs, starts, m.end(), sentence.end)
        if respective is not None:
            named, figures = respective
            whole = _spread_whole(text, qs, starts, sentence, mostly.start() if mostly else m.start()) \
                or _spread_whole_before(doc, sentence, m.start(), figures[0].family)
            if whole is not None and all(q.family == whole.family and is_amount(q) and bounded(q) for q in figures):
                verdict = weigh_parts(figures, figures, whole, exhaustive=not mostly and "等" not in named,
                                      threshold=False)
                if verdict:
                    found.append(verdict)
            continue
        whole = _spread_whole(text, qs, starts, sentence, mostly.start() if mostly else m.start())
        if whole is None:
            continue
        parts: list[Quantity] = []
        complete = not mostly
        for a, b in clause_spans(text, m.end(), sentence.end):
            b = a + len(text[a:b].rstrip("。！？!?；; \u3000\n"))     # (the sentence's own end mark)
            inside = [q for q in between(qs, starts, a, b) if q.end <= b]
            mine = [q for q in inside if q.family == whole.family]
            if not mine:
                break       # the list ends: a clause counting something else (年齡介於4歲至81歲)
            items = _place_items(text, mine, a, b)
            if items is None or len(mine) != len(inside):
                parts = []
                break       # a count of the kind the list cannot read: which places it names is not said
            parts.extend(items)
            complete = complete and "等" not in text[a:b]
        if len(parts) < 2 or not all(is_amount(q) and bounded(q) for q in parts):
            continue
        verdict = weigh_parts(parts, parts, whole, exhaustive=complete, threshold=False)
        if verdict:
            found.append(verdict)
    return found


# places named one after another, then their figures in the same order (分布於溪口鄉、新豐鄉及海埔鎮，面積
# 分別為2,915公頃、2,104公頃及1,963公頃)
_PLACES_NAMED = (r"(?P<names>[\u3400-\u9fff]{2,8}(?:(?:、|及|和|与|與|以及)[\u3400-\u9fff]{2,8}){1,12}(?:等)?)"
                 r"[，,]?[\u3400-\u9fff]{0,4}?(?:分别|分別)(?:为|為|是|有|达|達)?")
# what may stand between a whole's figure and the 分布 after it: a comma and all of them (…6,482公頃，
# 全數分布於…)
_ALL_OF_IT = r"[，,]?(?:全数|全數|全部|均|都|皆)?"


def _respective_places(text: str, qs: list[Quantity], starts: list[int], at: int,
                       end: int) -> tuple[str, list[Quantity]] | None:
    """The places named after 分布 and their figures said respectively, one per place, joined by
    、/及/和 (…分布於A鄉、B鄉及C鎮，面積分別為…、…及…): the names and the figures, or None."""
    m = rx(_PLACES_NAMED).match(text, at, end)
    if m is None:
        return None
    names = [n for n in rx(NAME_JOIN).split(m.group("names").removesuffix("等")) if n]
    stop = next((c.start() for c in rx(CLAUSE_MARK).finditer(text, m.end(), end)), end)
    figures = between(qs, starts, m.end(), stop)
    if len(figures) != len(names) or not rx(r"[0-9０-９]").match(text, figures[0].start) \
            or figures[0].qual_start != m.end() \
            or not all(rx(r"(?:、|及|和|与|與|以及)").fullmatch(text, p.end, q.qual_start) for p, q in pairwise(figures)):
        return None
    return m.group("names"), figures


def _spread_whole_before(doc: Any, sentence: Sentence, at: int, family: str) -> Quantity | None:
    """The whole of a 分布 opening a sentence with its subject alone (本縣稻作全數分布於…): the one
    amount of the parts' kind in the sentence before, named by two characters of the subject
    (稻作 of 一期稻作種植面積)."""
    subject = rx(r"[\u3400-\u9fff]{2,12}").fullmatch(doc.text, sentence.start, at)
    if subject is None:
        return None
    held = sentence_holding(doc, sentence.start, family, back=1)
    if held is None:
        return None
    wholes = [q for q in held.quantities if q.family == family and is_amount(q) and bounded(q)
              and not how_much_changed(q) and q.low > 0]
    if len(wholes) != 1 or not shares_noun(rx(r"(?:全数|全數|全部|均|都|皆)$").sub("", subject.group()), wholes[0].lead):
        return None
    return wholes[0]


def _spread_whole(text: str, qs: list[Quantity], starts: list[int], sentence: Sentence, at: int) -> Quantity | None:
    """The whole spread over places: the figure right before 分布 (今日30例分布狀況為), or, when 分布
    opens its clause, the one figure ending the clause before (村落289个，分布在…)."""
    if rx(CLAUSE_MARK).match(text, at - 1):
        back = clauses_back(text, sentence.start, at - 1, 1)
        if not back:
            return None
        found = clause_whole(text, qs, starts, *back[0])
        if found is None:
            return None
        whole = found
    else:
        here = [q for q in between(qs, starts, sentence.start, at) if q.end <= at]
        if not here or not (rx(r"[\u3400-\u9fff]{0,6}").fullmatch(text, here[-1].end, at)
                            or rx(_ALL_OF_IT).fullmatch(text, here[-1].end, at)):
            return None
        whole = here[-1]
    return whole if is_amount(whole) and bounded(whole) and whole.low > 0 else None


def _place_items(text: str, figures: list[Quantity], a: int, b: int) -> list[Quantity] | None:
    """The parts one clause of a distribution list gives: its places and their counts, in a 、
    list (东部山区163个、西部丘陵126个) or one count for places joined (北區、安南區及關廟區各1例: that
    count once per place); None when the clause holds anything else."""
    if len(figures) == 1:
        each = rx(_PLACES_EACH).fullmatch(text, a, figures[0].qual_start)
        if each and figures[0].end == b:
            return [figures[0]] * len(rx(NAME_JOIN).split(each.group("names")))
    items = []
    at = a
    for q in figures:
        if not rx(_PLACE_COUNT).fullmatch(text, at, q.qual_start):
            return None
        nxt = q.end
        if nxt < b:
            if text[nxt] != "、":
                return None
            nxt += 1
        items.append(q)
        at = nxt
    return items if at >= b else None


def _more_grades(text: str, qs: list[Quantity], starts: list[int], a: int, end: int, stop: int,
                 parts: list[Quantity]) -> list[Quantity]:
    """评选出特等奖16名，一等奖24名，…: the grades chosen may go on in clauses of their own after the
    verb's clause, each a grade and its figure and nothing else; they are taken while they do and
    every grade named is a kind of one set with the first (kinds.mutually_exclusive: 特等奖, 一等奖),
    so that a clause counting something else (女性获奖者5名) ends the list."""
    more: list[Quantity] = []
    names = [text[a:parts[0].qual_start]] if len(parts) == 1 else []
    at = end
    while names and at < stop and text[at] in "，,":
        nxt = next((c.start() for c in rx(CLAUSE_MARK).finditer(text, at + 1, stop)), stop)
        clause_end = at + 1 + len(text[at + 1:nxt].rstrip("。！？!? \u3000"))
        figures = [q for q in between(qs, starts, at + 1, clause_end) if q.end <= clause_end]
        if len(figures) != 1 or figures[0].family != parts[0].family or figures[0].end != clause_end \
                or not rx(r"[\u3400-\u9fff]{1,8}").fullmatch(text, at + 1, figures[0].qual_start) \
                or not mutually_exclusive([*names, text[at + 1:figures[0].qual_start]]):
            break
        names.append(text[at + 1:figures[0].qual_start])
        more.append(figures[0])
        at = nxt
    return more


# a verb of choosing some out of the whole, after at most a short subject in its clause (日前并请专业
# 评审老师评选出…), then the list of what was chosen
_CHOSEN = r"(?<=[，,；;])(?P<subject>[^，,；;。0-9０-９]{0,16}?)(?:%s)" % "|".join(SELECTED)


def _selected(doc: Any, sentence: Sentence, starts: list[int]) -> list[Relation]:
    """共征集老照片114幀，评审老师评选出优选30幀、佳作23幀: what is chosen out of a whole is inside it,
    and the grades of one list are chosen apart (a thing gets one of them): the 、 list after the
    verb of choosing (评选出, 选出, 评定出 …) is added up, never above the whole, the one figure that
    ends the clause before. Chosen ones need not be all: their sum may fall short."""
    text = doc.text
    qs = sentence.quantities
    found: list[Relation] = []
    for m in rx(_CHOSEN).finditer(text, sentence.start, sentence.end):
        end = next((c.start() for c in rx(CLAUSE_MARK).finditer(text, m.end(), sentence.end)), sentence.end)
        end = m.end() + len(text[m.end():end].rstrip("。！？!? \u3000"))
        figures = [q for q in between(qs, starts, m.end(), end) if q.end <= end]
        parts = _place_items(text, figures, m.end(), end) if figures else None
        if not parts:
            continue
        parts = parts + _more_grades(text, qs, starts, m.end(), end, sentence.end, parts)
        # the nearest clause before with a figure of the kind chosen (clauses saying how they chose
        # may come between: 经评委会两轮评审，评选出…)
        # (not a part named under 其中: the pool is its whole, 共收到作品2,680幅，其中手机摄影作品960幅，
        # …评选出获奖作品1,050幅)
        # (nor a figure chosen itself: 第一批遴选出12个，第二批遴选出18个 — batches, no pool)
        back = [(a, b) for a, b in clauses_back(text, sentence.start, m.start() - 1, 3)
                if any(q.family == parts[0].family for q in between(qs, starts, a, b))
                and not rx(BREAKDOWN).search(text, a, b)]
        if back and rx("|".join(SELECTED)).search(text, *back[-1]):
            continue
        if not back:
            continue
        whole = clause_whole(text, qs, starts, *back[-1])
        if whole is None:
            continue
        if not parts or not all(q.family == whole.family and is_amount(q) and bounded(q) for q in parts) \
                or not (is_amount(whole) and bounded(whole) and whole.low > 0):
            continue
        verdict = weigh_parts(parts, parts, whole, exhaustive=False, threshold=False)
        if verdict:
            found.append(verdict)
    return found
