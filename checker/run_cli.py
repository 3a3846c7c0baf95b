"""`jiaodui check`: the whole run for the command line, from parsed arguments to an exit code."""
from __future__ import annotations

import sys
from pathlib import Path

from . import __version__
from .cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, _split, color_wanted, parse_severity
from .config import ConfigError, ConfigFinder, parse_size
from .registry import RuleDefinitionError, load_rules, resolve_selector
from .report import RunReport, render
from .runner import Options, WriteRefused, check_one, fails, write_atomically
from .source import SourceError, document_from_bytes, normalise_encoding_name, read_document


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
                          encoding=normalise_encoding_name(args.encoding) if args.encoding else None,
                          lang=args.lang, show_verified=args.show_verified,
                          max_file_size=parse_size(args.max_file_size) if args.max_file_size else None)
        for selector in (options.select or []) + options.ignore:
            resolve_selector(selector, rules)
        finder = ConfigFinder(rules, args.config)
    except (ValueError, ConfigError) as exc:
        _error(str(exc))
        return EXIT_ERROR
    if args.config and not args.config.is_file():
        _error(f"{args.config}: no such configuration file")
        return EXIT_ERROR

    failed = False
    reports, fail_levels = [], []
    try:
        targets = list(_targets(args, finder))
    except FileNotFoundError as exc:
        _error(f"{exc.args[0]}: no such file or directory")
        return EXIT_ERROR
    except ConfigError as exc:
        _error(str(exc))
        return EXIT_ERROR

    for path, config in targets:
        try:
            doc = _read(path, args, config, options)
        except SourceError as exc:
            _error(f"{exc.path}: {exc.reason}")
            failed = True
            continue
        outcome = check_one(doc, config, options)
        for crash in outcome.crashes:
            _error(f"internal error: rule {crash.rule_id} crashed on {crash.path}: {crash.error}")
            failed = True
        if outcome.problem:
            _error(outcome.problem)
            failed = True
        if outcome.diff:
            sys.stdout.write(outcome.diff)
        if outcome.fixed_text is not None:
            if path == "-":
                sys.stdout.write(outcome.fixed_text)
            else:
                try:
                    write_atomically(doc, outcome.fixed_text)
                except WriteRefused as exc:
                    _error(str(exc))
                    failed = True
                except OSError as exc:
                    _error(f"{path}: cannot write the fixed file: {exc}; file left unchanged")
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


def _targets(args, finder):
    from .discovery import iter_files
    for given in args.paths:
        if given == "-":
            name = args.stdin_filename or "-"
            yield "-", finder.for_path(Path(name).parent if args.stdin_filename else Path.cwd())
        else:
            yield from iter_files([given], finder)


def _read(path: str, args, config, options):
    encoding = options.encoding or config.encoding
    if path == "-":
        data = sys.stdin.buffer.read()
        limit = options.max_file_size or config.max_file_size
        if len(data) > limit:
            raise SourceError(args.stdin_filename or "-", f"input is over the {limit:,}-byte limit, skipped", True)
        return document_from_bytes(data, args.stdin_filename or "-", encoding)
    return read_document(path, encoding, options.max_file_size or config.max_file_size)
