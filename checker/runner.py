"""Running a check: one path from a file to its findings (`read_and_check`), and a whole request
from the command line (`run`). Nothing here prints: the CLI and the API present the results.

    read_and_check(path, config, options)   read via source, check, optionally compute the fix
    run(request)                            every target of a request, fixes written, a RunResult
"""
from __future__ import annotations

import collections
import dataclasses
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import cache, exit_codes, formats, suppressions
from .cache import entry as cache_entry
from .config import Config, ConfigError, ConfigFinder
from .diagnostic import Applicability, Diagnostic, Severity
from .document import Document
from .engine import RuleCrash, check_document
from .fix import FixDidNotSettle, WriteRefused, fix_until_settled, verified_bytes, write_fixed
from .registry import Rule, RuleDefinitionError, load_rules, resolve_selector, select_rules
from .report import FileReport, display
from .source import SourceError, encode, read_document, read_stdin
from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from typing import BinaryIO

# Markdown and HTML are fixed through their offset map (checker/formats), inside prose only; a
# Word document is never rewritten (`--annotate` writes a reviewed copy instead).
NOT_FIXED_REASON = "Word documents are not fixed (use --annotate OUT.docx for a copy with comments)"


@dataclass(frozen=True)
class Options:
    """How to check each file (the command line's choices; None: the file's configuration decides)."""
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fix: bool = False
    unsafe_fixes: bool = False
    diff: bool = False
    encoding: str | None = None
    lang: str | None = None
    max_file_size: int | None = None
    show_verified: bool = False
    format_in: str | None = None           # markdown, html, docx or plain; None: by the file's extension
    annotate: str | None = None            # a .docx: write a copy here with each finding as a Word comment
    cache: str | None = None               # the result cache's directory (checker/cache.py); None: no cache

    def __post_init__(self) -> None:  # lists are accepted and kept as tuples (the value is frozen)
        if self.select is not None:
            object.__setattr__(self, "select", tuple(self.select))
        object.__setattr__(self, "ignore", tuple(self.ignore))


@dataclass(frozen=True)
class CheckRequest:
    """A whole run: what to check, how, and what decides the exit code."""
    paths: tuple[str, ...]
    options: Options = Options()
    fail_on: Severity | None = None        # None: each file's configuration (default warning)
    stdin_filename: str | None = None       # the name reported (and used to find configuration) for -
    config: Path | None = None              # use this configuration file, not the nearest one
    jobs: int | None = None                 # None: one process per CPU for runs of 8 files or more
    notices: bool = True                    # tell about excluded files and empty directories
    baseline: Path | None = None            # report only findings not in this baseline (checker/baseline.py)
    write_baseline: Path | None = None      # record the findings in this baseline, then report as --baseline


@dataclass
class FileResult:
    """What happened to one file. `report` is None when it could not be read at all."""
    path: str
    config: Config
    report: FileReport | None = None
    crashes: list[RuleCrash] = field(default_factory=list)   # internal errors (exit 3)
    problems: list[str] = field(default_factory=list)        # could not be read, fixed or written (exit 2)
    skipped: bool = False                                     # not checked at all (size, binary, unreadable)
    not_fixed: bool = False                                   # a Markdown/HTML file under --fix or --diff
    diff: bytes = b""                                         # --diff: a patch in the file's own encoding
    fixed_text: str | None = None                             # the text --fix would write
    source: Document | None = None                            # ...over the document as read
    written: bool = False
    stdout: bytes | None = None                               # stdin under --fix: the bytes to pass on
    unread: SourceError | None = None                         # stdin under --fix that could not be
                                                              # checked: source.pass_through passes it on
    signature: cache.Signature | None = None                  # the file as examined before it was read
                                                              # (the result cache's stat index)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return self.report.diagnostics if self.report else []

    @property
    def problem(self) -> str | None:
        """The problems as one message, or None."""
        return "; ".join(self.problems) or None


