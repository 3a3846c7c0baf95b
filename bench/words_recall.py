"""Recall of the TYPO rules on slips planted into the held-out half of ../shared/corpus/.

    python bench/words_recall.py [--trials 300] [--seed 13]

What this measures, and what it does not:
- **Lists (TYPO001, TYPO002, TYPO006)**: an entry of the lists is planted at a random word
  boundary inside a random held-out article of a script the entry applies to, and the same place
  gets the entry's correction as a control. This tests the *boundary confirmation* (a planted
  slip must be found whatever words surround it; the planted correction must stay quiet), not
  the lists' *coverage*: every planted slip is on the list by construction. How many of the
  misspellings editors actually make the lists hold can only be judged on errors collected
  elsewhere.
- **Context rules (TYPO004 未/为, TYPO005 截止/截至, TYPO010 的/得)**: sentences built from many
  wordings (verbs, objects, subjects, dates, complements) are planted at random sentence starts;
  each slip has controls that use the same letters correctly (a condition after 未确保, 截止到, a
  deadline after 截止, 得 itself, 你说的很对, 比预想的更好, 我们的很多朋友).
- **Names (TYPO003)**: in articles where a place or organisation name (ending in 村, 镇, 县, 公司
  …) occurs at least twice, one occurrence gets one character of the name proper (not of the
  suffix: 有限宫司 is a misspelling of a word, for the lists)
  changed to a character an input method offers for the same syllable (rules/data/typo_readings.txt),
  in two kinds measured apart: the same tone (桥 -> 乔) and another tone only (桥 -> 巧); never the
  same character in the other script (台/臺: that is not a slip). Recall counts the slips reported at the
  changed occurrence, or, for a name written twice, at the other occurrence (the two forms are then
  written once each, and the rule reports the later one naming the earlier). False alarms are TYPO003 findings on the same articles unchanged.
Prints recall per kind and script and the false alarms; reads the corpus only (skips without it).
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.analysis.terms import _name_forms, _same_character, _whole_name, name_words, read_list, readings
from checker.analysis.words import DocWords
from checker.document import Document
from checker.engine import check_document
from checker.registry import load_rules
from checker.resources import common_hanzi

CORPUS = ROOT.parent / "shared" / "corpus"
HALVES = {"tuning": "1234", "held-out": "6789"}
HALF = HALVES["held-out"]

PURPOSE_VERBS = ["确保", "进一步", "加快", "推进", "促进", "巩固", "切实", "深入", "推动"]
PURPOSE_OBJECTS = ["群众喝上放心水", "乡村振兴取得实效", "项目按期完工", "政策落到实处", "服务质量提升",
                   "粮食生产稳定", "防汛工作万无一失", "企业用工需求得到满足"]
SUBJECTS = ["县里", "镇政府", "各村", "市住建局", "合作社", "街道办", "该公司", "市里"]
ACTIONS = ["成立了工作专班", "制定了实施方案", "安排专人逐户走访", "新建了两座水厂", "增派了技术人员",
           "开通了服务热线"]
CONSEQUENCES = ["项目不得开工", "一律停工整改", "将追究相关责任", "则取消评优资格", "就会影响进度"]
DATES = ["2023年底", "2024年6月", "今年5月底", "去年年底", "目前", "9月30日", "2022年12月31日", "上月底"]
STATS = ["全县已建成便民驿站12个", "累计发放补贴3000万元", "已有两千户完成改造", "共接待游客5.6万人次"]
# TYPO010: a verb, 的 for 得, and a complement that ends the clause, in many wordings
DOERS = ["这项工作", "今年的活动", "队员们", "这台机器", "新来的老师", "各项措施", "村里的合作社", "这场演出"]
HEADS = ["开展", "落实", "推进", "完成", "表现", "执行", "安排", "组织", "准备", "发展", "运转", "经营",
         "处理", "布置", "讲", "做", "办", "跑", "写"]
DEGREES = ["很", "非常", "十分", "相当", "越来越", "格外", "极为", "比较"]
QUALITIES = ["顺利", "成功", "扎实", "出色", "到位", "充分", "细致", "清楚", "精彩", "好", "快", "稳"]
REDUPLICATED = ["干干净净", "整整齐齐", "清清楚楚", "明明白白", "扎扎实实", "热热闹闹"]
PEOPLE = ["专家", "大家", "我们", "市民", "记者"]
THINGS = ["朋友", "同事", "作品", "建议"]
TRAD_MORE = str.maketrans("项动队员机场顺细致稳净齐热闹讲办组织准备运转营执写预乐专记论们干极扎",
                          "項動隊員機場順細緻穩淨齊熱鬧講辦組織準備運轉營執寫預樂專記論們乾極紮")
TRAD = str.maketrans("县镇里乡设门为们业产发这对时间过还来从会说现样实种应该让证观开经结与点让处",
                     "縣鎮裡鄉設門為們業產發這對時間過還來從會說現樣實種應該讓證觀開經結與點讓處")


def held_out(prefix: str) -> list[Path]:
    """The articles of the half being measured (held-out unless --half says otherwise)."""
    return [p for p in sorted(CORPUS.glob(f"{prefix}_*.txt")) if p.stem[-1] in HALF]


def run(rules, text: str, settings: dict | None = None):
    doc = Document("<bench>", text, settings=dict(settings or {"script": "auto"}))
    return check_document(doc, rules).diagnostics


def boundary_places(text: str, rng: random.Random, count: int) -> list[int]:
    """Random offsets inside running Han text where a word boundary falls."""
    words = DocWords(text)
    places = []
    for _ in range(count * 20):
        at = rng.randrange(1, max(2, len(text) - 1))
        if "\u4e00" <= text[at - 1] <= "\u9fff" and "\u4e00" <= text[at] <= "\u9fff" and words.is_boundary(at):
            places.append(at)
            if len(places) == count:
                break
    return places


def bench_lists(rules, rng: random.Random, trials: int) -> None:
    # a misspelling is TYPO001, or TYPO009 (info) when the lexicon lists the wrong form (in wide use)
    kinds = {"misspelling": ("TYPO001", "TYPO009"), "variant": ("TYPO002",), "particle": ("TYPO006",)}
    for script, prefixes in (("simplified", ("xwlb",)), ("traditional", ("twpres", "tainan"))):
        articles = [p for prefix in prefixes for p in held_out(prefix)]
        for kind, rule_ids in kinds.items():
            entries = [e for e in read_list(kind) if script in e.scripts]
            if not entries:
                print(f"lists {kind:<11} {script:<11}: no entries for this script")
                continue
            found = missed = control_alarms = 0
            misses: Counter[str] = Counter()
            for _ in range(trials):
                entry = rng.choice(entries)
                text = rng.choice(articles).read_text("utf-8")
                places = boundary_places(text, rng, 1)
                if not places:
                    continue
                at = places[0]
                planted = text[:at] + entry.wrong + text[at:]
                hits = [d for d in run(rules, planted) if d.rule_id in rule_ids
                        and d.start == at and d.end == at + len(entry.wrong)]
                if hits:
                    found += 1
                else:
                    missed += 1
                    misses[entry.wrong] += 1
                control = text[:at] + entry.correct + text[at:]
                control_alarms += sum(1 for d in run(rules, control) if d.rule_id in rule_ids
                                      and d.start < at + len(entry.correct) and at < d.end)
            total = found + missed
            print(f"lists {kind:<11} {script:<11}: recall {found}/{total} = {found / max(total, 1):.1%}; "
                  f"alarms on the planted correction {control_alarms}/{total}"
                  + (f"; missed e.g. {', '.join(w for w, _ in misses.most_common(5))}" if misses else ""))


def sentence_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch in "。！？\n" and i + 1 < len(text)]


def bench_context(rules, rng: random.Random, trials: int) -> None:
    articles = held_out("xwlb") + held_out("twpres") + held_out("tainan")
    def purpose() -> str:
        return f"{rng.choice(PURPOSE_VERBS)}{rng.choice(PURPOSE_OBJECTS)}"

    def status() -> str:
        return f"{rng.choice(DATES)}，{rng.choice(STATS)}。"

    def complement() -> str:
        if rng.random() < 0.25:
            return rng.choice(REDUPLICATED)
        return rng.choice(DEGREES) + rng.choice(QUALITIES)

    cases = {
        "TYPO010 slip": lambda: f"{rng.choice(DOERS)}{rng.choice(HEADS)}的{complement()}{rng.choice(['。', '，大家很满意。', '了。'])}",
        "TYPO010 control": lambda: rng.choice([
            f"{rng.choice(DOERS)}{rng.choice(HEADS)}得{complement()}。",
            f"{rng.choice(PEOPLE)}说的很对，{rng.choice(SUBJECTS)}{rng.choice(ACTIONS)}。",
            f"{rng.choice(DOERS)}比{rng.choice(PEOPLE)}预想的更{rng.choice(QUALITIES)}。",
            f"{rng.choice(PEOPLE)}的很多{rng.choice(THINGS)}都来了。",
            f"{rng.choice(DOERS)}{rng.choice(HEADS)}的很少。"]),
        "TYPO004 slip": lambda: f"未{purpose()}，{rng.choice(SUBJECTS)}{rng.choice(ACTIONS)}。",
        "TYPO004 control": lambda: rng.choice([
            f"未{purpose()}，{rng.choice(CONSEQUENCES)}。",
            f"未{purpose()}的，{rng.choice(CONSEQUENCES)}。",
            f"为{purpose()}，{rng.choice(SUBJECTS)}{rng.choice(ACTIONS)}。"]),
        "TYPO005 slip": lambda: f"截止{status()}",
        "TYPO005 control": lambda: rng.choice([f"截至{status()}", f"截止到{status()}",
                                               f"报名截止日期为{rng.choice(DATES)}。"]),
    }
    for name, make in cases.items():
        rule_id = name.split()[0]
        hits = 0
        for _ in range(trials):
            path = rng.choice(articles)
            text = path.read_text("utf-8")
            sentence = make()
            if not path.name.startswith("xwlb"):
                sentence = sentence.translate(TRAD).translate(TRAD_MORE)
            at = rng.choice(sentence_starts(text))
            planted = text[:at] + sentence + text[at:]
            if any(d.rule_id == rule_id and at <= d.start < at + len(sentence) for d in run(rules, planted)):
                hits += 1
        label = "recall" if name.endswith("slip") else "false alarms"
        print(f"context {name:<16}: {label} {hits}/{trials} = {hits / trials:.1%}")


def _sound_tables() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Characters by toned reading (qiao2) and by syllable without tone (qiao)."""
    by_sound: dict[str, list[str]] = {}
    by_syllable: dict[str, list[str]] = {}
    for ch, values in readings().items():
        for value in values:
            by_sound.setdefault(value, []).append(ch)
            by_syllable.setdefault(value.rstrip("012345"), []).append(ch)
    return by_sound, by_syllable


