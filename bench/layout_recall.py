"""Recall and silence of the PUNC and LAYOUT rules on errors planted into real articles.

    python bench/layout_recall.py [--per-kind N] [--seed S] [--half held-out|tuning]

Reads ../shared/corpus/ (skips politely when absent; nothing of it is written anywhere) and plants,
in articles of the chosen half (held-out: numbers ending 6-9), one change per article:
  - break:     a line break (bare, or with a blank line) at a random place inside a sentence of a
               body paragraph; LAYOUT must flag the join (recall);
  - end-break: a line break right after a sentence mark inside a paragraph; LAYOUT must stay quiet;
  - heading:   a short title line (another article's headline) put before a body paragraph;
               LAYOUT must stay quiet at its end;
  - half:      one full-width ， ； ： ？ ！ or one pair （） between Chinese text typed half-width, in
               simplified copy (traditional copy follows its own conventions, and the Taiwan
               sources mix ASCII marks into full-width copy by house style); PUNC003/PUNC004 must
               report it (recall);
  - pair:      a quotation or title mark of a pair deleted, or a closing quotation mark turned the
               wrong way; PUNC005 must report the paragraph, or PUNC012 the turned mark in an
               article that types its quotations one way (recall; a paragraph that already had a
               pairing problem is not used).
Each kind is planted in many articles at random positions, so the wording around the error varies.
Prints recall / false alarms per kind and per source, the PUNC+LAYOUT speed in MB/s, and what
PUNC+LAYOUT and the number-usage rules (NUM101-NUM109) report on the unchanged articles of the
half, per 100k characters, per source and per script.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.analysis.script import document_script
from checker.analysis.structure import structure
from checker.diagnostic import Severity
from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules, select_rules

CORPUS = ROOT.parent / "shared" / "corpus"
_END = "。！？!?…"
_CLOSERS = "”’」』）)》"
_HAN = re.compile(r"[\u3400-\u9fff]")
_FULL_TO_HALF = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!"}


def body_paragraphs(doc: Document) -> list[tuple[int, int]]:
    blocks = doc.shared(structure).blocks
    return [(b.content_start, b.end) for b in blocks[1:]
            if b.role in ("body", "quote") and b.end - b.content_start >= 20]


def plant_break(text: str, doc: Document, rng: random.Random) -> tuple[str, int] | None:
    paragraphs = body_paragraphs(doc)
    if not paragraphs:
        return None
    start, end = rng.choice(paragraphs)
    places = [i for i in range(start + 2, end - 2)
              if text[i - 1] not in _END + _CLOSERS + " \u3000" and text[i] not in " \u3000"
              and (_HAN.match(text, i - 1) or text[i - 1] in "，、；：") and not _inside_latin(text, i)]
    if not places:
        return None
    at = rng.choice(places)
    return text[:at] + rng.choice(("\n", "\n\n")) + text[at:], at


def _inside_latin(text: str, i: int) -> bool:
    return bool(re.match(r"[0-9A-Za-z.]", text[i - 1]) and re.match(r"[0-9A-Za-z.]", text[i]))


def plant_end_break(text: str, doc: Document, rng: random.Random) -> tuple[str, int] | None:
    places = []
    for start, end in body_paragraphs(doc):
        for i in range(start + 1, end - 1):
            if text[i - 1] in "。！？" and text[i] not in _CLOSERS + _END:
                places.append(i)
    if not places:
        return None
    at = rng.choice(places)
    return text[:at] + rng.choice(("\n", "\n\n")) + text[at:], at


def plant_heading(text: str, doc: Document, rng: random.Random, titles: list[str]) -> tuple[str, int] | None:
    paragraphs = body_paragraphs(doc)[1:]
    if not paragraphs or not titles:
        return None
    start, _ = rng.choice(paragraphs)
    line_start = text.rfind("\n", 0, start) + 1
    title = rng.choice(titles)
    return text[:line_start] + title + "\n" + text[line_start:], line_start + len(title)


def plant_half(text: str, rng: random.Random) -> tuple[str, int] | None:
    places = [m.start() for m in re.finditer("[，；：？！]", text)
              if m.start() and _HAN.match(text, m.start() - 1) and _HAN.match(text, m.start() + 1)]
    pairs = [m.span() for m in re.finditer(r"（[^（）\n]{1,20}）", text)
             if m.start() and _HAN.match(text, m.start() - 1) and _HAN.search(m.group())]
    if not places and not pairs:
        return None
    if pairs and (not places or rng.random() < 0.2):
        start, end = rng.choice(pairs)
        return text[:start] + "(" + text[start + 1:end - 1] + ")" + text[end:], start
    at = rng.choice(places)
    return text[:at] + _FULL_TO_HALF[text[at]] + text[at + 1:], at


def plant_pair(text: str, rng: random.Random) -> tuple[str, int] | None:
    pairs = [m for m in re.finditer(r"“[^“”\n]{1,40}”|《[^《》\n]{1,30}》|「[^「」\n]{1,40}」", text)]
    if not pairs:
        return None
    m = rng.choice(pairs)
    start, end = m.span()
    how = rng.choice(("drop-closer", "drop-opener", "flip") if text[start] == "“" else ("drop-closer", "drop-opener"))
    if how == "drop-closer":
        return text[:end - 1] + text[end:], start
    if how == "drop-opener":
        return text[:start] + text[start + 1:], start
    return text[:end - 1] + "“" + text[end:], start


def paragraph_of(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--per-kind", type=int, default=400, help="articles per kind and source")
    parser.add_argument("--seed", default="layout-recall-1")
    parser.add_argument("--half", choices=("held-out", "tuning"), default="held-out")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    digits = "6789" if args.half == "held-out" else "1234"
    files = [p for p in sorted(args.corpus.glob("*.txt")) if p.stem[-1] in digits]
    rules = select_rules(load_rules(), ["PUNC", "LAYOUT"], [])
    layout = [r for r in rules if r.family == "LAYOUT"]
    half_rules = [r for r in rules if r.id in ("PUNC003", "PUNC004")]
    pair_rule = [r for r in rules if r.id in ("PUNC005", "PUNC012")]
    rng = random.Random(args.seed)
    by_source: dict[str, list[Path]] = {}
    for path in files:
        by_source.setdefault(path.stem.split("_")[0], []).append(path)

    hits: Counter = Counter()
    tries: Counter = Counter()
    for source, paths in sorted(by_source.items()):
        chosen = rng.sample(paths, min(args.per_kind, len(paths)))
        titles = []
        for path in rng.sample(paths, min(200, len(paths))):
            first = path.read_text("utf-8").split("\n", 1)[0].strip()
            if 4 <= len(first) <= 30 and first[-1] not in _END + "，：；":
                titles.append(first)
        for path in chosen:
            text = path.read_text("utf-8")
            doc = Document(path.name, text)
            planted = {
                "break": plant_break(text, doc, rng),
                "end-break": plant_end_break(text, doc, rng),
                "heading": plant_heading(text, doc, rng, titles),
                # traditional copy keeps its own conventions (the Taiwan sources write `黃市長:`,
                # `今(7)日`, `防疫動起來!` beside full-width marks by house style): simplified only
                "half": plant_half(text, rng) if doc.shared(document_script) != "traditional" else None,
                "pair": plant_pair(text, rng),
            }
            before_pairs = {paragraph_of(text, d.start)[0] for d in
                            check_document(Document(path.name, text), pair_rule).diagnostics}
            for kind, made in planted.items():
                if made is None:
                    continue
                new_text, at = made
                new_doc = Document(path.name, new_text)
                if kind in ("break", "end-break", "heading"):
                    found = [d for d in check_document(new_doc, layout).diagnostics
                             if d.start <= at + 1 and at - 1 <= d.end]
                elif kind == "half":
                    found = [d for d in check_document(new_doc, half_rules).diagnostics
                             if d.start <= at < d.end or any(e.start == at for e in (d.fix.edits if d.fix else ()))]
                else:
                    paragraph = paragraph_of(new_text, at)
                    if paragraph_of(text, at)[0] in before_pairs:
                        continue   # the paragraph had a pairing problem of its own
                    found = [d for d in check_document(new_doc, pair_rule).diagnostics
                             if paragraph[0] <= d.start <= paragraph[1]]
                tries[(kind, source)] += 1
                hits[(kind, source)] += bool(found)

    print(f"{args.half} half, {args.per_kind} articles per kind and source, seed {args.seed!r}")
    for kind, goal, what in (("break", "recall", "line broken inside a sentence"),
                             ("end-break", "quiet", "line broken at a sentence end"),
                             ("heading", "quiet", "heading line before a paragraph"),
                             ("half", "recall", "half-width mark in full-width copy"),
                             ("pair", "recall", "quotation/title mark deleted or turned")):
        parts = []
        total_hit = total = 0
        for source in sorted(by_source):
            n, h = tries[(kind, source)], hits[(kind, source)]
            total, total_hit = total + n, total_hit + h
            parts.append(f"{source} {h}/{n}" + (f" = {h / n:.1%}" if n else ""))
        label = "flagged" if goal == "recall" else "false alarms"
        print(f"{what:<40} {label}: {total_hit}/{total} = {total_hit / max(total, 1):.1%}   (" + "; ".join(parts) + ")")

    # Speed of the two families over the half, a fresh document per file; and what they (with
    # the number-usage rules) report on the unchanged articles, per source and per script: on
    # published copy a warning is a real slip or a false alarm, to be reviewed.
    nbytes, elapsed = 0, 0.0
    check_document(Document("<warm-up>", "一个句子，\n下一行。"), rules)
    usage = [r for r in load_rules() if r.check_path.startswith("number_usage.")]
    chars: Counter = Counter()
    found: Counter = Counter()
    for path in files:
        text = path.read_text("utf-8")
        nbytes += len(text.encode("utf-8"))
        doc = Document(path.name, text, settings={"script": "auto"})
        started = time.perf_counter()
        result = check_document(doc, rules)
        elapsed += time.perf_counter() - started
        source = path.stem.split("_")[0]
        script = "traditional" if doc.shared(document_script) == "traditional" else "simplified"
        for key in (source, script):
            chars[key] += len(text)
        for d in [*result.diagnostics, *check_document(doc, usage).diagnostics]:
            family = "NUM1xx" if d.rule_id.startswith("NUM") else "PUNC+LAYOUT"
            severity = "info" if d.severity < Severity.WARNING else "warning"
            for key in (source, script):
                found[(key, family, severity)] += 1
    print(f"PUNC+LAYOUT speed over {len(files)} files: {nbytes / 1e6 / elapsed:.1f} MB/s")
    print("findings on the unchanged articles, per 100k characters (warnings / info):")
    for key in [*sorted(by_source), "simplified", "traditional"]:
        per = 100_000 / max(chars[key], 1)
        print(f"  {key:<12} {chars[key]:>10,} chars   " + "   ".join(
            f"{family} {found[(key, family, 'warning')] * per:.2f} / {found[(key, family, 'info')] * per:.2f}"
            for family in ("PUNC+LAYOUT", "NUM1xx")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
