"""Run one or more rule families over ../shared/corpus/ and list every finding for review.

    python bench/family_report.py --family NUM [--info] [--show-verified] [--limit N] [--out FILE]

Writes every warning/error finding (and, with --info, every info one) with its sentence to a file
outside the project (default: the system temp directory; corpus text never enters the repository),
so a person can judge each as a real problem or a false alarm. Prints the findings per severity and
per rule, findings per 100k characters, and speed in MB/s (UTF-8 bytes):
  - whole: a fresh document per file, shared analysis and checks;
  - checks: the same rules run again on the same document, its shared analyses already cached;
  - the difference is the cost of the shared analyses (sentences, quantities, dates, ...).
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

from checker.diagnostic import Severity  # noqa: E402
from checker.document import Document  # noqa: E402
from checker.engine import check_document  # noqa: E402
from checker.registry import load_rules, select_rules  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(mark, 0, start) for mark in "。！？\n") + 1
    rights = [i for i in (text.find(mark, end) for mark in "。！？\n") if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[max(left, start - 80):min(right, end + 80)].strip()


def corpus_half(name: str) -> str:
    """The corpus README's split by the file number's last digit: 1-4 tuning, 6-9 held-out."""
    digits = "".join(ch for ch in Path(name).stem if ch.isdigit())
    last = int(digits[-1]) if digits else 0
    return "tuning" if 1 <= last <= 4 else "held-out" if 6 <= last <= 9 else "neither"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", required=True, help="families or rule ids, comma-separated (NUM, DATE, ...)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="check only the first N files")
    parser.add_argument("--out", type=Path, help="findings file (default: in the temp directory)")
    parser.add_argument("--info", action="store_true", help="also list info findings")
    parser.add_argument("--show-verified", action="store_true", help="also count what the checks proved right")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    rules = select_rules(load_rules(), args.family.split(","), [])
    label = args.family.replace(",", "-")
    out = args.out or Path(tempfile.gettempdir()) / f"jiaodui_{label}_findings.txt"
    files = sorted(args.corpus.glob("*.txt"))[: args.limit or None]
    # Warm-up: lazy imports (opencc) and first-use tables are start-up, not throughput.
    check_document(Document("<warm-up>", "二〇一八年十二月三十二日，共计3.5万人。臺灣"), rules)

    per_severity, per_rule, verified = Counter(), Counter(), Counter()
    # the corpus split (README): numbers ending 1-4 tune the rules, 6-9 are held out
    strong_by_half, chars_by_half, verified_by_half = Counter(), Counter(), Counter()
    listed: list[str] = []
    chars = nbytes = 0
    whole = checks = 0.0
    for path in files:
        text = path.read_text("utf-8")
        chars += len(text)
        half = corpus_half(path.name)
        chars_by_half[half] += len(text)
        nbytes += len(text.encode("utf-8"))
        doc = Document(path.name, text, settings={"script": "auto"})
        started = time.perf_counter()
        result = check_document(doc, rules, show_verified=args.show_verified)
        whole += time.perf_counter() - started
        started = time.perf_counter()
        check_document(doc, rules)
        checks += time.perf_counter() - started
        verified.update(v.rule_id for v in result.verified)
        verified_by_half[half] += len(result.verified)
        for crash in result.crashes:
            print(f"CRASH {crash.path} {crash.rule_id}: {crash.error}", file=sys.stderr)
        for d in result.diagnostics:
            per_severity[str(d.severity)] += 1
            per_rule[d.rule_id] += 1
            if d.severity >= Severity.WARNING:
                strong_by_half[half] += 1
            if d.severity >= Severity.WARNING or args.info:
                line, column = doc.position(d.start)
                listed.append(f"{path.name}:{line}:{column} {d.rule_id} [{d.severity}] {d.message}\n"
                              f"    {sentence_around(text, d.start, d.end)}\n")

    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        handle.write(f"# {args.family} findings over {len(files)} files of {args.corpus}\n")
        handle.write("# Judge each: real problem or false alarm.\n\n")
        handle.writelines(listed)

    strong = per_severity["error"] + per_severity["warning"]
    megabytes = nbytes / 1e6
    print(f"files: {len(files)}   characters: {chars:,}   bytes: {nbytes:,}")
    print("findings per severity: " + ", ".join(f"{s} {per_severity[s]}" for s in ("error", "warning", "info")))
    print("findings per rule: " + (", ".join(f"{k} {v}" for k, v in sorted(per_rule.items())) or "none"))
    print(f"warning/error findings per 100k characters: {strong / max(chars, 1) * 100_000:.3f}")
    for half in ("tuning", "held-out"):
        print(f"  {half} half: warning/error {strong_by_half[half]} = "
              f"{strong_by_half[half] / max(chars_by_half[half], 1) * 100_000:.3f} per 100k characters"
              + (f", verified {verified_by_half[half]}" if args.show_verified else ""))
    if args.show_verified:
        print("verified (checked and right): " + (", ".join(f"{k} {v}" for k, v in sorted(verified.items())) or "none"))
    print(f"speed: whole {megabytes / whole:.1f} MB/s, checks alone {megabytes / checks:.1f} MB/s, "
          f"shared analyses {100 * (whole - checks) / whole:.0f}% of the whole")
    print(f"findings written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
