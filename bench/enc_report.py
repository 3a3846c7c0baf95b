"""Run the ENC family over ../shared/corpus/ and write every warning/error with its sentence.

    python bench/enc_report.py [--limit N] [--out bench/results/enc_findings.txt]

Prints findings per severity, total characters, findings per 100k characters and the speed of the
family (checks alone, and the whole document: decoding the bytes plus the checks).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.diagnostic import Severity  # noqa: E402
from checker.engine import check_document  # noqa: E402
from checker.registry import load_rules  # noqa: E402
from checker.source import document_from_bytes  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(mark, 0, start) for mark in "。！？\n") + 1
    rights = [i for i in (text.find(mark, end) for mark in "。！？\n") if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[max(left, start - 80):min(right, end + 80)].strip()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="check only the first N files")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "enc_findings.txt")
    parser.add_argument("--script", default="auto", choices=("auto", "simplified", "traditional"))
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    rules = [r for r in load_rules() if r.family == "ENC"]
    files = sorted(args.corpus.glob("*.txt"))
    if args.limit:
        files = files[:args.limit]
    per_severity: Counter = Counter()
    per_rule: Counter = Counter()
    chars = nbytes = 0
    check_time = whole_time = 0.0
    lines = []
    for path in files:
        data = path.read_bytes()
        t0 = time.perf_counter()
        doc = document_from_bytes(data, str(path))
        doc.settings = {"script": args.script}
        t1 = time.perf_counter()
        result = check_document(doc, rules)
        t2 = time.perf_counter()
        check_time += t2 - t1
        whole_time += t2 - t0
        chars += len(doc.text)
        nbytes += len(data)
        for crash in result.crashes:
            print(f"CRASH {path.name} {crash.rule_id}: {crash.error}", file=sys.stderr)
        for d in result.diagnostics:
            per_rule[(d.rule_id, str(d.severity))] += 1
            per_severity[str(d.severity)] += 1
            if d.severity >= Severity.WARNING:
                line, col = doc.position(d.start)
                lines.append(f"{path.name}:{line}:{col} {d.rule_id} {d.severity} {d.message}\n"
                             f"    | {sentence_around(doc.text, d.start, d.end)}\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(lines), "utf-8")
    mb = nbytes / 1e6
    flagged = per_severity["warning"] + per_severity["error"]
    print(f"files: {len(files)}  chars: {chars:,}  bytes: {nbytes:,}")
    for severity in ("error", "warning", "info"):
        print(f"  {severity:8} {per_severity[severity]}")
    for (rule_id, severity), count in sorted(per_rule.items()):
        print(f"    {rule_id} {severity}: {count}")
    print(f"warning+error per 100k chars: {flagged / chars * 1e5:.3f}")
    print(f"ENC checks: {mb / check_time:.1f} MB/s; whole document (decode + checks): "
          f"{mb / whole_time:.1f} MB/s")
    print(f"findings written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
