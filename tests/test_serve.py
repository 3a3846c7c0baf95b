"""`jiaodui serve`: the JSON API (offsets, fixes equal to --fix, uploads) and what the server
refuses (a foreign Host, another origin, oversized and binary uploads), over real HTTP."""
from __future__ import annotations

import http.client
import io
import json
import pathlib
import subprocess
import sys

import pytest
from checker import cli
from checker.config import Config
from checker.registry import load_rules
from checker.serve import api
from checker.serve.server import Server, allowed_hosts, static_files

SEEDS = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
# Our own sentences: pinyin left inside a word by a web page, a doubled comma, a misspelling.
PINYIN = "今天區(qū)里召开会议,,讨论明年的工作。"
TYPO = "老人的脉博很弱，医生守在床边。"


@pytest.fixture(scope="module")
def context():
    return api.Context(Config(), load_rules())


@pytest.fixture
def server(context):
    server = Server("127.0.0.1", 0, context=context, max_size=64 * 1024)
    server.start()
    yield server
    server.shutdown()
    server.server_close()


def host(server) -> str:
    return f"127.0.0.1:{server.server_address[1]}"


def request(server, method, path, body=b"", headers=None, connection=None):
    """(status, headers, body) of one request; `connection` reuses a keep-alive connection."""
    conn = connection or http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    all_headers = {"Host": host(server), **(headers or {})}
    conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    for key, value in all_headers.items():
        conn.putheader(key, value)
    if method == "POST" and "Transfer-Encoding" not in all_headers:
        conn.putheader("Content-Length", str(len(body)))
    conn.endheaders(body if body else None)
    response = conn.getresponse()
    data = response.read()
    if connection is None:
        conn.close()
    return response.status, response, data


def post_json(server, path, value, headers=None):
    status, response, data = request(server, "POST", path, json.dumps(value).encode(),
                                     {"Content-Type": "application/json", **(headers or {})})
    return status, response, json.loads(data)


# -- offsets ------------------------------------------------------------------------------------

def test_offsets_count_utf16_code_units_by_default_and_code_points_on_request(context):
    text = "𠀀𠀁" + PINYIN   # two characters beyond the BMP: two UTF-16 units each
    utf16 = api.check({"text": text}, context)
    points = api.check({"text": text, "offsets": "code-points"}, context)
    first16 = next(d for d in utf16["diagnostics"] if d["rule"] == "ENC003")
    first_cp = next(d for d in points["diagnostics"] if d["rule"] == "ENC003")
    assert first_cp["start"] == text.index("區(qū)")
    assert first16["start"] == first_cp["start"] + 2
    units = text.encode("utf-16-le")
    assert units[first16["start"] * 2:first16["end"] * 2].decode("utf-16-le") == "區(qū)" == first16["original"]
    assert utf16["length"] == len(units) // 2 and points["length"] == len(text)
    assert (first16["line"], first16["column"]) == (1, text.index("區(qū)") + 1)   # columns: code points


def test_units_round_trip_and_refuse_half_a_surrogate_pair():
    text = "a𠀀b😀😀c"
    units = api.Units(text, "utf-16")
    for offset in range(len(text) + 1):
        assert units.into(units.out(offset)) == offset
    with pytest.raises(api.ApiError, match="surrogate pair"):
        units.into(2)   # between the two halves of 𠀀
    with pytest.raises(api.ApiError, match="outside"):
        units.into(units.length + 1)


# -- fixes ----------------------------------------------------------------------------------------

