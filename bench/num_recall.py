"""NUM recall on copy the rules were not written against (issue 11, item 8).

    python bench/num_recall.py [--sample] [--show N]

Built without the checker's help, so that it does not measure only what the checker already parses:

1. From the held-out half of ../shared/corpus/ (files whose number ends in 6–9), every sentence
   (split here on 。！？ and line breaks, not by the checker) with a relation cue (其中, 合计, 共计,
   以上, 均/每, 占, 率, 由…到, 增长/下降 …) and at least two figures (digit runs that are not dates)
   is a candidate; a seeded random 300 of them are drawn (`--sample` lists them, with their
   figures numbered, to a file outside the project for labelling).
2. bench/data/num_recall_labels.tsv holds the hand labels, by file and character offset (no corpus
   text enters the repository): for each sentence, whether an arithmetic relation holds in it and
   which kind, and the role of each figure (by its number in the sentence: total, part, count,
   average, rate, from, to …). The labels were made by reading each sentence.
3. The report: of the true relations, how many the checker reads and verifies; then every true
   relation is broken in at least three wordings written here (a part, a total, an average, a rate
   changed, or the direction word turned round) and the checker must report each broken copy
   (recall per kind); and NUM warnings on the unbroken copies, per 100,000 characters.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "bench" / "data" / "num_recall_labels.tsv"
SEED = 11
SAMPLE = 300

# The bench's own reading of text, independent of checker/analysis.
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_CUE = re.compile(r"其中|合计|合計|共计|共計|总计|總計|以上|上述|均|每|占|佔|率|[由从從][^，。；]{0,20}?[到至]"
                  r"|增长|增長|增加|下降|减少|減少|提高|降低")
_FIGURE = re.compile(r"(?<![0-9.,A-Za-z\-/])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?(?![0-9,])"
                     r"(?!\s*[年月日号號时時点點:：/\-])")
_UP_DOWN = (("增加", "减少"), ("增长", "下降"), ("提高", "降低"), ("上升", "下降"), ("增至", "降至"),
            ("扩大", "缩小"), ("延长", "缩短"), ("增長", "減少"), ("增加", "減少"), ("提升", "下降"),
            ("成長", "減少"))


def held_out_files(corpus: Path) -> list[Path]:
    return [p for p in sorted(corpus.glob("*.txt")) if re.search(r"[6-9]\.txt$", p.name)]


def candidates(corpus: Path) -> list[tuple[str, int, int]]:
    """(file name, start, end) of every candidate sentence of the held-out half."""
    found = []
    for path in held_out_files(corpus):
        text = path.read_text("utf-8")
        for m in _SENTENCE.finditer(text):
            sentence = m.group()
            if len(sentence) > 300 or not _CUE.search(sentence):
                continue
            if len(_FIGURE.findall(sentence)) >= 2:
                found.append((path.name, m.start(), m.end()))
    return found


def sample(corpus: Path) -> list[tuple[str, int, int]]:
    pool = candidates(corpus)
    return sorted(random.Random(SEED).sample(pool, min(SAMPLE, len(pool))))


@dataclass
class Label:
    file: str
    start: int
    end: int
    kind: str                   # none, or the relation kind
    roles: dict[str, list[int]]  # role → figure numbers (1-based, in the sentence)
    note: str


def read_labels(path: Path = LABELS) -> list[Label]:
    labels = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        file, start, end, kind, roles, note = (line.split("\t") + [""] * 6)[:6]
        parsed: dict[str, list[int]] = {}
        for piece in filter(None, roles.split()):
            role, _, numbers = piece.partition("=")
            parsed[role] = [int(n) for n in numbers.split(",") if n]
        labels.append(Label(file, int(start), int(end), kind, parsed, note))
    return labels


def figures(sentence: str) -> list[re.Match]:
    return list(_FIGURE.finditer(sentence))


_MULT = {"万": Decimal(10) ** 4, "萬": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8}


def _raw(m: re.Match) -> str:
    return m.group().replace("．", ".").replace(",", "").translate(
        str.maketrans("０１２３４５６７８９", "0123456789"))


def _value(sentence: str, m: re.Match) -> Decimal:
    """The figure's value with a 万/亿 right after it (enough to scale a break)."""
    after = sentence[m.end():m.end() + 1]
    return Decimal(_raw(m)) * _MULT.get(after, Decimal(1))


