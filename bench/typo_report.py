"""TYPO findings per corpus half and per script, for review and for the issue's rate limits.

    python bench/typo_report.py [--half tuning|held-out] [--out FILE]

The tuning half is the files whose number ends in 1-4, the held-out half 6-9 (../shared/README).
Prints, per script (xwlb_ simplified; twpres_ and tainan_ traditional), the characters read, the
warnings and infos with their rate per 100,000 characters, the findings per rule, and the speed of
the family (a fresh document per file, shared analyses included). Every finding is written with
its context to a file outside the project (default: the system temp directory) to be judged real
or false; corpus text never enters the repository.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules

CORPUS = ROOT.parent / "shared" / "corpus"
HALVES = {"tuning": "1234", "held-out": "6789"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=list(HALVES), default="tuning")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to measure")
        return 0
    rules = [r for r in load_rules() if r.family == "TYPO"]
    files = [p for p in sorted(CORPUS.glob("*.txt")) if p.stem[-1] in HALVES[args.half]]
    check_document(Document("<warm-up>", "村民搭起了帐蓬。"), rules)
    chars: Counter[str] = Counter()
    severity: Counter[tuple[str, str]] = Counter()
    per_rule: Counter[tuple[str, str]] = Counter()
    listed: list[str] = []
    nbytes, elapsed = 0, 0.0
    for path in files:
        text = path.read_text("utf-8")
        script = "simplified" if path.name.startswith("xwlb") else "traditional"
        chars[script] += len(text)
        nbytes += len(text.encode("utf-8"))
        doc = Document(path.name, text, settings={"script": "auto"})
        started = time.perf_counter()
        result = check_document(doc, rules)
        elapsed += time.perf_counter() - started
        for crash in result.crashes:
            print(f"CRASH {path.name} {crash.rule_id}: {crash.error}", file=sys.stderr)
        for d in result.diagnostics:
            severity[(script, str(d.severity))] += 1
            per_rule[(script, d.rule_id)] += 1
            line, column = doc.position(d.start)
            context = text[max(0, d.start - 30):d.end + 30].replace("\n", "/")
            listed.append(f"{path.name}:{line}:{column} {d.rule_id} {d.message}\n    {context}\n")
    for script in ("simplified", "traditional"):
        if not chars[script]:
            continue
        warnings = severity[(script, "warning")] + severity[(script, "error")]
        infos = severity[(script, "info")]
        rules_seen = ", ".join(f"{rule} {n}" for (s, rule), n in sorted(per_rule.items()) if s == script)
        print(f"{args.half} {script}: {chars[script]:,} characters; warnings {warnings} "
              f"({warnings / chars[script] * 1e5:.3f} per 100k), info {infos} "
              f"({infos / chars[script] * 1e5:.3f} per 100k); {rules_seen or 'no findings'}")
    print(f"TYPO family: {nbytes / 1e6 / max(elapsed, 1e-9):.1f} MB/s over {len(files)} files "
          f"(fresh documents, shared analyses included)")
    out = args.out or Path(tempfile.gettempdir()) / f"jiaodui_TYPO_{args.half}.txt"
    out.write_text("".join(listed), "utf-8")
    print(f"findings written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
