"""Numbers that must add up (NUM rules).

Every check reads the shared quantities (`checker.analysis.quantities`) of the sentences that
can hold a relation (`relation_sentences`) and compares intervals:
a statement is reported only when *no* choice of true values inside the stated figures' rounding
intervals makes it right. Each finding carries `arith` / `arith_en`: the arithmetic, written out
for the editor.

The relations are found once per document (`doc.shared(...)`) and each rule reports its own kind.
Relations found right are yielded as verified findings (printed with `--show-verified`);
`verified(doc)` lists them for the benchmark report.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from ..analysis.quantities import INF, Quantity, format_value, quantities, quantities_in_sentences
from ..analysis.sentences import CLAUSE_MARKS, sentences
from ..diagnostic import Finding
from ..resources import read_word_sections

# The patterns are kept as source and compiled when first used (`_rx`): most documents never
# reach the rarer relations, and each compile adds to start-up (0.2-1 ms each).
_rx = functools.cache(re.compile)

_CLAUSE_MARK = "[%s]" % CLAUSE_MARKS  # the clause rule of analysis/sentences.py
_COMPARE_LEAD = (r"(?:比|较|較|同比|环比|增长|增長|增加|减少|減少|下降|提高|降低|上升|多|少|"
                 r"增|减|減|降|升|扩大|擴大|缩小|縮小)[至到为為]?$|[从從由]$")
_RATE_LEAD = r"(?:均|每)"
# The vocabulary of the relations is data (rules/data/num_words.txt).
_WORDS = read_word_sections("num_words.txt")
# A clause after 其中 that starts like this is no longer a part of the total.
_SCOPE_STOP = r"^(?:%s)" % "|".join(_WORDS["scope-stop"])
_THRESHOLD = r"超过|超過|以上|以下|不足|及以上|逾|高于|低于"
_SUBPARTS = r"^(?:包括|包含|含)"
_EXHAUSTIVE_LAST = r"(?:%s)" % "|".join(_WORDS["exhaustive-last"])
COMPLEMENTS = tuple(tuple(pair.split()) for pair in _WORDS["complements"])


@dataclass
class Relation:
    """One arithmetic statement found in the text, checked or not."""
    kind: str           # parts-exceed, parts-short, running-total, average, share, change, ...
    ok: bool
    start: int          # the span to report (the figure that does not fit)
    end: int
    arith: str
    arith_en: str


# ---------------------------------------------------------------------------------------------
# the sentences whose figures a relation may use

# Every relation but the out-of-proportion one is anchored on a word in its own sentence: 其中
# (parts, shares), a running-total word, 户均/人均/每户/每人… (averages, see _RATE), 由/从 with a
# verb of change (changes), 占/比例/比重 with a percentage (percent sums). A head is cut at the
# sentence start, and a lead is Han text before a figure: the character before a sentence is
# never Han, so the word lies in the figure's sentence. (One exception: `$` in _HAN_BEFORE
# also matches before a final line break, so a figure that starts a line has the end of the
# line before as its lead. Such a figure is the first of its sentence: no count comes before
# it as a rate, and a percent sum needs a second share, whose own word is in the sentence.)
# Only those sentences (a twentieth of the text) have their figures read,
# and the ones right before 以上/上述 (the list it may sum).
# A running-total word is at most 4 characters before its figure's qualifier (_RUNNING), and
# 由/从 at most 14 before it (_FROM); a qualifier is at most 3 characters. A word chooses its
# sentence only when a character that can start a figure follows within that reach. (The
# running words' reach is tested apart from _TRIGGER: as lookaheads in it they made its compile,
# on the first document, cost 2.5 ms instead of 0.9.)
_FIGURE_FIRST = "[0-9０-９〇零一二三四五六七八九两兩十百]"
_RUNNING_REACH = r"[^\n]{0,5}" + _FIGURE_FIRST
_FROM_REACH = r"[^，,；;。]{0,17}" + _FIGURE_FIRST
_RUNNING_WORDS = frozenset(("共计", "共計", "合计", "合計", "总计", "總計", "总共", "總共", "一共", "以上",
                            "上述"))
# Every branch is a plain word, so `re` scans for the set of first characters (a class such as
# [由从從] in one branch makes the scan four times slower).
# 由/从, the most frequent words, keep their reach as a lookahead: tested apart it cost more
# scans than it saved compile time.
_TRIGGER = "|".join(["其中", "户均", "戶均", "人均", "每户", "每戶", "每人", "每名", "每位", "占", "佔", "比例",
                     "比重", *sorted(_RUNNING_WORDS)]
                    + ["%s(?=%s)" % (word, _FROM_REACH) for word in "由从從"])
_FROM_WORDS = frozenset("由从從")
_SHARE_WORDS = frozenset(("占", "佔", "比例", "比重"))


def relation_sentences(doc) -> list:
    """The sentences that may hold a relation and hold a quantity, each with its quantities
    (what `analysis.quantities.sentence_quantities` gives for them)."""
    text = doc.text
    search = _rx(_TRIGGER).search
    m = search(text)
    if not m:
        return []       # without one of the words no sentence is needed, nor the sentence split
    spans = doc.shared(sentences)
    starts = [span.start for span in spans]
    chosen: set[int] = set()
    while m:
        i = bisect.bisect_right(starts, m.start()) - 1
        span = spans[i]
        word = m.group()
        if (word in _RUNNING_WORDS and not _rx(_RUNNING_REACH).match(text, m.end())) or (
                word in _FROM_WORDS and not _rx(_VERB).search(text, m.end(), span.end)) or (
                word in _SHARE_WORDS and text.find("%", span.start, span.end) < 0
                and text.find("％", span.start, span.end) < 0
                and text.find("百分之", span.start, span.end) < 0):
            m = search(text, m.start() + 1)     # not a relation; another word may follow (上述 in 以上述)
            continue
        chosen.add(i)
        if text.find("以上", span.start, span.end) >= 0 or text.find("上述", span.start, span.end) >= 0:
            # _running_totals pools the sentence before when it ends less than 4 characters
            # before this one; an earlier sentence with figures is too far to be pooled.
            j = i - 1
            while j >= 0 and span.start - spans[j].end < 4:
                chosen.add(j)
                j -= 1
        m = search(text, max(span.end, m.end()))    # one search per sentence chosen
    return quantities_in_sentences(doc, sorted(chosen))


# ---------------------------------------------------------------------------------------------
# helpers

def _fmt(value: Decimal, like: Quantity) -> str:
    return format_value(value, like)


def _total(parts) -> tuple[Decimal, Decimal, Decimal]:
    return (sum((p.value for p in parts), Decimal(0)), sum((p.low for p in parts), Decimal(0)),
            sum((p.high for p in parts), Decimal(0)))


def _overlap(low1, high1, low2, high2) -> bool:
    return low1 <= high2 and low2 <= high1


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end (relative to text) of the clause holding pos."""
    start = 0
    for m in _rx(_CLAUSE_MARK).finditer(text, 0, pos):
        start = m.end()
    after = _rx(_CLAUSE_MARK).search(text, pos)
    return start, (after.start() if after else len(text))


