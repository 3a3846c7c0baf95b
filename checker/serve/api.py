"""The JSON API of `jiaodui serve`, as plain functions (the HTTP layer is checker/serve/server.py).

    check(payload, context)             -> dict    POST /api/check
    fix(payload, context)               -> dict    POST /api/fix
    upload(data, query, context)        -> dict    POST /api/upload   (the bytes of a file)
    annotate(data, query, context)      -> bytes   POST /api/annotate (a .docx → a copy with comments)

Every check and fix goes through the engine (checker/runner.py, checker/fix.py, checker/formats/):
nothing here knows a rule. Offsets are in UTF-16 code units by default, as a browser's strings
count them ("offsets": "utf-16"), or in code points on request ("offsets": "code-points"); lines
and columns are 1-based, columns in code points, as in every jiaodui report.
"""
from __future__ import annotations

import bisect
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import __version__, formats
from ..config import Config, ConfigFinder
from ..diagnostic import Applicability, Diagnostic
from ..document import Document
from ..fix import applicable, apply_edits
from ..registry import Rule, load_rules, resolve_selector
from ..runner import FileResult, Options, check_document_with, read_and_check
from ..source import SourceError, document_from_bytes
from ..typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import Any

OFFSET_UNITS = ("utf-16", "code-points")
TEXT_FORMATS = ("plain", "markdown", "html")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_FAMILY = re.compile("[A-Z]+")


class ApiError(Exception):
    """A request the API refuses: an HTTP status, a stable code and a message in English and Chinese."""

    def __init__(self, status: int, code: str, message: str, message_zh: str):
        super().__init__(message)
        self.status, self.code, self.message, self.message_zh = status, code, message, message_zh

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "message_zh": self.message_zh}}


@dataclass
class Context:
    """What every request shares: the configuration (a --config file, or the nearest one to the
    directory the server was started in) and the loaded rules."""
    config: Config = field(default_factory=Config)
    rules: tuple[Rule, ...] = ()

    @classmethod
    def load(cls, config_path: Path | None = None, directory: Path | None = None) -> Context:
        rules = load_rules()
        finder = ConfigFinder(rules, config_path)
        return cls(finder.for_path(directory or Path.cwd()), rules)


class Units:
    """Offsets of one text in the unit the client asked for. In UTF-16 a character beyond the
    Basic Multilingual Plane (an emoji, a rare Han character) counts two; a text without one
    (nearly all news copy) needs no conversion at all."""

    def __init__(self, text: str, unit: str):
        self.astral: list[int] = []       # code-point offsets of the characters counted twice
        if unit == "utf-16" and _ASTRAL.search(text):
            self.astral = [m.start() for m in _ASTRAL.finditer(text)]
        self.length = len(text) + len(self.astral)

    def out(self, offset: int) -> int:
        """A code-point offset in the client's unit."""
        return offset + bisect.bisect_left(self.astral, offset) if self.astral else offset

    def into(self, offset: int) -> int:
        """A client's offset as a code-point offset; ApiError inside a surrogate pair or out of range."""
        if not 0 <= offset <= self.length:
            raise ApiError(400, "bad-offset", f"offset {offset} is outside the text (0–{self.length})",
                           f"位置 {offset} 超出文本范围（0–{self.length}）")
        if not self.astral:
            return offset
        # the k-th astral character starts at UTF-16 offset astral[k] + k
        low, high = 0, len(self.astral)
        while low < high:
            middle = (low + high) // 2
            if self.astral[middle] + middle < offset:
                low = middle + 1
            else:
                high = middle
        if low > 0 and self.astral[low - 1] + low - 1 + 1 == offset:
            raise ApiError(400, "bad-offset", f"offset {offset} falls inside a surrogate pair",
                           f"位置 {offset} 落在一个字符的两个 UTF-16 码元之间")
        return offset - low


# -- reading a request ------------------------------------------------------------------------

def _field(payload: dict[str, Any], key: str, kind: type, default: Any) -> Any:
    value = payload.get(key, default)
    if value is not None and not isinstance(value, kind):
        raise ApiError(400, "bad-request", f"{key!r} must be a {kind.__name__}", f"“{key}”的类型不对")
    return value


def _choice(payload: dict[str, Any], key: str, choices: tuple[str, ...], default: str) -> str:
    value = _field(payload, key, str, default) or default
    if value not in choices:
        raise ApiError(400, "bad-request", f"{key!r} must be one of {', '.join(choices)}, not {value!r}",
                       f"“{key}”应为 {'、'.join(choices)} 之一")
    return str(value)


def _selectors(payload: dict[str, Any], key: str, rules: tuple[Rule, ...]) -> tuple[str, ...] | None:
    value = _field(payload, key, list, None)
    if value is None:
        return None
    for item in value:
        if not isinstance(item, str):
            raise ApiError(400, "bad-request", f"{key!r} must be a list of rule ids", f"“{key}”应为规则编号的列表")
        try:
            resolve_selector(item, rules)
        except ValueError as exc:
            raise ApiError(400, "unknown-rule", f"{key}: {exc}", f"{key}：未知规则 {item}") from None
    return tuple(value)


