"""Percent partition: shares that make up one whole add up to 100% within rounding.

Shares (占/比例/比重 X%) of one sentence make up a whole when they are a complementary set
(男/女, 城镇/农村, 一产/二产/三产: rules/data/num_words.txt partitions), when the last is named
`其他`/`其余` (exhaustive-last), when they are the list that follows a whole's make-up
(`三次产业结构为8.2%、41.5%、50.3%`), when they are age bands running from 0 (or `X岁以下`) to an
open top band (`65岁及以上`), or when the sentence first says a whole is shared out between
parties (归属, 分成: the split words) and the shares then follow one per party, each clause
naming its party and nothing else counted between them (收益甲方占35%，乙方占65%).
"""
from __future__ import annotations

import bisect
import functools
import re
from decimal import Decimal
from itertools import pairwise

from ...typenames import TYPE_CHECKING
from ..numerals import parse_arabic
from ..quantities import Quantity, units
from ..sentences import sentences
from .common import Relation, bounded, goes_on_from, quantities_of_sentence
from .cues import DIVIDED_BY_OPENING, cue_sentences, no_cue
from .interval import HUNDRED, Interval, plain_percent, total
from .kinds import common_head, dimension, kinds_named_apart, parallel_kinds
from .vocabulary import WORDS, rx

if TYPE_CHECKING:
    from typing import Any

_SHARE_WORD = r"占|佔|比例|比重"
# A whole's make-up (结构, 构成) followed by its list of shares covers the whole: 三次产业结构为
# 8.2%、41.5%、50.3%. Not 比例/比重 alone: 两地比例分别为8%、12% are the shares of two wholes.
_COMPOSITION = r"(?:结构|結構|构成|構成)(?:比例|比)?(?:为|為|是|依次为|依次為)?$"
_LIST_JOIN = ("、", "和", "及", "与", "與")
# An answer and its negation (满意/不满意) among the shares of one sentence: they answer one
# question and exclude each other, so together they cannot pass 100% (they need not reach it:
# some may answer 不清楚). A breakdown inside (其中, 包括) nests one share in another.
_ANSWER_END = r"(?:的|者|的人|的受访者|的受訪者)?(?:占|佔|比例|比重)?(?:为|為|达|達|是)?$"
# (a degree between the negation and the answer says the same: 不太满意, 不大清楚)
_NEGATED = r"(?:不|未|沒|没)(?:太|很|大|够|夠)?([\u3400-\u9fff]{2,4})$"
_NESTED = r"其中|包括|包含"
_EXHAUSTIVE_LAST = r"(?:%s)" % "|".join(WORDS["exhaustive-last"])
_SPLIT = r"(?:%s)" % "|".join(WORDS["split-words"])
# a party's clause: its name and the share word, no other figure, no sentence-level break
_PARTY = r"[，、,]?[^，、,。；;！？0-9０-９%％]{1,12}"
_PARTITIONS = tuple(tuple(line.split()) for line in WORDS["partitions"])
# Bands of one scale named by their edges, in one unit (0至14岁, 65岁及以上; 2小时以下, 2至4小时,
# 4小时以上): the bands of one list run from an open bottom (or 0) to an open top without a gap
_BAND_SOURCE = (r"(?:(?P<lo>{n})(?:{u})?(?:至|到|-|－|~|～)(?P<hi>{n})(?P<u1>{u})|(?P<top>{n})(?P<u2>{u})(?:及)?以上"
                r"|(?P<bottom>{n})(?P<u3>{u})(?:及)?以下)")


@functools.cache
def _band() -> re.Pattern:
    names = sorted(set(units()) | {"岁", "歲", "周岁", "週歲"}, key=len, reverse=True)
    return re.compile(_BAND_SOURCE.format(n=r"[0-9０-９]+(?:\.[0-9]+)?", u="|".join(re.escape(n) for n in names)))


def _label(text: str, q: Quantity, start: int) -> str:
    """The words naming a share: from the end of the previous item to the share word (quotation
    marks left out: 表示“满意”的 names 满意)."""
    return text[start:q.qual_start].translate(_NO_QUOTES)