def _is_plain_amount(q: Quantity) -> bool:
    """A count or amount that can be a part or a total (not a rate, a ratio or a difference)."""
    if q.family in ("percent", "points") or q.family.startswith(("time-", "age")):
        return False
    lead = q.lead[-6:]
    return not (_rx(_RATE_LEAD).search(lead[-4:]) or _rx(_COMPARE_LEAD).search(q.lead))


def _rounding_note(sum_low: Decimal, sum_high: Decimal, total: Quantity, too_big: bool, like) -> tuple[str, str]:
    if too_big and sum_low != sum_high:
        return f"（按四舍五入至少{_fmt(sum_low, like)}）", f" (at least {_fmt(sum_low, like)} allowing for rounding)"
    if not too_big and sum_low != sum_high:
        high = "∞" if sum_high == INF else _fmt(sum_high, like)
        return f"（按四舍五入至多{high}）", f" (at most {high} allowing for rounding)"
    return "", ""


# ---------------------------------------------------------------------------------------------
# parts of a total: X，其中 a、b、c

def _parts_analysis(doc) -> tuple[list[Relation], list]:
    """The 其中 relations, and (total, parts) for every 其中 list whose total is unambiguous
    (the share check reuses those groups)."""
    relations: list[Relation] = []
    groups: list = []
    if "其中" not in doc.text:   # a str `in` test is far cheaper than a look at each sentence
        return relations, groups
    for sentence in doc.shared(relation_sentences):
        text = sentence.text
        if "其中" not in text:
            continue
        for m in re.finditer("其中", text):
            relation = _check_parts(doc, sentence, m.start(), groups)
            if relation:
                relations.append(relation)
    return relations, groups