@dataclass(frozen=True)
class Request:
    """A check or fix request: the text, what it is, and how to answer."""
    text: str
    name: str
    fmt: str
    unit: str
    options: Options


def read_request(payload: Any, context: Context) -> Request:
    if not isinstance(payload, dict):
        raise ApiError(400, "bad-request", "the body must be a JSON object", "请求体应为 JSON 对象")
    text = _field(payload, "text", str, None)
    if text is None:
        raise ApiError(400, "bad-request", "'text' (a string) is required", "缺少“text”（稿件文本）")
    name = _field(payload, "filename", str, None) or "<text>"
    fmt = _choice(payload, "format", TEXT_FORMATS, formats.format_of(name) if formats.format_of(name) in
                  TEXT_FORMATS else "plain")
    unit = _choice(payload, "offsets", OFFSET_UNITS, "utf-16")
    lang = _choice(payload, "lang", ("zh", "en"), context.config.lang)
    options = Options(select=_selectors(payload, "select", context.rules),
                      ignore=_selectors(payload, "ignore", context.rules) or (), lang=lang, format_in=fmt)
    return Request(text, os.path.basename(name) or "<text>", fmt, unit, options)


# -- answering --------------------------------------------------------------------------------

def _diagnostic(d: Diagnostic, index: int, text: str, units: Units) -> dict[str, Any]:
    fix = None
    if d.fix is not None:
        fix = {"message": d.fix.message, "applicability": d.fix.applicability.value,
               "edits": [{"start": units.out(e.start), "end": units.out(e.end), "replacement": e.replacement,
                          "original": text[e.start:e.end]} for e in d.fix.edits]}
    family = _FAMILY.match(d.rule_id)
    return {"index": index, "rule": d.rule_id, "name": d.name, "family": family.group() if family else d.rule_id,
            "severity": str(d.severity), "message": d.message, "message_en": d.message_en,
            "start": units.out(d.start), "end": units.out(d.end), "line": d.line, "column": d.column,
            "end_line": d.end_line, "end_column": d.end_column, "original": text[d.start:d.end], "fix": fix}


def report(result: FileResult, request: Request, text: str) -> dict[str, Any]:
    """The answer to a check: every finding with its offsets in the client's unit, and counts."""
    units = Units(text, request.unit)
    diagnostics = result.diagnostics
    by_severity = {"error": 0, "warning": 0, "info": 0}
    by_family: dict[str, int] = {}
    fixable = {"safe": 0, "unsafe": 0}
    found = []
    for index, d in enumerate(diagnostics):
        item = _diagnostic(d, index, text, units)
        found.append(item)
        by_severity[item["severity"]] += 1
        by_family[item["family"]] = by_family.get(item["family"], 0) + 1
        if d.fix is not None and d.fix.edits and d.fix.applicability is not Applicability.DISPLAY:
            fixable[d.fix.applicability.value] += 1
    return {"tool": "jiaodui", "version": __version__, "offsets": request.unit, "length": units.length,
            "format": request.fmt, "diagnostics": found,
            "summary": {"total": len(found), **by_severity, "families": by_family, "fixable": fixable},
            "crashes": [{"rule": c.rule_id, "error": c.error} for c in result.crashes],
            "problems": list(result.problems)}


def _checked(request: Request, text: str, context: Context) -> FileResult:
    result = FileResult(request.name, context.config)
    check_document_with(Document(request.name, text), context.config, request.options, result)
    if result.report is None:  # a suppression naming an unknown rule (Markdown/HTML)
        raise ApiError(422, "not-checked", "; ".join(result.problems), "稿件未能检查：" + "; ".join(result.problems))
    return result


def check(payload: Any, context: Context) -> dict[str, Any]:
    """POST /api/check {"text", "format"?, "filename"?, "offsets"?, "lang"?, "select"?, "ignore"?}"""
    request = read_request(payload, context)
    return report(_checked(request, request.text, context), request, request.text)


