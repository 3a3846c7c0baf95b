"""Kinds that cannot overlap: the sets of mutually exclusive kinds a modifier names (levels
省级/市级, sex 男/女, an outcome 合格/不合格, age bands, grades 5A级/4A级, places by their
administrative suffix; rules/data/num_words.txt, exclusive-kinds), and what tells that parts are
kinds of one whole (partitions, kinds of one noun, a whole's noun naming its parts).

    省级示范书屋96个，市级示范书屋131个      省级/市级: one set, the parts are added
    女党员12人，60岁以上党员37人             sex and age: two sets, they may overlap
"""
from __future__ import annotations

import functools
import itertools
import os
import re

from .vocabulary import WORDS, rx

# wholes named by joining their kinds (进出口 of 进口 and 出口; 出入境, 中小学, 内外贸, 城乡)
_JOINED = r"进出口|進出口|出入境|出入口|中小学|中小學|内外贸|內外貿|城乡|城鄉"


def inside_joined(words: str, named: str) -> bool:
    """Every place the words hold the named word (its first two characters) is inside a joined whole
    (出口 in 进出口总值, 外贸 in 内外贸): the named word names a kind of that whole, not the whole;
    a name holding the joined whole itself (进出口总额) is none."""
    if rx(_JOINED).search(named):
        return False
    joined = [m.span() for m in rx(_JOINED).finditer(words)]
    at = [m.start() for m in re.finditer(re.escape(named[:2]), words)]
    return bool(at) and bool(joined) and all(any(a0 <= a < a1 for a0, a1 in joined) for a in at)


def common_head(nouns: list[str]) -> str:
    """The longest ending all nouns share (示范书屋 of 省级示范书屋 and 市级示范书屋)."""
    if not nouns:
        return ""
    head = nouns[0]
    for noun in nouns[1:]:
        n = 0
        while n < min(len(head), len(noun)) and head[-1 - n] == noun[-1 - n]:
            n += 1
        head = head[len(head) - n:]
    return head


@functools.cache
def _dimensions() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in WORDS["exclusive-kinds"])


_AGE_BAND = rx(r"^(?:[0-9０-９]+(?:岁|歲)?(?:至|到|-|－|~|～)[0-9０-９]+(?:岁|歲)|[0-9０-９]+(?:岁|歲)(?:及|以)?(?:以上|以下|上|下))")


def dimension(modifier: str) -> int | None:
    """Which set of mutually exclusive kinds a modifier names (rules/data/num_words.txt,
    exclusive-kinds; age bands are one set): 省级 → levels, 女 → sex, 60岁以上 → age."""
    if _AGE_BAND.match(modifier):
        return -1
    # (the first set holding the modifier or an ending of it of two characters or more)
    index = _sets_ending()
    found = [i for n in range(len(modifier), 0, -1) if n >= 2 or n == len(modifier)
             for i in index.get(modifier[len(modifier) - n:], ())]
    return min(found) if found else None


# a place named by its administrative suffix (江苏省, 安南區, 柳营镇): places of one list do not
# overlap (全市 contains the others: not a place of the list)
# (a name holding a level or a class, 省级示范村, 市级文明村, A类社区, names a title, not a place)
_PLACE = rx(r"(?!全)(?![\u3400-\u9fff]*[级級类類型])[\u3400-\u9fff]{1,6}[省市县縣区區镇鎮乡鄉村州]$")


# a grade on one scale, named by its number (5A级, 3星级, 二级): a thing has one grade of a scale
# at a time, and the scale is the letters or 星 after the number (5A级 and 3星级 are two scales)
_GRADE = rx(r"^(?:[0-9０-９]{1,2}|[一二三四五六七八九])(?P<scale>[A-ZＡ-Ｚ]{1,2}|星)?[级級]$")


@functools.lru_cache(maxsize=4096)
def _sets_of(modifier: str) -> tuple[tuple[int | str, str], ...]:
    """Every set of exclusive kinds the modifier names, each with the kind it names there (国内
    is a kind of 国内/国外 and of 国际/国内; 不合格 is 不合格, not 合格). Cached: the same
    modifiers recur, and each is tried against every set."""
    if _AGE_BAND.match(modifier):
        return ((-1, modifier),)
    grade = _GRADE.match(modifier)
    if grade:
        return (("grade:" + (grade.group("scale") or ""), modifier),)

    found: list[tuple[int | str, str]] = []
    if _PLACE.fullmatch(modifier):
        found.append((-2, modifier))    # (城区, 城镇 end as places do, and are kinds of a set too)
    # (the kinds the modifier ends in, longest first: each set keeps the longest of its kinds)
    named: dict[int, str] = {}
    for n in range(len(modifier), 0, -1):
        ending = modifier[len(modifier) - n:]
        if n < 2 and ending != modifier:
            break       # a kind of one character names only a modifier of its own (男)
        for i in _sets_ending().get(ending, ()):
            named.setdefault(i, ending)
    found.extend(sorted(named.items()))
    return tuple(found)