@dataclass
class RunResult:
    """A run's outcome: each file's result, and the errors and notices of the run itself."""
    files: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)    # the run could not start or a path is missing
    notices: list[str] = field(default_factory=list)   # worth knowing, not a failure
    lang: str = "zh"

    @property
    def not_fixed(self) -> list[str]:
        return [f.path for f in self.files if f.not_fixed]

    def exit_code(self, exit_zero: bool = False, diff: bool = False,
                  fail_on: Severity | None = None) -> int:
        """The exit code of the run (checker/exit_codes.py): a crash outranks an error, an error
        outranks findings; --exit-zero silences findings only."""
        if any(f.crashes for f in self.files):
            return exit_codes.INTERNAL
        if self.errors or any(f.problems for f in self.files):
            return exit_codes.ERROR
        if exit_zero:
            return exit_codes.OK
        if diff:
            return exit_codes.FINDINGS if any(f.diff for f in self.files) else exit_codes.OK
        found = any(d.severity >= (fail_on or f.config.fail_on) for f in self.files for d in f.diagnostics)
        return exit_codes.FINDINGS if found else exit_codes.OK


def rules_for(config: Config, options: Options, path: str, rules: tuple[Rule, ...] | None = None) -> list[Rule]:
    rules = rules or load_rules()
    select = list(options.select) if options.select else config.select
    ignore = list(config.ignore) + list(options.ignore) + config.ignored_for(path)
    return select_rules(rules, select, ignore)


def settings_for(config: Config) -> dict:
    """The configuration values checks may read through `doc.settings`."""
    return config.document_settings()


class _Rechecker:
    """Checks successive versions of one document's text, as the fixer asks, keeping the last
    version checked and every rule crash seen (once per rule)."""

    def __init__(self, doc: Document, rules: list[Rule], config: Config, lang: str, show_verified: bool,
                 fmt: str = "plain", all_rules: tuple[Rule, ...] = ()):
        self.doc, self.rules, self.config, self.lang = doc, rules, config, lang
        self.show_verified = show_verified
        self.fmt, self.all_rules = fmt, all_rules
        self.last = doc
        self.verified: list[Diagnostic] = []
        self.crashes: dict[str, RuleCrash] = {}
        self.unused: list[Diagnostic] = []     # unused suppressions in the last version checked

    def __call__(self, text: str) -> list[Diagnostic]:
        current = self.doc if text is self.doc.text else self.doc.with_text(text)
        prose = formats.extract(text, self.fmt)
        checked = current if prose is None else formats.prose_document(current, prose)
        # In markup, LAYOUT900 reports suppression comments that did nothing: known only once the
        # other rules have run (below). In plain text it runs with them and reports any such
        # comment as text that can do nothing (checker/checks/suppression.py).
        reporter = next((r for r in self.rules if r.id == suppressions.REPORTED_BY), None)
        rules = self.rules if prose is None or reporter is None else [r for r in self.rules if r is not reporter]
        result = check_document(checked, rules, self.config.severity, self.lang, self.show_verified)
        for crash in result.crashes:
            self.crashes.setdefault(crash.rule_id, crash)
        for diagnostic in (*result.diagnostics, *result.verified):
            if prose is not None:
                _to_source(diagnostic, prose, text)
            elif self.fmt == "docx" and diagnostic.fix is not None:  # shown as advice, never applied
                diagnostic.fix = dataclasses.replace(diagnostic.fix, applicability=Applicability.DISPLAY)
            diagnostic.document = current
        self.last = current
        self.verified = result.verified
        self.unused = []
        if prose is None or not prose.comments:
            return result.diagnostics
        # raises SuppressionError: an unknown rule in a suppression
        found = suppressions.parse(prose.comments, current, self.all_rules)
        kept = suppressions.apply(result.diagnostics, found)
        ineffective = suppressions.ineffective(found, {r.id for r in self.rules})
        if reporter is not None and ineffective:
            settings = {**current.settings, "suppressions": ineffective}
            source = Document(current.path, current.text, current.encoding, current.bom, current.undecodable,
                              settings)
            reported = check_document(source, [reporter], self.config.severity, self.lang)
            for crash in reported.crashes:
                self.crashes.setdefault(crash.rule_id, crash)
            for diagnostic in reported.diagnostics:
                diagnostic.document = current
            self.unused = reported.diagnostics
        return kept


