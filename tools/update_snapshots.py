"""Rewrite samples/expected/*.json, the snapshot reports of the sample articles.

Run deliberately, after reviewing that the new findings are right:
    python tools/update_snapshots.py
tests/test_snapshots.py fails whenever the checker's output on a sample drifts from its snapshot.
"""
from __future__ import annotations

import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.config import Config  # noqa: E402
from checker.report import RunReport  # noqa: E402
from checker.report.json_format import as_dict, dumps  # noqa: E402
from checker.runner import Options, check_one  # noqa: E402
from checker.source import read_document  # noqa: E402


def snapshot(sample: pathlib.Path) -> dict:
    relative = sample.relative_to(ROOT).as_posix()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        doc = read_document(relative)
    finally:
        os.chdir(cwd)
    doc.path = relative
    outcome = check_one(doc, Config(), Options())
    # A rule that crashes on a sample loses its findings silently; never freeze that.
    assert not outcome.crashes, [(c.rule_id, c.error) for c in outcome.crashes]
    report = as_dict(RunReport([outcome.report], "SNAPSHOT"))
    return report


def main() -> None:
    expected = ROOT / "samples" / "expected"
    expected.mkdir(exist_ok=True)
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        target = expected / (sample.stem + ".json")
        target.write_text(dumps(snapshot(sample)), "utf-8")   # as `--format json` writes it
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