@functools.cache
def _sets_ending() -> dict[str, tuple[int, ...]]:
    """Each kind of the exclusive sets, with the sets it is a kind of, in order (a modifier is
    looked up by its endings or beginnings, not tried against every kind of every set)."""
    sets: dict[str, list[int]] = {}
    for i, kinds in enumerate(_dimensions()):
        for kind in kinds:
            if i not in sets.setdefault(kind, []):
                sets[kind].append(i)
    return {kind: tuple(found) for kind, found in sets.items()}


# what negates a kind (有劳动能力 / 无劳动能力, 党员 / 非党员, 达标 / 不达标)
_NEGATION = rx(r"(?:不|未|非|无|無|没有|沒有)")


def _negation_pair(modifiers: list[str]) -> bool:
    """Two kinds, one the other negated (非党员 of 党员; 无劳动能力 of 有劳动能力): each thing is one
    or the other, never both. A two-character kind may be negated by its first alone (税收收入 and
    非税收入)."""
    if len(modifiers) != 2:
        return False
    for kind, other in (modifiers, modifiers[::-1]):
        bare = kind.removeprefix("有")
        negated = _NEGATION.match(other)
        rest = other[negated.end():] if negated else ""
        if len(bare) >= 2 and rest and (rest == bare or (len(bare) == 2 and rest == bare[0])):
            return True
    return False


def _one_set(modifiers: list[str]) -> bool:
    """The modifiers all name kinds of one set, each a kind of its own there (表决通过 and
    审议通过 both name 通过: one kind, which may overlap), or a kind and its negation."""
    if _negation_pair(modifiers):
        return True
    named = [dict(_sets_of(m)) for m in modifiers]
    for i in set(named[0]).intersection(*named[1:]):
        kinds = [n[i] for n in named]
        if len(set(kinds)) == len(kinds):
            return True
    return False


def kinds_named_apart(labels: list[str]) -> bool:
    """Each label names one kind of one set of exclusive kinds, a different kind each, wherever
    in the label it stands (本科及以上学历人员, 大专学历, 高中及以下学历: levels of schooling; 赞成的,
    反对的, 弃权的: one vote each). A kind inside a longer kind of the set names nothing more (男 in
    男性)."""
    if len(labels) < 2:
        return False
    # (the kinds inside each label, looked up by its pieces, per set)
    index = _sets_ending()
    inside: list[dict[int, set[str]]] = []
    for label in labels:
        per_set: dict[int, set[str]] = {}
        for a in range(len(label)):
            for b in range(a + 1, len(label) + 1):
                for i in index.get(label[a:b], ()):
                    per_set.setdefault(i, set()).add(label[a:b])
        inside.append(per_set)
    for i in set(inside[0]).intersection(*inside[1:]):
        named = []
        for per_set in inside:
            found = [k for k in per_set[i] if not any(k != other and k in other for other in per_set[i])]
            if len(found) != 1:
                break
            named.append(found[0])
        else:
            if len(set(named)) == len(named):
                return True
    return False


def outcome_kind(head: str) -> str:
    """The kind of an outcome (rules/data/num_words.txt, exclusive-kinds: a set holding a negated
    kind, 缺考, 不合格, 未通过) that the words before a figure name (实到, 缺考), or ""."""
    return next((kind for i, kind in _sets_of(head) if i in _outcome_sets()), "")


def outcomes_of_one(heads: list[str]) -> bool:
    """The heads name kinds of one outcome, each a kind of its own, one of them negated
    (实到/缺考, 出席/缺席, 合格/不合格)."""
    named = [dict(_sets_of(h)) for h in heads]
    for i in _outcome_sets().intersection(*named):
        kinds = [n[i] for n in named]
        if len(set(kinds)) == len(kinds) and any(rx(NEGATED).match(k) for k in kinds):
            return True
    return False


@functools.cache
def _outcome_sets() -> frozenset[int]:
    return frozenset(i for i, kinds in enumerate(_dimensions()) if any(rx(NEGATED).match(k) for k in kinds))


# a kind that is the absence of another (缺考, 缺席, 不合格, 未通过): its set is the outcome of one
# count, each thing counted one kind or the other
NEGATED = r"[缺不未]"


def mutually_exclusive(nouns: list[str]) -> bool:
    """True when the nouns are kinds of one noun that cannot overlap: they share a head and
    their modifiers all name kinds of one set (省级/市级 示范书屋; 城镇/乡村 消费品零售额).
    女党员 and 60岁以上党员 share a head but their kinds (sex, age) overlap."""
    return exclusive_kinds(nouns) is not None


