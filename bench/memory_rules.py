"""Where the memory goes: the resident size before and after each rule, and the process's peak
as it grows, checking one file (the engine releases analyses as on the command line).

    python bench/memory_rules.py FILE [--traced] [--all]

Prints the rules that raise the peak (or, with --all, every rule), with the analyses held when the
rule ends. --traced measures Python's own allocations (tracemalloc, several times slower) instead
of the resident size: the peak of each rule alone, which the resident size hides once freed
memory is kept by the allocator. The 10 MB files of bench/bench.py are the case to look at.
"""
from __future__ import annotations

import argparse
import functools
import pathlib
import resource
import sys
import time
import tracemalloc
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules

MIB = 2 ** 20


def resident() -> tuple[float, float]:
    """(current, peak) resident size of this process in MiB."""
    with open("/proc/self/statm") as statm:
        current = int(statm.read().split()[1]) * resource.getpagesize() / MIB
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def traced() -> tuple[float, float]:
    current, peak = tracemalloc.get_traced_memory()
    return current / MIB, peak / MIB


class Watched:
    """A rule whose check records the memory around it (the engine sees the rule's own check
    through __wrapped__, so that it releases analyses as it would)."""

    def __init__(self, rule: Any, log: list, measure, reset) -> None:
        self._rule = rule
        real = rule.check

        @functools.wraps(real)
        def check(doc, entry):
            reset()
            before, peak_before = measure()
            start = time.perf_counter()
            found = list(real(doc, entry))
            after, peak_after = measure()
            held = [getattr(a, "__qualname__", str(a)) for a in doc._shared]
            log.append((rule.id, before, after, peak_before, peak_after, time.perf_counter() - start, held))
            return found

        self.check = check

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rule, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("file", type=pathlib.Path)
    parser.add_argument("--traced", action="store_true", help="Python allocations (tracemalloc), per rule")
    parser.add_argument("--all", action="store_true", help="every rule, not only those that raise the peak")
    args = parser.parse_args()
    text = args.file.read_text("utf-8")
    rules = list(load_rules())
    if args.traced:
        tracemalloc.start()
        measure, reset = traced, tracemalloc.reset_peak
    else:
        measure, reset = resident, (lambda: None)
    log: list = []
    print(f"start: {measure()[0]:.1f} MiB ({'traced' if args.traced else 'resident'})")
    doc = Document(str(args.file), text, settings={"script": "auto"})
    result = check_document(doc, [Watched(rule, log, measure, reset) for rule in rules])
    current, peak = measure()
    print(f"end: {current:.1f} MiB, peak {peak:.1f} MiB, {len(result.diagnostics)} findings")
    highest = 0.0
    for rule_id, before, after, peak_before, peak_after, seconds, held in log:
        raises = peak_after > max(highest, peak_before) + 0.5 if not args.traced else peak_after > highest + 0.5
        highest = max(highest, peak_after)
        if args.all or raises:
            print(f"  {rule_id:8s} {before:7.1f} -> {after:7.1f} MiB  peak {peak_after:7.1f}  {seconds:6.3f} s"
                  f"  holding: {', '.join(held)}")


if __name__ == "__main__":
    main()