def _parts_relations(doc) -> list[Relation]:
    return doc.shared(_parts_analysis)[0]


def _part_groups(doc) -> list:
    return doc.shared(_parts_analysis)[1]


def _paren_depth(text: str, pos: int) -> int:
    return (text.count("(", 0, pos) + text.count("（", 0, pos)
            - text.count(")", 0, pos) - text.count("）", 0, pos))


def _check_parts(doc, sentence, pos: int, groups: list) -> Relation | None:
    text, base = sentence.text, sentence.start
    qs = sentence.quantities
    # The total: the one amount of the parts' family in the clause right before 其中.
    before = text[:pos].rstrip("，,：: ")
    clause_start = 0
    previous_start = None
    for m in _rx(_CLAUSE_MARK).finditer(before):
        previous_start, clause_start = clause_start, m.end()
    totals = [q for q in qs if base + clause_start <= q.start and q.end <= base + len(before)
              and _is_plain_amount(q) and not re.search(r"[从從由]$", q.lead)]
    if not totals:
        return None
    in_parens = _paren_depth(text, pos) > 0
    paren_end = len(text)
    if in_parens:
        close = re.search(r"[)）]", text[pos:])
        paren_end = pos + close.start() if close else len(text)
    # The parts: the clauses after 其中, while they go on listing amounts of the total's family.
    clause_texts = []
    offset = pos + 2
    for piece in re.split(r"(?<=[，,；;])", text[pos + 2:paren_end]):
        clause_texts.append((offset, piece))
        offset += len(piece)
    total = None
    first: list[Quantity] = []      # parts in the first clause: a list that must not exceed
    parts: list[Quantity] = []      # parts in every clause that goes on listing
    threshold = False
    seen_clause = False
    for cstart, piece in clause_texts:
        body = piece.lstrip("，,：: ")
        if not body:
            continue
        if seen_clause and (_rx(_SCOPE_STOP).match(body) or piece.startswith(("；", ";"))):
            break
        if "其中" in piece:
            break
        inside = [q for q in qs if base + cstart <= q.start < base + cstart + len(piece)
                  and (in_parens or _paren_depth(text, q.start - base) == 0)]
        if total is None:
            candidates = [q for q in inside if _is_plain_amount(q)
                          and any(t.family == q.family for t in totals)]
            if not candidates:
                if seen_clause:
                    return None
                seen_clause = bool(inside) or seen_clause
                continue
            family = candidates[0].family
            same = [t for t in totals if t.family == family]
            if len(same) != 1 or _parallel_before(qs, base, previous_start, clause_start, family):
                return None     # 立案2482人，处分1647人，移送73人，其中……: which total?
            total = same[0]
        mine = [q for q in inside if q.family == total.family and _is_plain_amount(q)
                and not _total_lead(q.lead)]
        if not mine:
            break
        if _rx(_SUBPARTS).match(body):
            seen_clause = True
            continue            # 包括男运动员126人、女运动员158人: a breakdown of the part before
        if not seen_clause:
            first = mine
            threshold = bool(_rx(_THRESHOLD).search(body))
        seen_clause = True
        parts.extend(mine)
    if total is None or not parts:
        return None
    groups.append((total, list(parts)))
    parts = _collapse_breakdowns(parts)
    first = [q for q in first if q in parts]
    exhaustive = len(parts) >= 2 and (_rx(_EXHAUSTIVE_LAST).search(parts[-1].lead) is not None or (
        len(parts) == 2 and _complementary(parts[0].lead, parts[1].lead)))
    # A part larger than the whole, or a list in one clause that adds up to more than the whole.
    for part in first:
        if part.low > total.high:
            note, note_en = _rounding_note(part.low, part.high, total, True, total)
            return Relation("parts-exceed", False, part.start, part.end,
                            f"其中{part.text}{note}大于总数{total.text}",
                            f"the part {part.text}{note_en} is larger than the total {total.text}")
    if len(first) >= 2 and not threshold:
        value, low, high = _total(first)
        if low > total.high:
            note, note_en = _rounding_note(low, high, total, True, total)
            shown = f"{' + '.join(p.text for p in first)} = {_fmt(value, total)}"
            return Relation("parts-exceed", False, first[-1].start, first[-1].end,
                            f"其中各项之和 {shown}{note}，大于总数{total.text}",
                            f"the parts add up to {shown}{note_en}, more than the total {total.text}")
    value, low, high = _total(parts)
    shown = f"{' + '.join(p.text for p in parts)} = {_fmt(value, total)}" if len(parts) > 1 else parts[0].text
    if exhaustive and high < total.low:
        note, note_en = _rounding_note(low, high, total, False, total)
        return Relation("parts-short", False, parts[-1].start, parts[-1].end,
                        f"其中各项之和 {shown}{note}，小于总数{total.text}",
                        f"the parts add up to {shown}{note_en}, less than the total {total.text}")
    if low > total.high or len(parts) < 2:
        return None     # parts over several clauses may overlap: no verdict either way
    exact = exhaustive and _overlap(low, high, total.low, total.high)
    return Relation("parts", True, total.start, total.end,
                    f"{shown}{'，等于' if exact else '，不超过'}{total.text}",
                    f"{shown}, {'equal to' if exact else 'within'} {total.text}")