def exclusive_kinds(nouns: list[str]) -> tuple[str, list[str]] | None:
    """What mutually_exclusive reads: the noun the kinds share (示范书屋; "" for bare kinds, 小学/
    初中) and the kinds (省级, 市级), or None when the nouns are not exclusive kinds of one."""
    if len(nouns) < 2 or any(not n for n in nouns):
        return None
    head = common_head(nouns)
    for n in range(len(head), 0, -1):    # 省级示范书屋/市级示范书屋 share 级示范书屋: try 示范书屋 too
        modifiers = [noun[:len(noun) - n] for noun in nouns]
        if any(not m for m in modifiers) or len(set(modifiers)) < len(modifiers):
            continue
        if _one_set(modifiers) and not _cuts_a_word(modifiers, head[len(head) - n:]):
            return head[len(head) - n:], modifiers
    if len(set(nouns)) == len(nouns) and _one_set(nouns):
        return "", nouns    # bare kinds that share a first character (國小/國中)
    classes = _classes(nouns, head)
    if classes:
        return classes
    prefixed = _kinds_first(nouns)
    if prefixed:
        return prefixed
    # the kinds may end the nouns, after what they share (知识密集型服务出口/知识密集型服务进口;
    # 出口/进口)
    shared = os.path.commonprefix(nouns)
    rests = [noun[len(shared):] for noun in nouns]
    if all(rests) and len(set(rests)) == len(rests) and _one_set(rests):
        return shared, rests
    return _without_band_edges(nouns)


# the edge of a band of kinds named in a kind (重度以上, 碩士以上學歷, 高中及以下): the band opens at a
# kind of a set and takes the kinds past it, which the other kinds of the list are not
_BAND_EDGE = rx(r"(?<=[\u3400-\u9fff])(?:及以上|及以下|以上|以下)")


def _without_band_edges(nouns: list[str]) -> tuple[str, list[str]] | None:
    """輕度 / 中度 / 重度以上; 碩士以上學歷 / 大學學歷: the kinds with a band's edge read as the kind
    the band opens at (重度, 碩士學歷). A band past the last kind listed holds none of the others."""
    if not any(_BAND_EDGE.search(n) for n in nouns):
        return None
    plain = [_BAND_EDGE.sub("", n) for n in nouns]
    return exclusive_kinds(plain) if len(set(plain)) == len(plain) and all(plain) else None


def _cuts_a_word(modifiers: list[str], ending: str) -> bool:
    """立案省|部级干部, 处分省|部级干部: modifiers that look like places (ending in 省, 市, 县 …) only
    because the shared ending was cut inside a word (省部级): no places, and no kinds."""
    from ..words import attested  # (the lexicon is loaded only when places are read so)
    return any(_PLACE.fullmatch(m) and (attested(m[-1] + ending[:2]) or attested(m[-1] + ending[:1]))
               for m in modifiers)


# the ending of a noun that names a measure of something (客运量, 流动量, 发电量; 金额, 总额)
_MEASURE_ENDINGS = ("量", "额", "額")


def _kinds_first(nouns: list[str]) -> tuple[str, list[str]] | None:
    """新能源公交车 / 燃油车: each noun opens with a kind of one set (新能源, 燃油), and what follows
    the kinds is one noun, written whole or cut short (公交车, 车: the shortest ends every other).
    Not 省级示范村 / 市级文明村: two titles, which one village may hold both of."""
    # (each noun's opening kinds looked up by its beginnings, per set the longest: not every kind
    # of every set tried against every noun, which was most of NUM's time on a long list)
    index = _sets_ending()
    opening: list[dict[int, str]] = []
    for noun in nouns:
        longest: dict[int, str] = {}
        for n in range(1, len(noun)):
            for i in index.get(noun[:n], ()):
                longest[i] = noun[:n]
        opening.append(longest)
    for i in sorted(set(opening[0]).intersection(*opening[1:])):
        found = [kinds[i] for kinds in opening]
        if len(set(found)) < len(found):
            continue
        rests = [noun[len(k):] for noun, k in zip(nouns, found)]
        shortest = min(rests, key=len)
        if all(rest.endswith(shortest) for rest in rests):
            return shortest, found
        # (or one measure of the thing, named two ways: 铁路客运量 / 公路人员流动量 end in 量, the
        # amount of travel by each mode; the kinds are exclusive whatever follows them)
        ending = common_head(rests)
        if ending in _MEASURE_ENDINGS:
            return ending, found
    return None


# what names a unit that does things on its own (a centre, a station, a branch, a hospital): two
# of them named apart do different things, so what each did is counted once (永华中心服务…人次,
# 民治中心服务…人次)
_UNIT = rx(r"^分?(?:中心|站|所|馆|館|院|厂|廠|局|处|處|队|隊|公司|银行|銀行|医院|醫院|学校|學校|校区|校區"
           r"|园区|園區|机场|機場|口岸|门市|門市|港)(?=[\u3400-\u9fff])")
# a modifier naming a class of units, not one unit: a level, a class, a size, a title (示范中心,
# 重点医院, 三甲医院, 大型商场 name kinds one unit may hold several of)
_CLASS_MODIFIER = rx(r"[级級类類型性等甲乙]|重点|重點|示范|示範|综合|綜合|标准|標準|国家|國家|公立|私立|新|老|大|小|主|总|總")


