"""jiaodui (校对): a rule-driven quality and consistency checker for Chinese news copy.

    >>> from checker import check_text
    >>> [d.rule_id for d in check_text("大通區(qū)堅持精準施策,,補短板")]
    ['ENC003', 'PUNC001']
"""
from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document

from .diagnostic import Applicability, Diagnostic, Edit, Fix, Severity


def check_text(text: str, path: str = "<text>", select: list[str] | None = None,
               ignore: list[str] | None = None, lang: str = "zh") -> list[Diagnostic]:
    """Check a string with the default configuration; returns diagnostics sorted by position."""
    from .config import Config
    from .document import Document
    from .runner import Options, check_one
    doc = Document(path, text)
    return check_one(doc, Config(), Options(select=select, ignore=ignore or [], lang=lang)).report.diagnostics


def check_paths(paths: list[str], select: list[str] | None = None, ignore: list[str] | None = None):
    """Check files and directories as the CLI would. Yields one PathResult per file, in order;
    a file that cannot be read has `problem` set and the run goes on (nothing is skipped silently)."""
    from .config import ConfigFinder
    from .discovery import iter_files
    from .registry import load_rules
    from .runner import Options, check_one
    from .source import SourceError, read_document
    finder = ConfigFinder(load_rules())
    for path, config in iter_files(paths, finder):
        try:
            doc = read_document(path, config.encoding, config.max_file_size)
        except SourceError as exc:
            yield PathResult(path, None, [], [], exc.reason)
            continue
        outcome = check_one(doc, config, Options(select=select, ignore=ignore or []))
        yield PathResult(path, outcome.report.document, outcome.report.diagnostics,
                         [f"{c.rule_id}: {c.error}" for c in outcome.crashes], None)


class PathResult(NamedTuple):
    path: str
    document: Document | None          # None when the file could not be read
    diagnostics: list[Diagnostic]
    crashes: list[str]                   # rules that raised on this file (an internal error)
    problem: str | None                  # why the file could not be checked


__all__ = [
    "Applicability",
    "Diagnostic",
    "Edit",
    "Fix",
    "PathResult",
    "Severity",
    "__version__",
    "check_paths",
    "check_text",
]