def _total_lead(lead: str) -> bool:
    return bool(re.search(r"(?:共|总|總|合计|合計|累计|累計)[^，,]{0,3}$", lead))


def _parallel_before(qs, base, previous_start, clause_start, family) -> bool:
    if previous_start is None:
        return False
    return any(q.family == family and _is_plain_amount(q)
               and base + previous_start <= q.start < base + clause_start for q in qs)


def _complementary(lead1: str, lead2: str) -> bool:
    for a, b in COMPLEMENTS:
        if (a in lead1 and b in lead2) or (b in lead1 and a in lead2):
            return True
    return False


def _collapse_breakdowns(parts: list[Quantity]) -> list[Quantity]:
    """Drop runs of parts that break down the part before them (运动员886人，女437人，男449人)."""
    result = []
    i = 0
    while i < len(parts):
        head = parts[i]
        result.append(head)
        j = i + 2
        skip_to = None
        while j <= len(parts):
            run = parts[i + 1:j]
            _value, low, high = _total(run)
            if len(run) >= 2 and _overlap(low, high, head.low, head.high):
                skip_to = j
                break
            if low > head.high:
                break
            j += 1
        i = skip_to if skip_to else i + 1
    return result


# ---------------------------------------------------------------------------------------------
# running totals: a、b、c，共计N / 以上N个

_RUNNING = r"(共计|共計|合计|合計|总计|總計|总共|總共|一共|以上|上述)(?:有|为|為|达到|達到|达|達|是)?$"
_RUNNING_CHARS = frozenset("共计計上")
_NESTED = r"其中|包括|包含|含|分别|分別"
_TERMINAL = r"[。！？!?]\s*$"


def _running_totals(doc) -> list[Relation]:
    relations = []
    found = doc.shared(relation_sentences)
    for index, sentence in enumerate(found):
        for q in sentence.quantities:
            head = doc.text[max(sentence.start, q.qual_start - 4):q.qual_start]
            # every running-total word holds one of these: one set test before the regex
            m = None if _RUNNING_CHARS.isdisjoint(head) else _rx(_RUNNING).search(head)
            if not m or not _is_plain_amount_total(q):
                continue
            word = m.group(1)
            trigger_start = q.qual_start - len(head) + m.start()
            if any(p.start < trigger_start < p.end for p in sentence.quantities):
                continue    # 100平方公尺以上10萬元: 以上 belongs to the figure before
            pool = [p for p in sentence.quantities if p.end <= trigger_start]
            if word in ("以上", "上述") and index > 0:
                # 以上12个 may sum a list in the sentence before, even across a broken paragraph
                prev = found[index - 1]
                gap = doc.text[prev.end:sentence.start]
                if prev.end <= sentence.start and (not gap.strip() or not _rx(_TERMINAL).search(
                        doc.text[prev.start:prev.end]) or "\n" not in gap) and sentence.start - prev.end < 4:
                    pool = prev.quantities + pool
                elif not pool:
                    continue
            parts = _running_parts(doc, pool, q)
            if len(parts) < 2:
                continue
            span_text = doc.text[parts[0].start:trigger_start]
            if _rx(_NESTED).search(span_text):
                continue
            value, low, high = _total(parts)
            shown = f"{' + '.join(p.text for p in parts)} = {_fmt(value, q)}"
            restated = any(_overlap(p.low, p.high, q.low, q.high) for p in parts)
            if not _overlap(low, high, q.low, q.high) and (
                    restated or (high < q.low and not _every_item_counted(doc, parts, trigger_start))):
                continue    # 15位大法官中……一共15位; an item listed without a figure
            if _overlap(low, high, q.low, q.high):
                relations.append(Relation("running-total", True, q.start, q.end,
                                          f"{shown}，与“{word}{q.text}”一致",
                                          f"{shown}, matching “{word}{q.text}”"))
            else:
                note, note_en = _rounding_note(low, high, q, low > q.high, q)
                relations.append(Relation(
                    "running-total", False, q.start, q.end,
                    f"前列各项 {shown}{note}，但文中“{word}”为{q.text}",
                    f"the items listed add up to {shown}{note_en}, but the text says “{word}” {q.text}"))
    return relations


