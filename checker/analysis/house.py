"""The newsroom's own words as configuration: house terms (`[tool.jiaodui.terms]`) and banned or
cautioned terms (`[tool.jiaodui.banned]`), validated when the configuration is read, and matched
per document at word boundaries by TYPO007 and TYPO008.

    [tool.jiaodui.terms]
    "新冠病毒感染" = { variants = ["新冠肺炎"], message = "国家卫健委2022年12月起的名称" }
    "东湖村" = ["东胡村"]                          # the short form: variants only

    [tool.jiaodui.banned]
    "瞎子" = { reason = "对视力残疾人的蔑称", suggest = "盲人" }
    "小姐" = "对女性的泛称，易生歧义"              # the short form: the reason only

The runner puts the parsed values in doc.settings["terms"] and doc.settings["banned"].
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

_WORD = re.compile(r"^\S(?:.*\S)?$")


class HouseConfigError(ValueError):
    """A malformed house-terms or banned-terms entry; the message names the entry."""


@dataclass(frozen=True)
class HouseTerm:
    """A house-style term: the preferred form and the variants the house replaces with it."""
    preferred: str
    variants: tuple[str, ...]
    message: str = ""


@dataclass(frozen=True)
class BannedTerm:
    """A term the house does not print, with why and what to write instead."""
    term: str
    reason: str
    suggest: str = ""


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _WORD.match(value):
        raise HouseConfigError(f"{what} must be a non-empty string without surrounding spaces, not {value!r}")
    return value


def parse_terms(table: Any, where: str) -> tuple[HouseTerm, ...]:
    """`[tool.jiaodui.terms]`: preferred term = [variants] or {variants = [...], message = "..."}."""
    if not isinstance(table, Mapping):
        raise HouseConfigError(f"{where}: 'terms' must be a table of preferred term = variants")
    terms: list[HouseTerm] = []
    owner: dict[str, str] = {}
    for preferred, value in table.items():
        entry = f"{where}: terms entry {preferred!r}"
        _text(preferred, entry)
        message = ""
        if isinstance(value, Mapping):
            unknown = set(value) - {"variants", "message"}
            if unknown:
                raise HouseConfigError(f"{entry}: unknown key(s) {', '.join(sorted(unknown))} "
                                       f"(use variants, message)")
            if "variants" not in value:
                raise HouseConfigError(f"{entry}: missing 'variants'")
            message = _text(value["message"], f"{entry}: 'message'") if "message" in value else ""
            value = value["variants"]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            raise HouseConfigError(f"{entry}: variants must be a non-empty list of strings")
        variants = tuple(_text(v, f"{entry}: variant") for v in value)
        for variant in variants:
            if variant == preferred:
                raise HouseConfigError(f"{entry}: the variant {variant!r} is the preferred term itself")
            if variant in owner:
                raise HouseConfigError(f"{entry}: the variant {variant!r} is already a variant of {owner[variant]!r}")
            owner[variant] = preferred
        terms.append(HouseTerm(preferred, variants, message))
    preferred_terms = {t.preferred for t in terms}
    for variant, preferred in owner.items():
        if variant in preferred_terms:
            raise HouseConfigError(f"{where}: terms entry {preferred!r}: the variant {variant!r} is "
                                   f"itself a preferred term")
    return tuple(terms)


def parse_banned(table: Any, where: str) -> tuple[BannedTerm, ...]:
    """`[tool.jiaodui.banned]`: term = "reason" or {reason = "...", suggest = "..."}."""
    if not isinstance(table, Mapping):
        raise HouseConfigError(f"{where}: 'banned' must be a table of term = reason")
    banned: list[BannedTerm] = []
    for term, value in table.items():
        entry = f"{where}: banned entry {term!r}"
        _text(term, entry)
        if isinstance(value, str):
            banned.append(BannedTerm(term, _text(value, f"{entry}: reason")))
            continue
        if not isinstance(value, Mapping):
            raise HouseConfigError(f"{entry}: give a reason string or a table {{reason, suggest}}")
        unknown = set(value) - {"reason", "suggest"}
        if unknown:
            raise HouseConfigError(f"{entry}: unknown key(s) {', '.join(sorted(unknown))} (use reason, suggest)")
        if "reason" not in value:
            raise HouseConfigError(f"{entry}: missing 'reason'")
        suggest = _text(value["suggest"], f"{entry}: 'suggest'") if "suggest" in value else ""
        banned.append(BannedTerm(term, _text(value["reason"], f"{entry}: 'reason'"), suggest))
    return tuple(banned)


WORDS_FILE_LIMIT = 16 * 1024 * 1024    # a newsroom's names run to megabytes at most


def read_words_file(path: Any, where: str) -> tuple[str, ...]:
    """A `words-file`: the newsroom's names, places and terms, one a line (UTF-8, `#` starts a
    comment line). Never reported as misspellings; segmentation keeps them whole."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(WORDS_FILE_LIMIT + 1)
        if len(raw) > WORDS_FILE_LIMIT:
            raise HouseConfigError(f"{where}: the words-file {str(path)!r} is over {WORDS_FILE_LIMIT:,} bytes")
        lines = raw.decode("utf-8-sig").splitlines()
    except OSError as exc:
        raise HouseConfigError(f"{where}: cannot read the words-file {str(path)!r}: "
                               f"{(exc.strerror or str(exc)).lower()}") from None
    except UnicodeDecodeError as exc:
        raise HouseConfigError(f"{where}: the words-file {str(path)!r} is not UTF-8 (byte {exc.start})") from None
    words = []
    for number, line in enumerate(lines, 1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        if any(ch.isspace() for ch in word):
            raise HouseConfigError(f"{where}: words-file {str(path)!r} line {number}: one word a line, "
                                   f"not {word!r}")
        words.append(word)
    return tuple(dict.fromkeys(words))


def example_settings(table: Any, where: str) -> dict[str, Any]:
    """The document settings a rule's examples run with (`examples.config` in a rule entry):
    `terms` and `banned` as in the configuration, `words` as a list instead of a words-file."""
    if not isinstance(table, Mapping):
        raise HouseConfigError(f"{where}: 'examples.config' must be a table")
    unknown = set(table) - {"terms", "banned", "words"}
    if unknown:
        raise HouseConfigError(f"{where}: 'examples.config' takes terms, banned and words, not "
                               f"{', '.join(sorted(unknown))}")
    settings: dict[str, Any] = {}
    if "terms" in table:
        settings["terms"] = parse_terms(table["terms"], where)
    if "banned" in table:
        settings["banned"] = parse_banned(table["banned"], where)
    if "words" in table:
        words = table["words"]
        if not isinstance(words, list) or not all(isinstance(w, str) and _WORD.match(w) for w in words):
            raise HouseConfigError(f"{where}: 'examples.config.words' must be a list of words")
        settings["words"] = tuple(words)
    return settings


@functools.lru_cache(maxsize=64)
def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One expression for a configuration's words, longest first (compiled once per configuration)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def house_words(doc: Any) -> Any:
    """Word boundaries that know the configured terms as words (use doc.shared): the newsroom's
    words-file, every house term and variant, every banned term. A configured variant is a word
    of the newsroom's even where the lexicon would cut it (亚|姐们)."""
    from .words import DocWords
    settings = doc.settings or {}
    terms: tuple[HouseTerm, ...] = tuple(settings.get("terms", ()) or ())
    banned: tuple[BannedTerm, ...] = tuple(settings.get("banned", ()) or ())
    words = [*(settings.get("words", ()) or ()), *(t.preferred for t in terms),
             *(v for t in terms for v in t.variants), *(b.term for b in banned)]
    return DocWords(doc.text, tuple(words))


def occurrences(doc: Any, words: tuple[str, ...], protected: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """Places of the words that stand at word boundaries and are not inside one of the protected
    words (a preferred term holding a banned one: 亚洲小姐 is not 小姐 to be reported)."""
    if not words:
        return []
    text = doc.text
    if not any(word in text for word in words):
        return []
    shield: list[tuple[int, int]] = []
    if protected:
        shield = [m.span() for m in alternation(protected).finditer(text)]
    boundaries = doc.shared(house_words)
    found = []
    for match in alternation(words).finditer(text):
        start, end = match.span()
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in shield):
            continue
        if boundaries.is_boundary(start) and boundaries.is_boundary(end):
            found.append((start, end, match.group()))
    return found
