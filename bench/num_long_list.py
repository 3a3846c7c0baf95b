"""NUM's time on one sentence holding a list of n items, for growing n (issue 11, item 6: linear
time on a paragraph of 30,000 list items).

    python bench/num_long_list.py [--sizes 3000 6000 12000 30000] [--repeat 3]

The input is tests/test_relations.py's (a whole, 其中, n items in a 、 list, then n/10 changes with
their rates), built for each size; every relation of the document is read, best of `repeat`
runs. The time per 1,000 items should stay flat as n grows: a helper that looks at every figure or
every mark of the sentence once per figure makes it grow with n (it took 467 s at 30,000 items
before common.follows_in_list, kinds.nested, the look back for a mark (common.words_start) and rate.rates were made to
look only near the figure). Nothing is asserted: this is read.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def long_list(n: int) -> str:
    items = "、".join(f"第{i}组{i % 7 + 1}户" for i in range(n))
    total = sum(i % 7 + 1 for i in range(n))
    return (f"全县共有贫困户{total + 5}户，其中" + items + "，"
            + "，".join(f"由{i}户增加到{i + 1}户，完成率50%" for i in range(n // 10)) + "。\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[3000, 6000, 12000, 30000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    from checker.analysis.relations import all_relations
    from checker.document import Document
    print(f"{'items':>8} {'seconds':>9} {'ms per 1,000 items':>20}")
    for n in args.sizes:
        text = long_list(n)
        best = float("inf")
        for _ in range(args.repeat):
            start = time.perf_counter()
            all_relations(Document("<long>", text))
            best = min(best, time.perf_counter() - start)
        print(f"{n:>8} {best:>9.2f} {best / n * 1e6:>20.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
