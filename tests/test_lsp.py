"""`jiaodui lsp` driven as an editor drives it: the server runs as a subprocess and the test
speaks JSON-RPC to it over stdio (tests/lsp_client.py). Needs the `lsp` extra (pygls); .ci/run
installs it. The sentences are our own."""
from __future__ import annotations

import json
from typing import Any

import pytest

pytest.importorskip("pygls", reason="pygls is absent: pip install '.[lsp]' to run the language server tests")

from lsp_client import Client

# A character outside the BMP (U+20BB7, two UTF-16 units, four UTF-8 bytes) before a span of
# UTF-8 read as GBK (ENC004, a safe fix restores 发展特色) and a doubled comma (PUNC001, safe).
DAMAGED = "𠮷野家今年要推进" + "发展特色".encode().decode("gbk") + "产业，，村民很高兴。\n"
MOJIBAKE = "发展特色".encode().decode("gbk")
UNITS = {"utf-16": lambda s: len(s.encode("utf-16-le")) // 2, "utf-8": lambda s: len(s.encode("utf-8"))}


def _units(encoding: str, text: str) -> int:
    return UNITS[encoding](text)


def _offset(text: str, position: dict[str, int], encoding: str) -> int:
    """The code-point offset of an LSP position, counted independently of the server (lines end
    at \\n only in these texts)."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[:position["line"]])
    line = lines[position["line"]]
    for index in range(len(line) + 1):
        if _units(encoding, line[:index]) == position["character"]:
            return start + index
    raise AssertionError(f"{position} falls inside a character of {line!r}")


def _position(text: str, offset: int, encoding: str) -> dict[str, int]:
    before = text[:offset]
    line = before.count("\n")
    return {"line": line, "character": _units(encoding, before[before.rfind("\n") + 1:])}


def _apply(text: str, edits: list[dict[str, Any]], encoding: str) -> str:
    spans = sorted(((_offset(text, e["range"]["start"], encoding), _offset(text, e["range"]["end"], encoding),
                     e["newText"]) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def _edits(edit: dict[str, Any], uri: str) -> list[dict[str, Any]]:
    if edit.get("documentChanges"):
        return [e for change in edit["documentChanges"] if change["textDocument"]["uri"] == uri
                for e in change["edits"]]
    return edit["changes"][uri]


@pytest.fixture
def client():
    made: list[Client] = []

    def start(*args: str) -> Client:
        made.append(Client(*args))
        return made[-1]

    yield start
    for c in made:
        c.close()


@pytest.mark.parametrize(("offered", "encoding"), [(None, "utf-16"), (["utf-8"], "utf-8")])
def test_an_editor_session_in_each_position_encoding(client, tmp_path, offered, encoding):
    """initialize → didOpen (a non-BMP character before the error) → publishDiagnostics with the
    ranges in the negotiated encoding → a code action requested and applied → didChange → the
    diagnostic is gone."""
    server = client()
    result = server.initialize(offered, root=tmp_path)
    assert result["capabilities"]["positionEncoding"] == encoding
    uri = (tmp_path / "draft.txt").as_uri()
    server.open(uri, DAMAGED)
    found = {d["code"]: d for d in server.diagnostics(uri, version=1)}
    assert set(found) == {"ENC004", "PUNC001"}
    start = DAMAGED.index(MOJIBAKE)
    assert found["ENC004"]["range"] == {"start": _position(DAMAGED, start, encoding),
                                        "end": _position(DAMAGED, start + len(MOJIBAKE), encoding)}
    # The ranges in the encoding's own units: 𠮷 counts 2 in UTF-16 and 4 in UTF-8, a Han character 1 or 3.
    assert found["ENC004"]["range"]["start"]["character"] == {"utf-16": 2 + 7, "utf-8": 4 + 7 * 3}[encoding]
    assert found["ENC004"]["severity"] == 1 and found["PUNC001"]["severity"] == 2
    assert found["ENC004"]["source"] == "jiaodui"

    actions = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": found["ENC004"]["range"],
        "context": {"diagnostics": [found["ENC004"]]}})
    fixes = [a for a in actions if a["kind"] == "quickfix" and "ENC004" in a["title"]]
    assert len(fixes) == 1 and fixes[0]["isPreferred"] is True
    assert fixes[0]["diagnostics"][0]["code"] == "ENC004"
    edits = _edits(fixes[0]["edit"], uri)
    fixed = _apply(DAMAGED, edits, encoding)
    assert fixed == DAMAGED.replace(MOJIBAKE, "发展特色")

    # The editor sends the change as it made it: an incremental edit in the negotiated units.
    server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
        {"range": e["range"], "text": e["newText"]} for e in edits]})
    after = {d["code"]: d for d in server.diagnostics(uri, version=2)}
    assert set(after) == {"PUNC001"}
    commas = fixed.index("，，")
    assert after["PUNC001"]["range"]["start"] == _position(fixed, commas, encoding)


def test_fix_all_applies_every_safe_fix_and_nothing_else(client, tmp_path):
    server = client()
    server.initialize(["utf-8", "utf-16"], root=tmp_path)
    uri = (tmp_path / "draft.txt").as_uri()
    text = DAMAGED + "他在在会上发言。\n"      # DUP001's fix is unsafe: not part of "fix all"
    server.open(uri, text)
    assert {d["code"] for d in server.diagnostics(uri)} == {"ENC004", "PUNC001", "DUP001"}
    actions = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": [], "only": ["source.fixAll"]}})
    assert [a["kind"] for a in actions] == ["source.fixAll.jiaodui"]
    fixed = _apply(text, _edits(actions[0]["edit"], uri), "utf-8")
    assert fixed == text.replace(MOJIBAKE, "发展特色").replace("，，", "，")
    # The unsafe fix is offered on its own line, labelled, and not preferred.
    line = {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 3}}
    actions = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": line, "context": {"diagnostics": []}})
    unsafe = [a for a in actions if "DUP001" in a["title"]]
    assert len(unsafe) == 1 and unsafe[0]["isPreferred"] is False and "不安全" in unsafe[0]["title"]


def test_fix_all_is_resolved_lazily_for_a_client_that_can(client, tmp_path):
    server = client()
    server.initialize(None, root=tmp_path, capabilities={
        "textDocument": {"codeAction": {"resolveSupport": {"properties": ["edit"]}}}})
    uri = (tmp_path / "draft.txt").as_uri()
    server.open(uri, DAMAGED)
    server.diagnostics(uri)
    actions = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": []}})
    fix_all = [a for a in actions if a["kind"] == "source.fixAll.jiaodui"]
    assert len(fix_all) == 1 and "edit" not in fix_all[0]      # not computed on every cursor move
    resolved = server.request("codeAction/resolve", fix_all[0])
    assert _apply(DAMAGED, _edits(resolved["edit"], uri), "utf-16") == \
        DAMAGED.replace(MOJIBAKE, "发展特色").replace("，，", "，")


def test_hover_explains_the_rule_and_shows_the_arithmetic(client, tmp_path):
    server = client()
    server.initialize(None, root=tmp_path)
    uri = (tmp_path / "draft.txt").as_uri()
    text = "全乡共有志愿者120人，其中男性80人、女性50人。\n"
    server.open(uri, text)
    found = [d for d in server.diagnostics(uri) if d["code"] == "NUM001"]
    assert len(found) == 1
    hover = server.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                  "position": found[0]["range"]["start"]})
    value = hover["contents"]["value"]
    assert "NUM001" in value and "80人 + 50人 = 130人" in value
    assert "检查什么" in value and "jiaodui explain NUM001" in value
    nothing = server.request("textDocument/hover", {"textDocument": {"uri": uri},
                                                    "position": {"line": 0, "character": 1}})
    assert nothing is None


def test_markdown_is_checked_through_the_format_layer(client, tmp_path):
    server = client()
    server.initialize(None, root=tmp_path)
    uri = (tmp_path / "story.md").as_uri()
    text = "# 乡村新闻\n\n村里修了新路，，大家很满意。\n\n```\n代码里的，，不算\n```\n"
    server.open(uri, text, language="markdown")
    found = server.diagnostics(uri)
    assert [(d["code"], d["range"]["start"]["line"]) for d in found] == [("PUNC001", 2)]


def test_house_word_list_respected_and_added_to(client, tmp_path):
    (tmp_path / "jiaodui.toml").write_text('words-file = "words.txt"\n', "utf-8")
    words = tmp_path / "words.txt"
    words.write_text("# 本社用词\n石桥铺", "utf-8")        # no line break at the end
    server = client()
    server.initialize(None, root=tmp_path)
    uri = (tmp_path / "draft.txt").as_uri()
    text = "病人的脉博已经平稳，石桥铺的村民来探望。\n"
    server.open(uri, text)
    found = [d for d in server.diagnostics(uri) if d["code"] == "TYPO001"]
    assert len(found) == 1
    actions = server.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": found[0]["range"], "context": {"diagnostics": found}})
    add = [a for a in actions if a.get("command", {}).get("command") == "jiaodui.addWord"]
    assert len(add) == 1 and "脉博" in add[0]["title"] and "words.txt" in add[0]["title"]
    server.request("workspace/executeCommand", add[0]["command"])
    assert words.read_text("utf-8") == "# 本社用词\n石桥铺\n脉博\n"
    assert not [d for d in server.diagnostics(uri) if d["code"] == "TYPO001"]
    # Only a configuration's own words-file is ever written.
    with pytest.raises(AssertionError, match="not the words-file"):
        server.request("workspace/executeCommand", {"command": "jiaodui.addWord",
                                                    "arguments": [str(tmp_path / "other.txt"), "词"]})


def test_configuration_found_as_the_cli_finds_it_and_reloaded(client, tmp_path):
    config = tmp_path / "jiaodui.toml"
    config.write_text('ignore = ["PUNC"]\n', "utf-8")
    (tmp_path / "news").mkdir()
    server = client()
    server.initialize(None, root=tmp_path)
    uri = (tmp_path / "news" / "draft.txt").as_uri()
    server.open(uri, DAMAGED)
    assert {d["code"] for d in server.diagnostics(uri)} == {"ENC004"}
    config.write_text('ignore = ["ENC"]\n', "utf-8")
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    assert {d["code"] for d in server.diagnostics(uri)} == {"PUNC001"}
    # A configuration that cannot be used: the file is reported as not checked, never as clean.
    config.write_text('ignore = ["NOSUCHRULE"]\n', "utf-8")
    server.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": config.as_uri(), "type": 2}]})
    problem = server.diagnostics(uri)
    assert len(problem) == 1 and "未检查" in problem[0]["message"] and "NOSUCHRULE" in problem[0]["message"]


def test_save_rechecks_and_the_workspace_is_checked_on_request(client, tmp_path):
    (tmp_path / "a.txt").write_text("今天，，天气很好。\n", "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# 标题\n\n他在在会上发言。\n", "utf-8")
    (tmp_path / "clean.txt").write_text("今天天气很好。\n", "utf-8")
    server = client()
    server.initialize(None, root=tmp_path)
    summary = server.request("workspace/executeCommand", {"command": "jiaodui.checkWorkspace", "arguments": []})
    assert summary == {"files": 3, "diagnostics": 2}
    published = {}
    for _ in range(3):
        params = server.wait_for("textDocument/publishDiagnostics")
        published[params["uri"].rsplit("/", 1)[-1]] = [d["code"] for d in params["diagnostics"]]
    assert published == {"a.txt": ["PUNC001"], "b.md": ["DUP001"], "clean.txt": []}
    uri = (tmp_path / "a.txt").as_uri()
    server.open(uri, "今天，，天气很好。\n")
    assert [d["code"] for d in server.diagnostics(uri)] == ["PUNC001"]
    server.notify("textDocument/didSave", {"textDocument": {"uri": uri}})
    assert [d["code"] for d in server.diagnostics(uri)] == ["PUNC001"]
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    assert server.diagnostics(uri) == []


def test_a_burst_of_changes_ends_with_the_last_text_checked(client, tmp_path):
    """Whatever the timing, every publication belongs to the version it names and the last one is
    for the last text (the deterministic checks of debounce and cancellation are in
    test_lsp_schedule.py)."""
    server = client()
    server.initialize(None, root=tmp_path, options={"debounce": 0.05})
    uri = (tmp_path / "draft.txt").as_uri()
    server.open(uri, "今天天气很好。\n")
    assert server.diagnostics(uri, version=1) == []
    texts = {2: "今天，，天气很好。\n", 3: "今天天气很好。\n", 4: "今天，，天气，，很好。\n", 5: "今天天气，，很好。\n"}
    for version, text in texts.items():
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [{"text": text}]})
    last = server.diagnostics(uri, version=5)
    assert [(d["code"], d["range"]["start"]["character"]) for d in last] == [("PUNC001", 4)]
    expected = {2: 1, 3: 0, 4: 2, 5: 1}
    for message in server.seen:
        params = message.get("params", {})
        if message.get("method") == "textDocument/publishDiagnostics" and params.get("version") in expected:
            assert len(params["diagnostics"]) == expected[params["version"]], json.dumps(params, ensure_ascii=False)


def test_exit_codes_follow_the_protocol(client):
    server = client()
    server.initialize(None)
    assert server.close() == 0


def test_the_readme_snippets_start_this_server_and_name_its_commands():
    import re

    from checker.lsp import server as lsp_server

    from conftest import ROOT
    readme = (ROOT / "README.md").read_text("utf-8")
    section = re.search(r"^## Editors \(language server\)\n(.*?)(?=^## )", readme, re.MULTILINE | re.DOTALL)
    assert section is not None
    text = section.group(1)
    [vscode] = [json.loads(b) for b in re.findall(r"^```json\n(.*?)^```", text, re.MULTILINE | re.DOTALL)]
    assert [vscode["glspc.server.command"], *vscode["glspc.server.commandArguments"]] == ["jiaodui", "lsp"]
    lua = re.findall(r"^```lua\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    assert len(lua) == 2 and all('cmd = { "jiaodui", "lsp" }' in block for block in lua)
    for name in (lsp_server.FIX_ALL, lsp_server.CHECK_WORKSPACE, "debounce"):
        assert name in text