def _every_item_counted(doc, parts: list[Quantity], end: int) -> bool:
    """True when each item of the list before a running total carries one of the figures."""
    text = doc.text
    start = parts[0].qual_start
    while start > 0 and text[start - 1] not in "，,；;、：:。\n":
        start -= 1
    items = [m for m in re.finditer(r"[^、，,；;]+", text[start:end]) if m.group().strip()]
    for item in items:
        inside = [p for p in parts if start + item.start() <= p.start < start + item.end()]
        if len(inside) != 1:
            return False
    return True


def _is_plain_amount_total(q: Quantity) -> bool:
    return q.family not in ("percent", "points") and not q.family.startswith(("time-", "age"))


def _noun_across(doc, q: Quantity) -> str:
    """The noun after a count, read across a paragraph broken in mid-phrase (1处集中式 / 光伏电站)."""
    noun = q.noun
    end = q.end + len(noun)
    if len(noun) < 8:
        m = re.match(r"\s*\n\s*([\u3400-\u9fff]{1,8})", doc.text[end:end + 40])
        if m:
            noun += m.group(1)
    return noun


def _shares_noun(a: str, b: str) -> bool:
    a, b = a[:8], b[:8]
    return any(a[i:i + 2] in b for i in range(len(a) - 1))


def _running_parts(doc, pool: list[Quantity], total: Quantity) -> list[Quantity]:
    """The items a running total sums: the amounts of its kind right before it, in text order."""
    parts: list[Quantity] = []
    total_noun = _noun_across(doc, total)
    for p in reversed(pool):
        if total.is_count:
            if not p.is_count or not total_noun or not _shares_noun(_noun_across(doc, p), total_noun):
                continue
        elif p.family != total.family:
            continue
        if not _is_plain_amount(p) or _total_lead(p.lead) or p.qualifier in ("atleast", "atmost", "approx"):
            break
        parts.append(p)
    return list(reversed(parts))


# ---------------------------------------------------------------------------------------------
# average × count = total: 为2.51万户发放户均5万元的贷款12.45亿元

_RATE = r"(户均|戶均|人均|每户|每戶|每人|每名|每位|平均每户|平均每戶|平均每人)[\u3400-\u9fff]{0,6}$"


def _rate(lead: str):
    """The 户均/人均/每户 … that ends a lead; every one of them holds 均 or 每."""
    if "均" not in lead and "每" not in lead:
        return None
    return _rx(_RATE).search(lead)


def _averages(doc) -> list[Relation]:
    relations = []
    for sentence in doc.shared(relation_sentences):
        qs = sentence.quantities
        for i, rate in enumerate(qs):
            m = _rate(rate.lead)
            if not m or rate.qualifier in ("atleast", "atmost") or rate.family in ("percent", "points"):
                continue
            marker = m.group(1)
            count_family = "households" if marker[-1] in "户戶" or marker.startswith(("户", "戶")) else "people"
            counts = [q for q in qs[:i] if q.family == count_family and _is_plain_amount(q)
                      and not _rate(q.lead)]
            if not counts:
                continue
            count = counts[-1]
            text = sentence.text
            rel = rate.end - sentence.start
            clause_end = _clause_bounds(text, rel)[1]
            totals = [q for q in qs[i + 1:] if q.family == rate.family and q.end - sentence.start <= clause_end
                      and _is_plain_amount(q) and not _rate(q.lead)]
            if not totals:
                continue
            total = totals[0]
            if count.family == "people" and total.family == "people":
                continue
            low, high = count.low * rate.low, count.high * rate.high
            value = count.value * rate.value
            shown = f"{count.text} × {marker}{rate.text} = {_fmt(value, total)}"
            if _overlap(low, high, total.low, total.high):
                relations.append(Relation("average", True, total.start, total.end,
                                          f"{shown}，与{total.text}一致", f"{shown}, matching {total.text}"))
                continue
            note, note_en = _rounding_note(low, high, total, low > total.high, total)
            relations.append(Relation(
                "average", False, total.start, total.end,
                f"{shown}{note}，但文中为{total.text}",
                f"{count.text} × {rate.text} per {'household' if count_family == 'households' else 'person'}"
                f" = {_fmt(value, total)}{note_en}, but the text says {total.text}"))
    return relations


