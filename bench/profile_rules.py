"""Where the time goes: seconds per rule (and per shared analysis, charged to the first rule
that asks for it) over a slice of the corpus.

    python bench/profile_rules.py [--files N] [--file PATH ...]

--file times the rules on given files instead (a 4 MB concatenation shows the costs that grow
faster than the text: a rule several times slower there than over the same articles one by one).
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.document import Document  # noqa: E402
from checker.engine import check_document  # noqa: E402
from checker.registry import load_rules  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=1500)
    parser.add_argument("--file", action="append", type=pathlib.Path, help="time these files instead")
    args = parser.parse_args()
    corpus = ROOT.parent / "shared" / "corpus"
    if args.file:
        files = args.file
    else:
        files = sorted(corpus.glob("*.txt")) if corpus.is_dir() else sorted((ROOT / "samples").glob("*.txt"))
        files = files[:: max(1, len(files) // args.files)][: args.files]
    texts = [p.read_text("utf-8") for p in files]
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    rules = list(load_rules())
    for text in texts:  # a full warm pass: patterns compiled lazily are not charged to a rule
        check_document(Document("warm", text, settings={"script": "auto"}), rules)
    spent = collections.Counter()
    for text in texts:
        doc = Document("x", text, settings={"script": "auto"})
        for rule in rules:
            start = time.perf_counter()
            check_document(doc, [rule])
            spent[rule.id] += time.perf_counter() - start
    total = sum(spent.values())
    print(f"{len(texts)} files, {megabytes:.1f} MB, {total:.2f} s in all = {megabytes / total:.1f} MB/s")
    for rule_id, seconds in spent.most_common():
        print(f"  {rule_id:8s} {seconds:6.3f} s  {100 * seconds / total:5.1f} %")


if __name__ == "__main__":
    main()
