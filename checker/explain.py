"""A rule's documentation as text, built from its entry (used by `jiaodui explain` and the README)."""
from __future__ import annotations

from .registry import DOC_SECTIONS, Rule


def _example_text(example) -> str:
    if example.bytes:
        return f"(bytes) {example.bytes}"
    return example.text


def explain(rule: Rule) -> str:
    lines = [f"{rule.id} {rule.name} ({rule.severity})", "",
             f"消息 / message: {rule.message_zh}", f"                 {rule.message_en}", ""]
    for key in ("what", "why"):
        lines += [f"## {DOC_SECTIONS[key]}", rule.doc[key].strip(), ""]
    lines.append("## Bad")
    for example in rule.bad:
        lines.append(f"  ✗ {_example_text(example)}")
        if example.fixed is not None:
            lines.append(f"  → {example.fixed}")
    lines += ["", "## Good"]
    lines += [f"  ✓ {text}" for text in rule.good]
    lines += ["", f"## {DOC_SECTIONS['fix-safety']}", rule.doc["fix-safety"].strip()]
    return "\n".join(lines)
