"""Quantities: a number with its multiplier, unit, qualifier and the interval of values it stands for.

Every NUM rule (and any DATE rule that needs a count) reads `doc.shared(quantities)` instead of
parsing numbers itself. A quantity is an *interval*, because news copy states rounded figures:

- `2.51万户` stands for any true count in [2.505万, 2.515万] households;
- an integer without a decimal part (`5981户`, `5万元`, `两万人`) is taken as exact;
- rounding intervals are half-open: `3.2亿` is [3.15亿, 3.25亿) (`low_open`/`high_open` say
  which bounds are excluded);
- qualifiers widen the interval by the widths in rules/data/num_widths.tsv: `130余万元` is
  (130万, 140万), `近200` is [180, 200), `约` ±20 %, `超过X` (X, ∞), `X以上` [X, ∞),
  `不足X` [0, X); `400~5000元` is [400, 5000].

What is *not* a quantity: a number without a unit (phone numbers, `“853”`), a year (`2016年`:
`年` is not a unit here), a date, an ordinal (`第三`), a document number (`〔2019〕15号`: `号` is
not a unit), a programme name in short quotes (`“1+17”`, `“六个精准”`), vague figures (`数十人`,
`十几个`) and numerals that are words (`一户一策`, `千家万户`: a bare `一` or a numeral that starts
with `千`/`万` is never read).

Values are in the unit family's base unit (`元`, `亩`, `人`, `米`, …) so that `9.92万亩` and
`3000亩` can be added; `unit.factor` converts (`公里` = 1000 `米`).
"""
from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from dataclasses import dataclass
from decimal import Decimal

from ..resources import data_path
from ..typenames import NamedTuple
from .numerals import Number, parse_arabic, parse_chinese
from .sentences import sentences

INF = Decimal("Infinity")
ZERO = Decimal(0)

MULTIPLIERS = {
    "万亿": Decimal(10) ** 12, "萬億": Decimal(10) ** 12,
    # half-converted copy mixes the scripts inside one figure (2万億元); _MULT matches these too
    "万億": Decimal(10) ** 12, "萬亿": Decimal(10) ** 12,
    "千亿": Decimal(10) ** 11, "千億": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10, "百億": Decimal(10) ** 10,
    "十亿": Decimal(10) ** 9, "十億": Decimal(10) ** 9,
    "千万": Decimal(10) ** 7, "千萬": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6, "百萬": Decimal(10) ** 6,
    "十万": Decimal(10) ** 5, "十萬": Decimal(10) ** 5,
    "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8,
    "万": Decimal(10) ** 4, "萬": Decimal(10) ** 4,
    # 兆 in Taiwan copy is a trillion (1.63兆元 = 16300億元), read before a unit of its own
    # prefix (兆瓦, 兆赫: mega) is not
    "兆": Decimal(10) ** 12,
    "千": Decimal(1000), "仟": Decimal(1000),
    "百": Decimal(100), "佰": Decimal(100),
}
# Chinese display names for a multiplier, used when formatting a value for a message.
MULTIPLIER_NAME = {Decimal(10) ** 12: "万亿", Decimal(10) ** 8: "亿", Decimal(10) ** 4: "万",
                   Decimal(1): ""}

# Nouns that make a bare `6.43万` (no unit) a count of people: `6.43万脱贫人口`.
PEOPLE_NOUNS = ("人口", "人员", "群众", "居民", "农民", "农牧民", "村民", "职工", "学生", "游客",
                "旅客", "劳动力", "贫困人口", "脱贫人口")

_QUALIFIERS_BEFORE = (
    ("大约", "approx"), ("大約", "approx"), ("大概", "approx"), ("约为", "approx"),
    ("約為", "approx"), ("约", "approx"), ("約", "approx"),
    ("將近", "near"), ("将近", "near"), ("接近", "near"), ("逼近", "near"), ("近", "near"),
    ("超过", "over"), ("超過", "over"), ("不少于", "atleast"), ("不少於", "atleast"),
    ("不低于", "atleast"), ("不低於", "atleast"), ("至少", "atleast"), ("多于", "over"),
    ("多於", "over"), ("高于", "over"), ("高於", "over"), ("大于", "over"),
    ("大於", "over"), ("突破", "over"), ("逾", "over"), ("超", "over"),
    ("不超过", "atmost"), ("不超過", "atmost"), ("不足", "under"), ("不到", "under"),
    ("低于", "under"), ("低於", "under"), ("少于", "under"), ("少於", "under"),
    ("小于", "under"), ("小於", "under"), ("最多", "atmost"), ("至多", "atmost"),
    ("最高", "atmost"), ("未满", "under"), ("未滿", "under"), ("未达", "under"),
    ("未達", "under"),
)
# Qualifiers that leave one side of the interval open-ended (no upper bound, or down to zero).
OPEN_ENDED = frozenset(("atleast", "over", "atmost", "under"))
LOWER_BOUNDS = frozenset(("atleast", "over"))   # the figure is a floor
UPPER_BOUNDS = frozenset(("atmost", "under"))   # the figure is a ceiling
_QUALIFIERS_AFTER = {"以上": "atleast", "之多": "atleast", "以下": "atmost", "以内": "atmost",
                     "以內": "atmost", "左右": "approx", "上下": "approx"}

_AR = r"(?:[0-9０-９]{1,3}(?:,[0-9]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?"
_MULT = r"(?:[万萬千百十][亿億]|[千百十][万萬]|[亿億万萬仟佰]|千|百(?![分倍])|兆(?![瓦帕赫字位比焦伏安欧歐]))"
# Thousands and hundreds written with Arabic digits before a 万 or 亿 (or a unit), as Taiwan copy
# writes them: 4千7百万 (4700万), 3千5百元; and a thousand or a hundred with 余/多 before 万/亿:
# 6千余万 (more than 6000万), 3百多亿. Read as one figure, not as 4千 and 7百万.
_KILO = r"[千仟][0-9０-９][百佰](?:[0-9０-９]十)?|[千仟百佰](?=[余餘多][万萬亿億])"
_CN_DIGIT = "〇零一二三四五六七八九两兩"
_CN = (r"[%s十][%s十百千万亿萬億兆佰仟]*(?:[点點][〇零一二三四五六七八九]+[万亿萬億]?)?"
       % (_CN_DIGIT, _CN_DIGIT))


