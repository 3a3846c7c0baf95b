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

from checker.config import Config
from checker.report import RunReport
from checker.report.json_format import as_dict, dumps
from checker.runner import Options, read_and_check


def snapshot(sample: pathlib.Path) -> dict:
    """The JSON report of one sample, read and checked the way the CLI does (runner.read_and_check),
    with the default configuration and the path relative to the repository."""
    relative = sample.relative_to(ROOT).as_posix()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        result = read_and_check(relative, Config(), Options())
    finally:
        os.chdir(cwd)
    # A rule that crashes on a sample loses its findings silently; never freeze that.
    assert not result.crashes, [(c.rule_id, c.error) for c in result.crashes]
    assert result.report is not None, result.problems
    return as_dict(RunReport([result.report], "SNAPSHOT"))


def main() -> None:
    expected = ROOT / "samples" / "expected"
    expected.mkdir(exist_ok=True)
    for sample in sorted((ROOT / "samples").glob("*.txt")):
        target = expected / (sample.stem + ".json")
        target.write_text(dumps(snapshot(sample)), "utf-8")   # as `--format json` writes it
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
