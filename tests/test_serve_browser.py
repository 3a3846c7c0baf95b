"""`jiaodui serve` in a real headless browser (Debian's chromium driven by Playwright).

Seed 001: the arithmetic finding is underlined on exactly its characters, and clicking it shows
the arithmetic. Seed 000: "apply all safe fixes", download, and the file equals what
`jiaodui --fix` writes. A screenshot goes into the test's output (tmp_path) and is copied to a
path the test prints. Skipped, saying why, where Playwright or chromium is missing (.ci/run
installs both) or ../shared/seeds is absent.
"""
from __future__ import annotations

import os
import pathlib
import shutil
import tempfile

import pytest
from checker import cli
from checker.config import Config
from checker.registry import load_rules
from checker.serve import api
from checker.serve.server import Server

SEEDS = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
CHROMIUM = os.environ.get("JIAODUI_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SEED_001 = "001_22c0313364257ba8.txt"
SEED_000 = "000_7fe318e09c4d210f.txt"


def _why_not() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Playwright package is absent (pip install 'jiaodui[browser]')"
    if not os.access(CHROMIUM, os.X_OK):
        return f"no chromium at {CHROMIUM} (apt-get install chromium, or set JIAODUI_CHROMIUM)"
    if not (SEEDS / SEED_001).is_file() or not (SEEDS / SEED_000).is_file():
        return "../shared/seeds is absent"
    return None


@pytest.fixture
def page(tmp_path):
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright
    server = Server("127.0.0.1", 0, context=api.Context(Config(), load_rules()))
    server.start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch_persistent_context(
                str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
                viewport={"width": 1440, "height": 900}, locale="zh-CN", accept_downloads=True)
            try:
                browser.grant_permissions(["clipboard-read", "clipboard-write"], origin=server.url.rstrip("/"))
                tab = browser.new_page()
                tab.set_default_timeout(60_000)
                tab.goto(server.url)
                tab.wait_for_selector("body[data-ready='1']")
                yield tab
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()


def paste(page, text: str) -> None:
    """Paste as an editor does (clipboard, then Ctrl+V into the text box); the page checks on paste."""
    page.evaluate("text => navigator.clipboard.writeText(text)", text)
    page.focus("#input")
    page.keyboard.press("Control+A")
    page.keyboard.press("Control+V")


def test_the_page_underlines_explains_fixes_and_downloads_like_the_cli(page, tmp_path, capsys):
    text_001 = (SEEDS / SEED_001).read_text(encoding="utf-8")
    paste(page, text_001)
    item = page.wait_for_selector("#list li[data-rule='NUM004']")
    index = item.get_attribute("data-index")
    underlined = page.query_selector_all(f"#doc [data-ids~='{index}']")
    # the underline lies on exactly the total the arithmetic contradicts, and nowhere else
    assert "".join(node.text_content() for node in underlined) == "12.45亿元"
    before = page.evaluate(f"""() => {{
        const node = document.querySelector("#doc [data-ids~='{index}']");
        const range = document.createRange();
        range.setStart(document.getElementById("doc"), 0);
        range.setEndBefore(node);
        return range.toString();
    }}""")
    assert before == text_001[:before.__len__()] and before.endswith("精准扶贫专项贷款")
    style = underlined[0].evaluate("n => getComputedStyle(n).textDecorationLine + ' ' + getComputedStyle(n).textDecorationColor")
    assert style.startswith("underline") and style.split(" ", 1)[1] != "rgba(0, 0, 0, 0)"
    assert underlined[0].is_visible()
    underlined[0].click()
    detail = page.text_content("#detail")
    assert "NUM004" in detail and "12.45亿元" in detail
    assert page.text_content("#detail code.math.big") == "2.51万户 × 户均5万元 = 12.55亿元"
    assert "sel" in underlined[0].get_attribute("class")
    shot = tmp_path / "jiaodui-serve-seed-001.png"
    page.screenshot(path=str(shot))
    kept = pathlib.Path(os.environ.get("JIAODUI_SCREENSHOTS", tempfile.gettempdir())) / shot.name
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, kept)
    with capsys.disabled():
        print(f"\nscreenshot of the proofreading page (seed 001, arithmetic finding chosen): {kept}")

    # the same page in traditional Chinese and in English (messages then in English too)
    page.select_option("#lang", "zh-Hant")
    assert page.text_content("#check") == "檢查" and page.text_content("#apply-all") == "全部安全修正"
    with page.expect_response(lambda response: response.url.endswith("/api/check")):
        page.select_option("#lang", "en")
    page.wait_for_function("() => document.querySelector('#detail').textContent.includes('Average times count')")
    assert page.text_content("#check") == "Check"
    assert page.text_content("#detail code.math.big") == "2.51万户 × 户均5万元 = 12.55亿元"
    with page.expect_response(lambda response: response.url.endswith("/api/check")):
        page.select_option("#lang", "zh-Hans")

    # seed 000: edit, paste, apply all safe fixes, download; equal to `jiaodui --fix`
    text_000 = (SEEDS / SEED_000).read_text(encoding="utf-8")
    page.click("#edit")
    paste(page, text_000)
    page.wait_for_selector("#list li[data-rule='ENC003']")
    with page.expect_response(lambda response: response.url.endswith("/api/fix")):
        page.click("#apply-all")
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('已应用')")
    assert not page.query_selector("#list li[data-rule='ENC003']")   # all 97 pinyin remnants gone
    with page.expect_download() as waiting:
        page.click("#download")
    downloaded = tmp_path / "downloaded.txt"
    waiting.value.save_as(str(downloaded))
    copy = tmp_path / SEED_000
    shutil.copyfile(SEEDS / SEED_000, copy)
    cli.main(["--fix", "--no-cache", "-q", str(copy)])
    expected = copy.read_text(encoding="utf-8")
    assert expected != text_000
    assert downloaded.read_text(encoding="utf-8") == expected