def cli_fix(tmp_path, text, name="story.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    cli.main(["--fix", "--no-cache", "-q", str(path)])
    return path.read_text(encoding="utf-8")


def test_apply_all_safe_fixes_gives_what_jiaodui_fix_writes(context, tmp_path):
    text = PINYIN + "\n" + TYPO + "\n"
    answer = api.fix({"text": text}, context)
    assert answer["text"] == cli_fix(tmp_path, text)
    assert ",," not in answer["text"] and answer["applied"] >= 1
    assert "脉博" in answer["text"]                       # an unsafe fix waits for the editor
    assert {"ENC003", "TYPO001"} <= {d["rule"] for d in answer["check"]["diagnostics"]}


def test_seed_000_fixed_through_the_api_equals_the_cli(context, tmp_path):
    seed = SEEDS / "000_7fe318e09c4d210f.txt"
    if not seed.is_file():
        pytest.skip("../shared/seeds is absent")
    text = seed.read_text(encoding="utf-8")
    assert api.fix({"text": text, "filename": seed.name}, context)["text"] == cli_fix(tmp_path, text, seed.name)


def test_apply_one_chosen_fix_then_the_text_is_checked_again(context):
    found = api.check({"text": TYPO}, context)["diagnostics"]
    typo = next(d for d in found if d["rule"] == "TYPO001")
    assert typo["fix"]["applicability"] == "unsafe" and typo["original"] == "脉博"
    answer = api.fix({"text": TYPO, "apply": [{"rule": "TYPO001", "start": typo["start"], "end": typo["end"]}]},
                     context)
    assert answer["text"] == TYPO.replace("脉博", "脉搏") and answer["applied"] == 1
    assert not any(d["rule"] == "TYPO001" for d in answer["check"]["diagnostics"])


def test_a_fix_for_a_finding_no_longer_in_the_text_is_refused(context):
    with pytest.raises(api.ApiError) as caught:
        api.fix({"text": TYPO, "apply": [{"rule": "TYPO001", "start": 0, "end": 2}]}, context)
    assert caught.value.status == 409


def test_markdown_is_checked_in_its_prose_only(context):
    text = "# 标题\n\n正文里有區(qū)字。\n\n```\n代码(qū)不查\n```\n"
    found = api.check({"text": text, "format": "markdown"}, context)["diagnostics"]
    assert [d["original"] for d in found if d["rule"] == "ENC003"] == ["區(qū)"]
    assert next(d for d in found if d["rule"] == "ENC003")["start"] == text.index("區(qū)")


def test_bad_requests_say_what_is_wrong(context):
    for payload, words in (([], "JSON object"), ({}, "'text'"), ({"text": 3}, "'text'"),
                           ({"text": "x", "offsets": "bytes"}, "utf-16"),
                           ({"text": "x", "select": ["NOPE999"]}, "NOPE999")):
        with pytest.raises(api.ApiError, match=words) as caught:
            api.check(payload, context)
        assert caught.value.status == 400


# -- the server -----------------------------------------------------------------------------------

def test_page_and_assets_are_served_from_the_package_and_load_nothing_from_elsewhere(server):
    status, response, page = request(server, "GET", "/")
    assert status == 200 and b'src="/static/app.js"' in page
    assert "default-src 'self'" in response.getheader("Content-Security-Policy")
    assert response.getheader("Access-Control-Allow-Origin") is None
    files = static_files()
    assert {"index.html", "app.js", "style.css"} <= set(files)
    for name, data in files.items():
        assert b"http://" not in data and b"https://" not in data and b"//cdn" not in data, name
        status, _, served = request(server, "GET", f"/static/{name}")
        assert status == 200 and served == data


def test_a_request_whose_host_is_not_the_listening_address_is_refused(server):
    port = server.server_address[1]
    for bad in (f"evil.example:{port}", "127.0.0.1", f"127.0.0.1.nip.io:{port}", ""):
        status, _, body = post_json(server, "/api/check", {"text": PINYIN}, {"Host": bad})
        assert status == 403 and body["error"]["code"] == "bad-host", bad
        status, _, _ = request(server, "GET", "/", headers={"Host": bad})
        assert status == 403
    for good in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}"):
        status, _, body = post_json(server, "/api/check", {"text": PINYIN}, {"Host": good})
        assert status == 200 and body["diagnostics"], good


def test_allowed_hosts_of_an_address_that_is_not_loopback_are_that_address_only():
    assert allowed_hosts("192.168.1.5", 8000) == {"192.168.1.5:8000"}
    assert "localhost:8000" in allowed_hosts("127.0.0.1", 8000)
    assert {"[::1]:8000", "localhost:8000"} <= allowed_hosts("::1", 8000)


def test_cross_origin_requests_are_refused_unless_allowed(server, context):
    origin = {"Origin": "http://evil.example"}
    status, response, body = post_json(server, "/api/check", {"text": PINYIN}, origin)
    assert status == 403 and body["error"]["code"] == "cross-origin"
    assert response.getheader("Access-Control-Allow-Origin") is None
    status, _, _ = request(server, "OPTIONS", "/api/check", headers={**origin, "Access-Control-Request-Method": "POST"})
    assert status == 403
    # the page's own origin is welcome
    status, _, _ = post_json(server, "/api/check", {"text": PINYIN}, {"Origin": f"http://{host(server)}"})
    assert status == 200
    # a plain-text body (what a cross-origin form may send without asking) is not taken
    status, _, body = request(server, "POST", "/api/check", json.dumps({"text": PINYIN}).encode(),
                              {"Content-Type": "text/plain"})
    assert status == 415
    allowing = Server("127.0.0.1", 0, context=context, allow_origins=["https://cms.example.org"])
    allowing.start()
    try:
        cms = {"Origin": "https://cms.example.org"}
        status, response, _ = request(allowing, "OPTIONS", "/api/check",
                                      headers={**cms, "Access-Control-Request-Method": "POST"})
        assert status == 204 and response.getheader("Access-Control-Allow-Origin") == "https://cms.example.org"
        status, response, body = post_json(allowing, "/api/check", {"text": PINYIN}, cms)
        assert status == 200 and response.getheader("Access-Control-Allow-Origin") == "https://cms.example.org"
        status, _, _ = post_json(allowing, "/api/check", {"text": PINYIN}, origin)
        assert status == 403
    finally:
        allowing.shutdown()
        allowing.server_close()


