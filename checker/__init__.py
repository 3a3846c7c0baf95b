"""jiaodui (校对): a rule-driven quality and consistency checker for Chinese news copy.

    >>> from checker import check_text
    >>> [d.rule_id for d in check_text("大通區(qū)堅持精準施策,,補短板")]
    ['ENC003', 'PUNC001']
"""
from __future__ import annotations

__version__ = "0.1.0"

from .diagnostic import Applicability, Diagnostic, Edit, Fix, Severity  # noqa: E402


def check_text(text: str, path: str = "<text>", select: list[str] | None = None,
               ignore: list[str] | None = None, lang: str = "zh") -> list[Diagnostic]:
    """Check a string with the default configuration; returns diagnostics sorted by position."""
    from .config import Config
    from .document import Document
    from .runner import Options, check_one
    doc = Document(path, text)
    return check_one(doc, Config(), Options(select=select, ignore=ignore or [], lang=lang)).report.diagnostics


def check_paths(paths: list[str], select: list[str] | None = None, ignore: list[str] | None = None):
    """Check files and directories as the CLI would; yields (Document, diagnostics) per file."""
    from .config import ConfigFinder
    from .discovery import iter_files
    from .registry import load_rules
    from .runner import Options, check_one
    from .source import read_document
    finder = ConfigFinder(load_rules())
    for path, config in iter_files(paths, finder):
        doc = read_document(path, config.encoding, config.max_file_size)
        report = check_one(doc, config, Options(select=select, ignore=ignore or [])).report
        yield report.document, report.diagnostics


__all__ = ["check_text", "check_paths", "Diagnostic", "Edit", "Fix", "Severity", "Applicability",
           "__version__"]
