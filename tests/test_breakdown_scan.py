"""cues.BREAKDOWN_SCAN is BREAKDOWN (relations/cues.py) behind a look-ahead for the first
characters of its words, a speed trick: it must find exactly what BREAKDOWN finds. Texts are built
from the words of BREAKDOWN's own source in the contexts its look-arounds ask for (a mark before, a
figure or a 、 list after), so a word added to BREAKDOWN whose first character the look-ahead lacks
makes this fail."""
from __future__ import annotations

import itertools
import random
import re

from checker.analysis.relations.cues import BREAKDOWN, BREAKDOWN_SCAN

_WORDS = sorted(set(re.findall(r"[\u3400-\u9fff]+", BREAKDOWN)))
_BEFORE = ("", "，", "；", "：", "全县", "全县，")
_AFTER = ("", "5", "项目12个", "项目中，", "全县5项目、项目", "项目、资金、全县8", "，8")


def _same(full: re.Pattern, scan: re.Pattern, text: str) -> None:
    assert [m.span() for m in full.finditer(text)] == [m.span() for m in scan.finditer(text)], text


def test_the_scan_finds_what_breakdown_finds():
    full, scan = re.compile(BREAKDOWN), re.compile(BREAKDOWN_SCAN)
    # each word (and each pair of words) in every context
    for word, before, after in itertools.product(_WORDS, _BEFORE, _AFTER):
        _same(full, scan, before + word + after)
    for first, second, after in itertools.product(_WORDS, _WORDS, ("项目5个", "项目中，3")):
        _same(full, scan, "，" + first + second + after)
    # and random runs of words, their tails, figures and marks
    pieces = _WORDS + [w[i:] for w in _WORDS for i in range(1, len(w))] + list("，,；;：:、。0123456789")
    rng = random.Random(15)
    for _ in range(5000):
        _same(full, scan, "".join(rng.choice(pieces) for _ in range(rng.randint(3, 14))))
