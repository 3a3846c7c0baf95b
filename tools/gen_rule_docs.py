"""Regenerate the rule list in README.md from rules/*.toml (never written twice).

    python tools/gen_rule_docs.py          # rewrite README.md between the markers
    python tools/gen_rule_docs.py --check  # exit 1 if README.md is out of date (used by the tests)
"""
from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.registry import FAMILIES, load_rules  # noqa: E402

BEGIN, END = "<!-- rules:begin -->", "<!-- rules:end -->"


def table() -> str:
    lines = ["| id | name | severity | what it checks |", "|---|---|---|---|"]
    for rule in load_rules():
        summary = rule.summary.replace("|", "\\|")
        lines.append(f"| `{rule.id}` | `{rule.name}` | {rule.severity} | {summary} |")
    present = {rule.family for rule in load_rules()}   # a family with no rules is not listed
    families = ", ".join(f"`{prefix}` {label}" for prefix, label in FAMILIES.items() if prefix in present)
    return "\n".join([f"Families: {families}.", "", *lines])


def render(readme: str) -> str:
    head, rest = readme.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{table()}\n{END}{tail}"


def main() -> int:
    path = ROOT / "README.md"
    current = path.read_text("utf-8")
    updated = render(current)
    if "--check" in sys.argv:
        return 0 if updated == current else 1
    path.write_text(updated, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