def _set_figure(sentence: str, number: int, value: Decimal) -> str | None:
    """The sentence with figure `number` (1-based) written as `value` in its own multiplier."""
    found = figures(sentence)
    if not 1 <= number <= len(found):
        return None
    m = found[number - 1]
    raw = _raw(m)
    mult = _MULT.get(sentence[m.end():m.end() + 1], Decimal(1))
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    new = f"{value / mult:.{decimals}f}"
    if Decimal(new) <= 0 or new == raw:
        return None
    return sentence[:m.start()] + new + sentence[m.end():]


def _fig(sentence: str, number: int) -> Decimal | None:
    found = figures(sentence)
    return _value(sentence, found[number - 1]) if 1 <= number <= len(found) else None


def breaks(sentence: str, label: Label) -> list[tuple[str, str]]:
    """The broken copies of a true relation: (what was changed, the broken sentence). Each is a
    wording written here that the relation cannot survive: a part raised above its whole, a total
    lowered below its largest part, an average, a count, a rate or a share scaled, a direction
    word turned round, the two ends of a change swapped."""
    out: list[tuple[str, str | None]] = []
    roles = label.roles
    kind = label.kind
    get = lambda role: [v for v in (_fig(sentence, n) for n in roles.get(role, [])) if v is not None]
    if kind in ("parts", "running-total"):
        parts, totals = get("part"), get("total")
        if parts and totals:
            whole, largest = totals[0], max(parts)
            for n in roles["part"][:2]:
                raised = whole * Decimal("1.3") if kind == "parts" else (_fig(sentence, n) or 0) * Decimal("1.6") + 1
                out.append(("part", _set_figure(sentence, n, raised)))
            out.append(("total", _set_figure(sentence, roles["total"][0], largest * Decimal("0.7"))))
            if kind == "running-total":
                out.append(("total-up", _set_figure(sentence, roles["total"][0], whole * Decimal("1.5"))))
            else:
                out.append(("total-half", _set_figure(sentence, roles["total"][0], largest * Decimal("0.5"))))
    for role, factor in (("average", "1.4"), ("count", "1.5"), ("rate", "0.7"), ("share", "0.6"),
                         ("amount", "1.7")):
        for n in roles.get(role, [])[:2]:
            value = _fig(sentence, n)
            if value is not None:
                out.append((role, _set_figure(sentence, n, value * Decimal(factor))))
    if kind in ("share", "percent-sum") and "part" in roles:
        value = _fig(sentence, roles["part"][0])
        if value is not None:
            out.append(("part", _set_figure(sentence, roles["part"][0], value * Decimal("0.5"))))
    region = (0, len(sentence))
    if kind in ("change-direction", "change-amount") and "from" in roles and "to" in roles:
        a, b = _fig(sentence, roles["from"][0]), _fig(sentence, roles["to"][0])
        found = figures(sentence)
        first, second = sorted((found[roles["from"][0] - 1], found[roles["to"][0] - 1]), key=lambda m: m.start())
        region = (first.start(), second.end() + 12)
        same_unit = sentence[first.end():first.end() + 1] == sentence[second.end():second.end() + 1]
        if a is not None and b is not None and same_unit:   # 1.5小时 → 25分钟: numbers alone say nothing
            swapped = (sentence[:first.start()] + second.group() + sentence[first.end():second.start()]
                       + first.group() + sentence[second.end():])
            out.append(("swap", swapped))
            out.append(("to", _set_figure(sentence, roles["to"][0], a * (Decimal("0.5") if b > a else 2))))
        # the verb of this change: the first verb of change between its figures (or just after)
        lo, hi = region
        hits = [(sentence.find(w, lo, hi), w, other) for up, down in _UP_DOWN
                for w, other in ((up, down), (down, up)) if sentence.find(w, lo, hi) >= 0]
        if hits:
            at, word, other = min(hits)
            out.append(("direction", sentence[:at] + other + sentence[at + len(word):]))
    return [(what, broken) for what, broken in out if broken and broken != sentence]