# ---------------------------------------------------------------------------------------------
# shares: 其中M，占X%

_SHARE_LEAD = (r"(?:占|佔)(?:比|比重|总数的|總數的|总量的|總量的|总额的|總額的|总人数的|總人數的)?"
               r"(?:为|為|达|達|达到|達到)?$")


def _shares(doc) -> list[Relation]:
    relations: list[Relation] = []
    groups = _part_groups(doc)
    if not groups:
        return relations
    by_start = {}
    for sentence in doc.shared(relation_sentences):
        for i, q in enumerate(sentence.quantities):
            by_start[q.start] = (sentence, i)
    for total, parts in groups:
        if total.qualifier in ("atleast", "atmost") or total.low <= 0:
            continue
        for part in parts:
            sentence, i = by_start[part.start]
            if i + 1 >= len(sentence.quantities):
                continue
            share = sentence.quantities[i + 1]
            gap = doc.text[part.end:share.qual_start]
            if share.family != "percent" or not _rx(_SHARE_LEAD).search(share.lead) or len(gap) > 8 \
                    or re.search(r"[；;。]", gap) or share.qualifier in ("atleast", "atmost"):
                continue
            low = part.low / total.high * 100
            high = (part.high / total.low * 100) if total.low > 0 else INF
            value = part.value / total.value * 100
            shown = f"{part.text} ÷ {total.text} = {_plain_pct(value)}%"
            if _overlap(low, high, share.low, share.high):
                relations.append(Relation("share", True, share.start, share.end,
                                          f"{shown}，与{share.text}一致", f"{shown}, matching {share.text}"))
                continue
            if low != high:
                bound = f"{_plain_pct(low)}%–{_plain_pct(high)}%"
                note, note_en = f"（按四舍五入在{bound}之间）", f" ({bound} allowing for rounding)"
            else:
                note = note_en = ""
            relations.append(Relation(
                "share", False, share.start, share.end,
                f"{shown}{note}，但文中为{share.text}",
                f"{shown}{note_en}, but the text says {share.text}"))
    return relations