def _to_source(diagnostic: Diagnostic, prose: formats.Prose, source: str) -> None:
    """Move a diagnostic found in the prose onto the source; a fix whose edits cannot be placed
    exactly on prose characters of the source is dropped (the finding stays)."""
    diagnostic.start, diagnostic.end = prose.span(diagnostic.start, diagnostic.end)
    if diagnostic.fix is not None:
        edits = [prose.edit(edit, source) for edit in diagnostic.fix.edits]
        if any(edit is None for edit in edits):
            diagnostic.fix = None
        else:
            diagnostic.fix = dataclasses.replace(diagnostic.fix, edits=tuple(e for e in edits if e is not None))


def check_document_with(doc: Document, config: Config, options: Options, result: FileResult) -> None:
    """Check (and, with --fix or --diff, fix in memory) a document that has been read; fills `result`.
    The document's settings are set from the configuration; the caller's objects are not changed."""
    settings = settings_for(config)
    if "blocks" in doc.settings:  # the block roles a Word document states (checker/formats/docx.py)
        settings["blocks"] = doc.settings["blocks"]
    doc = Document(doc.path, doc.text, doc.encoding, doc.bom, doc.undecodable, settings)
    fmt = formats.format_of(doc.path, options.format_in)
    all_rules = load_rules()
    fixing = options.fix or options.diff
    if fixing and fmt == "docx":
        fixing, result.not_fixed = False, True
    # The result cache (checker/cache.py), keyed by every loaded rule, the options and the
    # configuration, from which the rules this file runs follow: a hit does not work them out.
    # Not for a Word document, whose block roles come from the file rather than its text.
    slot = cache_entry(doc, all_rules, config, options) if not fixing and "blocks" not in settings else None
    cached = slot[0].get(slot[1], doc) if slot is not None else None
    if cached is not None:
        result.report = FileReport(doc, cached[0], verified=cached[1], fixable=not result.not_fixed and fmt != "docx")
        return
    run = _Rechecker(doc, rules_for(config, options, doc.path, all_rules), config, options.lang or config.lang,
                     options.show_verified, fmt, all_rules)
    try:
        if not fixing:
            diagnostics = run(doc.text)
            result.report = FileReport(doc, sorted([*diagnostics, *run.unused], key=Diagnostic.sort_key),
                                       verified=run.verified, fixable=not result.not_fixed and fmt != "docx")
            result.crashes = list(run.crashes.values())
            if slot is not None and not result.crashes:
                slot[0].put(slot[1], result.report.diagnostics, run.verified)
            return
        fixed_text, remaining, count = fix_until_settled(doc.text, run, options.unsafe_fixes)
    except suppressions.SuppressionError as exc:  # the file is not checked: exit 2, never "all passed"
        result.problems.append(str(exc))
        result.skipped = True
        return
    except FixDidNotSettle as exc:
        result.report = FileReport(doc, run(doc.text))
        result.crashes = list(run.crashes.values())
        result.problems.append(f"{doc.path}: {exc}; file left unchanged")
        return
    result.crashes = list(run.crashes.values())
    final_doc = run.last if fixed_text != doc.text else doc
    remaining = sorted([*remaining, *run.unused], key=Diagnostic.sort_key)
    result.report = FileReport(final_doc, remaining, fixed=count, verified=run.verified)
    if fixed_text == doc.text:
        return
    try:
        verified_bytes(doc, fixed_text)
    except WriteRefused as exc:
        result.report = FileReport(doc, run(doc.text))
        result.problems.append(str(exc))
        return
    if options.diff:
        result.diff = unified_diff(doc, fixed_text)
        result.report = FileReport(doc, run(doc.text), fixed=count)
    else:
        result.fixed_text, result.source = fixed_text, doc


