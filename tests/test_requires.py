"""Pre-filters declared in rule entries (`requires = [...]`, analysis/index.py): a requirement
may only skip texts the full check has nothing to report on.

One generic test for every entry that declares one: each text of a pool is checked by the engine
with the rule as declared and with its `requires` removed (the full check), and the findings must
be the same. The pool is every rule's examples, the samples and a sample of the corpus, and, since
those texts nearly all meet every requirement (and so prove nothing about it), the same texts
mutated so that they fail one requirement: each character that meets it is replaced by a
neighbour drawn at random (other marks of both widths, digits, letters, Han, invisible
characters, and for strings the strings' own characters rearranged). A requirement that forgets a
character or an arrangement the check reports on is caught on those texts.
"""
from __future__ import annotations

import dataclasses
import functools
import random
import re

from checker.analysis.index import ANY_OF, ANY_STRING, KINDS, DocIndex, _pattern
from checker.document import Document
from checker.engine import check_document
from checker.registry import Rule, load_rules

from conftest import CORPUS, SAMPLES

# What a character that meets a requirement is replaced by: its neighbours in copy.
_NEIGHBOURS = ("，。、；：？！,.;:?!…—–-－~～〜·•　 \t0123456789０１２３４５６７８９〇零一二三四五六七八九十"
               "百千万亿年月日号时分几星期礼拜周个人元的是在了未截止至和与《》〈〉“”‘’「」（）()[]【】"
               "AaBbOoXx&＆%％#/\\\u200b\u200d\u2060\ufeff\x01\x85\ue000\ufffd锟拷烫屯中国新闻說發")