def fix(payload: Any, context: Context) -> dict[str, Any]:
    """POST /api/fix: with "apply": [{"rule", "start", "end"}, …] the fixes of those findings (as
    the last check reported them; unsafe ones too: the editor chose them), one round; without it
    every safe fix ("unsafe": true adds the unsafe ones), re-checked until the text settles —
    exactly what `jiaodui --fix` writes. The answer: the new "text", "applied" and its check."""
    request = read_request(payload, context)
    chosen = _field(payload, "apply", list, None)
    if chosen is None:
        unsafe = bool(_field(payload, "unsafe", bool, False))
        result = FileResult(request.name, context.config)
        check_document_with(Document(request.name, request.text), context.config,
                            replace(request.options, fix=True, unsafe_fixes=unsafe), result)
        if result.problems or result.report is None:
            raise ApiError(422, "not-fixed", "; ".join(result.problems), "未能修复：" + "; ".join(result.problems))
        fixed = result.fixed_text if result.fixed_text is not None else request.text
        return {"text": fixed, "applied": result.report.fixed, "check": report(result, request, fixed)}
    result = _checked(request, request.text, context)
    units = Units(request.text, request.unit)
    wanted = set()
    for item in chosen:
        if not isinstance(item, dict) or not isinstance(item.get("rule"), str) \
                or not isinstance(item.get("start"), int) or not isinstance(item.get("end"), int):
            raise ApiError(400, "bad-request", "each 'apply' item is {\"rule\", \"start\", \"end\"}",
                           "“apply”的每一项应为 {\"rule\", \"start\", \"end\"}")
        wanted.add((item["rule"], units.into(item["start"]), units.into(item["end"])))
    picked = [d for d in result.diagnostics if (d.rule_id, d.start, d.end) in wanted]
    if len(picked) < len(wanted):
        raise ApiError(409, "stale", "a finding to fix is not in this text any more: check it again",
                       "要修复的问题已不在当前文本中：请重新检查")
    todo = applicable(picked, unsafe=True)
    if len(todo) < len(picked):
        raise ApiError(422, "no-fix", "a chosen finding has no fix that can be applied (advice only)",
                       "所选问题没有可自动应用的修复（仅供参考）")
    fixed, applied = apply_edits(request.text, todo)
    return {"text": fixed, "applied": applied, "check": report(_checked(request, fixed, context), request, fixed)}


def _upload_name(query: dict[str, str]) -> str:
    name = os.path.basename(query.get("filename", "") or "upload.txt")
    return name or "upload.txt"


def upload(data: bytes, query: dict[str, str], context: Context) -> dict[str, Any]:
    """POST /api/upload?filename=NAME[&offsets=…&lang=…]: the bytes of a .txt, .md, .html or .docx
    file, decoded as the CLI decodes files (encoding detection, binary refused); the answer holds
    the decoded "text", its "format", "encoding" and "check". A Word document is never fixed (its
    fixes are advice); POST the same bytes to /api/annotate for a copy with comments."""
    name = _upload_name(query)
    fmt = formats.format_of(name)
    payload: dict[str, Any] = {"filename": name, "format": fmt if fmt in TEXT_FORMATS else "plain",
                               **{k: query[k] for k in ("offsets", "lang") if k in query}}
    if fmt == "docx":
        with tempfile.TemporaryDirectory(prefix="jiaodui-serve-") as directory:
            path = os.path.join(directory, "upload.docx")
            with open(path, "wb") as out:
                out.write(data)
            request = replace(read_request({**payload, "text": ""}, context), fmt="docx")
            options = replace(request.options, format_in="docx")
            result = read_and_check(path, context.config, options, name=name)
        if result.report is None:
            raise _unreadable(name, "; ".join(result.problems))
        text = result.report.document.text
        return {"filename": name, "format": "docx", "encoding": "docx", "text": text, "fixable": False,
                "check": report(result, request, text)}
    try:
        doc = document_from_bytes(data, name, fallback=context.config.encoding)
    except SourceError as exc:
        raise _unreadable(name, exc.reason) from None
    request = read_request({**payload, "text": doc.text}, context)
    return {"filename": name, "format": request.fmt, "encoding": doc.encoding_label, "text": doc.text,
            "fixable": True, "check": report(_checked(request, doc.text, context), request, doc.text)}


def _unreadable(name: str, reason: str) -> ApiError:
    return ApiError(422, "unreadable", f"{name}: cannot be checked: {reason}", f"{name}：无法检查（{reason}）")


def annotate(data: bytes, query: dict[str, str], context: Context) -> bytes:
    """POST /api/annotate?filename=NAME.docx: the Word document back with each finding as a Word
    comment on its words (the CLI's --annotate)."""
    name = _upload_name(query)
    if formats.format_of(name) != "docx":
        raise ApiError(400, "not-docx", "only a Word document (.docx) can be annotated",
                       "只有 Word 文档（.docx）可以加批注")
    lang = query.get("lang", context.config.lang)
    if lang not in ("zh", "en"):
        lang = "zh"
    with tempfile.TemporaryDirectory(prefix="jiaodui-serve-") as directory:
        path, out = os.path.join(directory, "upload.docx"), os.path.join(directory, "annotated.docx")
        with open(path, "wb") as stream:
            stream.write(data)
        options = Options(lang=lang, format_in="docx", annotate=out)
        result = read_and_check(path, context.config, options, name=name)
        if result.report is None or result.problems or not os.path.exists(out):
            raise _unreadable(name, "; ".join(result.problems) or "not annotated")
        with open(out, "rb") as stream:
            return stream.read()


__all__ = ["OFFSET_UNITS", "ApiError", "Context", "Units", "annotate", "check", "fix", "upload"]
