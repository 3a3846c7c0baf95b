"""Command line: arguments → a typed command → run (checker/runner.py) → printed → exit code.

    jiaodui [check] [OPTIONS] PATH...      check files (the default subcommand)
    jiaodui rules [--format text|json]     list every rule
    jiaodui explain RULE                   a rule's documentation
    jiaodui serve [--port N]               a local proofreading page (checker/serve)

A subcommand is recognised wherever the global options stand (`jiaodui --lang en rules`); a path
named like a subcommand is reached through the explicit one (`jiaodui check rules/`). This module
parses and prints; runner.py knows nothing of it.
"""
from __future__ import annotations

import contextlib
import functools
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from . import __version__, exit_codes, runner
from .cache import DIRECTORY
from .diagnostic import Severity
from .runner import CheckRequest, Options, RunResult
from .typenames import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from typing import Any, NoReturn, TextIO

    from .registry import Rule

    # An option: its flags and argparse's keywords for it. The check command's options (_check_options)
    # make argparse's parser (build_parser) and are read by _plain_check_args without it: one table.
    OptionSpec = tuple[tuple[str, ...], dict[str, Any]]
    # How _plain_check_args reads an option: (name in the namespace, action, type, choices)
    _Reading = tuple[str, str, Callable[[str], Any] | None, Sequence[str] | None]

SUBCOMMANDS = ("check", "rules", "explain", "lsp", "serve")


class UsageError(Exception):
    """The command line asks for something impossible (exit 2); argparse's own errors included."""


class OutputError(Exception):
    """The report could not be written (a full disk, /dev/full, a closed descriptor): exit 2."""


@contextlib.contextmanager
def _writing(where: str) -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write the report to {where}: {exc.strerror or exc}") from None