_NO_QUOTES = str.maketrans("", "", "“”‘’「」『』\"'")


def _edge(figure: str) -> Decimal:
    number = parse_arabic(figure)
    return number.value if number is not None else Decimal(-1)    # (the band pattern reads digits only)


def _is_partition(labels: list[str]) -> bool:
    for kinds in _PARTITIONS:
        if len(kinds) == len(labels) and all(
                sum(1 for k in kinds if k in label) == 1 for label in labels) and \
                {next(k for k in kinds if k in label) for label in labels} == set(kinds):
            return True
    found = [_band().search(label) for label in labels]
    bands = [band for band in found if band is not None]
    if len(bands) == len(labels) and len(bands) >= 2 and \
            len({band["u1"] or band["u2"] or band["u3"] for band in bands}) == 1:
        first, last = bands[0], bands[-1]
        starts_at_zero = first["bottom"] is not None or (first["lo"] is not None and _edge(first["lo"]) == 0)
        if starts_at_zero and last["top"] is not None:
            edges: list[tuple[Decimal, Decimal | None]] = []
            for band in bands:
                if band["lo"] is not None:
                    edges.append((_edge(band["lo"]), _edge(band["hi"])))
                elif band["bottom"] is not None:
                    edges.append((Decimal(0), _edge(band["bottom"])))
                else:
                    edges.append((_edge(band["top"]), None))
            return all(edges[k + 1][0] in (edges[k][1], (edges[k][1] or 0) + 1) for k in range(len(edges) - 1))
    return False


def _is_split(text: str, sentence: Any, shares: list[Quantity], labels: list[str]) -> bool:
    """A whole shared out between parties: a split word before the first share, the shares the only
    figures from the first to the last, and every later share right after its own party's name."""
    if not rx(_SPLIT).search(text, sentence.start, shares[0].qual_start):
        return False
    inside = [q for q in sentence.quantities if shares[0].start <= q.start <= shares[-1].start]
    if len(inside) != len(shares):
        return False
    return all(rx(_PARTY + r"(?:%s)$" % _SHARE_WORD).fullmatch(label) for label in labels[1:])


def _composition(text: str, sentence: Any) -> list[Quantity]:
    """A whole's make-up given as one list of percentages (三次产业结构为8.2%、41.5%、50.3%): the
    figures right after 结构/构成 (为), each joined to the next by 、 alone (和/及 before the last)."""
    qs = sentence.quantities
    for k, q in enumerate(qs):
        if q.family != "percent" or not rx(_COMPOSITION).search(q.lead):
            continue
        listed = _percent_list(text, qs, k)
        if len(listed) >= 2 and all(bounded(x) for x in listed):
            return listed
    return []


def _percent_list(text: str, qs: list[Quantity], k: int) -> list[Quantity]:
    """The percentages from qs[k] on, each joined to the next by 、, 和, 及 or 与 alone."""
    listed = [qs[k]]
    for nxt in qs[k + 1:]:
        if nxt.family != "percent" or text[listed[-1].end:nxt.qual_start].strip() not in _LIST_JOIN:
            break
        listed.append(nxt)
    return listed


# shares given as one list after the list of what they are shares of (水田、旱地及其他用地分别占56%、
# 31%和13%; 一、二、三产业…比重依次为4.6%、38.2%和57.2%)
# (a share word must say they are shares: 失业率分别为5%和7% are rates of two groups)
_RESPECTIVE = (r"(?:(?:分别|分別|依次)(?:占|佔|占比|佔比)"
               r"|(?:比重|比例|占比|佔比)(?:分别|分別|依次))(?:为|為|是|达|達)?$")
_NAME_LIST = r"[，,：:；;]?(?P<names>[^，,：:；;。]*?)(?:所占|所佔)?(?:的)?(?:比重|比例|占比|佔比)?(?:分别|分別|依次)"


