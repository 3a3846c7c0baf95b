"""NUM recall on copy the rules were not written against (issue 11, item 8).

    python bench/num_recall.py [--half held-out|tuning] [--sample] [--show N]

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
   relation is broken in several wordings written here and at several positions (the first and
   the last part raised, the whole lowered below a part or below the sum, a rate or share scaled
   both ways, the ends of a change swapped or moved past each other, the verb of change replaced
   by two opposite verbs), each broken copy planted back in its article, and the checker must
   report it inside the broken sentence (recall per kind and per change made); and NUM warnings
   on the unbroken copies, per 100,000 characters. A change a floor or a ceiling absorbs
   (`超6760万吨`) is not made: no checker could call it wrong.

`--half tuning` builds the same bench from the tuning half (files ending 1–4), the half rules may
be tuned on: its own labels (bench/data/num_recall_labels_tuning.tsv) and its own seed. Running
totals are rare in a random draw (4 in 300 on the held-out half) and so are parts, so besides the
random 300 two strata are drawn from the remaining candidates, each with its own seeded random
draw: ~80 sentences with a running-total cue (合计/共计/总计/累计 anywhere, or 以上/上述/共 after a
`、` list) and ~80 with a parts cue (其中/包括). Each stratum is labelled like the random draw (a
sentence may hold no relation, or a relation of another kind); the kinds are counted together,
so the tuning table is richer in parts and running totals than the corpus is, and its rows are
per-kind recall, not a corpus rate. The held-out half (the default) stays the measure: rules are
never tuned on its findings or misses.

`--half tuning-2` is a second tuning bench, richer still in parts and running totals: over the
same half and candidates, with its own seed and labels (bench/data/num_recall_labels_tuning-2.tsv),
it draws only two strata, from the candidates the first tuning bench did not draw: ~150 sentences
with a parts cue, then ~150 with a running-total cue (all of them when fewer remain). `--sample`
lists them in the order drawn (each stratum's prefix is itself a random draw), so a labelling
cut short stays unbiased; drawn sentences not yet labelled are left out of the report.

`--half tuning-3` is a third, drawn the same way (its own seed and labels,
bench/data/num_recall_labels_tuning-3.tsv) from the candidates neither earlier tuning bench drew.
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
# The tuning half's own bench: its labels, seed and strata (see the docstring).
LABELS_TUNING = ROOT / "bench" / "data" / "num_recall_labels_tuning.tsv"
SEED_TUNING = 1104
STRATUM = 80
# The second tuning bench (see the docstring): only strata, none of them drawn by the first.
LABELS_TUNING_2 = ROOT / "bench" / "data" / "num_recall_labels_tuning-2.tsv"
SEED_TUNING_2 = 2612
STRATUM_2 = 150
# The third (see the docstring): strata again, none drawn by the first two.
LABELS_TUNING_3 = ROOT / "bench" / "data" / "num_recall_labels_tuning-3.tsv"
SEED_TUNING_3 = 612
HALF_FILES = {"held-out": r"[6-9]\.txt$", "tuning": r"[1-4]\.txt$", "tuning-2": r"[1-4]\.txt$",
              "tuning-3": r"[1-4]\.txt$"}
LABEL_FILES = {"held-out": LABELS, "tuning": LABELS_TUNING, "tuning-2": LABELS_TUNING_2,
               "tuning-3": LABELS_TUNING_3}
SEEDS = {"held-out": SEED, "tuning": SEED_TUNING, "tuning-2": SEED_TUNING_2, "tuning-3": SEED_TUNING_3}

# The bench's own reading of text, independent of checker/analysis.
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_CUE = re.compile(r"其中|合计|合計|共计|共計|总计|總計|以上|上述|均|每|占|佔|率|[由从從][^，。；]{0,20}?[到至]"
                  r"|增长|增長|增加|下降|减少|減少|提高|降低")
_FIGURE = re.compile(r"(?<![0-9.,A-Za-z\-/])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?(?![0-9,])"
                     r"(?!\s*[年月日号號时時点點:：/\-])")

# The strata of the tuning bench: a running-total cue (a total word, or a pointer back after a
# `、` list) and a parts cue.
_RUNNING_CUE = re.compile(r"合计|合計|共计|共計|总计|總計|累计|累計|、[^。！？]*?(?:以上|上述|共)")
_PARTS_CUE = re.compile(r"其中|包括")


def half_files(corpus: Path, half: str = "held-out") -> list[Path]:
    return [p for p in sorted(corpus.glob("*.txt")) if re.search(HALF_FILES[half], p.name)]


def held_out_files(corpus: Path) -> list[Path]:
    return half_files(corpus, "held-out")


def candidates(corpus: Path, half: str = "held-out") -> list[tuple[str, int, int]]:
    """(file name, start, end) of every candidate sentence of one half."""
    found = []
    for path in half_files(corpus, half):
        text = path.read_text("utf-8")
        for m in _SENTENCE.finditer(text):
            sentence = m.group()
            if len(sentence) > 300 or not _CUE.search(sentence):
                continue
            if len(_FIGURE.findall(sentence)) >= 2:
                found.append((path.name, m.start(), m.end()))
    return found


def sample(corpus: Path, half: str = "held-out") -> list[tuple[str, int, int]]:
    """The seeded draw of one bench: sorted, except tuning-2's and tuning-3's, which keep the order
    drawn."""
    pool = candidates(corpus, half)
    if half == "held-out":
        return sorted(random.Random(SEED).sample(pool, min(SAMPLE, len(pool))))
    if half in ("tuning-2", "tuning-3"):
        rng, drawn, size = random.Random(SEEDS[half]), [], STRATUM_2
        taken = set(sample(corpus, "tuning"))
        if half == "tuning-3":
            taken |= set(sample(corpus, "tuning-2"))
        cues = (_PARTS_CUE, _RUNNING_CUE)
    else:
        rng, size = random.Random(SEED_TUNING), STRATUM
        drawn = rng.sample(pool, min(SAMPLE, len(pool)))
        taken = set(drawn)
        cues = (_RUNNING_CUE, _PARTS_CUE)
    texts: dict[str, str] = {}
    for cue in cues:
        stratum = [c for c in pool if c not in taken and cue.search(
            texts.setdefault(c[0], (corpus / c[0]).read_text("utf-8"))[c[1]:c[2]])]
        drawn += rng.sample(stratum, min(size, len(stratum)))
        taken |= set(drawn)
    return drawn if half in ("tuning-2", "tuning-3") else sorted(drawn)


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


_MULT = {"万": Decimal(10) ** 4, "萬": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8,
         "兆": Decimal(10) ** 12}


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


# Words that make a figure a floor (the true value may be anything above it) or a ceiling
# (anything below it): a break that moves the figure the open way is no contradiction at all
# (a part raised above `超6760万吨` may still be inside it), so such copies are not made.
_FLOOR_BEFORE = re.compile(r"(?:超过|超過|超|逾|突破|多于|多於|高于|高於|至少|不少于|不少於|不低于|不低於)$")
_CEILING_BEFORE = re.compile(r"(?:不足|不到|少于|少於|低于|低於|未满|未滿|未达|未達|不超过|不超過|最多|至多|最高)$")
# (a unit may carry a bracketed alternative before the word: 90万台（套）以上)
_FLOOR_AFTER = re.compile(r"^[万萬亿億千]?[\u3400-\u9fff%％]{0,2}?(?:[（(][\u3400-\u9fff]{1,3}[）)])?(?:以上|之多)")
_CEILING_AFTER = re.compile(r"^[万萬亿億千]?[\u3400-\u9fff%％]{0,2}?(?:[（(][\u3400-\u9fff]{1,3}[）)])?(?:以下|以内|以內)")
# 至少/最多 bound the first figure of their clause however far the verb puts it (至少可以完成投资4万亿元)
_FLOOR_IN_CLAUSE = re.compile(r"(?:至少|最少|起码|起碼)[^，,；;。0-9０-９]*$")
_CEILING_IN_CLAUSE = re.compile(r"(?:最多|至多)[^，,；;。0-9０-９]*$")
# Verbs of change and the opposite verbs a broken copy may use in their place (several wordings).
_OPPOSITE = {"增加": ("减少", "下降"), "增長": ("減少", "下降"), "增长": ("下降", "减少"),
             "提高": ("降低", "下降"), "提升": ("下降", "降低"), "上升": ("下降", "减少"),
             "成長": ("減少", "下降"), "成长": ("减少", "下降"), "增至": ("降至", "减至"),
             "升至": ("降至", "减至"), "扩大": ("缩小", "减少"), "擴大": ("縮小", "減少"),
             "延长": ("缩短", "减少"), "延長": ("縮短", "減少"), "延展": ("缩短", "减少"),
             "减少": ("增加", "上升"), "減少": ("增加", "上升"), "下降": ("上升", "增加"),
             "降低": ("提高", "增加"), "降至": ("增至", "升至"), "减至": ("增至", "升至"),
             "減至": ("增至", "升至"), "缩小": ("扩大", "增加"), "縮小": ("擴大", "增加"),
             "缩短": ("延长", "增加"), "縮短": ("延長", "增加"), "缩减": ("增加", "扩大"),
             "回落": ("上升", "增加"), "下滑": ("上升", "增加")}
_UP_WORDS = frozenset(("增加", "增長", "增长", "提高", "提升", "上升", "成長", "成长", "增至", "升至",
                       "扩大", "擴大", "延长", "延長", "延展"))


def open_side(sentence: str, m: re.Match) -> str:
    """'floor', 'ceiling' or '' for a figure, by the words around it (the bench's own reading)."""
    before, after = sentence[max(0, m.start() - 4):m.start()], sentence[m.end():m.end() + 8]
    clause = sentence[max(0, m.start() - 20):m.start()]
    if _FLOOR_BEFORE.search(before) or _FLOOR_AFTER.match(after) or _FLOOR_IN_CLAUSE.search(clause):
        return "floor"
    if _CEILING_BEFORE.search(before) or _CEILING_AFTER.match(after) or _CEILING_IN_CLAUSE.search(clause):
        return "ceiling"
    return ""


def breaks(sentence: str, label: Label) -> list[tuple[str, str]]:
    """The broken copies of a true relation: (what was changed, the broken sentence).

    Each kind is broken in several wordings and at several positions, each one a change the
    relation cannot survive: the first and the last part raised above the whole, the whole
    lowered below its largest part or below the sum of its parts, a running total moved up and
    down, an average, a count, a rate or a share scaled both ways, the two ends of a change
    swapped, either end moved past the other, the verb of change replaced by two opposite verbs.
    A change that a floor or a ceiling absorbs (`超6760万吨`, `超過3,157家`) is not made."""
    out: list[tuple[str, str | None]] = []
    roles = label.roles
    kind = label.kind
    found = figures(sentence)
    side = lambda n: open_side(sentence, found[n - 1]) if 1 <= n <= len(found) else ""
    get = lambda role: [v for v in (_fig(sentence, n) for n in roles.get(role, [])) if v is not None]
    if kind in ("parts", "running-total"):
        parts, totals = get("part"), get("total")
        if parts and totals:
            whole, largest, summed = totals[0], max(parts), sum(parts)
            t = roles["total"][0]
            # a larger part or a smaller whole: absorbed when the whole is a floor or a part a ceiling
            can_exceed = side(t) != "floor" and not any(side(n) == "ceiling" for n in roles["part"])
            part_positions = sorted({roles["part"][0], roles["part"][-1]})
            for n in part_positions:
                if not can_exceed or side(n) == "floor" and kind == "parts":
                    continue
                value = _fig(sentence, n) or Decimal(0)
                raised = whole * Decimal("1.3") if kind == "parts" else value * Decimal("1.6") + 1
                out.append((f"part@{'first' if n == roles['part'][0] else 'last'}",
                            _set_figure(sentence, n, raised)))
            if can_exceed:
                out.append(("total-below-part", _set_figure(sentence, t, largest * Decimal("0.7"))))
                out.append(("total-half", _set_figure(sentence, t, largest * Decimal("0.5"))))
                if len(parts) >= 2 and summed * Decimal("0.9") > largest * Decimal("1.02"):
                    out.append(("total-below-sum", _set_figure(sentence, t, summed * Decimal("0.9"))))
            if kind == "running-total" and side(t) != "ceiling" and not any(
                    side(n) == "floor" for n in roles["part"]):
                out.append(("total-up", _set_figure(sentence, t, whole * Decimal("1.5"))))
    for role, factors in (("average", ("1.4", "0.6")), ("count", ("1.5", "0.7")), ("rate", ("0.7", "0.85")),
                          ("share", ("0.6", "1.3")), ("amount", ("1.7", "0.5"))):
        for n in roles.get(role, [])[:2]:
            value = _fig(sentence, n)
            if value is None or side(n):
                continue
            for factor in factors:
                new = value * Decimal(factor)
                if role in ("rate", "share") and new >= 100:
                    continue
                out.append((f"{role}×{factor}", _set_figure(sentence, n, new)))
    if kind in ("share", "percent-sum", "rate") and "part" in roles:
        for n, factor in ((roles["part"][0], "0.5"), (roles["part"][-1], "1.4")):
            value = _fig(sentence, n)
            if value is not None and not side(n):
                out.append((f"part×{factor}", _set_figure(sentence, n, value * Decimal(factor))))
    if kind in ("share", "rate") and "total" in roles:
        value = _fig(sentence, roles["total"][0])
        if value is not None and not side(roles["total"][0]):
            out.append(("whole×1.6", _set_figure(sentence, roles["total"][0], value * Decimal("1.6"))))
    if kind in ("change-direction", "change-amount") and "from" in roles and "to" in roles:
        f_n, t_n = roles["from"][0], roles["to"][0]
        a, b = _fig(sentence, f_n), _fig(sentence, t_n)
        first, second = sorted((found[f_n - 1], found[t_n - 1]), key=lambda m: m.start())
        lo, hi = first.start(), second.end() + 12
        hits = [(sentence.find(w, lo, hi), w) for w in _OPPOSITE if sentence.find(w, lo, hi) >= 0]
        verb_at, verb = min(hits) if hits else (-1, "")
        rising = verb in _UP_WORDS if verb else (a is not None and b is not None and b > a)
        # which ends are open: a rise survives a floor at its end or a ceiling at its start
        absorbed = lambda rise, s_from, s_to: (s_to == "floor" or s_from == "ceiling") if rise else \
            (s_to == "ceiling" or s_from == "floor")
        same_unit = sentence[first.end():first.end() + 1] == sentence[second.end():second.end() + 1]
        if a is not None and b is not None and same_unit and a != b \
                and not absorbed(rising, side(f_n), side(t_n)):
            # the swap moves the digits only; the words around them stay
            swapped = (sentence[:first.start()] + second.group() + sentence[first.end():second.start()]
                       + first.group() + sentence[second.end():])
            out.append(("swap", swapped))
            out.append(("to-past-from", _set_figure(sentence, t_n, a * (Decimal("0.5") if rising else 2))))
            out.append(("from-past-to", _set_figure(sentence, f_n, b * (2 if rising else Decimal("0.5")))))
        if verb and not absorbed(not rising, side(f_n), side(t_n)) and (a is None or b is None or a != b):
            for other in _OPPOSITE[verb]:
                out.append((f"direction:{other}", sentence[:verb_at] + other + sentence[verb_at + len(verb):]))
    if kind in ("parts", "running-total") and get("part") and get("total"):
        # a figure written back in its own digits may round onto the relation again (a total of
        # 1 lowered to 0.7 is written 1 again, beside a part of 1): such a copy is not broken
        t, largest, summed = roles["total"][0], max(get("part")), sum(get("part"))
        floor = {"total-below-part": largest, "total-half": largest, "total-below-sum": summed}
        out = [(what, broken) for what, broken in out if not broken or what not in floor
               or (_fig(broken, t) or Decimal(0)) < floor[what]]
    seen: set[str] = set()
    result = []
    for what, broken in out:
        if broken and broken != sentence and broken not in seen:
            seen.add(broken)
            result.append((what, broken))
    return result


# The checker's kinds that read each labelled kind (a sum of parts found right is "parts").
KIND_OF = {"parts": {"parts", "parts-exceed", "parts-short"}, "running-total": {"running-total"},
           "average": {"average"}, "share": {"share"}, "rate": {"rate"},
           "change-direction": {"change-direction"}, "change-amount": {"change-amount"},
           "percent-sum": {"percent-sum"}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--half", choices=sorted(HALF_FILES), default="held-out",
                        help="which half's sample and labels (held-out is the measure)")
    parser.add_argument("--sample", action="store_true", help="list the sample for labelling")
    parser.add_argument("--show", type=int, default=0, help="print the first N misses (outside the repo)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    if args.sample:
        out = Path(tempfile.gettempdir()) / f"jiaodui_num_recall_sample_{args.half}.txt"
        with out.open("w", encoding="utf-8") as handle:
            for name, start, end in sample(args.corpus, args.half):
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

    labels = read_labels(LABEL_FILES[args.half])
    drawn = set(sample(args.corpus, args.half))
    if len(labels) < len(drawn):
        print(f"{len(drawn) - len(labels)} of {len(drawn)} drawn sentences not labelled yet (left out)")
    unknown = [lab for lab in labels if (lab.file, lab.start, lab.end) not in drawn]
    if unknown:
        print(f"{len(unknown)} labels name sentences outside the seeded sample (corpus changed?)")
    true = [lab for lab in labels if lab.kind != "none"]
    read_ok: Counter = Counter()
    per_kind: Counter = Counter(lab.kind for lab in true)
    caught: dict[str, Counter] = defaultdict(Counter)
    by_wording: dict[str, Counter] = defaultdict(Counter)
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
            # planted where the sentence stands in its article: caught when a NUM finding falls
            # inside the broken sentence (the article around it may add context, or noise)
            article = text[:lab.start] + broken + text[lab.end:]
            found = [d for d in check_document(Document(lab.file, article), rules).diagnostics
                     if lab.start <= d.start < lab.start + len(broken)]
            caught[lab.kind]["copies"] += 1
            wording = what.split("@")[0].split(":")[0].split("×")[0]
            by_wording[wording]["copies"] += 1
            if found:
                caught[lab.kind]["caught"] += 1
                by_wording[wording]["caught"] += 1
            else:
                misses.append(f"MISSED {lab.kind}/{what} {lab.file}:{lab.start}\n    {broken}")

    seed = SEEDS[args.half]
    print(f"sample: {len(labels)} labelled sentences of the {args.half} half (seed {seed}); "
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
    print("broken copies by the change made: " + ", ".join(
        f"{w} {c['caught']}/{c['copies']}" for w, c in sorted(by_wording.items())))
    print(f"read and verified: {total_read}/{len(true)} = {total_read / max(len(true), 1):.2f}")
    print(f"NUM warnings on the unbroken copies: {unbroken_warnings} in {unbroken_chars:,} characters "
          f"= {unbroken_warnings / max(unbroken_chars, 1) * 100_000:.2f} per 100,000")
    if args.show:
        out = Path(tempfile.gettempdir()) / f"jiaodui_num_recall_misses_{args.half}.txt"
        out.write_text("\n".join(misses[:args.show]) + "\n", "utf-8")
        print(f"misses written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
