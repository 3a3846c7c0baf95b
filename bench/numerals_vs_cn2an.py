"""The project's Chinese numeral reader (analysis/numerals.py) beside cn2an, which it replaced:
every string of up to LENGTH characters over the numeral alphabet (default 5: 2.0 million), the
numbers 0-1,000,000 as cn2an writes them, and random longer strings, read by both; prints the
strings whose values differ.

    pip install cn2an && python bench/numerals_vs_cn2an.py [--length N] [--random N]

(cn2an is no longer a dependency: install it to run this comparison.)
"""
from __future__ import annotations

import argparse
import itertools
import pathlib
import random
import sys
import warnings
from decimal import Decimal
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.analysis.numerals import CHINESE_DIGITS, CHINESE_UNITS, read_chinese

ALPHABET = CHINESE_DIGITS + CHINESE_UNITS + "点"


def theirs(text: str, cn2an: Any) -> Decimal | None:
    """What parse_chinese read with cn2an: strict mode, then normal mode."""
    for mode in ("strict", "normal"):
        try:
            return Decimal(str(cn2an.cn2an(text, mode)))
        except (ValueError, KeyError, IndexError, TypeError):
            continue
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--length", type=int, default=5)
    parser.add_argument("--random", type=int, default=200_000)
    parser.add_argument("--show", type=int, default=40, help="print this many differences")
    args = parser.parse_args()
    try:
        import cn2an  # type: ignore[import-untyped]
        from cn2an import An2Cn
    except ImportError:
        print("cn2an is not installed: pip install cn2an to compare")
        return
    warnings.simplefilter("ignore")
    writer = An2Cn()
    texts: list[str] = [writer.an2cn(n) for n in range(1_000_001)]
    for length in range(1, args.length + 1):
        texts.extend("".join(chars) for chars in itertools.product(ALPHABET, repeat=length))
    rng = random.Random(10)
    texts.extend("".join(rng.choice(ALPHABET) for _ in range(rng.randint(6, 14))) for _ in range(args.random))
    differ = read = 0
    for text in texts:
        mine, other = read_chinese(text), theirs(text, cn2an)
        read += mine is not None
        if mine != other or (mine is not None and other is not None and str(mine) != str(other)):
            differ += 1
            if differ <= args.show:
                print(f"  {text}: ours {mine}  cn2an {other}")
    print(f"{len(texts):,} strings, {read:,} read as numerals, {differ:,} read differently")


if __name__ == "__main__":
    main()
