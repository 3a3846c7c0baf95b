"""What a check promises its rule entries: the parameters an entry may set, and the message
variants the check reports with the values (placeholders) each one provides.

A check declares its contract beside its code:

    @dataclass(frozen=True)
    class DateParams:
        day_words: tuple[str, ...]          # set in the entry as params.day-words

    @check(params=DateParams, variants={
        "": Variant(provides=(MEANT,), fix=True),       # message.zh / message.en
        "ambiguous": Variant(provides=(OPTIONS,)),      # message.ambiguous.zh / .en
    })
    def malformed_date(doc, rule): ...

The registry refuses, at load, an entry whose params are unknown or of the wrong type, a variant
without its message, a message for a variant the check never reports, and a placeholder the check
does not provide. The check yields `Finding(..., variant="ambiguous")` and the values as `args`;
the words around them live in the entry, never in the code. Every variant also provides `{match}`,
the flagged text.

A value that is a word (a weekday, a kind of space) is a term: the check passes a key and the
entry words it (`Placeholder(..., terms=("monday", ...))`, `terms.monday.zh = "星期一"`).

This module imports nothing from the checker (but typenames), so any check can use it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, TypeVar

    F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Placeholder:
    """A value a check provides to its messages, described for `jiaodui explain`.

    With `terms`, the value is a word the entry supplies: the check passes one of these keys (or
    a tuple of them) and the entry words each key in `terms.<key>.zh/.en`; a tuple is joined with
    "、" in Chinese and ", " in English. This keeps enumerated words (weekday names, kinds of
    space, date styles) out of check code.
    """
    name: str
    zh: str
    en: str
    terms: tuple[str, ...] = ()


MATCH = Placeholder("match", "标出的原文", "the flagged text")


@dataclass(frozen=True)
class Variant:
    """One way a check reports a finding. `fix`: findings of this variant can carry an edit (the
    entry then needs a fix-message for it); `verified`: the check may report this variant as a
    statement it proved right (worded by the entry's verified-message)."""
    provides: tuple[Placeholder, ...] = ()
    fix: bool = False
    verified: bool = False

    @property
    def has_terms(self) -> bool:
        return any(p.terms for p in self.provides)

    def names(self) -> frozenset[str]:
        return frozenset(p.name for p in self.provides) | {MATCH.name}

    def placeholder(self, name: str) -> Placeholder | None:
        if name == MATCH.name:
            return MATCH
        return next((p for p in self.provides if p.name == name), None)


@dataclass(frozen=True)
class NoParams:
    """A check that takes no parameters: an entry that sets any is refused."""


Variants = Mapping[str, Variant]


@dataclass(frozen=True)
class Contract:
    """What a check declares (checker/contract.py): the type of its entry's params and the variants it
    reports."""
    params: type = NoParams
    # The variants, or a function of the entry's typed params that gives them (for a generic
    # kind such as "pattern", whose placeholders are the named groups of its expression).
    variants: Variants | Callable[[Any], Variants] = field(default_factory=dict)

    def variants_for(self, params: Any) -> Variants:
        return self.variants(params) if callable(self.variants) else self.variants

_VARIANT_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def check(*, variants: Variants | Callable[[Any], Variants], params: type = NoParams) -> Callable[[F], F]:
    """Declare a check's contract (see the module documentation)."""
    if not callable(variants):
        for name in variants:
            if name and not _VARIANT_NAME.match(name):
                raise ValueError(f"variant name {name!r} must be kebab-case")

    def mark(function: F) -> F:
        function.contract = Contract(params, variants)  # type: ignore[attr-defined]
        return function
    return mark


def contract_of(function: Callable[..., Any]) -> Contract | None:
    return getattr(function, "contract", None)


__all__ = ["MATCH", "Contract", "NoParams", "Placeholder", "Variant", "check", "contract_of"]
