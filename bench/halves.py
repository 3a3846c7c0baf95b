"""Rule families over the two halves of ../shared/corpus/: tuning (file numbers ending 1-4) and
held-out (6-9). Rates per 100k characters and counts per rule and severity for both halves.

    python bench/halves.py --family DUP,DATE,ENC [--sample 100] [--seed 12] [--by-script]

--by-script also prints each half's figures per script of the document (simplified, traditional,
as analysis/script.document_script decides): goals such as issue 14's hold per script.

Findings of the tuning half are written, with their sentence, to a file in the temp directory (to
be read: that is the half rules may be tuned on). Of the held-out half only a seeded random sample
is written, for counting precision by hand, never for tuning. Corpus text never enters the
repository.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.analysis.script import document_script
from checker.diagnostic import Severity
from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules, select_rules

from family_report import sentence_around  # one context extractor for both corpus reports

CORPUS = ROOT.parent / "shared" / "corpus"
HALVES = {"tuning": "1234", "held-out": "6789"}


def half_files(corpus: Path, half: str) -> list[Path]:
    digits = HALVES[half]
    return sorted(p for p in corpus.glob("*.txt") if re.search(f"[{digits}]\\.txt$", p.name))


def run(files: list[Path], rules, by_script: bool = False) -> tuple[Counter, Counter, list[tuple[str, str]]]:
    """Characters per group and findings per (group, rule, severity); the group is "" (the whole
    half) and, with by_script, also the document's script."""
    chars, counts, listed = Counter(), Counter(), []
    for path in files:
        text = path.read_text("utf-8")
        doc = Document(path.name, text, settings={"script": "auto"})
        groups = ("", document_script(doc) or "unknown") if by_script else ("",)
        for group in groups:
            chars[group] += len(text)
        for d in check_document(doc, rules).diagnostics:
            severity = "info" if d.severity < Severity.WARNING else "warning"
            for group in groups:
                counts[(group, d.rule_id, severity)] += 1
            line, column = doc.position(d.start)
            entry = (f"{path.name}:{line}:{column} {d.rule_id} [{d.severity}] {d.message}\n"
                     f"    {sentence_around(text, d.start, d.end)}\n")
            listed.append((d.rule_id, entry))
    return chars, counts, listed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--family", required=True)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--by-script", action="store_true", help="also give the figures per script")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    rules = select_rules(load_rules(), args.family.split(","), [])
    label = args.family.replace(",", "-")
    for half in HALVES:
        chars, counts, listed = run(half_files(args.corpus, half), rules, args.by_script)
        for group in sorted(chars):
            per100k = 100_000 / max(chars[group], 1)
            total = Counter()
            for (g, _, severity), n in counts.items():
                if g == group:
                    total[severity] += n
            heading = f"{half} ({group})" if group else half
            print(f"{heading}: {chars[group]:,} characters; warnings {total['warning']} "
                  f"({total['warning'] * per100k:.2f}/100k), info {total['info']} ({total['info'] * per100k:.2f}/100k)")
            for (g, rule, severity), n in sorted(counts.items()):
                if g == group:
                    print(f"    {rule} {severity}: {n} ({n * per100k:.3f}/100k)")
        out = Path(tempfile.gettempdir()) / f"jiaodui_halves_{label}_{half}.txt"
        if half == "held-out" and len(listed) > args.sample:
            listed = random.Random(args.seed).sample(listed, args.sample)
        out.write_text("".join(text for _, text in sorted(listed)), "utf-8")
        print(f"    findings{' (seeded sample)' if half == 'held-out' else ''} written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