def _respective(text: str, sentence: Any) -> tuple[list[Quantity], list[str]]:
    """The shares listed after 分别/依次 (each joined to the next by 、, 和 or 及) and the names
    listed before it, one per share."""
    qs = sentence.quantities
    for k, q in enumerate(qs):
        if q.family != "percent" or not rx(_RESPECTIVE).search(q.lead):
            continue
        listed = _percent_list(text, qs, k)
        clause = text[sentence.start:q.qual_start]
        clause = clause[max(clause.rfind(m) for m in "，,：:；;") + 1:]
        named = rx(_NAME_LIST).search(clause)
        if len(listed) < 2 or not named or not all(bounded(x) for x in listed):
            continue
        names = [n for n in rx(r"、|和|及|与|與").split(named.group("names")) if n]
        if len(names) == len(listed):
            return listed, _shorthand(names)
    return [], []


def _shorthand(names: list[str]) -> list[str]:
    """一、二、三产业: the noun written once, after the last ordinal, belongs to each."""
    last = rx(r"^(第?[一二三四五六七八九十])([\u3400-\u9fff]+)").match(names[-1])
    # (the first name runs on from the words before the list: 全市一、二、三产业)
    if last and rx(r"第?[一二三四五六七八九十]$").search(names[0]) and \
            all(rx(r"^第?[一二三四五六七八九十]$").match(n) for n in names[1:-1]):
        return [n + last.group(2) for n in names[:-1]] + [names[-1]]
    return names


def percent_partitions(doc: Any) -> list[Relation]:
    if no_cue(doc):
        return []
    relations = []
    text = doc.text
    for sentence in doc.shared(cue_sentences):
        shares = _composition(text, sentence)
        if shares:
            relations.append(_sum_to_whole(shares))
            continue
        shares, names = _respective(text, sentence)
        if shares and not any(q.qualifier for q in shares):
            if _is_partition(names) or rx(_EXHAUSTIVE_LAST).match(names[-1]):
                relations.append(_sum_to_whole(shares))
                continue
            if kinds_named_apart(names):
                relations.append(_at_most_whole(shares))
                continue
        shares = [q for q in sentence.quantities if q.family == "percent"
                  and rx(_SHARE_WORD).search(q.lead[-6:]) and bounded(q)]
        if len(shares) < 2:
            continue
        listed = _listed_with(text, sentence, shares)
        if listed is None:
            continue    # (a percentage between the shares that is none of them: what it is, is not said)
        shares = listed
        between = text[shares[0].end:shares[-1].qual_start]
        if re.search(r"[。；;]", between):
            continue
        starts = [sentence.start] + [s.end for s in shares[:-1]]
        labels = [_label(text, q, st) for q, st in zip(shares, starts)]
        whole = _is_partition(labels) or rx(_EXHAUSTIVE_LAST).search(shares[-1].lead[-8:]) \
            or _is_split(text, sentence, shares, labels)
        if any(q.qualifier for q in shares):
            continue
        if whole and _shares_before(doc, sentence) and not _is_partition(labels):
            # (…公共交通出行占41.6%，…。小汽车出行占比为28.3%，…其他方式占6.2%: the list closed by 其他
            # opened in the sentence before; this sentence's shares are some of it)
            relations.append(_at_most_whole(shares))
        elif whole:
            relations.append(_sum_to_whole(shares))
        elif _answers(labels) and not rx(_NESTED).search(between) and (rest := _rest_of_answers(text, sentence, shares[-1])):
            relations.append(_sum_to_whole([*shares, rest]))
        elif (_answers(labels) or _kinds_of_one_whole(labels) or _framed_kinds(text, sentence, labels)
              or _other_pieces(text, sentence, shares)) \
                and not rx(_NESTED).search(between):
            relations.append(_at_most_whole(shares))
    return relations


# an item of a list of shares that says its share word once (假投資占38.2%、假網拍21.6%): 、 and its name
_LIST_ITEM = r"\s?、\s?[^，,、。；;：:0-9０-９%％]{1,12}"


def _shares_before(doc: Any, sentence: Any) -> bool:
    """The sentence right before, in its passage, holds shares said with 占 too."""
    spans = doc.shared(sentences)
    i = bisect.bisect_right(spans.starts, sentence.start) - 1
    if i < 1 or not goes_on_from(doc.text, spans.ends[i - 1], spans.starts[i]):
        return False
    held = quantities_of_sentence(doc, i - 1)
    return held is not None and any(q.family == "percent" and rx(_SHARE_WORD).search(q.lead[-6:]) for q in held.quantities)