def _terminal_width() -> int:
    """`shutil.get_terminal_size().columns`, without importing shutil (with zlib, bz2 and lzma:
    ~2 ms of every run, for a width only --help and usage errors use)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


@functools.cache
def _parser_class() -> type[argparse.ArgumentParser]:
    """argparse's parser as the command line uses it. Made when first needed: a plain check's
    command line is read without argparse (_plain_check_args)."""
    import argparse

    class _Formatter(argparse.HelpFormatter):
        """argparse's formatter, sized as argparse sizes it (argparse makes one for every option it
        is given, to check its metavar, and each would ask shutil for the terminal's width)."""

        def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                     width: int | None = None) -> None:
            super().__init__(prog, indent_increment, max_help_position,
                             width if width is not None else _terminal_width() - 2)

    class _Parser(argparse.ArgumentParser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("formatter_class", _Formatter)
            super().__init__(*args, **kwargs)

        def error(self, message: str) -> NoReturn:
            raise UsageError(f"{message}\n{self.format_usage().strip()}")

    return _Parser


@dataclass(frozen=True)
class Output:
    """How the CLI presents a run (the runner never sees these)."""
    format: str = "text"
    quiet: bool = False
    color: bool = False
    statistics: bool = False
    output_file: Path | None = None
    verbose: bool = False
    exit_zero: bool = False


@dataclass(frozen=True)
class CheckCommand:
    """`jiaodui check`: what to check (for the runner) and how to present it (for the CLI)."""
    request: CheckRequest
    output: Output


@dataclass(frozen=True)
class RulesCommand:
    """`jiaodui rules`: list every rule."""
    format: str = "text"
    lang: str = "zh"


@dataclass(frozen=True)
class ExplainCommand:
    """`jiaodui explain RULE`: a rule's documentation."""
    rule: str
    lang: str = "zh"


Command = CheckCommand | RulesCommand | ExplainCommand


def _split(values: list[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(item.strip() for value in values for item in value.split(",") if item.strip())


# Options every subcommand takes, so they may stand before or after it.
_COMMON: tuple[OptionSpec, ...] = (
    (("--lang",), {"choices": ("zh", "en"), "help": "language of messages and summary (default zh)"}),
    (("--no-color",), {"action": "store_true", "help": "never colour the output"}),
    (("--verbose", "-v"), {"action": "store_true", "help": "print the traceback of an internal error (to report it)"}),
)


def _common(parser: argparse.ArgumentParser) -> None:
    for flags, keywords in _COMMON:
        parser.add_argument(*flags, **keywords)


@functools.cache
def _check_options() -> tuple[OptionSpec, ...]:
    """The check command's options, in the order --help lists them."""
    from .report import FORMATS  # one list: a new reporter module is a new --format value
    return (
        (("--format",), {"choices": FORMATS, "default": "text"}),
        (("--select",), {"action": "append", "metavar": "RULES",
                         "help": "only these rules: ids, names or family prefixes, comma-separated"}),
        (("--ignore",), {"action": "append", "metavar": "RULES", "help": "skip these rules"}),
        (("--fail-on",), {"choices": ("error", "warning", "info"),
                          "help": "lowest severity that makes the exit code 1 (default: warning)"}),
        (("--exit-zero",), {"action": "store_true", "help": "exit 0 even when problems are found"}),
        (("--quiet", "-q"), {"action": "store_true", "help": "print diagnostics only, no summary"}),
        (("--statistics",), {"action": "store_true",
                             "help": "print how many problems each rule found instead of each problem"}),
        (("--output-file", "-o"), {"type": Path, "metavar": "FILE",
                                   "help": "write the report to FILE instead of standard output"}),
        (("--fix",), {"action": "store_true", "help": "apply safe fixes, then report what is left"}),
        (("--unsafe-fixes",), {"action": "store_true", "help": "with --fix or --diff, apply unsafe fixes too"}),
        (("--diff",), {"action": "store_true", "help": "print the diff --fix would apply; change nothing"}),
        (("--encoding",), {"help": "read files in this encoding instead of detecting it"}),
        (("--stdin-filename",), {"help": "the path to report (and find configuration) for stdin"}),
        (("--format-in",), {"choices": ("plain", "markdown", "html", "docx"),
                            "help": "read every file as this format (default: by extension: .md/.markdown, "
                                    ".html/.htm, .docx; anything else is plain text)"}),
        (("--annotate",), {"type": Path, "metavar": "OUT.docx",
                           "help": "for one .docx: write a copy to OUT.docx with each finding as a Word comment"}),
        (("--config",), {"type": Path, "help": "use this configuration file, not the nearest one"}),
        (("--max-file-size",), {"help": "skip files larger than this (default 10MB)"}),
        (("--jobs", "-j"), {"type": int, "metavar": "N",
                            "help": "check files in N processes (default: one per CPU, for runs of 8+ files)"}),
        (("--baseline",), {"type": Path, "metavar": "FILE",
                           "help": "report only findings not recorded in this baseline file"}),
        (("--write-baseline",), {"type": Path, "metavar": "FILE",
                                 "help": "record every finding in this baseline file (then only new ones are reported)"}),
        (("--no-cache",), {"action": "store_true",
                           "help": "neither read nor write the result cache (.jiaodui_cache/ in the current directory)"}),
        (("--show-verified",), {"action": "store_true",
                                "help": "also print the statements checks proved right (e.g. sums that add up)"}),
        (("--version",), {"action": "version", "version": f"jiaodui {__version__}"}),
        *_COMMON,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _parser_class()(
        prog="jiaodui", allow_abbrev=False,
        description="校对 jiaodui: a rule-driven checker for Chinese news copy. "
                    "Subcommands: check (default), rules, explain RULE, serve.",
        epilog="exit codes: " + "; ".join(f"{code} {meaning}" for code, meaning in exit_codes.TABLE.items()))
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files or directories to check (directories: *.txt, *.md); - reads stdin")
    for flags, keywords in _check_options():
        parser.add_argument(*flags, **keywords)
    return parser


def _rules_parser() -> argparse.ArgumentParser:
    parser = _parser_class()(prog="jiaodui rules", allow_abbrev=False, description="List every rule.")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    _common(parser)
    return parser


def _explain_parser() -> argparse.ArgumentParser:
    parser = _parser_class()(prog="jiaodui explain", allow_abbrev=False, description="Show a rule's documentation.")
    parser.add_argument("rule", help="rule id or name, e.g. ENC003 or inline-pinyin")
    _common(parser)
    return parser


def _takes_value(parser: argparse.ArgumentParser) -> set[str]:
    return {option for action in parser._actions if action.nargs != 0 for option in action.option_strings}


@functools.cache
def _check_parser() -> argparse.ArgumentParser:
    # Once per process: building the parser (40 options, each message looked up by gettext) is a
    # few ms of a one-file check, and the command line is split twice (in _main and in parse)
    # before it is parsed.
    return build_parser()


@functools.cache
def _check_options_taking_values() -> frozenset[str]:
    """The check command's options that take a value (what _takes_value finds in its parser)."""
    return frozenset(flag for flags, keywords in _check_options()
                     if keywords.get("action") not in ("store_true", "version") for flag in flags)


@functools.cache
def _check_readings() -> dict[str, _Reading]:
    """Each flag of the check command's options -> how to read it, as argparse would; the
    namespace's defaults. Only the actions a plain command line uses (a flag, a value, a value
    given again and again); --version is argparse's."""
    readings: dict[str, _Reading] = {}
    for flags, keywords in _check_options():
        action = keywords.get("action", "store")
        if action not in ("store", "store_true", "append"):
            continue
        long = [flag for flag in flags if flag.startswith("--")]
        name = (long or list(flags))[0].lstrip("-").replace("-", "_")      # argparse's dest
        for flag in flags:
            readings[flag] = (name, action, keywords.get("type"), keywords.get("choices"))
    return readings


def _check_defaults() -> dict[str, Any]:
    """The namespace argparse starts from: each option's default (False for a flag)."""
    defaults: dict[str, Any] = {"paths": []}
    for flags, keywords in _check_options():
        action = keywords.get("action", "store")
        if action == "version":
            continue
        long = [flag for flag in flags if flag.startswith("--")]
        name = (long or list(flags))[0].lstrip("-").replace("-", "_")
        defaults[name] = keywords.get("default", False if action == "store_true" else None)
    return defaults


def _plain_check_args(argv: Sequence[str]) -> SimpleNamespace | None:
    """The check command's arguments as argparse would read them, for a plain command line:
    paths in one run (argparse takes one run of positionals for PATH...), options spelled out
    whole, each value a separate word not starting with -, in its choices, and of its type.
    None for anything else (--help, `--opt=value`, `-j2`, `--`, a second run of paths, a mistake):
    then argparse reads it, and words its errors. Building argparse's parser (40 options) and
    importing it was ~5 ms of a one-file check; tests/test_cli.py holds the two readings equal."""
    readings = _check_readings()
    values = _check_defaults()
    paths: list[str] = []
    runs = 0
    after_path = False
    i = 0
    while i < len(argv):
        token = argv[i]
        i += 1
        if not token.startswith("-") or token == "-":
            if not after_path:
                runs += 1
                if runs > 1:
                    return None     # argparse: "unrecognized arguments"
            paths.append(token)
            after_path = True
            continue
        after_path = False
        reading = readings.get(token)
        if reading is None:
            return None
        name, action, kind, choices = reading
        if action == "store_true":
            values[name] = True
            continue
        if i >= len(argv) or argv[i].startswith("-"):
            return None
        text = argv[i]
        i += 1
        try:
            value = kind(text) if kind is not None else text
        except (TypeError, ValueError):
            return None
        if choices is not None and value not in choices:
            return None
        if action == "append":
            values[name] = [*(values[name] or []), value]
        else:
            values[name] = value
    if not paths:
        return None
    values["paths"] = paths
    return SimpleNamespace(**values)


def split_subcommand(argv: Sequence[str]) -> tuple[str, list[str]]:
    """The subcommand and the remaining arguments. The first word that is neither an option nor
    an option's value is the subcommand if it is one's name; otherwise it is a path and the
    subcommand is `check`."""
    takes_value = _check_options_taking_values()
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            break
        if token.startswith("-") and token != "-":
            i += 2 if token in takes_value else 1
            continue
        if token in SUBCOMMANDS:
            return token, [*argv[:i], *argv[i + 1:]]
        break
    return "check", list(argv)


def parse(argv: Sequence[str], stdout: TextIO | None = None) -> Command:
    """The command line as a typed command; raises UsageError (exit 2)."""
    command, rest = split_subcommand(argv)
    args: Any       # argparse's namespace, or _plain_check_args' with the same names
    if command == "rules":
        args = _rules_parser().parse_args(rest)
        return RulesCommand(args.format, args.lang or "zh")
    if command == "explain":
        args = _explain_parser().parse_args(rest)
        return ExplainCommand(args.rule, args.lang or "zh")
    args = _plain_check_args(rest) or _check_parser().parse_args(rest)
    if not args.paths:
        raise UsageError("give at least one PATH (or - for stdin)")
    from .config import parse_size
    from .source import normalise_encoding_name
    try:
        encoding = normalise_encoding_name(args.encoding, "--encoding") if args.encoding else None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    try:
        max_file_size = parse_size(args.max_file_size) if args.max_file_size is not None else None
    except ValueError as exc:
        raise UsageError(f"--max-file-size: {exc}") from None
    if args.annotate is not None and (len(args.paths) != 1 or args.fix or args.diff):
        raise UsageError("--annotate takes exactly one .docx PATH (and no --fix or --diff)")
    if args.annotate is not None:
        from .formats import format_of
        checked = args.stdin_filename if args.paths[0] == "-" and args.stdin_filename else args.paths[0]
        if format_of(checked, args.format_in) != "docx":
            raise UsageError(f"--annotate {checked}: not a Word document (.docx)")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError(f"--jobs must be 1 or more, not {args.jobs}")
    options = Options(select=_split(args.select), ignore=_split(args.ignore) or (), fix=args.fix,
                      unsafe_fixes=args.unsafe_fixes, diff=args.diff, encoding=encoding, lang=args.lang,
                      max_file_size=max_file_size, show_verified=args.show_verified,
                      format_in=args.format_in, annotate=str(args.annotate) if args.annotate else None,
                      cache=None if args.no_cache else _cache_directory())
    request = CheckRequest(tuple(args.paths), options,
                           fail_on=Severity.parse(args.fail_on) if args.fail_on else None,
                           stdin_filename=args.stdin_filename, config=args.config, jobs=args.jobs,
                           notices=not args.quiet, baseline=args.baseline, write_baseline=args.write_baseline)
    stream = stdout if stdout is not None else sys.stdout
    color = (not args.no_color and "NO_COLOR" not in os.environ and args.output_file is None
             and stream is not None and stream.isatty())
    return CheckCommand(request, Output(args.format, args.quiet, color, args.statistics, args.output_file,
                                        args.verbose, args.exit_zero))


def _cache_directory() -> str | None:
    """The result cache in the current directory (None: turned off by JIAODUI_NO_CACHE, or no
    current directory to put it in)."""
    if os.environ.get("JIAODUI_NO_CACHE"):
        return None
    try:
        return str(Path.cwd() / DIRECTORY)
    except OSError:
        return None


# The language of the messages on stderr: --lang, else the configuration's (set once known).
_lang = "zh"


def _error(message: str) -> None:
    from .messages import for_editor
    print(f"jiaodui: {for_editor(message, _lang)}", file=sys.stderr)


def _lang_of(argv: Sequence[str]) -> str:
    """--lang as given (before the arguments are parsed: a usage error is worded in it too)."""
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "zh"
        if argument.startswith("--lang="):
            return "en" if argument == "--lang=en" else "zh"
    return "zh"


def main(argv: Sequence[str] | None = None) -> int:
    global _lang
    argv = list(sys.argv[1:] if argv is None else argv)
    verbose = "--verbose" in argv or "-v" in argv
    _lang = _lang_of(argv)
    try:
        _utf8_streams()
        code = _main(argv)
        with _writing("standard output"):
            if sys.stdout is not None:
                sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        return exit_codes.INTERRUPTED
    except OutputError as exc:
        _error(str(exc))
        _silence_stdout()
        return exit_codes.ERROR
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, but the output was not delivered.
        _silence_stdout()
        return exit_codes.ERROR
    except Exception as exc:  # noqa: BLE001 -- a bug: one line, never a traceback unless asked for
        if verbose:
            import traceback
            traceback.print_exc()
        _error(f"internal error ({_one_line(f'{type(exc).__name__}: {exc}')}); please report it"
               + ("" if verbose else " (run again with --verbose for the details)"))
        return exit_codes.INTERNAL


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def _stdout_usable() -> bool:
    """False when standard output was closed (`>&-`): Python then has no sys.stdout at all."""
    if sys.stdout is None:
        return False
    try:
        descriptor = sys.stdout.fileno()
    except (OSError, ValueError):  # not a file descriptor (a test, an embedding program)
        return True
    try:
        os.fstat(descriptor)
    except OSError:
        return False
    return True


def _main(argv: list[str]) -> int:
    subcommand, rest = split_subcommand(argv)
    if subcommand == "lsp":  # the language server owns stdin and stdout (checker/lsp)
        from .lsp import main as lsp
        return lsp(rest)
    if subcommand == "serve":  # a long-running local page (checker/serve): its own options
        from .serve import main as serve
        return serve(rest)
    try:
        command = parse(argv)
    except UsageError as exc:
        _error(str(exc))
        return exit_codes.ERROR
    except SystemExit as exc:  # --help, --version: argparse printed them
        return exit_codes.OK if exc.code in (0, None) else exit_codes.ERROR
    writes_stdout = not (isinstance(command, CheckCommand) and command.output.output_file is not None)
    if writes_stdout and not _stdout_usable():
        _error("standard output is closed: nothing to write the report to; nothing was checked or changed "
               "(use --output-file FILE)")
        return exit_codes.ERROR
    with _writing("standard output"):
        if isinstance(command, RulesCommand):
            return _rules(command)
        if isinstance(command, ExplainCommand):
            return _explain(command)
    return _check(command)


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except ValueError:
                pass


def _silence_stdout() -> None:
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _load_rules() -> tuple[Rule, ...] | None:
    from .registry import RuleDefinitionError, load_rules
    try:
        return load_rules()
    except RuleDefinitionError as exc:
        _error(f"error in rule definitions: {exc}")
        return None


def _rules(command: RulesCommand) -> int:
    rules = _load_rules()
    if rules is None:
        return exit_codes.ERROR
    if command.format == "json":
        json.dump([{"id": r.id, "name": r.name, "severity": str(r.severity), "summary": r.summary}
                   for r in rules], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return exit_codes.OK
    from .report.text_format import SEVERITY_WORDS
    words = SEVERITY_WORDS[command.lang]
    for rule in rules:
        print(f"{rule.id:<9} {rule.name:<28} {words[str(rule.severity)]:<8} {rule.summary}")
    return exit_codes.OK


def _explain(command: ExplainCommand) -> int:
    rules = _load_rules()
    if rules is None:
        return exit_codes.ERROR
    from .explain import explain
    matches = [r for r in rules if r.id == command.rule.upper() or r.name == command.rule.lower()]
    if not matches:
        _error(f"unknown rule {command.rule!r} (see `jiaodui rules`)")
        return exit_codes.ERROR
    print(explain(matches[0], lang=command.lang))
    return exit_codes.OK


class Progress:
    """`checking 120/1500 files` on a terminal's stderr, once a run has lasted `delay` seconds;
    the line is erased when the run ends. Nothing at all when stderr is not a terminal."""

    def __init__(self, stream: TextIO, lang: str, delay: float = 1.0,
                 clock: Callable[[], float] = time.monotonic):
        self.stream, self.lang, self.delay, self.clock = stream, lang, delay, clock
        self.started = clock()
        self.last = 0.0
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if now - self.started < self.delay or (now - self.last < 0.1 and done < total):
            return
        self.last = now
        text = f"检查中 {done}/{total} 个文件…" if self.lang == "zh" else f"checking {done}/{total} files…"
        self.stream.write(f"\r{text}\033[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


def _write_bytes(stream: TextIO, data: bytes) -> None:
    """Bytes (a patch in its file's own encoding) onto a text stream, unchanged."""
    stream.flush()
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        buffer.write(data)
        buffer.flush()
    else:  # a stream without bytes underneath (an embedding program's StringIO)
        stream.write(data.decode("utf-8", "replace"))


def _writable_output(path: Path) -> None:
    """Fail early (before any file is fixed) when the report could not be written to `path`,
    without creating or emptying it: it may be one of the files to check."""
    if path.is_dir():
        raise UsageError(f"--output-file {path}: is a directory")
    where = path if path.exists() else path.parent
    if not os.access(where if str(where) else ".", os.W_OK):
        raise UsageError(f"--output-file {path}: cannot write: "
                         f"{'permission denied' if where.exists() else 'no such directory'}")


def _open_output(path: Path, result: RunResult) -> TextIO:
    try:
        output = os.stat(path)
    except OSError:
        output = None   # not there yet: it cannot be one of the files checked
    for file in result.files:
        with contextlib.suppress(OSError):
            if output is not None and os.path.samestat(os.stat(file.path), output):
                raise UsageError(f"--output-file {path}: is one of the files checked; the report "
                                 "was not written over it (name a file outside the checked paths)")
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--output-file {path}: cannot write: {exc.strerror or exc}") from None


def _check(command: CheckCommand) -> int:

    request, output = command.request, command.output
    try:
        if output.output_file is not None:
            _writable_output(output.output_file)
    except UsageError as exc:
        _error(str(exc))
        return exit_codes.ERROR
    lang = request.options.lang or "zh"
    progress = Progress(sys.stderr, lang) if sys.stderr is not None and sys.stderr.isatty() else None
    try:
        result = runner.run(request, progress)
    finally:
        if progress is not None:
            progress.clear()
    global _lang
    _lang = result.lang
    for message in result.notices:
        _error(message)
    for message in result.errors:
        _error(message)
    if result.errors and not result.files:
        return result.exit_code()
    try:
        target = _open_output(output.output_file, result) if output.output_file is not None else None
    except UsageError as exc:
        _error(str(exc))
        return exit_codes.ERROR

    fixing_stdin = request.options.fix and not request.options.diff and "-" in request.paths
    # With --fix on stdin the fixed text owns stdout; the report goes to stderr.
    stream: TextIO = target or (sys.stderr if fixing_stdin else sys.stdout)
    where = str(output.output_file) if target is not None else "standard output"
    try:
        with _writing(where):
            _print_run(result, output, stream, request, fixing_stdin)
    finally:
        if target is not None:
            with _writing(where):
                target.close()
    return result.exit_code(output.exit_zero, request.options.diff, request.fail_on)


def _print_run(result: RunResult, output: Output, stream: TextIO, request: CheckRequest,
               fixing_stdin: bool) -> None:
    """Everything a run has to say: messages to stderr, diffs and filtered text, the report."""
    from .report import RunReport, render
    from .source import pass_through

    for file in result.files:
        for problem in file.problems:
            _error(problem)
        for crash in file.crashes:
            _error(f"internal error: rule {crash.rule_id} crashed on {crash.path} ({_one_line(crash.error)}); "
                   "its findings are missing, the other rules ran; please report it")
            if output.verbose:
                sys.stderr.write(crash.trace)
        if file.diff:
            # With a machine-readable format, stdout belongs to the report.
            _write_bytes(stream if output.format == "text" else sys.stderr, file.diff)
        if file.stdout is not None or file.unread is not None:
            sys.stdout.flush()
            if file.unread is not None:
                pass_through(file.unread, sys.stdout.buffer)
            else:
                sys.stdout.buffer.write(file.stdout or b"")
            sys.stdout.buffer.flush()
    if result.not_fixed:
        _error(f"not fixed: {', '.join(result.not_fixed)}: {runner.NOT_FIXED_REASON}")

    report = RunReport([f.report for f in result.files if f.report is not None], __version__,
                       show_verified=request.options.show_verified, lang=result.lang,
                       skipped=sum(1 for f in result.files if f.skipped) + len(result.errors),
                       not_fixed=len(result.not_fixed))
    if output.statistics:
        from .report.text_format import render_statistics, statistics  # here: the text reporter's tables
        if output.format == "json":
            json.dump([{"count": count, "rule": rule_id, "name": name, "fixable": marker == "[*]"}
                       for count, rule_id, name, marker in statistics(report)],
                      stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        else:
            render_statistics(report, stream, quiet=output.quiet)
    elif not request.options.diff or output.format != "text":
        render(output.format, report, stream, color=output.color and stream is sys.stdout, quiet=output.quiet)
    stream.flush()
