"""A rule's documentation as text, built from its entry (used by `jiaodui explain`).

Every message variant is shown in the chosen language, and every placeholder in it is explained
beside it ("{arith}: the arithmetic, e.g. “12人 + 15人 = 27人”"); the example values come from
running the rule on its own bad examples.
"""
from __future__ import annotations

import string

from .contract import Variant
from .document import Document
from .registry import BadExample, Rule, placeholders
from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

_LABELS: dict[str, dict[str, Any]] = {
    "zh": {
        "severity": {"error": "错误", "warning": "警告", "info": "提示"},
        "messages": "消息",
        "placeholders": "消息中的占位符",
        "plain": "消息",
        "variant": "消息（{name}）",
        "fix-message": "修复说明",
        "verified-message": "核对无误时",
        "example": "示例",
        "e.g.": "，如“{value}”",
        "one-of": "（{words}）",
        "list": "、",
        "what": "检查什么",
        "why": "为什么重要",
        "fix-safety": "自动修复是否安全",
        "bad": "错误示例",
        "good": "正确示例",
        "bytes": "（字节）",
        "doc-note": "（说明以英文撰写）",
    },
    "en": {
        "severity": {"error": "error", "warning": "warning", "info": "info"},
        "messages": "Messages",
        "placeholders": "Placeholders in the messages",
        "plain": "Message",
        "variant": "Message ({name})",
        "fix-message": "Fix",
        "verified-message": "When verified",
        "example": "Example",
        "e.g.": ", e.g. “{value}”",
        "one-of": " (one of: {words})",
        "list": "; ",
        "what": "What it checks",
        "why": "Why it matters in news copy",
        "fix-safety": "Fix safety",
        "bad": "Bad",
        "good": "Good",
        "bytes": "(bytes) ",
        "doc-note": "",
    },
}
_SEP = {"zh": "：", "en": ": "}


def _example_text(example: BadExample, labels: dict[str, Any]) -> str:
    if example.bytes:
        return f"{labels['bytes']}{example.bytes}"
    return example.text


def _example_document(example: BadExample, settings: dict[str, Any] | None = None) -> Document | None:
    if example.bytes:
        try:
            from .source import document_from_bytes
            return document_from_bytes(bytes.fromhex(example.bytes.replace(" ", "")), "<example>")
        except (ImportError, ValueError, LookupError):  # it only costs the sample values
            return None
    return Document("<example>", example.text, settings=dict(settings or {}))


def example_values(rule: Rule) -> dict[str, dict[str, Any]]:
    """For each variant, the values of the first finding of that variant in the bad examples."""
    found: dict[str, dict[str, Any]] = {}
    for example in rule.bad:
        doc = _example_document(example, rule.example_settings)
        if doc is None:
            continue
        try:
            for finding in rule.check(doc, rule):
                if finding.variant not in found:
                    found[finding.variant] = {"match": doc.text[finding.start:finding.end], **finding.args}
        except Exception:  # noqa: BLE001, S112 - a crashing check costs explain its sample values, no more
            continue
    return found


def _short(value: Any, limit: int = 60) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _shown(template: str) -> str:
    """The template as an editor reads it: `{month:02d}` is shown as `{month}` (the legend
    explains each name; the example shows the format)."""
    pieces = []
    for literal, name, _, _ in string.Formatter().parse(template):
        pieces.append(literal)
        if name is not None:
            pieces.append("{" + name + "}")
    return "".join(pieces)


def _variant_lines(rule: Rule, variant: str, spec: Variant, values: dict[str, Any] | None,
                   lang: str, legend: dict[str, tuple[str, str]]) -> list[str]:
    """The variant's wordings and its example; the placeholders it uses are added to `legend`
    (name -> (meaning, example value))."""
    labels = _LABELS[lang]
    sep = _SEP[lang]
    title = labels["plain"] if not variant else labels["variant"].format(name=variant)
    template = rule.template("message", variant, lang)
    lines = [f"{title}{sep}{_shown(template)}"]
    used = placeholders(template)
    for kind, wanted in (("fix-message", spec.fix), ("verified-message", spec.verified)):
        template = rule.template(kind, variant, lang) if wanted else ""
        if template:
            lines.append(f"  {labels[kind]}{sep}{_shown(template)}")
            used += placeholders(template)
    if values is not None:
        try:
            lines.append(f"  {labels['example']}{sep}{rule.message(values, lang, variant)}")
        except (KeyError, ValueError, IndexError):
            pass
    shown = rule.localise(values, lang, variant) if values is not None else {}
    index = 1 if lang == "en" else 0
    for name in dict.fromkeys(used):
        placeholder = spec.placeholder(name)
        meaning = (placeholder.en if lang == "en" else placeholder.zh) if placeholder else "?"
        if placeholder is not None and placeholder.terms:
            words = labels["list"].join(rule.terms[key][index] for key in placeholder.terms)
            meaning += labels["one-of"].format(words=words)
        example = ""
        if name in shown and str(shown[name]).strip():
            example = labels["e.g."].format(value=_short(shown[name]))
        if name not in legend or (example and not legend[name][1]):
            legend[name] = (meaning, example)
    return lines


def explain(rule: Rule, lang: str = "zh") -> str:
    """The rule's documentation in `lang` ("zh" or "en"): its messages (every variant, with the
    placeholders explained), what it checks, why, its examples and whether its fix is safe."""
    lang = "en" if lang == "en" else "zh"
    labels = _LABELS[lang]
    severity = labels["severity"][str(rule.severity)]
    lines = [f"{rule.id} {rule.name} ({severity})" if lang == "en" else f"{rule.id} {rule.name}（{severity}）",
             "", f"## {labels['messages']}"]
    values = example_values(rule)
    legend: dict[str, tuple[str, str]] = {}
    for variant, spec in rule.variants.items():
        lines += _variant_lines(rule, variant, spec, values.get(variant), lang, legend)
    if legend:
        lines += ["", f"## {labels['placeholders']}"]
        lines += [f"  {{{name}}}{_SEP[lang]}{meaning}{example}" for name, (meaning, example) in legend.items()]
    sections = rule.doc_zh if lang == "zh" and rule.doc_zh else rule.doc
    note = labels["doc-note"] if sections is rule.doc else ""
    for key in ("what", "why"):
        lines += ["", f"## {labels[key]}{note}", sections[key].strip()]
    lines += ["", f"## {labels['bad']}"]
    for example in rule.bad:
        lines.append(f"  ✗ {_example_text(example, labels)}")
        if example.fixed is not None:
            lines.append(f"  → {example.fixed}")
    lines += ["", f"## {labels['good']}"]
    lines += [f"  ✓ {text}" for text in rule.good]
    lines += ["", f"## {labels['fix-safety']}{note}", sections["fix-safety"].strip()]
    return "\n".join(lines)


__all__ = ["example_values", "explain"]