@functools.cache
def _pool() -> tuple[str, ...]:
    rules = load_rules()
    texts = [example.text for rule in rules for example in rule.bad if example.text]
    texts += [good for rule in rules for good in rule.good]
    texts += [path.read_text("utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    if CORPUS.is_dir():
        files = sorted(CORPUS.glob("*.txt"))
        texts += [path.read_text("utf-8") for path in random.Random(5).sample(files, min(120, len(files)))]
    return tuple(dict.fromkeys(texts))


def _meets(requirement: str, ch: str) -> bool:
    if requirement.startswith(ANY_OF):
        return ch in requirement[len(ANY_OF):]
    return bool(_pattern(requirement).match(ch))


def _mutated(text: str, requirement: str, rng: random.Random) -> str | None:
    """The text changed so that it fails the requirement, or None if it already does or no
    change of a few rounds made it fail."""
    index = DocIndex(text)
    if not index.has(requirement):
        return None
    if not requirement.startswith(ANY_STRING):
        neighbours = [ch for ch in _NEIGHBOURS if not _meets(requirement, ch)]
        return "".join(rng.choice(neighbours) if _meets(requirement, ch) else ch for ch in text)
    parts = requirement[len(ANY_STRING):].split("|")
    own = sorted(set("".join(parts)))
    found = re.compile("|".join(map(re.escape, parts)))
    chars = list(text)
    for _ in range(30):
        hits = [match.span() for match in found.finditer("".join(chars))]
        if not hits:
            return "".join(chars)
        for start, end in hits:   # one character of each occurrence: a neighbour or the strings' own
            chars[rng.randrange(start, end)] = rng.choice(own if rng.random() < 0.5 else _NEIGHBOURS)
    return None


def _substituted(text: str, requirement: str, substitute: str) -> str | None:
    """The text with each character that meets the requirement replaced by `substitute` (for
    strings: one character of each occurrence, position by position), or None if it still meets it."""
    if not requirement.startswith(ANY_STRING):
        return "".join(substitute if _meets(requirement, ch) else ch for ch in text)
    parts = requirement[len(ANY_STRING):].split("|")
    found = re.compile("|".join(map(re.escape, parts)))
    for k in range(max(map(len, parts))):
        hits = [match.span() for match in found.finditer(text)]
        if not hits:
            break
        chars = list(text)
        for start, end in hits:
            chars[min(start + k, end - 1)] = substitute
        text = "".join(chars)
    return None if DocIndex(text).has(requirement) else text


def _texts_for(rule: Rule, requirement: str, rounds: int = 3) -> list[str]:
    """The pool and the pool mutated to fail the requirement (`rounds` random draws per text),
    and the rule's own bad examples with the requirement's characters replaced by each neighbour
    in turn (every neighbour: the texts the rule reports are where a narrow requirement shows)."""
    texts = list(_pool())
    for seed in range(rounds):
        rng = random.Random(f"{requirement}/{seed}")
        texts += [m for m in (_mutated(text, requirement, rng) for text in _pool()) if m is not None]
    own = sorted(set(requirement[len(ANY_STRING):]) - {"|"}) if requirement.startswith(ANY_STRING) else []
    for example in rule.bad:
        if example.text and DocIndex(example.text).has(requirement):
            for substitute in dict.fromkeys([*own, *_NEIGHBOURS]):
                if requirement.startswith(ANY_STRING) or not _meets(requirement, substitute):
                    texts.append(_substituted(example.text, requirement, substitute) or "")
    return texts


def _full(rule: Rule) -> Rule:
    """The rule without its pre-filter: the engine runs its whole check on every text."""
    full = dataclasses.replace(rule, requires=())
    full.__dict__["check"] = rule.check
    return full


def _differences(rule: Rule, texts: list[str]) -> list[str]:
    """Texts on which the engine finds otherwise with the rule's requirements than without."""
    full = _full(rule)
    differ = []
    for text in texts:
        if DocIndex(text).satisfies(rule.requires):
            continue        # the rule runs as it would without them: nothing to compare
        filtered = check_document(Document("t", text, settings={"script": "auto"}), [rule])
        unfiltered = check_document(Document("t", text, settings={"script": "auto"}), [full])
        assert not filtered.crashes and not unfiltered.crashes, (rule.id, text[:80])
        if filtered.diagnostics != unfiltered.diagnostics:
            differ.append(text)
    return differ


def test_no_requirement_changes_what_a_rule_reports():
    declared = [rule for rule in load_rules() if rule.requires]
    assert len(declared) >= 20
    for rule in declared:
        texts = [text for requirement in rule.requires for text in _texts_for(rule, requirement)]
        assert _differences(rule, texts) == [], rule.id


def test_mutated_texts_fail_the_requirement_and_still_read_as_copy():
    # The mutations must do their part: most texts that meet a requirement are turned into texts
    # that fail it (else the comparison above would only see texts the rule skips anyway).
    for requirement in ("han", "digit", "control", "any-of:、", "any-string:》、《|星期", "any-string:？？|!!"):
        meeting = [text for text in _pool() if DocIndex(text).has(requirement)]
        rng = random.Random(1)
        mutated = [_mutated(text, requirement, rng) for text in meeting]
        assert meeting and sum(m is not None for m in mutated) >= 0.9 * len(meeting), requirement
        assert not any(DocIndex(m).has(requirement) for m in mutated if m is not None), requirement


def test_a_wrong_requirement_is_caught():
    mixed = next(rule for rule in load_rules() if rule.id == "ENC008")
    assert _differences(dataclasses.replace(_full(mixed), requires=("digit",)), list(_pool()))


def test_a_requirement_that_misses_an_arrangement_is_caught_on_mutated_texts():
    # PUNC007's check reports a run of four question marks of mixed widths (？？?？); a requirement
    # naming only runs of one width would skip such a text. The examples hold no mixed run, so only
    # the mutated texts can show it.
    repeated = next(rule for rule in load_rules() if rule.id == "PUNC007")
    narrow = dataclasses.replace(_full(repeated), requires=("any-string:？？？？|！！！！|????|!!!!",))
    assert not _differences(narrow, list(_pool()))
    assert _differences(narrow, _texts_for(narrow, narrow.requires[0], rounds=0))


def test_the_index_finds_each_kind():
    text = "GDP增长５%，“好”——éa\u3000\x01\u200b\ue000"
    index = DocIndex(text)
    assert all(index.has(kind) for kind in KINDS)
    assert not DocIndex("abc").has("digit") and not DocIndex("123").has("han")
    assert not any(DocIndex("增长5%，\t\n").has(kind) for kind in ("control", "zero-width", "private-use",
                                                                  "full-width-digit"))
    assert index.has("any-of:，") and not index.has("any-of:。")
    assert index.has("any-string:——|。。") and not index.has("any-string:。。|——。")
    assert index.spans("han") == [(3, 5), (9, 10)]
    assert index.spans("zero-width") == [(17, 18)] and DocIndex("增长").spans("control") == []
