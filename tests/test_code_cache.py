"""The stored code of dataclass methods (checker/code_cache.py): a later process runs the very code
`dataclasses` would compile, a damaged file is ignored, and JIAODUI_NO_CACHE leaves `dataclasses`
alone."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Declares dataclasses of the kinds the package uses (frozen, defaults, factories, order, slots,
# keyword-only fields), then prints what their generated methods are made of and do, and how many
# of their texts came from the stored file.
PROGRAM = r'''
import dataclasses, marshal, sys
import checker
from checker import code_cache

@dataclasses.dataclass(frozen=True, order=True)
class Mention:
    start: int
    text: str = "十二"
    tags: tuple = ()

@dataclasses.dataclass(slots=True, kw_only=True)
class Table:
    rows: list = dataclasses.field(default_factory=list)
    name: "str | None" = None

def describe(code):
    """A code object's parts (marshal's bytes also depend on reference counts)."""
    parts = [getattr(code, name) for name in ("co_code", "co_names", "co_varnames", "co_freevars", "co_cellvars",
             "co_filename", "co_name", "co_qualname", "co_flags", "co_argcount", "co_kwonlyargcount",
             "co_posonlyargcount", "co_stacksize", "co_firstlineno") if hasattr(code, name)]
    consts = [describe(c) if hasattr(c, "co_code") else repr(c) for c in code.co_consts]
    return repr((parts, consts))

methods = [Mention.__init__, Mention.__eq__, Mention.__lt__, Mention.__hash__, Mention.__setattr__,
           Mention.__repr__, Table.__init__, Table.__repr__, Table.__eq__]
made = [describe(m.__code__) + repr(m.__annotations__) + m.__qualname__ for m in methods]
a, b = Mention(3), Mention(3, "十二", ())
try:
    a.start = 4
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
behaviour = [a == b, a < Mention(4), hash(a) == hash(b), repr(a), frozen, repr(Table(rows=[1])),
             Table().rows is not Table().rows]
print(marshal.dumps(made).hex(), repr(behaviour), len(code_cache._used), sep="\n")
'''


def run(env: dict[str, str]) -> tuple[str, str, int]:
    result = subprocess.run([sys.executable, "-c", PROGRAM], cwd=ROOT, env=env, capture_output=True, text=True,
                            check=True)
    made, behaviour, used = result.stdout.splitlines()
    return made, behaviour, int(used)


def test_methods_are_kept_and_identical_in_the_next_process(tmp_path):
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path)}
    env.pop("JIAODUI_NO_CACHE", None)
    plain = run({**env, "JIAODUI_NO_CACHE": "1"})    # what dataclasses makes on its own
    first = run(env)
    stored = list(tmp_path.glob("dataclass-code-*.marshal"))
    assert len(stored) == 1
    second = run(env)
    assert first[2] == 0 and second[2] > 0 and plain[2] == 0
    assert first[:2] == second[:2] == plain[:2]
    assert "True, True, True" in plain[1] and "[1]" in plain[1]
    # A damaged file is ignored: the methods are compiled as usual (and the file written again).
    stored[0].write_bytes(b"\x00not marshal")
    assert run(env)[:2] == plain[:2]
    assert run(env) == second


def test_no_cache_leaves_dataclasses_alone(tmp_path):
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path), "JIAODUI_NO_CACHE": "1"}
    program = "import builtins, dataclasses, checker; print(getattr(dataclasses, 'exec', builtins.exec) is builtins.exec)"
    result = subprocess.run([sys.executable, "-c", program], cwd=ROOT, env=env, capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "True"
    assert not list(tmp_path.glob("dataclass-code-*"))