def units_named_apart(nouns: list[str]) -> bool:
    """永华中心服务 / 民治中心服务: the nouns share a head that opens with the name of a unit and
    says what it did (中心 + 服务), and before it each names one unit of its own (永华, 民治): what
    one unit did is no part of what another did. Not classes of units (示范中心, 重点中心: one
    centre may be both), nor the units themselves counted (中心12个: the head says no more than
    the unit)."""
    if len(nouns) < 2 or len(set(nouns)) != len(nouns):
        return False
    head = common_head(nouns)
    for n in range(len(head), 0, -1):
        ending = head[len(head) - n:]
        if not _UNIT.match(ending):
            continue
        names = [noun[:len(noun) - n] for noun in nouns]
        return all(2 <= len(name) <= 6 and rx(r"[\u3400-\u9fff]+").fullmatch(name) is not None
                   and not _CLASS_MODIFIER.search(name) and not _sets_of(name) for name in names) \
            and len(set(names)) == len(names)
    return False


def funded_by_levels(nouns: list[str], whole_words: str) -> bool:
    """省级补助, 市级配套, 县级自筹 (or 中央资金, 地方配套): sums of money named by the level of government
    that gives each, one level apiece: every yuan comes from one of them, however each is named.
    Not under a whole that names a level itself (中央资金6亿元，其中…): that is one of them."""
    # (the levels of government, the central one among them: 中央补助…，省级配套…，县级自筹…)
    for kinds in ((*_dimensions()[0], "中央"),) + tuple(k for k in _dimensions() if "中央" in k):
        found = [next((k for k in kinds if noun.startswith(k)), "") or _local_payer(noun, kinds)
                 or _private_payer(noun) for noun in nouns]
        # (the whole's own noun, right before its figure, names no level; its subject may: 市府今年
        # 共編列新臺幣3.6億元，其中中央補助…，市府自籌…)
        # (a source outside government beside them, 社会资本, is one more payer, not a level:
        # at least one level must be named for the list to be one of who pays)
        if len(nouns) >= 2 and all(found) and len(set(found)) == len(found) \
                and any(f in kinds for f in found) and not any(k in whole_words[-6:] for k in kinds):
            return True
    return False


# pairs that together make a whole (男/女, 城镇/农村: num_words.txt, complements)
COMPLEMENTS = tuple(tuple(pair.split()) for pair in WORDS["complements"])


def complementary(lead1: str, lead2: str) -> bool:
    """Two parts named by the two halves of a whole (男生…，女生…). Not a half narrowed by an
    attribute before it (公办园…，普惠性民办园…: the 民办园 that are 普惠, some of the half)."""
    for a, b in COMPLEMENTS:
        for x, y in ((a, b), (b, a)):
            if x in lead1 and y in lead2:
                return not (_NARROWED.search(lead1[:lead1.index(x)]) or _NARROWED.search(lead2[:lead2.index(y)]))
    inside, outside = _INSIDE.search(lead1), _INSIDE.search(lead2)
    # (inside and outside one place, 县外游客…，县内游客…: every visitor is from one of them)
    return inside is not None and outside is not None and inside.group(1) == outside.group(1) \
        and {inside.group(2), outside.group(2)} in ({"内", "外"}, {"內", "外"})


# a place of one level and in or out of it (县内, 县外, 市內, 區外)
_INSIDE = rx(r"([省市县縣区區州镇鎮乡鄉岛島])(内|內|外)")


# an attribute in …性 right before a kind (普惠性民办园, 经营性自建房): it names some of that kind
_NARROWED = rx(r"[\u3400-\u9fff]性$")


def nested(names: list[str]) -> bool:
    """One item's name is another's after an attribute in …性 (自建房…、经营性自建房…): the longer
    names some of the shorter, and the two overlap."""
    # (each name's tails after a …性 are looked up, not every pair of names compared: a list of
    # thousands of items made the pairs quadratic)
    named = set(names)
    for b in named:
        at = b.find("性", 1)
        while at > 0:
            a = b[at + 1:]
            if len(a) >= 2 and a in named and _NARROWED.search(b[:at + 1]):
                return True
            at = b.find("性", at + 1)
    return False


# Verbs that give a thing one value only: where it comes from, where it goes, where it lies
# (来自本市的…，来自外县市的…; 分到村小的…，分到乡镇中心校的…): parts named by one of them with
# different objects are exclusive, each thing having one origin or one destination.
ONE_VALUED_VERBS = ("来自", "來自", "分到", "分配到", "分配至", "升入", "流向", "去往", "迁往", "遷往",
                    "位于", "位於", "产自", "產自", "出自")
_ONE_VALUED = r"^(%s)([\u3400-\u9fff]{1,10}?)的(?:有|为|為|是|达|達)?$" % "|".join(ONE_VALUED_VERBS)


def one_valued_relatives(heads: list[str]) -> bool:
    """来自东盟国家的…，来自欧洲的…: the heads are relative clauses of one single-valued verb with
    different objects (not a kind that overlaps: each thing comes from one place)."""
    found = [rx(_ONE_VALUED).match(h) for h in heads]
    if len(heads) < 2 or not all(found):
        return False
    verbs = {m.group(1) for m in found if m}
    objects = [m.group(2) for m in found if m]
    return len(verbs) == 1 and len(set(objects)) == len(objects)


