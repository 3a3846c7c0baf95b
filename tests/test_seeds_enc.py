"""SEEDS.md items of the ENC family, both directions, on the samples as collected."""
from __future__ import annotations

import pathlib

import pytest

from checker.diagnostic import Severity
from checker.registry import load_rules
from checker.source import read_document

from helpers import run_rules

SAMPLES = pathlib.Path(__file__).resolve().parent.parent / "samples"
ENC = [r for r in load_rules() if r.family == "ENC"]


def enc(name):
    doc = read_document(str(SAMPLES / name))
    doc.settings = {"script": "auto"}
    return doc, run_rules(doc, ENC)


def test_000_inline_pinyin_97_times_at_the_han_character():
    doc, found = enc("000_7fe318e09c4d210f.txt")
    pinyin = [d for d in found if d.rule_id == "ENC003"]
    assert len(pinyin) == 97
    assert doc.position(pinyin[0].start) == (1, 3)
    assert doc.text[pinyin[0].start:pinyin[0].end] == "區(qū)"
    # every finding starts at the annotated Han character, never at the parenthesis
    assert all("\u4e00" <= doc.text[d.start] <= "\u9fff" for d in pinyin)


def test_000_is_wholly_traditional_and_that_is_not_an_error():
    _, found = enc("000_7fe318e09c4d210f.txt")
    others = [d for d in found if d.rule_id != "ENC003" and d.severity >= Severity.WARNING]
    assert others == [], [d.message for d in others]
    assert not [d for d in found if d.rule_id == "ENC008"]


def test_000_real_parentheses_stay_quiet():
    doc, found = enc("000_7fe318e09c4d210f.txt")
    start = doc.text.index("(由300元提高到600元)")
    assert not [d for d in found if d.start <= start < d.end]


@pytest.mark.parametrize("name", ["001_22c0313364257ba8.txt", "002_9d1b6ba714ec4954.txt",
                                  "003_361fc7932887df5c.txt", "004_56ad93e6c089e13d.txt"])
def test_clean_seeds_raise_no_enc_warning_or_error(name):
    _, found = enc(name)
    loud = [d for d in found if d.severity >= Severity.WARNING]
    assert loud == [], [d.message for d in loud]
