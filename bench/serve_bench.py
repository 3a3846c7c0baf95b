"""`jiaodui serve`: POST /api/check on a 1 MB text against the CLI on the same text.

    python bench/serve_bench.py                # 1 MB of the corpus's tuning half, 3 runs each
    python bench/serve_bench.py --size 2000000 --runs 5

The text is corpus articles (file numbers ending in 1–4) joined one after another until it holds
--size bytes of UTF-8, checked as ONE document. The CLI is timed the way an editor meets it: a
fresh process (`jiaodui --no-cache --format json -o out FILE`, start-up and rule loading
included). The server is `jiaodui serve --port 0` in its own process, started once and warmed up
with one small request, as an editor's page meets it; the time is the whole round trip of
`POST /api/check` from this process (sending 1 MB of JSON, checking, the JSON answer received and
parsed). Goal: the server's median at most 1.2× the CLI's median. Reads ../shared/corpus/ and
skips politely when it is absent.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "JIAODUI_NO_CACHE": "1"}


def corpus_text(size: int) -> str:
    pieces, total = [], 0
    for path in sorted(CORPUS.glob("*.txt")):
        if path.stem[-1:] not in "1234":   # the tuning half only
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        pieces.append(text.rstrip("\n") + "\n")
        total += len(pieces[-1].encode("utf-8"))
        if total >= size:
            break
    return "".join(pieces)


def cli_time(path: Path, work: Path) -> float:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "checker", "--exit-zero", "--no-cache", "--format", "json",
                             "-o", str(work / "out.json"), str(path)], cwd=work, env=ENV, capture_output=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"jiaodui: exit {result.returncode}\n{result.stderr.decode()[-2000:]}")
    return elapsed


def post(port: int, body: bytes) -> tuple[float, dict]:
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    conn.request("POST", "/api/check", body, {"Content-Type": "application/json", "Host": f"127.0.0.1:{port}"})
    response = conn.getresponse()
    answer = json.loads(response.read())
    elapsed = time.perf_counter() - started
    conn.close()
    if response.status != 200:
        sys.exit(f"POST /api/check: {response.status} {answer}")
    return elapsed, answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of UTF-8 text (default 1 MB)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print("../shared/corpus is absent: nothing to measure")
        return
    text = corpus_text(args.size)
    with tempfile.TemporaryDirectory() as directory:
        work = Path(directory)
        path = work / "one-megabyte.txt"
        path.write_text(text, encoding="utf-8")
        print(f"one document: {len(text.encode('utf-8')) / 1e6:.2f} MB, {len(text):,} characters, "
              f"{text.count(chr(10)):,} lines; {args.runs} runs each")
        server = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--port", "0", "--max-size", "64MB"],
                                  cwd=work, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = server.stdout.readline() if server.stdout else ""
            if "127.0.0.1:" not in line:
                sys.exit(f"jiaodui serve did not start: {line}{server.stderr.read() if server.stderr else ''}")
            port = int(line.split("127.0.0.1:")[1].split("/")[0])
            post(port, json.dumps({"text": "今天区里召开会议,,讨论明年的工作。"}).encode())   # warm: rules loaded
            body = json.dumps({"text": text}, ensure_ascii=False).encode("utf-8")
            cli, api = [], []
            for _ in range(args.runs):    # interleaved, so a busy moment of the machine hits both
                cli.append(cli_time(path, work))
                elapsed, answer = post(port, body)
                api.append(elapsed)
            cli_findings = len(json.loads((work / "out.json").read_text(encoding="utf-8"))["diagnostics"])
        finally:
            server.terminate()
            server.wait(timeout=30)
    cli_median, api_median = statistics.median(cli), statistics.median(api)
    print(f"CLI  jiaodui --format json FILE   median {cli_median:6.2f} s  (runs: {', '.join(f'{t:.2f}' for t in cli)})"
          f"  {cli_findings} findings")
    print(f"API  POST /api/check (warm)       median {api_median:6.2f} s  (runs: {', '.join(f'{t:.2f}' for t in api)})"
          f"  {len(answer['diagnostics'])} findings")
    ratio = api_median / cli_median
    print(f"API / CLI = {ratio:.2f}  (goal <= 1.2: {'met' if ratio <= 1.2 else 'NOT met'})")
    if cli_findings != len(answer["diagnostics"]):
        print("warning: the CLI and the API found different numbers of problems")


if __name__ == "__main__":
    main()
