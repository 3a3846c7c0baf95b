"""NUM recall on errors planted in wordings of our own (the brief: plant each kind in many wordings).

    python bench/num_wordings.py [--set tuning|held-out|all] [--show]

bench/data/num_wordings*.tsv hold pairs of one sentence each, a correct copy and a broken copy
(one figure or one word changed), for every relation kind, written for this bench in news wording
that differs from the rules' own tests and examples: totals before and after their parts, parts
with and without 其中, in 、 lists and in clauses, traditional and simplified script. Nothing in it
comes from the corpus, so it runs anywhere.

Three sets: `tuning` was read while rules were changed; `held-out` was written after it and before
it was first run, and is never used to change a rule (report its misses, do not fix them one by
one; its misses were printed once, on its first run, so it is not wholly blind); `held-out-2` was
written later, before its first run, and is only ever counted (never run with --show). Each correct copy must draw no NUM warning and should verify a relation of its kind; each
broken copy must draw a NUM warning. The report gives, per set and kind, the pairs, the correct
copies read and verified, the broken copies caught, and the false alarms on correct copies.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the relation kinds that count as reading a pair of each kind: the corpus bench's (parts also fail
# as parts-exceed)
from num_recall import KIND_OF  # noqa: E402

# one file per author or probe, so that two people adding pairs never edit the same file
PAIR_FILES = sorted((ROOT / "bench" / "data").glob("num_wordings*.tsv"))
# `tuning…` sets may be read while rules change; `held-out…` sets are only ever counted
SET_NAME = re.compile(r"(tuning|held-out)(-[0-9a-z]+)?")


def read_pairs(paths: list[Path] = PAIR_FILES) -> list[tuple[str, str, str, str]]:
    rows = []
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            which, kind, correct, broken = line.split("\t")
            if kind not in KIND_OF or not SET_NAME.fullmatch(which) or correct == broken:
                raise ValueError(f"{path.name}: bad row: {line}")
            rows.append((which, kind, correct, broken))
    return rows


def set_order(name: str) -> tuple[int, str]:
    """tuning sets first, then held-out ones, each in the order they were written."""
    return (not name.startswith("tuning"), name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="all", help="a set name (tuning, held-out, held-out-2 …) or all")
    parser.add_argument("--show", action="store_true", help="print each miss and false alarm")
    args = parser.parse_args(argv)

    from checker.analysis.relations import all_relations
    from checker.document import Document
    from checker.engine import check_document
    from checker.registry import load_rules
    rules = [r for r in load_rules() if r.family == "NUM" and r.check_path.startswith("numbers.")]

    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    notes = []
    for which, kind, correct, broken in read_pairs():
        if args.set not in ("all", which):
            continue
        row = table[which, kind]
        row["pairs"] += 1
        alarms = check_document(Document("<correct>", correct), rules).diagnostics
        if alarms:
            row["false"] += 1
            notes.append(f"FALSE ALARM [{which}] {kind}: {correct}\n    {alarms[0].message}")
        if {r.kind for r in all_relations(Document("<correct>", correct)) if r.ok} & KIND_OF[kind]:
            row["verified"] += 1
        if check_document(Document("<broken>", broken), rules).diagnostics:
            row["caught"] += 1
        else:
            notes.append(f"MISSED [{which}] {kind}: {broken}")

    print(f"{'set':10} {'kind':17} {'pairs':>5} {'verified':>9} {'caught':>7} {'recall':>7} {'false':>6}")
    for which in sorted({w for w, _ in table}, key=set_order):
        rows = {k: c for (w, k), c in table.items() if w == which}
        if not rows:
            continue
        whole: Counter = Counter()
        for kind in KIND_OF:
            if kind in rows:
                c = rows[kind]
                whole.update(c)
                print(f"{which:10} {kind:17} {c['pairs']:5} {c['verified']:9} {c['caught']:7} "
                      f"{c['caught'] / c['pairs']:7.2f} {c['false']:6}")
        print(f"{which:10} {'all':17} {whole['pairs']:5} {whole['verified']:9} {whole['caught']:7} "
              f"{whole['caught'] / whole['pairs']:7.2f} {whole['false']:6}")
    if args.show:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
