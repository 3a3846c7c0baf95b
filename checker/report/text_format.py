"""The human format: path:line:col: ID message, then the source line with the span underlined."""
from __future__ import annotations

import unicodedata

from . import RunReport, display

# How much of a long line to show around the span, in display columns (CJK counts 2).
_CONTEXT = 30
_COLORS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m"}
_BOLD, _BLUE, _RESET = "\033[1m", "\033[34m", "\033[0m"


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


def snippet(doc, start: int, end: int) -> tuple[str, str]:
    """The source line around [start, end) and a caret line under the span, both in display columns."""
    line, column = doc.position(start)
    source = display(doc.line_text(line)).replace("\t", " ")
    begin = column - 1
    end_line, end_column = doc.position(end)
    stop = end_column - 1 if end_line == line else len(source)
    before, _ = _clip_left(source[:begin], _CONTEXT)
    span = source[begin:stop]
    after = _clip_right(source[stop:], _CONTEXT)
    carets = "^" * max(1, width(span))
    return before + span + after, " " * width(before) + carets


def summary_line(report: RunReport) -> str:
    counts = report.counts()
    total = sum(counts.values())
    fixed = sum(f.fixed for f in report.files)
    fixable = sum(1 for f in report.files for d in f.diagnostics
                  if d.fix and d.fix.applicability.value == "safe")
    parts = []
    if fixed:
        parts.append(f"Fixed {fixed} problem{'s' if fixed != 1 else ''}.")
    if total == 0:
        parts.append(f"All checks passed ({len(report.files)} file{'s' if len(report.files) != 1 else ''}).")
        return " ".join(parts)
    detail = ", ".join(f"{n} {name}" for name, n in counts.items() if n)
    parts.append(f"Found {total} problem{'s' if total != 1 else ''} ({detail}) in {len(report.files)} "
                 f"file{'s' if len(report.files) != 1 else ''}.")
    if fixable:
        parts.append(f"{fixable} fixable with --fix.")
    return " ".join(parts)


def render(report: RunReport, stream, color: bool = False, quiet: bool = False) -> None:
    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    for file in report.files:
        doc = file.document
        for d in file.diagnostics:
            line, column = doc.position(d.start)
            severity = str(d.severity)
            fixable = " [*]" if d.fix and d.fix.applicability.value == "safe" else ""
            stream.write(f"{paint(_BOLD, f'{doc.path}:{line}:{column}:')} "
                         f"{paint(_COLORS[severity], d.rule_id)}{fixable} {display(d.message)}\n")
            source, carets = snippet(doc, d.start, d.end)
            gutter = " " * len(str(line))
            stream.write(f"{paint(_BLUE, f'{gutter} |')}\n")
            stream.write(f"{paint(_BLUE, f'{line} |')} {source}\n")
            stream.write(f"{paint(_BLUE, f'{gutter} |')} {paint(_COLORS[severity], carets)}\n")
            if d.fix and d.fix.message:
                stream.write(f"{paint(_BLUE, f'{gutter} =')} 修复 fix ({d.fix.applicability.value}): "
                             f"{display(d.fix.message)}\n")
            stream.write("\n")
        for v in file.verified:
            line, column = doc.position(v.start)
            stream.write(f"{paint(_BOLD, f'{doc.path}:{line}:{column}:')} {v.rule_id} "
                         f"{paint(_COLORS['info'], '✓')} {display(v.message)}\n")
    if not quiet:
        stream.write(summary_line(report) + "\n")
