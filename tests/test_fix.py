"""The fixer: whole fixes, no overlaps, repeat until settled, loud when it cannot settle."""
import pytest

from checker.diagnostic import Applicability, Diagnostic, Edit, Fix, Severity
from checker.fix import FixDidNotSettle, apply_edits, fix_until_settled


def diag(start, end, replacement, rule="X001", applicability=Applicability.SAFE):
    return Diagnostic(rule, "x", Severity.WARNING, "m", start, end,
                      Fix((Edit(start, end, replacement),), applicability))


def test_non_overlapping_edits_apply_from_the_end():
    text, count = apply_edits("abcdef", [diag(0, 1, "A"), diag(4, 6, "")])
    assert (text, count) == ("Abcd", 2)


def test_overlapping_edit_waits_for_the_next_round():
    text, count = apply_edits("abcdef", [diag(0, 3, "X"), diag(2, 4, "Y")])
    assert (text, count) == ("Xdef", 1)


def test_touching_edits_are_compatible():
    text, count = apply_edits("abcd", [diag(0, 2, "X"), diag(2, 4, "Y")])
    assert (text, count) == ("XY", 2)


def test_unsafe_fixes_need_opt_in():
    def run(text):
        return [diag(0, 1, "", applicability=Applicability.UNSAFE)] if text.startswith("a") else []
    assert fix_until_settled("abc", run, unsafe=False)[0] == "abc"
    assert fix_until_settled("abc", run, unsafe=True)[0] == "bc"


def test_flip_flopping_fixes_raise():
    def run(text):
        return [diag(0, 1, "b" if text[0] == "a" else "a")]
    with pytest.raises(FixDidNotSettle):
        fix_until_settled("a", run, unsafe=False)


def test_insertions():
    text, count = apply_edits("abcd", [diag(2, 2, "X"), diag(2, 2, "Y"), diag(1, 3, "Z")])
    assert count == 1  # the second insertion at 2 and the range around 2 wait
    text, count = apply_edits("abcd", [diag(2, 2, "X"), diag(0, 2, "Z")])
    assert (text, count) == ("ZXcd", 2)  # touching is compatible