# what a place or a body is named by at its end (重点高中, 职业学校, 外资企业; and _PLACE's 省, 市 …):
# the object of a verb of one value given without the verb again (升入重点高中…，普通高中…)
_DESTINATION_ENDINGS = ("高中", "中学", "中學", "学校", "學校", "大学", "大學", "院校", "高校", "企业", "企業",
                        "单位", "單位", "机构", "機構", "地区", "地區", "国家", "國家", "城市", "农村", "農村")


def one_valued_list(kinds: list[str]) -> bool:
    """升入重点高中305名，普通高中418名，职业学校89名: the first part opens with a verb of one value
    (ONE_VALUED_VERBS) and its object; the parts after it give the verb again or leave it out,
    each naming another object, a place or a body of that verb (the verb said once governs the
    list: each student goes on to one school). An object left without the verb must name a place
    or a body (_DESTINATION_ENDINGS, places) or share the ending of another object (重点高中,
    普通高中), so that a kind of the counted thing itself (获奖学生) is not taken for one."""
    if len(kinds) < 2:
        return False
    verb = next((v for v in ONE_VALUED_VERBS if kinds[0].startswith(v)), "")
    if not verb:
        return False
    objects = [k.removeprefix(verb).rstrip("的") for k in kinds]
    if any(not rx(r"[\u3400-\u9fff]{2,8}").fullmatch(o) for o in objects) or len(set(objects)) != len(objects):
        return False
    for kind, obj in zip(kinds[1:], objects[1:]):
        if kind.startswith(verb):
            continue
        if any(kind.startswith(v) for v in ONE_VALUED_VERBS) or "的" in kind:
            return False
        if not (obj.endswith(_DESTINATION_ENDINGS) or _PLACE.fullmatch(obj)
                or any(other != obj and len(common_head([obj, other])) >= 2 for other in objects)):
            return False
    return True


# one of those verbs right after a part's figure, and its object up to the clause's end (42个位于主城区)
_ONE_VALUED_AFTER = r"(?:均|都|全部)?(%s)([\u3400-\u9fff]{1,12})(?=[，,；;。！？]|$)" % "|".join(ONE_VALUED_VERBS)


def one_valued_after(text: str, ends: list[int]) -> bool:
    """这些小区中，42个位于主城区，36个位于新城区: each part's figure (ending at `ends`) is followed
    by one single-valued verb, the same for all, with an object of its own: each thing lies in (comes
    from, goes to) one place, so the parts do not overlap."""
    found = [rx(_ONE_VALUED_AFTER).match(text, end) for end in ends]
    if len(ends) < 2 or not all(found):
        return False
    verbs = {m.group(1) for m in found if m}
    objects = [m.group(2) for m in found if m]
    return len(verbs) == 1 and len(set(objects)) == len(objects)


# the kinds of a whole set beside each other: 有A…，也有B… (or 既有A…，也有B…; 还有C…)
_PRESENT_FIRST = r"^(?:既有|有)(?P<kind>[\u3400-\u9fff]{2,10})$"
_PRESENT_ALSO = r"^(?:也有|亦有|还有|還有)(?P<kind>[\u3400-\u9fff]{2,10})$"


def present_and_also(heads: list[str]) -> bool:
    """有大学生…，也有退休职工…: the first head says the whole holds one kind, the others that it
    holds another too: kinds set against each other, each thing of one (the same kind named
    twice, or kinds of two known sets, 女性 and 党员, may overlap, and are not)."""
    if len(heads) < 2:
        return False
    first = rx(_PRESENT_FIRST).match(heads[0])
    also = [rx(_PRESENT_ALSO).match(h) for h in heads[1:]]
    if first is None or not all(also):
        return False
    kinds = [first.group("kind")] + [m.group("kind") for m in also if m]
    # (a kind of a known set makes the others kinds of that set, or of another: 女性, 党员 may overlap)
    sets = {dimension(k) for k in kinds}
    return len(set(kinds)) == len(kinds) and (sets == {None} or (len(sets) == 1 and None not in sets)) \
        and not any(rx(OTHER_TIME).search(k) for k in kinds)


# the city or county government paying its share, in Taiwan copy (中央補助…，市府自籌…): the
# local level of 中央/地方
_LOCAL_PAYERS = ("市府", "縣府", "县府", "本府", "市政府", "縣政府", "县政府")


# money from outside government beside the levels that fund a project (中央资金…，地方配套…，社会资本…;
# 企业自筹): each yuan comes from government or from them, not both. (Not bank loans or special
# bonds: a level of government may borrow them, so they may lie inside its share.)
# (each with the payer it names: 社会资本 and 民间投资 may be one money, 企业自筹 is a firm's own)
_PRIVATE_PAYERS = {"社会资本": "社会", "社会资金": "社会", "社会投资": "社会", "社會資本": "社会", "社會資金": "社会",
                   "社會投資": "社会", "民间资本": "社会", "民間資本": "社会", "民间投资": "社会", "民間投資": "社会",
                   "企业自筹": "企业", "企業自籌": "企业"}


