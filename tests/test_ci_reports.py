"""The CI report formats: SARIF validates against the official 2.1.0 schema, JUnit parses with a
real JUnit reader, GitLab Code Quality fingerprints are stable and unique per finding."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import exit_codes
from checker.cli import main
from checker.report import FORMATS

from conftest import ROOT, SAMPLES

SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
# An astral character (two UTF-16 units, four UTF-8 bytes) before a finding: columns count code
# points; a control character (not allowed in XML) inside a finding's message.
ASTRAL = "𠀋大通區(qū)堅持精準施策,,補短板。\n"
CONTROL = "今天\x07天气很好，，我们出发。\n"


def report(fmt: str, tmp_path: Path, *paths: str | Path, extra: tuple[str, ...] = ()) -> str:
    out = tmp_path / f"report.{fmt}"
    code = main(["--format", fmt, "--no-cache", "-o", str(out), *extra, *map(str, paths)])
    assert code in (exit_codes.OK, exit_codes.FINDINGS)
    return out.read_text("utf-8")


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "astral.txt").write_text(ASTRAL, "utf-8")
    (folder / "control.txt").write_text(CONTROL, "utf-8")
    (folder / "clean.txt").write_text("今天天气很好。\n", "utf-8")
    (folder / "twice.txt").write_text("他说,,好。\n他说,,好。\n", "utf-8")
    return folder


def test_formats_come_from_the_report_modules():
    modules = {p.name.removesuffix("_format.py") for p in (ROOT / "checker" / "report").glob("*_format.py")}
    assert set(FORMATS) == modules and FORMATS[0] == "text"
    assert {"sarif", "junit", "gitlab"} <= modules


def test_sarif_validates_against_the_2_1_0_schema(tmp_path, articles):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text("utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    sarif = json.loads(report("sarif", tmp_path, articles, *sorted(SAMPLES.glob("*.txt"))))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(sarif)
    [run] = sarif["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) > 100
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    enc003 = next(r for r in rules if r["id"] == "ENC003")
    assert enc003["name"] == "inline-pinyin" and "Fix safety" in enc003["help"]["text"]
    [pinyin] = [r for r in results if r["ruleId"] == "ENC003" and r["locations"][0]["physicalLocation"]
                ["artifactLocation"]["uri"].endswith("astral.txt")]
    region = pinyin["locations"][0]["physicalLocation"]["region"]
    # 𠀋 is one code point: 區 is column 4, the span (qū) runs to column 9 (just past it).
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (1, 4, 9)
    assert region["snippet"]["text"] == "區(qū)"
    [fix] = pinyin["fixes"]
    [replacement] = fix["artifactChanges"][0]["replacements"]
    assert replacement["deletedRegion"]["startColumn"] == 5 and replacement["insertedContent"]["text"] == ""
    assert {"error", "warning"} <= {r["level"] for r in results}


def test_junit_parses_with_a_junit_reader(tmp_path, articles):
    junitparser = pytest.importorskip("junitparser")
    xml = report("junit", tmp_path, articles)
    path = tmp_path / "junit.xml"
    path.write_text(xml, "utf-8")
    suites = junitparser.JUnitXml.fromfile(str(path))
    cases = {case.name: case for suite in suites for case in suite}
    assert set(cases) == {str(articles / name) for name in ("astral.txt", "clean.txt", "control.txt", "twice.txt")}
    assert cases[str(articles / "clean.txt")].is_passed
    twice = cases[str(articles / "twice.txt")]
    [failure] = twice.result
    assert isinstance(failure, junitparser.Failure)
    assert failure.text.count("PUNC001") == 2 and ":2:3: PUNC001 warning" in failure.text
    control = cases[str(articles / "control.txt")]
    assert not control.is_passed and "U+0007" in xml


def test_gitlab_fingerprints_are_unique_and_survive_an_edit_above(tmp_path, articles):
    issues = json.loads(report("gitlab", tmp_path, articles))
    for issue in issues:
        assert {"description", "check_name", "severity", "fingerprint", "location"} <= set(issue)
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["lines"]["begin"] >= 1
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)
    twice = [i for i in issues if i["location"]["path"].endswith("twice.txt")]
    assert [i["location"]["lines"]["begin"] for i in twice] == [1, 2]    # identical findings, two prints
    (articles / "twice.txt").write_text("新加一段，没有问题。\n\n他说,,好。\n他说,,好。\n", "utf-8")
    moved = [i for i in json.loads(report("gitlab", tmp_path, articles)) if i["location"]["path"].endswith("twice.txt")]
    assert [i["location"]["lines"]["begin"] for i in moved] == [3, 4]
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in twice]
