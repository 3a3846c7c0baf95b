"""vocabulary.TIME_POINT is TIME_POINT_ANY behind a look-ahead for the first characters of its
points, a speed trick: it must find exactly what TIME_POINT_ANY finds, groups and all. Texts are
runs of the characters and words the points are made of and the look-arounds test, so a reading
added with a first character the look-ahead lacks makes this fail."""
from __future__ import annotations

import random
import re

from checker.analysis.relations.vocabulary import TIME_POINT, TIME_POINT_ANY

_PIECES = (list("0123456789０１２周週星期禮拜礼前去上今本明年月份日天一二三四五六七八九十〇零两过過近首每至到-－~～均起底末后後 ，。x")
           + ["2022", "1998", "以来", "以前", "开始", "星期", "禮拜", "礼拜", "去年", "今年", "前年", "十一", "十二"])


def _found(pattern: re.Pattern, text: str, at: int = 0) -> list:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text, at)]


def test_the_scan_finds_what_time_point_any_finds():
    scan, full = re.compile(TIME_POINT), re.compile(TIME_POINT_ANY)
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        at = rng.randint(0, len(text))
        assert _found(scan, text) == _found(full, text), text
        assert _found(scan, text, at) == _found(full, text, at), (text, at)
        assert bool(scan.match(text, at)) == bool(full.match(text, at)), (text, at)
