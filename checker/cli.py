"""Command line: arguments → run → report → exit code."""
from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

from . import __version__
from .diagnostic import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jiaodui",
        description="校对 jiaodui: a rule-driven checker for Chinese news copy. "
                    "Subcommands: check (default), rules, explain ID.")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or directories to check (directories: *.txt and *.md); - reads stdin")
    from .report import FORMATS  # one list: a new reporter module is a new --format value
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument("--select", action="append", metavar="RULES",
                        help="only these rules: ids, names or family prefixes, comma-separated")
    parser.add_argument("--ignore", action="append", metavar="RULES", help="skip these rules")
    parser.add_argument("--fail-on", choices=("error", "warning", "info"),
                        help="lowest severity that makes the exit code 1 (default: warning)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when problems are found")
    parser.add_argument("--quiet", "-q", action="store_true", help="print diagnostics only, no summary")
    parser.add_argument("--no-color", action="store_true", help="never colour the output")
    parser.add_argument("--fix", action="store_true", help="apply safe fixes, then report what is left")
    parser.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff, apply unsafe fixes too")
    parser.add_argument("--diff", action="store_true", help="print the diff --fix would apply; change nothing")
    parser.add_argument("--encoding", help="read files in this encoding instead of detecting it")
    parser.add_argument("--stdin-filename", help="the path to report (and find configuration) for stdin")
    parser.add_argument("--config", type=Path, help="use this configuration file, not the nearest one")
    parser.add_argument("--max-file-size", help="skip files larger than this (default 10MB)")
    parser.add_argument("--lang", choices=("zh", "en"), help="language of messages (default zh)")
    parser.add_argument("--jobs", "-j", type=int, metavar="N",
                        help="check files in N processes (default: one per CPU, for runs of 8+ files)")
    parser.add_argument("--show-verified", action="store_true",
                        help="also print the statements checks proved right (e.g. sums that add up)")
    parser.add_argument("--version", action="version", version=f"jiaodui {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, but the output was not delivered.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception:  # noqa: BLE001 -- a bug outside any rule: say so, and never pass for "problems found"
        import traceback
        traceback.print_exc()
        print("jiaodui: internal error (exit 2); please report it with the traceback above",
              file=sys.stderr)
        return EXIT_ERROR


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_streams()
    if argv and argv[0] == "rules":
        return _cmd_rules(argv[1:])
    if argv and argv[0] == "explain":
        return _cmd_explain(argv[1:])
    if argv and argv[0] == "check":
        argv = argv[1:]
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_OK if exc.code == 0 else EXIT_ERROR
    if not args.paths:
        parser.print_usage(sys.stderr)
        print("jiaodui: error: give at least one PATH (or - for stdin)", file=sys.stderr)
        return EXIT_ERROR
    from .run_cli import run_check
    return run_check(args)


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except ValueError:
                pass


def _load_rules_or_exit():
    from .registry import RuleDefinitionError, load_rules
    try:
        return load_rules()
    except RuleDefinitionError as exc:
        print(f"jiaodui: error in rule definitions: {exc}", file=sys.stderr)
        return None


def _cmd_rules(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="jiaodui rules", description="List every rule.")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    rules = _load_rules_or_exit()
    if rules is None:
        return EXIT_ERROR
    if args.format == "json":
        import json
        json.dump([{"id": r.id, "name": r.name, "severity": str(r.severity), "summary": r.summary}
                   for r in rules], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    for rule in rules:
        print(f"{rule.id:<9} {rule.name:<28} {rule.severity!s:<8} {rule.summary}")
    return EXIT_OK


def _cmd_explain(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="jiaodui explain", description="Show a rule's documentation.")
    parser.add_argument("rule", help="rule id or name, e.g. ENC003 or inline-pinyin")
    args = parser.parse_args(argv)
    rules = _load_rules_or_exit()
    if rules is None:
        return EXIT_ERROR
    from .explain import explain
    matches = [r for r in rules if r.id == args.rule.upper() or r.name == args.rule.lower()]
    if not matches:
        print(f"jiaodui: unknown rule {args.rule!r} (see `jiaodui rules`)", file=sys.stderr)
        return EXIT_ERROR
    print(explain(matches[0]))
    return EXIT_OK


def color_wanted(args) -> bool:
    return not args.no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()


def parse_severity(name: str | None) -> Severity | None:
    return Severity.parse(name) if name else None
