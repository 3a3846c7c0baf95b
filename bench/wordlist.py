"""How to match a long word list over Chinese text: one `re` alternation, one `regex`
alternation, or an Aho-Corasick automaton (pyahocorasick). Same words, same text, same run.

    python bench/wordlist.py [--words 500]

The words are the most frequent two- to four-character strings of the text itself, so every
engine has real matches to report; all three must find the same (non-overlapping, leftmost-
longest) matches, which the script checks before it times them.
"""
from __future__ import annotations

import argparse
import collections
import pathlib
import re
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_text(limit: int = 1500) -> str:
    files = sorted(CORPUS.glob("*.txt"))[:limit] if CORPUS.is_dir() else sorted((ROOT / "samples").glob("*.txt"))
    return "\n".join(p.read_text("utf-8") for p in files)


def frequent_words(text: str, count: int) -> list[str]:
    grams = collections.Counter()
    for n in (2, 3, 4):
        grams.update(text[i:i + n] for i in range(0, min(len(text), 400_000) - n))
    han = re.compile(r"^[\u4e00-\u9fff]+$")
    return [w for w, _ in grams.most_common(count * 20) if han.match(w)][:count]


def alternation(words):
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def timed(function, repeat=3):
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=500)
    args = parser.parse_args()
    text = corpus_text()
    words = frequent_words(text, args.words)
    megabytes = len(text.encode("utf-8")) / 1e6

    std = re.compile(alternation(words))
    results = {"re": timed(lambda: [m.span() for m in std.finditer(text)])}
    try:
        import regex
        rx = regex.compile(alternation(words))
        results["regex"] = timed(lambda: [m.span() for m in rx.finditer(text)])
    except ImportError:
        pass
    try:
        import ahocorasick
        automaton = ahocorasick.Automaton()
        for word in words:
            automaton.add_word(word, len(word))
        automaton.make_automaton()

        def scan():
            spans = []
            for end, length in automaton.iter_long(text):
                spans.append((end - length + 1, end + 1))
            return spans
        results["pyahocorasick"] = timed(scan)
    except ImportError:
        pass

    reference = results["re"][1]
    print(f"{len(words)} words, {megabytes:.1f} MB of text, {len(reference)} matches")
    for name, (seconds, spans) in results.items():
        same = "same matches" if spans == reference else f"DIFFERENT ({len(spans)} matches)"
        print(f"  {name:14s} {megabytes / seconds:7.1f} MB/s  ({seconds * 1000:.0f} ms)  {same}")


if __name__ == "__main__":
    main()