def _listed_with(text: str, sentence: Any, shares: list[Quantity]) -> list[Quantity] | None:
    """The shares with the percentages between them that are items of their 、 list, the share word
    said once (假投資占38.2%、假網拍21.6%、…，其他類型占15.5%); None when a percentage between them is
    something else (增长6%), of which the list says nothing."""
    inner = [q for q in sentence.quantities if q.family == "percent" and shares[0].start < q.start < shares[-1].start
             and q not in shares]
    if not inner:
        return shares
    every = sorted([*shares, *inner], key=lambda q: q.start)
    for prev, q in pairwise(every):
        if q in inner and not (bounded(q) and rx(_LIST_ITEM).fullmatch(text, prev.end, q.qual_start)):
            return None
    return every


# a piece's share right after its figure, with no subject and no whole of its own (，佔90%)
_OWN_SHARE = r"[，,](?:约|約|大约|大約|仅|僅|则|則)?(?:占|佔)(?:比|比重)?(?:为|為|达|達|达到|達到|约|約)?"
# what opens the clause of a piece after the first: the other piece (另, 另外, 另有)
_OTHER = r"[，,；;]\s*(?:另外|另有|另)"


def _other_pieces(text: str, sentence: Any, shares: list[Quantity]) -> bool:
    """`稻田420公頃，佔70%，另旱田180公頃，佔30%`: amounts of one family, each followed by its own
    bare share, every later one opened by 另 as the other piece, and no figure of that family
    stated before the first (a whole named nowhere): shares of one unnamed whole, the pieces', so
    together at most the whole (the pieces listed need not be all of it)."""
    qs = sentence.quantities
    pieces: list[Quantity] = []
    for share in shares:
        k = qs.index(share)
        if k == 0:
            return False
        piece = qs[k - 1]
        if piece.family in ("percent", "points") or (pieces and piece.family != pieces[0].family) \
                or not rx(_OWN_SHARE).fullmatch(text, piece.end, share.qual_start):
            return False
        pieces.append(piece)
    if any(not rx(_OTHER).match(text, shares[k - 1].end) for k in range(1, len(shares))):
        return False
    return not any(q.family == pieces[0].family for q in qs if q.end <= pieces[0].start)


# the rest of the answers, after them: 另有5.4%未表示意见, 其余2%表示不清楚
_REST_OF_ANSWERS = r"[，,；;]\s*(?:另有|另|其余|其餘|其他|其它|尚有)(?:的)?(?:受访者|受訪者|民众|民眾|市民)?$"


def _rest_of_answers(text: str, sentence: Any, last: Quantity) -> Quantity | None:
    """The share right after the answers' last, said as the rest (另有5.4%未表示意見): with it the
    answers are every answer, and make 100%. It must be the sentence's last percentage."""
    after = [q for q in sentence.quantities if q.start >= last.end]
    if not after or after[0].family != "percent" or not bounded(after[0]) or after[0].qualifier \
            or any(q.family == "percent" for q in after[1:]):
        return None
    return after[0] if rx(_REST_OF_ANSWERS).fullmatch(text, last.end, after[0].qual_start) else None


def _answers(labels: list[str]) -> bool:
    """Shares of the answers to one question: an answer and its negation among the labels
    (满意的占72%，一般的占21%，不满意的占7%; 支持/不支持, 愿意/不愿意, 参加过/未参加过)."""
    ends = [rx(_ANSWER_END).sub("", label) for label in labels]
    for neg in ends:
        m = rx(_NEGATED).search(neg)
        # (the answer may name its object where the negation leaves it out: 支持垃圾分类新规的 / 不支持的)
        if m and any(other is not neg and rx(r"(?<![不未沒没])" + re.escape(m.group(1))).search(other)
                     for other in ends):
            return True
    return False