@dataclass(frozen=True)
class Unit:
    """A unit of measure, its family and its factor to the family's base unit."""
    name: str
    family: str      # quantities are added and compared only within one family
    factor: Decimal  # to the family's base unit


BARE = Unit("", "bare", Decimal(1))   # 6.43万 with no unit after it
PEOPLE = Unit("人", "people", Decimal(1))


@functools.lru_cache(maxsize=1)
def units() -> dict[str, Unit]:
    """The unit table from rules/data/units.tsv."""
    table = {}
    for line in data_path("units.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, family, factor = line.split("\t")
        table[name] = Unit(name, family, Decimal(factor))
    return table


@functools.lru_cache(maxsize=1)
def _sources() -> tuple[str, str, str]:
    """Three patterns with the same groups: Arabic-led, Chinese-led and 百分之 figures.

    Each starts with a character class or a literal so that `re` can skip ahead quickly; the
    checks on the character before a figure are made after its first character is consumed.
    A figure with neither a multiplier nor a unit does not match at all (years, dates, codes).

    Two things keep failed attempts (most digit runs are years, dates and codes) cheap: the unit
    alternation (100+ names, tried one by one) is guarded by a class of their first characters,
    and an Arabic figure's digits are an atomic group, so a run that is not followed by a unit is
    not given back digit by digit: after a shorter run comes a digit, which nothing can follow.
    After the digits, a lookahead asks for a character that can start what must come next (余,
    a multiplier, a range mark or a unit): years, dates and codes fail there at once.
    """
    unit_names = sorted(units(), key=len, reverse=True)
    unit_alt = "|".join(re.escape(name) for name in unit_names)
    unit_first = "[%s]" % "".join(sorted({re.escape(name[0]) for name in unit_names}))
    digit = "[0-9０-９]"
    cn_first = "[%s十]" % _CN_DIGIT
    cn_before = "[%s十百千万亿萬億兆第数數几幾]" % _CN_DIGIT
    none = lambda *names: "".join(f"(?:(?P<{n}>(?!)))?" for n in names)
    tail = (r"(?P<m2>[余餘多](?![少样樣种種元]))?"
            r"(?:(?P<sep>[~～\-－—–至])(?P<b>%(ar)s)(?P<bmult>%(mult)s)?)?"
            r"%(unit)s"
            r"(?P<post>以上|以下|以内|以內|左右|上下|之多)?")
    values = {"ar": _AR, "mult": _MULT}
    unit = "(?=%s)(?P<unit>%s)" % (unit_first, unit_alt)
    after_digits = r"(?=[ 余餘多万萬千百十亿億兆仟佰~～\-－—–至%s)" % unit_first[1:]
    # Taiwan copy sets Arabic figures off with spaces (規劃 13 座公園, 增加到 8,980 億元): one space
    # before the unit or the multiplier is read when one stands before the figure too (checked in
    # _quantities); after a spaced multiplier, the pieces of a compound figure are spaced too
    # (1 萬 8,420 人)
    spaced_unit = "(?:(?P<sp> (?=%s))?%s)?" % (unit_first, unit)
    arabic = (r"(?P<a>%(d)s(?<![0-9０-９A-Za-z.．/:：\-_第]%(d)s)(?<![0-9],%(d)s)"
              r"(?>(?:[0-9]{0,2}(?:,[0-9]{3})+|[0-9０-９]*)(?:[.．][0-9０-９]+)?))%(after)s"
              r"(?P<kilo>%(kilo)s)?"
              r"(?P<m1>[余餘多])?(?P<msp> (?=[万萬亿億兆]))?(?P<mult>%(mult)s)?"
              r"(?:(?<=[万萬亿億兆])(?(msp) ?|(?:(?<=[亿億]) (?=[0-9０-９][0-9０-９,]*[千万萬]))?)"
              r"(?P<tail>(?:[0-9０-９][0-9０-９,]*(?(msp) ?)%(mult)s?)+))?"
              % {"d": digit, "mult": _MULT, "after": after_digits, "kilo": _KILO}
              + tail % dict(values, unit=spaced_unit)
              + r"(?(msp)(?(mult)|(?!)))"
              + r"(?(mult)|(?(bmult)|(?(unit)|(?!))))"
              + none("pct", "pa", "c"))
    chinese = (r"(?P<c>%(first)s(?<!%(before)s%(first)s)[%(cnd)s十百千万亿萬億兆佰仟]*"
               r"(?:[点點][〇零一二三四五六七八九]+[万亿萬億]?)?)"
               % {"first": cn_first, "before": cn_before, "cnd": _CN_DIGIT}
               + tail % dict(values, unit=unit)
               + none("a", "kilo", "m1", "mult", "tail", "pct", "pa", "sp", "msp"))
    percent = (r"(?P<pct>百(?<!%(before)s百)分之)(?P<pa>%(ar)s|[%(cnd)s十百点點]+)"
               % {"before": cn_before, "ar": _AR, "cnd": _CN_DIGIT}
               + tail % dict(values, unit="(?:%s)?" % unit)
               + none("a", "kilo", "m1", "mult", "tail", "c", "sp", "msp"))
    return arabic, chinese, percent


@functools.lru_cache(maxsize=3)
def _pattern(index: int) -> re.Pattern:
    """One of the three patterns, compiled when first needed (2-3 ms each)."""
    return re.compile(_sources()[index])


def _matches(text: str, ranges) -> list[re.Match]:
    """All figure matches in the ranges ((start, end), in text order) in text order, a match
    inside an earlier one of its range dropped.

    No figure holds a line break, a sentence mark or a closing quote, so a figure lies inside one
    sentence, and matching a run of whole sentences (lookbehinds still see the text before it)
    finds exactly the figures a match over the whole text finds there.
    """
    arabic, chinese = _pattern(0), _pattern(1)
    kept: list[re.Match] = []
    for start, end in ranges:
        found = list(arabic.finditer(text, start, end))
        others = list(chinese.finditer(text, start, end))
        # Every 百分之 figure starts so: most texts need not compile it. Looked for in the range
        # only: a test over the whole text, once per range, made a long document quadratic.
        if text.find("百分之", start, end) != -1:
            others += _pattern(2).finditer(text, start, end)
        if others:      # (the Arabic figures alone are in text order already)
            found += others
            found.sort(key=_START)
        end = -1
        for match in found:
            if match.start() >= end:
                end = match.end()
                kept.append(match)
    return kept


_START = operator.methodcaller("start")
_HAN = re.compile(r"[\u3400-\u9fff]+")
# (possessive: where the characters from a place to the end are not all Han, no shorter run from
# there ends at the end either, and `re` need not try each before it moves on)
_HAN_BEFORE = re.compile(r"[\u3400-\u9fff]{1,12}+$")
_SHORT_QUOTE = re.compile(r"“[^“”\n]{1,12}”|「[^「」\n]{1,12}」|‘[^‘’\n]{1,12}’|\"[^\"\n]{1,12}\"")
_TRAD = str.maketrans("萬億兩點佰仟餘", "万亿两点百千余")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


class Quantity(NamedTuple):
    # A tuple, not a frozen dataclass: a document has hundreds of quantities and a frozen
    # dataclass takes four times as long to build (each field is set through object.__setattr__).
    start: int          # the figure and its unit, as written (`2.51万户`)
    end: int
    text: str
    value: Decimal      # the stated value, in the family's base unit
    low: Decimal        # the interval of true values the statement allows (base unit)
    high: Decimal
    unit: Unit
    multiplier: Decimal  # 万 → 10000; 1 when none
    qualifier: str      # "", approx, near, atleast, atmost, more, range
    exact: bool         # an integer with no qualifier
    lead: str           # Han text right before the figure (qualifier included), ≤ 12 chars
    noun: str           # Han text right after the unit, ≤ 8 chars
    qual_start: int     # start of a qualifier word before the figure (== start when none)
    low_open: bool = False   # the interval excludes `low` (超过X, X余)
    high_open: bool = False  # the interval excludes `high` (a rounded figure, 近X, 不足X)
    qual_word: str = ""      # the qualifier word before the figure as written (近, 约, 超过)

    @property
    def family(self) -> str:
        return self.unit.family

    @property
    def is_count(self) -> bool:
        return self.unit.family.startswith("count:")

    @property
    def shown(self) -> str:
        """The figure as the text writes it, a qualifier before it included (近900家): what an
        editor must see in a sum, since the qualifier is why its bounds are wide."""
        return self.qual_word + self.text

    def display(self, value: Decimal | None = None) -> str:
        """A value of this quantity's family written the way the text writes this quantity."""
        return format_value(self.value if value is None else value, self)


def format_value(value: Decimal, like: Quantity) -> str:
    """`value` (base unit) written with `like`'s multiplier and unit: 1255000000 → 12.55亿元.

    The multiplier is `like`'s when the value is at least that large, else the largest of
    万亿/亿/万 that keeps the figure at 1 or more (a value under 10000 is written out).
    """
    if value in (INF, -INF):
        return "∞"
    plain = value / like.unit.factor
    compound = _in_pieces(plain, like.text)
    if compound:
        return compound + like.unit.name
    mult = like.multiplier if like.multiplier in MULTIPLIER_NAME else Decimal(1)
    if mult == 1 and not _ARABIC.search(like.text):
        # (a figure in Chinese numerals holds its multiplier: 七百万吨 + 四百二十万吨 = 1120万吨)
        mult = next((m for m, names in ((Decimal(10) ** 8, "亿億"), (Decimal(10) ** 4, "万萬"))
                     if any(c in like.text for c in names) and abs(plain) >= m), Decimal(1))
        if mult > 1:
            name = MULTIPLIER_NAME[mult]
            if "萬" in like.text or "億" in like.text:
                name = name.translate(_TO_TRADITIONAL)
            return f"{_plain(plain / mult)}{name}{like.unit.name}"
    if abs(plain) < mult or mult == 1:
        mult = next((m for m in MULTIPLIER_NAME if abs(plain) >= m * (10 if m > 1 else 1)
                     and m <= max(like.multiplier, Decimal(10) ** 4)), Decimal(1))
        if like.unit.family.startswith(("count:", "percent", "points")) or like.unit.family in (
                "length", "mass", "area", "volume", "power", "energy"):
            mult = min(mult, like.multiplier) if like.multiplier in MULTIPLIER_NAME else Decimal(1)
    text = _plain(plain / mult)
    if "," in like.text:
        text = _grouped(text)   # (14,220戶 beside 12,486 戶 + 1,734 戶, as the copy writes its figures)
    name = MULTIPLIER_NAME[mult]
    if "萬" in like.text or "億" in like.text:
        name = name.translate(_TO_TRADITIONAL)     # (12億元 beside 9 億元, in the copy's own script)
    return f"{text}{name}{like.unit.name}"


_TO_TRADITIONAL = str.maketrans("万亿", "萬億")
_ARABIC = re.compile(r"[0-9０-９]")


def _grouped(text: str) -> str:
    """A plain figure with its thousands set off by commas (14220 → 14,220; 1234.5 → 1,234.5)."""
    sign = text[:1] if text[:1] in "-−" else ""
    whole, dot, fraction = text[len(sign):].partition(".")
    if not whole.isdigit():
        return text
    return f"{sign}{int(whole):,}{dot}{fraction}"
# a figure written in pieces, each with its multiplier (27億5,206萬3,000元, 1萬2,400處)
_IN_PIECES = re.compile(r"[0-9０-９][亿億][0-9０-９]|[0-9０-９][万萬][0-9０-９]")


def _in_pieces(plain: Decimal, written: str) -> str | None:
    """A whole number written in pieces as `written` is (a sum beside 27億5,206萬3,000元 is
    81億9,009萬5,000元, not 819009.5萬), or None when `written` is no such figure."""
    if not _IN_PIECES.search(written) or plain != plain.to_integral_value() or plain <= 0:
        return None
    yi, rest = divmod(int(plain), 10 ** 8)
    wan, ones = divmod(rest, 10 ** 4)
    group = "{:,}" if "," in written else "{}"
    pieces = [f"{yi}亿" if yi else "", group.format(wan) + "万" if wan else "", group.format(ones) if ones else ""]
    text = "".join(pieces)
    return text.translate(_TO_TRADITIONAL) if "萬" in written or "億" in written else text


def _plain(number: Decimal) -> str:
    exponent = number.as_tuple().exponent  # an int for every finite number
    number = number.quantize(Decimal("0.0001")) if number == number.to_integral() or \
        (isinstance(exponent, int) and abs(exponent) > 4) else number
    text = format(number.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


# (spaced copy sets the pieces apart too: 3 億 2,000 萬元, 1 萬 8,420 人)
_TAIL_PIECE = r"([0-9０-９][0-9０-９,]*) ?(%s)?" % _MULT   # compiled on first use: tails are rare


def _read_arabic(match) -> tuple[Number, Decimal, bool] | None:
    """The figure, its multiplier, and whether a compound tail (`4千` in `22萬4千`) was read.

    `22萬4千` → (224000, 1, True) exact; `2.51万` → (2.51, 10000, False).
    """
    number = parse_arabic(match["a"])
    if number is None:
        return None
    kilo = match["kilo"]
    if kilo:
        # 4千7百万: 4 thousands and 7 hundreds, then the multiplier; only whole digits
        if not number.exact or number.value >= 10:
            return None
        value = number.value * MULTIPLIERS[kilo[0]]
        for digit, place in re.findall(r"([0-9０-９])([百佰十])", kilo):
            value += int(digit.translate(_FULLWIDTH)) * (MULTIPLIERS[place] if place != "十" else 10)
        number = Number(value, Decimal(1))
    mult = MULTIPLIERS[match["mult"]] if match["mult"] else Decimal(1)
    if match["tail"]:
        # 22萬4千, 24萬7,000, 9萬260, 1億97萬6,000: a compound figure, as written in Taiwan copy.
        total, previous = number.value * mult, mult
        ok = number.exact
        for digits, piece_mult in re.findall(_TAIL_PIECE, match["tail"]):
            piece = parse_arabic(digits)
            step = MULTIPLIERS[piece_mult] if piece_mult else Decimal(1)
            if (piece is None or not piece.exact or step >= previous or piece.value * step >= previous
                    or (not piece_mult and len(digits.replace(",", "")) < 3 and previous > 1000)):
                ok = False
                break
            total += piece.value * step
            previous = step
        if ok:
            return Number(total, Decimal(1)), Decimal(1), True
    return number, mult, False


_PURE_DIGITS = r"[〇零一二三四五六七八九两]{2,}"   # compiled on first use, like _TAIL_PIECE


def _read_chinese(text: str) -> tuple[Number, Decimal] | None:
    text = text.translate(_TRAD)
    if text == "一" or text[0] in "千万亿" or re.fullmatch(_PURE_DIGITS, text):
        return None     # 一户一策, 唯一一件, 三五: a word or a vague figure, not a count
    if "兆" in text:    # 一兆四千五百億 (Taiwan: 兆 = 10^12)
        high, _, low = text.partition("兆")
        first = parse_chinese(high)
        second = parse_chinese(low) if low else Number(Decimal(0), Decimal(1), True)
        if first is None or second is None or not first.exact or second.value >= 10 ** 12:
            return None
        return Number(first.value * 10 ** 12 + second.value, Decimal(1), True), Decimal(1)
    mult = Decimal(1)
    if "点" in text and text[-1] in "万亿":
        mult = MULTIPLIERS[text[-1]]
        text = text[:-1]
    number = parse_chinese(text)
    if number is None:
        return None
    return number, mult


class Width(NamedTuple):
    """How a qualifier widens a figure's interval (one line of rules/data/num_widths.tsv)."""
    low: Decimal        # factor of the rounding interval's lower bound
    low_open: bool
    high: Decimal       # factor of its upper bound; INF for none; -1 for `step`
    high_open: bool
    why: str


STEP = Decimal(-1)


@functools.lru_cache(maxsize=1)
def widths() -> dict[str, Width]:
    """The qualifier widths from rules/data/num_widths.tsv."""
    table = {}
    for line in data_path("num_widths.tsv").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, low, high, why = line.split("\t")
        if low[0] not in "[(" or high[-1] not in "])":
            raise ValueError(f"num_widths.tsv: bounds of {kind!r} must be bracketed: {low} {high}")
        upper = high[:-1]
        table[kind] = Width(Decimal(low[1:]), low[0] == "(",
                            INF if upper == "inf" else STEP if upper == "step" else Decimal(upper),
                            high[-1] == ")", why)
    return table


def _interval(number: Number, mult: Decimal, qualifier: str, more_step: bool, rounded: bool):
    """value, low, high, low_open, high_open of a figure, its qualifier applied."""
    value = number.value * mult
    high_open = False
    if number.exact and not rounded:
        low = high = value
    else:
        half = (mult if number.exact else number.precision * mult) / 2
        low, high, high_open = value - half, value + half, True
    low_open = False
    if more_step:
        more = widths()["more"]
        step = _last_place(number) * mult
        return value, value * more.low, value + step, more.low_open, more.high_open
    if qualifier == "approx":
        qualifier = _APPROX_BY_DIGITS[min(_significant_digits(number), 3)]
    width = widths().get(qualifier) if qualifier else None
    if width is not None:
        low, low_open = low * width.low, width.low_open
        if width.high == INF:
            high = INF
        elif width.high != STEP:
            high = high * width.high
        high_open = width.high_open or (high_open and width.high == 1)
    return value, low, high, low_open, high_open


# 约 hedges a figure as loosely as its own digits say the writer knows it (rules/data/num_widths.tsv)
_APPROX_BY_DIGITS = {1: "approx", 2: "approx-2", 3: "approx-3"}


def _significant_digits(number: Number) -> int:
    """Digits from the first to the last stated non-zero one: 300 → 1, 5.2 → 2, 1.0 → 2, 16.35 → 4."""
    if not number.value:
        return 1
    return len(str(int(number.value / _last_place(number))))


def _last_place(number: Number) -> Decimal:
    """Place value of the last non-zero digit: 130 → 10, 1.5 → 0.1, 1 → 1."""
    if not number.exact:
        return number.precision
    value = int(number.value)
    place = 1
    while value and value % 10 == 0:
        value //= 10
        place *= 10
    return Decimal(place)


_QUALIFIER_KIND = dict(_QUALIFIERS_BEFORE)
_QUALIFIER_LAST = frozenset(word[-1] for word in _QUALIFIER_KIND)


# what stands before a figure set off by spaces (規劃 13 座公園): a space, or a mark after which no
# space is written (12 所國中、28 所國小)
_SPACED_BEFORE = frozenset((" ", "、", "，", "（", "："))


def _spaced_off(text: str, start: int, qual_start: int) -> int:
    """Where the words before a figure end: in copy that sets figures off with a space (總計 8,060
    萬元, 每人領取新臺幣 3,000 元) the space is no boundary, and the figure's lead, its total word
    or its average's marker, is the Han text before it; the space counts as the qualifier's place."""
    if qual_start == start > 1 and text[start - 1] == " " and "\u3400" <= text[start - 2] <= "\u9fff":
        return start - 1
    return qual_start


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    if start > 1 and text[start - 1] == " " and text[start - 2] in _QUALIFIER_LAST:
        spaced = _qualifier_before(text, start - 1)     # 約 3.5 萬人: copy that spaces figures off
        if spaced[0]:
            return spaced
    if not start or text[start - 1] not in _QUALIFIER_LAST:
        return "", start        # most figures have none: one set test instead of three slices
    for size in (3, 2, 1):      # the longest qualifier word first: 不超过 before 超过 before 超
        if start >= size:
            kind = _QUALIFIER_KIND.get(text[start - size:start])
            if kind:
                if size == 1 and _ends_a_word(text, start):
                    return "", start    # 签约8亿元, 节约3000元, 最近3年: the character ends a word
                return kind, start - size
    return "", start


def _ends_a_word(text: str, end: int) -> bool:
    """Whether the Han character before `end` ends a longer word (签约, 预约, 最近, 赶超) rather than
    standing alone as a qualifier of the figure after it (达成|约, 进行|约): the words of the few
    characters before it, segmented with the lexicon."""
    if end < 2 or not "\u3400" <= text[end - 2] <= "\u9fff":
        return False
    start = end - 1
    while start > 0 and end - start < 5 and "\u3400" <= text[start - 1] <= "\u9fff":
        start -= 1
    return _last_word_longer(text[start:end])


def _last_word_longer(words: str) -> bool:
    """Whether the last word of `words` (a few Han characters) is longer than one character.

    Kept per string while the lexicon is the same object (segmenting reads nothing but the
    string and the lexicon): a segmentation was ~35 µs, a tenth of reading the quantities of
    the chosen sentences of relations/cues.py, and the same few characters recur (签约, 最近)."""
    from .words import lexicon, segment  # the lexicon is read only when a figure may need it
    lex = lexicon()
    if _WORD_ENDS[0] is not lex or len(_WORD_ENDS[1]) > 20000:     # (a server's: not without end)
        _WORD_ENDS[:] = [lex, {}]
    known: dict[str, bool] = _WORD_ENDS[1]
    longer = known.get(words)
    if longer is None:
        longer = known[words] = segment(words, 0, len(words))[-1][0] < len(words) - 1
    return longer


_WORD_ENDS: list = [None, {}]     # the lexicon the answers were read with, and the answers


def quantities(doc) -> list[Quantity]:
    """Every quantity in the document, in text order. Use `doc.shared(quantities)`."""
    return _quantities(doc.text, ((0, len(doc.text)),))


def _short_quotes(text: str, ranges) -> list[tuple[int, int]]:
    """The short quotes a figure in the ranges may stand in, as a scan of the whole text finds
    them (`_SHORT_QUOTE`: a scan from the start pairs the marks).

    A short quote is at most 14 characters long, so only one starting less than 14 characters
    before a figure can hold it. Each run of ranges is scanned from a place no quote of the
    whole text's scan runs over (13 characters before the range when the 13 before that hold no
    opening mark, else a line break, which no quote holds, or the start): from there the scan
    finds what the whole text's finds. It ends 14 characters after the range (a quote starting
    in it ends there); what it finds past that (a quote cut short) lies after every figure of
    its ranges and ends before the next scan begins, so it holds none. Not the text up to the
    last range: the chosen sentences of relations/cues.py are a tenth of the text, and the scan
    of the rest was ~10% of reading their quantities."""
    windows: list[list[int]] = []
    for start, end in ranges:
        begin = max(0, start - 13)
        if begin and _QUOTE_OPENING.search(text, max(0, begin - 13), begin):
            begin = max(0, text.rfind("\n", 0, begin + 1))
        if windows and begin < windows[-1][1]:
            windows[-1][1] = end + 14
        else:
            windows.append([begin, end + 14])
    return [m.span() for begin, end in windows for m in _SHORT_QUOTE.finditer(text, begin, end)]


_QUOTE_OPENING = re.compile("[“「‘\"]")     # what each alternative of _SHORT_QUOTE opens with


def _quantities(text: str, ranges) -> list[Quantity]:
    """The quantities inside ranges ((start, end), in text order, each a run of whole sentences)."""
    quoted = _short_quotes(text, ranges)
    quoted_starts = [s for s, _ in quoted]
    table = units()
    found: list[Quantity] = []
    one = Decimal(1)
    for match in _matches(text, ranges):
        start = match.start()
        if quoted:
            i = bisect.bisect_right(quoted_starts, start) - 1
            if i >= 0 and quoted[i][0] < start < quoted[i][1]:
                continue            # “1+17”, “六个精准”: a name, not a quantity
        # One call for the groups every figure needs (each match["…"] is a call of its own).
        unit_group, m1, m2, pct, a, tail, sep, post, sp, msp = match.group(
            "unit", "m1", "m2", "pct", "a", "tail", "sep", "post", "sp", "msp")
        if (sp or msp) and (text[start - 1:start] not in _SPACED_BEFORE or text[start - 2:start - 1] in "第#№"):
            continue            # a space before the unit only in copy that spaces figures off
        if unit_group in _NOT_A_UNIT_BEFORE and rx_not_unit(unit_group).match(text, match.end("unit")):
            unit_group = None   # 2024臺南, 3對3: the word begins a place's name or a match-up
        unit_text = unit_group
        truncated = None
        more = bool(m1 or m2)
        if pct:
            pa = match["pa"]
            read: tuple[Number, Decimal] | None = (
                _read_chinese(pa) or ((arabic, one) if (arabic := parse_arabic(pa)) else None))
            if read is None:
                continue
            unit_text = "%"
        elif a is not None:
            read_tail = _read_arabic(match)
            if read_tail is None:
                continue
            if tail and not read_tail[2]:
                # 5万3个: the tail is a number of its own; read only the first figure.
                unit_text, more = None, bool(m1)
                truncated = match.end("mult")
            read = read_tail[:2]
        else:
            if m1:
                continue
            read = _read_chinese(match["c"])
            if read is None:
                continue
        number, mult = read
        end = match.end()
        qualifier, qual_start = _qualifier_before(text, start)
        qual_word = text[qual_start:start]
        qual_start = _spaced_off(text, start, qual_start)
        if post:
            qualifier = qualifier or _QUALIFIERS_AFTER[post]
        lead_match = _HAN_BEFORE.search(text, max(0, qual_start - 12), qual_start)
        lead = lead_match.group() if lead_match else ""
        # where the noun starts: right after the unit (or the figure when there is none)
        after = truncated or (match.end("unit") if unit_group else _figure_end(match))
        noun_match = _HAN.match(text, after, after + 8)
        noun = noun_match.group() if noun_match else ""
        if unit_text is None:
            if mult == 1 or (sep and not truncated):
                continue            # a bare number: a code, a phone number, a page
            # (or after a short modifier: 480万常住人口, 12万农村居民)
            unit = PEOPLE if noun.endswith(PEOPLE_NOUNS) or noun.startswith(PEOPLE_NOUNS) or any(
                noun.startswith(PEOPLE_NOUNS, k) for k in (1, 2)) else BARE
            end = truncated or _figure_end(match)
        else:
            unit = table[unit_text]
            if unit_text in ("个", "個") and not sep and text[end:end + 1] in _HALF_OR_MORE_FIRST:
                span = _HALF_OR_MORE.match(text, end)
                if span:    # 2个多小时, 1个半小时, 一个半月: a time, not a count of 个
                    unit = table["个小时" if span.group(2) != "月" else "个月"]
                    end = span.end()
                    post_word = text[end:end + 2]
                    if post_word in _QUALIFIERS_AFTER:     # 2个半小时左右
                        qualifier = qualifier or _QUALIFIERS_AFTER[post_word]
                        end += 2
                    noun_match = _HAN.match(text, end, end + 8)
                    noun = noun_match.group() if noun_match else ""
                    if span.group(1) == "半":
                        number = Number(number.value + Decimal("0.5"), min(number.precision, Decimal("0.5")),
                                        number.chinese)
                    else:
                        more = True
        family = unit.family
        if sep and not truncated:
            b, bmult_text = match.group("b", "bmult")
            second = parse_arabic(b)
            if second is None:
                continue
            bmult = MULTIPLIERS[bmult_text] if bmult_text else one
            first_mult = mult if match["mult"] or tail else bmult
            if sep in "-－" and first_mult == 1 and bmult == 1 and (len(a or "") > 4 or len(b) > 4):
                continue            # 0371-1234567: a number with a dash, not a range (a is None
                                    # for a figure led by 百分之 or Chinese numerals)
            low = number.value * first_mult - (ZERO if number.exact else number.precision * first_mult / 2)
            high = second.value * bmult + (ZERO if second.exact else second.precision * bmult / 2)
            if low > high:
                continue
            value = (number.value * first_mult + second.value * bmult) / 2
            qualifier = "range"
            mult = bmult
            low_open, high_open = False, not second.exact
        else:
            # A percentage is a ratio, always rounded: 40% stands for [39.5%, 40.5%].
            rounded = family in ("percent", "points")
            value, low, high, low_open, high_open = _interval(number, mult, qualifier, more, rounded)
            if more and not qualifier:
                qualifier = "more"
        factor = unit.factor
        if factor != 1:
            value, low, high = value * factor, low * factor, high * factor
        q = Quantity(
            start, end, text[start:end], value, low, high, unit, mult, qualifier,
            number.exact and not qualifier and family not in ("percent", "points"), lead, noun,
            qual_start, low_open, high_open, qual_word)
        if family.startswith("time-"):
            if found and found[-1].end == start and not qualifier and _compound(found[-1], q):
                q = _joined(text, found.pop(), q)       # 3小时20分钟, 2天12小时: one duration
            elif not qual_word:
                q = _larger_before(text, q) or q        # 6分30秒, 1年6个月
            minutes = _MINUTES.match(text, q.end) if q.unit.factor == 3600 else None
            if minutes:                                 # 3小时20分: 分 after hours is minutes
                m_number = parse_arabic(minutes.group(1))
                if m_number is not None and m_number.exact:
                    m_value = m_number.value * 60
                    m_end = minutes.end()
                    q = _joined(text, q, Quantity(m_end - len(minutes.group()), m_end, minutes.group(),
                                                  m_value, m_value, m_value, table["分钟"], one, "", True,
                                                  "", "", m_end - len(minutes.group())))
        found.append(q)
    if not _LIST_MARKS.isdisjoint({text[q.start - 1:q.start] for q in found}):
        found = _with_listed_figures(text, found)
    return found


# Figures listed with 、 before the one that carries their unit (分別提供 1,206、1,985、877 個職缺;
# 分别完成造林120、85、60亩): each counts what the last counts. Arabic figures only, and not a time
# or an age (1、2月, 5、6岁), an ordinal (第1、2名) or a digit before its neighbour, which say "3 or 4"
# (3、4个; 5、6,000人 is five or six thousand); a qualifier or a range on the last figure is its own.
_LIST_MARKS = frozenset(("、", "和", "及"))
_LISTED_BEFORE = re.compile(r"(?<![0-9０-９,.．、第])((?:%s(?:、|和|及))+)$" % _AR)
_LISTED_FIGURE = re.compile(_AR)


def _with_listed_figures(text: str, found: list[Quantity]) -> list[Quantity]:
    added: list[Quantity] = []
    previous_end = 0
    for q in found:
        start = q.start
        if text[start - 1:start] not in ("、", "和", "及") or q.qual_word or q.qualifier == "range" or not q.text[:1].isdigit() \
                or q.family.startswith("time-") or q.family in ("age", "bare"):
            previous_end = q.end
            continue
        m = _LISTED_BEFORE.search(text, max(previous_end, start - 60), start)
        previous_end = q.end
        if not m:
            continue
        listed = [(f.start(), f.group()) for f in _LISTED_FIGURE.finditer(text, m.start(1), m.end(1))]
        parsed = [parse_arabic(figure) for _, figure in listed]
        numbers = [n for n in parsed if n is not None]
        if len(numbers) != len(parsed):
            continue
        # (the last figure as written: its value in its own multiplier and unit)
        values = [n.value for n in numbers] + [q.value / (q.multiplier * q.unit.factor)]
        if any(a < 10 and a == a.to_integral() and str(b).lstrip("0.")[:1] == str(int(a) + 1)
               for a, b in itertools.pairwise(values)):
            continue        # 3、4个, 5、6,000人: "three or four", "five or six thousand"
        for (figure_start, figure), number in zip(listed, numbers):
            value, low, high, low_open, high_open = _interval(number, q.multiplier, "", False,
                                                              q.family in ("percent", "points"))
            factor = q.unit.factor
            lead_match = _HAN_BEFORE.search(text, max(0, figure_start - 12), figure_start)
            added.append(Quantity(
                figure_start, figure_start + len(figure), figure, value * factor, low * factor, high * factor,
                q.unit, q.multiplier, "", number.exact and q.family not in ("percent", "points"),
                lead_match.group() if lead_match else "", q.noun, figure_start, low_open, high_open, ""))
    return sorted(found + added, key=lambda q: q.start) if added else found


# 个 + 多/余/半 + an hour or a month word: 2个多小时 (more than 2 hours), 1个半小时 (1.5 hours)
_HALF_OR_MORE = re.compile(r"([多余餘半])(小时|小時|钟头|鐘頭|月)")
_HALF_OR_MORE_FIRST = frozenset("多余餘半")


# minutes written 分 after a figure of hours (3小时20分); 分之 is a fraction, 分钟 a unit of its own
_MINUTES = re.compile(r"([0-9]{1,2})分(?![钟鐘之])")


# The families of time whose units have a fixed size on one scale, with that size in the scale's
# base: a week is 7 days, a day 86400 seconds, so 2天12小时 is one length in seconds and 3天 can be
# compared with 36小时. A month has no fixed number of days: months make a scale of their own, with
# years (1年6个月 is 18 months; 年 is no unit of the table, being most often a year of the calendar).
_TIME_SCALE = {"time-second": ("clock", Decimal(1)), "time-day": ("clock", Decimal(86400)),
               "time-week": ("clock", Decimal(604800)), "time-month": ("calendar", Decimal(1))}
_YEARS = Unit("年", "time-month", Decimal(12))


def time_in(q: Quantity, family: str) -> Quantity | None:
    """A length of time in another family of its scale (3天 in time-second: 259200, still written
    in 天), or None when the two have no fixed ratio (months and days)."""
    have, want = _TIME_SCALE.get(q.family), _TIME_SCALE.get(family)
    if have is None or want is None or have[0] != want[0]:
        return None
    ratio = have[1] / want[1]
    return q._replace(value=q.value * ratio, low=q.low * ratio, high=q.high * ratio,
                      unit=Unit(q.unit.name, family, q.unit.factor * ratio))


def _compound(larger: Quantity, smaller: Quantity) -> bool:
    """3小时 then 20分钟, written together: one duration in two units, the larger first, the
    smaller part less than one of the larger unit (7天24小时 is round the clock, every day, not
    a length of 8 days)."""
    if larger.qualifier not in ("", "approx", "near") or not smaller.exact:
        return False
    big = time_in(larger._replace(value=larger.unit.factor), smaller.family)
    return big is not None and big.value > smaller.unit.factor and smaller.value < big.value


def _joined(text: str, larger: Quantity, smaller: Quantity) -> Quantity:
    """One quantity of two written together (3小时20分钟 = 12000 seconds), in the smaller unit;
    the larger part's qualifier (约3小时20分钟) covers the whole."""
    larger = time_in(larger, smaller.family) or larger
    return larger._replace(end=smaller.end, text=text[larger.start:smaller.end],
                           value=larger.value + smaller.value, low=larger.low + smaller.low,
                           high=larger.high + smaller.high, unit=smaller.unit, multiplier=smaller.multiplier,
                           exact=larger.exact and smaller.exact, noun=smaller.noun,
                           high_open=larger.high_open or smaller.high_open)


# The larger part of a duration in a word the unit table lacks, right before the smaller: 6分30秒
# (分 alone is as often a score), 1年6个月 (年 alone a year of the calendar), 1年零3个月. Not a
# clock time (8时30分20秒, 10:20分30秒), a moment of a match (第3分30秒), a longer number (2023年6个月
# is no length of 2023 years) or a decimal (9.5分).
_LARGER_BEFORE = re.compile(r"(?<![0-9０-９.．:：第百千万萬〇零一二两兩三四五六七八九十])"
                            r"(?<![0-9０-９〇零一二两兩三四五六七八九十][时時点點])"
                            r"([0-9０-９]{1,2}|[一二两兩三四五六七八九十]{1,3})([分年])零?$")


def _larger_before(text: str, q: Quantity) -> Quantity | None:
    """q and the larger part of its duration written before it, as one quantity (6分30秒 = 390
    seconds), or None when none stands there."""
    m = _LARGER_BEFORE.search(text, max(0, q.start - 6), q.start)
    if m is None:
        return None
    word = m.group(2)
    if (word == "分") != (q.family == "time-second" and q.unit.factor == 1) or \
            (word == "年") != (q.family == "time-month"):
        return None     # minutes before seconds, years before months only
    digits = m.group(1)
    number = parse_arabic(digits) if digits[0] in "0123456789０１２３４５６７８９" else parse_chinese(digits)
    if number is None or not number.exact:
        return None
    unit = units()["分钟"] if word == "分" else _YEARS
    start = m.start()
    qualifier, qual_start = _qualifier_before(text, start)
    value, low, high, low_open, high_open = _interval(number, Decimal(1), qualifier, False, False)
    lead_match = _HAN_BEFORE.search(text, max(0, qual_start - 12), qual_start)
    larger = Quantity(start, m.end(), m.group(), value * unit.factor, low * unit.factor, high * unit.factor,
                      unit, Decimal(1), qualifier, not qualifier, lead_match.group() if lead_match else "",
                      "", qual_start, low_open, high_open, text[qual_start:start])
    return _joined(text, larger, q) if _compound(larger, q) else None


# Measure words that begin another word after a figure: 台/臺 the names of Taiwan's places (2024臺南
# 市, 3台灣企業), 对/對 a match-up (3對3籃球賽, 1对1帮扶). There the figure carries no unit.
_NOT_A_UNIT_BEFORE = {"台": "[南北中東东灣湾]", "臺": "[南北中東东灣湾]", "对": "[0-9０-９一]", "對": "[0-9０-９一]",
                      # 五人制足球, 11人制: the size of a side, the name of a game, not people
                      # (not 人制定, 人制作: people who draft or make)
                      "人": "制(?![定作造订訂止服])"}


@functools.cache
def rx_not_unit(unit: str) -> re.Pattern:
    return re.compile(_NOT_A_UNIT_BEFORE[unit])


def _figure_end(match) -> int:
    for group in ("m2", "bmult", "b", "tail", "mult", "m1", "kilo", "a", "pa", "c"):
        if match[group]:
            return match.end(group)
    return match.end()


class SentenceQuantities(NamedTuple):
    start: int
    end: int
    text: str
    quantities: list[Quantity]


def sentence_quantities(doc) -> list[SentenceQuantities]:
    """The sentences that hold at least one quantity, each with its quantities, in text order.

    Use `doc.shared(sentence_quantities)`; it reuses `doc.shared(quantities)` and the shared
    sentence split.
    """
    found = doc.shared(quantities)
    if not found:
        return []
    return _group(doc, doc.shared(sentences), found)


def quantities_in_sentences(doc, indices) -> list[SentenceQuantities]:
    """`sentence_quantities` for some sentences only: those at `indices` (ascending) of the shared
    sentence split, with the same quantities `sentence_quantities` gives them.

    A check that can only use figures in sentences with some word reads just those: matching
    the figures of every sentence is the larger part of the work, and most sentences hold none
    of the words.
    """
    spans = doc.shared(sentences)
    s_starts, s_ends = spans.starts, spans.ends     # (Spans: no Span made per look)
    ranges: list[list[int]] = []
    previous = -2
    for i in indices:
        if i == previous + 1:
            ranges[-1][1] = s_ends[i]    # a run of sentences is matched in one pass
        else:
            ranges.append([s_starts[i], s_ends[i]])
        previous = i
    if not ranges:
        return []
    found = _quantities(doc.text, ranges)
    return _group(doc, spans, found) if found else []


def _group(doc, spans, found: list[Quantity]) -> list[SentenceQuantities]:
    starts, ends = spans.starts, spans.ends
    groups: dict[int, list[Quantity]] = {}
    bisect_right = bisect.bisect_right
    for q in found:
        i = bisect_right(starts, q.start) - 1
        if i >= 0 and q.end <= ends[i]:
            group = groups.get(i)
            if group is None:
                groups[i] = [q]
            else:
                group.append(q)
    text = doc.text
    result = []
    for i, qs in groups.items():    # quantities are in text order, so their sentences are too
        start, end = starts[i], ends[i]
        result.append(SentenceQuantities(start, end, text[start:end], qs))
    return result
