"""A baseline: the findings a team has accepted in existing copy, so that a run reports only new ones.

    jiaodui check --write-baseline jiaodui-baseline.json archive/    record today's findings
    jiaodui check --baseline jiaodui-baseline.json archive/          report only findings not in it

A finding is identified by its rule, its file and the text of its span with a few characters on
each side of it on the same line (its neighbourhood) — never by line or column, so an edit above
a finding does not bring it back. Identical findings (same key) match by count: three in the
baseline and four now means one is new. The same key gives the stable fingerprints of the GitLab
and SARIF reports (an occurrence index tells identical findings in one file apart).
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from .diagnostic import Diagnostic
from .document import Document
from .typenames import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .report import FileReport

FORMAT = 1          # the version of the file's layout
CONTEXT = 8         # characters of neighbourhood kept on each side of a span (within its line)


class Key(NamedTuple):
    rule: str
    path: str
    span: str
    before: str
    after: str


class BaselineError(Exception):
    """The baseline file cannot be read or is not a jiaodui baseline (exit 2)."""


def normal_path(path: str) -> str:
    """The path as a baseline records it: `/`-separated, no `./` or `a/../`."""
    return Path(os.path.normpath(path)).as_posix() if path not in ("", "-") else path


def key(doc: Document, diagnostic: Diagnostic) -> Key:
    text = doc.text
    line_start = text.rfind("\n", 0, diagnostic.start) + 1
    line_end = text.find("\n", diagnostic.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, diagnostic.start - CONTEXT):diagnostic.start]
    after = text[diagnostic.end:min(line_end, diagnostic.end + CONTEXT)]
    return Key(diagnostic.rule_id, normal_path(doc.path), text[diagnostic.start:diagnostic.end], before, after)


def keyed(doc: Document, diagnostics: Iterable[Diagnostic]) -> Iterator[tuple[Key, int, Diagnostic]]:
    """Each diagnostic with its key and its occurrence index among the diagnostics of the same key."""
    seen: Counter[Key] = Counter()
    for diagnostic in diagnostics:
        k = key(doc, diagnostic)
        yield k, seen[k], diagnostic
        seen[k] += 1


def fingerprint(k: Key, occurrence: int) -> str:
    """A stable identifier of one finding: the same finding in an edited file keeps it; two
    identical findings in one file differ by their occurrence index."""
    data = json.dumps([*k, occurrence], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


class Baseline:
    """Accepted findings: key → how many."""

    def __init__(self, counts: Counter[Key] | None = None):
        self.counts: Counter[Key] = counts if counts is not None else Counter()

    @classmethod
    def of(cls, files: Iterable[tuple[Document, Iterable[Diagnostic]]]) -> Baseline:
        counts: Counter[Key] = Counter()
        for doc, diagnostics in files:
            counts.update(key(doc, d) for d in diagnostics)
        return cls(counts)

    def new(self, doc: Document, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
        """The diagnostics the baseline does not cover: of n identical ones with m accepted, the
        first m (in document order) are accepted and the rest are new."""
        return [d for k, occurrence, d in keyed(doc, diagnostics) if occurrence >= self.counts[k]]

    def to_json(self) -> str:
        entries = [{"rule": k.rule, "path": k.path, "span": k.span, "before": k.before, "after": k.after,
                    "count": n} for k, n in sorted(self.counts.items())]
        data = {"tool": "jiaodui-baseline", "format": FORMAT, "context": CONTEXT, "findings": entries}
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

    def write(self, path: Path) -> None:
        """Atomically: a temporary file beside it, then a rename."""
        import tempfile
        directory = path.parent if str(path.parent) else Path(".")
        descriptor, temporary = tempfile.mkstemp(prefix=".jd-", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8", errors="surrogatepass") as stream:
                stream.write(self.to_json())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    @classmethod
    def read(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text("utf-8", errors="surrogatepass"))
        except OSError as exc:
            raise BaselineError(f"--baseline {path}: cannot read: {exc.strerror or exc}") from None
        except ValueError as exc:
            raise BaselineError(f"--baseline {path}: not JSON: {exc}") from None
        if not isinstance(data, dict) or data.get("tool") != "jiaodui-baseline":
            raise BaselineError(f"--baseline {path}: not a jiaodui baseline (write one with --write-baseline)")
        if data.get("format") != FORMAT or data.get("context") != CONTEXT:
            raise BaselineError(f"--baseline {path}: written by another version of jiaodui; "
                                "write it again with --write-baseline")
        counts: Counter[Key] = Counter()
        try:
            for entry in data["findings"]:
                counts[Key(entry["rule"], entry["path"], entry["span"], entry["before"], entry["after"])] += \
                    int(entry["count"])
        except (KeyError, TypeError, ValueError) as exc:
            raise BaselineError(f"--baseline {path}: a damaged entry ({exc})") from None
        return cls(counts)



def apply_baseline(reports: list[FileReport], accepted: Baseline | None, write: Path | None) -> str:
    """Keep in each report only the findings `accepted` does not cover; with `write`, first record
    every finding there (so nothing is left to report). Returns a notice for the editor ("" for
    none); raises BaselineError when the baseline cannot be written."""
    if write is not None:
        accepted = Baseline.of((r.document, r.diagnostics) for r in reports)
        try:
            accepted.write(write)
        except OSError as exc:
            raise BaselineError(f"--write-baseline {write}: cannot write: {exc.strerror or exc}") from None
    if accepted is None:
        return ""
    hidden = 0
    for report in reports:
        new = accepted.new(report.document, report.diagnostics)
        hidden += len(report.diagnostics) - len(new)
        report.diagnostics = new
    if not hidden:
        return ""
    if write is not None:
        return f"{hidden} findings recorded in the baseline {write}; only new ones are reported from now on"
    return f"{hidden} findings accepted by the baseline are not shown"
