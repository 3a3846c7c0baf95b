"""What a one-file check loads: nothing the file at hand does not need (start-up is most of the
time of a small check; bench/bench.py measures it). Behaviour, not timing: which modules a run
imported."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROGRAM = r'''
import sys
from checker.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
sys.stderr.write("\nMODULES " + " ".join(sorted(sys.modules)))
'''


def python(program: str, cache: Path | None = None, *args: str) -> str:
    """What a fresh interpreter running program prints (in the checkout, with its own cache
    directory when one is given)."""
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(cache)} if cache else None
    return subprocess.run([sys.executable, "-c", program, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, check=True).stdout


def loaded(tmp_path: Path, text: str, *options: str) -> set[str]:
    article = tmp_path / "article.txt"
    article.write_text(text, "utf-8")
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", PROGRAM, "check", str(article), "--format", "json", *options],
                            cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert result.returncode in (0, 1), result.stderr
    return set(result.stderr.rpartition("MODULES ")[2].split())


SIMPLIFIED = "本报讯 市政府昨天召开会议，部署今年的防汛工作。会议要求各区县在五月底前完成隐患排查。\n"


def test_a_simplified_file_checked_without_the_cache_loads_no_cache_key_nor_script_tables(tmp_path):
    modules = loaded(tmp_path, SIMPLIFIED, "--no-cache")
    # importlib.metadata is read only for the result cache's key; opencc only for traditional text
    assert "importlib.metadata" not in modules
    assert "opencc" not in modules
    assert "tempfile" not in modules        # only a run that writes files (--fix, the cache) needs it
    # dataclasses imports inspect only to write docstrings, urllib.parse (for pathlib) ipaddress
    # only to check a URL's host (checker/deferred.py): neither is imported
    assert "inspect" not in modules
    assert "ipaddress" not in modules
    assert "urllib.parse" not in modules    # pathlib needs it only for Path.as_uri()
    assert "copy" not in modules            # dataclasses needs it only for asdict()
    assert "threading" not in modules       # checker/__main__.py asks it for threads only when imported


def test_a_check_with_everything_stored_imports_neither_typing_nor_argparse_nor_pickle(tmp_path):
    loaded(tmp_path, SIMPLIFIED, "--no-cache")      # the first run stores the rules, tables and programs
    modules = loaded(tmp_path, SIMPLIFIED, "--no-cache")
    # typing's names are for type checkers (checker/typenames.py); a plain command line is read
    # without argparse (cli._plain_check_args); stored tables are read by _pickle alone
    assert not {"typing", "argparse", "gettext", "pickle"} & modules
    assert "checker.checks.numbers" in modules          # the check did run


def test_typenames_named_tuples_are_typings():
    import pickle
    import typing

    from checker import typenames

    def record(base: type) -> type:
        class Record(base):  # type: ignore[misc,valid-type]
            """A record."""
            start: int
            end: int = 0
            label: str = "x"

            @property
            def length(self) -> int:
                return self.end - self.start

        return Record

    ours, theirs = record(typenames.NamedTuple), record(typing.NamedTuple)
    for name in ("_fields", "_field_defaults", "__doc__", "__qualname__", "__module__", "__match_args__",
                 "__bases__", "__slots__"):
        assert getattr(ours, name) == getattr(theirs, name), name
    assert ours.__annotations__ == {"start": "int", "end": "int", "label": "str"}
    assert typing.get_type_hints(ours) == typing.get_type_hints(theirs)
    one = ours(1, 5)
    assert one == theirs(1, 5) == (1, 5, "x") and one.length == 4 and one._replace(end=2).length == 1
    assert repr(one) == repr(theirs(1, 5)) and one._asdict() == {"start": 1, "end": 5, "label": "x"}
    from checker.analysis.sentences import Span
    assert pickle.loads(pickle.dumps(Span(1, 2, "abc"))) == Span(1, 2, "abc")
    with pytest.raises(TypeError):
        type("Bad", (typenames.NamedTuple,), {"__annotations__": {"a": "int", "b": "int"}, "a": 1,
                                              "__module__": __name__})
    with pytest.raises(AttributeError):
        type("Bad", (typenames.NamedTuple,), {"__annotations__": {"a": "int"}, "_make": None,
                                              "__module__": __name__})


def test_a_markdown_file_imports_urllib_parse_for_its_parser_without_ipaddress(tmp_path):
    article = tmp_path / "article.md"
    article.write_text("# 标题\n\n" + SIMPLIFIED, "utf-8")
    env = {**os.environ, "JIAODUI_CACHE_DIR": str(tmp_path / "cache")}
    result = subprocess.run([sys.executable, "-c", PROGRAM, "check", str(article), "--format", "sarif"],
                            cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert result.returncode in (0, 1), result.stderr
    modules = set(result.stderr.rpartition("MODULES ")[2].split())
    assert {"markdown_it", "urllib.parse"} <= modules and "ipaddress" not in modules


def test_the_stand_in_for_urllib_parse_in_pathlib_quotes_as_it_does():
    program = ("import sys\nimport checker, pathlib\nprint('urllib.parse' in sys.modules)\n"
               "print(pathlib.Path('/tmp/a b/桥').as_uri(), 'ipaddress' in sys.modules)\n"
               "import urllib.parse\nprint(urllib.parse.urlsplit('http://[::1]:80/').hostname)\n")
    assert python(program).split("\n")[:3] == ["False", "file:///tmp/a%20b/%E6%A1%A5 False", "::1"]


def test_every_dataclass_of_the_package_has_a_docstring():
    # Without one, dataclasses writes it from inspect.signature, and importing inspect for it was
    # ~8 ms of a one-file check (checker/deferred.py defers inspect for dataclasses)
    import ast
    missing = []
    for path in sorted((ROOT / "checker").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (isinstance(node, ast.ClassDef) and ast.get_docstring(node) is None
                    and any("dataclass" in ast.unparse(d) for d in node.decorator_list)):
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert not missing


def test_the_stand_ins_are_the_real_modules_when_used():
    program = ("import sys\nimport checker\nimport dataclasses\nfrom checker.analysis import numerals\n"
               "print('inspect' in sys.modules)\n"
               "@dataclasses.dataclass\nclass NoDocstring:\n    x: int\n"
               "print(NoDocstring.__doc__, 'inspect' in sys.modules)\n"
               "import inspect\nprint(inspect.signature(numerals.Number), type(inspect).__name__)\n"
               "import urllib.parse\nprint(urllib.parse.urlsplit('http://[::1]:80/').hostname)\n"
               "print(dataclasses.asdict(numerals.Number(1, 1)), 'copy' in sys.modules)\n")
    assert python(program).split("\n")[:5] == [
        "False", "NoDocstring(x: int) True",
        "(value: 'Decimal', precision: 'Decimal', chinese: 'bool' = False) -> None module", "::1",
        "{'value': 1, 'precision': 1, 'chinese': False} True"]


def test_the_cache_key_reads_the_libraries_versions_without_importlib_metadata(tmp_path):
    # the installation stamp reads the metadata directories itself (tests/test_cache.py), and
    # hashes with the built-in BLAKE2b rather than loading OpenSSL through hashlib
    modules = loaded(tmp_path, SIMPLIFIED)
    assert "checker.cache" in modules
    assert "importlib.metadata" not in modules
    assert "hashlib" not in modules


def test_kept_tables_are_read_back_equal_and_rebuilt_when_anything_changed(tmp_path, monkeypatch):
    from checker import resources
    from checker.analysis import terms
    monkeypatch.setenv("JIAODUI_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("JIAODUI_NO_CACHE", raising=False)
    built = terms.term_entries.__wrapped__.__wrapped__()       # the entries as the word lists give them
    calls = []

    def entries() -> dict:
        calls.append(1)
        return terms.term_entries.__wrapped__.__wrapped__()

    entries.__qualname__ = "test_entries"
    assert resources.kept(entries)() == built and len(calls) == 1     # built, and stored
    assert list(tmp_path.glob("data-*test_entries*.pickle"))
    stored = resources.kept(entries)()                                # another process: read back
    assert len(calls) == 1
    assert stored == built
    assert [e.after for group in stored.values() for e in group if e.after] == [
        e.after for group in built.values() for e in group if e.after]
    # Other code or data: built again, never served stale; a damaged file is built again too.
    monkeypatch.setattr(resources, "package_stamp", lambda: [("checker/analysis/terms.py", 1, 2)])
    assert resources.kept(entries)() == built and len(calls) == 2
    for path in tmp_path.glob("data-*test_entries*.pickle"):
        path.write_bytes(b"not a pickle")
    assert resources.kept(entries)() == built and len(calls) == 3


def test_the_term_index_finds_every_entry_and_the_entries_are_read_only_for_a_candidate(tmp_path):
    from checker.analysis import terms
    table = terms.term_table()
    assert {word for words in table.by_anchor.values() for word, _ in words} == set(terms.term_entries())
    program = ("import sys; from checker.analysis import terms\n"
               "from checker.document import Document\n"
               "doc = Document('a.txt', sys.argv[1], settings={'script': 'auto'})\n"
               "hits = terms.term_hits(doc)\n"
               "print(len(hits), terms.term_entries.cache_info().currsize, terms.syllables.cache_info().currsize)")

    def run(text: str) -> list[str]:
        return python(program, tmp_path, text).split()

    run(SIMPLIFIED)     # a first run builds the index from the entries, and stores both
    assert run(SIMPLIFIED) == ["0", "0", "0"]
    assert run("沥清路面已经铺好。")[1] == "1"      # a candidate: the entries are read


def test_the_lexicon_reads_the_same_mapped_or_read():
    from checker.analysis.words import LEXICON_FILE, Lexicon, lexicon
    from checker.resources import data_path
    mapped, read = lexicon(), Lexicon(data_path(LEXICON_FILE).read_bytes())
    assert len(mapped) == len(read)
    for word in ("研究", "究竟", "海淀区", "沥青", "帐蓬", "中华人民共和国", "不是词语吧", "a", "臺灣"):
        assert (word in mapped, mapped.frequency(word), mapped.tag(word)) == (
            word in read, read.frequency(word), read.tag(word))


def test_a_configuration_parse_is_kept_only_while_the_file_holds_the_same_text(tmp_path, monkeypatch):
    import pickle

    from checker import cache_files
    from checker.config import load_file
    from checker.registry import load_rules
    monkeypatch.setenv("JIAODUI_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("JIAODUI_NO_CACHE", raising=False)
    project = tmp_path / "pyproject.toml"
    project.write_text('[project]\nname = "paper"\n\n[tool.jiaodui]\nignore = ["LAYOUT"]\n', "utf-8")
    first = load_file(project, load_rules())
    stored = list((tmp_path / "cache").glob("toml-*.pickle"))
    assert first is not None and len(stored) == 1
    assert load_file(project, load_rules()) == first
    # The stored parse is what the next run uses (shown by changing it by hand) …
    kept = pickle.loads(cache_files.read(stored[0]))
    kept["parses"][str(project)][1]["tool"]["jiaodui"]["ignore"] = ["PUNC"]
    cache_files.write(stored[0], pickle.dumps(kept))
    assert load_file(project, load_rules()) != first
    # … only while the file's text is the one it was parsed from.
    project.write_text('[project]\nname = "paper"\n\n[tool.jiaodui]\nignore = ["LAYOUT"]  # edited\n', "utf-8")
    assert load_file(project, load_rules()) == first
    # Many configuration files (a test suite's) keep one file of the last few parses.
    for number in range(40):
        other = tmp_path / f"p{number}" / "jiaodui.toml"
        other.parent.mkdir()
        other.write_text(f'ignore = ["LAYOUT"]  # {number}\n', "utf-8")
        load_file(other, load_rules())
    assert len(list((tmp_path / "cache").glob("toml-*"))) == 1
    assert len(pickle.loads(cache_files.read(stored[0]))["parses"]) <= 16


def test_importing_the_package_loads_only_what_is_used_and_every_public_name_resolves():
    program = ("import sys, checker\n"
               "loaded = sorted(m for m in sys.modules if m.startswith('checker.'))\n"
               "names = [getattr(checker, name).__name__ for name in checker.__all__ if name != '__version__']\n"
               "print(loaded, names, set(checker.__all__) <= set(dir(checker)))")
    out = python(program)
    assert out.startswith("['checker.cache_files', 'checker.code_cache', 'checker.deferred', 'checker.regex_cache', "
                          "'checker.typenames'] ")
    assert out.rstrip().endswith("True")


def test_the_command_line_starts_with_the_collector_paused_and_resumes_it(tmp_path):
    program = ("import gc, sys\n"
               "from checker import __main__ as cli_main\n"
               "before = gc.isenabled()\n"
               "cli_main._start_up(['check', 'article.txt'])\n"
               "print(before, gc.isenabled(), 'checker.checks.dates' in sys.modules, gc.get_freeze_count() > 0)")
    assert python(program, tmp_path).split() == ["True", "True", "True", "True"]


def test_with_the_tables_stored_a_clean_article_needs_no_gbk_or_cp1252_codec(tmp_path):
    loaded(tmp_path, SIMPLIFIED, "--no-cache")         # builds and stores the mojibake tables
    modules = loaded(tmp_path, SIMPLIFIED, "--no-cache")
    assert "encodings.gb18030" not in modules and "encodings.cp1252" not in modules


def test_word_sections_are_parsed_once_and_handed_out_as_new_lists():
    """resources.read_word_sections keeps each file's parse (several modules read the sections of
    one file): each call gets the file's sections, in order, as lists of its own."""
    from checker import resources
    name = "layout_words.txt"
    first = resources.read_word_sections(name)
    expected: dict[str, list[str]] = {}
    current: list[str] = []
    for line in resources.read_entries(name):
        if line.startswith("["):
            current = expected.setdefault(line.strip("[]"), [])
        else:
            current.append(line)
    assert first == expected and list(first) == list(expected) and len(first) > 1
    section = next(iter(first))
    first[section].append("改动")
    first["另一节"] = []
    second = resources.read_word_sections(name)
    assert second == expected and second[section] is not first[section]
    assert resources.read_sections(name) == {s: "".join(words) for s, words in expected.items()}
