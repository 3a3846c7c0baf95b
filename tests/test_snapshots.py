"""The sample articles' reports must not drift. After a deliberate change, review the new output
and run `python tools/update_snapshots.py`."""
from __future__ import annotations

import json
import pathlib
import sys

import pytest

from conftest import ROOT, SAMPLES

sys.path.insert(0, str(ROOT / "tools"))
from update_snapshots import snapshot  # noqa: E402

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=[p.stem[:3] for p in SAMPLE_FILES])
def test_sample_report_matches_snapshot(sample: pathlib.Path):
    expected_path = SAMPLES / "expected" / (sample.stem + ".json")
    assert expected_path.exists(), "no snapshot: run python tools/update_snapshots.py"
    expected = json.loads(expected_path.read_text("utf-8"))
    actual = snapshot(sample)
    assert actual["summary"] == expected["summary"]
    assert actual == expected, "report drifted from samples/expected; review and run tools/update_snapshots.py"


def test_samples_are_the_seeds_unchanged():
    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is absent")
    for seed in seeds.glob("*.txt"):
        assert (SAMPLES / seed.name).read_bytes() == seed.read_bytes()