def _private_payer(noun: str) -> str:
    return next((payer for word, payer in _PRIVATE_PAYERS.items() if noun.startswith(word)), "")


def _local_payer(noun: str, kinds: tuple[str, ...]) -> str:
    return "地方" if "地方" in kinds and noun.startswith(_LOCAL_PAYERS) else ""


# the words that name a class of one classification (大气污染类, 噪声类; 地上部分, 地下部分): nouns
# that share an ending opening with one name classes of one division, each thing in one of them
_CLASS_WORDS = ("类", "類", "部分")


def _classes(nouns: list[str], head: str) -> tuple[str, list[str]] | None:
    """大气污染类投诉 / 噪声类投诉 / 水污染类投诉: the nouns share an ending that opens with a word
    naming a class (类, 部分), before it each a class of its own: the ending and the classes."""
    for n in range(len(head), 0, -1):
        ending = head[len(head) - n:]
        if ending.startswith(_CLASS_WORDS):
            modifiers = [noun[:len(noun) - n] for noun in nouns]
            if all(modifiers) and len(set(modifiers)) == len(modifiers):
                return ending, modifiers
            return None
    return None


# what joins the names of a whole's kinds in its own noun (公益林和商品林, 来信、来访)
NAME_JOIN = r"(?:和|及|与|與|、|以及)"


def joins_its_kinds(kinds: list[str], whole_words: str) -> bool:
    """The whole's words name it by joining what tells its kinds apart before the ending they
    share (进出口 of 出口, 进口; 中小学 of 小学, 中学; 出入境 of 出境, 入境): the whole is those kinds
    and no other, so they make it up. Kinds that are two measures of one flow (产量/销量, 产销量)
    name no sum (num_words.txt, measures-not-summed)."""
    if len(kinds) < 2 or len(kinds) > 4 or len(set(kinds)) != len(kinds):
        return False
    ending = os.path.commonprefix([k[::-1] for k in kinds])[::-1]
    heads = [k[:len(k) - len(ending)] for k in kinds]
    if not ending or any(len(h) != 1 for h in heads) or "".join(sorted(heads)) in _not_summed():
        return False
    return any("".join(order) + ending in whole_words for order in itertools.permutations(heads))


@functools.cache
def _not_summed() -> frozenset[str]:
    return frozenset("".join(sorted(line.split())) for line in WORDS["measures-not-summed"])


def names_its_parts(nouns: list[str], whole_words: str) -> bool:
    """The whole's noun is the parts' nouns run together (来信来访 of 来信, 来访) or joined by
    和/及/与/、 (公益林和商品林): the whole is named as those kinds, so each thing it counts is
    one of them, and the parts are exclusive kinds of it. A noun of one character names too
    little (林, 人) to tell."""
    if len(nouns) < 2 or len(set(nouns)) != len(nouns) or any(len(n) < 2 for n in nouns):
        return False
    if "".join(nouns) in whole_words:
        return True
    return rx(NAME_JOIN.join(re.escape(n) for n in nouns)).search(whole_words) is not None


def kinds_listed_in_its_name(heads: list[str], whole_words: str) -> bool:
    """The whole's name lists the kinds the parts open with, in their order, joined by 和/及/与/、,
    then what they are kinds of (已完工及興建中的社會住宅 before 已完工並開放入住者…，興建中者…;
    新建和改造农村公路 before 新建…，改造提升…):
    each thing the whole counts is one of the kinds named, so the parts make the whole. A kind is
    two characters or more of the part's opening words, as long as the whole's name holds them."""
    if len(heads) < 2 or any(len(h) < 2 for h in heads) or len({h[:2] for h in heads}) != len(heads):
        return False
    kinds = ["(?:%s)" % "|".join(re.escape(h[:n]) for n in range(len(h), 1, -1)) for h in heads]
    m = rx(NAME_JOIN.join(kinds)).search(whole_words)
    return m is not None and not rx(_REACHES).search(whole_words, m.end())


# what a figure after kinds names may count instead of the things of those kinds: what they
# reached (新建、改造的公厕涉及景区28个: a scenic spot may have both)
_REACHES = r"涉及|覆盖|覆蓋|惠及|带动|帶動|分布|分佈|位于|位於"


def kinds_of_the_whole(partition: tuple[str, list[str]], whole_words: str) -> bool:
    """What kinds of one partition are kinds of (the head they share: 教师 of 男教师, 女教师) is
    what the whole counts: nothing said (男性, 女性), one character the whole's words hold (生 of
    学生), or two in a row of it they hold (消费品零售额 of 社会消费品零售总额). 男教师 and 女教师
    of 教职工 are every kind of the teachers, some of the staff: they need not make the whole."""
    head, kinds = partition
    if whole_partition([k + head for k in kinds]):
        return True     # (男性, 女性: the kinds' own names, no head of theirs)
    head = head.lstrip("的")
    if len(head) <= 1:
        return head in whole_words
    return any(head[i:i + 2] in whole_words for i in range(len(head) - 1))