def _plain_pct(value: Decimal) -> str:
    if value == INF:
        return "∞"
    text = format(value.quantize(Decimal("0.01")), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# ---------------------------------------------------------------------------------------------
# changes: 由A增加到B; 由A%下降到B%，下降N个百分点; 由A增长到B，增长X%

_UP = "|".join(_WORDS["up"])
_DOWN = "|".join(_WORDS["down"])
_CHANGE_GAP = (r"^(?:[^，,；;。\d]{0,4}?)(?P<verb>%s|%s)(?:了)?(?:到|至|为|為)?[^，,；;。]{0,12}$"
               % (_UP, _DOWN))
_VERB = _UP + "|" + _DOWN
_UP_WORDS = frozenset(_UP.split("|"))
_FROM = r"(?:由|从|從)[^，,；;。]{0,14}$"
_FROM_CHARS = frozenset("由从從")
# The amount must follow at once, with no new subject and no 年均 (an average yearly rate).
_AMOUNT_AFTER = (r"^[，,]?(?:共|共计|共計|累计|累計|合计|合計|总共|總共)?(?P<verb>%s|%s)(?:了)?$"
                 % (_UP, _DOWN))


def _changes(doc) -> list[Relation]:
    relations = []
    up = _UP_WORDS
    for sentence in doc.shared(relation_sentences):
        qs = sentence.quantities
        for i in range(len(qs) - 1):
            a, b = qs[i], qs[i + 1]
            if a.family != b.family or a.family.startswith(("time-", "age")) or a.family == "length":
                continue    # 精度从30米提高至15米: for lengths and times smaller is often better
            before = doc.text[max(sentence.start, a.qual_start - 16):a.qual_start]
            origin = None if _FROM_CHARS.isdisjoint(before) else _rx(_FROM).search(before)
            if not origin or _rx(_VERB).search(origin.group()):
                continue    # 由下降3.8%转为增长1.8%: the figures are changes themselves
            gap = doc.text[a.end:b.qual_start]
            m = _rx(_CHANGE_GAP).match(gap)
            if not m or a.qualifier or b.qualifier or re.search(r"转|轉", gap):
                continue
            rising = m.group("verb") in up
            verb = m.group("verb")
            arrow = f"{a.text} → {b.text}"
            if rising and b.high < a.low or not rising and b.low > a.high:
                relations.append(Relation(
                    "change-direction", False, b.start, b.end,
                    f"“{verb}”，但{arrow}是{'减少' if rising else '增加'}",
                    f"“{verb}” ({'rise' if rising else 'fall'}), but {arrow} is a "
                    f"{'fall' if rising else 'rise'}"))
                continue
            relations.append(Relation("change-direction", True, b.start, b.end,
                                      f"{arrow}，与“{verb}”一致", f"{arrow}, matching “{verb}”"))
            if i + 2 < len(qs):
                relations.extend(_change_amount(doc, a, b, qs[i + 2], rising))
    return relations


def _change_amount(doc, a: Quantity, b: Quantity, d: Quantity, rising: bool) -> list[Relation]:
    m = _rx(_AMOUNT_AFTER).match(doc.text[b.end:d.qual_start])
    if not m or d.qualifier in ("atleast", "atmost", "range"):
        return []
    if (m.group("verb") in _UP.split("|")) != rising:
        return []
    sign = 1 if rising else -1
    if d.family == a.family and a.family not in ("percent",):
        low, high = sign * (b.low - a.high), sign * (b.high - a.low)
        value = sign * (b.value - a.value)
        shown = f"{b.text} − {a.text} = {_fmt(b.value - a.value, d)}" if rising else \
            f"{a.text} − {b.text} = {_fmt(a.value - b.value, d)}"
    elif d.family == "points" and a.family == "percent":
        low, high = sign * (b.low - a.high), sign * (b.high - a.low)
        value = sign * (b.value - a.value)
        diff = _plain_pct(abs(b.value - a.value))
        shown = f"{b.text} − {a.text} = {diff}个百分点" if rising else f"{a.text} − {b.text} = {diff}个百分点"
    elif d.family == "percent" and a.family not in ("percent", "points") and a.low > 0:
        ratios = [(b.low - a.high) / a.high, (b.low - a.low) / a.low, (b.high - a.high) / a.high,
                  (b.high - a.low) / a.low]
        low, high = sign * min(ratios) * 100, sign * max(ratios) * 100
        if low > high:
            low, high = high, low
        value = sign * (b.value - a.value) / a.value * 100
        shown = f"({b.text} − {a.text}) ÷ {a.text} = {_plain_pct(abs(value))}%"
    else:
        return []
    if low > high:
        low, high = high, low
    if _overlap(low, high, d.low, d.high):
        return [Relation("change-amount", True, d.start, d.end, f"{shown}，与{d.text}一致",
                         f"{shown}, matching {d.text}")]
    return [Relation("change-amount", False, d.start, d.end,
                     f"{shown}，但文中为“{m.group('verb')}{d.text}”",
                     f"{shown}, but the text says “{m.group('verb')} {d.text}”")]


# ---------------------------------------------------------------------------------------------
# percentages of one whole: 男性占52%，女性占48%; A占30%，B占20%，其他占50%

_SHARE_WORD = r"占|佔|比例|比重"


def _percent_sums(doc) -> list[Relation]:
    relations = []
    for sentence in doc.shared(relation_sentences):
        shares = [q for q in sentence.quantities if q.family == "percent" and _rx(_SHARE_WORD).search(q.lead[-6:])
                  and q.qualifier not in ("atleast", "atmost")]
        if len(shares) < 2:
            continue
        group = None
        if len(shares) == 2 and _complementary(shares[0].lead, shares[1].lead) or _rx(_EXHAUSTIVE_LAST).search(shares[-1].lead[-8:]):
            group = shares
        if not group or any(q.qualifier for q in group):
            continue
        between = doc.text[group[0].end:group[-1].qual_start]
        if re.search(r"[。；;]", between):
            continue
        value, low, high = _total(group)
        shown = " + ".join(q.text for q in group) + f" = {_plain_pct(value)}%"
        if _overlap(low, high, Decimal(100), Decimal(100)):
            relations.append(Relation("percent-sum", True, group[-1].start, group[-1].end,
                                      f"{shown}，合计为100%", f"{shown}, which makes 100%"))
        else:
            relations.append(Relation("percent-sum", False, group[-1].start, group[-1].end,
                                      f"{shown}，但同一整体的各部分应合计100%",
                                      f"{shown}, but the parts of one whole must make 100%"))
    return relations


# ---------------------------------------------------------------------------------------------
# out of proportion: 28006440名 in a county of 1.4774万 poor people

_GLUED = re.compile(r"[0-9]{7,}")
# The same test as a search for _GLUED, written so that `re` scans for a digit first and tries
# the rest there: twice as fast over a whole text.
_SEVEN_DIGITS = re.compile(r"[0-9][0-9]{6}")


def _out_of_proportion(doc) -> list[Relation]:
    relations: list[Relation] = []
    # Only a count of seven digits or more, with no multiplier, can be reported: most documents
    # have no such run of digits, and most that have one (codes, phone numbers) no such count in
    # the sentences holding them. Only then are the document's quantities read.
    text = doc.text
    if not _SEVEN_DIGITS.search(text):
        return relations
    spans = doc.shared(sentences)
    starts = [span.start for span in spans]
    indices = sorted({bisect.bisect_right(starts, m.start()) - 1 for m in _SEVEN_DIGITS.finditer(text)})
    if not any(_GLUED.match(q.text) and q.multiplier == 1 and q.qualifier != "atleast"
               and q.family in ("people", "households")
               for sentence in quantities_in_sentences(doc, [i for i in indices if i >= 0])
               for q in sentence.quantities):
        return relations
    found = doc.shared(quantities)
    for family in ("people", "households"):
        counts = [q for q in found if q.family == family and q.qualifier != "atleast"]
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
            relations.append(Relation(
                "out-of-proportion", False, q.start, q.end,
                f"{q.text}是本文其他{'人数' if family == 'people' else '户数'}中最大者{largest.text}的{times}倍",
                f"{q.text} is {times} times the largest other count of {family} in this text ({largest.text})"))
    return relations


# ---------------------------------------------------------------------------------------------
# checks (one per rule)

# The kinds of relation found; each NUM rule names one in its params.kind. A sum of parts found
# right is one relation, "parts", and NUM001 (parts-exceed) is the rule that shows it.
KINDS = frozenset({"parts", "parts-exceed", "parts-short", "running-total", "average", "share",
                   "change-direction", "change-amount", "percent-sum", "out-of-proportion"})
_VERIFIED_BY = {"parts": "parts-exceed"}


def relation(doc, rule):
    """The one check behind every NUM rule: report the relations of the rule's kind
    (`params.kind`) that no choice of values within rounding makes right, and the ones proved
    right as verified findings (shown with --show-verified)."""
    kind = rule.params["kind"]
    if kind not in KINDS:
        raise ValueError(f"{rule.id}: unknown relation kind {kind!r}")
    for found in doc.shared(_FOUND_BY[kind]):
        if found.kind == kind or (found.ok and _VERIFIED_BY.get(found.kind) == kind):
            yield Finding(found.start, found.end, {"arith": found.arith, "arith_en": found.arith_en},
                          verified=found.ok)


# Which analysis finds each kind. Each is shared (run once per document) and separate, so a bug
# in one kind of relation fails only the rule that reports it.
_FOUND_BY = {
    "parts-exceed": _parts_relations, "parts-short": _parts_relations,
    "running-total": _running_totals, "average": _averages, "share": _shares,
    "change-direction": _changes, "change-amount": _changes,
    "percent-sum": _percent_sums, "out-of-proportion": _out_of_proportion,
}


def _all_relations(doc) -> list[Relation]:
    return [r for finder in dict.fromkeys(_FOUND_BY.values()) for r in doc.shared(finder)]


def verified(doc) -> list[Relation]:
    """The arithmetic that was checked and found consistent."""
    return [r for r in doc.shared(_all_relations) if r.ok]
