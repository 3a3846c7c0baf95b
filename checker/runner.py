"""The pipeline: read, analyse, run rules, filter, fix. Used by the CLI and the Python API."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .diagnostic import Diagnostic, Severity
from .document import Document
from .engine import RuleCrash, check_document
from .fix import FixDidNotSettle, fix_until_settled
from .registry import Rule, load_rules, select_rules
from .report import FileReport
from .source import encode


@dataclass
class Options:
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    encoding: str | None = None
    lang: str | None = None
    max_file_size: int | None = None
    show_verified: bool = False


@dataclass
class Outcome:
    """Everything a run produced for one file besides its report."""
    report: FileReport
    crashes: list[RuleCrash] = field(default_factory=list)
    problem: str | None = None      # could not be checked or written (exit 2)
    diff: str = ""
    fixed_text: str | None = None


def rules_for(config: Config, options: Options, path: str, rules: tuple[Rule, ...] | None = None) -> list[Rule]:
    rules = rules or load_rules()
    select = options.select or config.select
    ignore = list(config.ignore) + list(options.ignore) + config.ignored_for(path)
    return select_rules(rules, select, ignore)


class _Rechecker:
    """Checks successive versions of one document's text, as the fixer asks, keeping the last
    version checked and every rule crash seen (once per rule)."""

    def __init__(self, doc: Document, rules: list[Rule], config: Config, lang: str, show_verified: bool):
        self.doc, self.rules, self.config, self.lang = doc, rules, config, lang
        self.show_verified = show_verified
        self.last = doc
        self.verified: list[Diagnostic] = []
        self.crashes: dict[str, RuleCrash] = {}

    def __call__(self, text: str) -> list[Diagnostic]:
        current = self.doc if text is self.doc.text else self.doc.with_text(text)
        result = check_document(current, self.rules, self.config.severity, self.lang, self.show_verified)
        for crash in result.crashes:
            self.crashes.setdefault(crash.rule_id, crash)
        self.last = current
        self.verified = result.verified
        return result.diagnostics


def check_one(doc: Document, config: Config, options: Options) -> Outcome:
    doc.settings = {**doc.settings, "script": config.script}
    run = _Rechecker(doc, rules_for(config, options, doc.path), config, options.lang or config.lang,
                     options.show_verified)

    if not (options.fix or options.diff):
        diagnostics = run(doc.text)
        return Outcome(FileReport(doc, diagnostics, verified=run.verified), list(run.crashes.values()))

    try:
        fixed_text, remaining, count = fix_until_settled(doc.text, run, options.unsafe_fixes)
    except FixDidNotSettle as exc:
        return Outcome(FileReport(doc, run(doc.text)), list(run.crashes.values()),
                       problem=f"{doc.path}: {exc}; file left unchanged")
    final_doc = run.last if fixed_text != doc.text else doc
    outcome = Outcome(FileReport(final_doc, remaining, fixed=count, verified=run.verified),
                      list(run.crashes.values()))
    if fixed_text == doc.text:
        return outcome
    try:
        encode(doc, fixed_text)
    except UnicodeEncodeError as exc:
        outcome.report = FileReport(doc, run(doc.text))
        outcome.problem = (f"{doc.path}: the fixed text cannot be written back as {doc.encoding_label} "
                           f"({exc.reason} at character {exc.start}); file left unchanged")
        return outcome
    if options.diff:
        outcome.diff = unified_diff(doc, fixed_text)
        outcome.report = FileReport(doc, run(doc.text), fixed=count)
    else:
        outcome.fixed_text = fixed_text
    return outcome


def unified_diff(doc: Document, fixed_text: str) -> str:
    import difflib

    from .report import display
    before = display(doc.text).splitlines(keepends=True)
    after = display(fixed_text).splitlines(keepends=True)
    lines = difflib.unified_diff(before, after, fromfile=f"a/{doc.path}", tofile=f"b/{doc.path}")
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
                   for line in lines)


class WriteRefused(Exception):
    """The file is not written: doing so could change bytes that no fix touched."""


def write_atomically(doc: Document, text: str) -> None:
    """Replace the file in one step: a crash leaves either the old file or the new one.

    Before writing, the unfixed text is encoded again and compared with the file on disk: if
    they differ (an encoding that does not round-trip, or the file changed since it was read),
    writing could alter bytes no fix touched, so the file is left alone.
    """
    path = Path(os.path.realpath(doc.path))  # through a symlink to the file itself: the link stays
    if encode(doc, doc.text) != path.read_bytes():
        raise WriteRefused(f"{doc.path}: the file changed since it was read, or its "
                           f"{doc.encoding_label} bytes do not round-trip exactly; file left unchanged")
    import tempfile
    data = encode(doc, text)
    mode = path.stat().st_mode
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".jiaodui", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, mode & 0o7777)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


def fails(diagnostics: list[Diagnostic], level: Severity) -> bool:
    return any(d.severity >= level for d in diagnostics)


__all__ = ["Options", "Outcome", "WriteRefused", "check_one", "fails", "write_atomically"]
