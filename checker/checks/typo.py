"""The editor's words (the TYPO rules): misspellings, variant forms, names written two ways, classic
homophone slips in their strong frames, and the newsroom's house and banned terms.

The word lists and their matching live in checker/analysis/terms.py (one combined pattern,
every hit confirmed at word boundaries); the house terms come from configuration
(checker/analysis/house.py). Each check here only turns those into findings.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..analysis.terms import TermHit, is_han, name_slips, term_hits
from ..contract import Placeholder, Variant, check
from ..diagnostic import Applicability, Edit, Finding
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

    from ..analysis.house import BannedTerm, HouseTerm

CORRECT = Placeholder("correct", "应改成的写法", "the form to write instead")
SOURCE = Placeholder("source", "规定这一写法的词表或规范", "the list or standard that prescribes it")
LINE = Placeholder("line", "本篇中另一种写法所在的行号", "the line where the article writes the other form")
USUAL = Placeholder("usual", "本篇通常的写法", "the form the article usually writes")
COUNT = Placeholder("count", "通常写法在本篇中出现的次数", "how often the article writes the usual form")
REASON = Placeholder("reason", "配置中给出的理由", "the reason given in the configuration")
SUGGEST = Placeholder("suggest", "配置中建议的写法", "the wording the configuration suggests")
NOTE = Placeholder("note", "配置中给出的说明", "the note given in the configuration")

AGAIN = Placeholder("again", "本篇同样写错的其他处数", "how many more times the article writes it so")
NEXT = Placeholder("next", "下一处同样写法所在的行号", "the line of the next place written so")

_LIST_VARIANTS = {
    "": Variant(provides=(CORRECT, SOURCE), fix=True),
    "elsewhere": Variant(provides=(CORRECT, SOURCE, LINE), fix=True),
    "repeated": Variant(provides=(CORRECT, SOURCE, AGAIN, NEXT), fix=True),
    "elsewhere-repeated": Variant(provides=(CORRECT, SOURCE, LINE, AGAIN, NEXT), fix=True),
}


def _list_findings(doc: Any, kind: str, in_use: bool | None = None) -> Iterator[Finding]:
    """One finding per wrong form per article, as an editor reads it: at its first place, naming
    how often and from which line the article writes it again (the fix corrects every place),
    and the line where the article writes the correction."""
    hits: tuple[TermHit, ...] = doc.shared(term_hits)
    for hit in hits:
        if hit.entry.kind != kind or (in_use is not None and hit.in_use != in_use):
            continue
        args: dict[str, Any] = {"correct": hit.entry.correct, "source": hit.entry.source_name}
        variants = []
        if hit.correct_at is not None:
            variants.append("elsewhere")
            args["line"] = doc.position(hit.correct_at)[0]
        if hit.again:
            variants.append("repeated")
            args["again"], args["next"] = len(hit.again), doc.position(hit.again[0])[0]
        size = hit.end - hit.start
        edits = tuple(Edit(at, at + size, hit.entry.correct) for at in (hit.start, *hit.again))
        yield Finding(hit.start, hit.end, args, edits, Applicability.UNSAFE, variant="-".join(variants))


@check(variants=_LIST_VARIANTS)
def misspelling(doc: Any, rule: Any) -> Iterator[Finding]:
    """TYPO001: an entry of rules/data/typo_misspellings.txt at word boundaries, in a form no
    dictionary lists or beside the correction in the same article."""
    return _list_findings(doc, "misspelling", in_use=False)


@check(variants={key: _LIST_VARIANTS[key] for key in ("", "repeated")})
def misspelling_in_use(doc: Any, rule: Any) -> Iterator[Finding]:
    """TYPO009: an entry of rules/data/typo_misspellings.txt whose wrong form is in wide use (the
    lexicon lists it), where the article does not also write the correction."""
    return _list_findings(doc, "misspelling", in_use=True)


@check(variants=_LIST_VARIANTS)
def variant_form(doc: Any, rule: Any) -> Iterator[Finding]:
    """TYPO002: a non-standard variant of rules/data/typo_variants.txt (simplified copy)."""
    return _list_findings(doc, "variant")


@check(variants=_LIST_VARIANTS)
def particle_slip(doc: Any, rule: Any) -> Iterator[Finding]:
    """TYPO006: 的 for 得 in the frames of rules/data/typo_particles.txt."""
    return _list_findings(doc, "particle")


@check(variants={
    "": Variant(provides=(USUAL, LINE, COUNT), fix=True),
    "pair": Variant(provides=(USUAL, LINE), fix=True),
})
def inconsistent_name(doc: Any, rule: Any) -> Iterator[Finding]:
    """TYPO003: a name written once with one homophone character changed."""
    for slip in doc.shared(name_slips):
        args = {"usual": slip.usual, "line": doc.position(slip.usual_at)[0]}
        variant = "pair"
        if slip.count >= 2:
            args["count"], variant = slip.count, ""
        yield Finding(slip.start, slip.end, args, (Edit(slip.start, slip.end, slip.usual),),
                      Applicability.UNSAFE, variant=variant)


# TYPO004: 未 for 为 opening a purpose clause ----------------------------------------------------

@dataclass(frozen=True)
class PurposeParams:
    """TYPO004's params: the words that tell a purpose clause from a condition."""
    verbs: tuple[str, ...]            # what follows 为 in a purpose clause (确保, 进一步 …)
    condition_ends: tuple[str, ...]   # a clause ending in one of these is a condition (…的，…前，)
    consequences: tuple[str, ...]     # a main clause holding one of these states a consequence

    def __post_init__(self) -> None:
        for name in ("verbs", "condition_ends", "consequences"):
            if not getattr(self, name):
                raise ValueError(f"params.{name} must list at least one word")


