"""The human format: path:line:col: ID message, then the source line with the span underlined."""
from __future__ import annotations

import unicodedata
from collections.abc import Callable

from ..diagnostic import Diagnostic, Edit
from ..document import Document
from ..typenames import TYPE_CHECKING
from . import RunReport, display

if TYPE_CHECKING:
    from typing import TextIO

# How much of a long line to show around the span, in display columns (CJK counts 2).
_CONTEXT = 30
_COLORS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m"}
_BOLD, _BLUE, _RESET = "\033[1m", "\033[34m", "\033[0m"
_RED, _GREEN = "\033[31m", "\033[32m"
_SEP = {"zh": "：", "en": ": "}


# Control characters of the text are printed as their control pictures (␛ for ESC, ␚ for SUB;
# ␡ for DEL, ␦ for a C1 control): printed raw, a file's ESC sequences would reach the editor's
# terminal, and a fix that deletes one would show two identical preview lines. One column each,
# as width() counts the characters they stand for.
_VISIBLE = {**{c: 0x2400 + c for c in range(0x20) if chr(c) not in "\t\n\r"}, 0x7F: 0x2421,
            **{c: 0x2426 for c in range(0x80, 0xA0)}}


def visible(text: str) -> str:
    """`display(text)` with control characters shown as control pictures (tabs and line breaks kept)."""
    return display(text).translate(_VISIBLE)


def width(text: str) -> int:
    total = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


def _clip_left(text: str, budget: int) -> tuple[str, bool]:
    out: list[str] = []
    used = 0
    for ch in reversed(text):
        used += width(ch)
        if used > budget:
            return "…" + "".join(reversed(out)), True
        out.append(ch)
    return "".join(reversed(out)), False


def _clip_right(text: str, budget: int) -> str:
    out: list[str] = []
    used = 0
    for ch in text:
        used += width(ch)
        if used > budget:
            return "".join(out) + "…"
        out.append(ch)
    return "".join(out)


def snippet(doc: Document, start: int, end: int) -> tuple[str, str]:
    """The source line around [start, end) and a caret line under the span, both in display columns."""
    line, column = doc.position(start)
    source = visible(doc.line_text(line)).replace("\t", " ")
    begin = column - 1
    end_line, end_column = doc.position(end)
    stop = end_column - 1 if end_line == line else len(source)
    before, _ = _clip_left(source[:begin], _CONTEXT)
    span = source[begin:stop]
    after = _clip_right(source[stop:], _CONTEXT)
    carets = "^" * max(1, width(span))
    return before + span + after, " " * width(before) + carets


