"""NUM's own time per MB (issue 11: it may grow by at most a third).

    python bench/num_speed.py [--every 2] [--repeat 5] [--base /path/to/other/checkout]

Runs the arithmetic rules (rules/numbers.toml, checks `numbers.*`) alone over every N-th file of
../shared/corpus/ and prints the best of R runs in seconds per MB of text. With --base the same
measurement is made, in a child process, with another checkout of the project (main, say) on
PYTHONPATH, and the ratio of the two is printed. No timing is asserted anywhere: this is read.

A rule that crashes is caught and reported by the engine, and formatting its traceback costs more
than the check would have: a checkout whose rules crash (aa02f8b without cn2an, the dependency it
still imported) measures as slow and does less work. Crashes are counted in both runs, and a
ratio over a run with crashes is not printed. Put what the other checkout needs on PYTHONPATH
after it: the child is given the base first, then this PYTHONPATH.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def measure(corpus: Path, every: int, repeat: int) -> tuple[float, int, list[str]]:
    """(best seconds, bytes, the crashes of one run) of the NUM arithmetic rules over every
    `every`-th file."""
    from checker.document import Document
    from checker.engine import check_document
    from checker.registry import load_rules
    rules = [r for r in load_rules() if r.family == "NUM" and r.check_path.startswith("numbers.")]
    texts = [p.read_text("utf-8") for p in sorted(corpus.glob("*.txt"))[::every]]
    best = float("inf")
    crashes: list[str] = []
    for _ in range(repeat):
        start = time.perf_counter()
        for i, text in enumerate(texts):
            result = check_document(Document(f"{i}.txt", text), rules)
            if result.crashes and len(crashes) < 1000:
                crashes.extend(f"{c.rule_id}: {c.error}" for c in result.crashes)
        best = min(best, time.perf_counter() - start)
    return best, sum(len(t.encode("utf-8")) for t in texts), crashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--every", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--base", type=Path, help="another checkout to compare with")
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    seconds, size, crashes = measure(args.corpus, args.every, args.repeat)
    per_mb = seconds / (size / 1e6)
    if args.raw:
        print(len(crashes), per_mb)
        return 0
    print(f"NUM arithmetic rules: {size / 1e6:.1f} MB in {seconds:.2f} s = {per_mb:.4f} s/MB")
    _report_crashes("this checkout", len(crashes), crashes[:1])
    if args.base:
        path = os.pathsep.join(p for p in (str(args.base), os.environ.get("PYTHONPATH", "")) if p)
        out = subprocess.run([sys.executable, __file__, "--raw", "--corpus", str(args.corpus),
                              "--every", str(args.every), "--repeat", str(args.repeat)],
                             env=dict(os.environ, PYTHONPATH=path), capture_output=True, text=True,
                             check=True, cwd=str(args.base))
        base_crashes, base = out.stdout.split()[-2:]
        print(f"base {args.base}: {float(base):.4f} s/MB")
        _report_crashes("base", int(base_crashes), [])
        if crashes or int(base_crashes):
            print("no ratio: a run with crashing rules is not a measure of the rules")
            return 1
        print(f"this checkout / base = {per_mb / float(base):.2f}")
    return 0


def _report_crashes(name: str, count: int, first: list[str]) -> None:
    if count:
        print(f"{name}: {count} rule crashes" + (f" (first: {first[0]})" if first else ""))


if __name__ == "__main__":
    if "--raw" not in sys.argv:     # the child measures the checkout on its PYTHONPATH
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