def names_a_kind(kinds: list[str], words: str) -> bool:
    """The words name a kind of the set the kinds are of (铁路客运量 beside 水路, 民航: the modes
    of transport): a figure so named is one of the kinds, not the whole they break down."""
    named = [dict(_sets_of(k)) for k in kinds]
    for i in set(named[0]).intersection(*named[1:]):
        if isinstance(i, int) and i >= 0 and any(k in words for k in _dimensions()[i]):
            return True
        if isinstance(i, str) and i.startswith("grade:") and _GRADE_IN.search(words):
            return True
        if i == -1 and _AGE_BAND_IN.search(words):
            return True
    return False


_GRADE_IN = rx(r"(?:[0-9０-９]{1,2}|[一二三四五六七八九])(?:[A-ZＡ-Ｚ]{1,2}|星)?[级級]")
_AGE_BAND_IN = rx(r"[0-9０-９]+(?:岁|歲)")


def is_kind(word: str) -> bool:
    """The word is itself a kind of a set (男性, 城镇, 5A级), not a kind and a noun (男生)."""
    return any(kind == word for _, kind in _sets_of(word))


def places(modifiers: list[str]) -> bool:
    """The kinds are places named by their administrative suffix (江苏省, 鼓楼区): exclusive in a
    list of one level, but a list may mix levels (南京市 and 鼓楼区) with nothing to tell it.
    城镇 and 农村 end as places do but are kinds of a set (exclusive-kinds): no places here."""
    return all(-2 in dict(_sets_of(m)) and m not in _sets_ending() for m in modifiers)


# a part's words that tie it to another time or compare it (今年城镇新增3100个 after last year's whole;
# 比上年多): no kind of a list of one time, not a part of the whole before it
OTHER_TIME = r"今年|去年|上年|明年|前年|同期|[0-9０-９]{2,4}年|比|较|較|同比|环比|環比"


def parallel_kinds(heads: list[str]) -> bool:
    """Heads that name kinds in one form: they end alike (高中部/初中部; 公办的/民办的; 装备制造类/
    新材料类), none of them a time or a comparison, their modifiers not of two known dimensions."""
    head = common_head(heads)
    if not head.rstrip("的者之") or any(len(h) == len(head) for h in heads):
        return False    # (a shared 的 names no kind: 30分钟以下的, 1小时以上的)
    modifiers = [h[:len(h) - len(head)] for h in heads]
    if len(set(modifiers)) != len(modifiers) \
            or any(rx(OTHER_TIME).search(h) for h in heads):
        return False
    # (a modifier of a known set of kinds makes the others kinds of that set, or of another
    # dimension: 女党员、老党员 mix sex and age, and may overlap)
    known = {dimension(m) for m in modifiers} - {None}
    return not known or (len(known) == 1 and None not in {dimension(m) for m in modifiers})


@functools.cache
def _partitions() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(line.split()) for line in WORDS["partitions"])


def whole_partition(kinds: list[str]) -> bool:
    """The kinds are every kind of one whole (男/女, 城镇/农村: num_words.txt, partitions)."""
    return frozenset(kinds) in _partitions()


@functools.cache
def _kinds_of_a_noun() -> tuple[tuple[tuple[str, ...], frozenset[str]], ...]:
    lines = (line.split(":") for line in WORDS["kinds-of-a-noun"])
    return tuple((tuple(noun.split()), frozenset(kinds.split())) for noun, kinds in lines)


def kinds_fit(kinds: list[str], whole_words: str) -> str | None:
    """Bare kinds (小学, 初中) that are kinds of one noun only (num_words.txt, kinds-of-a-noun)
    break down a whole only when its words name that noun (学校, 中小学): the word naming it, or
    None when they do not; "" for other kinds (男/女, 合格/不合格), kinds of anything counted."""
    for nouns, known in _kinds_of_a_noun():
        if known.issuperset(kinds):
            return next((noun for noun in sorted(nouns, key=len, reverse=True) if noun in whole_words), None)
    return ""


def names_group_of(group: str, noun: str, after: bool) -> bool:
    """True when `group` is exactly a noun of kinds-of-a-noun (学校, 學校) and `noun` names one of its
    kinds (小学, 國中) or ends in the group itself (九年一贯制学校): a total of schools sums its
    primary and middle schools. The noun is read from its start when it follows its figure (28 所
    國小參與…), from its end when it comes before it (全县有小学9所)."""
    for nouns, known in _kinds_of_a_noun():
        words = (*known, *nouns)
        if group in nouns and (noun.startswith(words) if after else noun.endswith(words)):
            return True
    return False


# a period named by its number on one scale, or its end, opening a kind (2023年, 113年度, 112年底; 3月,
# 十月份, 6月底; 春季, 冬茶, 一期作), not the start of a span (2023年至2025年)
_PERIOD_NAMED = (r"(?:(?P<year>(?:[12][0-9]{3}|[0-9]{2,3})年(?:度|底|末)?)"
                 r"|(?P<month>(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份|底|末)?)"
                 # (or a season, of the year or of a crop: 春季/秋季, 春茶/冬茶, 一期作/二期作 — one
                 # field picked or sown in each; not a phase of a project, 一期/二期, whose works are its own)
                 r"|(?P<season>[春夏秋冬](?:季|茶)|第?[一二三1-3]期作))(?![至到\-－~～—])")
