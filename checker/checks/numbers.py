"""Numbers that must add up (NUM rules): thin checks over the relation model.

The relations are read by `checker.analysis.relations` (one module per kind, each a shared
analysis run once per document). Each NUM rule names one kind in `params.kind` and reports the
relations of that kind that no choice of values within the stated figures' intervals makes right;
the ones proved right are verified findings (shown with --show-verified). The words of every
message are in the rule entries (rules/numbers.toml); the check provides the arithmetic and the
bounds used.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..analysis.relations import FINDERS, Relation, all_relations
from ..contract import Placeholder, Variant, Variants, check
from ..diagnostic import Finding
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any, Literal

CALC = Placeholder("calc", "算式（按文中数字计算）", "the arithmetic, from the figures of the text")
RANGE = Placeholder("range", "算得的值在四舍五入和约数下的取值范围", "the range the computed value can take, "
                    "allowing for rounding and qualifiers")
BASIS = Placeholder("basis", "取值范围的依据：四舍五入，或四舍五入和约、近、余等约数", "what the range allows for: "
                    "rounding, or rounding and qualifiers such as 约, 近, 余", terms=("rounding", "qualifiers"))
STATED = Placeholder("stated", "文中写出的数字（或词）", "the figure (or word) the text states")
STATED_RANGE = Placeholder("stated_range", "文中数字的取值范围", "the range of values the stated figure stands for")
TIMES = Placeholder("times", "倍数", "how many times larger")
LARGEST = Placeholder("largest", "文中其他同类数字中最大者", "the largest other count of its kind")
FIRST = Placeholder("first", "前文说过的数字", "the figure stated earlier")
FIRST_LINE = Placeholder("first_line", "前文数字所在的行", "the line of the figure stated earlier")

_PLAIN = (CALC, STATED)
_BOUNDS = (CALC, RANGE, BASIS, STATED, STATED_RANGE)


def _plain() -> Variant:
    return Variant(provides=_PLAIN + (RANGE, BASIS, STATED_RANGE), verified=True)


# The message variants each kind reports: "" when every figure is exact, "rounded" when the
# message must show the bounds used.
_VARIANTS: dict[str, Variants] = {
    "parts-exceed": {"": _plain(), "rounded": Variant(provides=_BOUNDS, verified=True),
                     "part": Variant(provides=_BOUNDS), "part-rounded": Variant(provides=_BOUNDS)},
    "parts-short": {"": Variant(provides=_BOUNDS), "rounded": Variant(provides=_BOUNDS)},
    "running-total": {"": _plain(), "rounded": Variant(provides=_BOUNDS, verified=True),
                      "accrual": _plain(), "accrual-rounded": Variant(provides=_BOUNDS, verified=True)},
    "average": {"": _plain(), "rounded": Variant(provides=_BOUNDS, verified=True)},
    "share": {"": _plain(), "rounded": Variant(provides=_BOUNDS, verified=True)},
    "rate": {"": _plain(), "rounded": Variant(provides=_BOUNDS, verified=True)},
    "change-direction": {v: Variant(provides=_BOUNDS, verified=True)
                         for v in ("up", "down", "rounded-up", "rounded-down")},
    "change-amount": {"": _plain(), "rounded": Variant(provides=_BOUNDS, verified=True),
                      "point": Variant(provides=_BOUNDS, verified=True),
                      # (a change said as doublings, 翻了一番: the band of multiples it allows)
                      "multiple": Variant(provides=(CALC, STATED, STATED_RANGE), verified=True)},
    "percent-sum": {"": Variant(provides=_BOUNDS, verified=True),
                    "at-most": Variant(provides=_BOUNDS, verified=True)},
    "out-of-proportion": {v: Variant(provides=(CALC, STATED, TIMES, LARGEST))
                          for v in ("people", "households")},
    "restated": {"": Variant(provides=(CALC, STATED, FIRST, FIRST_LINE), verified=True)},
}
# A sum of parts found right is the kind "parts", shown by the rule of "parts-exceed".
_VERIFIED_BY = {"parts": "parts-exceed"}
KINDS = frozenset(_VARIANTS)


@dataclass(frozen=True)
class RelationParams:
    """The params of a NUM relation rule: which relation it reports."""
    kind: Literal["parts-exceed", "parts-short", "running-total", "average", "share", "rate",
                  "change-direction", "change-amount", "percent-sum", "out-of-proportion", "restated"]


def _variants(params: RelationParams) -> Variants:
    return _VARIANTS[params.kind]


@check(params=RelationParams, variants=_variants)
def relation(doc: Any, rule: Any) -> Iterator[Finding]:
    """Report the relations of the rule's kind that no values within the stated intervals make
    right, and the ones proved right as verified findings."""
    kind = rule.params.kind
    for found in doc.shared(FINDERS[kind]):
        if found.kind == kind or (found.ok and _VERIFIED_BY.get(found.kind) == kind):
            args = dict(found.args)
            if "range" in args:
                # a relation module names "qualifiers" when a hedged figure (约, 近, 余) widened
                # the computed range; rounding alone otherwise
                args.setdefault("basis", "rounding")
            yield Finding(found.start, found.end, args, verified=found.ok,
                          variant=found.variant)


def verified(doc: Any) -> list[Relation]:
    """The arithmetic that was checked and found consistent (for benchmarks and tests)."""
    return [r for r in all_relations(doc) if r.ok]
