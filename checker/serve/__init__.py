"""`jiaodui serve`: a local proofreading page for editors, and the JSON API it uses.

    jiaodui serve [--host 127.0.0.1] [--port 8765] [--allow-origin ORIGIN] [--max-size 10MB]
                  [--config FILE] [--verbose]

Nothing leaves the machine: the page, its script and its styles ship in the package, and the
server listens on 127.0.0.1 unless told otherwise (see checker/serve/server.py for what it refuses).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    from .server import DEFAULT_PORT
    parser = argparse.ArgumentParser(
        prog="jiaodui serve", allow_abbrev=False,
        description="A local proofreading page: paste a story or drop a .txt/.md/.html/.docx file, see each "
                    "finding underlined, apply fixes, download the corrected text. Also a JSON API "
                    "(POST /api/check, /api/fix, /api/upload, /api/annotate).")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port to listen on (default {DEFAULT_PORT}; 0: any free port)")
    parser.add_argument("--allow-origin", action="append", default=[], metavar="ORIGIN",
                        help="let pages of this origin (e.g. https://cms.example.org) call the API; repeatable")
    parser.add_argument("--max-size", default="10MB", help="largest request body accepted (default 10MB)")
    parser.add_argument("--config", type=Path, help="use this configuration file, not the nearest one")
    parser.add_argument("--lang", choices=("zh", "en"), help="language of the messages printed here")
    parser.add_argument("--no-color", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--verbose", "-v", action="store_true", help="log every request on standard error")
    return parser


def main(argv: Sequence[str]) -> int:
    """Run the server until Ctrl-C; the exit code (checker/exit_codes.py)."""
    from .. import exit_codes
    from ..config import ConfigError, parse_size
    from ..registry import RuleDefinitionError
    parser = _parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return exit_codes.OK if exc.code in (0, None) else exit_codes.ERROR
    try:
        max_size = parse_size(args.max_size)
    except ValueError as exc:
        print(f"jiaodui serve: --max-size: {exc}", file=sys.stderr)
        return exit_codes.ERROR
    for origin in args.allow_origin:
        if not origin.startswith(("http://", "https://")) or origin.count("/") != 2:
            print(f"jiaodui serve: --allow-origin {origin!r}: give an origin such as https://cms.example.org "
                  "(scheme, host and port; no path)", file=sys.stderr)
            return exit_codes.ERROR
    from .api import Context
    from .server import Server, log_to_stderr
    try:
        context = Context.load(args.config)
        server = Server(args.host, args.port, context=context, allow_origins=args.allow_origin, max_size=max_size,
                        log=log_to_stderr if args.verbose else None)
    except (ConfigError, RuleDefinitionError) as exc:
        print(f"jiaodui serve: {exc}", file=sys.stderr)
        return exit_codes.ERROR
    except OSError as exc:
        print(f"jiaodui serve: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return exit_codes.ERROR
    zh = (args.lang or context.config.lang) == "zh"
    print(f"jiaodui serve: {server.url}  " + ("（在浏览器中打开；Ctrl-C 停止）" if zh else "(open it in a browser; Ctrl-C stops)"),
          flush=True)
    if not server.hosts & {f"127.0.0.1:{server.server_address[1]}", f"[::1]:{server.server_address[1]}"}:
        print("jiaodui serve: " + ("警告：本服务不限于本机访问，且没有身份验证" if zh else
                                   "warning: reachable from other machines, with no authentication"),
              file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        return exit_codes.INTERRUPTED
    finally:
        server.server_close()
    return exit_codes.OK


__all__ = ["main"]
