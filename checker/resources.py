"""Where the rule definitions and their data live, installed or in a source checkout."""
from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def rules_dir() -> Path:
    # A wheel carries rules/ inside the package as checker/_rules; a source checkout (and an
    # editable install) reads the top-level rules/ beside the package.
    for candidate in (_PACKAGE / "_rules", _PACKAGE.parent / "rules"):
        if (candidate / "data").is_dir():
            return candidate
    raise FileNotFoundError("jiaodui: rule definitions not found (expected checker/_rules or rules/)")


def data_path(name: str) -> Path:
    return rules_dir() / "data" / name


@functools.cache
def common_hanzi() -> dict[str, str]:
    """Most frequent Han characters per script ("simplified", "traditional"), in rank order."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in data_path("common_hanzi.txt").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), [])
        elif current is not None:
            current.append(line.strip())
    return {script: "".join(lines) for script, lines in sections.items()}