# The checker's kinds that read each labelled kind (a sum of parts found right is "parts").
KIND_OF = {"parts": {"parts", "parts-exceed", "parts-short"}, "running-total": {"running-total"},
           "average": {"average"}, "share": {"share"}, "rate": {"rate"},
           "change-direction": {"change-direction"}, "change-amount": {"change-amount"},
           "percent-sum": {"percent-sum"}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sample", action="store_true", help="list the sample for labelling")
    parser.add_argument("--show", type=int, default=0, help="print the first N misses (outside the repo)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    if args.sample:
        out = Path(tempfile.gettempdir()) / "jiaodui_num_recall_sample.txt"
        with out.open("w", encoding="utf-8") as handle:
            for name, start, end in sample(args.corpus):
                text = (args.corpus / name).read_text("utf-8")[start:end]
                marked = text
                for i, m in reversed(list(enumerate(figures(text), 1))):
                    marked = marked[:m.start()] + f"⟨{i}⟩" + marked[m.start():]
                handle.write(f"{name}\t{start}\t{end}\t{marked}\n")
        print(f"sample written to {out}")
        return 0

    from checker.analysis.relations import all_relations
    from checker.document import Document
    from checker.engine import check_document
    from checker.registry import load_rules
    rules = [r for r in load_rules() if r.family == "NUM" and r.check_path.startswith("numbers.")]

    labels = read_labels()
    drawn = set(sample(args.corpus))
    unknown = [lab for lab in labels if (lab.file, lab.start, lab.end) not in drawn]
    if unknown:
        print(f"{len(unknown)} labels name sentences outside the seeded sample (corpus changed?)")
    true = [lab for lab in labels if lab.kind != "none"]
    read_ok: Counter = Counter()
    per_kind: Counter = Counter(lab.kind for lab in true)
    caught: dict[str, Counter] = defaultdict(Counter)
    misses: list[str] = []
    unbroken_chars = unbroken_warnings = 0
    texts: dict[str, str] = {}
    for lab in labels:
        text = texts.setdefault(lab.file, (args.corpus / lab.file).read_text("utf-8"))
        sentence = text[lab.start:lab.end]
        doc = Document(lab.file, sentence)
        result = check_document(doc, rules)
        unbroken_chars += len(sentence)
        unbroken_warnings += len(result.diagnostics)
        for d in result.diagnostics:
            misses.append(f"FALSE ALARM {lab.file}:{lab.start} {d.rule_id} {d.message}\n    {sentence}")
        if lab.kind == "none":
            continue
        verified = {r.kind for r in all_relations(Document(lab.file, sentence)) if r.ok}
        if verified & KIND_OF[lab.kind]:
            read_ok[lab.kind] += 1
        else:
            misses.append(f"NOT READ {lab.kind} {lab.file}:{lab.start}\n    {sentence}")
        for what, broken in breaks(sentence, lab):
            found = check_document(Document(lab.file, broken), rules).diagnostics
            caught[lab.kind]["copies"] += 1
            if found:
                caught[lab.kind]["caught"] += 1
            else:
                misses.append(f"MISSED {lab.kind}/{what} {lab.file}:{lab.start}\n    {broken}")

    print(f"sample: {len(labels)} labelled sentences of the held-out half (seed {SEED}); "
          f"true relations: {len(true)}")
    print(f"{'kind':18} {'true':>5} {'read+verified':>14} {'broken copies':>14} {'caught':>7} {'recall':>7}")
    total_read = total_copies = total_caught = 0
    for kind in sorted(per_kind):
        copies, hit = caught[kind]["copies"], caught[kind]["caught"]
        total_read += read_ok[kind]
        total_copies += copies
        total_caught += hit
        print(f"{kind:18} {per_kind[kind]:5} {read_ok[kind]:14} {copies:14} {hit:7} "
              f"{hit / max(copies, 1):7.2f}")
    print(f"{'all':18} {len(true):5} {total_read:14} {total_copies:14} {total_caught:7} "
          f"{total_caught / max(total_copies, 1):7.2f}")
    print(f"read and verified: {total_read}/{len(true)} = {total_read / max(len(true), 1):.2f}")
    print(f"NUM warnings on the unbroken copies: {unbroken_warnings} in {unbroken_chars:,} characters "
          f"= {unbroken_warnings / max(unbroken_chars, 1) * 100_000:.2f} per 100,000")
    if args.show:
        out = Path(tempfile.gettempdir()) / "jiaodui_num_recall_misses.txt"
        out.write_text("\n".join(misses[:args.show]) + "\n", "utf-8")
        print(f"misses written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
