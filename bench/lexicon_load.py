"""Load time and memory of the prebuilt lexicon (checker/analysis/words.py), and lookup speed.

    python bench/lexicon_load.py [--repeat R]

Each repetition runs in a fresh interpreter, so the figure is what the first DUP or TYPO candidate
of a command-line run pays: the time of `lexicon()` alone (the package already imported) and the
growth of the resident set size it causes (from /proc/self/statm, so Linux only; ru_maxrss where
that is absent). Then, in this process, the cost of a lookup and of segmenting a clause.
Targets (issue 12): load ≤ 20 ms and ≤ 30 MB.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import statistics
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CHILD = r"""
import json, os, resource, time
def rss():
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
import checker.analysis.words as words
before = rss()
start = time.perf_counter()
lex = words.lexicon()
elapsed = time.perf_counter() - start
print(json.dumps({"ms": elapsed * 1e3, "mb": (rss() - before) / 2**20, "words": len(lex)}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    runs = [json.loads(subprocess.run([sys.executable, "-c", _CHILD], cwd=ROOT, check=True,
                                      capture_output=True, text=True).stdout)
            for _ in range(args.repeat)]
    ms = statistics.median(run["ms"] for run in runs)
    mb = max(run["mb"] for run in runs)
    print(f"lexicon: {runs[0]['words']} words; load median {ms:.1f} ms (target ≤ 20), "
          f"RSS growth max {mb:.1f} MB (target ≤ 30)")

    from checker.analysis.words import lexicon, segment
    lex = lexicon()
    probes = ["研究", "究竟", "帳篷", "海淀区", "不是词语", "的", "臺南市", "一对一"] * 2000
    start = time.perf_counter()
    for word in probes:
        lex.frequency(word)
    per_lookup = (time.perf_counter() - start) / len(probes)
    clause = "我们要深入研究究竟是哪个环节出了问题，推动供需一对一对接"
    start = time.perf_counter()
    for _ in range(200):
        segment(clause, 0, len(clause))
    per_clause = (time.perf_counter() - start) / 200
    print(f"lookup {per_lookup * 1e6:.1f} µs; segmenting a {len(clause)}-character clause "
          f"{per_clause * 1e3:.2f} ms (cached lookups)")


if __name__ == "__main__":
    main()
