"""Recall of DUP001 and DUP002 on words doubled at random places of real held-out articles.

    python bench/dup_words_recall.py [--trials 400] [--seed 5] [--show 10]

What it measures: the word-boundary guards of the doubling rules (two different words that share
characters, names an article keeps writing, a place named after another, quotations, AA words)
must not swallow a real slip. A held-out article (file numbers ending 6-9) is picked at random,
then a random place in it; the segmentation (analysis/words.py) gives the word there:
- DUP002: a word of 2-4 Han characters the lexicon attests is written twice (推进 → 推进推进);
- DUP001: a function character of rules/data/dup_function_chars.txt that stands as a word of its
  own is written twice (的 → 的的).
A plant is found when its rule reports a span that overlaps it. Some misses are right: a doubled
word that reads as two words (研究|究竟 after 研究, 一步一步) or a grammatical AA (在在显示) is what
the guards are for, so 100% is not the target; a drop after a change is what to look for.
Prints recall per rule and a few misses. Corpus text is read from ../shared/corpus/ and never
written anywhere.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.analysis.dup_lexicon import lexicon as dup_lexicon
from checker.analysis.words import DocWords, attested
from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules, select_rules

CORPUS = ROOT.parent / "shared" / "corpus"
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")


def plant(text: str, rng: random.Random, rule: str) -> tuple[str, int, int] | None:
    """The text with one word doubled at a random place, and the span of both copies; None when
    the place holds no word of the kind the rule is about."""
    words = DocWords(text)
    start, end = words.word_span(rng.randrange(len(text)))
    word = text[start:end]
    if rule == "DUP002" and not (_HAN_WORD.fullmatch(word) and attested(word)):
        return None
    if rule == "DUP001" and word not in dup_lexicon().function_chars:
        return None
    return text[:end] + word + text[end:], start, end + len(word)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--trials", type=int, default=400)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--show", type=int, default=10, help="misses to print per rule")
    args = parser.parse_args(argv)
    files = sorted(p for p in CORPUS.glob("*.txt") if re.search(r"[6-9]\.txt$", p.name))
    if not files:
        print(f"corpus not found at {CORPUS}; nothing to measure")
        return 0
    rng = random.Random(args.seed)
    for rule_id in ("DUP001", "DUP002"):
        rules = select_rules(load_rules(), [rule_id], [])
        found = tried = 0
        missed: list[str] = []
        while tried < args.trials:
            path = rng.choice(files)
            text = path.read_text("utf-8")
            planted = plant(text, rng, rule_id)
            if planted is None:
                continue
            new, start, end = planted
            tried += 1
            diagnostics = check_document(Document(path.name, new), rules).diagnostics
            if any(d.start < end and start < d.end for d in diagnostics):
                found += 1
            else:
                missed.append(new[max(0, start - 6):end + 6].replace("\n", "⏎"))
        print(f"{rule_id} word doubled at a random place: {found}/{tried} = {found / tried:.1%}")
        for sample in missed[:args.show]:
            print(f"    missed {sample}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
