"""A pattern searched only where its hint matches (analysis/hinted.py) finds what it finds in the
whole text: checked on random strings of the characters the patterns look at."""
import random

from checker.analysis.hinted import hinted_finditer
from checker.checks import repetition
from checker.document import Document


def _random_texts(alphabet: list[str], count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        pieces = [rng.choice(alphabet) for _ in range(rng.randrange(1, 60))]
        if rng.random() < 0.5:      # a token written three or more times
            token = rng.choice(["【关闭】", "分享到：", "（图）", "[打印]", "<br>", "a:"]) if rng.random() < 0.5 else \
                "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 6)))
            copies = rng.choice(" \u3000\t").join([token] * rng.randrange(2, 5))
            pieces.insert(rng.randrange(len(pieces) + 1), copies)
        yield "".join(pieces)


def test_bracketed_runs_are_found_in_the_hinted_lines_alone():
    alphabet = [*"【】[]［］〔〕〖〗<>＜＞（）()：:分享到关闭窗口ab1 \u3000\t，。、；！？\n\r", "\r\n", "【关闭】",
                "分享到：", "（图）", "[打印]"]
    found = 0
    for text in _random_texts(alphabet, 30_000, seed=7):
        whole = [m.span() for m in repetition._BRACKETED_RUN.finditer(text)]
        hinted = [m.span() for m in hinted_finditer(Document("x", text), repetition._BRACKETED_RUN,
                                                    repetition._BRACKETED_RUN_HINT)]
        assert hinted == whole, text
        found += bool(whole)
    assert found > 3_000        # the strings do hold runs: the test compares something
