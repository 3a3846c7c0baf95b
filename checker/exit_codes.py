"""The exit codes of `jiaodui`, in one table. This module imports nothing, so every part of the
checker (and a wrapper script) can use the names without pulling in the CLI.

| code | meaning |
|---|---|
| 0 | the run finished and found nothing at or above `--fail-on` (or `--exit-zero` was given) |
| 1 | the run finished and found problems (or `--diff` has changes to show) |
| 2 | the request could not be carried out as asked: bad arguments or configuration, a file that could not be read, decoded or written (nothing is changed and nothing is lost) |
| 3 | internal error: a rule crashed or the checker hit a bug; please report it |
| 130 | interrupted (Ctrl-C) |
"""
from __future__ import annotations

OK = 0
FINDINGS = 1
ERROR = 2
INTERNAL = 3
INTERRUPTED = 130

TABLE: dict[int, str] = {
    OK: "no problems found",
    FINDINGS: "problems found",
    ERROR: "usage, configuration or input error; nothing was changed",
    INTERNAL: "internal error (a rule crashed or a bug); please report it",
    INTERRUPTED: "interrupted",
}