def slip_options(ch: str, tone: str, script: str) -> list[str]:
    """Characters an input method of the script offers for ch's syllable (the 3,000 commonest of
    the script): with its tone ("same": 桥 -> 乔) or with another tone only ("other": 桥 -> 巧, 俏),
    never ch in the other script (台/臺)."""
    sounds = readings()
    offered = common_hanzi()[script]
    by_sound, by_syllable = _SOUNDS
    own = sounds.get(ch, frozenset())
    if tone == "same":
        pool = [c for value in own for c in by_sound[value]]
    else:
        pool = [c for value in own for c in by_syllable[value.rstrip("012345")]
                if not sounds.get(c, frozenset()) & own]
    return sorted({c for c in pool if c != ch and c in offered and not _same_character(c, ch)})


_SOUNDS = _sound_tables()


def bench_names(rules, rng: random.Random, trials: int) -> None:
    suffix, not_initial = name_words()
    for script, prefixes in (("simplified", ("xwlb",)), ("traditional", ("twpres", "tainan"))):
        paths = [p for prefix in prefixes for p in held_out(prefix)]
        alarms = 0
        candidates = []
        for path in paths:
            text = path.read_text("utf-8")
            alarms += sum(1 for d in run(rules, text) if d.rule_id == "TYPO003")
            words = DocWords(text)
            # a name: a form that stands whole wherever it occurs (after a mark, a line start or a
            # word that never begins a name) and begins a word
            # and is the whole name: the article does not write a tail of it more often on its own
            # (航天领域北京市 is words before 北京市)
            forms = _name_forms(text, 0, len(text), suffix, not_initial)
            names = [(form, places) for form, places in forms.items()
                     if len(places) >= 2 and all(_whole_name(text, p, not_initial) for p in places)
                     and words.is_boundary(places[0])
                     and not any(len(forms.get(form[j:], ())) > len(places) for j in range(1, len(form) - 2))]
            if names:
                candidates.append((text, max(names, key=lambda item: len(item[0]))))
        print(f"names {script:<11}: findings on the {len(paths)} unchanged articles: {alarms}")
        for tone in ("same", "other"):
            found = planted_count = 0
            twice = twice_found = 0
            misses: list[str] = []
            order = list(range(len(candidates)))
            rng.shuffle(order)
            for index in order:
                if planted_count >= trials:
                    break
                text, (form, places) = candidates[index]
                # a character of the name proper: a slip in the suffix (公司) is the lists' business
                proper = len(form) - len(list(suffix.finditer(form))[-1].group())
                if proper < 1:
                    continue
                position = rng.randrange(0, proper)
                options = slip_options(form[position], tone, script)
                if not options:
                    continue
                at = rng.choice(places)
                changed = text[:at + position] + rng.choice(options) + text[at + position + 1:]
                planted_count += 1
                twice += len(places) == 2
                # found: a finding at the changed occurrence or, for a name written twice, at the
                # other one (each form is then written once; the later is reported, naming the earlier)
                watched = [at] + ([p for p in places if p != at] if len(places) == 2 else [])
                if any(d.rule_id == "TYPO003" and any(d.start <= p + position < d.end for p in watched)
                       for d in run(rules, changed)):
                    found += 1
                    twice_found += len(places) == 2
                else:
                    misses.append(f"{form}->{changed[at:at + len(form)]}({len(places)})")
            print(f"names {script:<11} {tone} tone: recall {found}/{planted_count} = "
                  f"{found / max(planted_count, 1):.1%} (name written twice: {twice_found}/{twice})"
                  + (f"; missed e.g. {', '.join(misses[:6])}" if misses else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--half", choices=list(HALVES), default="held-out")
    parser.add_argument("--only", choices=["lists", "context", "names"])
    args = parser.parse_args()
    global HALF
    HALF = HALVES[args.half]
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}; nothing to measure")
        return 0
    rules = [r for r in load_rules() if r.family == "TYPO"]
    rng = random.Random(args.seed)
    for name, bench in (("lists", bench_lists), ("context", bench_context), ("names", bench_names)):
        if args.only in (None, name):
            bench(rules, rng, args.trials)
    return 0


if __name__ == "__main__":
    sys.exit(main())