_SENTENCE_MARKS = frozenset("。！？!?；;\n")
_CLAUSE_MARKS = _SENTENCE_MARKS | frozenset("，,")
_OPENERS = frozenset(" \u3000“\"「『")


def _purpose_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    # a literal start (未) lets sre skip ahead; the sentence start is tested on each match
    return re.compile("未(?:%s)" % "|".join(map(re.escape, verbs)))


def _opens_sentence(text: str, at: int) -> bool:
    while at > 0 and text[at - 1] in _OPENERS:
        at -= 1
    return at == 0 or text[at - 1] in _SENTENCE_MARKS


@check(params=PurposeParams, variants={"": Variant(provides=(CORRECT,), fix=True)})
def purpose_clause(doc: Any, rule: Any) -> Iterator[Finding]:
    """TYPO004: 未确保…，(main clause) where the clause states a purpose, not a condition."""
    params: PurposeParams = rule.params
    text = doc.text
    for match in _purpose_pattern(params.verbs).finditer(text):
        if not _opens_sentence(text, match.start()):
            continue
        clause_end = match.end()
        while clause_end < len(text) and text[clause_end] not in _CLAUSE_MARKS:
            clause_end += 1
        if text[clause_end:clause_end + 1] not in ("，", ","):
            continue      # 未确保质量。 states a fact; a purpose clause leads into a main clause
        clause = text[match.end():clause_end]
        if clause.endswith(params.condition_ends):
            continue      # 未确保安全的，… / 未确保到位前，…: a condition
        main_end = clause_end + 1
        while main_end < len(text) and text[main_end] not in _SENTENCE_MARKS:
            main_end += 1
        main = text[clause_end + 1:main_end]
        if any(word in main for word in params.consequences):
            continue      # 未确保资金到位，项目不得开工: the main clause says what follows from it
        start = match.start()
        yield Finding(start, start + 1, {"correct": "为"}, (Edit(start, start + 1, "为"),),
                      Applicability.UNSAFE)


# TYPO005: 截止 / 截至 -------------------------------------------------------------------------

@dataclass(frozen=True)
class DeadlineParams:
    """TYPO005's params: the words that name a point in time."""
    time_words: tuple[str, ...]   # words that name a point in time without digits (目前, 今年底 …)

    def __post_init__(self) -> None:
        if not self.time_words:
            raise ValueError("params.time-words must list at least one word")


