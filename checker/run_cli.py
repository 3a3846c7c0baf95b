"""`jiaodui check`: the whole run for the command line, from parsed arguments to an exit code."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from . import __version__
from .cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, _split, color_wanted, parse_severity
from .config import ConfigError, ConfigFinder, parse_size
from .fix import WriteRefused, write_fixed
from .registry import RuleDefinitionError, load_rules, resolve_selector
from .report import RunReport, render
from .runner import Options, check_one, fails
from .source import SourceError, encode, normalise_encoding_name, pass_through, read_document, read_stdin


def _error(message: str) -> None:
    print(f"jiaodui: {message}", file=sys.stderr)


def run_check(args) -> int:
    try:
        rules = load_rules()
    except RuleDefinitionError as exc:
        _error(f"error in rule definitions: {exc}")
        return EXIT_ERROR
    try:
        options = Options(select=_split(args.select), ignore=_split(args.ignore) or [],
                          fix=args.fix, unsafe_fixes=args.unsafe_fixes, diff=args.diff,
                          encoding=normalise_encoding_name(args.encoding, "--encoding") if args.encoding else None,
                          lang=args.lang, show_verified=args.show_verified,
                          max_file_size=parse_size(args.max_file_size) if args.max_file_size else None)
        for selector in (options.select or []) + options.ignore:
            resolve_selector(selector, rules)
        if args.jobs is not None and args.jobs < 1:
            raise ValueError(f"--jobs must be 1 or more, not {args.jobs}")
        finder = ConfigFinder(rules, args.config)
    except (ValueError, ConfigError) as exc:
        _error(str(exc))
        return EXIT_ERROR
    if args.config and not args.config.is_file():
        _error(f"{args.config}: no such configuration file")
        return EXIT_ERROR

    failed = False
    reports, fail_levels = [], []
    walk_errors: list[SourceError] = []
    try:
        targets = list(_targets(args, finder, walk_errors.append))
    except FileNotFoundError as exc:
        _error(f"{exc.args[0]}: no such file or directory")
        return EXIT_ERROR
    except ConfigError as exc:
        _error(str(exc))
        return EXIT_ERROR
    for walk_error in walk_errors:
        _error(f"{walk_error.path}: {walk_error.reason}")
        failed = True

    for path, config, doc, outcome, error in _checked(targets, args, options):
        if error is not None:
            _error(f"{error.path}: {error.reason}")
            failed = True
            if path == "-" and args.fix and not args.diff:
                sys.stdout.flush()  # a filter never swallows its input
                pass_through(error, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            continue
        for crash in outcome.crashes:
            _error(f"internal error: rule {crash.rule_id} crashed on {crash.path}: {crash.error}")
            failed = True
        if outcome.problem:
            _error(outcome.problem)
            failed = True
        if outcome.diff:
            # With a machine-readable format, stdout belongs to the report.
            (sys.stdout if args.format == "text" else sys.stderr).write(outcome.diff)
        if path == "-" and args.fix and not args.diff:
            # As a filter, --fix on stdin always prints the whole text, fixed or not, in the
            # input's own encoding and with its undecodable bytes kept.
            _write_stdout_bytes(encode(doc, outcome.fixed_text if outcome.fixed_text is not None else doc.text))
        elif outcome.fixed_text is not None:
            try:
                write_fixed(doc, outcome.fixed_text)
            except WriteRefused as exc:
                _error(str(exc))
                failed = True
        reports.append(outcome.report)
        fail_levels.append(parse_severity(args.fail_on) or config.fail_on)

    report = RunReport(reports, __version__, show_verified=args.show_verified)
    # With --fix on stdin the fixed text owns stdout; the report goes to stderr.
    stream = sys.stderr if (args.fix and any(p == "-" for p in args.paths)) else sys.stdout
    if not args.diff or args.format != "text":
        render(args.format, report, stream, color=color_wanted(args) and stream is sys.stdout,
               quiet=args.quiet)
    if failed:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    if args.diff:
        return EXIT_FINDINGS if any(r.fixed for r in reports) else EXIT_OK
    found = any(fails(r.diagnostics, level) for r, level in zip(reports, fail_levels))
    return EXIT_FINDINGS if found else EXIT_OK


# Below this many files a process pool costs more (start-up, pickling) than it saves.
_PARALLEL_MIN_FILES = 8


def _check_target(target):
    """Read and check one file; runs in a worker process for large runs (pure: writes nothing)."""
    path, config, options = target
    try:
        doc = read_document(path, options.encoding,
                            (options.max_file_size if options.max_file_size is not None else config.max_file_size),
                            fallback=config.encoding)
    except SourceError as exc:
        return path, config, None, None, exc
    outcome = check_one(doc, config, options)
    # Analyses cached on the documents are not needed any more: do not ship them back.
    doc.drop_analyses()
    outcome.report.document.drop_analyses()
    return path, config, doc, outcome, None


def _checked(targets, args, options):
    """(path, config, document, outcome, error) per target, in the order given."""
    files = [(path, config, options) for path, config in targets if path != "-"]
    jobs = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    if jobs > 1 and len(files) >= _PARALLEL_MIN_FILES:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
        with ProcessPoolExecutor(max_workers=min(jobs, len(files)), mp_context=context) as pool:
            results = iter(pool.map(_check_target, files, chunksize=max(1, len(files) // (jobs * 8))))
    else:
        results = map(_check_target, files)
    for path, config in targets:
        if path == "-":
            try:
                doc = _read(path, args, config, options)
            except SourceError as exc:
                yield path, config, None, None, exc
                continue
            yield path, config, doc, check_one(doc, config, options), None
        else:
            yield next(results)


def _targets(args, finder, on_error):
    from .discovery import iter_files
    for given in args.paths:
        if given == "-":
            name = args.stdin_filename or "-"
            yield "-", finder.for_path(Path(name).parent if args.stdin_filename else Path.cwd())
        else:
            yield from iter_files([given], finder, notice=None if args.quiet else _error, on_error=on_error)


def _write_stdout_bytes(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _read(path: str, args, config, options):
    limit = (options.max_file_size if options.max_file_size is not None else config.max_file_size)
    if path == "-":
        return read_stdin(args.stdin_filename or "-", options.encoding, limit, fallback=config.encoding)[0]
    return read_document(path, options.encoding, limit, fallback=config.encoding)
