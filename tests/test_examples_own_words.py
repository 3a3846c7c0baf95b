"""Rule examples (and the pairs of bench/data/num_wordings*.tsv, the sentences of num_quiet_reviews.txt) are sentences we write, never copied from the corpus (issue 12, "How we stay
general"): no example of any rules/*.toml entry may share a run of 12 characters with a file of
../shared/corpus/. Skipped when the corpus is absent.

The scan is one set of the examples' 12-character shingles looked up at every offset of every
corpus file, with the slicing done in C (map over slice objects): a few seconds for 12,000 files.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from checker.registry import load_rules

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
WORDINGS = sorted((Path(__file__).resolve().parent.parent / "bench" / "data").glob("num_wordings*.tsv"))
# the correct sentences of bench/num_quiet.py, written by reviewers, are ours too
QUIET = Path(__file__).resolve().parent.parent / "bench" / "data" / "num_quiet_reviews.txt"
RUN = 12

# Examples of rules owned by other branches that still share a run with the corpus; their owners
# rewrite them (listed in /work/wt/READY.md); an entry here whose example has been rewritten is
# harmless and can be deleted. Any other copied example fails the test.
PENDING: set[tuple[str, str]] = set()


def examples() -> dict[str, set[tuple[str, str]]]:
    """Every 12-character shingle of every example, with the (rule, example) pairs it comes from."""
    shingles: dict[str, set[tuple[str, str]]] = {}
    for rule in load_rules():
        texts = [bad.text for bad in rule.bad] + [good if isinstance(good, str) else good.text for good in rule.good]
        for text in texts:
            if not text:
                continue
            for i in range(len(text) - RUN + 1):
                shingles.setdefault(text[i:i + RUN], set()).add((rule.id, text))
    # the planted-error pairs of bench/num_wordings.py are ours too
    for path in WORDINGS:
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                for text in line.split("\t")[2:]:
                    for i in range(len(text) - RUN + 1):
                        shingles.setdefault(text[i:i + RUN], set()).add((path.name, text))
    for line in QUIET.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            for i in range(len(line) - RUN + 1):
                shingles.setdefault(line[i:i + RUN], set()).add((QUIET.name, line))
    return shingles


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available (../shared/corpus)")
def test_no_example_shares_a_twelve_character_run_with_the_corpus():
    shingles = examples()
    wanted = set(shingles)
    copied: dict[tuple[str, str], str] = {}
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text("utf-8")
        count = len(text) - RUN + 1
        if count <= 0:
            continue
        for shingle in wanted.intersection(map(text.__getitem__, map(slice, range(count), range(RUN, count + RUN)))):
            for example in shingles[shingle]:
                copied.setdefault(example, path.name)
    new = {example: name for example, name in copied.items() if example not in PENDING}
    assert not new, "examples sharing a 12-character run with the corpus (rewrite them in your own words): " + \
        "; ".join(f"{rule} {text!r} ~ {name}" for (rule, text), name in sorted(new.items()))
