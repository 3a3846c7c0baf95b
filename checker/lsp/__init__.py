"""`jiaodui lsp`: a Language Server over stdio (needs the `lsp` extra: pygls 2).

    jiaodui lsp [--stdio] [--debounce SECONDS]

The server itself is checker/lsp/server.py; positions are converted in positions.py, checks are
debounced and cancelled in schedule.py.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from .. import exit_codes

MISSING = "jiaodui lsp needs the `lsp` extra (pygls 2): pip install 'jiaodui[lsp]'"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="jiaodui lsp", allow_abbrev=False,
        description="Run jiaodui as a Language Server over standard input and output, for VS Code, "
                    "Neovim and any LSP editor.")
    parser.add_argument("--stdio", action="store_true",
                        help="talk over standard input and output (the default and only transport; "
                             "accepted because editors' LSP clients pass it)")
    parser.add_argument("--debounce", type=float, metavar="SECONDS",
                        help="wait this long after the last keystroke before checking (default 0.3; "
                             "the client's initializationOptions.debounce overrides it)")
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return exit_codes.OK if exc.code in (0, None) else exit_codes.ERROR
    if args.debounce is not None and args.debounce < 0:
        print("jiaodui lsp: --debounce must be 0 or more", file=sys.stderr)
        return exit_codes.ERROR
    try:
        from .server import serve
    except ImportError as exc:
        print(f"{MISSING} ({exc})", file=sys.stderr)
        return exit_codes.ERROR
    shut_down = serve(args.debounce)
    # The server closed standard output when the client left: nothing may flush it any more.
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 -- open until the process ends
    # The protocol's own exit codes: 0 after a shutdown request, 1 when the client just went away.
    return exit_codes.OK if shut_down else 1


__all__ = ["main"]
