"""Run the duplication rules (DUP) over ../shared/corpus/ and write every warning/error for review.

Usage (from the project root):
    python bench/dup_report.py [--out /tmp/dup_findings.txt] [--limit N]

Prints findings per severity and per rule, total characters, findings per 100,000 characters, and
the speed of the DUP checks in MB/s: once timing only the checks (shared analysis already computed)
and once for the whole per-document cost including the shared sentence, clause, paragraph and quote
analysis. The review file lists each finding with its sentence; it holds corpus text, so it is
written outside the repository (/tmp by default) and must never be committed.
"""
from __future__ import annotations

import argparse
import bisect
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.analysis.quotes import quote_spans  # noqa: E402
from checker.analysis.sentences import clauses, paragraphs, sentences  # noqa: E402
from checker.diagnostic import Severity  # noqa: E402
from checker.document import Document  # noqa: E402
from checker.engine import check_document  # noqa: E402
from checker.registry import load_rules  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def _sentence_of(doc: Document, spans, start: int) -> str:
    starts = [s.start for s in spans]
    index = max(0, bisect.bisect_right(starts, start) - 1)
    return spans[index].text.strip() if spans else ""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path("/tmp") / "dup_findings.txt"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to measure")
        return 0
    rules = [r for r in load_rules() if r.family == "DUP"]
    files = sorted(CORPUS.glob("*.txt"))
    if args.limit:
        files = files[: args.limit]

    per_severity: collections.Counter = collections.Counter()
    per_rule: collections.Counter = collections.Counter()
    chars = 0
    check_seconds = whole_seconds = 0.0
    lines = []
    for path in files:
        text = path.read_text("utf-8")
        chars += len(text)
        # Whole cost: a fresh document, shared analysis computed by the rules themselves.
        doc = Document(str(path), text)
        began = time.perf_counter()
        result = check_document(doc, rules)
        whole_seconds += time.perf_counter() - began
        # Checks only: shared analysis already cached on the document.
        warm = Document(str(path), text)
        for analysis in (sentences, clauses, paragraphs, quote_spans):
            warm.shared(analysis)
        began = time.perf_counter()
        check_document(warm, rules)
        check_seconds += time.perf_counter() - began
        if result.crashes:
            print(f"CRASH {path.name}: {result.crashes[0].error}")
        spans = doc.shared(sentences)
        for d in result.diagnostics:
            per_rule[d.rule_id] += 1
            per_severity[str(d.severity)] += 1
            if d.severity >= Severity.WARNING:
                line, col = doc.position(d.start)
                lines.append(f"{path.name}:{line}:{col}\t{d.rule_id}\t{text[d.start:d.end][:60]!r}\t"
                             f"{d.message}\n\t{_sentence_of(doc, spans, d.start)[:200]}")

    Path(args.out).write_text("\n".join(lines) + "\n", "utf-8")
    megabytes = sum(len(p.read_bytes()) for p in files) / 1e6
    print(f"files: {len(files)}   characters: {chars:,}   UTF-8 MB: {megabytes:.2f}")
    for severity in ("error", "warning", "info"):
        print(f"{severity:8s} {per_severity[severity]:6d}   per 100k chars: {per_severity[severity] * 1e5 / chars:.2f}")
    for rule_id, count in sorted(per_rule.items()):
        print(f"  {rule_id}: {count}")
    flagged = per_severity["error"] + per_severity["warning"]
    print(f"warning+error per 100k chars: {flagged * 1e5 / chars:.3f}")
    print(f"speed, checks only:          {megabytes / check_seconds:.1f} MB/s")
    print(f"speed, with shared analysis: {megabytes / whole_seconds:.1f} MB/s")
    print(f"review file: {args.out} ({len(lines)} findings at warning/error)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
