"""Generic rule kinds usable from a TOML entry alone."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..contract import Placeholder, Variant, Variants, check
from ..diagnostic import Applicability, Edit, Finding
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Literal


@functools.cache
def _compile(pattern: str, use_regex_module: bool) -> Any:
    if use_regex_module:
        import regex  # only rules that need Unicode properties (\p{Han}) pay for it
        return regex.compile(pattern, regex.V1)
    return re.compile(pattern)


@dataclass(frozen=True)
class PatternParams:
    """The params of a pattern rule: its expression, pre-filter and fix."""
    pattern: str                       # the expression; every non-empty match is a finding
    replacement: str | None = None     # a re template (e.g. "\\g<mark>"): each match gets a fix
    applicability: Literal["safe", "unsafe", "display"] = "safe"
    unicode_properties: bool = False   # compile with the `regex` module (\p{Han} and the like)

    def __post_init__(self) -> None:
        errors: tuple[type[Exception], ...] = (re.error,)
        if self.unicode_properties:
            import regex
            errors = (regex.error,)
        try:
            compiled = _compile(self.pattern, self.unicode_properties)
        except errors as exc:
            raise ValueError(f"params.pattern is not a valid expression: {exc}") from None
        if self.replacement is not None and "replacement" in compiled.groupindex:
            raise ValueError("params.pattern: a group may not be named 'replacement' (the fix's text)")


def _variants(params: PatternParams) -> Variants:
    """One plain variant: the named groups of the expression, and the replacement when fixed."""
    groups = tuple(Placeholder(name, f"表达式中 (?P<{name}>…) 组匹配的文字",
                               f"the text matched by the group (?P<{name}>…)")
                   for name in _compile(params.pattern, params.unicode_properties).groupindex)
    if params.replacement is not None:
        groups += (Placeholder("replacement", "修改后的文字", "the text the fix puts in its place"),)
    return {"": Variant(provides=groups, fix=params.replacement is not None)}


@check(params=PatternParams, variants=_variants)
def pattern(doc: Any, rule: Any) -> Iterator[Finding]:
    """kind = "pattern": every match of params.pattern is a finding.

    What every match holds, to skip clean text fast, is the entry's `requires` (as for any rule);
    params.replacement (a re template, e.g. "\\g<mark>") turns each match into a fix with
    params.applicability (default safe); named groups are available to the message as {group}.
    """
    params: PatternParams = rule.params
    compiled = _compile(params.pattern, params.unicode_properties)
    replacement = params.replacement
    applicability = Applicability(params.applicability)
    for match in compiled.finditer(doc.text):
        if match.start() == match.end():
            continue
        args = {k: v for k, v in match.groupdict().items() if v is not None}
        edits = None
        if replacement is not None:
            edits = (Edit(match.start(), match.end(), match.expand(replacement)),)
            args["replacement"] = edits[0].replacement
        yield Finding(match.start(), match.end(), args, edits, applicability)
