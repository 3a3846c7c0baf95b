"""Exact interval arithmetic for the NUM relations, in Decimal.

A stated figure stands for an interval of true values (`analysis.quantities`): an exact count is
the point [5981, 5981], a rounded figure is half-open ([3.15亿, 3.25亿) for 3.2亿), a qualified
one is wider (rules/data/num_widths.tsv). A relation holds when *some* choice of true values
inside the stated intervals satisfies it, so each relation computes the interval of what its
operands allow and asks whether it meets the interval of the figure stated for it.
"""
from __future__ import annotations

from decimal import Decimal

from ...typenames import TYPE_CHECKING, NamedTuple
from ..quantities import INF, Quantity, format_value

if TYPE_CHECKING:
    from collections.abc import Iterable

ZERO = Decimal(0)
HUNDRED = Decimal(100)


class Interval(NamedTuple):
    low: Decimal
    high: Decimal
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def of(cls, q: Quantity) -> Interval:
        return cls(q.low, q.high, q.low_open, q.high_open)

    @classmethod
    def point(cls, value: Decimal) -> Interval:
        return cls(value, value)

    @property
    def exact(self) -> bool:
        return self.low == self.high

    def __add__(self, other: object) -> Interval:
        if not isinstance(other, Interval):
            return NotImplemented
        return Interval(self.low + other.low, self.high + other.high,
                        self.low_open or other.low_open, self.high_open or other.high_open)

    def minus(self, other: Interval) -> Interval:
        """Every x − y with x in self and y in other."""
        return Interval(self.low - other.high, self.high - other.low,
                        self.low_open or other.high_open, self.high_open or other.low_open)

    def negated(self) -> Interval:
        return Interval(-self.high, -self.low, self.high_open, self.low_open)

    def times(self, other: Interval) -> Interval:
        """Every x × y, for intervals of non-negative values (counts, amounts, shares)."""
        high = INF if INF in (self.high, other.high) else self.high * other.high
        return Interval(self.low * other.low, high,
                        self.low_open or other.low_open, self.high_open or other.high_open)

    def scaled(self, factor: Decimal) -> Interval:
        return Interval(self.low * factor, self.high if self.high == INF else self.high * factor,
                        self.low_open, self.high_open)

    def over(self, other: Interval) -> Interval:
        """Every x ÷ y, for non-negative x and positive y (a share of a whole, a rate)."""
        low = ZERO if other.high == INF else self.low / other.high
        high = INF if other.low <= 0 or self.high == INF else self.high / other.low
        return Interval(low, high, self.low_open or (other.high_open and other.high != INF),
                        self.high_open or other.low_open)

    def meets(self, other: Interval) -> bool:
        """True when some value lies in both intervals."""
        if self.low > other.low or (self.low == other.low and self.low_open):
            low, low_open = self.low, self.low_open
        else:
            low, low_open = other.low, other.low_open
        if self.high < other.high or (self.high == other.high and self.high_open):
            high, high_open = self.high, self.high_open
        else:
            high, high_open = other.high, other.high_open
        return low < high or (low == high and not low_open and not high_open)

    def above(self, other: Interval) -> bool:
        """Every value of self is larger than every value of other."""
        return not self.meets(other) and self.low >= other.high

    def below(self, other: Interval) -> bool:
        return not self.meets(other) and self.high <= other.low

    def show(self, like: Quantity) -> str:
        """The interval in the text's own units: [9.35亿元, 9.65亿元)."""
        return self._show(lambda value: format_value(value, like))

    def show_percent(self) -> str:
        return self._show(lambda value: plain_percent(value) + "%")

    def _show(self, fmt) -> str:
        if self.exact:
            return fmt(self.low)
        high = "∞" if self.high == INF else fmt(self.high)
        return f"{'(' if self.low_open else '['}{fmt(self.low)}, {high}{')' if self.high_open or self.high == INF else ']'}"


def plain_percent(value: Decimal) -> str:
    """A percentage to at most three decimals, without trailing zeros: 70.7547… → 70.755."""
    if value in (INF, -INF):
        return "∞"
    text = format(value.quantize(Decimal("0.001")), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def as_average(q: Quantity) -> Interval:
    """An average stated as a whole number is a rounded figure even when it counts things (平均每月
    126件 of 1517件 over 12 months): half a unit of its last digit either side."""
    # (a figure with a multiplier keeps the interval the text's figures are read with: 户均5万元 is
    # 5万 as every 万 figure is, and 2.51万户 × 5万元 = 12.55亿元 is no 12.45亿元)
    if q.low != q.high or q.multiplier != 1:
        return Interval.of(q)
    exponent = q.value.normalize().as_tuple().exponent
    half = Decimal(5).scaleb(min(exponent, 0) if isinstance(exponent, int) else 0) / 10 * q.unit.factor
    return Interval(q.value - half, q.value + half, False, True)


def rounded_to_multiplier(q: Quantity) -> Interval:
    """A whole number of 万 or 億 in a ratio is a rounded figure: the percentage was worked out
    from the figures before they were rounded (503萬 ÷ 1,079萬 = 46.617%, the source's 46.63%)."""
    if q.low == q.high and q.multiplier > 1:
        half = q.multiplier * q.unit.factor / 2
        return Interval(q.value - half, q.value + half, False, True)
    return Interval.of(q)


def total(intervals) -> Interval:
    result = Interval.point(ZERO)
    for interval in intervals:
        result = result + interval
    return result


def basis(operands: Iterable[Quantity]) -> str:
    """What widened a computed range, as a message term (rules/numbers.toml): "qualifiers" when
    an operand is hedged (约, 近, 余, 超过 …), so the message does not blame rounding alone."""
    return "qualifiers" if any(q.qualifier for q in operands) else "rounding"