def test_an_oversized_upload_gets_a_clear_error_and_the_next_request_is_served(server):
    big = json.dumps({"text": "稿" * 40000}).encode()          # 120 KB of UTF-8 over a 64 KB limit
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    status, _, data = request(server, "POST", "/api/check", big, {"Content-Type": "application/json"},
                              connection=conn)
    error = json.loads(data)["error"]
    assert status == 413 and error["code"] == "too-large"
    assert "64.0 KB" in error["message"] and "--max-size" in error["message"] and "超过上限" in error["message_zh"]
    # the same connection goes on, and so does a new one
    status, _, data = request(server, "POST", "/api/check", json.dumps({"text": PINYIN}).encode(),
                              {"Content-Type": "application/json"}, connection=conn)
    assert status == 200 and json.loads(data)["diagnostics"]
    conn.close()
    status, _, _ = post_json(server, "/api/check", {"text": PINYIN})
    assert status == 200


def test_a_body_far_over_the_limit_is_not_read_and_the_server_keeps_serving(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    conn.putrequest("POST", "/api/upload?filename=a.txt", skip_host=True)
    conn.putheader("Host", host(server))
    conn.putheader("Content-Type", "application/octet-stream")
    conn.putheader("Content-Length", str(1 << 30))          # claims a gigabyte, sends a little
    conn.endheaders(b"x" * 1024)
    response = conn.getresponse()
    assert response.status == 413 and json.loads(response.read())["error"]["code"] == "too-large"
    assert response.getheader("Connection") == "close"
    conn.close()
    assert request(server, "GET", "/api/health")[0] == 200


def test_a_binary_upload_is_refused_clearly_and_the_next_request_is_served(server):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    status, _, data = request(server, "POST", "/api/upload?filename=photo.txt", png,
                              {"Content-Type": "application/octet-stream"})
    error = json.loads(data)["error"]
    assert status == 422 and error["code"] == "unreadable" and "binary" in error["message"]
    assert post_json(server, "/api/check", {"text": PINYIN})[0] == 200


def test_chunked_bodies_bad_json_and_unknown_paths_get_json_errors(server):
    status, _, data = request(server, "POST", "/api/check", b"", {"Content-Type": "application/json",
                                                                 "Transfer-Encoding": "chunked"})
    assert status == 411 and json.loads(data)["error"]["code"] == "length-required"
    status, _, data = request(server, "POST", "/api/check", b"{not json", {"Content-Type": "application/json"})
    assert status == 400 and json.loads(data)["error"]["code"] == "bad-json"
    status, _, data = request(server, "GET", "/etc/passwd")
    assert status == 404 and json.loads(data)["error"]["code"] == "not-found"
    status, _, data = request(server, "GET", "/static/../api.py")
    assert status == 404


def test_an_upload_in_a_legacy_encoding_is_decoded_as_the_cli_decodes_files(server):
    status, _, data = request(server, "POST", "/api/upload?filename=%E7%A8%BF.txt", PINYIN.encode("gb18030"),
                              {"Content-Type": "application/octet-stream"})
    answer = json.loads(data)
    assert status == 200 and answer["text"] == PINYIN and answer["encoding"] == "gb18030"
    assert answer["filename"] == "稿.txt" and answer["fixable"] is True
    assert any(d["rule"] == "ENC003" for d in answer["check"]["diagnostics"])


def test_a_word_document_is_checked_and_comes_back_annotated(server, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("标题")
    document.add_paragraph(TYPO)
    buffer = io.BytesIO()
    document.save(buffer)
    status, _, data = request(server, "POST", "/api/upload?filename=story.docx", buffer.getvalue(),
                              {"Content-Type": "application/octet-stream"})
    answer = json.loads(data)
    assert status == 200 and answer["format"] == "docx" and answer["fixable"] is False
    typo = next(d for d in answer["check"]["diagnostics"] if d["rule"] == "TYPO001")
    assert (typo["line"], typo["original"]) == (2, "脉博")
    status, response, data = request(server, "POST", "/api/annotate?filename=story.docx", buffer.getvalue(),
                                     {"Content-Type": "application/octet-stream"})
    assert status == 200 and "story.jiaodui.docx" in response.getheader("Content-Disposition")
    annotated = docx.Document(io.BytesIO(data))
    comments = [c.text for c in annotated.comments]
    assert any(text.startswith("TYPO001") for text in comments)


def test_jiaodui_serve_starts_from_the_command_line_and_answers(tmp_path):
    process = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", "0"], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("jiaodui serve: http://127.0.0.1:"), line + process.stderr.read()
        port = int(line.split("127.0.0.1:")[1].split("/")[0])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/health")
        response = conn.getresponse()
        assert response.status == 200 and json.loads(response.read())["tool"] == "jiaodui"
        conn.close()
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serve_refuses_a_bad_origin_or_size_on_the_command_line(capsys):
    assert cli.main(["serve", "--allow-origin", "cms.example.org"]) == 2
    assert "--allow-origin" in capsys.readouterr().err
    assert cli.main(["serve", "--max-size", "lots"]) == 2
    assert "--max-size" in capsys.readouterr().err