_NUMBER = r"(?:\d{1,4}|[〇零一二三四五六七八九十]{1,4})"
_DAY = rf"(?:{_NUMBER}|[（(]\d{{1,2}}[)）])日"
_DATE = (rf"(?:{_NUMBER}年(?:{_NUMBER}月(?:{_DAY})?)?|{_NUMBER}月(?:{_DAY})?|{_DAY})"
         r"(?:底|末|初|上旬|中旬|下旬)?")
_SENTENCE_END = r"[。！？!?；;\n]"


_AS_OF_START = "(?=[ \u3000截])"


def _jiezhi_patterns(time_words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(map(re.escape, sorted(time_words, key=len, reverse=True)))
    when = rf"(?:{_DATE}|(?:{words})(?:底|末|初)?)"
    # 截止 opening a clause, a point in time, and the clause goes on: how things stood (截至).
    # Not after a colon (报名时间：截止5月31日。 is a deadline) and not 截止到/截止于 (correct).
    # (The leading lookahead lets the regex engine leave every other character at once.)
    as_of = re.compile(rf"{_AS_OF_START}(?:^|(?<=[，,。！？!?；;\n]))[ \u3000]*(截止)(?![到于於至])(?={when}(?:为止|為止)?"
                       rf"(?!{_SENTENCE_END}|$))", re.MULTILINE)
    # 截至 before a full date that ends the sentence: a deadline (截止)
    deadline = re.compile(rf"(截至)(?:{_NUMBER}年)?{_NUMBER}月{_DAY}(?={_SENTENCE_END}|$)", re.MULTILINE)
    return as_of, deadline


@check(params=DeadlineParams, variants={
    "as-of": Variant(provides=(CORRECT,), fix=True),
    "deadline": Variant(provides=(CORRECT,), fix=True),
})
def jiezhi(doc: Any, rule: Any) -> Iterator[Finding]:
    """TYPO005: 截止 (to end, a deadline) and 截至 (as of a time) swapped."""
    text = doc.text
    as_of, deadline = _jiezhi_patterns(rule.params.time_words)
    for match in as_of.finditer(text):
        start = match.start(1)
        yield Finding(start, start + 2, {"correct": "截至"}, (Edit(start, start + 2, "截至"),),
                      Applicability.UNSAFE, variant="as-of")
    for match in deadline.finditer(text):
        start = match.start(1)
        yield Finding(start, start + 2, {"correct": "截止"}, (Edit(start, start + 2, "截止"),),
                      Applicability.UNSAFE, variant="deadline")


# TYPO010: 的 for 得 before a complement of degree ----------------------------------------------

FRAME = Placeholder("frame", "动词或形容词、“的”和补语", "the verb or adjective, 的 and the complement")
FIXED = Placeholder("fixed", "改用“得”后的写法", "the words with 得")


@dataclass(frozen=True)
class ComplementParams:
    """TYPO010's params: the adverbs of degree and the words that tell a complement."""
    degree: tuple[str, ...]       # adverbs of degree that open a complement (很, 非常, 越来越 …)
    subject_predicates: tuple[str, ...]   # predicates of a 的-phrase subject (对, 多: 你说的很对)
    other_senses: tuple[str, ...]  # adverbs that also begin words of another sense (更新, 太空)

    def __post_init__(self) -> None:
        for name in ("degree", "subject_predicates", "other_senses"):
            if not getattr(self, name):
                raise ValueError(f"params.{name.replace('_', '-')} must list at least one word")


# jieba tags of the word before 的: a verb or an adjective (跑, 照顾, 合作, 热闹), or a common noun,
# the tag jieba gives many verbs (布置, 安排 as nouns); a noun before 的 is otherwise a possessor,
# and a possessor followed by an adverb of degree and a complement ending the clause is not written
# in news. A pronoun, a name, a time or place word before 的 is a possessor (他的很多朋友).
_HEAD_TAGS = ("v", "a")
_HEAD_NOUN = "n"
# jieba tags a complement cannot have: common nouns, numbers and measure words, pronouns, time
# and place words (的很多 is a quantity). Proper-name tags after an adverb of degree are the tagger's
# noise (默契 is tagged a person's name), not names.
_NOT_COMPLEMENT_TAGS = frozenset({"n", "ng", "m", "mq", "q", "r", "rr", "rz", "rg", "t", "tg", "s", "f"})
# What may follow a complement: the clause ends there (跑的很快。) or after a sentence-final 了.
_COMPLEMENT_END = frozenset("，。；！？、,;!?：:」』”’）)\n")
# A comparison (比你想像的更大, 比预期的好) makes the 的-phrase the standard compared with: 的 is right.
_COMPARISON = ("比", "不如", "没有", "沒有")


def _ends_clause(text: str, at: int) -> bool:
    if at < len(text) and text[at] == "了":
        at += 1
    return at >= len(text) or text[at] in _COMPLEMENT_END


def _noun_phrase(word: str, lex: Any) -> bool:
    """Is word a noun with a modifier before it (高水平: 高 + 水平), whatever the tagger says? A
    complement says how, never what."""
    return any(lex.tag(word[k:]) in ("n", "ng") for k in range(1, len(word) - 1))


@functools.cache
def _complement_candidates(degree: tuple[str, ...]) -> re.Pattern[str]:
    """的 before an adverb of degree or an AABB shape: one scan with a literal start (的 is the
    commonest character of Chinese text; a loop over each would cost more than the rest)."""
    adverbs = "|".join(map(re.escape, sorted(degree, key=len, reverse=True)))
    return re.compile(rf"的(?=(?:{adverbs})|{_AABB.pattern})")


# An AABB shape (干干净净); the candidates' pattern embeds it, the check reads the shape's span with it.
_AABB = re.compile(r"([\u4e00-\u9fff])\1([\u4e00-\u9fff])\2")


@check(params=ComplementParams, variants={
    "": Variant(provides=(FRAME, FIXED), fix=True),
    "repeated": Variant(provides=(FRAME, FIXED, AGAIN, NEXT), fix=True),
})
def complement_particle(doc: Any, rule: Any) -> Iterator[Finding]:
    """TYPO010: a verb or adjective, 的, and a complement that says how (or how much) it is done
    and ends the clause: 跑的很快, 打扫的干干净净. There only 得 is possible. One finding per
    article, as an editor reads it (a writer who puts 的 there does so throughout): at the first
    place, naming how many more and from which line; the fix corrects every place."""
    places = list(_complement_slips(doc, rule.params))
    if not places:
        return
    from ..analysis.structure import structure
    by_article: dict[int, list[tuple[int, str, str]]] = {}
    for place in places:
        by_article.setdefault(doc.shared(structure).article_at(place[0]).start, []).append(place)
    for group in by_article.values():
        de, frame, fixed = group[0]
        args: dict[str, Any] = {"frame": frame, "fixed": fixed}
        variant = ""
        if len(group) > 1:
            args["again"], args["next"], variant = len(group) - 1, doc.position(group[1][0])[0], "repeated"
        yield Finding(de, de + 1, args, tuple(Edit(at, at + 1, "得") for at, _, _ in group),
                      Applicability.UNSAFE, variant=variant)


def _complement_slips(doc: Any, params: ComplementParams) -> Iterator[tuple[int, str, str]]:
    """(where 的 stands, the frame, the frame with 得) for each 的 before a complement."""
    text = doc.text
    from ..analysis.words import doc_words, lexicon
    degree = frozenset(params.degree)
    subject_predicates = frozenset(params.subject_predicates)
    other_senses = frozenset(params.other_senses)
    lex = lexicon()
    words = None
    for match in _complement_candidates(params.degree).finditer(text):
        de = match.start()
        if de == 0 or not is_han(text[de - 1]):
            continue
        shape = _AABB.match(text, match.end())     # the lookahead's: a 的 before an adverb may have one too
        aabb = shape.group() if shape else ""
        reduplicated = aabb[0] + aabb[2] if aabb and aabb[0] != aabb[2] else None   # 干干净净 -> 干净
        words = words or doc.shared(doc_words)
        if not (words.is_boundary(de) and words.is_boundary(de + 1)):
            continue
        head_start, head_end = words.word_span(de - 1)
        head_tag = lex.tag(text[head_start:de])
        if head_end != de or not (head_tag.startswith(_HEAD_TAGS) or head_tag == _HEAD_NOUN):
            continue
        first = words.word_span(de + 1)
        if shape and reduplicated is not None and first[1] <= shape.end():
            # 打扫的干干净净: the reduplicated form of an adjective (干净), never of a noun (方方面面)
            end = shape.end()
            if not (lex.tag(aabb).startswith("z") or lex.tag(reduplicated).startswith(("a", "z", "d"))) \
                    or not _ends_clause(text, end):
                continue
        else:
            adverb = text[first[0]:first[1]]
            if adverb in degree:      # 很|精准: the adverb a word of its own, the complement the next
                word_start, end = words.word_span(first[1])
                if word_start != first[1]:
                    continue
                complement = text[word_start:end]
            else:
                # 很快, 很大: the lexicon joins some adverb + adjective pairs into one word; the
                # rest must be an adjective, after an adverb with no other sense (更新 is a verb)
                lead = next((d for d in degree if adverb.startswith(d) and len(adverb) > len(d)), None)
                if lead is None or lead in other_senses:
                    continue
                complement, end = adverb[len(lead):], first[1]
                if not lex.tag(complement).startswith("a"):
                    continue
            if (complement in subject_predicates or lex.tag(complement) in _NOT_COMPLEMENT_TAGS
                    or _noun_phrase(complement, lex)
                    or not _ends_clause(text, end)):
                continue
            clause = head_start
            while clause > 0 and text[clause - 1] not in _COMPLEMENT_END:
                clause -= 1
            if any(word in text[clause:head_start] for word in _COMPARISON):
                continue      # 比你想像的更大: the 的-phrase is what is compared with
        yield de, text[head_start:end], text[head_start:de] + "得" + text[de + 1:end]


# TYPO007 / TYPO008: the newsroom's terms --------------------------------------------------------

@check(variants={
    "": Variant(provides=(CORRECT,), fix=True),
    "noted": Variant(provides=(CORRECT, NOTE), fix=True),
})
def house_term(doc: Any, rule: Any) -> Iterator[Finding]:
    """TYPO007: a variant of a house term from [tool.jiaodui.terms]."""
    terms: tuple[HouseTerm, ...] = tuple((doc.settings or {}).get("terms", ()) or ())
    if not terms:
        return      # (house.py is imported only by a configuration that gives terms)
    from ..analysis.house import occurrences
    preferred_of = {variant: term for term in terms for variant in term.variants}
    protected = tuple(term.preferred for term in terms) + tuple((doc.settings or {}).get("words", ()) or ())
    for start, end, word in occurrences(doc, tuple(preferred_of), protected):
        term = preferred_of[word]
        args: dict[str, Any] = {"correct": term.preferred}
        variant = ""
        if term.message:
            args["note"], variant = term.message, "noted"
        yield Finding(start, end, args, (Edit(start, end, term.preferred),), Applicability.UNSAFE,
                      variant=variant)


@check(variants={
    "": Variant(provides=(REASON,)),
    "suggested": Variant(provides=(REASON, SUGGEST), fix=True),
})
def banned_term(doc: Any, rule: Any) -> Iterator[Finding]:
    """TYPO008: a banned or cautioned term from [tool.jiaodui.banned]."""
    settings = doc.settings or {}
    banned: tuple[BannedTerm, ...] = tuple(settings.get("banned", ()) or ())
    if not banned:
        return
    from ..analysis.house import occurrences
    by_term = {entry.term: entry for entry in banned}
    terms: tuple[HouseTerm, ...] = tuple(settings.get("terms", ()) or ())
    protected = tuple(t.preferred for t in terms) + tuple(settings.get("words", ()) or ())
    for start, end, word in occurrences(doc, tuple(by_term), protected):
        entry = by_term[word]
        if entry.suggest:
            yield Finding(start, end, {"reason": entry.reason, "suggest": entry.suggest},
                          (Edit(start, end, entry.suggest),), Applicability.DISPLAY, variant="suggested")
        else:
            yield Finding(start, end, {"reason": entry.reason})


__all__ = [
    "banned_term",
    "complement_particle",
    "house_term",
    "inconsistent_name",
    "jiezhi",
    "misspelling",
    "misspelling_in_use",
    "particle_slip",
    "purpose_clause",
    "variant_form",
]
