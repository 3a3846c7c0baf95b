"""The newsroom's own words as configuration: house terms (`[tool.jiaodui.terms]`) and banned or
cautioned terms (`[tool.jiaodui.banned]`), validated when the configuration is read, and matched
per document at word boundaries by TYPO007 and TYPO008.

    [tool.jiaodui.terms]
    "新冠病毒感染" = { variants = ["新冠肺炎"], message = "按国家卫健委2022年起的名称" }
    "台湾地区领导人" = ["台湾总统"]              # the short form: variants only

    [tool.jiaodui.banned]
    "小姐" = { reason = "对女性的泛称易生歧义", suggest = "女士" }
    "残废" = "歧视性用语"                          # the short form: the reason only

The runner puts the parsed values in doc.settings["terms"] and doc.settings["banned"].
"""
from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

_WORD = re.compile(r"^\S(?:.*\S)?$")


class HouseConfigError(ValueError):
    """A malformed house-terms or banned-terms entry; the message names the entry."""


@dataclass(frozen=True)
class HouseTerm:
    preferred: str
    variants: tuple[str, ...]
    message: str = ""


@dataclass(frozen=True)
class BannedTerm:
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


@functools.lru_cache(maxsize=64)
def alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    """One expression for a configuration's words, longest first (compiled once per configuration)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def occurrences(doc: Any, words: tuple[str, ...], protected: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """Places of the words that stand at word boundaries and are not inside one of the protected
    words (a preferred term holding a banned one: 残疾人 is not 残疾 to be reported)."""
    if not words:
        return []
    from .words import doc_words
    text = doc.text
    if not any(word in text for word in words):
        return []
    shield: list[tuple[int, int]] = []
    if protected:
        shield = [m.span() for m in alternation(protected).finditer(text)]
    boundaries = doc.shared(doc_words)
    found = []
    for match in alternation(words).finditer(text):
        start, end = match.span()
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in shield):
            continue
        if boundaries.is_boundary(start) and boundaries.is_boundary(end):
            found.append((start, end, match.group()))
    return found