SEVERITY_WORDS = {
    "zh": {"error": "错误", "warning": "警告", "info": "提示"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}
_APPLICABILITY = {
    "zh": {"safe": "修复（安全，--fix 自动修复）", "unsafe": "修复（不安全，需 --fix --unsafe-fixes）",
           "display": "修改建议（仅供参考，不自动修复）"},
    "en": {"safe": "fix (safe, applied by --fix)", "unsafe": "fix (unsafe, needs --fix --unsafe-fixes)",
           "display": "suggestion (shown only, never applied)"},
}
# The fix preview: this many characters of context each side of the edits, and at most this
# many characters of the changed text itself before its middle is elided.
_PREVIEW_CONTEXT = 10
_PREVIEW_CHANGED = 40


def _lang(report: RunReport) -> str:
    return report.lang if report.lang in SEVERITY_WORDS else "zh"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


# The summary's phrases, one table per language: (n) counts, (files) files, (detail) severities.
_SUMMARY: dict[str, dict[str, Callable[..., str]]] = {
    "zh": {
        "fixed": lambda n: f"已修复 {n} 个问题。",
        "passed": lambda files: f"全部检查通过（{files} 个文件）。",
        "clean": lambda files: f"已检查的 {files} 个文件未发现问题。",
        "found": lambda n, detail, files: f"发现 {n} 个问题（{detail}），涉及 {files} 个文件。",
        "detail": lambda word, n: f"{word} {n}",
        "safe": lambda n: f"其中 {n} 个标有 [*]，可用 --fix 自动修复。",
        "unsafe": lambda n: f"另有 {n} 个可用 --fix --unsafe-fixes 修复（修复前请复核）。",
        "skipped": lambda n: f"{n} 个文件未能检查（原因见上方消息）。",
    },
    "en": {
        "fixed": lambda n: f"Fixed {_plural(n, 'problem')}.",
        "passed": lambda files: f"All checks passed ({_plural(files, 'file')}).",
        "clean": lambda files: f"No problems found in {_plural(files, 'checked file')}.",
        "found": lambda n, detail, files: f"Found {_plural(n, 'problem')} ({detail}) in {_plural(files, 'file')}.",
        "detail": lambda word, n: f"{n} {word}" if word == "info" else _plural(n, word),
        "safe": lambda n: f"{n} fixable with --fix (marked [*]).",
        "unsafe": lambda n: f"{n} more with --fix --unsafe-fixes (review them).",
        "skipped": lambda n: f"{_plural(n, 'file')} could not be checked (see the messages above).",
    },
}
_JOIN = {"zh": ("", "，"), "en": (" ", ", ")}   # between sentences, between severities


def summary_line(report: RunReport) -> str:
    """One line that says what the run found and what the editor can do about it."""
    lang = _lang(report)
    say, (join, comma) = _SUMMARY[lang], _JOIN[lang]
    counts = report.counts()
    total = sum(counts.values())
    files = len(report.files)
    fixed = sum(f.fixed for f in report.files)
    safe = sum(1 for f in report.files for d in f.diagnostics if f.fixable_safely(d))
    unsafe = sum(1 for f in report.files for d in f.diagnostics
                 if f.fixable and d.fix and d.fix.applicability.value == "unsafe")
    parts = [say["fixed"](fixed)] if fixed else []
    if total == 0:
        parts.append(say["clean" if report.skipped else "passed"](files))
    else:
        detail = comma.join(say["detail"](SEVERITY_WORDS[lang][name], n) for name, n in counts.items() if n)
        parts.append(say["found"](total, detail, files))
    parts += [say[key](n) for key, n in (("safe", safe), ("unsafe", unsafe), ("skipped", report.skipped)) if n]
    return join.join(parts)


def _one_line(text: str) -> str:
    return visible(text).replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎").replace("\t", " ")


def _elide(text: str) -> str:
    if len(text) <= _PREVIEW_CHANGED:
        return text
    half = _PREVIEW_CHANGED // 2
    return text[:half] + "…" + text[-half:]


def fix_preview(text: str, edits: tuple[Edit, ...]) -> tuple[str, str]:
    """The changed words in context, before and after the fix: a few characters either side of
    the edits (never past a line break), the changed part elided in the middle when long."""
    if not edits:
        return "", ""
    start, end = min(e.start for e in edits), max(e.end for e in edits)
    # Line breaks are looked for within the context only: searched for to the text's ends, they
    # made a report of many findings on a long text quadratic.
    low, high = max(0, start - _PREVIEW_CONTEXT), end + _PREVIEW_CONTEXT
    left = max([low, *(i + 1 for i in (text.rfind("\n", low, start), text.rfind("\r", low, start)) if i >= 0)])
    breaks = [i for i in (text.find("\n", end, high), text.find("\r", end, high)) if i >= 0]
    right = min(len(text), end + _PREVIEW_CONTEXT, *breaks)
    changed = text[start:end]
    fixed, cursor = [], start
    for edit in sorted(edits):
        fixed.append(text[cursor:edit.start])
        fixed.append(edit.replacement)
        cursor = edit.end
    fixed.append(text[cursor:end])
    before, after = _one_line(text[left:start]), _one_line(text[end:right])
    lead = "…" if left > 0 and text[left - 1] not in "\r\n" else ""
    tail = "…" if right < len(text) and text[right] not in "\r\n" else ""
    return (lead + before + _one_line(_elide(changed)) + after + tail,
            lead + before + _one_line(_elide("".join(fixed))) + after + tail)


def render(report: RunReport, stream: TextIO, color: bool = False, quiet: bool = False) -> None:
    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    lang = _lang(report)
    words, applicability = SEVERITY_WORDS[lang], _APPLICABILITY[lang]
    for file in report.files:
        doc = file.document
        for d in file.diagnostics:
            line, column = doc.position(d.start)
            severity = str(d.severity)
            fixable = " [*]" if file.fixable_safely(d) else ""
            stream.write(f"{paint(_BOLD, f'{doc.path}:{line}:{column}:')} "
                         f"{paint(_COLORS[severity], f'{d.rule_id} {words[severity]}')}{fixable} "
                         f"{visible(d.message)}\n")
            source, carets = snippet(doc, d.start, d.end)
            gutter = " " * len(str(line))
            stream.write(f"{paint(_BLUE, f'{gutter} |')}\n")
            stream.write(f"{paint(_BLUE, f'{line} |')} {source}\n")
            stream.write(f"{paint(_BLUE, f'{gutter} |')} {paint(_COLORS[severity], carets)}\n")
            if d.fix:
                label = applicability[d.fix.applicability.value]
                message = f"{_SEP[lang]}{visible(d.fix.message)}" if d.fix.message else ""
                stream.write(f"{paint(_BLUE, f'{gutter} =')} {label}{message}\n")
                before, after = fix_preview(doc.text, d.fix.edits)
                if before != after:
                    stream.write(f"{paint(_BLUE, f'{gutter} -')} {paint(_RED, before)}\n")
                    stream.write(f"{paint(_BLUE, f'{gutter} +')} {paint(_GREEN, after)}\n")
            stream.write("\n")
        for v in file.verified:
            line, column = doc.position(v.start)
            stream.write(f"{paint(_BOLD, f'{doc.path}:{line}:{column}:')} {v.rule_id} "
                         f"{paint(_COLORS['info'], '✓')} {display(v.message)}\n")
    if not quiet:
        stream.write(summary_line(report) + "\n")


def statistics(report: RunReport) -> list[tuple[int, str, str, str]]:
    """(count, rule id, name, fix marker) per rule that was found, most frequent first; the marker
    is [*] when every finding of the rule has a safe fix, [-] when some have, [ ] when none."""
    found: dict[str, list[tuple[Diagnostic, bool]]] = {}
    for file in report.files:
        for d in file.diagnostics:
            found.setdefault(d.rule_id, []).append((d, file.fixable_safely(d)))
    rows = []
    for rule_id, items in found.items():
        safe = sum(1 for _, fixable in items if fixable)
        marker = "[*]" if safe == len(items) else "[-]" if safe else "[ ]"
        rows.append((len(items), rule_id, items[0][0].name, marker))
    return sorted(rows, key=lambda row: (-row[0], row[1]))


def render_statistics(report: RunReport, stream: TextIO, quiet: bool = False) -> None:
    rows = statistics(report)
    if rows:
        width_count = max(len(str(row[0])) for row in rows)
        stream.writelines(f"{count:>{width_count}}\t{rule_id}\t{marker} {name}\n"
                          for count, rule_id, name, marker in rows)
    if not quiet:
        stream.write(summary_line(report) + "\n")