def read_and_check(path: str, config: Config, options: Options, *, name: str | None = None,
                   stdin: BinaryIO | None = None) -> FileResult:
    """The one path from a file to its findings: read through `source` (bounded, decoded), check,
    and with --fix/--diff compute the fixed text or the diff. Writes nothing. `path` "-" reads
    `stdin` (reported as `name`)."""
    shown = name or path
    result = FileResult(shown, config)
    limit = options.max_file_size if options.max_file_size is not None else config.max_file_size
    data = None
    fmt = formats.format_of(shown, options.format_in)
    try:
        if fmt == "docx":
            doc = _read_docx(path, shown, limit)
        elif path == "-":
            doc, data = read_stdin(shown, options.encoding, limit, fallback=config.encoding, stream=stdin)
        else:
            doc = read_document(path, options.encoding, limit, fallback=config.encoding)
    except SourceError as exc:
        result.problems.append(f"{exc.path}: {exc.reason}")
        result.skipped = True
        if path == "-" and options.fix and not options.diff:
            result.unread = exc  # a filter never swallows its input
        return result
    check_document_with(doc, config, options, result)
    if fmt == "docx" and options.annotate and result.report is not None:
        from .formats.docx import annotate
        try:
            annotate(path, options.annotate, result.diagnostics)
        except (OSError, ValueError) as exc:
            result.problems.append(f"{options.annotate}: not written: {exc}")
    if path == "-" and options.fix and not options.diff:
        # As a filter, --fix on stdin prints the whole text, fixed or not, in the input's own
        # encoding and with its undecodable bytes kept.
        if result.fixed_text is not None:
            result.stdout = encode(doc, result.fixed_text)
        else:
            result.stdout = data
        result.fixed_text = None
    return result


def _read_docx(path: str, shown: str, limit: int) -> Document:
    """A Word document as text, one line per paragraph (checker/formats/docx.py)."""
    from .formats.docx import DocxUnavailable, read_text
    if path == "-":
        raise SourceError(shown, "a Word document cannot be read from standard input: give its path", True)
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise SourceError(shown, str(exc.strerror or exc), True) from None
    if size > limit:
        raise SourceError(shown, f"skipped: larger than the size limit ({size} bytes)", True)
    try:
        text, roles = read_text(path)
        return Document(shown, text, "docx", settings={"blocks": roles})
    except (DocxUnavailable, ValueError) as exc:
        raise SourceError(shown, str(exc), True) from None


def check_one(doc: Document, config: Config, options: Options) -> FileResult:
    """Check a document already in memory (the API's check_text)."""
    result = FileResult(doc.path, config)
    check_document_with(doc, config, options, result)
    return result


def _line_pieces(text: str) -> list[str]:
    """Lines for a patch: split after each \\n only. patch and git apply read lines that way, so a
    character Python's splitlines() also breaks at (U+2028, \\x0b, \\x0c, \\x85, \\x1c-\\x1e, a lone
    \\r) stays inside its line and the diff applies."""
    return re.findall(r"[^\n]*\n|[^\n]+\Z", text)