_PERIOD = rx("^" + _PERIOD_NAMED)


def periods_of_one_scale(kinds: list[str]) -> bool:
    """Each kind opens with a period of one scale, or its end, a different one each, whatever it
    says after it (2023年/2024年; 112年巡查/113年巡查; 1月完成保養/4月完成汛前檢查; 6月底/9月底;
    春茶/冬茶; 一期作/二期作)."""
    if len(kinds) < 2:
        return False
    found = [_PERIOD.match(k) for k in kinds]
    return all(found) and len({m.lastgroup for m in found if m}) == 1 \
        and len({m.group() for m in found if m}) == len(kinds)


@functools.cache
def _designations() -> re.Pattern:
    return rx("|".join(sorted({w for line in WORDS["designations"] for w in line.split()}, key=len, reverse=True)))


# the plain counterpart of a designation: what does not hold it (普通学校, 一般项目, 非低保户, 其他企业)
_PLAIN = r"^(?:普通|一般|非|其他|其它|其余|其餘)"


def designations(kinds: list[str]) -> bool:
    """Some kind of the list is named by a designation, a rating or a status one thing may hold
    several of (高新技术企业, 专精特新企业; 低保户, 残疾人家庭: num_words.txt, designations): the
    items may overlap. Not one designation and its plain counterpart (重点项目, 一般项目;
    示范校, 普通校): each thing holds it or not."""
    named = [k for k in kinds if _designations().search(k) and not rx(_PLAIN).match(k)]
    if len(named) == 1 and all(k is named[0] or rx(_PLAIN).match(k) for k in kinds):
        return False
    return bool(named)



def properties(heads: list[str]) -> bool:
    """Items of a list named by what some of the whole did or have, not by a kind it is sorted into:
    what tells them apart opens with a verb and what it was done to or where, a preposition or an
    adverb (种植业合作社…、开展电商销售的…; 乡村学校…、开设课后服务的…; …、通过微信发放…), or
    names kinds of two known sets (女性代表…、少数民族代表…: sex and ethnicity). One thing may have
    several such properties: the items may overlap. A verb all of them share (收购小麦…、收购玉米…)
    is the whole's deed, not a property; items ending in one noun are kinds of it (通村硬化路…、
    产业路…)."""
    from ..words import VERB_TAGS, tagged  # (the lexicon is loaded only when a list is read so)
    if len(heads) < 2 or not all(heads):
        return False
    if any(h.rstrip("有").endswith(("者", "的")) for h in heads):
        return True     # (騎乘機車者…、肇事後查獲者…; 全程网办…、半天内办结的…: those who or which
        #                 did something, a property of some of the whole)
    prefix = os.path.commonprefix(heads)
    suffix = common_head([h[len(prefix):] for h in heads])
    modifiers = [h[len(prefix):len(h) - len(suffix)] for h in heads]
    if len({d for d in (dimension(m) for m in modifiers if m) if d is not None}) >= 2:
        return True
    # (加装电梯的小区…、增设停车位的小区…: one noun, each told apart by a clause of what it did or has,
    # read as the modifiers are below; 新建的小区…、改建的小区… are kinds of deed)
    if suffix.strip("的者之") and not suffix.startswith("的"):
        return False    # (通村硬化路…、产业路…: kinds of one noun, whatever word opens them)
    for m in modifiers:
        words = tagged(m, 0, len(m))
        # (a deed with what it was done to or where, 开展电商销售, 设在社区, or a preposition or
        # adverb opening it, 通过…, 已…; a verb alone names a kind of deed: 新建/改建)
        if words and (words[0][1] in ("p", "d") or (words[0][1] in VERB_TAGS and len(words) > 1)):
            return True
    return False


def period_apart(words: str, heads: list[str]) -> bool:
    """The heads open with periods of one scale (4月份…，5月份…) and the words name a period of that
    scale none of them is (6月份新增): the words' figure is of another period, no whole of theirs."""
    found = [_PERIOD.match(h) for h in heads]
    if len(heads) < 1 or not all(found):
        return False
    scale = {m.lastgroup for m in found if m}
    if len(scale) != 1:
        return False
    names = {m.group().rstrip("份底末度") for m in found if m}
    for m in rx(_PERIOD_NAMED).finditer(words):
        if m.lastgroup in scale and m.group().rstrip("份底末度") not in names \
                and not rx(r"[至到\-－~～—]").match(words, m.end()) \
                and not (m.start() and words[m.start() - 1] in "至到-－~～—0123456789"):
            return True
    return False


@functools.cache
def _stages() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.split()) for line in WORDS["process-stages"])


def stages_nested(leads: list[str]) -> bool:
    """Two items named by two different stages of one process (num_words.txt, process-stages: 已开工…,
    已投产…): the later stage's things are among the earlier's."""
    for line in _stages():
        named = {w for w in line for lead in leads if w in lead[-8:]}
        if len(named) >= 2:
            return True
    return False
