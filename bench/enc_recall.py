"""Damage-injection measurement for the mojibake rules (ENC002, ENC004-ENC007).

    python bench/enc_recall.py [--trials 300] [--seed 1] [--min-len 4] [--max-len 12]

Takes real text (../shared/corpus/, else samples/), replaces a random span of each line it picks
with the damage a wrong decoder makes, runs the ENC rules and reports per kind:
  recall      the damaged span was reported by the rule that owns the kind
  safe fix    the findings carry safe fixes (exact round trip, sure edges); restored: `--fix`
              (checker.fix with the owning rule) gave back the original text exactly
  unsafe fix  a fix is offered but unsafe (Big5/GBK swaps whose edges are uncertain); restored:
              with --unsafe-fixes
  overreach   a safe fix changed text outside the damaged span (a real neighbour): must be 0;
              a safe fix that does not restore everything left damaged edges alone
plus false alarms (warning/error) on the same texts undamaged, and the speed of the family.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.analysis.mojibake import cp1252_decode  # noqa: E402
from checker.diagnostic import Applicability, Severity  # noqa: E402
from checker.document import Document  # noqa: E402
from checker.engine import check_document  # noqa: E402
from checker.fix import fix_until_settled  # noqa: E402
from checker.registry import load_rules  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLES = ROOT / "samples"


def _one_for_one(text: str, written: str, read: str) -> str:
    # Big5 and GBK are two bytes per character; a browser that cannot map a pair shows one U+FFFD.
    out = []
    for ch in text:
        raw = ch.encode(written)
        got = raw.decode(read, "replace")
        out.append(got if len(got) == 1 and len(raw) == 2 or raw.isascii() else "\ufffd")
    return "".join(out)


# kind -> (rule that owns it, which texts it applies to, damage function)
KINDS = {
    "utf8-as-gbk": ("ENC004", "any", lambda s: s.encode("utf-8").decode("gb18030", "replace")),
    "gbk-as-latin1": ("ENC005", "any", lambda s: cp1252_decode(s.encode("gbk"))),
    "utf8-as-latin1": ("ENC006", "any", lambda s: cp1252_decode(s.encode("utf-8"))),
    "big5-as-gbk": ("ENC007", "traditional", lambda s: _one_for_one(s, "cp950", "gb18030")),
    "gbk-as-big5": ("ENC007", "simplified", lambda s: _one_for_one(s, "gbk", "cp950")),
    "replacement": ("ENC002", "any", lambda s: "\ufffd" * len(s)),
    "kunjinkao": ("ENC002", "any", lambda s: "锟斤拷" * max(1, len(s) // 2)),
}
CODEC = {"utf8-as-gbk": "utf-8", "gbk-as-latin1": "gbk", "utf8-as-latin1": "utf-8",
         "big5-as-gbk": "cp950", "gbk-as-big5": "gbk", "replacement": "utf-8", "kunjinkao": "utf-8"}


def load_texts(limit: int, seed: int) -> list[tuple[str, str]]:
    """(name, text) pairs: a seeded random sample of the corpus, or the samples when it is absent."""
    if CORPUS.is_dir():
        files = sorted(CORPUS.glob("*.txt"))
        files = random.Random(seed).sample(files, min(limit, len(files)))
    else:
        files = sorted(SAMPLES.glob("*.txt"))
    return [(f.name, f.read_text("utf-8")) for f in files]


def script_of(name: str, text: str = "") -> str:
    if name.startswith("xwlb_"):
        return "simplified"
    if name.startswith(("twpres_", "tainan_")):
        return "traditional"
    from checker.analysis.script import document_script
    return document_script(Document(name, text)) or "any"


@dataclass
class Tally:
    trials: int = 0
    found: int = 0
    safe: int = 0          # every finding on the span has a safe fix (applied by --fix)
    restored: int = 0      # and --fix gave back the original text exactly
    unsafe: int = 0        # a fix is offered, at least one of them unsafe
    unsafe_restored: int = 0   # and --fix --unsafe-fixes gave back the original exactly
    overreach: int = 0     # a safe fix changed text outside the damaged span (must stay 0)
    misses: list = field(default_factory=list)


def _pick_span(text: str, rng: random.Random, length: int, codec: str):
    lines = [(i, line) for i, line in enumerate(text.split("\n")) if len(line) >= length + 2]
    for _ in range(30):
        if not lines:
            return None
        index, line = rng.choice(lines)
        start = rng.randrange(0, len(line) - length + 1)
        piece = line[start:start + length]
        if sum(1 for ch in piece if ch >= "\u3000") < 4:
            continue
        try:
            piece.encode(codec)
        except UnicodeEncodeError:
            continue
        offset = sum(len(l) + 1 for l in text.split("\n")[:index]) + start
        return offset, piece
    return None


def measure(texts, trials: int, seed: int, min_len: int = 4, max_len: int = 12, kinds=None):
    rules = [r for r in load_rules() if r.family == "ENC"]
    rng = random.Random(seed)
    tallies = {kind: Tally() for kind in (kinds or KINDS)}
    for kind, tally in tallies.items():
        rule_id, script, damage = KINDS[kind]
        pool = [t for t in texts if script == "any" or script_of(*t) in (script, "any")]
        while tally.trials < trials and pool:
            name, text = rng.choice(pool)
            picked = _pick_span(text, rng, rng.randint(min_len, max_len), CODEC[kind])
            if picked is None:
                continue
            offset, piece = picked
            damaged = damage(piece)
            new_text = text[:offset] + damaged + text[offset + len(piece):]
            end = offset + len(damaged)
            tally.trials += 1
            diagnostics = check_document(Document(name, new_text), rules).diagnostics
            hits = [d for d in diagnostics if d.rule_id == rule_id and d.start < end and offset < d.end]
            if not hits:
                tally.misses.append((name, piece, damaged))
                continue
            tally.found += 1
            if not all(d.fix for d in hits):
                continue
            # only the rule under test fixes: the other rules would also (rightly) repair
            # things in the original text, such as a run of spaces
            owner = [r for r in rules if r.id == rule_id]
            safe = all(d.fix.applicability is Applicability.SAFE for d in hits)
            fixed, _, _ = fix_until_settled(
                new_text, lambda t: check_document(Document(name, t), owner).diagnostics,
                unsafe=not safe)
            if safe:
                tally.safe += 1
                tally.restored += fixed == text
                after = text[offset + len(piece):]
                if not (fixed.startswith(text[:offset]) and fixed.endswith(after)) or \
                        len(fixed) < offset + len(after):
                    tally.overreach += 1
            else:
                tally.unsafe += 1
                tally.unsafe_restored += fixed == text
    return tallies


MEASURED = {rule_id for rule_id, _, _ in KINDS.values()}


def false_alarms(texts):
    """Findings of the measured rules (warning/error) on undamaged text, and the speed of the
    whole ENC family on it."""
    rules = [r for r in load_rules() if r.family == "ENC"]
    alarms = []
    total_chars = 0
    t0 = time.perf_counter()
    for name, text in texts:
        total_chars += len(text)
        for d in check_document(Document(name, text), rules).diagnostics:
            if d.severity >= Severity.WARNING and d.rule_id in MEASURED:
                alarms.append((name, d.rule_id, text[d.start:d.end]))
    elapsed = time.perf_counter() - t0
    size = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    return alarms, total_chars, size / elapsed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=300, help="damaged spans per kind")
    parser.add_argument("--files", type=int, default=2000, help="corpus files to sample")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min-len", type=int, default=4)
    parser.add_argument("--max-len", type=int, default=12)
    parser.add_argument("--show-misses", type=int, default=3)
    args = parser.parse_args(argv)
    texts = load_texts(args.files, args.seed)
    source = "corpus" if CORPUS.is_dir() else "samples"
    print(f"{len(texts)} texts from the {source}; spans of {args.min_len}-{args.max_len} characters")
    tallies = measure(texts, args.trials, args.seed, args.min_len, args.max_len)
    print(f"{'kind':16} {'trials':>6} {'recall':>7} {'safe fix':>9} {'restored':>9} "
          f"{'unsafe fix':>11} {'restored':>9} {'overreach':>9}")
    for kind, t in tallies.items():
        recall = t.found / t.trials if t.trials else 0
        print(f"{kind:16} {t.trials:6} {recall:7.1%} {t.safe:9} {t.restored:9} {t.unsafe:11} "
              f"{t.unsafe_restored:9} {t.overreach:9}")
        for miss in t.misses[:args.show_misses]:
            print(f"    missed in {miss[0]}: {miss[1]!r} -> {miss[2]!r}")
    alarms, chars, speed = false_alarms(texts)
    print(f"false alarms (warning/error) on the undamaged texts: {len(alarms)} in {chars:,} chars")
    for alarm in alarms[:10]:
        print("   ", alarm)
    print(f"ENC family speed on these texts: {speed:.1f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
