"""NUM false alarms on correct copy written to tempt them (issue 11: silence matters as much as
detection).

    python bench/num_quiet.py [--show]

bench/data/num_quiet_reviews.txt holds correct sentences, one per line, that reviewers of new
readings invented to draw false alarms out of them (overlapping kinds, figures of other times,
stocks that lost some, net figures, pools of another thing …). Each is checked as a document of
its own with the arithmetic rules (rules/numbers.toml, checks `numbers.*`), and every warning or
error is a false alarm: the report is their count, per rule, and per 100 sentences. No timing and
no threshold: this is read, beside bench/num_recall.py and bench/num_wordings.py.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data" / "num_quiet_reviews.txt"


def sentences(path: Path = DATA) -> list[str]:
    return [line.strip() for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each sentence flagged, with the finding")
    args = parser.parse_args(argv)
    from checker.diagnostic import Severity
    from checker.document import Document
    from checker.engine import check_document
    from checker.registry import load_rules
    rules = [r for r in load_rules() if r.family == "NUM" and r.check_path.startswith("numbers.")]
    texts = sentences()
    per_rule: Counter[str] = Counter()
    flagged = 0
    for i, text in enumerate(texts, 1):
        found = [d for d in check_document(Document(f"{i}.txt", text), rules).diagnostics
                 if d.severity in (Severity.WARNING, Severity.ERROR)]
        if found:
            flagged += 1
            per_rule.update(d.rule_id for d in found)
            if args.show:
                print(f"FALSE ALARM {i}: {text}\n    {found[0].rule_id} {found[0].message}")
    print(f"{len(texts)} correct sentences; flagged {flagged} ({flagged / max(len(texts), 1) * 100:.1f} per 100); "
          "per rule: " + (", ".join(f"{r} {n}" for r, n in sorted(per_rule.items())) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
