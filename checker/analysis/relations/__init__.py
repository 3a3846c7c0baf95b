"""The relation model of the NUM rules: every arithmetic statement of news copy read as one of a
few relations between quantities, each found by its own module and returned with its operands.

    parts        part–whole: a total and its parts (其中 …; N个…中; breakdown.py: with no 其中;
                 span_parts.py: a span of time and its periods)
    running      running total: items, then 共计/合计/以上 N
    average      average × count = total (户均, 人均, 每户 …)
    share        a part's percentage of its whole (占X%)
    rate         a rate from two counts (完成率, 覆盖率 …)
    change       direction (由A增加到B) and amount (增长X%, 下降N个百分点) of a change
    partition    shares of one whole make 100%
    proportion   a count out of all proportion to the text's others
    restated     one quantity of one thing stated twice with incompatible values

What they build on: vocabulary (the words, rx), cues (which sentences are read), kinds (which
kinds cannot overlap), common (Relation, clauses, what a figure counts), interval (arithmetic on
rounded figures), sum_of_parts (parts weighed against their whole), spaced (figures set off with
spaces, as Taiwan copy writes them, read as the same copy without the spaces).

Every finder is a shared analysis (`doc.shared(finder)`), run once per document; each returns
`Relation`s, checked (ok) or contradicted. `checker/checks/numbers.py` only turns them into
findings, one rule per kind.
"""
from __future__ import annotations

from collections.abc import Callable

from ...typenames import TYPE_CHECKING
from .average import averages
from .change import changes
from .common import Relation
from .cues import cue_sentences
from .partition import percent_partitions
from .parts import part_whole
from .proportion import out_of_proportion
from .rate import rates
from .restated import restated
from .running import running_totals
from .share import shares
from .spaced import read_unspaced

if TYPE_CHECKING:
    from typing import Any

# Which finder produces each kind of relation. A sum of parts found right is the kind "parts",
# shown by the rule of "parts-exceed". Each reads figures set off with spaces (Taiwan copy) as the
# same copy without them would be read (spaced.py).
FINDERS: dict[str, Callable[[Any], list[Relation]]] = {kind: read_unspaced(finder) for kind, finder in {
    "parts-exceed": part_whole, "parts-short": part_whole, "parts": part_whole,
    "running-total": running_totals, "average": averages, "share": shares, "rate": rates,
    "change-direction": changes, "change-amount": changes, "percent-sum": percent_partitions,
    "out-of-proportion": out_of_proportion, "restated": restated,
}.items()}
KINDS = frozenset(FINDERS)


def all_relations(doc: Any) -> list[Relation]:
    """Every relation of the document, checked or contradicted, in text order."""
    found = [r for finder in dict.fromkeys(FINDERS.values()) for r in doc.shared(finder)]
    return sorted(found, key=lambda r: (r.start, r.kind))


def verified(doc: Any) -> list[Relation]:
    """The arithmetic that was checked and found consistent."""
    return [r for r in all_relations(doc) if r.ok]


__all__ = ["FINDERS", "KINDS", "Relation", "all_relations", "cue_sentences", "verified"]