def unified_diff(doc: Document, fixed_text: str) -> bytes:
    """The patch from the document's text to `fixed_text`, as bytes that `patch` and `git apply`
    accept against the file itself: the lines in the file's own encoding (undecodable bytes and a
    UTF-8 BOM kept as they are), the file names as the file system spells them. UTF-16/32 files,
    which patch cannot read anyway, get a UTF-8 patch of their text."""
    if doc.encoding.startswith(("utf-16", "utf-32")):
        codec, before_text, after_text = "utf-8", display(doc.text), display(fixed_text)
    else:
        bom = "\ufeff" if doc.bom and doc.encoding == "utf-8" else ""
        codec, before_text, after_text = doc.encoding, bom + doc.text, bom + fixed_text
    import difflib  # here: only --diff needs it
    lines = difflib.unified_diff(_line_pieces(before_text), _line_pieces(after_text), fromfile="a", tofile="b")
    out = []
    for number, line in enumerate(lines):
        if number < 2:  # the ---/+++ header: the path in the file system's own bytes
            out.append((b"--- a/", b"+++ b/")[number] + os.fsencode(doc.path) + b"\n")
            continue
        out.append(line.encode(codec, "surrogateescape"))
        if not line.endswith("\n"):
            out.append(b"\n\\ No newline at end of file\n")
    return b"".join(out)


# Below this many files a process pool costs more (start-up, pickling) than it saves.
_PARALLEL_MIN_FILES = 8
# Files per task sent to a worker: enough to make pickling cheap, few enough that results (and
# the progress line) come back steadily and Ctrl-C waits for little. Tasks grow towards this
# size as the walk finds more files, so a short run is still spread over every worker.
_MAX_CHUNK = 32
# Tasks in flight per worker: the walk runs ahead of the workers by this much, no further.
_AHEAD = 4
# Files answered by the stat index waiting behind a task still in hand, at most.
_WAITING = 256


def _check_in_worker(target: tuple[str, Config, Options]) -> FileResult:
    path, config, options = target
    # Examined before it is read: a change while it is read then shows as another signature.
    found = cache.signature(path) if _indexed(path, options) else None
    result = read_and_check(path, config, options)
    result.signature = found
    # Analyses cached on the documents are not needed any more: do not ship them back.
    if result.report is not None:
        result.report.document.drop_analyses()
    if result.source is not None:
        result.source.drop_analyses()
    return result


def _check_chunk(targets: list[tuple[str, Config, Options]]) -> list[FileResult]:
    return [_check_in_worker(target) for target in targets]


