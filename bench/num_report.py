"""Run the NUM rules over ../shared/corpus/ and write every finding for review.

    /work/main/.venv/bin/python bench/num_report.py [--out FILE] [--limit N]

Writes each finding at warning/error (and, in a second section, info) with its sentence to the
output file, and prints findings per severity, total characters, findings per 100k characters,
the MB/s of the NUM checks alone (shared analysis already done) and of the whole per-document
cost (quantity extraction, sentence split and checks), and how many arithmetic statements were
verified as right. The corpus is read in place and never copied into the project: the findings
file (which quotes corpus sentences) goes to the system temporary directory unless --out says
otherwise. The script skips politely when the corpus is absent.
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.analysis.quantities import quantities, sentence_quantities  # noqa: E402
from checker.analysis.sentences import sentences  # noqa: E402
from checker.checks.numbers import verified  # noqa: E402
from checker.diagnostic import Severity  # noqa: E402
from checker.document import Document  # noqa: E402
from checker.engine import check_document  # noqa: E402
from checker.registry import load_rules  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def sentence_of(doc: Document, offset: int) -> str:
    for span in doc.shared(sentences):
        if span.start <= offset < span.end:
            return span.text.strip()
    return ""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(pathlib.Path(tempfile.gettempdir()) / "jiaodui_num_findings.txt"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to do")
        return 0
    files = sorted(CORPUS.glob("*.txt"))
    if args.limit:
        files = files[:args.limit]
    rules = [r for r in load_rules() if r.family == "NUM"]
    import cn2an  # noqa: F401  (import cost is paid once, outside the timings)

    per_severity = collections.Counter()
    per_rule = collections.Counter()
    verified_kinds = collections.Counter()
    lines, info_lines = [], []
    chars = 0
    nbytes = 0
    check_seconds = 0.0
    whole_seconds = 0.0
    for path in files:
        text = path.read_text("utf-8")
        chars += len(text)
        nbytes += len(text.encode("utf-8"))
        # whole cost: a fresh document, shared analysis and checks
        doc = Document(str(path), text)
        started = time.perf_counter()
        result = check_document(doc, rules)
        whole_seconds += time.perf_counter() - started
        # checks alone: shared analysis (sentences, quantities) done before the clock starts
        timed = Document(str(path), text)
        timed.shared(sentences)
        timed.shared(quantities)
        timed.shared(sentence_quantities)
        started = time.perf_counter()
        check_document(timed, rules)
        check_seconds += time.perf_counter() - started
        for relation in verified(doc):
            verified_kinds[relation.kind] += 1
        for d in result.diagnostics:
            per_severity[str(d.severity)] += 1
            per_rule[d.rule_id] += 1
            line, column = doc.position(d.start)
            entry = (f"{path.name}:{line}:{column} {d.rule_id} [{d.severity}] {d.message}\n"
                     f"    {sentence_of(doc, d.start)}\n")
            (lines if d.severity >= Severity.WARNING else info_lines).append(entry)
        for crash in result.crashes:
            print(f"CRASH {crash.path} {crash.rule_id}: {crash.error}", file=sys.stderr)

    out = pathlib.Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        handle.write(f"# NUM findings at warning/error over {len(files)} files of {CORPUS}\n")
        handle.write("# Judge each: real inconsistency or false alarm.\n\n")
        handle.writelines(lines)
        handle.write("\n# info\n\n")
        handle.writelines(info_lines)

    strong = per_severity["error"] + per_severity["warning"]
    megabytes = nbytes / 1_000_000
    print(f"files: {len(files)}   characters: {chars:,}   bytes: {nbytes:,}")
    print("findings per severity: " + ", ".join(
        f"{name} {per_severity[name]}" for name in ("error", "warning", "info")))
    print("findings per rule: " + (", ".join(f"{k} {v}" for k, v in sorted(per_rule.items())) or "none"))
    print(f"warning/error findings per 100k characters: {strong / chars * 100_000:.3f}")
    print("verified (checked and right): " + (", ".join(
        f"{k} {v}" for k, v in sorted(verified_kinds.items())) or "none"))
    print(f"NUM checks alone: {check_seconds:.2f} s, {megabytes / check_seconds:.1f} MB/s")
    print(f"whole per-document cost (sentences + quantities + checks): {whole_seconds:.2f} s, "
          f"{megabytes / whole_seconds:.1f} MB/s")
    print(f"findings written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
