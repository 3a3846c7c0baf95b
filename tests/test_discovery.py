"""Which files a run picks up: until Markdown and HTML are parsed, a walk takes .txt only."""
from __future__ import annotations

import re

from checker.config import ConfigFinder
from checker.discovery import iter_files
from checker.registry import load_rules

from conftest import ROOT


def test_a_walk_picks_up_txt_and_markdown_and_named_files_are_checked(tmp_path):
    for name in ("a.txt", "b.md", "c.html", "d.markdown"):
        (tmp_path / name).write_text("补短板。\n", "utf-8")
    finder = ConfigFinder(load_rules())
    assert [p.rsplit("/", 1)[1] for p, _ in iter_files([str(tmp_path)], finder)] == ["a.txt", "b.md", "d.markdown"]
    named = [str(tmp_path / "b.md"), str(tmp_path / "c.html")]
    assert [p for p, _ in iter_files(named, finder)] == named


def test_a_configured_include_still_decides(tmp_path):
    (tmp_path / "jiaodui.toml").write_text('include = ["*.txt", "*.html"]\n', "utf-8")
    (tmp_path / "a.txt").write_text("补短板。\n", "utf-8")
    (tmp_path / "b.md").write_text("补短板。\n", "utf-8")
    (tmp_path / "c.html").write_text("<p>补短板。</p>\n", "utf-8")
    found = [p.rsplit("/", 1)[1] for p, _ in iter_files([str(tmp_path)], ConfigFinder(load_rules()))]
    assert found == ["a.txt", "c.html"]


def test_the_published_hook_takes_txt_and_markdown():
    hook = (ROOT / ".pre-commit-hooks.yaml").read_text("utf-8")
    pattern = re.search(r"^\s*files:\s*(\S+)", hook, re.MULTILINE).group(1)
    assert re.search(pattern, "news/a.txt") and re.search(pattern, "README.md")
    assert not re.search(pattern, "page.html") and not re.search(pattern, "notes.mdx")


def test_check_paths_reports_what_the_walk_could_not_read(tmp_path):
    from checker import check_paths
    (tmp_path / "a.txt").write_text("补短板。\n", "utf-8")
    (tmp_path / "z.txt").symlink_to("z.txt")
    results = list(check_paths([str(tmp_path)]))
    assert [(r.path.rsplit("/", 1)[1], r.problem is None) for r in results] == [("a.txt", True), ("z.txt", False)]
    assert "symlink loop" in results[1].problem


def test_named_files_take_the_configuration_of_their_directory_or_of_what_a_symlink_points_to(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for folder, lang in (("zh", "zh"), ("en", "en")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "jiaodui.toml").write_text(f'lang = "{lang}"\n', "utf-8")
        for name in ("a.txt", "b.txt"):
            (tmp_path / folder / name).write_text("补短板。\n", "utf-8")
    (tmp_path / "zh" / "link.txt").symlink_to(tmp_path / "en" / "a.txt")
    named = ["zh/a.txt", "en/a.txt", "zh/b.txt", "zh/link.txt", "en/b.txt"]
    found = [(path, config.lang) for path, config in iter_files(named, ConfigFinder(load_rules()))]
    assert found == [("zh/a.txt", "zh"), ("en/a.txt", "en"), ("zh/b.txt", "zh"), ("zh/link.txt", "en"),
                     ("en/b.txt", "en")]