def _worker_ignores_interrupts() -> None:
    """Ctrl-C reaches the whole process group: only the main process answers it (exit 130)."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _indexed(path: str, options: Options) -> bool:
    """Is this file's result one the stat index may hold? What check_document_with caches, read
    from a file: not under --fix or --diff, not a Word document (its block roles are not in its
    text), not stdin."""
    return (options.cache is not None and not options.fix and not options.diff and path != "-"
            and formats.format_of(path, options.format_in) != "docx")


class _Index:
    """The result cache's stat index (checker/cache.py) as a run uses it: files recognised
    unchanged and without findings are answered here, in the main process, without being read;
    every file checked with no finding is recorded for the next run."""

    def __init__(self, options: Options):
        assert options.cache is not None
        self.options = options
        self.index = cache.open_cache(options.cache).index
        self.rules = load_rules()

    def _context(self, config: Config) -> str:
        return cache.context(settings_for(config), self.rules, config, self.options)

    def answer(self, path: str, config: Config) -> FileResult | bool:
        """The result of a file known unchanged and without findings; True for one known
        unchanged with findings (its entry is found by content: cheap, no worker needed);
        False for a file to check."""
        if not _indexed(path, self.options):
            return False
        known = self.index.lookup(path, self._context(config))
        if known is None:
            return False
        if not known[2]:
            return True
        # A file without findings shows in a report only by its path and encoding: its text is
        # not needed, and not read (the stat index exists so that it is not).
        doc = Document(path, "", known[0], known[1])
        return FileResult(path, config, report=FileReport(doc, [], verified=[], fixable=True))

    def learn(self, target: tuple[str, Config], result: FileResult) -> None:
        path, config = target
        if not _indexed(path, self.options) or result.report is None:
            return
        context = self._context(config)
        if result.signature is not None and not (result.crashes or result.problems or result.skipped
                                                 or result.not_fixed):
            doc = result.report.document
            empty = not (result.report.diagnostics or result.report.verified)
            self.index.record(path, context, result.signature, doc.encoding, doc.bom, empty)
        else:
            self.index.forget(path, context)


class _Slot:
    """Files to check together, in the order of the run: checked in this process until the pool
    starts, sent to it as one task after."""

    def __init__(self) -> None:
        self.targets: list[tuple[str, Config]] = []
        self.future: Future[list[FileResult]] | None = None


def _checked(targets: Iterator[tuple[str, Config]], request: CheckRequest) -> Iterator[FileResult]:
    """read_and_check for each target, in the order given. Files the result cache's stat index
    recognises are answered at once. The others go to a process pool once _PARALLEL_MIN_FILES of
    them have been found (a run that turns out all cached, or nearly, starts none): the targets
    stream in from the walk (which goes on while the workers check), in chunks, and the results
    come back in the targets' order."""
    jobs = request.jobs if request.jobs is not None else (os.cpu_count() or 1)
    options = request.options
    index = (_Index(options) if options.cache is not None and not (options.fix or options.diff) and cache.usable()
             else None)
    pending: collections.deque[FileResult | _Slot | tuple[str, Config]] = collections.deque()
    pool: ProcessPoolExecutor | None = None
    slot: _Slot | None = None        # the chunk being filled
    misses = work = 0                # files not answered by the index; slots and stdin in pending

    def submit(item: _Slot) -> None:
        assert pool is not None
        item.future = pool.submit(_check_chunk, [(path, config, options) for path, config in item.targets])

    def settle(item: FileResult | _Slot | tuple[str, Config]) -> Iterator[FileResult]:
        if isinstance(item, FileResult):
            yield item
        elif isinstance(item, tuple):   # stdin, read here in its turn
            yield read_and_check("-", item[1], options, name=request.stdin_filename or "-")
        else:
            if item.future is not None:
                results = item.future.result()
            else:  # not sent: checked here (few files, or one process)
                results = [_check_in_worker((path, config, options)) for path, config in item.targets]
            for target, result in zip(item.targets, results):
                if index is not None:
                    index.learn(target, result)
                yield result

    try:
        for path, config in targets:
            answered: FileResult | bool = False
            if index is not None and path != "-":
                answered = index.answer(path, config)
                if answered is True:  # unchanged, with findings: its entry is read here, in its turn
                    answered = _check_in_worker((path, config, options))
                    index.learn((path, config), answered)
            if answered is not False or path == "-":
                # A slot holds consecutive files only: the results come back in the run's order.
                if slot is not None and pool is not None:
                    submit(slot)
                slot = None
            if isinstance(answered, FileResult):
                pending.append(answered)
            elif path == "-":
                pending.append((path, config))
                work += 1
            else:
                misses += 1
                if slot is None:
                    slot = _Slot()
                    pending.append(slot)
                    work += 1
                slot.targets.append((path, config))
                if pool is None and jobs > 1 and misses >= _PARALLEL_MIN_FILES:
                    pool = _start_pool(jobs)
                    for item in pending:
                        if isinstance(item, _Slot) and item is not slot and item.future is None:
                            submit(item)
                if pool is not None and len(slot.targets) >= min(_MAX_CHUNK, max(1, misses // (jobs * 8))):
                    submit(slot)
                    slot = None
                elif pool is None and jobs <= 1:
                    slot = None  # one process: each file is its own slot, checked in its turn
            # What is ready goes out at once; the work in hand stays within jobs * _AHEAD tasks,
            # and the files waiting behind it within _WAITING.
            while pending and (isinstance(pending[0], FileResult) or work > max(jobs, 1) * _AHEAD
                               or len(pending) > _WAITING):
                head = pending.popleft()
                if head is slot:
                    if pool is not None:
                        submit(slot)
                    slot = None
                work -= not isinstance(head, FileResult)
                yield from settle(head)
        if slot is not None and pool is not None:
            submit(slot)
        while pending:
            yield from settle(pending.popleft())
    except BaseException:
        # Ctrl-C (or any error) in the main process: the work not yet started is dropped and
        # the workers (which ignore SIGINT) finish the chunk in hand, then exit with the
        # process; killing them instead leaves the pool's threads stuck or raising.
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        if index is not None:
            index.index.save()
    if pool is not None:
        pool.shutdown()


def _start_pool(jobs: int) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # here: only a run that needs a pool pays for the import
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_ignores_interrupts)


def _targets(request: CheckRequest, finder: ConfigFinder, result: RunResult,
             counted: list[int]) -> Iterator[tuple[str, Config]]:
    """The targets in order, found as they are needed; counted[0] says how many so far."""
    from .discovery import iter_files
    notice = result.notices.append if request.notices else None
    for given in request.paths:
        if given == "-":
            name = request.stdin_filename
            counted[0] += 1
            yield "-", finder.for_path(Path(name).parent if name else Path.cwd())
            continue
        try:
            for target in iter_files([given], finder, notice=notice,
                                     on_error=lambda error: result.errors.append(f"{error.path}: {error.reason}")):
                counted[0] += 1
                yield target
        except FileNotFoundError:
            result.errors.append(f"{given}: no such file or directory")
        except (ConfigError, SourceError) as exc:
            result.errors.append(str(exc))


def _write(result: FileResult, options: Options) -> None:
    if result.fixed_text is None or result.source is None:
        return
    try:
        write_fixed(result.source, result.fixed_text)
    except WriteRefused as exc:
        # Nothing was written: report the file as it stays, never "fixed".
        source, result.fixed_text, result.source = result.source, None, None
        check_document_with(source, result.config, replace(options, fix=False, diff=False), result)
        result.problems.append(str(exc))
    else:
        result.written = True


def run(request: CheckRequest, progress: Callable[[int, int], None] | None = None) -> RunResult:
    """Carry out a request: check every target, write the fixes, and return what happened."""
    result = RunResult(lang=request.options.lang or "zh")
    try:
        rules = load_rules()
    except RuleDefinitionError as exc:
        result.errors.append(f"error in rule definitions: {exc}")
        return result
    try:
        for option, selectors in (("--select", request.options.select or ()), ("--ignore", request.options.ignore)):
            for selector in selectors:
                try:
                    resolve_selector(selector, rules)
                except ValueError as exc:
                    raise ValueError(f"{option}: {exc}") from None
        finder = ConfigFinder(rules, request.config)
        if request.config is not None and not request.config.is_file():
            raise ValueError(f"{request.config}: no such configuration file")
        if request.options.lang is None:
            result.lang = finder.for_path(Path.cwd()).lang
    except (ValueError, ConfigError, OSError) as exc:
        result.errors.append(str(exc))
        return result
    accepted = None
    if request.baseline is not None and request.write_baseline is None:
        from .baseline import Baseline, BaselineError
        try:
            accepted = Baseline.read(request.baseline)
        except BaselineError as exc:
            result.errors.append(str(exc))
            return result
    counted = [0]
    for done, file in enumerate(_checked(_targets(request, finder, result, counted), request), 1):
        if request.options.fix and not request.options.diff:
            _write(file, request.options)
        result.files.append(file)
        if progress is not None:
            progress(done, counted[0])
    if request.write_baseline is not None or accepted is not None:
        from .baseline import BaselineError, apply_baseline
        try:
            notice = apply_baseline([f.report for f in result.files if f.report], accepted, request.write_baseline)
        except BaselineError as exc:
            result.errors.append(str(exc))
        else:
            if notice and request.notices:
                result.notices.append(notice)
    return result


__all__ = ["CheckRequest", "FileResult", "Options", "RunResult", "check_one", "read_and_check", "rules_for",
           "run", "unified_diff"]
