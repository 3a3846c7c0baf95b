"""Every module of the package imports on its own, in a fresh interpreter, and no two modules
import each other (counting imports inside functions, which only hide a cycle)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "checker"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found[name.removesuffix(".__init__")] = path
    return found


# In one fresh interpreter, each module is imported with no module of the package loaded before
# it (the package's modules are forgotten after each), as `python -c "import checker.x"` would.
_IMPORT_EACH = """
import importlib, sys, traceback
OPTIONAL = {"pygls", "lsprotocol"}   # the `lsp` extra: checker.lsp.server needs it, checker.lsp does not
failed = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "checker" or m.startswith("checker.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in OPTIONAL:
            failed.append(name + ": " + traceback.format_exc(limit=3))
    except Exception:
        failed.append(name + ": " + traceback.format_exc(limit=3))
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def test_each_module_imports_alone_in_a_fresh_interpreter():
    modules = [name for name in _modules() if name != "checker.__main__"]
    result = subprocess.run([sys.executable, "-c", _IMPORT_EACH, *modules], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    cli = subprocess.run([sys.executable, "-c", "import checker.cli"], cwd=ROOT, capture_output=True, text=True)
    assert cli.returncode == 0, cli.stderr


def _imports(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            target = ".".join([*base, node.module] if node.module else base)
            for alias in node.names:
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name in modules and name != module}


def test_no_import_cycle_anywhere_in_the_package():
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}

    def reaches(start: str, goal: str) -> list[str] | None:
        stack, seen = [(start, [start])], set()
        while stack:
            node, trail = stack.pop()
            for nxt in graph[node]:
                if nxt == goal:
                    return [*trail, nxt]
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
        return None

    cycles = [trail for name in graph if (trail := reaches(name, name))]
    assert not cycles, cycles[0]
    assert "checker.cli" not in graph["checker.runner"]
