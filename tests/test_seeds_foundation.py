"""SEEDS.md items for the foundation rules: 000_* is flagged fully, quiet items stay quiet."""
from __future__ import annotations

import re

from checker.config import Config
from checker.runner import Options, check_one
from checker.source import read_document

from conftest import SAMPLES
from helpers import fixed, rule

SAMPLE_000 = SAMPLES / "000_7fe318e09c4d210f.txt"


def report(path, select):
    doc = read_document(str(path))
    return doc, check_one(doc, Config(), Options(select=select)).report.diagnostics


def test_000_every_pinyin_annotation_at_its_han_character():
    doc, found = report(SAMPLE_000, ["ENC003"])
    expected = [m.start() - 1 for m in re.finditer(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", doc.text)]
    assert len(found) == len(expected) == 97
    assert [d.start for d in found] == expected
    assert doc.position(found[0].start) == (1, 3)
    assert all(d.fix and d.fix.applicability.value == "safe" for d in found)


def test_000_every_stacked_mark():
    doc, found = report(SAMPLE_000, ["PUNC001"])
    expected = [m.start() for m in re.finditer(r"[,，、;；:：]+[,，、;；:：。！？!?]", doc.text)]
    assert [d.start for d in found] == expected and len(found) == 92
    assert doc.position(found[0].start) == (1, 17)
    positions = {doc.position(d.start) for d in found}
    assert {(2, 98), (3, 44), (6, 72)} <= positions  # 夢想,。 (2:96 is 夢), ,、 and ,; of SEEDS.md


def test_000_quiet_items():
    doc, found = report(SAMPLE_000, ["ENC", "PUNC"])
    start = doc.text.index("(由300元提高到600元)")
    assert not [d for d in found if d.start < start + 14 and start < d.end]


def test_000_fix_changes_only_the_damage():
    text = SAMPLE_000.read_text("utf-8")
    result = fixed(text, [rule("ENC003"), rule("PUNC001")])
    assert "(qū)" not in result and ",," not in result
    # Removing exactly the annotations and the extra marks gives the fixed text: nothing else moved.
    expected = re.sub(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", text)
    expected = re.sub(r"[,，、;；:：]+([,，、;；:：。！？!?])", r"\1", expected)
    assert result == expected


def test_other_samples_have_no_foundation_false_alarms():
    for sample in sorted(SAMPLES.glob("00[1-4]_*.txt")):
        _, found = report(sample, ["ENC001", "ENC002", "ENC003", "PUNC001"])
        assert not found, (sample.name, [(d.rule_id, d.message) for d in found])