# a share of the whole the sentence is about: nothing named between the share word and the figure
# (出口占全球出口的60% is a share of another whole than 进口占全球进口的50%)
_BARE_SHARE = (r"(?:(?:占|佔)(?:比|比重|比例)?|比例|比重)(?:为|為|达|達|达到|達到|是)?$")
_CLAUSE_TAIL = r"[^，,：:；;、]*$"


# a whole framed at the head of the sentence, nothing counted in it (去年全市用电量中，…; 本市公有停車場
# 車位中，…): the shares after it are of that whole
_FRAME = r"\s*[^，,。；;！？0-9０-９%％]{2,24}(?:中|里|裡)[，,]"


# a frame naming the measure by a longer name than cues.DIVIDED_BY_LOOK reads (从门急诊患者来源看，)
_MEASURE_FRAME = r"(?:从|從|按)[\u3400-\u9fff]{1,10}?(?:来|來)?看[，,]"


def _framed_kinds(text: str, sentence: Any, labels: list[str]) -> bool:
    """Shares of the whole framed at the head of the sentence, named by kinds in one form (汽車位,
    機車位, 專用車位; 第一产业用电, 工业用电 …: kinds.parallel_kinds): together at most the whole.
    So are shares after a frame naming the one measure the whole is divided by (从诉求类型看，咨询类
    占…，求助类占…): each thing is of one value of it (not answers that may be several: 关注价格的,
    关注质量的 are no kinds in one form)."""
    framed = rx(_FRAME).match(text, sentence.start) is not None
    if not framed and not rx(r"\s*(?:%s|%s)" % (DIVIDED_BY_OPENING, _MEASURE_FRAME)).match(text, sentence.start):
        return False
    names = _share_names(labels)
    if names is None or len(names) < 2:
        return False
    if framed:
        return parallel_kinds(names)
    # (after a measure's frame its values, named any way, 本市患者, 省内其他地市患者, 省外患者; not the
    # names of those who did something, 关注…的读者, one of whom may do both; nor kinds of two known
    # dimensions, which one thing may be of both)
    head = common_head(names)
    modifiers = [n[:len(n) - len(head)] or n for n in names]
    return not any("的" in name for name in names) and len({dimension(m) for m in modifiers} - {None}) <= 1


def _share_names(labels: list[str]) -> list[str] | None:
    """What each share is of, read in its own clause without its share word (None when a label has
    no bare share word: a share of another whole)."""
    names = []
    for label in labels:
        tail = rx(_CLAUSE_TAIL).search(label)
        words = tail.group() if tail else label
        share = rx(_BARE_SHARE).search(words)
        if share is None:
            return None
        names.append(words[:share.start()])
    return names


def _kinds_of_one_whole(labels: list[str]) -> bool:
    """Shares, each of the whole the sentence is about, of kinds that exclude each other (水田,
    旱地, 水浇地; 赞成, 反对, 弃权: num_words.txt, exclusive-kinds): together at most the whole (a
    kind may be left out). Each label is read in its own clause, without its share word."""
    names = _share_names(labels)
    return names is not None and kinds_named_apart(names)


def _at_most_whole(shares: list[Quantity]) -> Relation:
    """Answers that exclude each other cover at most the whole (others may not have answered)."""
    S = total(Interval.of(q) for q in shares)
    value = sum((q.value for q in shares), Decimal(0))
    args = {"calc": " + ".join(q.text for q in shares) + f" = {plain_percent(value)}%",
            "range": S.show_percent(), "stated": "100%", "stated_range": "100%"}
    return Relation("percent-sum", not S.above(Interval.point(HUNDRED)), shares[-1].start,
                    shares[-1].end, "at-most", args, tuple(shares))


def _sum_to_whole(shares: list[Quantity]) -> Relation:
    S = total(Interval.of(q) for q in shares)
    value = sum((q.value for q in shares), Decimal(0))
    args = {"calc": " + ".join(q.text for q in shares) + f" = {plain_percent(value)}%",
            "range": S.show_percent(), "stated": "100%", "stated_range": "100%"}
    return Relation("percent-sum", S.meets(Interval.point(HUNDRED)), shares[-1].start,
                    shares[-1].end, "", args, tuple(shares))
